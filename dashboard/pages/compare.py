"""Compare two to six states: a stance matrix, where they agree and differ, statements side by side."""

import streamlit as st

from dashboard import analysis, ui

data = ui.dataset()
frames = data.frames
states = analysis.state_names(frames)
events = analysis.event_options(frames)

st.title("Compare states")
st.markdown(
    "Each cell is what the sources say a state did on an event: its vote, its part as sponsor, or its "
    "stance. **unknown** means the sources say nothing — it is not a “no”."
)
picked = ui.param_list("states", states, limit=6)
if picked is None:
    picked = [s for s in ("CHN", "RUS", "USA") if s in states]
quick = st.columns(3)
if quick[0].button("Permanent five"):
    picked = [s for s in analysis.PERMANENT_FIVE if s in states]
event_pick = quick[1].selectbox("States named in an event", ["—", *events], format_func=lambda e: events.get(e, e))
if event_pick != "—" and quick[2].button("Use these states"):
    picked = analysis.states_named_in(frames, event_pick)[:6]
chosen = st.multiselect(
    "States (two to six)", list(states), default=picked, format_func=lambda c: states[c], max_selections=6
)
ui.set_params(states=",".join(chosen))
if len(chosen) < 2:
    st.info("Pick at least two states to compare.")
    ui.footer(data)
    st.stop()

matrix = analysis.stance_matrix(frames, chosen)
if matrix.empty:
    st.info("The sources report nothing about these states on any event.")
else:
    shown = matrix.assign(event=[events[e] for e in matrix.index]).set_index("event")
    st.subheader("Stance matrix")
    st.dataframe(shown.style.map(lambda v: "color: #999999" if v == analysis.UNKNOWN else "font-weight: bold"))
    same, differ, single = analysis.agreement_rows(matrix)
    left, right = st.columns(2)
    left.subheader(f"Where they differ ({len(differ)})")
    if differ.empty:
        left.write("No event where the sources give two of them different votes or stances.")
    for event_id, row in differ.iterrows():
        left.markdown(f"**{events[event_id]}**  \n" + "  \n".join(f"{k}: {v}" for k, v in row.items()))
    right.subheader(f"Where they agree ({len(same)})")
    if same.empty:
        right.write("No event where the sources give two or more of them the same vote or stance.")
    for event_id, row in same.iterrows():
        agreed = [k for k, v in row.items() if v != analysis.UNKNOWN]
        right.markdown(
            f"**{events[event_id]}**: {', '.join(agreed)}: {row[agreed[0]]}"
            + ("" if len(agreed) == len(row) else " (the others: unknown)")
        )
    if not single.empty:
        st.caption(
            "Known for one of them only: "
            + "; ".join(
                f"{events[e]} ({', '.join(k for k, v in r.items() if v != analysis.UNKNOWN)})"
                for e, r in single.iterrows()
            )
        )

st.subheader("Statements side by side")
columns = st.columns(len(chosen))
for column, iso3 in zip(columns, chosen, strict=True):
    with column:
        st.markdown(f"#### {states[iso3]}")
        positions = analysis.country_profile(frames, iso3)["positions"]
        if positions.empty:
            st.caption("No statements in the sources.")
        for row in positions.itertuples():
            st.caption(f"{row.date if isinstance(row.date, str) else 'undated'} · {row.stance.replace('_', ' ')}")
            who = row.speaker if isinstance(row.speaker, str) else row.actor
            ui.quote_block(row.statement, row.summary, who, row.position_id)
ui.footer(data)
