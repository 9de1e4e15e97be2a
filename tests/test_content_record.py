"""A state's voting record page, computed without Streamlit (dashboard/app/content/record.py)."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.app.content import record as content
from dashboard.official import agreement, record, rollcalls
from dashboard.official.rollcalls import RollCalls


@pytest.fixture(scope="module")
def rc() -> RollCalls:
    return rollcalls.load_rollcalls()


def test_summary_and_table_of_china_on_human_rights(rc: RollCalls) -> None:
    found = record.filter_decisions(rc, None, (2000, 2019), "Human rights")
    table = record.record_table(rc, agreement.vote_matrix(rc), found, ["CHN"])
    assert content.matches_line(found, len(table)) == (
        "**469 decisions** match (447 recorded vote, 22 adopted without a vote)."
    )
    view = content.newest_first(table)
    assert view["date"].iloc[0] >= view["date"].iloc[-1]
    assert view["open"].str.startswith("/rollcalls?rcid=").all()
    assert content.shown_columns(view)[:3] == ["date", "symbol", "China (CHN) vote"]
    assert content.vote_heading("China (CHN) vote") == "China"
    assert content.table_caption(table).startswith(
        f"Newest first; the {content.MAX_SHOWN} newest are shown and the CSV holds all. Sources: "
    )  # 469 rows
    assert content.table_caption(table.head(content.MAX_SHOWN)).startswith("Newest first. Sources: ")
    top = content.newest_first(table, content.MAX_SHOWN)
    assert len(top) == content.MAX_SHOWN and list(top["date"]) == list(view["date"].head(content.MAX_SHOWN))


def test_examples_are_links_to_this_page() -> None:
    links = content.examples_html()
    assert links.startswith("Try: ") and links.count('href="/record?') == 3


def test_china_in_the_council_and_a_veto_list_draft(rc: RollCalls) -> None:
    body = "human_rights_council"
    inside = content.within(rc, body)
    found = record.filter_decisions(rc, body=body)
    table = content.body_table(
        inside, found, record.record_table(inside, agreement.vote_matrix(rc, body), found, ["CHN"]), body
    )
    rows = table.set_index("symbol")
    assert rows.loc["A/HRC/RES/25/25", "China (CHN) vote"] == "no"
    assert set(table["body"]) == {"Human Rights Council"} and table["licence"].str.contains("PolyForm").all()
    assert "not a member" in set(rows.loc[found["year"].eq(2013).to_numpy(), "China (CHN) vote"])
    sc = "security_council"
    inside = content.within(rc, sc)
    found = record.filter_decisions(rc, "S/2022/431", body=sc)
    table = record.record_table(inside, agreement.vote_matrix(rc, sc), found, ["CHN", "FRA", "IND", "JPN"])
    cells = content.body_table(inside, found, table, sc).iloc[0]
    assert cells["China (CHN) vote"] == "no"  # a vetoer
    assert cells["France (FRA) vote"] == "names not recorded"  # a member whose vote the veto list does not give
    assert cells["India (IND) vote"] == "names not recorded"  # elected for 2021–2022
    assert cells["Japan (JPN) vote"] == "not a member"
    assert content.file_name("record_CHN.csv", sc) == "record_security-council_CHN.csv"
    assert content.file_name("record_CHN.csv", "general_assembly") == "record_CHN.csv"


def test_no_vote_taken_is_never_absent(rc: RollCalls) -> None:
    body = "human_rights_council"
    inside = content.within(rc, body)
    found = record.filter_decisions(rc, method="no_vote_taken", body=body)
    table = record.record_table(inside, agreement.vote_matrix(rc, body), found, ["ZAF"])
    cells = content.body_table(inside, found, table, body)["South Africa (ZAF) vote"]
    assert len(found) == 269 and set(cells) == {"no vote taken"}
    assert content.matches_line(found, len(found)) == "**269 decisions** match (269 no vote taken)."


def test_filters_line_names_the_folded_filters() -> None:
    line = content.filters_line(2000, 2019, "Human rights", None, None, False, True)
    assert line == "Filtered by years: 2000–2019 · topic: Human rights · DPRK resolutions only"
    words = content.filters_line(1946, 2026, None, "Korea", "adopted without a vote", True, False)
    assert words == (
        "Filtered by years: 1946–2026 · words: “Korea” · adoption method: adopted without a vote · important votes only"
    )


def test_totals_table_is_a_row_per_actor() -> None:
    totals = pd.DataFrame({"yes": [1200, 3], "no": [0, 4]}, index=["China (CHN)", "<b>P5</b>"])
    right = '<td style="text-align:right">'
    assert content.totals_table(totals) == (
        '<div style="overflow-x:auto"><table><thead><tr><th>state or bloc</th><th>yes</th><th>no</th></tr></thead>'
        f"<tbody><tr><td>China (CHN)</td>{right}1,200</td>{right}0</td></tr>"
        f"<tr><td>&lt;b&gt;P5&lt;/b&gt;</td>{right}3</td>{right}4</td></tr></tbody></table></div>"
    )
