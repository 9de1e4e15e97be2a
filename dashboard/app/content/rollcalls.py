"""The Decisions page, computed: the words, seats, lists and tables of one decision and of a search.
Pure: no Streamlit; the page lays these out."""

from __future__ import annotations

import html
from collections.abc import Mapping

import pandas as pd

from dashboard.app import format as fmt
from dashboard.official import membership, rollcalls, views
from dashboard.official.rollcalls import RollCalls
from dashboard.official.vocab import Body, Method, NamesStatus, Outcome, Source, SponsorKind, SponsorRole, Vote

PREVIEW = 300  # rows listed under the search; the CSV holds all
GA, HRC, SC = Body.general_assembly.value, Body.human_rights_council.value, Body.security_council.value
#: Where each body's sponsors come from, and what is known of them (the sponsorships table has no source column).
SPONSOR_SOURCE = {HRC: Source.un_hrc_extract.value, GA: Source.un_extract.value}
NOT_IN_RECORD = {
    HRC: "Sponsors: not in the record (the United Nations' extract lists the Council's sponsors for 2023–2025 only).",
    Body.commission_on_human_rights.value: "Sponsors: not in the record (no source here lists the Commission's).",
    SC: "Sponsors: not in the record for this decision.",
}
LICENCES_FILE = "data/LICENSES.md"


LEAD = (
    "Every decision of the official record, in four UN bodies: the General Assembly, the Human Rights Council, "
    "the Commission on Human Rights before it, and the Security Council. Each names its body and its source."
)


def intro(prov: dict) -> str:
    """What the record holds, per body: decisions, years and sources (computed from provenance.json's counts)."""
    parts = []
    for code, body in prov.get("bodies", {}).items():
        sources = ", ".join(source_label(name) for name in body["sources"])
        years = f"{body['first_date'][:4]}–{body['last_date'][:4]}"
        parts.append(f"**{Body(code).label}**: {body['decisions']:,} decisions, {years} ({sources})")
    return (
        "Every decision of the official record, in four UN bodies. "
        + "; ".join(parts)
        + ". Each decision names its body and its source; each source's terms are shown with its rows."
    )


def source_label(code: str) -> str:
    return rollcalls.SOURCES.get(code, code)


def licence(prov: dict, code: str) -> str:
    """The source's terms as its provenance entry states them (the hrc-voting rows' with the required notice)."""
    entry = prov.get("sources", {}).get(code, {})
    return str(entry.get("licence") or f"see {LICENCES_FILE}")


def source_terms(prov: dict, code: str) -> str:
    """The credit, terms and citation to show with a source's rows."""
    entry = prov.get("sources", {}).get(code, {})
    citation = entry.get("citation")
    lines = [f"**Source:** {source_label(code)}", f"**Terms:** {licence(prov, code)}"]
    if citation:
        lines.append(f"**Cite as:** {citation}")
    if code == Source.hrc_voting.value:
        lines.append("Non-commercial use only: research, education, non-profit and personal use.")
    return "  \n".join(lines) + f"  \nEvery dataset's terms: `{LICENCES_FILE}`."


def known_rcid(rc: RollCalls, rcid: int) -> bool:
    return bool((rc.decisions["rcid"] == rcid).any())


def heading(call: pd.Series, rcid: int) -> str:
    return f"{call['symbol'] or 'Roll call ' + str(rcid)} · {fmt.long_date(call['date'])}"


def body_line(call: pd.Series) -> str:
    return f"**{Body(str(call['body'])).label}**"


def agenda_item(item: str) -> str | None:
    """'4.' (the Council's numbered items) → 'agenda item 4'; a named item as written."""
    if not item:
        return None
    return f"agenda item {item.rstrip('.')}" if item.rstrip(".").isdigit() else item


def meeting(value: str) -> str | None:
    """'meeting record A/79/PV.3' for a record symbol; the Council's words ('Adopted at the 55th meeting') as given."""
    if not value:
        return None
    return f"meeting record {value}" if "/" in value else value


