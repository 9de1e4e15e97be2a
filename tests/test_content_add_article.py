"""What the "Add an article" page shows around the review, computed (dashboard/app/content/add_article.py)."""

from __future__ import annotations

from dashboard.app.content import add_article as content


def test_the_upload_wins_and_bad_bytes_are_named() -> None:
    assert content.article_text(None, "pasted") == ("pasted", None)
    assert content.article_text("uploaded é".encode(), "pasted") == ("uploaded é", None)
    assert content.article_text(b"\xff\xfe bad", "pasted") == ("", content.NOT_UTF8)


def test_source_line_escapes_and_says_not_stated() -> None:
    line = content.source_line({"headline": "A <b>bold</b> claim", "agency": "", "published": "2024-04-04"})
    assert line.startswith("**Headline:** A &lt;b&gt;bold&lt;/b&gt; claim · **Agency:** not stated")
    assert line.endswith("**Published:** 2024-04-04")


def test_source_id_notices() -> None:
    texts = {"004_8681514e253d834c": "…"}
    assert content.source_id_notice("004_8681514e253d834c", texts) == (
        "info",
        "This exact article is already in seeds/: its facts are matched to the records that cite it.",
    )
    kind, words = content.source_id_notice("004_0000000000000000", texts) or ("", "")
    assert kind == "warning" and "number is taken" in words
    assert content.source_id_notice("005_0000000000000000", texts) is None


def test_counts_in_table_order() -> None:
    summary = content.candidates_summary(["votes", "events", "votes", "actors"])
    assert summary.startswith("**4 candidate(s)**: 1 events, 2 votes, 1 actors. Colours:")
    assert content.accepted_summary(2, []) == "**2 accepted.**"
    assert content.accepted_summary(1, ["actors:KOR"]) == (
        "**1 accepted.** Also included, because accepted records need them: `actors:KOR`."
    )
