"""What a page shows, read from Streamlit's AppTest, for the pages' tests."""

from __future__ import annotations

import html
import re

import pandas as pd
from streamlit.testing.v1 import AppTest

FIGURE = re.compile(
    r'<div class="figure"><span class="figure-label[^"]*"(?: title="[^"]*")?>(.*?)</span>'
    r'<span class="figure-value">(.*?)</span></div>'
)


def figures_of(at: AppTest) -> dict[str, str]:
    """The page's headline figures (ui.figures, or format.figures_html inside a Markdown element), label to value
    as shown."""
    found: dict[str, str] = {}
    for element in [*at.get("html"), *at.markdown]:
        for label, value in FIGURE.findall(element.proto.body):
            found[html.unescape(label)] = html.unescape(value)
    return found


def markdown_tables(at: AppTest) -> list[pd.DataFrame]:
    """Every Markdown pipe table in the page's Markdown elements, in order, as frames of the cells' text (the
    backslashes that escape Markdown's signs taken out)."""
    tables: list[pd.DataFrame] = []
    for element in at.markdown:
        lines = element.value.splitlines() + [""]
        block: list[str] = []
        for line in lines:
            if line.startswith("|"):
                block.append(line)
                continue
            if len(block) >= 2:
                rows = [[re.sub(r"\\(.)", r"\1", c.strip()) for c in b.strip("|").split(" | ")] for b in block]
                tables.append(pd.DataFrame(rows[2:], columns=rows[0]))
            block = []
    return tables
