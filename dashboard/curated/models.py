"""The curated records: pydantic models whose field descriptions are the data dictionary.

Every vocabulary is a string Enum (dashboard.vocabulary: each code with its words) with a comment on each
value. Every fact (event, vote, sponsorship, position) carries evidence: a source id and a verbatim passage
of that source. What the sources do not say stays empty (None), never guessed.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from dashboard.vocabulary import Vocabulary

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)]
ActorId = Annotated[str, StringConstraints(pattern=r"^([A-Z]{3}|[a-z0-9][a-z0-9-]*)$")]
SourceId = Annotated[str, StringConstraints(pattern=r"^\d{3}_[0-9a-f]{16}$")]
DATE_PATTERN = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check_date(value: str | None) -> str | None:
    """Accept YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar date."""
    if value is None:
        return None
    if not DATE_PATTERN.match(value):
        raise ValueError(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(p) for p in value.split("-")] + [1, 1]
    date(parts[0], parts[1], parts[2])  # raises ValueError for 2014-02-30
    return value


PartialDate = Annotated[str | None, AfterValidator(check_date)]


class DatePrecision(Vocabulary):
    """How much of a date the sources give."""

    day = "day"  # year, month and day are known
    month = "month"  # year and month are known; the day is not
    year = "year"  # only the year is known
    unknown = "unknown"  # no source dates it


class EventKind(Vocabulary):
    """What kind of UN decision or proceeding an event is."""

    resolution = "resolution"  # a resolution or draft resolution put to a body
    amendment = "amendment"  # an amendment to a draft; parent_event_id names the draft
    session = "session"  # a meeting, debate, review or interactive dialogue of a body
    report = "report"  # a report published or mandated by a UN body or mandate
    security_council_draft = "security_council_draft"  # a Security Council draft resolution


class Body(Vocabulary):
    """The UN organ or mandate. A General Assembly main committee and the plenary differ."""

    # (code, label: the body in words for downloads and the assistant's titles, chart colour, short: the pages' words)
    ga_plenary = (  # General Assembly plenary: adopts resolutions
        "ga_plenary", "General Assembly (plenary)", "#0072B2"
    )
    ga_third_committee = (  # the Assembly's human rights (Third) Committee
        "ga_third_committee", "General Assembly Third Committee", "#56B4E9", "GA Third Committee"
    )
    security_council = (  # UN Security Council (15 members, 5 with a veto)
        "security_council", "Security Council", "#D55E00"
    )
    human_rights_council = (  # UN Human Rights Council, Geneva (47 members)
        "human_rights_council", "Human Rights Council", "#009E73"
    )
    commission_of_inquiry = (  # Commission of Inquiry on the DPRK
        "commission_of_inquiry", "Commission of Inquiry", "#CC79A7"
    )
    ohchr = (  # Office of the UN High Commissioner for Human Rights
        "ohchr", "UN Human Rights Office (OHCHR)", "#E69F00", "OHCHR"
    )


class Outcome(Vocabulary):
    """What became of the event, as the sources report it."""

    adopted = "adopted"  # adopted or approved
    rejected = "rejected"  # put to the body and defeated
    vetoed = "vetoed"  # a permanent Security Council member voted against it
    pending = "pending"  # still to be decided when the source was written
    held = "held"  # a meeting or review that took place
    published = "published"  # a report that was published
    mandated = "mandated"  # a report ordered by a body, not yet published when reported
    unknown = "unknown"  # the sources do not say


class Method(Vocabulary):
    """How a decision was taken."""

    recorded_vote = "recorded_vote"  # a vote with counted yes, no and abstain
    without_vote = "without_vote"  # adopted by consensus, without a vote
    not_applicable = "not_applicable"  # a meeting or a report: nothing was put to a vote
    unknown = "unknown"  # the sources do not say


class Relation(Vocabulary):
    """How an event relates to its parent_event_id."""

    amends = "amends"  # an amendment to the parent draft
    next_stage_of = "next_stage_of"  # the same text at a later stage (committee → plenary)
    mandated_by = "mandated_by"  # a report ordered by the parent resolution


class VoteValue(Vocabulary):
    """A state's vote on one event."""

    # label and colour: every chart and table of votes (tests/test_palette.py checks the colours apart).
    yes = "yes", "Yes", "#2166AC"  # voted in favour
    no = "no", "No", "#B35806"  # voted against (a permanent member's "no" in the Security Council is a veto)
    abstain = "abstain", "Abstain", "#F5B041"  # abstained
    non_voting = "non_voting", "Absent or did not vote", "#404040"  # present but not voting, or absent


