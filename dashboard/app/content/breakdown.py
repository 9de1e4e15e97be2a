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
from dashboard.official import vocab as official
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
    "same_decision": "This event is",
    "earlier_stage": "The plenary vote on the same text, later and in another body:",
}
#: What the relation means for the tallies, under the comparison.
RELATION_NOTE = {
    "same_vote": "This event is that roll call.",
    "same_decision": "This event is that decision, taken without a vote: no state voted, so there is no tally "
    "and no vote by name to compare.",
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


def facts_line(event: pd.Series, reported: bool = False) -> str:
    """The event's facts on one line, each labelled: '**Body** Human Rights Council · **Date** 2017-03-24 · …';
    `reported` leads with 'As the articles report it' (when the official record's outcome sits beside it)."""
    facts = " · ".join(f"**{label}** {value}" for label, value in event_facts(event))
    return f"*As the articles report it:* {facts}" if reported else facts


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
    call = rollcalls.roll_call(rc, int(rcid))
    lead = LEAD.get(relation, "Linked:")
    if call is None or call["body"] == official.Body.general_assembly:
        return (
            f"{lead} **{symbol}**, General Assembly plenary: "
            f"**{official_record.official_outcome(rc, int(rcid))}** (yes–no–abstain)."
        )
    when = fmt.long_date(call["date"].date())
    return f"{lead} **{symbol}**, {body_words(call)}, {when}: **{record_says(rc, call)}**."


def body_words(call: pd.Series) -> str:
    return label_of(official.Body, call["body"]) or str(call["body"])


def record_tally(rc: RollCalls, call: pd.Series) -> str | None:
    """'13–1–1' (yes–no–abstain: counted from the rows where the record names them, else as it states them),
    None where the record has no tally."""
    if call["names"] == official.NamesStatus.listed:
        t = rollcalls.tally(rollcalls.breakdown(rc, int(call["rcid"])))
        return f"{t['yes']}–{t['no']}–{t['abstain']}"
    stated = [call[f"{v}_stated"] for v in ("yes", "no", "abstain")]
    return None if any(fmt.missing(v) for v in stated) else "–".join(str(int(v)) for v in stated)


def vetoers(rc: RollCalls, call: pd.Series) -> list[str]:
    """The names of the permanent members whose vote against vetoed it, as the record gives them."""
    codes = [c for c in str(call["vetoed_by"] or "").split("; ") if c]
    return [rc.names.get(c, c) for c in codes]


def record_says(rc: RollCalls, call: pd.Series) -> str:
    """'adopted without a vote', 'vetoed by Russia, 13–1–1 (yes–no–abstain)', as the record gives it."""
    if call["method"] == official.Method.without_vote:
        return f"{label_of(official.Outcome, call['outcome'])} without a vote"
    outcome = label_of(official.Outcome, call["outcome"]) or "outcome not stated"
    if call["outcome"] == official.Outcome.vetoed:
        outcome = f"vetoed by {' and '.join(vetoers(rc, call)) or 'a permanent member not named'}"
    tally = record_tally(rc, call)
    return outcome + (f", {tally} (yes–no–abstain)" if tally else ", no tally in the record")


#: The article's method and outcome codes that mean the same as the record's.
SAME_METHOD = {"recorded_vote": {"recorded_vote", "non_recorded_vote"}, "without_vote": {"without_vote"}}
CHECK_COLUMNS = ["claim", "as the article reported", "as the record says", "check"]


def claim_checks(rc: RollCalls, frames: dict[str, pd.DataFrame], event: pd.Series, call: pd.Series) -> pd.DataFrame:
    """The article's claims the record can check, beside the record: method, date, outcome, tally and, for a
    veto on either side, who vetoed. check: "same", "differs", "not reported" or "not in the record".

    event: a row of the events frame, named by its event_id."""
    rows = []

    def row(claim: str, article: str | None, record: str | None, same: bool) -> None:
        check = "same" if same else "differs"
        check = "not reported" if article is None else "not in the record" if record is None else check
        rows.append([claim, article or "not reported", record or "not in the record", check])

    method = None if event["method"] in ("unknown", "not_applicable") else event["method"]
    row(
        "how it was decided",
        label_of(Method, method) if method else None,
        label_of(official.Method, call["method"]) if call["method"] != official.Method.unknown else None,
        call["method"] in SAME_METHOD.get(str(method), set()),
    )
    day = call["date"].date().isoformat()
    reported = None if fmt.missing(event["date"]) else str(event["date"])
    article_day = fmt.partial_date(reported, event["date_precision"]) if reported else None
    if article_day and isinstance(event["date_derivation"], str):
        article_day += " (date worked out from the article)"
    row("date", article_day, day, day.startswith(reported or "-"))
    outcome = None if event["outcome"] == "unknown" else str(event["outcome"])
    record_outcome = label_of(official.Outcome, call["outcome"]) if call["outcome"] else None
    row("outcome", label_of(Outcome, outcome) if outcome else None, record_outcome, outcome == call["outcome"])
    tally = [event[v] for v in ("yes", "no", "abstain")]
    article_tally = None if any(fmt.missing(v) for v in tally) else "–".join(str(int(v)) for v in tally)
    if call["method"] != official.Method.without_vote:
        record = record_tally(rc, call)
        row("tally (yes–no–abstain)", article_tally, record, article_tally == record)
    if "vetoed" in (event["outcome"], call["outcome"]):
        votes = frames["votes"]
        named = votes[(votes["event_id"] == event.name) & (votes["vote"] == "no")]["country"].tolist()
        article_vetoers = ", ".join(sorted(named)) if event["outcome"] == "vetoed" and named else None
        record_vetoers = ", ".join(sorted(vetoers(rc, call))) or None
        row("who vetoed", article_vetoers, record_vetoers, article_vetoers == record_vetoers)
    return pd.DataFrame(rows, columns=CHECK_COLUMNS)


def mismatch_words(checks: pd.DataFrame) -> str:
    """Each mismatch named plainly, or that the record confirms every claim it can check."""
    differ = checks[checks["check"] == "differs"]
    unsaid = checks.loc[checks["check"] == "not reported", "claim"].tolist()
    if differ.empty:
        text = "**The record agrees with every claim of the article it can check.**"
    else:
        text = " ".join(
            f"**Mismatch: {r.claim}** — the article reported {r[1]}, the record says {r[2]}."
            for r in differ.itertuples(index=False)
        )
    return text + (f" The article does not report: {', '.join(unsaid)}." if unsaid else "")


def record_source(rc: RollCalls, call: pd.Series) -> str:
    """The row's source, its citation and its terms (for hrc-voting its licence and required notice)."""
    about = rc.provenance.get("sources", {}).get(call["source"], {})
    words = [f"Official record's source: **{label_of(official.Source, call['source']) or call['source']}**."]
    if about.get("citation"):
        words.append(f"Cite as: {about['citation']}")
    if about.get("licence"):
        words.append(f"Terms: {about['licence']}")
    if isinstance(call["note"], str) and call["note"]:
        words.append(f"Note in the record: {call['note']}")
    return " ".join(w if w.endswith(".") else w + "." for w in words)


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
    source: str  # the record's source of this decision, its citation and terms
    claims: pd.DataFrame | None = None  # claim_checks (a Council or Security Council decision), else None
    verdict: str | None = None  # mismatch_words of claims

    columns = ("country", "reported", "official", "check")  # what the table shows of checked, in order


def comparison(rc: RollCalls, frames: dict[str, pd.DataFrame], link: object, event_id: str) -> Comparison | None:
    """The linked decision beside the event: its tally (or how it was decided), the article's claims the record
    can check (Council and Security Council), each named state's vote beside the articles'; None if not loaded."""
    symbol, rcid, relation = (getattr(link, k) for k in ("symbol", "rcid", "relation"))
    call = rollcalls.roll_call(rc, int(rcid))
    if call is None:
        return None
    rows = rollcalls.breakdown(rc, int(rcid))
    count = rollcalls.tally(rows)
    summary = (
        f"**{symbol}**, General Assembly plenary, {call['date'].date()}: **{count['yes']} yes, "
        f"{count['no']} no, {count['abstain']} abstentions**, {count['non_voting']} non-voting or absent "
        f"(official record). {RELATION_NOTE.get(relation, '')}"
    )
    claims = verdict = None
    if call["body"] != official.Body.general_assembly:
        summary = (
            f"**{symbol}**, {body_words(call)}, {call['date'].date()}: **{record_says(rc, call)}** "
            f"(official record). {RELATION_NOTE.get(relation, '')}"
        )
        event = frames["events"].set_index("event_id").loc[event_id].rename(event_id)
        claims = claim_checks(rc, frames, event, call)
        verdict = mismatch_words(claims)
    checked = analysis.reported_vs_official(frames, rows, event_id)
    agreement = None
    if not checked.empty:
        agree = int((checked["check"] == "agrees").sum())
        agreement = (
            f"States the articles name: **{agree} of {len(checked)}** voted the same way in the official record."
        )
    headers = {"reported": "as the articles report", "official": f"official record ({symbol})", "check": "same?"}
    return Comparison(summary, checked, agreement, headers, record_source(rc, call), claims, verdict)


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


@dataclass
class View:
    """What the page shows of one event, computed once per event (loading.breakdown_view)."""

    b: analysis.Breakdown
    links: pd.DataFrame  # event_links
    leads: list[str]  # official_lead of each link
    comparisons: list[Comparison | None]  # comparison of each link (None: not in the loaded record)
    who: pd.DataFrame  # who_passages of who_stood_where (an adoption without a vote), else empty
    named: pd.DataFrame  # named_votes
    sponsors: pd.DataFrame  # sponsors_table
    statements: list[Statement]


def view(frames: dict[str, pd.DataFrame], rc: RollCalls | None, event_id: str) -> View:
    """Everything the page computes of one event; rc (the official record) only where the event is linked to it."""
    b = analysis.event_breakdown(frames, event_id)
    links = event_links(frames, event_id)
    rows = list(links.itertuples()) if rc is not None else []
    who = analysis.who_stood_where(b) if b.event["method"] == "without_vote" else pd.DataFrame()
    return View(
        b=b,
        links=links,
        leads=[official_lead(rc, link) for link in rows] if rc is not None else [],
        comparisons=[comparison(rc, frames, link, event_id) for link in rows] if rc is not None else [],
        who=who_passages(who) if not who.empty else who,
        named=named_votes(b.named),
        sponsors=sponsors_table(b.sponsors),
        statements=statements(b.positions),
    )
