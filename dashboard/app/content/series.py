"""What the series page shows, computed: a recurring resolution year by year and one state's part in it.

Pure functions over the official record and the curated frames; no Streamlit (the page only lays them out).
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from dashboard.app import format as fmt
from dashboard.app import nav
from dashboard.app.content.country import quote_markdown
from dashboard.curated import analysis
from dashboard.curated.models import Body as EventBody
from dashboard.official import rollcalls, views
from dashboard.official.rollcalls import RollCalls
from dashboard.official.vocab import Body, Cell, Method, NamesStatus, Outcome, Source, SponsorRole, Vote
from dashboard.vocabulary import Vocabulary

#: The General Assembly's DPRK resolution, by the start of its title, and the years the page shows.
TITLE = "Situation of human rights in the Democratic People"
FIRST, LAST = 2005, 2025
NOT_COVERED = "not in either source"
ASSEMBLY_COLUMNS = ["year", "position", "symbol", "how", "yes", "no", "abstain", "sponsors", "date", "open", "source"]


def state_options(rc: RollCalls) -> dict[str, str]:
    """ISO3 → name of every state the membership table lists, by name."""
    names = rc.names
    codes = sorted(set(rollcalls.members_table(rc)["iso3"].astype(str)), key=lambda c: names.get(c, c))
    return {c: names.get(c, c) for c in codes}


def assembly_years(rc: RollCalls, iso3: str, base: pd.DataFrame | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(the series table of the Assembly's decisions, one row per year FIRST..LAST with gaps marked).
    base: rollcalls.series(rc, TITLE) (no state), where the caller holds it: then only the state's part is
    computed (with_state), as rollcalls.series(rc, TITLE, iso3) computes it."""
    table = rollcalls.series(rc, TITLE, iso3) if base is None else with_state(rc, base, iso3)
    return table, views.series_years(table, FIRST, LAST)


def with_state(rc: RollCalls, table: pd.DataFrame, iso3: str) -> pd.DataFrame:
    """rollcalls.series' table of the Assembly without a state, with the state's `vote` and `sponsored` as
    rollcalls.series adds them; its membership read from its spans once (membership_spans), not per decision."""
    spans, _ = membership_spans(rc, iso3)
    inside = [
        any(first <= date <= last for first, last in spans.get((Body.general_assembly.value, int(session)), []))
        for date, session in zip(table["date"], table["session"], strict=True)
    ]
    return rollcalls.with_state(rc, table, iso3, pd.Series(inside, index=table.index))


def assembly_view(years: pd.DataFrame) -> pd.DataFrame:
    """The year-by-year table: the state's vote, or whether it sponsored where there was no vote."""
    view = years.assign(
        date=years["date"].dt.date,
        how=years["method"].astype(str).map(Method.labels()).fillna(NOT_COVERED),
        position=years["vote"].replace({Vote.non_voting.value: Cell.absent.value}).map(Cell.labels()).fillna("")
        + years["sponsored"].map(SponsorRole.labels()).map(lambda r: f" · {r}" if isinstance(r, str) else ""),
        open=years["symbol"].map(lambda s: nav.ROLLCALLS.url(symbol=s) if isinstance(s, str) else None),
        source=years["source"].astype(str).map(rollcalls.SOURCES),
    )
    view.loc[view["method"] == Method.without_vote, "position"] = (
        view["sponsored"].map(SponsorRole.labels()).fillna("not a sponsor")
    )
    return view


#: A cell with nothing to show in the year-by-year table (Streamlit draws a missing value as "None").
NOTHING = "—"


def assembly_shown(view: pd.DataFrame) -> pd.DataFrame:
    """assembly_view's ASSEMBLY_COLUMNS as the page shows them: a year neither source covers has no decision, so
    no symbol, date, source or link; a recorded vote has no sponsor count and an adoption without a vote no tally.
    Those cells read NOTHING instead of "None" (the link column stays empty: no link). The CSV keeps them empty."""
    shown = view[ASSEMBLY_COLUMNS].copy()
    for column in ["position", "symbol", "how", "date", "source"]:
        shown[column] = [NOTHING if fmt.missing(v) or v == "" else str(v) for v in shown[column]]
    for column in ["yes", "no", "abstain", "sponsors"]:
        shown[column] = [NOTHING if fmt.missing(n) else str(int(n)) for n in shown[column]]
    return shown


