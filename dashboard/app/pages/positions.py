"""Positions: every statement and quote, filterable by actor, state, stance, event and source, with search."""

import streamlit as st

from dashboard.app import format as fmt
from dashboard.app import ui
from dashboard.app.content import positions as content
from dashboard.curated import analysis, context
from dashboard.curated.models import Stance
from dashboard.curated.tables import COLUMNS
from dashboard.vocabulary import label_of

data = ui.dataset()
frames = data.frames
positions = frames["positions"]
actors = analysis.position_actors(frames)
stances = sorted(set(positions["stance"]))
events = analysis.event_options(frames)
sources = analysis.source_labels(frames)

st.title("Positions and quotes")
st.markdown(
    "Every statement and stance the articles report. The **actor** is who takes the position (a state or an "
    "organisation) or the person who spoke; a state's officials are listed under it and by name."
)
raw_q = st.query_params.get("q", "")
if len(raw_q) > 200:
    st.info("The search in the link was longer than 200 characters; it was cut.", icon=":material/info:")
known = {"actor": actors, "stance": stances, "event": events, "source": sources}
# The filters fold away (on a phone they took the first screen); the line under the count names those in use.
with ui.filters_folded("Filter by actor, stance, event, source or words", known):
    filter_row = st.container(horizontal=True)  # one block, not a row of four columns; narrow screens wrap it
    actor = ui.select_param(filter_row, "Actor, state or speaker", "actor", actors)
    stance = ui.select_param(filter_row, "Stance", "stance", {k: label_of(Stance, k) for k in stances})
    event = ui.select_param(filter_row, "Event", "event", events)
    source = ui.select_param(filter_row, "Source", "source", sources)
    hint = "e.g. fabrications, dialogue"
    text = st.text_input("Search the words", value=raw_q[:200], max_chars=200, placeholder=hint)
    quotes_only = st.toggle("Only positions with the speaker's own words", value=st.query_params.get("quotes") == "1")
query = text.strip() or None
ui.set_params(actor=actor, stance=stance, event=event, source=source, q=query, quotes="1" if quotes_only else None)

found = analysis.filter_positions(frames, actor, stance, event, source, query, quotes_only)
quoted = int(found["statement"].notna().sum())
in_use = [("actor", actor and actors[actor]), ("stance", stance and label_of(Stance, stance))]
in_use += [("event", event and events[event]), ("source", source and sources[source]), ("words", query)]
in_use_line = fmt.small_text(fmt.active_filters([*in_use, ("with the speaker's own words only", quotes_only)]))
st.markdown(
    f"**{len(found)} of {len(positions)} positions** match ({quoted} with the speaker's own words).  \n{in_use_line}",
    unsafe_allow_html=True,
)
if found.empty:
    st.info("Nothing matches these filters. Clear one to see more.", icon=":material/info:")
else:
    parts = [f"{k}-{v}" for k, v in (("actor", actor), ("stance", stance), ("event", event), ("source", source)) if v]
    if query:
        parts.append("search")
    if quotes_only:
        parts.append("quoted")
    name = "_".join(["positions", *parts]) + ".csv"
    ui.download_csv(
        f"Download these {len(found)} positions as CSV",
        lambda frames=frames, found=found: context.with_context(frames, "positions", found[list(COLUMNS["positions"])]),
        name,
        help=f"{name}: the columns of positions.csv, then each position's event, body and source passages",
    )
    st.markdown(content.list_markdown(found), unsafe_allow_html=True)  # one element for the whole list
ui.footer(data)
