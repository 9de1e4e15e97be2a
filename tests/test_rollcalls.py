"""The shipped official roll calls and their normalisation."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from dashboard import rollcalls
from tests.conftest import FIXTURES, ROOT

SHARED = ROOT.parent / "shared" / "reference" / "unvotes"


@pytest.fixture(scope="module")
def rc() -> rollcalls.RollCalls:
    return rollcalls.load_rollcalls()


def test_shipped_counts_and_provenance(rc: rollcalls.RollCalls) -> None:
    assert len(rc.roll_calls) == 6203 and len(rc.votes) == 870109
    assert rc.provenance["licence"].startswith("CC0")
    assert "hdl:1902.1/12379" in rc.provenance["citation"]
    assert rc.provenance["unmapped_countries"] == []
    assert rc.votes["iso3"].astype(str).str.fullmatch(r"[A-Z]{3}").all()


def test_a_res_69_188(rc: rollcalls.RollCalls) -> None:
    call = rollcalls.roll_call(rc, 5377)
    assert call["symbol"] == "A/RES/69/188" and str(call["date"].date()) == "2014-12-18"
    rows = rollcalls.breakdown(rc, 5377)
    assert rollcalls.tally(rows) == {"yes": 116, "no": 20, "abstain": 53, "non_voting": 4}
    assert len(rows) == 193 and rows["derived"].sum() == 4
    assert rows.set_index("iso3").loc["CHN", "vote"] == "no"


def test_mojibake_repaired_or_flagged(rc: rollcalls.RollCalls) -> None:
    calls = rc.roll_calls.set_index("rcid")
    assert "Ã" not in calls.loc[4604, "title"] and "Æ" not in calls.loc[4604, "title"]
    assert calls.loc[4604, "text_damaged"]
    assert calls.loc[4604, "title"].startswith("Situation of human rights in the Democratic People�s Republic of Korea")
    assert not rc.roll_calls["title"].str.contains("Ã|Â", regex=True).any()


def test_historical_states(rc: rollcalls.RollCalls) -> None:
    names = rc.names
    for code in ("CSK", "YUG", "DDR", "YMD"):
        assert code in names
    assert rollcalls.iso3_of("", "Federal Republic of Germany") == "DEU"
    assert rollcalls.iso3_of("", "Yemen Arab Republic") == "YEM"
    assert rollcalls.iso3_of("", "Zanzibar") == "XZZ"
    assert rollcalls.iso3_of("KP", "North Korea") == "PRK"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("R/69/188", "A/RES/69/188"),
        ("A/RES/71/5", "A/RES/71/5"),
        ("SS/1/59", "A/RES/S-1/59"),
        ("ES/10/2", "A/RES/ES-10/2"),
        ("", None),
        ("GOAR/1/1288B", "GOAR/1/1288B"),
    ],
)
def test_symbols(raw: str, expected: str | None) -> None:
    assert rollcalls.normalise_symbol(raw) == expected


def test_search_filters(rc: rollcalls.RollCalls) -> None:
    found = rollcalls.find_rollcalls(rc, text="Democratic People's Republic of Korea", topic="Human rights")
    assert {"A/RES/60/173", "A/RES/69/188", "A/RES/70/172"} <= set(found["symbol"])
    assert rollcalls.find_rollcalls(rc, years=(2014, 2014))["year"].eq(2014).all()
    important = rollcalls.find_rollcalls(rc, important=True)
    assert important["important"].all() and 0 < len(important) < len(rc.roll_calls)


def test_series_of_the_dprk_resolution(rc: rollcalls.RollCalls) -> None:
    table = rollcalls.series(rc, "Situation of human rights in the Democratic People", "PRK")
    assert list(table["year"]) == [2005, 2006, 2007, 2008, 2009, 2010, 2011, 2014, 2015]
    assert set(table["vote"]) == {"no"}


def test_members_are_derived_per_session(rc: rollcalls.RollCalls) -> None:
    assert len(rollcalls.members_of_session(rc, 69)) == 193


def test_votes_csv_has_every_vote(rc: rollcalls.RollCalls) -> None:
    data = rollcalls.votes_csv_bytes(rc)
    assert data.count(b"\n") == len(rc.votes) + 1
    assert data.startswith(b"rcid,date,symbol,iso3,country,vote")


def test_rebuild_from_the_reference_matches_the_shipped_tables(tmp_path: Path, rc: rollcalls.RollCalls) -> None:
    if not SHARED.exists():
        pytest.fail(f"{SHARED} is missing: the project expects ../shared beside it")
    rebuilt = rollcalls.build_from_unvotes(SHARED, tmp_path)
    pd.testing.assert_frame_equal(rebuilt.roll_calls, rc.roll_calls, check_dtype=False)
    assert len(rebuilt.votes) == len(rc.votes)


def test_build_from_small_unvotes_fixture(tmp_path: Path) -> None:
    tables = rollcalls.build_from_unvotes(FIXTURES / "undl" / "unvotes", tmp_path)
    assert set(tables.votes["iso3"].astype(str)) == {"USA", "CHN", "IND", "DEU"}
    assert tables.roll_calls["symbol"].tolist() == ["A/RES/69/188", "A/RES/69/200"]
    assert tables.roll_calls["topics"].tolist() == ["Human rights", ""]
    assert (tmp_path / "provenance.json").exists()
