"""What a page shows, read from Streamlit's AppTest, for the pages' tests."""

from __future__ import annotations

import html
import re

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
