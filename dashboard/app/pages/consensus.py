"""Adopted without a vote: the share of decisions adopted without a vote per year and body, and the agenda items
whose mode of adoption changed most between two periods."""

import streamlit as st

from dashboard.app import format as fmt
from dashboard.app import loading, ui
from dashboard.app.content import consensus as content
from dashboard.app.content import provenance

data = ui.dataset()
rc, _ = ui.official()

st.title("Adopted without a vote")
st.markdown(
    "How many of the decisions of the General Assembly, the Human Rights Council (the Commission on Human Rights "
    "before it) and the Security Council were **adopted without a vote**, year by year; then which agenda items "
    f"moved most between two periods you pick.\n\n{content.CAUTION}"
)
years, chart = loading.consensus_years()
ui.draw_spec(chart)
ui.download_csv(
    "Download the yearly shares as CSV",
    lambda: content.yearly_csv(years),  # built when clicked
    "adopted_without_a_vote_by_year.csv",
    help="One row per body and year: counts, share, coverage, and the source and licence of the decisions counted",
)
# How to read the chart (the share; the years covered, in small type) and the next section's heading: one element.
ui.prose(content.DENOMINATOR, fmt.small(content.COVERAGE), "### Which agenda items changed most")
bodies = list(content.BODIES)
body = ui.param_choice("body", content.BODIES, content.DEFAULT_BODY) or content.DEFAULT_BODY
body = st.radio("Body", bodies, index=bodies.index(body), format_func=content.BODIES.get, horizontal=True)
bounds = content.covered_years(years, body)
(a0, a1), (b0, b1) = content.default_periods(years, body)
picked = [ui.param_int(name, bounds, value) for name, value in (("a_from", a0), ("a_to", a1), ("b_from", b0),
                                                                   ("b_to", b1))]  # fmt: skip
row = st.container(horizontal=True)  # one block that wraps (two a line on a phone), not a row of four columns
labels = ["First period: from", "First period: to", "Second period: from", "Second period: to"]
picked = [
    int(row.number_input(label, *bounds, value=v, step=1, width=170)) for label, v in zip(labels, picked, strict=True)
]
first, second = (min(picked[:2]), max(picked[:2])), (min(picked[2:]), max(picked[2:]))
min_n = ui.param_int("min", content.MIN_BOUNDS, content.MIN_N)
min_n = int(st.number_input("At least this many decisions taken in each period", *content.MIN_BOUNDS, value=min_n,
                            width=360))  # fmt: skip
defaults = {"a_from": a0, "a_to": a1, "b_from": b0, "b_to": b1}
chosen = dict(zip(defaults, [first[0], first[1], second[0], second[1]], strict=True))
ui.set_params(
    body=body,
    **{k: str(v) if v != defaults[k] else None for k, v in chosen.items()},
    min=str(min_n) if min_n != content.MIN_N else None,
)

table, shown = loading.consensus_items(body, first, second, min_n)
ui.prose(  # the answer's line, then how items are grouped and the body's sources in small type: one element
    f"**{len(table)} agenda items** of the {content.BODIES[body]} with at least {min_n} decisions taken in "
    f"{first[0]}–{first[1]} and in {second[0]}–{second[1]}, the largest change in the share adopted without a vote "
    "first (change in percentage points: second period minus first).",
    fmt.small(f"{content.KEYS[body]} {provenance.body_credit(rc, body)}"),
)
st.dataframe(
    shown,
    hide_index=True,
    column_config={
        "item": st.column_config.TextColumn("agenda item", width="large"),
        "taken_first": "taken (1st)",
        "without_first": "without a vote (1st)",
        "share_first": st.column_config.NumberColumn("share % (1st)", format="%.1f"),
        "taken_second": "taken (2nd)",
        "without_second": "without a vote (2nd)",
        "share_second": st.column_config.NumberColumn("share % (2nd)", format="%.1f"),
        "change": st.column_config.NumberColumn("change (points)", format="%+.1f"),
    },
)
ui.download_csv(
    "Download the agenda items as CSV",
    lambda table=table: content.items_csv(table, body, first, second, min_n),  # built when clicked
    f"adopted_without_a_vote_{body}_{first[0]}-{first[1]}_vs_{second[0]}-{second[1]}.csv",
    disabled=table.empty,
)
ui.footer(data)
