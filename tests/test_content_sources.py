"""The Sources page's article and passages as Markdown (dashboard/app/content/sources.py)."""

from __future__ import annotations

import pandas as pd

from dashboard.app.content import sources

TEXT = "Intro. The <council> adopted it. China objected."
PASSAGES = pd.DataFrame(
    [
        {"quote": "The <council> adopted it.", "start": 7, "end": 32, "facts": ["ev", "link"]},
        {"quote": "China objected.", "start": 33, "end": 48, "facts": ["chn"]},
        {"quote": "Not in the text.", "start": None, "end": None, "facts": ["lost"]},
    ]
)


def test_the_passages_are_highlighted_numbered_and_escaped() -> None:
    out = sources.highlighted_text(TEXT, PASSAGES, focus={"China objected."})
    assert out.startswith("Intro. ")
    assert '<mark id="p1" style="background:#FFF3C4">The &lt;council&gt; adopted it.</mark>' in out
    assert '<mark id="p2" style="background:#FFD54F">China objected.</mark>' in out  # the followed one, darker
    assert ">[1]</sup>" in out and ">[2]</sup>" in out and "<council>" not in out


def test_the_article_heading_metadata_and_notes() -> None:
    meta = {"headline": "A <b>vote</b>", "outlet": None, "agency": "Reuters", "byline": None, "published": "2017",
            "dateline": "Geneva", "published_derivation": None, "notes": "A note.", "rights": "Quoted for research."}  # fmt: skip
    out = sources.article_markdown(meta, "TEXT")
    assert out.startswith("## A &lt;b&gt;vote&lt;/b&gt;\n\n**Outlet:** not stated · **Agency:** Reuters")
    assert "<small>A note. · Rights: Quoted for research.</small>" in out
    assert out.endswith(">TEXT</div>")
    assert sources.article_markdown(meta | {"headline": float("nan")}, "").startswith("## Article without a headline")


def test_each_passage_with_its_facts_and_the_one_followed() -> None:
    described = {"ev": "Event: Vote", "link": "Link: <A/RES/1>", "chn": "Position: China"}
    out = sources.passages_markdown(PASSAGES, described, {"ev": "ev-1", "chn": "ev-1"}, fact="chn")
    assert out.startswith("### 3 passages used as evidence, and the facts drawn from each\n\n")
    assert "**[1]** <small>2 facts · characters 7–32 of the article</small>\n\n> The &lt;council&gt; adopted it." in out
    assert "- Event: Vote · [event breakdown ↗](/breakdown?event=ev-1)\n- Link: &lt;A/RES/1&gt;\n" in out
    assert "- Position: China · [event breakdown ↗](/breakdown?event=ev-1) ← the fact you followed" in out
    assert "**[3]** <small>1 fact</small>\n\n> Not in the text.\n\n- lost" in out  # unlocated: no characters
    assert out.count("← the fact you followed") == 1


def test_the_followed_facts_passages() -> None:
    assert sources.fact_quotes([("It <said>", "001 · A"), ("Again", "000 · B")]) == (
        "> It &lt;said&gt;  \n> — *001 · A*\n\n> Again  \n> — *000 · B*"
    )
