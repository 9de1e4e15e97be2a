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


def test_the_source_heading_line_and_date_note() -> None:
    meta = {"headline": "A <b>vote</b>", "published": "2025-11-20", "published_derivation": "dateline <Nov. 20>"}
    out = content.source_markdown("005_fa241c", meta)
    assert out.startswith("### Source `005_fa241c`\n\n**Headline:** A &lt;b&gt;vote&lt;/b&gt; · ")
    assert out.endswith("  \n<small>Date: dateline &lt;Nov. 20&gt;</small>")
    assert "Date:" not in content.source_markdown("005_fa241c", meta | {"published_derivation": None})


def test_a_candidate_is_one_block_after_a_rule() -> None:
    out = content.candidate_markdown(2, "vote: BLR <no>", "vote.among-the", ["Belarus & Cuba", "Again"], ["A <note>"])
    assert out == (
        "---\n\n**[2] vote: BLR &lt;no&gt;**  \n<small>rule `vote.among-the`</small>\n\n> Belarus &amp; Cuba\n\n"
        "> Again\n\n<small>A &lt;note&gt;</small>"
    )
    assert content.candidate_markdown(1, "actor: X", "actor.named", [], []) == (
        "---\n\n**[1] actor: X**  \n<small>rule `actor.named`</small>"
    )
    assert content.skipped_markdown(["a <b>", "c"]) == "- a &lt;b&gt;\n- c"
