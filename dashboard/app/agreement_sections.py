"""Sections of the Agreement page that depend on no fragment state: co-sponsorship and ideal points (layout only;
what they show is computed in dashboard/app/content/agreement.py)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.app import charts, ui
from dashboard.app import format as fmt
from dashboard.app.content import agreement as content
from dashboard.official.rollcalls import RollCalls

LINK = {"open": st.column_config.LinkColumn("decision", display_text="open ↗")}


def cosponsorship(
    rc: RollCalls, body: str, pair: content.Pair, a: str, b: str, start: int, end: int, span: str
) -> None:
    """How often two states sponsored the same texts of this body in the period (pair.cosponsorship), and those
    texts."""
    names = rc.names
    shared = pair.cosponsorship
    heading = "### Co-sponsorship: did they bring the same texts?"
    if shared is None or pair.cosponsored is None:  # no decision of the period has a sponsor list
        ui.prose(heading)
        st.info("Sponsor lists exist only where the United Nations' extracts give them (Assembly 2019–2026, "
                "Council 2023–2025, Security Council 2000–2026); none in this body and period.")  # fmt: skip
        return
    ui.prose(heading, content.cosponsorship_line(shared, names.get(a, a), names.get(b, b)),  # one element
             fmt.small(f"Of the {shared['decisions']:,} decisions of {start}–{end} with a sponsor list (source: "
                       f"{content.sponsor_lists_caption(body)}). Overlap: the texts both sponsored, as a share of "
                       "those either sponsored. Sponsor or additional sponsor both count."))  # fmt: skip
    both = pair.cosponsored
    if not both.empty:
        st.dataframe(both, hide_index=True, height=240, column_config=LINK)

    def rows(listed: dict = shared) -> pd.DataFrame:  # the CSV, built when clicked
        return content.cosponsored_csv(rc, listed)

    ui.download_csv(f"Download the {len(both):,} texts both sponsored as CSV", rows, f"cosponsored_{span}.csv",
                    disabled=both.empty)  # fmt: skip


def ideal_points(rc: RollCalls, start: int, end: int, a: str, b: str) -> None:
    """Bailey, Strezhnev and Voeten's ideal points of the two (or up to eight) states over the period."""
    names = rc.names
    ui.prose("### Ideal points over time", content.IDEAL_POINTS)
    points = rc.idealpoints
    if points is None:
        st.info("The ideal points are not in this record; import them with `python -m dashboard import-votes "
                "../shared/reference/idealpoints`.")  # fmt: skip
        return
    states = {c: names.get(c, c) for c in sorted(set(points["iso3"]), key=lambda c: names.get(c, c))}
    picked = ui.param_list("ideal", states, limit=8)
    default = picked or [c for c in (a, b) if c in states] or ["USA", "CHN"]
    picked = st.multiselect("States (up to eight)", list(states), default=default, key="ideal_states",
                            format_func=lambda c: f"{states[c]} ({c})", max_selections=8)  # fmt: skip
    ui.set_params(ideal=",".join(picked) or None)
    shown = content.ideal_rows(points, picked, start, end)
    if shown.empty:
        st.info("No estimates for these states in this period.")
        return
    ui.chart(charts.ideal_points(shown, names, f"Ideal points, {start}–{end}"), key="ideal_chart")
    ui.download_csv(f"Download these {len(shown):,} estimates as CSV", shown.assign(source=content.IDEAL_SOURCE),
                    f"idealpoints_{'-'.join(picked)}_{start}-{end}.csv")  # fmt: skip
