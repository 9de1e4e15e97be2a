"""Positions: every statement and quote, filterable by actor, state, stance, event and source, with search."""

import streamlit as st

from dashboard import analysis, ui

data = ui.dataset()
frames = data.frames
positions = frames["positions"]
actors = dict(sorted(zip(positions["actor_id"], positions["actor"], strict=True), key=lambda a: a[1]))
stances = sorted(set(positions["stance"]))
events = analysis.event_options(frames)
sources = dict(zip(frames["sources"]["source_id"], frames["sources"]["source_id"], strict=True))

st.title("Positions and quotes")
filters = st.columns([2, 2, 3, 2])
actor = ui.select_param(filters[0], "Actor or state", "actor", actors)
stance = ui.select_param(filters[1], "Stance", "stance", {k: k.replace("_", " ") for k in stances})
event = ui.select_param(filters[2], "Event", "event", events)
source = ui.select_param(filters[3], "Source", "source", sources)
raw_q = st.query_params.get("q", "")[:200]
text = st.text_input("Search the words", value=raw_q, placeholder="e.g. fabrications, accountability, dialogue")
quotes_only = st.toggle("Only positions with the speaker's own words", value=st.query_params.get("quotes") == "1")
ui.set_params(
    actor=actor, stance=stance, event=event, source=source, q=text.strip() or None, quotes="1" if quotes_only else None
)

found = analysis.filter_positions(frames, actor, stance, event, source, text.strip() or None, quotes_only)
st.markdown(f"**{len(found)} of {len(positions)} positions** match.")
if found.empty:
    st.info("Nothing matches these filters. Clear one to see more.")
for row in found.itertuples():
    ui.position_entry(row)
st.page_link(
    "dashboard/pages/data.py",
    label="Download positions as CSV",
    icon=":material/download:",
    query_params={"table": "positions"},
)
ui.footer(data)
