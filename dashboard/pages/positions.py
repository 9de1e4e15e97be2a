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
actor = filters[0].selectbox(
    "Actor or state",
    [None, *actors],
    format_func=lambda a: "all" if a is None else actors[a],
    index=[None, *actors].index(ui.param_choice("actor", actors, None)),
)
stance = filters[1].selectbox(
    "Stance",
    [None, *stances],
    format_func=lambda s: "all" if s is None else s.replace("_", " "),
    index=[None, *stances].index(ui.param_choice("stance", stances, None)),
)
event = filters[2].selectbox(
    "Event",
    [None, *events],
    format_func=lambda e: "all" if e is None else events[e],
    index=[None, *events].index(ui.param_choice("event", events, None)),
)
source = filters[3].selectbox(
    "Source",
    [None, *sources],
    format_func=lambda s: "all" if s is None else s,
    index=[None, *sources].index(ui.param_choice("source", sources, None)),
)
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
    when = row.date if isinstance(row.date, str) else "undated"
    about = row.title if isinstance(row.title, str) else "the issue at large"
    st.markdown(f"**{row.actor}** · `{row.stance.replace('_', ' ')}` · {when} · {about}")
    who = row.speaker if isinstance(row.speaker, str) else row.actor
    role = f", {row.speaker_role}" if isinstance(row.speaker_role, str) else ""
    ui.quote_block(row.statement, row.summary, f"{who}{role}", row.position_id)
st.page_link(
    "dashboard/pages/data.py",
    label="Download positions as CSV",
    icon=":material/download:",
    query_params={"table": "positions"},
)
ui.footer(data)
