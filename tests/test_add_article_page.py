"""The "Add an article" page under AppTest: paste, candidates listed, accept two, the patch validates."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from dashboard.curated.suggest import review
from tests.conftest import FIXTURES

ARTICLE = (FIXTURES / "articles" / "made_up_committee_vote.txt").read_text(encoding="utf-8")


def open_page() -> AppTest:
    at = AppTest.from_file("../app.py", default_timeout=60)
    at.run()
    at.switch_page("dashboard/app/pages/add_article.py")
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def test_empty_page_asks_for_an_article() -> None:
    at = open_page()
    assert at.title[0].value == "Add an article"
    assert any("Paste or upload" in i.value for i in at.info)
    assert not at.checkbox


def test_paste_accept_two_and_the_patch_validates() -> None:
    at = open_page()
    at.text_area(key="article_text").input(ARTICLE).run()
    assert not at.exception, [e.message for e in at.exception]
    labels = [m.value for m in at.markdown if m.value.startswith("---\n\n**[")]  # one Markdown per candidate
    assert any("97–23–61" in label for label in labels)  # the tally, read from "approved 97 to 23, with 61 abstaining"
    assert any("BLR voted no" in label for label in labels) and any("CHN voted abstain" in label for label in labels)
    assert any("<mark" in m.value for m in at.markdown)  # passages highlighted in the text
    boxes = at.checkbox
    vote = next(i for i, label in enumerate(labels) if "BLR voted no" in label)
    sponsor = next(i for i, label in enumerate(labels) if "AUS as main sponsor" in label)
    boxes[vote].check()
    boxes[sponsor].check()
    at.run()
    assert not at.exception
    assert any(s.value.startswith("The patch validates") for s in at.success), [e.value for e in at.error]
    text = "\n".join(m.value for m in at.markdown)
    assert "**2 accepted.**" in text and "events:ga3-2025-resolution-005" in text  # the event they need comes along


def test_a_bad_edit_is_refused_with_the_closest_passage() -> None:
    from dashboard.curated.suggest.draft import make_draft

    draft = make_draft(ARTICLE, "005_0000000000000000")
    vote = next(c for c in review.reviewable(draft) if c.table == "votes")
    text = review.record_yaml(vote).replace("Belarus and Cuba were among", "Belarus and Cuba was among")
    record, error = review.parse_edit(vote, text, draft.text)
    assert record is None and error is not None
    assert '"was" → "were"' in error
    ok, none = review.parse_edit(vote, review.record_yaml(vote).replace("vote: 'no'", "vote: abstain"), draft.text)
    assert none is None and ok["vote"] == "abstain"
