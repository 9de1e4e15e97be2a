"""Small tables written as Markdown (dashboard/app/content/tables.py)."""

from __future__ import annotations

import pandas as pd

from dashboard.app.content.tables import markdown_table, plain


def test_a_small_table_as_markdown_numbers_right_signs_as_they_are() -> None:
    table = pd.DataFrame({"yes": ["1,000", "–"], "who": ["a|b", "x_y"]}, index=pd.Index(["yes", "no"]))
    assert markdown_table(table, index="USA").splitlines() == [
        "| USA | yes | who |",
        "| --- | ---: | --- |",  # numbers aligned right
        "| yes | 1,000 | a\\|b |",  # signs shown as they are
        "| no | – | x\\_y |",
    ]
    assert markdown_table(table).splitlines()[0] == "| yes | who |"  # no index asked: none shown


def test_a_missing_cell_is_blank_and_markup_is_escaped() -> None:
    assert plain(None) == "" and plain(float("nan")) == ""
    assert plain("<b>*x*</b> #1 [a](b)") == "\\<b\\>\\*x\\*\\</b\\> \\#1 \\[a\\](b)"