def meta_line(call: pd.Series) -> str:
    """Session (the Assembly's), committee, agenda item, meeting, topics and the vote's kind, ' · '-joined."""
    topics = call["topics"] or "none assigned"
    assembly = call["body"] == GA
    meta = [
        f"Session {call['session']}" if assembly else None,
        call["committee"] or None,
        agenda_item(str(call["agenda_item"])),
        meeting(str(call["meeting"])),
        (f"Topics: {topics}" + (" (derived by rule)" if call["topics_derived"] else "")) if assembly else None,
        "Important vote (US State Department)" if call["important"] is True else None,
        "Vote on an amendment" if call["amend"] is True else None,
        "Vote on a paragraph" if call["para"] is True else None,
    ]
    return " · ".join(m for m in meta if m)


def vetoers(rc: RollCalls, call: pd.Series) -> list[str]:
    return [rc.names.get(code, code) for code in str(call["vetoed_by"]).split("; ") if code]


def outcome_text(rc: RollCalls, call: pd.Series, count: dict[str, int] | None) -> str:
    """The outcome in words: adopted (how, the tally), or not adopted, a veto named as such with its vetoers."""
    when = fmt.long_date(call["date"])
    outcome, method = str(call["outcome"]), str(call["method"])
    stated = [call[f"{v}_stated"] for v in ("yes", "no", "abstain")]
    tally = f"{count['yes']}–{count['no']}–{count['abstain']}" if count else None
    if tally is None and not any(fmt.missing(v) for v in stated):
        tally = "–".join(str(v) for v in stated) + " (stated; the source lists no names)"
    if outcome == Outcome.vetoed:
        who = " and ".join(vetoers(rc, call)) or "a permanent member"
        return f"{Outcome.vetoed.label} ({who}), {when}" + (f", {tally}" if tally else "")
    if call["names"] == NamesStatus.vetoers_only:
        return f"not adopted, {when}"
    if method == Method.no_vote_taken:
        return f"{Outcome(outcome).label if outcome else Method.no_vote_taken.label}, {when}"
    if method in (Method.recorded_vote, Method.non_recorded_vote) and tally is not None:
        if outcome == Outcome.not_adopted:
            return f"not adopted, {when}, {tally}"
        if outcome == Outcome.adopted or call["body"] != GA:
            return f"adopted {when}, {tally}"
    if method == Method.non_recorded_vote:
        return f"{Outcome(outcome).label if outcome else 'voted'} on {when} by a non-recorded vote (no totals stated)"
    return views.outcome_line(call, count)


def outcome_block(rc: RollCalls, call: pd.Series, count: dict[str, int] | None) -> str:
    """The body, the outcome, the source and links to the document."""
    links = views.document_links(call["symbol"])
    source = rollcalls.SOURCES[str(call["source"])]
    return (
        f"**Body:** {Body(str(call['body'])).label}  \n**Outcome:** {outcome_text(rc, call, count)}"
        f"  \n**Source:** {source}"
        + ("".join(f" · [{label} ↗]({url})" for label, url in links.items()) if links else "")
    )


def membership_note(prov: dict, call: pd.Series) -> str | None:
    """How the source's membership of the body is counted (provenance.json), for the seats shown."""
    note = prov.get("sources", {}).get(str(call["source"]), {}).get("membership")
    if not note and call["body"] == SC:
        note = prov.get("sources", {}).get(Source.un_sc_extract.value, {}).get("membership")
    return f"How membership is counted: {note}" if note else None


def vetoers_only(rc: RollCalls, call: pd.Series, members: set[str]) -> tuple[str, str | None]:
    """What a draft known only from the veto list shows: its vetoers, and the members whose votes are unknown."""
    who = " and ".join(vetoers(rc, call))
    line = (
        f"**Vetoed by {who}** (their negative votes, from the veto list). The other members' votes are "
        "**not in the record**, so no tally is drawn."
    )
    vetoing = set(str(call["vetoed_by"]).split("; "))
    others = sorted(rc.names.get(c, c) for c in members - vetoing)
    if len(members) <= len(membership.permanent_on(call["date"])):  # only the permanent seats are known that year
        return line, "Who else sat on the Council that year is not in the record (the elected members are unknown)."
    return line, f"Members that year whose votes are not in the record: {', '.join(others)}."


