"""Pure views of the curated tables."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.curated import analysis
from dashboard.curated.load import Dataset, load_dataset


@pytest.fixture(scope="module")
def data() -> Dataset:
    return load_dataset()


@pytest.fixture(scope="module")
def frames(data: Dataset) -> dict[str, pd.DataFrame]:
    return data.frames


def test_committee_breakdown_keeps_unnamed_seats(frames: dict[str, pd.DataFrame]) -> None:
    b = analysis.event_breakdown(frames, "ga3-2014-dprk-resolution")
    assert b.tally == {"yes": 111, "no": 19, "abstain": 55, "non_voting": None}
    assert len(b.named) == 9 and set(b.named["vote"]) == {"no"}
    assert b.unnamed == {"yes": 111, "no": 10, "abstain": 55}
    assert b.seat_total == 193 and b.derived_absent == 8
    seats = b.seats.groupby(["vote", "named"]).size().to_dict()
    assert seats == {
        ("abstain", False): 55,
        ("no", False): 10,
        ("no", True): 9,
        ("non_voting", False): 8,
        ("yes", False): 111,
    }
    assert len(b.children) == 3  # two amendments and the plenary stage


def test_without_vote_has_no_seats_but_sponsors_and_positions(frames: dict[str, pd.DataFrame]) -> None:
    b = analysis.event_breakdown(frames, "hrc-2017-dprk-resolution")
    assert b.seats.empty and b.named.empty
    assert set(b.sponsors["role"]) == {"main_sponsor", "supporter"}
    assert {"dissociate", "reject", "boycott", "support"} <= set(b.positions["stance"])


def test_who_stood_where_cites_each_part(frames: dict[str, pd.DataFrame]) -> None:
    who = analysis.who_stood_where(analysis.event_breakdown(frames, "hrc-2017-dprk-resolution"))
    assert list(who["actor"][:3]) == ["European Union", "Japan", "United States"]  # sponsors first
    rows = {(r.actor, r.part): (r.fact_id, r.facts) for r in who.itertuples()}
    assert rows[("United States", "supporter")] == ("hrc-2017-usa", 1)
    assert rows[("China", "dissociate")] == ("chn-dissociates-hrc-2017", 1)
    assert rows[("North Korea", "reject")][1] == 4
    assert ("North Korea", "boycott") in rows
    assert set(who["fact_id"]) <= set(frames["evidence"]["fact_id"])


def test_recent_events_never_put_an_undated_event_first(frames: dict[str, pd.DataFrame]) -> None:
    recent, undated = analysis.recent_events(frames, 3)
    assert list(recent["date"]) == ["2025-09", "2024-04-04", "2024-03-28"]
    assert list(undated["event_id"]) == ["ga-2014-dprk-resolution-plenary"]


def test_veto_without_tally_shows_unknown_seats(frames: dict[str, pd.DataFrame]) -> None:
    b = analysis.event_breakdown(frames, "unsc-2024-panel-of-experts-draft")
    assert b.seats["vote"].value_counts().to_dict() == {"unknown": 14, "no": 1}


def test_unknown_event_raises(frames: dict[str, pd.DataFrame]) -> None:
    with pytest.raises(KeyError):
        analysis.event_breakdown(frames, "no-such-event")


def test_stance_matrix_unknown_is_not_no(frames: dict[str, pd.DataFrame]) -> None:
    matrix = analysis.stance_matrix(frames, ["CHN", "USA"])
    assert matrix.loc["ga3-2014-dprk-resolution", "China"] == "voted no; oppose"
    assert matrix.loc["ga3-2014-dprk-resolution", "United States"] == analysis.UNKNOWN
    assert matrix.loc["hrc-2017-dprk-resolution", "China"] == "dissociate; call for dialogue"
    assert matrix.loc["hrc-2017-dprk-resolution", "United States"] == "supporter"
    agree, differ, single = analysis.agreement_rows(matrix)
    assert list(differ.index) == ["hrc-2017-dprk-resolution"]
    assert agree.empty
    assert set(single.index) == {"ga3-2014-dprk-resolution", "hrc-2017-dprk-review"}


def test_matrix_facts_point_at_the_evidence(frames: dict[str, pd.DataFrame]) -> None:
    matrix = analysis.stance_matrix(frames, ["CHN", "USA"])
    facts = analysis.matrix_facts(frames, matrix, ["CHN", "USA"])
    assert facts.shape == matrix.shape
    assert facts.loc["ga3-2014-dprk-resolution", "China"] == ["ga3-2014-dprk-chn", "chn-unfairly-targeted-2014"]
    assert facts.loc["ga3-2014-dprk-resolution", "United States"] == []
    for event_id, row in matrix.iterrows():
        for state, value in row.items():
            assert (value == analysis.UNKNOWN) == (facts.loc[event_id, state] == [])


def test_china_and_russia_agree_in_2014(frames: dict[str, pd.DataFrame]) -> None:
    agree, _, _ = analysis.agreement_rows(analysis.stance_matrix(frames, ["CHN", "RUS"]))
    assert "ga3-2014-dprk-resolution" in agree.index


def test_country_profile_in_date_order(frames: dict[str, pd.DataFrame]) -> None:
    profile = analysis.country_profile(frames, "PRK")
    assert profile["votes"].empty  # no source names North Korea's own vote
    dates = profile["positions"]["date"].fillna("9999").tolist()
    assert dates == sorted(dates) and len(dates) >= 8


def test_country_timeline_in_date_order_with_facts(frames: dict[str, pd.DataFrame]) -> None:
    timeline = analysis.country_timeline(frames, "CHN")
    assert list(timeline["kind"]) == ["vote", "position", "position", "position", "position"]
    assert timeline.iloc[0][["what", "fact_id"]].tolist() == ["voted no", "ga3-2014-dprk-chn"]
    assert timeline["words"].dropna().tolist() == ["dissociated", "complex and sensitive … focus on the bigger picture"]
    jpn = analysis.country_timeline(frames, "JPN")
    assert set(jpn["what"]) == {"main sponsor"} and len(jpn) == 2
    assert analysis.country_timeline(frames, "ZZZ").empty


def test_position_actors_include_speakers(frames: dict[str, pd.DataFrame]) -> None:
    actors = analysis.position_actors(frames)
    assert actors["PRK"] == "North Korea · state"
    assert actors["mun-jong-chol"] == "Mun Jong Chol · person, for North Korea"
    assert list(actors).index("PRK") < list(actors).index("hrw") < list(actors).index("mun-jong-chol")
    by_speaker = analysis.filter_positions(frames, actor="mun-jong-chol")
    assert set(by_speaker["position_id"]) == {"mun-jong-chol-interference", "mun-jong-chol-lies"}


def test_fact_descriptions_and_source_labels(frames: dict[str, pd.DataFrame]) -> None:
    described = analysis.fact_descriptions(frames)
    assert set(frames["evidence"]["fact_id"]) <= set(described)
    assert described["ga3-2014-dprk-chn"].startswith("Vote: China voted no on Human rights in North Korea")
    assert "111–19–55" in described["ga3-2014-dprk-resolution"]
    assert described["hossain-icc-referral"].endswith("on the issue at large")
    labels = analysis.source_labels(frames)
    assert labels["000_e3abfb0ff75947b4"] == "000 · untitled article (publisher not named, 2017-03-24)"
    assert labels["004_8681514e253d834c"].endswith("(The Journal, AFP, 2014)")


def test_positions_filters_and_search(frames: dict[str, pd.DataFrame]) -> None:
    prk_quotes = analysis.filter_positions(frames, actor="PRK", quotes_only=True)
    assert {"Mun Jong Chol", "Sin So Ho"} <= set(prk_quotes["speaker"].dropna())
    assert prk_quotes["statement"].notna().all()
    assert set(analysis.filter_positions(frames, text="FABRICATIONS")["position_id"]) == {
        "prk-rejects-hrc-2017",
        "mun-jong-chol-lies",
    }
    assert analysis.filter_positions(frames, actor="PRK", stance="veto").empty
    by_source = analysis.filter_positions(frames, source="003_dd821d9e0f3af97e")
    assert "usa-mozdzierz-concern" in set(by_source["position_id"])


def test_passages_located_in_their_text(data: Dataset) -> None:
    for source_id, text in data.texts.items():
        passages = analysis.source_passages(data.frames, text, source_id)
        assert passages["start"].notna().all(), source_id
        for p in passages.itertuples():
            assert analysis.passage_pattern(p.quote).fullmatch(text[int(p.start) : int(p.end)])


def test_highlight_spans_cover_the_text_once() -> None:
    pieces = analysis.highlight_spans("abcdefghij", [(2, 5, "a"), (4, 8, "b")])
    assert "".join(p for p, _ in pieces) == "abcdefghij"
    assert [pid for _, pid in pieces] == [None, "a", "b", None]


def test_filter_table(frames: dict[str, pd.DataFrame]) -> None:
    assert len(analysis.filter_table(frames, "votes", event="ga3-2014-dprk-resolution")) == 9
    assert list(analysis.filter_table(frames, "votes", state="RUS")["vote_id"]) == [
        "ga3-2014-dprk-rus",
        "unsc-2024-poe-rus",
    ]
    assert len(analysis.filter_table(frames, "votes", body="security_council")) == 1
    assert set(analysis.filter_table(frames, "events", date_from="2017", date_to="2017")["date"]) == {
        "2017-03-13",
        "2017-03-24",
    }
    assert analysis.filter_table(frames, "positions", stance="veto")["actor_id"].tolist() == ["RUS"]
    assert set(analysis.filter_table(frames, "evidence", source="002_16fe7c741bafa7d9")["source_id"]) == {
        "002_16fe7c741bafa7d9"
    }
    assert analysis.filter_table(frames, "votes", state="USA").empty


def test_summary(frames: dict[str, pd.DataFrame]) -> None:
    summary = analysis.dataset_summary(frames)
    assert summary["events"] == len(frames["events"]) and summary["sources"] == 5
    assert summary["first"] == "2014" and summary["undated"] == 1
