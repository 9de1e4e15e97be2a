"""Group cohesion (dashboard/official/cohesion.py): the Agreement Index on a hand-worked fixture, the majority and
who breaks from it, membership by date, and one real figure checked against the record's votes."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from dashboard.official import agreement, cohesion, rollcalls
from dashboard.official.agreement import VoteMatrix

Y, A, N, X = 1, 2, 3, 0  # the matrix's codes: yes, abstain, no, no vote (absent, non-voting, not a member)


def matrix(states: list[str], dates: list[str], rows: list[list[int]]) -> VoteMatrix:
    days = np.array(dates, dtype="datetime64[D]")
    return VoteMatrix(
        np.array(rows, dtype=np.int8),
        np.arange(1, len(dates) + 1),
        days,
        days.astype("datetime64[Y]").astype(int) + 1970,
        states,
        pd.Series([""] * len(dates)),
    )


#: Five recorded votes; the P5 present are FRA, GBR, RUS, USA (a group of four: CHN is not in this matrix).
#: BRA is in no P5 seat; TWN held China's seat only until 1971, so its votes here count for nobody.
STATES = ["BRA", "FRA", "GBR", "RUS", "TWN", "USA"]
FIXTURE = matrix(
    STATES,
    ["2000-03-01", "2000-09-01", "2001-03-01", "2001-06-01", "2001-09-01"],
    [
        #  BRA FRA GBR RUS TWN USA
        [N, Y, Y, N, Y, Y],  # 1: Y3 N1 A0, total 4, max 3: AI = (3 − ½·1)/4 = 0.625; majority yes, RUS breaks
        [Y, A, A, N, Y, Y],  # 2: Y1 A2 N1, total 4, max 2: AI = (2 − ½·2)/4 = 0.25; majority abstain, USA and RUS break
        [Y, X, N, Y, X, N],  # 3: Y1 N2 (FRA absent), total 3: AI = (2 − ½·1)/3 = 0.5; majority no, RUS breaks
        [Y, X, N, X, X, Y],  # 4: Y1 N1, total 2: AI = (1 − ½·1)/2 = 0.25; a tie: no majority, counts for nobody
        [Y, X, X, X, Y, Y],  # 5: USA alone: fewer than two voted, not counted at all
    ],
)


def test_agreement_index_by_hand() -> None:
    counts = np.array([[4, 0, 0], [3, 0, 1], [2, 1, 1], [1, 1, 1], [1, 0, 0], [0, 0, 0]])  # yes, abstain, no
    # all alike: 1; 3–1: (3 − ½)/4 = 0.625; 2–1–1: (2 − 1)/4 = 0.25; 1–1–1: (1 − 1)/3 = 0; one or no voter: NaN
    assert cohesion.agreement_index(counts) == pytest.approx([1.0, 0.625, 0.25, 0.0, np.nan, np.nan], nan_ok=True)


def test_the_p5_per_vote_and_per_year_by_hand() -> None:
    groups = cohesion.all_groups(FIXTURE)
    calls = cohesion.call_scores(groups)
    p5 = calls[calls["group"] == "P5"]
    assert list(p5["rcid"]) == [1, 2, 3, 4]  # vote 5 had one P5 member voting
    assert list(p5["ai"]) == pytest.approx([0.625, 0.25, 0.5, 0.25])
    assert list(p5["yes"]) == [3, 1, 1, 1] and list(p5["abstain"]) == [0, 2, 0, 0] and list(p5["no"]) == [1, 1, 2, 1]
    rows = cohesion.yearly(groups).set_index(["group", "year"])
    # 2000: votes 1 and 2, (0.625 + 0.25)/2 = 0.4375, four members voted; 2001: votes 3 and 4, (0.5 + 0.25)/2 = 0.375,
    # three members voted (USA, GBR, RUS; FRA absent on both)
    assert rows.loc[("P5", 2000)].to_dict() == pytest.approx({"roll_calls": 2, "members_voting": 4, "ai": 0.4375})
    assert rows.loc[("P5", 2001)].to_dict() == pytest.approx({"roll_calls": 2, "members_voting": 3, "ai": 0.375})
    # BRA (GRULAC) alone in its group: GRULAC is never counted; TWN (Asia-Pacific) alone too
    assert "GRULAC" not in set(calls["group"]) and "ASIA_PACIFIC_GROUP" not in set(calls["group"])


def test_who_breaks_from_the_p5_majority_by_hand() -> None:
    ranking = cohesion.breakers(FIXTURE, "P5")
    # counted: votes with a majority (1, 2, 3) on which the member voted. RUS broke on 1, 2, 3: 3/3; USA on 2: 1/3;
    # FRA voted on 1, 2 and never broke: 0/2; GBR on 1, 2, 3: 0/3 (ties on share and breaks: by code)
    assert ranking.to_dict("list") == {
        "iso3": ["RUS", "USA", "FRA", "GBR"],
        "counted": [3, 3, 2, 3],
        "breaks": [3, 1, 0, 0],
        "share": pytest.approx([1.0, 1 / 3, 0.0, 0.0]),
    }
    usa = cohesion.breaks_of(FIXTURE, "P5", "USA")
    assert usa.to_dict("list") == {
        "rcid": [2], "year": [2000], "vote": ["yes"], "majority": ["abstain"], "yes": [1], "abstain": [2], "no": [1]
    }  # fmt: skip
    assert cohesion.breaks_of(FIXTURE, "P5", "BRA").empty  # not a member


def test_majority_ties_and_lone_voters() -> None:
    counts = np.array([[2, 1, 0], [1, 1, 0], [1, 1, 1], [0, 0, 3], [1, 0, 0]])
    assert list(cohesion.majority(counts)) == [1, 0, 0, 3, 0]  # yes; tie; three-way tie; no; one voter


def test_membership_follows_the_date_of_each_vote() -> None:
    """The United Kingdom counts with the EU until 31 January 2020, not after."""
    m = matrix(["DEU", "FRA", "GBR"], ["2019-06-01", "2020-06-01"], [[Y, Y, N], [Y, Y, N]])
    eu = cohesion.call_scores(cohesion.all_groups(m)).query("group == 'EU'")
    assert list(eu["ai"]) == pytest.approx([0.5, 1.0])  # 2019: Y2 N1, (2 − ½)/3 = 0.5; 2020: Y2 alone, 1
    assert cohesion.breakers(m, "EU")["iso3"].tolist() == ["GBR", "DEU", "FRA"]
    assert cohesion.breakers(m, "EU").set_index("iso3").loc["GBR", "counted"] == 1


def test_combine_aligns_the_states_of_two_bodies() -> None:
    first = matrix(["FRA", "USA"], ["2004-04-01"], [[Y, N]])
    second = matrix(["GBR", "USA"], ["2007-03-01"], [[A, Y]])
    both = cohesion.combine([first, second])
    assert both.states == ["FRA", "GBR", "USA"]
    assert both.codes.tolist() == [[Y, X, N], [X, A, Y]]
    assert list(both.years) == [2004, 2007]


@pytest.fixture(scope="module")
def record() -> rollcalls.RollCalls:
    return rollcalls.load_rollcalls()


def test_the_eu_in_the_assembly_in_2010_against_the_record(record: rollcalls.RollCalls) -> None:
    """The EU's AI in the General Assembly in 2010, computed here from rc.votes with the 27 members of that year."""
    eu27 = ("AUT BEL BGR CYP CZE DEU DNK ESP EST FIN FRA GBR GRC HUN IRL ITA LTU LUX LVA MLT NLD POL PRT ROU SVK "
            "SVN SWE").split()  # fmt: skip
    d = record.decisions
    calls = d[(d["body"] == "general_assembly") & (d["year"] == 2010) & (d["method"] == "recorded_vote")
              & (d["names"] == "listed")]  # fmt: skip
    votes = record.votes[record.votes["rcid"].isin(calls["rcid"]) & record.votes["iso3"].isin(eu27)]
    votes = votes[votes["vote"].isin(["yes", "no", "abstain"])]
    counts = pd.crosstab(votes["rcid"], votes["vote"])
    total, top = counts.sum(axis=1), counts.max(axis=1)
    ai = ((top - 0.5 * (total - top)) / total)[total >= 2]
    found = cohesion.yearly(cohesion.all_groups(agreement.vote_matrix(record), 2010, 2010)).set_index("group")
    assert found.loc["EU", "roll_calls"] == len(ai) > 50
    assert found.loc["EU", "members_voting"] == votes["iso3"].nunique() == 27
    assert found.loc["EU", "ai"] == pytest.approx(ai.mean(), abs=1e-12)
    assert 0.8 < ai.mean() < 1