def no_names_notice(call: pd.Series) -> str:
    if call["method"] in (Method.recorded_vote, Method.non_recorded_vote):
        return "The source states the tally but lists no names, so no state's vote is shown."
    return f"No tally: {Method(str(call['method'])).label}."


def tally_line(rows: pd.DataFrame, count: dict[str, int]) -> str:
    return (
        f"**{count['yes']} yes, {count['no']} no, {fmt.count(count['abstain'], 'abstention')}**, {count['non_voting']} "
        f"absent or not voting, counted from the {len(rows)} members' rows."
    )


def derived_note(rows: pd.DataFrame) -> str | None:
    """How the absent members were derived, where any were."""
    derived = int(rows["derived"].sum())
    if not derived:
        return None
    if "body" in rows.columns and str(rows["body"].iloc[0]) != GA:
        return (
            f"The {derived} absent members are derived: states that were members of the body on that date "
            "(see how membership is counted, below) with no vote listed on this decision."
        )
    how = "neither the UN extract nor unvotes lists absent members"
    return (
        f"The {derived} absent or non-voting members are derived ({how}): states that were members on that "
        "date (from their first recorded vote on; to their last where the state or its seat ended) with no "
        "vote on this decision."
    )


def with_seats(rc: RollCalls, call: pd.Series, rows: pd.DataFrame) -> pd.DataFrame:
    """The breakdown with body and, in the Security Council, each seat (permanent or elected) and the veto marked."""
    rows = rows.assign(body=str(call["body"]))
    if call["body"] != SC:
        return rows.assign(seat="", veto=False)
    permanent = membership.permanent_on(call["date"])
    vetoing = set(str(call["vetoed_by"]).split("; ")) - {""}
    seat = rows["iso3"].map(lambda c: "permanent member" if c in permanent else "elected member")
    return rows.assign(seat=seat, veto=rows["iso3"].isin(vetoing) & (rows["vote"] == Vote.no.value))


def mark(row: pd.Series) -> str:
    """'Russia (permanent member, veto)', 'Japan': the name as the lists show it."""
    notes = ["permanent member"] if row.get("seat") == "permanent member" else []
    notes += ["veto"] if row.get("veto") else []
    return f"{row['country']} ({', '.join(notes)})" if notes else str(row["country"])


def seats(rows: pd.DataFrame) -> pd.DataFrame:
    """One seat per member for the hemicycle: vote, whether the record names it, its label."""
    names = rows.apply(mark, axis=1) if "seat" in rows.columns else rows["country"]
    return pd.DataFrame(
        {
            "vote": rows["vote"],
            "named": ~rows["derived"],
            "label": names + ": " + rows["vote"].map(Vote.labels()).str.lower(),
        }
    )


def name_lists(rows: pd.DataFrame) -> list[tuple[str, str]]:
    """(heading, comma-joined escaped names) per vote, in the vocabulary's order; permanent seats, vetoes marked."""
    shown = rows.assign(country=rows.apply(mark, axis=1)) if "seat" in rows.columns else rows
    return [
        (f"**{Vote(vote).label} ({len(names)})**", ", ".join(html.escape(n) for n in names) or "none")
        for vote, names in views.names_by_vote(shown).items()
    ]


def who_voted(lists: list[tuple[str, str]]) -> str:
    """The name lists (name_lists) under a heading, as one Markdown element: an HTML grid of one column per vote
    that wraps to fewer on a narrow screen (draw with unsafe_allow_html; the names are escaped)."""
    cells = "".join(
        f"<div><strong>{title.strip('*')}</strong><br>{names}</div>" for title, names in lists
    )
    grid = "display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:0.75rem 1.5rem;margin-bottom:1rem"
    return f'### Who voted how\n\n<div style="{grid}">{cells}</div>'


