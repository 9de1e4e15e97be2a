"""Agreement scores, checked by hand on small cases and on the shipped record."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from dashboard import agreement, rollcalls


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