def assembly_csv(view: pd.DataFrame, state: str) -> pd.DataFrame:
    """The year-by-year table as its CSV: no link column, the state named on every row."""
    return view.drop(columns=["open", "covered", "rcid"], errors="ignore").assign(state=state)


def events(frames: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """The curated events, oldest first."""
    return analysis.events_by_date(frames, newest_first=False)  # type: ignore[arg-type]


# --- The DPRK across bodies: the Assembly, the Human Rights Council (and the Commission before it), the
# Security Council; one state's position per year and per body.

ACROSS = (2005, 2026)
#: The three columns of the grid; the Commission's 2005 resolution sits in the Council's column.
COLUMNS = {
    Body.general_assembly.value: Body.general_assembly.label,
    Body.human_rights_council.value: Body.human_rights_council.label,
    Body.security_council.value: Body.security_council.label,
}
COLUMN_OF = {**{b: b for b in COLUMNS}, Body.commission_on_human_rights.value: Body.human_rights_council.value}
COUNCIL_TITLE = "situation of human rights in the Democratic People"  # "The situation …" in 2012–2013
DPRK = "Democratic People"  # the Security Council's titles and agenda item name the DPRK so
ARTICLES = "From the articles"
#: The curated events' bodies, by the grid's column they concern.
EVENT_COLUMN = {
    "ga_plenary": Body.general_assembly.value,
    "ga_third_committee": Body.general_assembly.value,
    "human_rights_council": Body.human_rights_council.value,
    "security_council": Body.security_council.value,
}


class Standing(Vocabulary):
    """A state's position on one decision (or a year without one), in the grid's words; colour: its bar."""

    yes = "yes", "voted yes", "#2166AC"  # its recorded vote
    no = "no", "voted no", "#B2182B"
    abstain = "abstain", "abstained", "#E69F00"
    absent = "absent", "member, no vote recorded", "#7F7F7F"  # a member on a recorded vote, listed without a vote
    not_named = "not_named", "member, vote not in the source", "#C8C8C8"  # e.g. the veto list names the vetoers only
    without_vote = "without_vote", "member; adopted without a vote", "#009E73"  # consensus: no vote to record
    not_a_member = "not_a_member", "not a member", "#FFFFFF"
    membership_unknown = "membership_unknown", "membership not in the source", "#C8C8C8"
    no_decision = "no_decision", "no DPRK decision in the record", "#FFFFFF"  # the source covers the year: none
    not_covered = "not_covered", "not in the sources", "#C8C8C8"  # the sources do not cover the year


GAPS = {Standing.no_decision, Standing.not_covered, Standing.membership_unknown}


def dprk_decisions(rc: RollCalls) -> pd.DataFrame:
    """The DPRK decisions of the three bodies, ACROSS[0]–ACROSS[1], oldest first: the Assembly's and the
    Council's (and the Commission's) "Situation of human rights in the DPRK", and every Security Council
    decision whose title or agenda item names the DPRK (sanctions, the Panel of Experts, vetoed drafts)."""
    d = rc.decisions
    body = d["body"].astype(str)
    title = d["title"].astype(str)
    plain = ~d["amend"].fillna(False).astype(bool) & ~d["para"].fillna(False).astype(bool)
    assembly = (body == Body.general_assembly) & title.str.contains(TITLE, case=False, regex=False)
    council = body.isin([Body.human_rights_council, Body.commission_on_human_rights]) & title.str.contains(
        COUNCIL_TITLE, case=False, regex=False
    )
    agenda = d["agenda_item"].fillna("").astype(str)
    security = (body == Body.security_council) & (
        title.str.contains(DPRK, case=False, regex=False) | agenda.str.contains(DPRK, case=False, regex=False)
    )
    years = d["year"].between(*ACROSS)
    out = d[(assembly | council | security) & plain & years].copy()
    out["body"] = out["body"].astype(str)
    out["column"] = out["body"].map(COLUMN_OF)
    out = out.merge(rollcalls.tallies(rc, out["rcid"]), on="rcid", how="left")
    return out.sort_values("date").reset_index(drop=True)


def dprk_record(rc: RollCalls) -> RollCalls:
    """The record cut to what this page reads: the three bodies' DPRK decisions (dprk_decisions) and every
    Assembly decision titled TITLE (rollcalls.series), their votes and sponsors, and the members of their
    bodies' sessions. across_bodies and assembly_years give the same on it as on the whole record, without
    a mask over its million votes per state (loading keeps it once per process)."""
    d = rc.decisions
    titled = d["title"].astype(str).str.contains(TITLE, case=False, regex=False)
    rcids = set(dprk_decisions(rc)["rcid"]) | set(d.loc[titled, "rcid"])
    decisions = d[d["rcid"].isin(rcids)]
    members = rollcalls.members_table(rc)
    sessions = set(zip(decisions["body"].astype(str), decisions["session"].astype(int), strict=True))
    held = pd.Series(list(zip(members["body"].astype(str), members["session"].astype(int), strict=True)))
    return dataclasses.replace(
        rc,
        decisions=decisions,
        votes=rc.votes[rc.votes["rcid"].isin(rcids)],
        sponsorships=rc.sponsorships[rc.sponsorships["rcid"].isin(rcids)],
        members=members[held.isin(sessions).to_numpy()],
    )


#: (body, session) → the state's membership spans in it; the bodies' sessions that have members rows at all.
Spans = dict[tuple[str, int], list[tuple[pd.Timestamp, pd.Timestamp]]]


def membership_spans(rc: RollCalls, iso3: str) -> tuple[Spans, set[tuple[str, int]]]:
    """The state's member spans per (body, session), and the (body, session) pairs the members table covers,
    read once for all its decisions (rollcalls.members_at per decision, at once)."""
    table = rollcalls.members_table(rc)
    pairs = table[["body", "session"]].drop_duplicates()  # a few hundred, not every member's row
    covered = set(zip(pairs["body"].astype(str), pairs["session"].astype(int), strict=True))
    spans: Spans = {}
    mine = table[table["iso3"] == iso3]
    for body, session, first, last in zip(
        mine["body"].astype(str), mine["session"].astype(int), mine["first"], mine["last"], strict=True
    ):
        spans.setdefault((body, session), []).append((first, last))
    return spans, covered


def standing_of(call: Mapping[str, Any], vote: str | None, spans: Spans, covered: set[tuple[str, int]]) -> str:
    """A state's Standing on one decision: its vote where recorded; otherwise what membership and the
    method allow (a member's missing vote is absent only where the source lists every member's vote)."""
    if vote in (Vote.yes, Vote.no, Vote.abstain):
        return vote
    if vote == Vote.non_voting:
        return Standing.absent.value
    key = (str(call["body"]), int(call["session"]))
    if key not in covered:
        return Standing.membership_unknown.value
    if not any(first <= call["date"] <= last for first, last in spans.get(key, [])):
        return Standing.not_a_member.value
    if call["method"] == Method.without_vote:
        return Standing.without_vote.value
    if call["method"] == Method.recorded_vote and call["names"] == NamesStatus.listed:
        return Standing.absent.value
    return Standing.not_named.value  # vetoers only, a tally without names, a method the source does not state


def positions(rc: RollCalls, decisions: pd.DataFrame, iso3: str) -> pd.DataFrame:
    """decisions with the state's `standing` and `sponsored` (sponsor, additional sponsor, "" where the
    source lists the sponsors and the state is not among them, missing where it lists none)."""
    votes = rc.votes[(rc.votes["iso3"] == iso3) & rc.votes["rcid"].isin(decisions["rcid"])]
    by_rcid = dict(zip(votes["rcid"].astype(int), votes["vote"].astype(str), strict=True))
    sponsors = rc.sponsorships[rc.sponsorships["rcid"].isin(decisions["rcid"])]
    listed = set(sponsors["rcid"].astype(int))
    own = sponsors[sponsors["iso3"] == iso3].drop_duplicates("rcid")
    roles = dict(zip(own["rcid"].astype(int), own["role"].astype(str), strict=True))
    out = decisions.copy()
    spans, covered = membership_spans(rc, iso3)
    calls = decisions[["rcid", "body", "session", "date", "method", "names"]].to_dict("records")
    out["standing"] = [standing_of(call, by_rcid.get(int(call["rcid"])), spans, covered) for call in calls]
    out["sponsored"] = [roles.get(r, "" if r in listed else None) for r in decisions["rcid"].astype(int)]
    return out


def gap_note(rc: RollCalls, column: str, year: int) -> tuple[str, str]:
    """(Standing, note) of a year in which a body's column holds no DPRK decision, as its sources allow."""
    last = pd.Timestamp(rc.provenance.get("bodies", {}).get(column, {}).get("last_date", "2100-01-01"))
    if column == Body.general_assembly and year <= 2018:
        return Standing.not_covered.value, (
            "not in either source: unvotes lists recorded votes only, the UN extract starts in late 2019"
        )
    if year > last.year:
        return Standing.not_covered.value, f"after the record's end ({fmt.long_date(last)})"
    if year == last.year:
        return Standing.no_decision.value, f"none to {fmt.long_date(last)}, where the record ends"
    return Standing.no_decision.value, ""  # the source covers the year (the page says what it covers)


def across_bodies(rc: RollCalls, iso3: str, decisions: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per DPRK decision, and one per year and body without any (marked as the sources allow),
    ACROSS[0]–ACROSS[1]: year, column (the grid's body), the decision, the state's standing, a note.
    decisions: dprk_decisions(rc), where the caller holds it."""
    rows = positions(rc, dprk_decisions(rc) if decisions is None else decisions, iso3)
    rows["note"] = ""
    vetoed = rows["names"].astype(str) == NamesStatus.vetoers_only
    vetoers = rows.loc[vetoed, "vetoed_by"].astype(str)
    rows.loc[vetoed, "note"] = "the veto list names the vetoers only (" + vetoers + "), no other vote"
    cast = rows["vetoed_by"].fillna("").astype(str).str.split("; ").map(lambda who: iso3 in who)
    rows["shown"] = rows["symbol"].map(short_symbol) + cast.map({True: " (its veto)", False: ""})
    held = set(zip(rows["year"], rows["column"], strict=True))
    gaps = [
        {"year": year, "column": column, "body": column, "standing": gap_note(rc, column, year)[0],
         "note": gap_note(rc, column, year)[1]}
        for year in range(ACROSS[0], ACROSS[1] + 1)
        for column in COLUMNS
        if (year, column) not in held
    ]  # fmt: skip
    out = pd.concat([rows, pd.DataFrame(gaps)], ignore_index=True)
    out["order"] = out["column"].map({c: i for i, c in enumerate(COLUMNS)})
    return out.sort_values(["year", "order", "date"]).drop(columns="order").reset_index(drop=True)


def short_symbol(symbol: object) -> str:
    """S/RES/2270 (2016) → S/RES/2270; others as they are."""
    return str(symbol).split(" (")[0] if isinstance(symbol, str) else ""


def cell_text(rows: pd.DataFrame | list[dict[str, object]]) -> str:
    """A grid cell: the decisions of one year and body grouped by standing ("voted yes: S/RES/2270, …");
    "not a sponsor" only where there was no vote and the source lists the sponsors. rows: a frame, or its
    records (symbol, standing, sponsored, shown)."""
    records = rows.to_dict("records") if isinstance(rows, pd.DataFrame) else rows
    if all(fmt.missing(r["symbol"]) for r in records):
        return Standing(str(records[0]["standing"])).label
    groups: dict[str, list[dict[str, object]]] = {}  # by standing, in first-seen order
    for record in records:
        groups.setdefault(str(record["standing"]), []).append(record)
    parts = []
    for standing, group in groups.items():
        sponsored = [r["sponsored"] for r in group]
        roles = sorted({SponsorRole(r).label for r in sponsored if isinstance(r, str) and r})
        if not roles and standing == Standing.without_vote and all(isinstance(r, str) and r == "" for r in sponsored):
            roles = ["not a sponsor"]
        extra = f" · {', '.join(roles)}" if roles else ""
        parts.append(f"{Standing(standing).label}{extra}: {', '.join(str(r['shown']) for r in group)}")
    return "; ".join(parts)


def grid(table: pd.DataFrame, frames: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Years × the three bodies: each cell's text, its first standing and note; the articles' events (id, title)."""
    events = events_by_year(frames)
    # the table's rows as records, grouped by year and body once (a mask per cell over the table, and pandas
    # on each cell's few rows, cost ~0.5 s of the page)
    records = table[["year", "column", "symbol", "standing", "sponsored", "shown", "note"]].to_dict("records")
    cells: dict[tuple[int, str], list[dict[str, object]]] = {}
    for record in records:
        cells.setdefault((int(record["year"]), str(record["column"])), []).append(record)
    by_year: dict[int, list[tuple[str, str]]] = {}
    for when, event_id, title in zip(events["year"], events["event_id"], events["title"], strict=True):
        by_year.setdefault(int(when), []).append((event_id, title))
    rows = []
    for year in sorted({year for year, _ in cells}):
        row: dict[str, object] = {"year": year}
        for column in COLUMNS:
            cell = cells[(year, column)]
            row[column] = cell_text(cell)
            row[f"{column}_standing"] = str(cell[0]["standing"])
            row[f"{column}_note"] = "; ".join(n for r in cell if isinstance(n := r["note"], str) and n)
        row[ARTICLES] = by_year.get(year, [])
        rows.append(row)
    return pd.DataFrame(rows)


#: Below 640 px the grid is read one year at a time: each body on its own line, labelled.
GRID_CSS = fmt.stacked_table_css("dprk", label_weight=600)


def grid_html(cells: pd.DataFrame) -> str:
    """The grid as an HTML table that stacks on a phone: each cell's standing as a coloured bar and words,
    the gap's note in small type, the articles' events linked to their breakdown."""

    def esc(text: object) -> str:
        return html.escape(str(text), quote=True)

    pad = "padding:4px 8px;vertical-align:top"
    head = "".join(f'<th style="text-align:left;{pad}">{esc(c)}</th>' for c in [*COLUMNS.values(), ARTICLES])
    rows = []
    for row in cells.to_dict("records"):
        tds = [f'<td style="{pad};font-weight:600">{row["year"]}</td>']
        for column, label in COLUMNS.items():
            standing = Standing(row[f"{column}_standing"])
            colour = standing.colour or "#FFFFFF"
            note = row[f"{column}_note"]
            small = f'<br><span style="font-size:0.8rem;color:#444">{esc(note)}</span>' if note else ""
            style = "color:#595959;font-style:italic" if standing in GAPS else ""
            tds.append(
                f'<td data-label="{esc(label)}" style="{pad};border-left:6px solid {colour};{style}">'
                f"{esc(row[column])}{small}</td>"
            )
        links = "<br>".join(
            f'<a href="{esc(nav.BREAKDOWN.url(event=event_id))}" target="_self">{esc(title)}</a>'
            for event_id, title in row[ARTICLES]
        )
        tds.append(f'<td data-label="{esc(ARTICLES)}" style="{pad};font-size:0.85rem">{links}</td>' if links else
                   f'<td style="{pad}"></td>')  # fmt: skip
        rows.append('<tr style="border-top:1px solid #d0d0d0">' + "".join(tds) + "</tr>")
    return (
        GRID_CSS + '<div style="overflow-x:auto"><table class="dprk" '
        'style="border-collapse:collapse;width:100%;font-size:0.92rem">'
        f'<thead><tr><th style="text-align:left;{pad}">year</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def legend_html() -> str:
    """The grid's colours and words, one swatch each."""
    return " ".join(
        f'<span style="white-space:nowrap;margin-right:10px"><span style="display:inline-block;width:10px;'
        f'height:12px;border:1px solid #888;background:{s.colour};vertical-align:middle"></span> {html.escape(s.label)}'
        "</span>"
        for s in Standing
    )


def events_by_year(frames: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """The curated events with the year they concern (an undated event takes its parent's) and their column."""
    ev = events(frames)
    year = pd.to_numeric(ev["date"].astype("string").str.slice(0, 4), errors="coerce")
    parent_year = dict(zip(ev["event_id"], year, strict=True))
    year = year.fillna(ev["parent_event_id"].map(parent_year))
    out = ev.assign(year=year.astype("Int64"), column=ev["body"].astype(str).map(EVENT_COLUMN))
    return out[out["year"].notna()].reset_index(drop=True)


def hrc_credit(rc: RollCalls) -> str:
    """hrc-voting's citation, licence and Required Notice, as provenance.json gives them."""
    meta = rc.provenance.get("sources", {}).get(Source.hrc_voting.value, {})
    return f"{meta.get('citation', Source.hrc_voting.label)}; {meta.get('licence', '')}"


def sponsor_words(role: object) -> str:
    """sponsor / additional sponsor; "not a sponsor" where the source lists sponsors without it; "" if unknown."""
    if isinstance(role, str):
        return SponsorRole(role).label if role else "not a sponsor"
    return ""


@dataclass
class YearOfEvents:
    """One year of the articles' events (events_by_year's rows) and each event's quoted positions (the speakers'
    own words),
    as records: the page composes them for each state (year_block), and a record reads faster than a row."""

    year: int
    events: list[dict[str, Any]]  # event_id, date, body, title
    said: dict[str, list[dict[str, Any]]]  # event id → its quoted positions, in the dataset's order


def years_of_events(frames: Mapping[str, pd.DataFrame]) -> list[YearOfEvents]:
    """The events by year, oldest first, with their quotes: what the page lists for any state (loading keeps it
    once per process; year_block then puts a state's own quotes first)."""
    positions = frames["positions"]
    quoted = positions[positions["statement"].notna()]
    said: dict[str, list[dict[str, Any]]] = {}
    for record in quoted.to_dict("records"):
        said.setdefault(str(record["event_id"]), []).append(record)
    found = events_by_year(frames)[["event_id", "date", "body", "title", "year"]].to_dict("records")
    years: dict[int, list[dict[str, Any]]] = {}
    for event in found:
        years.setdefault(int(event["year"]), []).append(event)
    return [
        YearOfEvents(year, events, {e["event_id"]: said.get(e["event_id"], []) for e in events})
        for year, events in sorted(years.items())
    ]


def year_block(year: YearOfEvents, iso3: str, state: str) -> tuple[str, str]:
    """(the year's heading, "2014: 5 events, 7 quotes (2 of China's)"; its events as one Markdown block):
    each event a link to its breakdown, then its quotes, the state's own first, each with its speaker and a
    link to its source passage (content.country.quote_markdown, as ui.quote_block shows them). One element
    per year instead of three a quote: the page's run and the browser's drawing stay small."""
    lines, total, own = [], 0, 0
    for event in year.events:
        when = fmt.known(event["date"], "date unknown")
        body = EventBody.shorts().get(event["body"], event["body"])
        label = html.escape(f"{when} · {body} · {event['title']}", quote=False)
        lines.append(f"**[{label} ↗]({nav.BREAKDOWN.url(event=event['event_id'])})**")
        said = year.said[event["event_id"]]
        mine = [quote for quote in said if quote["actor_id"] == iso3]
        total, own = total + len(said), own + len(mine)
        for quote in mine + [quote for quote in said if quote["actor_id"] != iso3]:
            who = quote["speaker"] if isinstance(quote["speaker"], str) else quote["actor"]
            lines.append(quote_markdown(quote["statement"], str(quote["summary"]), str(who), quote["position_id"]))
    mine_text = f" ({own} of {state}'s)" if own else ""
    heading = f"{year.year}: {fmt.count(len(year.events), 'event')}, {fmt.count(total, 'quote')}{mine_text}"
    return heading, "\n\n".join(lines)


def years_folded(lead: str, blocks: list[tuple[str, str]]) -> str:
    """The lead line, then each year's block (year_block) folded under its heading, as ONE Markdown element (HTML
    details; draw with unsafe_allow_html): an expander a year cost the browser two things to draw."""
    return "\n\n".join([lead, *(fmt.folded(heading, block) for heading, block in blocks)])


def source_credit(rc: RollCalls, source: object) -> tuple[str, str]:
    """(source with its citation, licence) of one row, from provenance.json: hrc-voting's notice travels with it."""
    meta = rc.provenance.get("sources", {}).get(str(source), {})
    label = rollcalls.SOURCES.get(str(source), str(source))
    citation = meta.get("citation", "")
    return (f"{label}. {citation}" if citation else label), meta.get("licence", "")


def across_csv(rc: RollCalls, table: pd.DataFrame, iso3: str) -> pd.DataFrame:
    """The across-bodies rows as their CSV: state, year, body, symbol, the position in words, the tally,
    source and licence on every row (a year without a decision names the sources that were searched)."""
    body_sources = {b: meta.get("sources", []) for b, meta in rc.provenance.get("bodies", {}).items()}
    credits = []
    for row in table.itertuples():
        if isinstance(row.symbol, str):
            credits.append(source_credit(rc, row.source))
        else:
            pairs = [source_credit(rc, s) for s in body_sources.get(str(row.column), [])]
            credits.append(("searched: " + " | ".join(p[0] for p in pairs), " | ".join(p[1] for p in pairs)))
    out = pd.DataFrame(
        {
            "state": rc.names.get(iso3, iso3),
            "iso3": iso3,
            "year": table["year"].astype(int),
            "body": table["body"].map(Body.labels()),
            "symbol": table["symbol"],
            "date": table["date"].dt.date if "date" in table else None,
            "title": table["title"],
            "method": table["method"].map(Method.labels()),
            "outcome": table["outcome"].map(Outcome.labels()),
            "position": table["standing"].map(Standing.labels()),
            "sponsored": table["sponsored"].map(sponsor_words),
            "yes": table["yes"],
            "no": table["no"],
            "abstain": table["abstain"],
            "note": table["note"],
            "source": [c[0] for c in credits],
            "licence": [c[1] for c in credits],
        }
    )  # fmt: skip
    return out