def vote_table(rc: RollCalls, call: pd.Series, rcid: int, chosen: list[str], rows: pd.DataFrame) -> pd.DataFrame:
    """Every member's vote as shown and downloaded: each row names its body, seat, source and licence."""
    table = views.vote_rows(rc, rcid, chosen, rows)
    kept = rows[rows["vote"].isin(chosen)] if chosen else rows
    table.insert(0, "body", Body(str(call["body"])).label)
    if call["body"] == SC:
        table.insert(table.columns.get_loc("vote"), "seat", kept["seat"].to_numpy())
        table["vote"] = table["vote"].where(~kept["veto"].to_numpy(), "No (veto)")
    table["licence"] = licence(rc.provenance, str(call["source"]))
    return table


def chosen_votes(param: str | None) -> list[str]:
    """The vote filter of the link ('no,abstain'), known values only."""
    keys = Vote.codes()
    return [v for v in (param or "").split(",") if v in keys]


def votes_file(call: pd.Series, rcid: int, chosen: list[str]) -> str:
    which = "-".join(chosen) if set(chosen) != set(Vote.codes()) else "all"
    return f"votes_{views.file_part(call['symbol'] or str(rcid))}_{which}.csv"


def no_sponsors_caption(call: pd.Series) -> str:
    body = str(call["body"])
    if body in NOT_IN_RECORD:
        return NOT_IN_RECORD[body]
    if call["source"] == "unvotes":
        return "Sponsors: the unvotes data (1946–2019) do not list them; unknown here."
    return "Sponsors: the United Nations' extract lists none for this decision."


def sponsor_source(call: pd.Series) -> str:
    """The source of a decision's sponsors: the UN extract of its body (the Council's: the HRC extract)."""
    return SPONSOR_SOURCE.get(str(call["body"]), str(call["source"]))


def sponsor_table(rc: RollCalls, call: pd.Series, rcid: int) -> pd.DataFrame:
    """The decision's sponsor entries as shown and downloaded: each row names its body, source and licence."""
    rows = views.sponsor_rows(rc, rcid)
    source = sponsor_source(call)
    rows.insert(0, "body", Body(str(call["body"])).label)
    return rows.assign(source=source_label(source), licence=licence(rc.provenance, source))


def sponsor_summary(rows: pd.DataFrame) -> tuple[pd.DataFrame, str, str, str | None]:
    """(the sponsoring states, heading, counts line, entries that are not states) of a decision's sponsor rows."""
    states = rows[rows["entry"] == SponsorKind.state.label]
    roles = states.drop_duplicates("iso3")["role"].value_counts()
    line = (
        f"**{fmt.count(int(roles.get(SponsorRole.sponsor.label, 0)), 'sponsor')}** and "
        f"**{fmt.count(int(roles.get(SponsorRole.additional_sponsor.label, 0)), 'additional sponsor')}** "
        "(states that joined after the draft was tabled), as the United Nations' extract lists them."
    )
    others = rows[rows["entry"] != SponsorKind.state.label]
    also = "Also listed, not as a state: " + "; ".join(html.escape(x) for x in others["as_written"])
    return states, f"Sponsors: {fmt.count(states['iso3'].nunique(), 'state')}", line, also if not others.empty else None


def sponsors_file(call: pd.Series, rcid: int) -> str:
    return f"sponsors_{views.file_part(call['symbol'] or str(rcid))}.csv"


def topics_of(rc: RollCalls) -> list[str]:
    return sorted({t for ts in rc.decisions["topics"] for t in ts.split("; ") if t})


def sessions_of(rc: RollCalls) -> dict[str, str]:
    """The General Assembly's sessions (the other bodies' `session` is a calendar year)."""
    sessions = rc.decisions.loc[rc.decisions["body"] == GA, "session"]
    return {str(n): f"session {n}" for n in sorted(sessions.unique())}


