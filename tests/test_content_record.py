"""A state's voting record page, computed without Streamlit (dashboard/app/content/record.py)."""

from __future__ import annotations

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
    assert content.table_caption(table).startswith("Newest first. Sources: ")


def test_examples_are_links_to_this_page() -> None:
    links = content.examples_html()
    assert links.startswith("Try: ") and links.count('href="/record?') == 3
