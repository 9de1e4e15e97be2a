"""The Decisions page and a state's record for every body, opened from their links (AppTest)."""

from __future__ import annotations

import json

import pytest

from tests.test_pages import open_page, text_of


def test_a_council_resolution_with_its_47_seats_and_terms() -> None:
    at = open_page("rollcalls", symbol="A/HRC/RES/25/25")
    text = text_of(at)
    assert at.title[0].value == "Decisions"
    assert "**Body:** Human Rights Council" in text and "adopted 28 March 2014, 30–6–11" in text
    assert "**30 yes, 6 no, 11 abstentions**, 0 absent or not voting, counted from the 47 members' rows." in text
    assert "<strong>No (6)</strong>" in text and "China, Cuba, Pakistan, Russia, Venezuela, Vietnam" in text
    assert "Required Notice: Copyright © 2026 Łukasz Szoszkiewicz" in text and "zenodo.21281232" in text
    assert "Sponsors: not in the record" in text and "none" not in text.split("Sponsors:")[1][:60]
    votes = at.dataframe[0].value
    assert len(votes) == 47 and set(votes.loc[votes["vote"] == "No", "iso3"]) == {
        "CHN",
        "CUB",
        "PAK",
        "RUS",
        "VEN",
        "VNM",
    }


def test_a_veto_is_named_with_the_permanent_five_marked() -> None:
    at = open_page("rollcalls", symbol="S/2024/255")
    text = text_of(at)
    assert "not adopted: negative vote of a permanent member (Russia), 28 March 2024, 13–1–1" in text
    assert "Russia (permanent member, veto)" in text and "China (permanent member)" in text
    votes = at.dataframe[0].value
    assert len(votes) == 15 and (votes["seat"] == "permanent member").sum() == 5
    assert votes.set_index("iso3").loc["RUS", "vote"] == "No (veto)"
    assert votes.set_index("iso3").loc["CHN", "vote"] == "Abstained"


def test_a_draft_known_only_from_the_veto_list_draws_no_tally() -> None:
    at = open_page("rollcalls", symbol="S/2022/431")
    text = text_of(at)
    assert "negative vote of a permanent member (China and Russia)" in text
    assert "**Vetoed by China and Russia**" in text and "**not in the record**" in text
    assert "Who voted how" not in text and "counted from the" not in text
    assert "MIT" in text


@pytest.mark.parametrize(
    ("symbol", "expected"),
    [
        ("S/RES/2397 (2017)", "adopted 22 December 2017, 15–0–0"),
        ("A/RES/69/188", "adopted 18 December 2014, 116–20–53"),
    ],
)
def test_tallies_in_every_body(symbol: str, expected: str) -> None:
    assert expected in text_of(open_page("rollcalls", symbol=symbol))


def test_a_council_resolution_without_a_vote_with_its_sponsors() -> None:
    at = open_page("rollcalls", symbol="A/HRC/RES/55/21")
    text = text_of(at)
    assert "adopted without a vote on 4 April 2024" in text and "Sponsors: 44 states" in text
    assert "United Nations (HRC resolutions extract)" in text  # the sponsors' own source, beside hrc-voting's


def test_search_across_bodies_and_by_body() -> None:
    at = open_page("rollcalls", q="Democratic People's Republic of Korea", **{"from": "2014", "to": "2014"})
    bodies = set(at.dataframe[0].value["body"])
    assert {"General Assembly", "Human Rights Council", "Security Council"} <= bodies
    at = open_page("rollcalls", body="security_council", q="Korea")
    assert set(at.dataframe[0].value["body"]) == {"Security Council"}
    # no column the body never fills (the Assembly's sessions, unvotes' topics); the CSV keeps them all
    assert {"session", "topics"}.isdisjoint(at.dataframe[0].value.columns) and "vetoed_by" in at.dataframe[0].value
    assert next(s for s in at.selectbox if s.label == "Body").value == "security_council"


def test_record_in_the_council() -> None:
    at = open_page("record", states="CHN,ZAF", body="human_rights_council", **{"from": "2013", "to": "2014"})
    assert at.selectbox[0].value == "human_rights_council"
    rows = at.dataframe[0].value.set_index("symbol")
    assert rows.loc["A/HRC/RES/25/25", "China (CHN) vote"] == "no"
    assert rows.loc["A/HRC/RES/25/25", "South Africa (ZAF) vote"] == "abstain"
    assert "not a member" in set(rows["China (CHN) vote"])  # 2013: China did not sit on the Council
    assert "topics" not in rows.columns  # the Council's record has no topic codes: no always-empty column
    button = at.get("download_button")[0].proto
    assert "record_human-rights-council_CHN-ZAF" in button.help and "licence" in button.help
    assert "Required Notice" in text_of(at)


