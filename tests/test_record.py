"""A state's voting record (dashboard/official/record.py) and its page, checked against the record itself."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from dashboard import safecsv
from dashboard.official import agreement, record, rollcalls

RC = rollcalls.load_rollcalls()
MATRIX = agreement.vote_matrix(RC)


@pytest.fixture(scope="module")
def china_hr() -> pd.DataFrame:
    calls = record.filter_decisions(RC, topic="Human rights", year_range=(2000, 2019))
    return record.record_table(RC, MATRIX, calls, ["CHN"])


def test_china_on_human_rights_2000_2019(china_hr: pd.DataFrame) -> None:
    assert len(china_hr) == 469  # 447 recorded votes and 22 adopted without a vote
    assert china_hr.columns[-1] == "decision id"
    assert list(china_hr.columns[:11]) == [
        "symbol",
        "date",
        "session",
        "title",
        "topics",
        "adoption method",
        "body",
        "yes (all states)",
        "no (all states)",
        "abstain (all states)",
        "source",
    ]
    assert {"China (CHN) vote", "China (CHN) sponsored"} <= set(china_hr.columns)
    assert china_hr["date"].between("2000-01-01", "2019-12-31").all()
    assert china_hr["topics"].str.contains("Human rights").all()
    counts = china_hr["China (CHN) vote"].value_counts().to_dict()
    assert counts["adopted without a vote"] == 22 == (china_hr["adoption method"] == "adopted without a vote").sum()
    row = china_hr[china_hr["symbol"] == "A/RES/69/188"].iloc[0]
    assert row["China (CHN) vote"] == "no" and row["date"] == "2014-12-18"
    assert (row["yes (all states)"], row["no (all states)"], row["abstain (all states)"]) == (116, 20, 53)
    assert row["source"] == rollcalls.SOURCES["unvotes"]


def test_cells_agree_with_the_breakdown() -> None:
    """Every member's cell on A/RES/69/188 is its vote in rollcalls.breakdown (absent members included)."""
    calls = RC.decisions[RC.decisions["rcid"] == 5377]  # A/RES/69/188
    rows = rollcalls.breakdown(RC, 5377)
    for iso3, vote in zip(rows["iso3"], rows["vote"], strict=True):
        expected = "absent" if vote == "non_voting" else vote
        assert record.state_cells(RC, calls, iso3).iloc[0] == expected, iso3
    assert record.state_cells(RC, calls, "SSD").iloc[0] == "yes"  # South Sudan voted for it
    before = RC.decisions[RC.decisions["rcid"] == 4604]  # 2005: South Sudan (2011) not yet a member
    assert record.state_cells(RC, before, "SSD").iloc[0] == "not a member"


def test_without_a_vote_and_sponsorship() -> None:
    calls = record.filter_decisions(RC, dprk=True)
    assert list(calls["year"]) == [2005, 2006, 2007, 2008, 2009, 2010, 2011, 2014, 2015, *range(2019, 2026)]
    table = record.record_table(RC, MATRIX, calls, ["JPN", "PRK", "P5"])
    late = table[table["date"] >= "2019-01-01"]
    assert set(late["Japan (JPN) vote"]) == {"adopted without a vote"}
    assert set(late["Permanent five (Security Council) (P5) vote"]) == {"adopted without a vote"}
    assert set(late["Japan (JPN) sponsored"]) <= {"sponsor", "additional sponsor"}  # Japan sponsors every year
    assert set(late["North Korea (PRK) sponsored"]) == {"no"}
    early = table[table["date"] < "2019-01-01"]
    assert set(early["Japan (JPN) sponsored"]) == {record.NOT_LISTED}  # unknown before 2019, not "no"
    assert set(early["Permanent five (Security Council) (P5) vote"]) <= {"yes", "no", "abstain", "split or absent"}


def test_shares_by_year_count_only_recorded_votes(china_hr: pd.DataFrame) -> None:
    shares = record.shares_by_year(china_hr)
    assert set(shares["vote"]) == {"yes", "no", "abstain", "absent"}
    per_year = shares.groupby("year")["share"].sum()
    assert per_year.round(9).eq(1).all()
    assert shares["count"].sum() == (china_hr["adoption method"] == "recorded vote").sum()


def test_file_names_say_what_was_filtered() -> None:
    assert record.file_name(["CHN"], "Human rights", (2000, 2019)) == "record_CHN_human-rights_2000-2019.csv"
    name = record.file_name(["CHN", "USA", "P5"], None, None, "Côte d'Ivoire", "without_vote", True, True)
    assert name == "record_CHN-USA-P5_dprk_c-te-d-ivoire_adopted-without-a-vote_important.csv"


def test_csv_opens_with_accents_and_iso_dates() -> None:
    calls = record.filter_decisions(RC, text="Côte d'Ivoire", year_range=(2000, 2026))
    table = record.record_table(RC, MATRIX, calls, ["CIV", "TUR"])
    data = safecsv.csv_bytes(table, bom=True)
    assert data.startswith(safecsv.BOM)
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", dtype=str)
    assert "Côte d’Ivoire (CIV) vote" in back.columns  # the record's own name, apostrophe and accent intact
    assert back["title"].str.contains("Côte d").any()
    assert back.columns[0] == "symbol"  # the BOM is not glued to the first column's name
    assert back["date"].str.fullmatch(r"\d{4}-\d{2}-\d{2}").all()


def test_regional_group_and_agreement() -> None:
    assert record.group_of("CHN") == "ASIA_PACIFIC_GROUP" and record.group_of("FRA") == "WEOG"
    scores = record.agreement_with(MATRIX, "SWZ", ["CHN", "FRA", "RUS", "GBR", "USA", "AFRICAN_GROUP"])
    assert list(scores["with"]) == ["CHN", "FRA", "RUS", "GBR", "USA", "AFRICAN_GROUP"]
    group = scores.set_index("with").loc["AFRICAN_GROUP"]
    assert group["voeten"] > 0.9 and group["n"] > 1000  # Eswatini votes with its group
    assert (scores["voeten"].between(0, 1)).all()


def test_official_outcome_in_words() -> None:
    assert record.official_outcome(RC, 5377) == "adopted 18 December 2014, 116–20–53"
    last = RC.decisions[RC.decisions["symbol"] == "A/RES/80/220"].iloc[0]
    assert record.official_outcome(RC, int(last["rcid"])).startswith("adopted without a vote on ")


def test_ideal_points_over_time() -> None:
    points = record.ideal_points(RC, "CHN")
    assert points["year"].is_monotonic_increasing and points["year"].min() <= 1972
    assert (points["low_5"] <= points["ideal_point"]).all() and (points["ideal_point"] <= points["high_95"]).all()
