"""What the Agreement page shows, computed (dashboard/app/content/agreement.py), against the record itself."""

from __future__ import annotations

import pandas as pd

from dashboard.app.content import agreement as content
from dashboard.official import agreement, rollcalls

RC = rollcalls.load_rollcalls()
MATRIX = agreement.vote_matrix(RC)


def test_actors_are_blocs_then_states_by_name() -> None:
    actors = content.actors(MATRIX, RC.names)
    codes = list(actors)
    assert codes[: len(agreement.BLOCS)] == list(agreement.BLOCS)
    assert actors["CHN"] == "China (CHN)" and actors["P5"] == "Permanent five (Security Council) (bloc)"
    assert content.bloc_warnings("FRA", "WEOG", actors) and not content.bloc_warnings("USA", "CHN", actors)


def test_divergent_votes_are_yes_against_no_with_links() -> None:
    result = agreement.compare(MATRIX, "USA", "CHN", 2000, 2019)
    rows = content.diverged(RC, result)
    assert len(rows) > 100 and set(zip(rows["USA"], rows["CHN"], strict=True)) <= {("yes", "no"), ("no", "yes")}
    assert "open" not in rows.columns  # the CSV's rows: no page link
    listed = content.with_links(rows.head(5))
    assert listed["open"].dropna().str.startswith("/rollcalls?symbol=").all() and len(listed) == 5
    # the grid gives the votes in words; the CSV's rows keep the codes
    assert set(listed["USA"]) | set(listed["CHN"]) == {"Yes", "No"} and set(rows["USA"]) == {"yes", "no"}
    assert content.period_params(1946, 2026, (1946, 2026)) == {"from": None, "to": None}
    assert content.period_params(2000, 2019, (1946, 2026)) == {"from": "2000", "to": "2019"}


def test_closest_and_group_tables() -> None:
    view = content.closest(MATRIX, "GBR", RC.names, 2000, 2019)
    assert view["Voeten score"].is_monotonic_decreasing and "GBR" not in view.index
    assert view.loc["FRA", "Voeten score"] > view.loc["PRK", "Voeten score"]
    labels = content.actors(MATRIX, RC.names)
    table = content.group_table(MATRIX, ["USA", "CHN"], labels, 2000, 2019)
    assert list(table.index) == ["United States (USA)", "China (CHN)"] and table.iloc[0, 0] == 1


def test_cosponsored_texts_and_ideal_points() -> None:
    shared = agreement.cosponsorship(RC, "JPN", "KOR", 2019, 2026)
    both = content.cosponsored(RC, shared)
    assert len(both) == shared["both"] > 0 and both["open"].str.startswith("/rollcalls?symbol=").all()
    # the grid says how each was adopted in words; the CSV keeps the record's codes (docs/data-dictionary.md)
    assert set(both["method"]) == {"adopted without a vote", "recorded vote"}
    assert set(content.cosponsored_csv(RC, shared)["method"]) == {"without_vote", "recorded_vote"}
    assert RC.idealpoints is not None
    rows = content.ideal_rows(RC.idealpoints, ["KOR", "JPN"], 2000, 2010)
    assert list(dict.fromkeys(rows["iso3"])) == ["KOR", "JPN"] and rows["year"].between(2000, 2010).all()


def test_cosponsored_rows_credit_their_own_body_source() -> None:
    council = agreement.cosponsorship(RC, "USA", "GBR", 2000, 2026, body="human_rights_council")
    rows = content.cosponsored_csv(RC, council)
    assert len(rows) == len(council["shared"]) > 0
    assert rows["symbol"].str.startswith("A/HRC/RES/").all()
    assert rows["source"].str.contains("Human Rights Council").all() and rows["licence"].str.contains("United Nations").all()
    assembly = content.cosponsored_csv(RC, agreement.cosponsorship(RC, "USA", "GBR", 2019, 2026))
    assert assembly["symbol"].str.startswith("A/RES/").all() and not assembly["source"].str.contains("Council").any()
    assert "Security Council resolutions (2000–2026)" in content.sponsor_lists_caption("security_council")


