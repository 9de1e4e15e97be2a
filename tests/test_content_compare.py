"""What Compare states shows, computed (dashboard/app/content/compare.py), against the data themselves."""

from __future__ import annotations

import pandas as pd

from dashboard.app.content import compare
from dashboard.curated.load import load_dataset
from dashboard.official import agreement, rollcalls

RC = rollcalls.load_rollcalls()
MATRIX = agreement.vote_matrix(RC)
FRAMES = load_dataset().frames
FIVE = ["CHN", "FRA", "RUS", "GBR", "USA"]
LABELS = {"CHN": "China", "FRA": "France", "RUS": "Russia", "GBR": "United Kingdom", "USA": "United States"}


def test_the_plenary_vote_sits_under_its_linked_events() -> None:
    view = compare.stances(FRAMES, RC, FIVE, LABELS)
    assert list(view.table.columns) == list(LABELS.values())
    label, cells = view.official["ga-2014-dprk-resolution-plenary"]
    assert "A/RES/69/188" in label and "this vote, adopted 18 December 2014, 116–20–53" in label
    assert cells == {"China": "no", "France": "yes", "Russia": "no", "United Kingdom": "yes", "United States": "yes"}
    committee, _ = view.official["ga3-2014-dprk-resolution"]
    assert "the plenary vote on the same text" in committee


def test_an_event_pick_keeps_at_most_twelve_and_says_who_is_left_out() -> None:
    events = {"ga3-2014-dprk-resolution": "2014 vote", "coi-2014-report": "the report"}
    picked, note = compare.event_pick(FRAMES, "ga3-2014-dprk-resolution", events, {})
    assert picked is not None and len(picked) == 11 and "The 11 states" in note and "Left out" not in note
    picked, note = compare.event_pick(FRAMES, "coi-2014-report", events, {})
    assert picked is None and "your selection is unchanged" in note


def test_agreed_lines_link_each_part_to_its_passage() -> None:
    view = compare.stances(FRAMES, RC, ["CHN", "USA"], {"CHN": "China", "USA": "United States"})
    events = dict.fromkeys(view.table.index, "event")
    different, alike = compare.agreed_lines(view.table, view.facts, events)
    assert len(different) == 1 and "China: **dissociate; call for dialogue**" in different[0]
    assert "(/sources?fact=chn-dissociates-hrc-2017)" in different[0]
    assert isinstance(alike, list)


def test_dprk_votes_and_scores_of_the_five() -> None:
    dprk, headers = compare.dprk_votes(RC, MATRIX, FIVE)
    row = dprk.set_index("symbol").loc["A/RES/69/188"]
    assert row["China (CHN) vote"] == "no" and row["United States (USA) vote"] == "yes"
    assert headers["Russia (RUS) vote"] == "Russia" and dprk["date"].is_monotonic_decreasing
    scores = compare.scores(MATRIX, FIVE, LABELS)
    assert list(scores.index) == list(LABELS.values()) and scores.loc["China", "China"] == 1
    assert 0 < scores.loc["China", "United States"] < scores.loc["France", "United Kingdom"] < 1


def test_statements_only_of_states_the_articles_quote() -> None:
    said = compare.statements(FRAMES, FIVE)
    assert "CHN" in said and "GBR" not in said and not said["CHN"].empty


def rcid_of(symbol: str) -> int:
    return int(RC.decisions.loc[RC.decisions["symbol"] == symbol, "rcid"].iloc[0])


def test_each_linked_decision_shows_its_own_bodys_row() -> None:
    symbols = ["A/HRC/RES/34/24", "S/2024/255", "S/2022/431", "A/RES/69/188"]
    links = pd.DataFrame({"event_id": symbols, "relation": "same_vote", "rcid": [rcid_of(s) for s in symbols]})
    rows = compare.linked_rows(RC, links, ["CHN", "RUS", "JPN", "KOR"]).set_index("symbol")
    council = rows.loc["A/HRC/RES/34/24"]
    assert council["body"] == "human_rights_council" and council["outcome"] == "adopted without a vote on 24 March 2017"
    assert council["CHN"] == "adopted without a vote" and "Required Notice" in council["credit"]
    veto = rows.loc["S/2024/255"]
    assert veto["outcome"] == "not adopted: negative vote of a permanent member (Russia), 28 March 2024, 13–1–1"
    assert (veto["CHN"], veto["RUS"], veto["JPN"], veto["KOR"]) == ("abstain", "no", "yes", "yes")
    listed = rows.loc["S/2022/431"]  # the veto list: its vetoers only, no tally, nobody else's vote
    assert listed["outcome"].endswith("(China, Russia), 26 May 2022") and (listed["CHN"], listed["RUS"]) == ("no", "no")
    assert listed["JPN"] == "not a member" and "World Politics Data Lab" in listed["credit"]
    assert rows.loc["A/RES/69/188", "outcome"] == "adopted 18 December 2014, 116–20–53"
    label = compare.official_label(next(compare.linked_rows(RC, links.iloc[1:2], ["CHN"]).itertuples()))
    assert label.startswith("Security Council · <a href=") and "S/2024/255" in label and "SC drafts" in label
