"""A state's voting record page, computed: its examples, the summary of a search, the table as shown.
Pure: no Streamlit; the page lays these out (dashboard.official.record builds the rows)."""

from __future__ import annotations

import html

import pandas as pd

from dashboard.app import nav
from dashboard.official import record
from dashboard.official.rollcalls import RollCalls

MAX_SHOWN = 1000  # rows drawn; the CSV holds all
METHODS = {"recorded_vote": "recorded vote", "without_vote": "adopted without a vote", "unknown": "unknown"}
EXAMPLES = (
    ("China on human rights, 2000–2019", {"states": "CHN", "topic": "Human rights", "from": "2000", "to": "2019"}),
    ("The permanent five on the DPRK resolutions", {"states": "CHN,FRA,RUS,GBR,USA", "dprk": "1"}),
    ("The US and its regional group since 2000", {"states": "USA,WEOG", "from": "2000"}),
)
LINKED = ("states", "from", "to")  # the parameters of the page's keyed widgets


def intro(calls: pd.DataFrame) -> str:
    return (
        f"Every General Assembly plenary decision in the official record ({calls['date'].min():%Y}–"
        f"{calls['date'].max():%Y}), one row each, with how each state you pick voted. "
        "Choose states or blocs, narrow the decisions, download exactly these rows as CSV."
    )


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


def actor_format(names: dict[str, str], code: str) -> str:
    return f"{names[code]} (bloc)" if record.is_bloc(code) else f"{names[code]} ({code})"


def matches_line(found: pd.DataFrame, rows: int) -> str:
    """'**469 decisions** match (447 recorded vote, 22 adopted without a vote).'"""
    counts = found["method"].astype(str).value_counts()
    summary = ", ".join(f"{counts[m]:,} {METHODS[m]}" for m in METHODS if counts.get(m, 0))
    return f"**{rows:,} decisions** match" + (f" ({summary})." if summary else ".")


def download_help(name: str) -> str:
    return (
        f"{name}: symbol, date, session, title, topics, adoption method, body, the Assembly's tally, source, "
        "and each state's vote (and sponsorship where the record lists sponsors). UTF-8 for Excel and LibreOffice."
    )


def newest_first(table: pd.DataFrame) -> pd.DataFrame:
    """The table newest first, with a link to each decision's whole vote."""
    return table.sort_values("date", ascending=False).assign(
        open=lambda d: d["decision id"].map(lambda r: nav.ROLLCALLS.url(rcid=str(r)))
    )


def shown_columns(view: pd.DataFrame) -> list[str]:
    votes = record.vote_columns(view)
    sponsored = [c for c in view.columns if c.endswith(" sponsored")]
    return ["date", "symbol", *votes, "title", "adoption method", "topics", *sponsored, "open"]


def vote_heading(column: str) -> str:
    """'China (CHN) vote' → 'China'."""
    return column.removesuffix(" vote").rsplit(" (", 1)[0]


def table_caption(table: pd.DataFrame) -> str:
    cut = len(table) > MAX_SHOWN
    return (
        ("Newest first; the first 1,000 are shown and the CSV holds all. " if cut else "Newest first. ")
        + "Sources: "
        + "; ".join(sorted(set(table["source"])))
        + ". Sponsors are listed only from session 74 (2019) on; earlier ones are not in the record."
    )


def names(rc: RollCalls) -> dict[str, str]:
    return record.actor_names(rc)