def listing(rc: RollCalls, rows: pd.DataFrame) -> pd.DataFrame:
    """The decisions as listed: body, tallies where there was a vote, outcome, sponsoring states where listed."""
    table = rows[["rcid", "body", "date", "session", "symbol", "title", "method", "outcome", "vetoed_by", "topics"]]
    table = table.merge(rollcalls.tallies(rc, rows["rcid"]), on="rcid", how="left")
    table["session"] = table["session"].astype("Int16").where(table["body"] == GA)  # the others': a calendar year
    table["sponsors"] = table["rcid"].map(rollcalls.sponsor_counts(rc, table["rcid"])).astype("Int32")
    table["body"] = table["body"].astype(str).map(Body.labels())
    table["method"] = table["method"].astype(str).map(Method.labels())
    table["outcome"] = table["outcome"].astype(str).map(Outcome.labels())
    codes = rows["source"].astype(str).to_numpy()
    table["source"] = [source_label(c) for c in codes]
    table["licence"] = [licence(rc.provenance, c) for c in codes]
    return table


def empty_columns(frame: pd.DataFrame) -> list[str]:
    """The columns no row fills (missing or ""), which a grid leaves out: e.g. a Council's sessions, the
    Assembly's vetoes."""
    return [c for c in frame.columns if not (frame[c].notna() & (frame[c].astype(str) != "")).any()]


def listing_shown(listed: pd.DataFrame) -> pd.DataFrame:
    """The listing as the grid shows it: the day only, no internal id, no column the rows listed leave empty (the
    CSV keeps every column)."""
    shown = listed.assign(date=listed["date"].dt.date).drop(columns="rcid")
    return shown.drop(columns=empty_columns(shown))


def listing_csv(rc: RollCalls, rows: pd.DataFrame) -> pd.DataFrame:
    table = listing(rc, rows)
    return table.assign(date=table["date"].dt.date)


def no_important_notice(body: str) -> str:
    """For a link asking for important votes only in a body other than the Assembly (the flag is unvotes')."""
    return (
        f"The {Body(body).label}'s record flags no important votes (the US State Department's list covers the "
        "General Assembly only): the link's “important votes only” is not applied."
    )


#: The search's filters only the General Assembly's decisions fill: the link's parameter → what the others lack.
ASSEMBLY_ONLY = {"topic": "topic codes", "session": "Assembly session", "important": "important-vote flag"}
#: Those parameters as a notice names them.
ASSEMBLY_ONLY_NAMES = {"topic": "topic", "session": "session", "important": "“important votes only”"}


def assembly_only_asked(params: Mapping[str, str]) -> list[str]:
    """The Assembly's own filters a link sets (ASSEMBLY_ONLY's order)."""
    return [p for p in ASSEMBLY_ONLY if params.get(p) and (p != "important" or params.get(p) == "1")]


def words_list(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def assembly_only_notice(body: str, asked: list[str]) -> str:
    """For a link setting the Assembly's own filters (asked: ASSEMBLY_ONLY's keys) with another body chosen."""
    lacks = words_list([f"no {ASSEMBLY_ONLY[p]}" for p in asked])
    named = words_list([ASSEMBLY_ONLY_NAMES[p] for p in asked])
    return (
        f"The {Body(body).label}'s decisions carry {lacks} (the General Assembly's only): the link's {named} "
        f"{'is' if len(asked) == 1 else 'are'} not applied."
    )


def listed_sources(rows: pd.DataFrame) -> list[str]:
    """The sources of these decisions (codes), in the vocabulary's order."""
    present = set(rows["source"].astype(str))
    return [s.value for s in Source if s.value in present]


def matches_line(found: int) -> str:
    more = f" The newest {PREVIEW} are listed; the CSV holds all." if found > PREVIEW else ""
    return f"**{found:,} decisions** match. Click a row to open it.{more}"


def search_file(
    text: str, topic: str | None, method: str | None, span: tuple[int, int], body: str | None = None
) -> str:
    parts = (body or "", text, topic or "", method or "", f"{span[0]}-{span[1]}")
    return "decisions_" + "_".join(views.file_part(p) for p in parts if p) + ".csv"


def picked_params(row: pd.Series) -> dict[str, str | None]:
    """The link parameters that open a row of the list."""
    if row["symbol"]:
        return {"symbol": row["symbol"], "rcid": None, "vote": None}
    return {"rcid": str(row["rcid"]), "symbol": None, "vote": None}
