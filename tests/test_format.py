"""The shared text helpers of dashboard/app/format.py."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from dashboard.app import format as fmt


def test_missing_values_read_as_unknown() -> None:
    for value in (None, float("nan"), np.nan, pd.NA, pd.NaT):
        assert fmt.missing(value) and fmt.known(value) == "unknown" and fmt.known(value, "not stated") == "not stated"
    for value in ("", "x", 0, 0.0, False):
        assert not fmt.missing(value)
    assert fmt.known(3) == "3" and fmt.known("AFP") == "AFP"


def test_count_chooses_the_plural() -> None:
    assert fmt.count(1, "fact") == "1 fact" and fmt.count(0, "fact") == "0 facts" and fmt.count(2, "fact") == "2 facts"
    assert fmt.count(1, "passage states", "passages state") == "1 passage states"
    assert fmt.count(4, "passage states", "passages state") == "4 passages state"


def test_a_partial_date_says_how_much_is_known() -> None:
    assert fmt.partial_date("2025-09", "month") == "2025-09 (month only)"
    assert fmt.partial_date("2014", "year") == "2014 (year only)"
    assert fmt.partial_date("2014-11-18", "day") == "2014-11-18"
    assert fmt.partial_date(None, "unknown") == "date unknown" and fmt.partial_date(np.nan, "unknown", "undated") == "undated"


def test_shorten_and_long_date() -> None:
    assert fmt.shorten("abcdef", 6) == "abcdef" and fmt.shorten("abcdefg", 6) == "abcde…"
    assert len(fmt.shorten("x" * 200, 90)) == 90
    assert fmt.long_date(date(2014, 12, 18)) == "18 December 2014"
    assert fmt.long_date(pd.Timestamp("2014-12-08")) == "8 December 2014"


def test_the_module_stays_free_of_streamlit() -> None:
    from tests.conftest import ROOT

    text = (ROOT / "dashboard" / "app" / "format.py").read_text(encoding="utf-8")
    assert "streamlit" not in text and "import pandas" not in text


def test_stacked_table_css_names_its_table_and_label_weight() -> None:
    css = fmt.stacked_table_css("dprk", label_weight=600)
    assert css.startswith("<style>") and "@media (max-width: 640px)" in css
    assert "table.dprk thead { display: none; }" in css and "font-weight: 600;" in css
    assert "table.layers" not in css


def test_active_filters_in_one_line() -> None:
    line = fmt.active_filters([("actor", "North Korea"), ("stance", None), ("words", "lies"), ("quoted only", True)])
    assert line == "Filtered by actor: North Korea · words: lies · quoted only"
    assert fmt.active_filters([("actor", None), ("words", ""), ("quoted only", False)]) == "No filter in use."


def test_unrecognised_link_values_open_the_filters() -> None:
    options = {"actor": ["PRK", "CHN"], "stance": {"reject": "reject"}, "event": ["e1"]}
    assert fmt.unrecognised({"actor": "prk", "stance": "reject"}, options) == []  # capitals accepted, as param_choice
    assert fmt.unrecognised({"actor": "nobody", "stance": "dance", "event": "", "q": "x"}, options) == ["actor", "stance"]


def test_figures_are_one_escaped_html_row_with_help_as_tooltip() -> None:
    out = fmt.figures_html([("Voeten <score>", "0.30", 'both "voted"'), ("States", 12, None)])
    assert out.startswith('<div class="figures">') and out.count('<div class="figure">') == 2
    assert "Voeten &lt;score&gt;" in out and 'title="both &quot;voted&quot;"' in out
    assert '<span class="figure-label">States</span><span class="figure-value">12</span>' in out


def test_small_text_is_escaped() -> None:
    assert fmt.small_text("Filtered by words: <b>x</b> & y") == "<small>Filtered by words: &lt;b&gt;x&lt;/b&gt; &amp; y</small>"
def test_folded_and_small_pieces_of_one_markdown_element() -> None:
    text = fmt.folded("How <it> works", "**Bold** body\n\nsecond paragraph")
    assert text.startswith("<details><summary") and text.endswith("\n\n</details>")
    assert ">How &lt;it&gt; works</summary>\n\n**Bold** body\n\nsecond paragraph\n\n" in text  # blank lines: Markdown
    assert fmt.small("**Source:** x  \nTerms") == "<small>**Source:** x  \nTerms</small>"


def test_prose_draws_its_parts_as_one_markdown_element_and_nothing_without_any() -> None:
    from streamlit.testing.v1 import AppTest

    def script() -> None:
        from dashboard.app import ui

        ui.prose("### A heading", None, "", "A line.", "<small>a note</small>")
        ui.prose(None, "")

    at = AppTest.from_function(script).run()
    assert not at.exception
    assert [m.value for m in at.markdown] == ["### A heading\n\nA line.\n\n<small>a note</small>"]
    assert at.markdown[0].proto.allow_html


def test_a_scroll_box_keeps_its_markdown_table_markdown() -> None:
    box = fmt.scroll_box("| a |\n| --- |\n| 1 |", 320)
    assert box == '<div class="scroll-box" style="max-height:320px">\n\n| a |\n| --- |\n| 1 |\n\n</div>'
    assert fmt.scroll_box("| a |") == '<div class="scroll-box">\n\n| a |\n\n</div>'  # sideways only


def test_a_few_facts_as_one_markdown_table_with_their_passages_linked() -> None:
    from dashboard.app import ui

    facts = pd.DataFrame({"actor": ["A|B <b>", "Japan"], "role": ["main sponsor", "co-sponsor"], "fact": ["f1", "f2"]})
    assert ui.fact_markdown(facts, "fact", ["actor", "role"], {"actor": "who"}).splitlines() == [
        '<div class="scroll-box">',  # a wide table scrolls within itself on a phone
        "",
        "| who | role | source |",
        "| --- | --- | --- |",
        r"| A\|B \<b\> | main sponsor | [passage ↗](/sources?fact=f1) |",  # the cell's Markdown signs escaped
        "| Japan | co-sponsor | [passage ↗](/sources?fact=f2) |",
        "",
        "</div>",
    ]