class SponsorRole(Vocabulary):
    """An actor's part in bringing a text forward."""

    main_sponsor = "main_sponsor"  # drafted or brought the text ("drafted", "brought by")
    co_sponsor = "co_sponsor"  # a named co-sponsor
    supporter = "supporter"  # "backed" or "supported" it, without being called a sponsor
    amendment_proposer = "amendment_proposer"  # presented or introduced an amendment


class Stance(Vocabulary):
    """What a position says about an event or the issue."""

    support = "support"  # welcomes or backs the decision
    oppose = "oppose"  # argues against the decision
    reject = "reject"  # rejects the decision or the body's authority outright
    dissociate = "dissociate"  # dissociates itself from a decision adopted without a vote
    boycott = "boycott"  # stays away from the debate or review
    veto = "veto"  # a permanent Security Council member blocks the draft
    call_for_dialogue = "call_for_dialogue"  # asks for dialogue or further discussion instead
    call_for_accountability = "call_for_accountability"  # asks that perpetrators be held to account
    concern = "concern"  # expresses concern about the human rights situation
    warn = "warn"  # threatens or warns of consequences


class ActorType(Vocabulary):
    """What kind of actor speaks or acts."""

    state = "state"  # a state, by ISO 3166-1 alpha-3 code
    organisation = "organisation"  # the EU, an NGO, a UN office or mandate
    person = "person"  # a named or unnamed individual speaking for a state or body


class CountQualifier(Vocabulary):
    """How exact a count reported without names is."""

    exactly = "exactly"  # "60 countries"
    more_than = "more_than"  # "more than 60": a lower bound, 61 at least
    at_least = "at_least"  # "at least 60"
    about = "about"  # "some 60", "around 60"


class LinkRelation(Vocabulary):
    """How a curated event relates to a decision of the official record."""

    # (code, label: what the linked decision is to the event, in the pages' words)
    same_vote = "same_vote", "this vote"  # the curated event is this vote of the record (same body, same text)
    same_decision = (  # the event is this decision, which the record shows taken without a vote
        "same_decision", "this decision"
    )
    earlier_stage = (  # a committee vote on the draft this plenary roll call adopted
        "earlier_stage", "the plenary vote on the same text"
    )


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


class Evidence(Record):
    """A verbatim passage of a source that states the fact."""

    source: SourceId = Field(description="Source id: the stem of the article's file in seeds/.")
    quote: str = Field(
        min_length=8,
        description="Passage copied from the article; only white space, typographic quotes and dashes may differ.",
    )


class Fact(Record):
    """A curated record with its evidence."""

    id: Id = Field(description="Stable id of the record; never reused.")
    evidence: list[Evidence] = Field(min_length=1, description="One or more passages that state this fact.")


class Source(Record):
    """A news article in seeds/."""

    id: SourceId = Field(description="File stem in seeds/, e.g. 004_8681514e253d834c.")
    headline: str | None = Field(None, description="Headline as printed; empty if the text has none.")
    outlet: str | None = Field(None, description="Publication, where the text names it.")
    agency: str | None = Field(None, description="Wire agency credited for the story (Reuters, AFP).")
    byline: str | None = Field(None, description="Author, where the text names one.")
    published: PartialDate = Field(None, description="Publication date, YYYY[-MM[-DD]].")
    published_precision: DatePrecision = Field(description="How much of the date is known.")
    published_derivation: str | None = Field(
        None, description="How the date was derived where the text does not state it whole."
    )
    dateline: str | None = Field(None, description="Place the story was filed from.")
    rights: str = Field(description="Copyright or licence terms as far as the text states them.")
    notes: str | None = Field(None, description="Curator's notes: furniture and captions left out.")


