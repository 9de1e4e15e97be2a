"""The curated dataset itself: provenance of every fact, and the facts the articles state."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.curated.checks import normalise
from dashboard.curated.load import Dataset, load_dataset


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset()


def test_every_fact_has_verbatim_evidence(dataset: Dataset) -> None:
    frames = dataset.frames
    evidence = frames["evidence"]
    ids = {"events": "event_id", "votes": "vote_id", "sponsors": "sponsorship_id", "positions": "position_id"}
    for table, key in ids.items():
        missing = set(frames[table][key]) - set(evidence["fact_id"])
        assert not missing, f"{table} without evidence: {missing}"
    for row in evidence.itertuples():
        assert normalise(row.quote) in normalise(dataset.texts[row.source_id]), row.evidence_id


def test_every_article_is_used(dataset: Dataset) -> None:
    assert set(dataset.frames["evidence"]["source_id"]) == set(dataset.texts)


def test_seeds_are_the_shared_articles_byte_for_byte() -> None:
    from tests.conftest import ROOT

    shared = ROOT.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.fail(f"{shared} is missing: the project expects ../shared beside it")
    for path in shared.glob("*.txt"):
        assert (ROOT / "seeds" / path.name).read_bytes() == path.read_bytes(), path.name


def test_committee_vote_2014(dataset: Dataset) -> None:
    events = dataset.frames["events"].set_index("event_id")
    vote = events.loc["ga3-2014-dprk-resolution"]
    assert (vote["yes"], vote["no"], vote["abstain"]) == (111, 19, 55)
    assert pd.isna(vote["non_voting"])  # not reported: stays unknown
    assert vote["body"] == "ga_third_committee"
    assert vote["cosponsor_count"] == 60 and vote["cosponsor_count_qualifier"] == "more_than"
    named = dataset.frames["votes"].query("event_id == 'ga3-2014-dprk-resolution'")
    assert sorted(named["country_iso3"]) == sorted(["CHN", "RUS", "CUB", "IRN", "SYR", "BLR", "VEN", "UZB", "SDN"])
    assert set(named["vote"]) == {"no"}


def test_one_event_for_one_decision(dataset: Dataset) -> None:
    """Two articles on the 2017 Council resolution give one event with evidence from both."""
    evidence = dataset.frames["evidence"].query("fact_id == 'hrc-2017-dprk-resolution'")
    assert set(evidence["source_id"]) == {"000_e3abfb0ff75947b4", "001_8ed2baf85809301b"}
    events = dataset.frames["events"]
    assert len(events.query("body == 'human_rights_council' and date == '2017-03-24'")) == 1


def test_no_symbol_without_a_source(dataset: Dataset) -> None:
    """No article gives a document symbol, so none is recorded."""
    assert dataset.frames["events"]["symbol"].isna().all()


def test_aliases_resolve_to_north_korea(dataset: Dataset) -> None:
    actors = dataset.frames["actors"].set_index("actor_id")
    assert {"DPRK", "Pyongyang"} <= set(actors.loc["PRK", "aliases"].split("; "))
