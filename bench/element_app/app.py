"""The floor app (bench/floor_app/) plus one kind of extra content, chosen by the ELEMENTS environment
variable (a name of EXTRAS), so that bench/element_costs.py can time what each kind of element costs the
browser to draw on a page change, and the same content sent as many elements or as one.

    ELEMENTS=markdown_8 .venv/bin/python -m streamlit run bench/element_app/app.py
"""

import os
import time
from collections.abc import Callable

import numpy as np
import pandas as pd
import streamlit as st

from dashboard.app.format import figures_html

PARAGRAPH = "A paragraph of **text** with a [link](https://example.org) and some words. " * 3


def markdown_8() -> None:
    for _ in range(8):
        st.markdown(PARAGRAPH)


def markdown_8_spread() -> None:
    """The 8 paragraphs with 8 ms of work before each, as a page computing between its elements: the browser
    receives them over ~64 ms, in several batches of deltas."""
    for _ in range(8):
        time.sleep(0.008)
        st.markdown(PARAGRAPH)


def markdown_8_late() -> None:
    """The same 64 ms of work first, then the 8 paragraphs at once: the same run time, one burst of deltas."""
    time.sleep(0.064)
    for _ in range(8):
        st.markdown(PARAGRAPH)


def markdown_8_as_one() -> None:
    st.markdown("\n\n".join([PARAGRAPH] * 8))


ENTRY = ("**North Korea** · `reject` · 2017-03-24 · Human rights in North Korea (Human Rights Council)\n\n"
         "> “The 'resolution' is nothing more than a document for interference in internal affairs”  \n"
         "> — Mun Jong Chol, Counsellor at North Korea's mission to the UN in Geneva\n\n")


def list_29_as_one() -> None:
    """A list of 29 quotes (~10 KB, as the Positions page's) in one Markdown element, no HTML."""
    st.markdown("\n\n---\n\n".join(ENTRY + f"[source passage {i}](/sources?fact={i})" for i in range(29)))


def list_29_as_one_html() -> None:
    """The same with each source link in <small>: drawn with unsafe_allow_html (an HTML parse on top)."""
    st.markdown("\n\n---\n\n".join(ENTRY + f"<small>[source passage {i}](/sources?fact={i})</small>"
                                      for i in range(29)), unsafe_allow_html=True)  # fmt: skip


def list_29_in_boxes() -> None:
    """The same list as 29 bordered boxes, three elements each (the Positions page before issue 18's cut)."""
    for i in range(29):
        box = st.container(border=True)
        box.markdown(ENTRY.split("\n\n")[0])
        box.markdown(ENTRY.split("\n\n")[1])
        box.markdown(f"<small>[source passage {i}](/sources?fact={i})</small>", unsafe_allow_html=True)


WIDE = pd.DataFrame({f"column {c}": [f"text {r} of a decision's title, {c}" for r in range(200)] for c in range(10)})


def wide_table() -> None:
    """A 200-row table of ten text columns (as the voting record's grid), column widths measured by the grid."""
    st.dataframe(WIDE, hide_index=True)


def wide_table_fixed_widths() -> None:
    """The same with each column's width given (the grid measures no text to size them)."""
    st.dataframe(WIDE, hide_index=True, column_config={c: st.column_config.TextColumn(width="medium") for c in WIDE})


def metrics_4() -> None:
    for column, i in zip(st.columns(4), range(4), strict=True):
        column.metric(f"Figure {i}", f"{i * 123:,}")


def figures_4_as_one() -> None:
    st.html(figures_html([(f"Figure {i}", f"{i * 123:,}", None) for i in range(4)]))


def rows_7_in_columns() -> None:
    for i in range(7):
        line, link = st.columns([4, 1])
        line.markdown(f"**2024-04-0{i}** · Human Rights Council · item {i}")
        link.page_link(SECOND, label="Breakdown")


def rows_7_as_links() -> None:
    for i in range(7):
        st.page_link(SECOND, label=f"**2024-04-0{i}** · Human Rights Council · item {i} → Breakdown")


def headings_5() -> None:
    for i in range(5):
        st.subheader(f"Heading {i}")
        st.markdown(f"Text under heading {i}.")


def headings_5_as_one() -> None:
    st.markdown("\n\n".join(f"### Heading {i}\n\nText under heading {i}." for i in range(5)))


def second_chart() -> None:
    st.vega_lite_chart(TABLE, {"mark": "bar", "encoding": {"x": {"field": "year", "type": "ordinal"},
                       "y": {"field": "no", "type": "quantitative"}}}, width="stretch")  # fmt: skip


def second_table() -> None:
    st.dataframe(TABLE.head(100), hide_index=True)


def widgets_4() -> None:
    left, middle, right = st.columns(3)
    left.selectbox("State", ["A", "B", "C"], key="state")
    middle.number_input("From", 1946, 2026, 1990, key="from")
    right.number_input("To", 1946, 2026, 2020, key="to")
    st.radio("Body", ["GA", "SC", "HRC"], horizontal=True, key="body")


