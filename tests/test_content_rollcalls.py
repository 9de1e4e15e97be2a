"""The Decisions page's words and tables, computed without Streamlit (dashboard/app/content/rollcalls.py)."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.app.content import rollcalls as content
from dashboard.official import rollcalls, views
from dashboard.official.rollcalls import RollCalls


@pytest.fixture(scope="module")
def rc() -> RollCalls:
    return rollcalls.load_rollcalls()


def decision(rc: RollCalls, symbol: str) -> tuple[int, pd.Series]:
    rcid = views.by_symbol(rc, symbol)
    assert rcid is not None, symbol
    return rcid, rollcalls.roll_call(rc, rcid)


def test_the_2014_assembly_vote_in_words(rc: RollCalls) -> None:
    rcid, call = decision(rc, "A/RES/69/188")
    rows = rollcalls.breakdown(rc, rcid)
    count = rollcalls.tally(rows)
    assert content.heading(call, rcid) == "A/RES/69/188 · 18 December 2014"
    assert "adopted 18 December 2014, 116–20–53" in content.outcome_block(rc, call, count)
    line = content.tally_line(rows, count)
    assert line == "**116 yes, 20 no, 53 abstentions**, 4 absent or not voting, counted from the 193 members' rows."
    assert content.derived_note(rows).startswith("The 4 absent or non-voting members are derived")
    lists = dict(content.name_lists(rows))
    assert "China" in lists["**No (20)**"] and "China" not in lists["**Yes (116)**"]
    grid = content.who_voted(content.name_lists(rows))  # one element: a heading and a grid of the four lists
    assert grid.startswith("### Who voted how\n\n<div style=\"display:grid;") and grid.count("<strong>") == 4
    assert f"<strong>No (20)</strong><br>{lists['**No (20)**']}</div>" in grid
    seats = content.seats(rows)
    assert len(seats) == 193 and int((~seats["named"]).sum()) == 4
    assert content.votes_file(call, rcid, ["no"]) == "votes_A-RES-69-188_no.csv"


def test_vote_filter_from_the_link_keeps_known_values() -> None:
    assert content.chosen_votes("no,abstain,<b>") == ["no", "abstain"]
    assert content.chosen_votes(None) == []


def test_sponsors_counted_by_role(rc: RollCalls) -> None:
    rcid, call = decision(rc, "A/RES/79/181")
    states, heading, line, _ = content.sponsor_summary(views.sponsor_rows(rc, rcid))
    assert heading == "Sponsors: 61 states" and states["iso3"].nunique() == 61
    assert "**46 sponsors** and **15 additional sponsors**" in line
    assert content.no_names_notice(call) == "No tally: adopted without a vote."


def test_search_listing_and_its_file(rc: RollCalls) -> None:
    found = rollcalls.find_rollcalls(rc, "A/RES/69/188")
    table = content.listing(rc, found)
    row = table[table["symbol"] == "A/RES/69/188"].iloc[0]
    assert (row["yes"], row["no"], row["abstain"]) == (116, 20, 53)
    assert (
        content.search_file("korea", "Human rights", None, (2000, 2019)) == "decisions_korea_Human-rights_2000-2019.csv"
    )
    assert content.matches_line(301).endswith("The newest 300 are listed; the CSV holds all.")
    assert content.picked_params(row) == {"symbol": "A/RES/69/188", "rcid": None, "vote": None}


def test_a_veto_and_the_permanent_five(rc: RollCalls) -> None:
    rcid, call = decision(rc, "S/2024/255")
    rows = content.with_seats(rc, call, rollcalls.breakdown(rc, rcid))
    assert content.outcome_text(rc, call, rollcalls.tally(rows)) == (
        "not adopted: negative vote of a permanent member (Russia), 28 March 2024, 13–1–1"
    )
    lists = dict(content.name_lists(rows))
    assert lists["**No (1)**"] == "Russia (permanent member, veto)"
    assert lists["**Abstained (1)**"] == "China (permanent member)"
    table = content.vote_table(rc, call, rcid, [], rows)
    assert (table["seat"] == "permanent member").sum() == 5 and set(table["body"]) == {"Security Council"}
    assert table["licence"].str.contains("United Nations").all()


def test_vetoers_only_no_tally(rc: RollCalls) -> None:
    rcid, call = decision(rc, "S/2022/431")
    assert not rollcalls.has_names(rc, rcid)
    assert content.outcome_text(rc, call, None) == (
        "not adopted: negative vote of a permanent member (China and Russia), 26 May 2022"
    )
    line, others = content.vetoers_only(rc, call, rollcalls.members_at(rc, rcid))
    assert "**Vetoed by China and Russia**" in line and "not in the record" in line
    assert others is not None and "India" in others and "China" not in others


def test_council_resolutions_sponsors_and_terms(rc: RollCalls) -> None:
    rcid, call = decision(rc, "A/HRC/RES/25/25")
    assert (
        content.outcome_text(rc, call, rollcalls.tally(rollcalls.breakdown(rc, rcid)))
        == "adopted 28 March 2014, 30–6–11"
    )
    assert content.sponsor_table(rc, call, rcid).empty
    assert content.no_sponsors_caption(call).startswith("Sponsors: not in the record")
    terms = content.source_terms(rc.provenance, str(call["source"]))
    assert "Required Notice: Copyright © 2026 Łukasz Szoszkiewicz" in terms and "zenodo.21281232" in terms
    rcid, call = decision(rc, "A/HRC/RES/55/21")
    sponsors = content.sponsor_table(rc, call, rcid)
    assert len(sponsors) == 44 and set(sponsors["source"]) == {"United Nations (HRC resolutions extract)"}
    assert content.outcome_text(rc, call, None) == "adopted without a vote on 4 April 2024"
    rcid, call = decision(rc, "S/RES/2397 (2017)")
    assert (
        content.outcome_text(rc, call, rollcalls.tally(rollcalls.breakdown(rc, rcid)))
        == "adopted 22 December 2017, 15–0–0"
    )


def test_listing_names_body_source_and_licence(rc: RollCalls) -> None:
    found = rollcalls.find_rollcalls(rc, "S/2022/431")
    row = content.listing(rc, found).iloc[0]
    assert (row["body"], row["outcome"]) == ("Security Council", "not adopted: negative vote of a permanent member")
    assert pd.isna(row["yes"]) and pd.isna(row["session"]) and row["vetoed_by"] == "CHN; RUS"
    assert row["licence"].startswith("MIT")
    assert "**Security Council**: 1,771 decisions" in content.intro(rc.provenance)