class Event(Fact):
    """A UN decision or proceeding."""

    kind: EventKind = Field(description="What kind of decision or proceeding.")
    body: Body = Field(description="The organ that took it, or the mandate that issued it.")
    date: PartialDate = Field(None, description="YYYY[-MM[-DD]] as far as known; empty if unknown.")
    date_precision: DatePrecision = Field(description="How much of the date is known.")
    date_derivation: str | None = Field(
        None, description="How the date was worked out where no source states it whole."
    )
    title: str = Field(description="Short subject in our words (official titles are not given).")
    summary: str | None = Field(None, description="One or two lines on what it decided or did.")
    outcome: Outcome = Field(description="What became of it, as reported.")
    method: Method = Field(description="How it was decided.")
    yes: int | None = Field(None, ge=0, description="Votes in favour; empty when not reported.")
    no: int | None = Field(None, ge=0, description="Votes against; empty when not reported.")
    abstain: int | None = Field(None, ge=0, description="Abstentions; empty when not reported.")
    non_voting: int | None = Field(None, ge=0, description="Non-voting members, when reported.")
    symbol: str | None = Field(None, description="UN document symbol, only where a source gives it.")
    parent_event_id: Id | None = Field(None, description="The event this one amends or follows.")
    relation: Relation | None = Field(None, description="How it relates to parent_event_id.")
    cosponsor_count: int | None = Field(
        None, ge=0, description="Co-sponsors counted without names, e.g. 60 in 'more than 60'."
    )
    cosponsor_count_qualifier: CountQualifier | None = Field(
        None, description="How exact cosponsor_count is ('more_than' is a lower bound)."
    )


class Vote(Fact):
    """How one state voted on one event, as a source names it."""

    event_id: Id = Field(description="The event voted on.")
    country_iso3: ActorId = Field(description="The state, ISO 3166-1 alpha-3.")
    vote: VoteValue = Field(description=f"{VoteValue.listing()}.")


class Sponsorship(Fact):
    """An actor's part in bringing a text or an amendment forward."""

    event_id: Id = Field(description="The text or amendment.")
    actor_id: ActorId = Field(description="The sponsoring actor (ISO3 for a state).")
    role: SponsorRole = Field(description="Main sponsor, co-sponsor, supporter or proposer.")


class Position(Fact):
    """What an actor said or did about an event or the issue."""

    event_id: Id | None = Field(None, description="The event it concerns; empty: the issue at large.")
    actor_id: ActorId = Field(description="Who takes the position: a state or a registered actor.")
    speaker_id: ActorId | None = Field(None, description="The person who spoke, if named or described.")
    stance: Stance = Field(description="The stance, from the closed vocabulary.")
    statement: str | None = Field(None, description="The speaker's own words, where quoted.")
    summary: str = Field(description="One line in our words.")


class Actor(Record):
    """A state, an organisation or a person, with the aliases the sources use."""

    id: ActorId = Field(description="ISO 3166-1 alpha-3 for a state; a slug for others.")
    type: ActorType = Field(description=f"{ActorType.listing()}.")
    name: str = Field(description="Display name.")
    aliases: list[str] = Field(default_factory=list, description="Other names in the sources.")
    role: str | None = Field(None, description="A person's role as the sources give it.")
    speaks_for: ActorId | None = Field(None, description="The state or body a person speaks for.")
    notes: str | None = Field(None, description="Curator's note, e.g. how speaks_for was read.")


def precision_of(value: str | None) -> DatePrecision:
    """The precision a YYYY[-MM[-DD]] string carries."""
    if value is None:
        return DatePrecision.unknown
    return {1: DatePrecision.year, 2: DatePrecision.month, 3: DatePrecision.day}[len(value.split("-"))]


class RollCallLink(Fact):
    """A curated event tied to a decision of the official record (any body) on the same text."""

    event_id: Id = Field(description="The curated event.")
    rcid: int = Field(ge=1, description="Decision id in the official record (data/rollcalls).")
    symbol: str = Field(description="The decision's symbol (a vetoed draft's), as the official record gives it.")
    relation: LinkRelation = Field(description="How the curated event relates to the decision.")
    rationale: str = Field(
        description="Why the two are the same text, in our words; how it was matched where no source gives the symbol."
    )


#: The files of data/, the model of each record, and the export table they feed.
TABLES: dict[str, type[Record]] = {
    "sources": Source,
    "actors": Actor,
    "events": Event,
    "votes": Vote,
    "sponsorships": Sponsorship,
    "positions": Position,
    "links": RollCallLink,
}
