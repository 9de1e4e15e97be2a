"""What the Vote breakdown page shows for one event, computed: its facts, the tally's words, the linked
official record, sponsors and positions. Pure: no Streamlit."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.app import charts
from dashboard.app import format as fmt
from dashboard.curated import analysis
from dashboard.curated.models import CountQualifier, Method, Outcome, SponsorRole, Stance
from dashboard.official import record as official_record
from dashboard.official import rollcalls
from dashboard.official.rollcalls import RollCalls
from dashboard.vocabulary import label_of

WITHOUT_VOTE = (
    "**Adopted without a vote.** There is no tally and no state voted: below is who brought it forward "
    "or backed it, and who dissociated, boycotted or rejected it."
)
FACTS_HELP = "How many curated facts say so; each is quoted with its source further down"
DEFAULT_EVENT = "ga3-2014-dprk-resolution"
PARENT_LABEL = {"amends": "Amends", "next_stage_of": "Earlier stage of the same text", "mandated_by": "Mandated by"}
CHILD_LABEL = {"amends": "Amendment", "next_stage_of": "Later stage", "mandated_by": "Mandated report"}
#: The words before a linked decision in the official column, by the link's relation.
LEAD = {
    "same_vote": "This event is",
    "earlier_stage": "The plenary vote on the same text, later and in another body:",
}
#: What the relation means for the tallies, under the comparison.
RELATION_NOTE = {
    "same_vote": "This event is that roll call.",
    "earlier_stage": "This event is an earlier vote on the same text, in another body and on another "
    "date: the tallies differ by nature and are never merged.",
}


def default_event(options: dict[str, str]) -> str:
    """The committee's 2014 vote where it exists, else the newest event."""
    return DEFAULT_EVENT if DEFAULT_EVENT in options else next(iter(options))


def event_links(frames: dict[str, pd.DataFrame], event_id: str) -> pd.DataFrame:
    """The event's links to the official record (none for most events)."""
    return frames["links"][frames["links"]["event_id"] == event_id]


def event_facts(event: pd.Series) -> list[tuple[str, str]]:
    """(label, words) for body, date, outcome and method, as the articles report them."""
    return [
        ("Body", charts.BODY_LABELS.get(event["body"], event["body"])),
        ("Date", fmt.partial_date(event["date"], event["date_precision"])),
        ("Outcome", fmt.known(label_of(Outcome, event["outcome"]))),
        ("Adoption method", fmt.known(label_of(Method, event["method"]))),
    ]


def event_notes(event: pd.Series) -> str:
    """How the date was derived and the symbol, or that the sources give none."""
    notes = []
    if isinstance(event["date_derivation"], str):
        notes.append(f"Date: {event['date_derivation']}")
    if isinstance(event["symbol"], str):
        notes.append(f"Symbol: {event['symbol']}")
    else:
        notes.append("Document symbol: not given by the sources.")
    return " · ".join(notes)


def parent_heading(event: pd.Series) -> str:
    return f"**{PARENT_LABEL.get(event['relation'], 'Related to')}:**"


def child_label(child: object) -> str:  # an itertuples() row of Breakdown.children
    relation, title, outcome = (getattr(child, k) for k in ("relation", "title", "outcome"))
    return f"{CHILD_LABEL.get(relation, 'Related')}: {title} — {outcome}"


def official_lead(rc: RollCalls, link: object) -> str:  # an itertuples() row of the links frame
    """One line of the official column: the linked symbol and its outcome and tally."""
    relation, symbol, rcid = (getattr(link, k) for k in ("relation", "symbol", "rcid"))
    return (
        f"{LEAD.get(relation, 'Linked:')} **{symbol}**, General Assembly plenary: "
        f"**{official_record.official_outcome(rc, int(rcid))}** (yes–no–abstain)."
    )


def has_tally(b: analysis.Breakdown) -> bool:
    return any(v is not None for v in b.tally.values())


def no_tally_text(b: analysis.Breakdown) -> str:
    return (
        "**No tally reported.** The sources give no count of yes, no or abstain votes, only the "
        f"{fmt.count(len(b.named), 'named vote')} below; every other seat's vote is **unknown**."
    )


def unnamed_text(b: analysis.Breakdown) -> str:
    parts = [f"{count} {vote}" for vote, count in b.unnamed.items() if count]
    return (
        f"**{len(b.named)} states are named** in the sources; "
        f"**{', '.join(parts)}** seats belong to states **not named in the sources**."
    )


