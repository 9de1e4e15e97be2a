"""Adopted without a vote: a small record worked out by hand, and a real year counted again from the rows."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from dashboard.official import consensus, rollcalls

HRC, GA = "human_rights_council", "general_assembly"


def decision(rcid: int, body: str, date: str, method: str, short: str = "", **fields: object) -> dict:
    return {"rcid": rcid, "session": int(date[:4]), "date": pd.Timestamp(date), "symbol": f"X/{rcid}", "title": "t",
            "body": body, "method": method, "short": short, **fields}  # fmt: skip


def record(rows: list[tuple[str, list[dict]]]) -> rollcalls.RollCalls:
    decisions = pd.concat([rollcalls.conform(pd.DataFrame(d), source) for source, d in rows], ignore_index=True)
    votes = pd.DataFrame({"rcid": pd.Series(dtype="int32"), "iso3": pd.Series(dtype="category"),
                          "vote": pd.Series(dtype="category")})  # fmt: skip
    return rollcalls.RollCalls(decisions=decisions, votes=votes, countries=pd.DataFrame(), provenance={})


@pytest.fixture
def small() -> rollcalls.RollCalls:
    council = [
        decision(1, HRC, "2010-03-01", "without_vote", "Item A."),
        decision(2, HRC, "2010-03-02", "without_vote", "item a"),  # the same item, spelt otherwise
        decision(3, HRC, "2010-03-03", "recorded_vote", "Item A"),
        decision(4, HRC, "2010-03-03", "recorded_vote", "Item A", amend=True),  # a step: left out
        decision(5, HRC, "2010-03-04", "no_vote_taken", "Item A"),  # withdrawn: left out
        decision(6, HRC, "2010-03-05", "unknown", "Item A"),  # method not stated: left out
        decision(7, HRC, "2011-03-01", "non_recorded_vote", "Item B"),
        decision(8, HRC, "2020-03-01", "recorded_vote", "ITEM A"),
        decision(9, HRC, "2020-03-02", "recorded_vote", "Item A"),
        decision(10, HRC, "2021-03-01", "without_vote", "Item A"),
        decision(11, HRC, "2021-12-15", "without_vote", "Item B"),
    ]
    unvotes = [decision(20, GA, "2018-05-01", "recorded_vote")]  # before the extract: recorded votes only
    extract = [decision(21, GA, "2019-10-10", "without_vote"), decision(22, GA, "2019-12-01", "recorded_vote"),
               decision(23, GA, "2020-12-20", "without_vote")]  # fmt: skip
    return record([("hrc-voting", council), ("unvotes", unvotes), ("UN extract", extract)])


def test_yearly_by_hand(small: rollcalls.RollCalls) -> None:
    years = consensus.yearly(small).set_index(["body", "year"])
    council = years.loc[HRC]
    # 2010: taken 1, 2 (without a vote) and 3 (recorded); 4 a step, 5 no vote taken, 6 unknown: left out. 2/3.
    assert council.loc[2010, ["taken", "without_vote", "recorded_vote", "steps", "no_vote_taken", "unknown"]].tolist() \
        == [3, 2, 1, 1, 1, 1]  # fmt: skip
    assert council.loc[2010, "share"] == pytest.approx(2 / 3)
    assert council.loc[2011, "share"] == 0.0  # one non-recorded vote taken, none without a vote
    assert math.isnan(council.loc[2015, "share"]) and council.loc[2015, "coverage"] == "full"  # nothing taken
    assert list(council.index) == list(range(2010, 2022))  # every year from the first decision to the last
    assembly = years.loc[GA]
    assert assembly.loc[2018, "coverage"] == "not covered" and math.isnan(assembly.loc[2018, "share"])
    assert "unvotes lists recorded votes only" in assembly.loc[2018, "note"]
    # 2019: from the extract's first date, 10 October: 21 without a vote, 22 recorded: 1/2, partial
    assert assembly.loc[2019, "coverage"] == "partial" and assembly.loc[2019, "share"] == 0.5
    assert "from 10 October 2019" in assembly.loc[2019, "note"]
    assert assembly.loc[2020, "coverage"] == "full" and assembly.loc[2020, "share"] == 1.0  # ends 20 December
    assert assembly.loc[2019, "sources"] == "UN extract"


def test_items_by_hand(small: rollcalls.RollCalls) -> None:
    # Item A: 2010–2011 takes 1, 2, 3 (2 of 3 without a vote); 2020–2021 takes 8, 9, 10 (1 of 3): −33.3 points.
    # Item B: 7 (0 of 1), then 11 (1 of 1): +100 points; with at least 2 per period it drops out.
    table = consensus.by_item(small, HRC, (2010, 2011), (2020, 2021), 1)
    assert list(table["item"]) == ["Item B", "Item A"]  # the largest change either way first
    assert table["change"].tolist() == pytest.approx([100.0, -100 / 3])
    assert table.loc[1, ["taken_first", "without_first", "taken_second", "without_second"]].tolist() == [3, 2, 3, 1]
    assert list(consensus.by_item(small, HRC, (2010, 2011), (2020, 2021), 2)["item"]) == ["Item A"]


@pytest.fixture(scope="module")
def rc() -> rollcalls.RollCalls:
    return rollcalls.load_rollcalls()


def test_the_council_in_2016_counted_again(rc: rollcalls.RollCalls) -> None:
    d = rc.decisions
    year = d[(d["body"] == HRC) & (d["year"] == 2016) & ~d["amend"].fillna(False).astype(bool)]
    method = year["method"].astype(str)
    without, taken = (method == "without_vote").sum(), method.isin(["without_vote", "recorded_vote"]).sum()
    row = consensus.yearly(rc).set_index(["body", "year"]).loc[(HRC, 2016)]
    assert (row["without_vote"], row["taken"]) == (without, taken) and 100 < without < taken
    assert row["share"] == pytest.approx(without / taken) and row["sources"] == "hrc-voting"


def test_the_assembly_before_its_extract_is_not_covered(rc: rollcalls.RollCalls) -> None:
    years = consensus.yearly(rc).set_index(["body", "year"])
    assert years.loc[(GA, 2015), "coverage"] == "not covered" and math.isnan(years.loc[(GA, 2015), "share"])
    assert years.loc[(GA, 2021), "coverage"] == "full" and 0.5 < years.loc[(GA, 2021), "share"] < 1
    assert years.loc[("security_council", 1990), "coverage"] == "not covered"