def test_pair_lists_the_first_divergent_votes_and_keeps_every_row_for_the_csv() -> None:
    pair = content.pair(RC, MATRIX, "general_assembly", "USA", "CHN", 1946, 2026)
    result = agreement.compare(MATRIX, "USA", "CHN", 1946, 2026)
    assert pair.overall == result["overall"] and len(pair.diverged) == len(result["diverged"]) > 2000
    assert len(pair.diverged_shown) == content.DIVERGED_SHOWN
    assert list(pair.diverged_shown["symbol"]) == list(pair.diverged["symbol"].head(content.DIVERGED_SHOWN))
    # the reader's columns first; the internal id only in the CSV, last
    assert list(pair.diverged.columns) == ["date", "symbol", "title", "USA", "CHN", "important", "rcid"]
    assert list(pair.diverged_shown.columns) == ["date", "symbol", "title", "USA", "CHN", "important", "open"]
    important = pair.diverged["important"].fillna(False).astype(bool)
    assert important.is_monotonic_decreasing  # important votes first
    assert pair.shared_membership is None  # said only outside the Assembly
    assert pair.cosponsorship is not None and pair.cosponsored is not None
    assert len(pair.cosponsored) == pair.cosponsorship["both"] > 0
    bloc = content.pair(RC, MATRIX, "general_assembly", "USA", "EU", 2000, 2019)
    assert bloc.cosponsorship is None and bloc.cosponsored is None


def test_small_tables_sections_and_the_cosponsorship_line() -> None:
    result = agreement.compare(MATRIX, "USA", "CHN", 2000, 2019)
    combos = content.combos_table(result["combos"])  # the votes in words, the counts with thousands commas
    assert list(combos.index) == list(combos.columns) == ["Yes", "Abstained", "No"]
    assert combos.loc["No", "Yes"] == f"{result['combos'].loc['no', 'yes']:,}"
    assert list(result["combos"].index) == ["yes", "abstain", "no"]  # the CSV keeps the codes
    assert list(content.topic_table(pd.DataFrame()).columns) == ["Voeten score", "exact match", "roll calls"]
    assert content.topic_note("general_assembly", result["by_topic"]) is None  # a table: no note
    assert content.topic_note("human_rights_council", pd.DataFrame()) == (
        "The Human Rights Council's record carries no topic codes, so its votes are not split by topic.")
    council = agreement.compare(agreement.vote_matrix(RC, "security_council"), "USA", "CHN", 2000, 2019)
    assert content.topic_note("security_council", council["by_topic"]).startswith("The Security Council's record")
    topics = content.topic_table(result["by_topic"])
    assert list(topics.columns) == ["Voeten score", "exact match", "roll calls"]
    first = result["by_topic"].iloc[0]
    assert topics.loc[first["topic"], "Voeten score"] == f"{first['voeten']:.2f}"
    line = content.cosponsorship_line({"a": 309, "b": 1342, "both": 59, "overlap": 0.1}, "United States", "China")
    assert line == ("United States sponsored **309** of these texts, China **1,342**; both sponsored **59**: an "
                    "overlap of **10%**.")  # fmt: skip
    assert content.sections_shown({}) == []
    assert content.sections_shown({"show": "ideal,members,nonsense"}) == ["members", "ideal"]
    assert content.sections_shown({"group": "USA,CHN", "ideal": ""}) == ["group"]


def test_divergent_votes_of_a_body_without_the_important_flag_list_no_such_column() -> None:
    council = agreement.vote_matrix(RC, "security_council")
    pair = content.pair(RC, council, "security_council", "USA", "CHN", 2000, 2026)
    assert len(pair.diverged_shown) > 5 and pair.diverged["important"].isna().all()
    assert "important" not in pair.diverged_shown.columns  # an always-empty column left out of the grid
    assert "important" in pair.diverged.columns  # the CSV keeps its documented columns
    assert content.diverged_line(pair.diverged, pair.diverged_shown).endswith("roll calls**, the most recent first.")
    assembly = content.pair(RC, MATRIX, "general_assembly", "USA", "CHN", 2000, 2019)
    assert "important" in assembly.diverged_shown.columns
    assert "important votes first, then the most recent." in content.diverged_line(assembly.diverged,
                                                                                  assembly.diverged_shown)