def derived_absent_text(b: analysis.Breakdown) -> str:
    return (
        f"{b.derived_absent} seats: did not vote or absent, derived as {b.seat_total} members minus "
        f"the {sum(v for v in b.tally.values() if v)} votes reported (the sources give no non-voting count)."
    )


def unknown_method_text(event: pd.Series) -> str:
    method = fmt.known(label_of(Method, event["method"]))
    return f"The sources do not report how this was decided ({method}); no tally to show."


def named_votes(named: pd.DataFrame) -> pd.DataFrame:
    """country, vote (in words, lower case), vote_id: the votes the sources name."""
    table = named[["country", "vote", "vote_id"]]
    return table.assign(vote=table["vote"].map(lambda v: str(charts.VOTE_LABELS.get(v) or v).lower()))


def who_passages(who: pd.DataFrame) -> pd.DataFrame:
    """who_stood_where's rows with 'passages': how many facts say so, in words."""
    return who.assign(passages=who["facts"].map(lambda n: f"{n} fact" + ("s" if n > 1 else "")))


@dataclass
class Comparison:
    """One linked roll call beside the event: what the record says, why linked, the named states checked."""

    summary: str
    checked: pd.DataFrame  # country_iso3, country, reported, official, check
    agreement: str | None  # "States the articles name: **n of m** voted the same way …", None without names
    headers: dict[str, str]  # the words over checked's columns

    columns = ("country", "reported", "official", "check")  # what the table shows of checked, in order


def comparison(rc: RollCalls, frames: dict[str, pd.DataFrame], link: object, event_id: str) -> Comparison | None:
    """The linked roll call's tally and each named state's vote beside the articles', None if not loaded."""
    symbol, rcid, relation = (getattr(link, k) for k in ("symbol", "rcid", "relation"))
    call = rollcalls.roll_call(rc, int(rcid))
    if call is None:
        return None
    official = rollcalls.breakdown(rc, int(rcid))
    count = rollcalls.tally(official)
    summary = (
        f"**{symbol}**, General Assembly plenary, {call['date'].date()}: **{count['yes']} yes, "
        f"{count['no']} no, {count['abstain']} abstentions**, {count['non_voting']} non-voting or absent "
        f"(official record). {RELATION_NOTE.get(relation, '')}"
    )
    checked = analysis.reported_vs_official(frames, official, event_id)
    agreement = None
    if not checked.empty:
        agree = int((checked["check"] == "agrees").sum())
        agreement = (
            f"States the articles name: **{agree} of {len(checked)}** voted the same way in the official record."
        )
    headers = {"reported": "as the articles report", "official": f"official record ({symbol})", "check": "same?"}
    return Comparison(summary, checked, agreement, headers)


def sponsors_table(sponsors: pd.DataFrame) -> pd.DataFrame:
    """actor, actor_type, role (in words), sponsorship_id."""
    table = sponsors[["actor", "actor_type", "role", "sponsorship_id"]]
    return table.assign(role=table["role"].map(SponsorRole.labels()))


def cosponsor_text(event: pd.Series) -> str | None:
    """The co-sponsors counted without names, or None where no article counts them."""
    if pd.isna(event["cosponsor_count"]):
        return None
    qualifier = fmt.known(label_of(CountQualifier, event["cosponsor_count_qualifier"]))
    return (
        f"Co-sponsors counted without names: **{qualifier} {int(event['cosponsor_count'])}** countries "
        "(a count the article reports; the co-sponsors are not named)."
    )


@dataclass
class Statement:
    heading: str  # "**China, Russia** · `reject`"
    statement: str | None
    summary: str
    who: str
    fact_id: str


def statements(positions: pd.DataFrame) -> list[Statement]:
    """The positions on the event, those saying the same thing grouped, in first-seen order."""
    out = []
    for group in analysis.group_positions(positions):
        first = group.iloc[0]
        names = ", ".join(group["actor"])
        who = names if not isinstance(first["speaker"], str) else f"{first['speaker']} ({first['actor']})"
        heading = f"**{names}** · `{label_of(Stance, first['stance'])}`"
        out.append(Statement(heading, first["statement"], first["summary"], who, first["position_id"]))
    return out