def test_the_council_continues_the_commission(record: rollcalls.RollCalls) -> None:
    both = cohesion.combine(
        [agreement.vote_matrix(record, "commission_on_human_rights"), agreement.vote_matrix(record, "human_rights_council")]
    )
    years = set(cohesion.yearly(cohesion.all_groups(both, 2000, 2010))["year"])
    assert {2005, 2007} <= years  # the Commission's last recorded votes and the Council's


def test_china_against_the_p5_majority_in_the_security_council_against_the_record(record: rollcalls.RollCalls) -> None:
    """China's breaks from the P5's majority in the Security Council, 2015–2024, recounted here from rc.votes."""
    d = record.decisions
    calls = d[(d["body"] == "security_council") & d["year"].between(2015, 2024) & (d["method"] == "recorded_vote")
              & (d["names"] == "listed")]  # fmt: skip
    votes = record.votes[record.votes["rcid"].isin(calls["rcid"]) & record.votes["iso3"].isin(["CHN", "FRA", "GBR",
                         "RUS", "USA"]) & record.votes["vote"].isin(["yes", "no", "abstain"])]  # fmt: skip
    counts = pd.crosstab(votes["rcid"], votes["vote"])
    top = counts.max(axis=1)
    single = counts.eq(top, axis=0).sum(axis=1) == 1
    major = counts.idxmax(axis=1)[single & (counts.sum(axis=1) >= 2)]
    china = votes[votes["iso3"] == "CHN"].set_index("rcid")["vote"]
    china = china[china.index.isin(major.index)]
    breaks = int((china != major[china.index]).sum())
    ranking = cohesion.breakers(agreement.vote_matrix(record, "security_council"), "P5", 2015, 2024).set_index("iso3")
    assert ranking.loc["CHN", "counted"] == len(china) > 400
    assert ranking.loc["CHN", "breaks"] == breaks > 10
