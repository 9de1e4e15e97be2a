"""The floor: a bare two-page Streamlit app (a title, a 200-row table and one Vega-Lite chart a page, and a
footer caption), served by bench/browser_bench.py beside the dashboard so that each of the dashboard's page
changes is read as a ratio to Streamlit's own, timed the same way in the same run (issue 18, item 5).

    .venv/bin/python -m streamlit run bench/floor_app/app.py
"""

import numpy as np
import pandas as pd
import streamlit as st

st.set_page_config(page_title="Floor", layout="wide")


def page(title: str, seed: int) -> None:
    rows = np.random.default_rng(seed)
    table = pd.DataFrame(
        {
            "year": np.arange(1826, 2026),
            "state": [f"State {i % 40}" for i in range(200)],
            "yes": rows.integers(0, 190, 200),
            "no": rows.integers(0, 190, 200),
        }
    )
    st.title(title)
    st.dataframe(table, hide_index=True)
    st.vega_lite_chart(
        table,
        {"mark": "line", "encoding": {"x": {"field": "year", "type": "quantitative"},
                                      "y": {"field": "yes", "type": "quantitative"}}},
        width="stretch",
    )  # fmt: skip
    st.caption("Sources. A bare page: no project code.")


def one() -> None:
    page("Floor one", 1)


def two() -> None:
    page("Floor two", 2)


pages = [st.Page(one, title="Floor one", url_path="one", default=True), st.Page(two, title="Floor two", url_path="two")]
st.navigation(pages).run()
