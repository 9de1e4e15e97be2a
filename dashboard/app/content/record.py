"""A state's voting record page, computed: its examples, the summary of a search, the table as shown.
Pure: no Streamlit; the page lays these out (dashboard.official.record builds the rows)."""

from __future__ import annotations

import dataclasses
import html

import pandas as pd

from dashboard.app import format as fmt
from dashboard.app import nav
from dashboard.official import membership, record, rollcalls
from dashboard.official.rollcalls import RollCalls
from dashboard.official.vocab import Body, Cell, Method, NamesStatus

MAX_SHOWN = 200  # rows drawn (the newest); the CSV holds all
METHODS = Method.shorts()  # the words of the table's "adoption method" column
EXAMPLES = (
    ("China on human rights, 2000–2019", {"states": "CHN", "topic": "Human rights", "from": "2000", "to": "2019"}),
    ("The permanent five on the DPRK resolutions", {"states": "CHN,FRA,RUS,GBR,USA", "dprk": "1"}),
    ("The US and its regional group since 2000", {"states": "USA,WEOG", "from": "2000"}),
)
LINKED = ("states", "from", "to", "body")  # the parameters of the page's keyed widgets
GA, SC = Body.general_assembly.value, Body.security_council.value
#: What each body's record says about sponsors.
SPONSORS = {
    GA: "Sponsors are listed only from session 74 (2019) on; earlier ones are not in the record.",
    Body.human_rights_council.value: "Sponsors are listed for the Council's resolutions of 2023–2025 only (the "
    "United Nations' extract); the others' are not in the record.",
    Body.commission_on_human_rights.value: "The Commission's sponsors are not in the record.",
    SC: "Sponsors are listed for the resolutions of the United Nations' extract (2000–2026) and its drafts.",
}


def decisions_of(rc: RollCalls, body: str) -> pd.DataFrame:
    return rc.decisions[rc.decisions["body"] == body]


def within(rc: RollCalls, body: str) -> RollCalls:
    """The record with only this body's members, so a state's membership is read in that body alone (every body but
    the Assembly numbers its `session` by calendar year, so their members rows would otherwise mix)."""
    members = rollcalls.members_table(rc)
    return dataclasses.replace(rc, members=members[members["body"] == body])


def intro(calls: pd.DataFrame, body: str = GA) -> str:
    what = "General Assembly plenary decision" if body == GA else f"decision of the {Body(body).label}"
    member = "" if body == GA else " A state that was not a member of the body that year is **not a member**."
    return (
        f"Every {what} in the official record ({calls['date'].min():%Y}–"
        f"{calls['date'].max():%Y}), one row each, with how each state you pick voted. "
        "Choose a body, states or blocs, narrow the decisions, download exactly these rows as CSV." + member
    )


def body_table(rc: RollCalls, calls: pd.DataFrame, table: pd.DataFrame, body: str) -> pd.DataFrame:
    """record_table's rows for one body: the body and each row's licence named; on a draft known only from the
    veto list, a member's vote that is not in the record says so (never "absent")."""
    from dashboard.app.content.rollcalls import licence

    table = table.assign(body=Body(body).label)
    codes = calls["source"].astype(str).to_numpy()
    table.insert(table.columns.get_loc("source") + 1, "licence", [licence(rc.provenance, c) for c in codes])
    method = calls["method"].astype(str).to_numpy()
    for column in record.vote_columns(table):  # nobody's vote is known where there was none, or no roll call
        table[column] = table[column].where(method != Method.no_vote_taken.value, Cell.no_vote_taken.value)
        table[column] = table[column].where(method != Method.non_recorded_vote.value, Cell.names_not_recorded.value)
    vetoers_only = (calls["names"].astype(str) == NamesStatus.vetoers_only.value).to_numpy()
    if vetoers_only.any():
        sizes = membership.sizes(rollcalls.members_table(rc), body)
        unknown_seats = calls["session"].map(sizes).fillna(0).to_numpy() <= 5  # only the permanent five known
        for column in record.vote_columns(table):
            cells = table[column]
            unknown = vetoers_only & (
                (cells == Cell.absent.value) | ((cells == Cell.not_a_member.value) & unknown_seats)
            )
            table[column] = cells.where(~unknown, Cell.names_not_recorded.value)
    return table


def file_name(name: str, body: str) -> str:
    """record_CHN_….csv, with the body after 'record' when it is not the Assembly."""
    return name if body == GA else name.replace("record_", f"record_{body.replace('_', '-')}_", 1)


def examples_html() -> str:
    """Plain links (a fresh load of the page), so that the link alone decides the view."""
    links = (
        f'<a href="{html.escape(nav.RECORD.url(**params))}" target="_self">{html.escape(label)}</a>'
        for label, params in EXAMPLES
    )
    return "Try: " + " · ".join(links)


