"""The Vote breakdown of an event linked to a Council or Security Council decision: the article's claims beside
the record's, each mismatch named, the record's source and terms shown (AppTest)."""

from __future__ import annotations

from tests.page_support import markdown_tables
from tests.test_pages import open_page, text_of


def test_the_2024_veto_shows_russia_as_the_vetoer_in_the_record() -> None:
    at = open_page("breakdown", event="unsc-2024-panel-of-experts-draft")
    text = text_of(at)
    assert "This event is **S/2024/255**, Security Council, 28 March 2024: **vetoed by Russia, 13–1–1" in text
    claims = next(t for t in markdown_tables(at) if "as the record says" in t.columns).set_index("claim")
    assert list(claims.loc["who vetoed"]) == ["Russia", "Russia", "same"]
    assert claims.loc["tally (yes–no–abstain)", "as the record says"] == "13–1–1"
    assert "Official record's source: **United Nations (SC drafts not adopted" in text
    assert "the United Nations must be acknowledged as the source" in text


def test_the_2017_council_event_shows_adopted_without_a_vote_in_the_record() -> None:
    at = open_page("breakdown", event="hrc-2017-dprk-resolution")
    text = text_of(at)
    assert "**A/HRC/RES/34/24**, Human Rights Council, 24 March 2017: **adopted without a vote**" in text
    claims = next(t for t in markdown_tables(at) if "as the record says" in t.columns).set_index("claim")
    assert claims.loc["how it was decided", "as the record says"] == "adopted without a vote"
    assert "**The record agrees with every claim of the article it can check.**" in text
    assert "PolyForm Noncommercial 1.0.0" in text and "Required Notice: Copyright © 2026 Łukasz Szoszkiewicz" in text
