"""Agreement scores, checked by hand on small cases and on the shipped record."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from dashboard.official import agreement, rollcalls


@pytest.fixture(scope="module")
def matrix() -> agreement.VoteMatrix:
    return agreement.vote_matrix(rollcalls.load_rollcalls())


def test_voeten_by_hand() -> None:
    # yes/yes (1), yes/abstain (0.5), yes/no (0), no/no (1), absent/yes (left out)
    a = np.array([1, 1, 1, 3, 0], dtype=np.int8)
    b = np.array([1, 2, 3, 3, 1], dtype=np.int8)
    assert agreement.pair_scores(a, b) == {"voeten": 2.5 / 4, "exact": 0.5, "n": 4}
    assert agreement.pair_scores(a, np.zeros(5, dtype=np.int8)) == {"voeten": None, "exact": None, "n": 0}


def test_a_state_agrees_with_itself(matrix: agreement.VoteMatrix) -> None:
    scores = agreement.compare(matrix, "USA", "USA")["overall"]
    assert scores["voeten"] == 1.0 and scores["exact"] == 1.0


def test_compare_usa_china(matrix: agreement.VoteMatrix) -> None:
    result = agreement.compare(matrix, "USA", "CHN", 2014, 2014)
    combos = result["combos"]
    assert combos.to_numpy().sum() == result["overall"]["n"]
    assert list(combos.index) == ["yes", "abstain", "no"]
    assert set(result["trend"]["year"]) == {2014}
    diverged = result["diverged"]
    assert (
        (diverged["USA"] == "yes") & (diverged["CHN"] == "no") | (diverged["USA"] == "no") & (diverged["CHN"] == "yes")
    ).all()
    assert 5377 in set(diverged["rcid"])  # A/RES/69/188: the US yes, China no


def test_all_members_matches_pairwise(matrix: agreement.VoteMatrix) -> None:
    everyone = agreement.all_members(matrix, 2000, 2010)
    for a, b in [("USA", "CHN"), ("FRA", "GBR"), ("IND", "BRA")]:
        direct = agreement.pair_scores(
            matrix.column(a)[matrix.rows(2000, 2010)], matrix.column(b)[matrix.rows(2000, 2010)]
        )
        assert everyone.loc[a, b] == pytest.approx(direct["voeten"], abs=1e-6)
    assert np.allclose(np.diag(everyone.to_numpy()), 1.0)


def test_eu_bloc_respects_membership_dates(matrix: agreement.VoteMatrix) -> None:
    eu = agreement.bloc_column(matrix, "EU")
    before = matrix.dates < np.datetime64("1958-01-01")
    assert (eu[before] == 0).all()
    assert (eu[~before] > 0).mean() > 0.9
    assert agreement.compare(matrix, "FRA", "EU", 1990, 2019)["overall"]["voeten"] > 0.9


def test_p5_uses_the_republic_of_china_before_1971(matrix: agreement.VoteMatrix) -> None:
    seats = {code: (start, end) for code, start, end in agreement.P5_SEATS}
    assert seats["TWN"][1] == "1971-10-24" and seats["CHN"][0] == "1971-10-25"
    assert (agreement.bloc_column(matrix, "P5")[matrix.years < 1971] > 0).any()


def test_topics_present(matrix: agreement.VoteMatrix) -> None:
    topics = agreement.compare(matrix, "USA", "ISR")["by_topic"]
    assert "Human rights" in set(topics["topic"]) and isinstance(topics, pd.DataFrame)


def test_group_matrix_with_a_bloc(matrix: agreement.VoteMatrix) -> None:
    table = agreement.group_matrix(matrix, ["USA", "GBR", "EU"], 1990, 2019)
    assert np.allclose(np.diag(table.to_numpy()), 1.0)
    assert table.loc["GBR", "EU"] == table.loc["EU", "GBR"] > table.loc["USA", "EU"]


def small_matrix() -> agreement.VoteMatrix:
    """Four roll calls, four states: codes 1 yes, 2 abstain, 3 no, 0 absent."""
    codes = np.array(
        [
            # AAA BBB FRA DEU
            [1, 1, 1, 3],
            [1, 2, 1, 1],
            [1, 3, 2, 3],
            [3, 3, 0, 2],
        ],
        dtype=np.int8,
    )
    dates = np.array(["1990-01-01", "1995-01-01", "2000-01-01", "2021-01-01"], dtype="datetime64[D]")
    return agreement.VoteMatrix(
        codes,
        np.arange(1, 5),
        dates,
        np.array([1990, 1995, 2000, 2021]),
        ["AAA", "BBB", "FRA", "DEU"],
        pd.Series(["Human rights", "", "Human rights; Colonialism", ""]),
    )


def test_hand_computed_four_votes() -> None:
    m = small_matrix()
    # AAA vs BBB: yes/yes 1, yes/abstain 0.5, yes/no 0, no/no 1 → 2.5 / 4; exact 2 / 4
    result = agreement.compare(m, "AAA", "BBB")
    assert result["overall"] == {"voeten": 0.625, "exact": 0.5, "n": 4}
    assert result["combos"].loc["yes"].tolist() == [1, 1, 1] and result["combos"].loc["no"].tolist() == [0, 0, 1]
    assert result["trend"]["voeten"].tolist() == [1.0, 0.5, 0.0, 1.0]
    topics = result["by_topic"].set_index("topic")
    assert topics.loc["Human rights", "voeten"] == 0.5 and topics.loc["Human rights", "n"] == 2
    assert result["diverged"]["rcid"].tolist() == [3]
    # AAA vs FRA: FRA absent on roll call 4 → over 3: 1 + 1 + 0.5
    assert agreement.pair_scores(m.column("AAA"), m.column("FRA")) == {"voeten": 2.5 / 3, "exact": 2 / 3, "n": 3}
    everyone = agreement.all_members(m)
    assert everyone.loc["AAA", "BBB"] == 0.625 and everyone.loc["AAA", "FRA"] == pytest.approx(2.5 / 3)
    assert agreement.all_members(m, measure="exact").loc["AAA", "BBB"] == 0.5
    assert agreement.all_members(m, measure="n").loc["AAA", "FRA"] == 3
    assert agreement.all_members(m, 1995, 2000).loc["AAA", "BBB"] == 0.25  # (0.5 + 0) / 2


def test_bloc_majority_by_date_and_ties() -> None:
    m = small_matrix()
    eu = agreement.bloc_column(m, "EU")
    # 1990: FRA yes, DEU no → tie, no bloc vote; 1995: both yes; 2000: abstain vs no → tie; 2021: DEU only
    assert eu.tolist() == [0, 1, 0, 2]


def test_self_agreement_is_one_for_every_member(matrix: agreement.VoteMatrix) -> None:
    everyone = agreement.all_members(matrix, 1946, 2019)
    assert np.allclose(np.diag(everyone.to_numpy()), 1.0)
    assert np.allclose(everyone.to_numpy(), everyone.to_numpy().T, equal_nan=True)
    assert agreement.compare(matrix, "EU", "EU")["overall"]["voeten"] == 1.0


def test_usa_russia_over_all_years_matches_a_direct_count(matrix: agreement.VoteMatrix) -> None:
    rc = rollcalls.load_rollcalls()
    assembly = rc.decisions.loc[rc.decisions["body"] == "general_assembly", "rcid"]
    votes = rc.votes[rc.votes["iso3"].isin(["USA", "RUS"]) & rc.votes["rcid"].isin(assembly)].pivot(index="rcid", columns="iso3", values="vote").dropna()
    same = (votes["USA"] == votes["RUS"]).sum()
    half = ((votes["USA"] != votes["RUS"]) & ((votes["USA"] == "abstain") | (votes["RUS"] == "abstain"))).sum()
    scores = agreement.compare(matrix, "USA", "RUS")["overall"]
    assert scores["n"] == len(votes) and scores["voeten"] == pytest.approx((same + 0.5 * half) / len(votes))
    assert scores["exact"] == pytest.approx(same / len(votes))
    # the USSR is RUS in the record: votes from 1946
    assert matrix.years[matrix.column("RUS") > 0].min() == 1946


def test_uk_leaves_the_eu_bloc() -> None:
    seats = {code: (start, end) for code, start, end in agreement.EU_SEATS}
    assert seats["GBR"] == ("1973-01-01", "2020-01-31") and seats["HRV"] == ("2013-07-01", None)
    assert len(seats) == 28


def test_regional_groups_come_from_countrygroups() -> None:
    import countrygroups

    assert set(agreement.REGIONAL_GROUPS) <= set(agreement.BLOCS)
    members = {code for code, _, _ in agreement.BLOCS["AFRICAN_GROUP"][1]}
    assert members == set(countrygroups.UN_REGIONAL_GROUPS.AFRICAN_GROUP) and "NGA" in members
    assert agreement.regional_groups("PRK") == ["ASIA_PACIFIC_GROUP"]
    assert agreement.bloc_contains("WEOG", "FRA") and not agreement.bloc_contains("WEOG", "CHN")


def test_a_state_agrees_with_its_own_group_more_than_with_another(matrix: agreement.VoteMatrix) -> None:
    own = agreement.compare(matrix, "BRA", "GRULAC", 2000, 2019)["overall"]["voeten"]
    other = agreement.compare(matrix, "BRA", "EASTERN_EUROPEAN_GROUP", 2000, 2019)["overall"]["voeten"]
    assert own > other


def test_cosponsorship_counts_shared_texts() -> None:
    rc = rollcalls.load_rollcalls()
    result = agreement.cosponsorship(rc, "JPN", "KOR")
    assert result["decisions"] > 2000 and 0 < result["both"] <= min(result["a"], result["b"])
    assert result["overlap"] == result["both"] / (result["a"] + result["b"] - result["both"])
    dprk = rc.decisions.set_index("symbol").loc["A/RES/79/181", "rcid"]
    assert dprk in result["shared"]  # both sponsored the 2024 DPRK resolution
    assert agreement.cosponsorship(rc, "JPN", "KOR", 1990, 2010)["decisions"] == 0  # no sponsor lists before 2019


def test_one_against_all_matches_the_row_of_the_full_matrix(matrix: agreement.VoteMatrix) -> None:
    full = agreement.all_members(matrix, 1990, 2019, min_votes=10)
    row = agreement.one_against_all(matrix, "USA", 1990, 2019, min_votes=10)
    pd.testing.assert_series_equal(row, full.loc["USA"].astype(float), check_names=False, atol=1e-5)
    assert agreement.one_against_all(matrix, "EU", 1990, 2019).notna().sum() > 150  # a bloc too
