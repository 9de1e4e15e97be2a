"""The series page's computation (dashboard/app/content/series.py), on the shipped record."""

from __future__ import annotations

import pytest

from dashboard.app.content import series
from dashboard.official import rollcalls


@pytest.fixture(scope="module")
def rc() -> rollcalls.RollCalls:
    return rollcalls.load_rollcalls()


def test_assembly_years_of_japan(rc: rollcalls.RollCalls) -> None:
    _, years = series.assembly_years(rc, "JPN")
    view = series.assembly_view(years)
    assert list(view["year"]) == list(range(2005, 2026))
    gaps = view[view["symbol"].isna()]
    assert list(gaps["year"]) == [2012, 2013, 2016, 2017, 2018] and set(gaps["how"]) == {series.NOT_COVERED}
    row = view[view["symbol"] == "A/RES/69/188"].iloc[0]
    assert (row["yes"], row["no"], row["abstain"], row["position"]) == (116, 20, 53, "yes")
    assert view["position"].iloc[-1] == "sponsor" and row["open"] == "/rollcalls?symbol=A%2FRES%2F69%2F188"
    csv = series.assembly_csv(view, "Japan")
    assert "open" not in csv.columns and set(csv["state"]) == {"Japan"} and len(csv) == 21


def test_china_did_not_sponsor(rc: rollcalls.RollCalls) -> None:
    view = series.assembly_view(series.assembly_years(rc, "CHN")[1])
    assert set(view.loc[view["year"] >= 2019, "position"]) == {"not a sponsor"}
    assert set(view.loc[view["year"].between(2005, 2011), "position"]) == {"no"}


def test_state_options_by_name(rc: rollcalls.RollCalls) -> None:
    states = series.state_options(rc)
    assert states["ZAF"] == rc.names["ZAF"] and list(states.values()) == sorted(states.values(), key=str)