@pytest.mark.parametrize("body", ["security_council", "human_rights_council"])
def test_record_of_a_body_without_topic_codes_offers_no_topic_filter(body: str) -> None:
    at = open_page("record", states="USA", body=body)
    assert "Topic (as the record names it)" not in [s.label for s in at.selectbox]
    assert "topic" not in at.expander[0].label  # the folded filters' label names only those there are
    shared = open_page("record", states="USA", body=body, topic="Human rights")  # a link made on the Assembly's
    label = "Security Council" if body == "security_council" else "Human Rights Council"
    notice = f"The {label}'s record carries no topic codes: the link's topic “Human rights” is not applied."
    assert notice in [i.value for i in shared.info] and not shared.error
    assert "Unknown topic" not in text_of(shared) and "topic" not in shared.query_params
    assert "match" in text_of(shared)  # the decisions of every topic, as without the parameter


def test_record_in_the_assembly_keeps_its_topic_filter() -> None:
    at = open_page("record", states="USA")
    assert "Topic (as the record names it)" in [s.label for s in at.selectbox]
    assert "topics" in at.dataframe[0].value.columns
    assert "topic" in at.expander[0].label


def test_decisions_of_the_council_list_no_always_empty_column() -> None:
    listed = open_page("rollcalls", body="human_rights_council").dataframe[0].value
    assert {"session", "topics", "vetoed_by"}.isdisjoint(listed.columns)
    assert listed[["date", "symbol", "title", "method", "outcome"]].notna().all().all()
    assembly = open_page("rollcalls", body="general_assembly", **{"to": "2014"}).dataframe[0].value
    assert {"session", "topics"} <= set(assembly.columns) and "vetoed_by" not in assembly.columns


def test_a_decisions_grids_head_their_columns_in_words_and_leave_out_empty_ones() -> None:
    at = open_page("rollcalls", symbol="S/RES/2397 (2017)")
    votes, sponsors = at.dataframe[0], at.dataframe[1]
    assert json.loads(votes.proto.columns)["how_known"]["label"] == "how known"
    assert list(sponsors.value.columns) == ["sponsor", "role"]  # nobody sponsored it on behalf of a group
    group = next(df for df in open_page("rollcalls", symbol="A/RES/74/25").dataframe if "sponsor" in df.value)
    assert "on_behalf_of" in group.value.columns and json.loads(group.proto.columns)["on_behalf_of"]["label"] == (
        "on behalf of")
    listed = open_page("rollcalls", body="security_council").dataframe[0]
    assert json.loads(listed.proto.columns)["vetoed_by"]["label"] == "vetoed by"


@pytest.mark.parametrize("body", ["security_council", "human_rights_council"])
def test_record_of_a_body_without_important_votes_offers_no_such_switch(body: str) -> None:
    at = open_page("record", states="USA", body=body)
    assert "Important votes only" not in [t.label for t in at.toggle]
    assert "DPRK resolutions only" in [t.label for t in at.toggle]
    shared = open_page("record", states="USA", body=body, important="1")  # a link made on the Assembly's record
    notice = next(i.value for i in shared.info if "important" in i.value)
    assert notice.endswith("covers the General Assembly only): the link's “important votes only” is not applied.")
    assert "important" not in shared.query_params and "No decision matches" not in text_of(shared)
    assert "Important votes only" in [t.label for t in open_page("record", states="USA").toggle]  # the Assembly's


def test_decisions_of_a_body_other_than_the_assembly_offer_none_of_its_filters() -> None:
    at = open_page("rollcalls", body="security_council")
    assert "Important votes only" not in [t.label for t in at.toggle]
    assert {"Topic", "Session (Assembly)"}.isdisjoint(s.label for s in at.selectbox)
    assert at.selectbox[0].label == "Body"  # chosen first: it decides which filters there are
    shared = open_page("rollcalls", body="human_rights_council", important="1", topic="Human rights", session="69")
    notice = ("The Human Rights Council's decisions carry no topic codes, no Assembly session and no important-vote "
              "flag (the General Assembly's only): the link's topic, session and “important votes only” are not applied.")
    assert notice in [i.value for i in shared.info]  # fmt: skip
    assert {"important", "topic", "session"}.isdisjoint(shared.query_params) and len(shared.dataframe[0].value) > 0
    one = open_page("rollcalls", body="security_council", topic="Human rights")
    assert any(i.value.endswith("no topic codes (the General Assembly's only): the link's topic is not applied.")
               for i in one.info)  # fmt: skip
    every = open_page("rollcalls")  # every body: the Assembly's filters too
    assert "Important votes only" in [t.label for t in every.toggle]
    assert {"Topic", "Session (Assembly)"} <= {s.label for s in every.selectbox}
