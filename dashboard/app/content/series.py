"""What the series page shows, computed: a recurring resolution year by year and one state's part in it.

Pure functions over the official record and the curated frames; no Streamlit (the page only lays them out).
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from dashboard.app import nav
from dashboard.curated import analysis
from dashboard.official import rollcalls, views
from dashboard.official.rollcalls import RollCalls
from dashboard.official.vocab import Cell, Method, SponsorRole, Vote

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


def assembly_years(rc: RollCalls, iso3: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(the series table of the Assembly's decisions, one row per year FIRST..LAST with gaps marked)."""
    table = rollcalls.series(rc, TITLE, iso3)
    return table, views.series_years(table, FIRST, LAST)


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


def assembly_csv(view: pd.DataFrame, state: str) -> pd.DataFrame:
    """The year-by-year table as its CSV: no link column, the state named on every row."""
    return view.drop(columns=["open", "covered", "rcid"], errors="ignore").assign(state=state)


def events(frames: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """The curated events, oldest first."""
    return analysis.events_by_date(frames, newest_first=False)  # type: ignore[arg-type]