#: A static table of 20 rows and 3 short columns (the Country profile's DPRK votes): st.table draws every cell,
#: and every header, as a Markdown element of its own (Streamlit's Table.tsx: one StreamlitMarkdown a cell).
SMALL = pd.DataFrame({"date": [f"20{i:02d}-12-18" for i in range(20)], "symbol": [f"A/RES/{60 + i}/{170 + i}"
                      for i in range(20)], "its vote": ["no" if i % 3 else "yes" for i in range(20)]})  # fmt: skip


def table_20x3() -> None:
    st.table(SMALL, hide_index=True)


def table_20x3_as_markdown() -> None:
    """The same rows as one Markdown pipe table (one parse for the whole table)."""
    head = "| " + " | ".join(SMALL.columns) + " |\n|" + "---|" * len(SMALL.columns)
    st.markdown("\n".join([head, *("| " + " | ".join(map(str, row)) + " |" for row in SMALL.itertuples(index=False))]))


def _vega(chart: object) -> None:
    from dashboard.app import charts

    made = charts.spec(chart)
    st.vega_lite_chart(spec=made, width="content" if isinstance(made.get("width"), int) else "stretch")


def _seats() -> pd.DataFrame:
    votes = ["yes"] * 111 + ["no"] * 10 + ["abstain"] * 55 + ["non_voting"] * 17
    return pd.DataFrame({"vote": votes, "named": [i % 20 == 0 for i in range(193)],
                         "label": [f"State {i}: {v}" for i, v in enumerate(votes)]})  # fmt: skip


def hemicycle_193() -> None:
    """The Vote breakdown's seat chart: 193 points, stroke and fill scales, a one-column legend."""
    from dashboard.app import charts

    _vega(charts.hemicycle(_seats(), "The 193 seats of the body"))


NAMED = pd.DataFrame({"country": [f"State {i}" for i in range(9)], "vote": ["yes", "no", "abstain"] * 3,
                      "source": [f"/sources?fact=f{i}" for i in range(9)]})  # fmt: skip


def grid_9_links() -> None:
    """The Vote breakdown's named votes: a 9-row grid with a link column (ui.fact_table)."""
    link = st.column_config.LinkColumn("source", display_text="passage ↗")
    st.dataframe(NAMED, hide_index=True, column_config={"source": link})


def grid_9_as_markdown() -> None:
    """The same rows as one Markdown table, each source a Markdown link."""
    rows = [f"| {r.country} | {r.vote} | [passage ↗]({r.source}) |" for r in NAMED.itertuples()]
    st.markdown("\n".join(["| country | vote | source |", "|---|---|---|", *rows]))


BODIES = pd.DataFrame({"body": ["Human Rights Council"] * 51, "date": [f"20{i % 26:02d}-03-30" for i in range(51)],
                       "symbol": [f"A/HRC/RES/{i}/27" for i in range(51)], "its vote": ["without a vote"] * 51,
                       "outcome": ["adopted"] * 51})  # fmt: skip


def grid_51x5() -> None:
    """The Country profile's DPRK-related decisions of the other bodies: a 51-row grid of five short columns."""
    st.dataframe(BODIES, hide_index=True, height=320)


def markdown_51x5_scrolling() -> None:
    """The same rows as one Markdown table in a box scrolling within 320 px (format.scroll_box)."""
    from dashboard.app.content.agreement import markdown_table
    from dashboard.app.format import scroll_box

    st.markdown(scroll_box(markdown_table(BODIES), 320), unsafe_allow_html=True)


#: The extras, by name: pairs of the same content as many elements and as one, and single additions.
EXTRAS: dict[str, Callable[[], None]] = {f.__name__: f for f in (
    markdown_8, markdown_8_spread, markdown_8_late, markdown_8_as_one, metrics_4, figures_4_as_one, rows_7_in_columns,
    rows_7_as_links,
    headings_5, headings_5_as_one, second_chart, second_table, widgets_4, list_29_in_boxes, list_29_as_one,
    list_29_as_one_html, wide_table, wide_table_fixed_widths, table_20x3, table_20x3_as_markdown,
    hemicycle_193, grid_9_links, grid_9_as_markdown,
    grid_51x5, markdown_51x5_scrolling)}  # fmt: skip
EXTRA = EXTRAS.get(os.environ.get("ELEMENTS", ""), lambda: None)
rows = np.random.default_rng(1)
TABLE = pd.DataFrame({"year": np.arange(1826, 2026), "state": [f"State {i % 40}" for i in range(200)],
                      "yes": rows.integers(0, 190, 200), "no": rows.integers(0, 190, 200)})  # fmt: skip


def page(title: str) -> None:
    """The floor's page (a title, a 200-row table, a chart, a caption) with the extra after the title."""
    st.title(title)
    EXTRA()
    st.dataframe(TABLE, hide_index=True)
    st.vega_lite_chart(TABLE, {"mark": "line", "encoding": {"x": {"field": "year", "type": "quantitative"},
                       "y": {"field": "yes", "type": "quantitative"}}}, width="stretch")  # fmt: skip
    st.caption("Sources. A bare page: no project code.")


if __name__ == "__main__":  # served by `streamlit run` (bench/element_costs.py imports EXTRAS only)
    st.set_page_config(page_title="Floor", layout="wide")
    SECOND = st.Page(lambda: page("Floor two"), title="Floor two", url_path="two")
    first = st.Page(lambda: page("Floor one"), title="Floor one", url_path="one", default=True)
    st.navigation([first, SECOND]).run()