def years_of(calls: pd.DataFrame) -> tuple[int, int]:
    return int(calls["year"].min()), int(calls["year"].max())


def topics_of(calls: pd.DataFrame) -> list[str]:
    return sorted({t for ts in calls["topics"] for t in ts.split("; ") if t})


def filters_label(has_topics: bool) -> str:
    """The folded filters' label: the topic named only in a body whose record carries topic codes."""
    return "More filters: topic, words, method, …" if has_topics else "More filters: words, method, …"


def no_topics_notice(body: str, asked: str) -> str:
    """For a link naming a topic (asked, made safe to show) in a body whose record carries no topic codes (only the
    Assembly's roll calls have them)."""
    return f"The {Body(body).label}'s record carries no topic codes: the link's topic {asked} is not applied."


def actor_format(names: dict[str, str], code: str) -> str:
    return f"{names[code]} (bloc)" if record.is_bloc(code) else f"{names[code]} ({code})"


def matches_line(found: pd.DataFrame, rows: int) -> str:
    """'**469 decisions** match (447 recorded vote, 22 adopted without a vote).'"""
    counts = found["method"].astype(str).value_counts()
    summary = ", ".join(f"{counts[m]:,} {METHODS[m]}" for m in METHODS if counts.get(m, 0))
    return f"**{rows:,} decisions** match" + (f" ({summary})." if summary else ".")


def filters_line(
    start: int, end: int, topic: str | None, words: str | None, method: str | None, important: bool, dprk: bool
) -> str:
    """The years and the folded filters in use, in one line under the count: 'Filtered by years: 2000–2019 ·
    topic: Human rights'."""
    return fmt.active_filters(
        [("years", f"{start}–{end}"), ("topic", topic), ("words", words and f"“{words}”"), ("adoption method", method),
         ("important votes only", important), ("DPRK resolutions only", dprk)]
    )  # fmt: skip


def download_help(name: str, body: str = GA) -> str:
    tally = "the Assembly's tally" if body == GA else "the body's tally"
    return (
        f"{name}: symbol, date, session, title, topics, adoption method, body, {tally}, source, licence, "
        "and each state's vote (and sponsorship where the record lists sponsors). UTF-8 for Excel and LibreOffice."
    )


def newest_first(table: pd.DataFrame, limit: int | None = None) -> pd.DataFrame:
    """The table newest first (its first `limit` rows), with a link to each decision's whole vote."""
    rows = table.sort_values("date", ascending=False).head(limit)
    return rows.assign(open=[nav.ROLLCALLS.url(rcid=str(r)) for r in rows["decision id"]])


def shown_columns(view: pd.DataFrame) -> list[str]:
    """The grid's columns; no topics where no row shown has one (only the Assembly's roll calls carry topic codes)."""
    votes = record.vote_columns(view)
    sponsored = [c for c in view.columns if c.endswith(" sponsored")]
    topics = ["topics"] if view["topics"].fillna("").astype(str).str.len().any() else []
    return ["date", "symbol", *votes, "title", "adoption method", *topics, *sponsored, "open"]


def vote_heading(column: str) -> str:
    """'China (CHN) vote' → 'China'."""
    return column.removesuffix(" vote").rsplit(" (", 1)[0]


def totals_table(totals: pd.DataFrame) -> str:
    """official.record.totals as an HTML table (one to eight rows: text, not a grid): a row per state or bloc, a
    column per kind of cell, scrolling sideways within itself on a narrow screen."""
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in ["state or bloc", *totals.columns])
    rows = "".join(
        f"<tr><td>{html.escape(str(actor))}</td>" + "".join(f'<td style="text-align:right">{n:,}</td>' for n in row)
        + "</tr>"
        for actor, row in totals.iterrows()
    )  # fmt: skip
    return f'<div style="overflow-x:auto"><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>'



def table_caption(table: pd.DataFrame, body: str = GA) -> str:
    cut = len(table) > MAX_SHOWN
    return (
        (f"Newest first; the {MAX_SHOWN:,} newest are shown and the CSV holds all. " if cut else "Newest first. ")
        + "Sources: "
        + "; ".join(sorted(set(table["source"])))
        + ". "
        + SPONSORS[body]
    )


def source_notes(rc: RollCalls, table: pd.DataFrame) -> list[str]:
    """The terms of each source of these rows (the hrc-voting rows' notice and citation among them)."""
    from dashboard.app.content.rollcalls import source_terms

    labels = {label: code for code, label in rollcalls.SOURCES.items()}
    return [source_terms(rc.provenance, labels[s]) for s in sorted(set(table["source"])) if s in labels]


def names(rc: RollCalls) -> dict[str, str]:
    return record.actor_names(rc)
