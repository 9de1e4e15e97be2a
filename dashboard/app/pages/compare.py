"""Compare two to six states: a stance matrix, where they agree and differ, statements side by side."""

import streamlit as st

from dashboard.app import ui
from dashboard.curated import analysis

data = ui.dataset()
frames = data.frames
states = analysis.state_names(frames)
events = analysis.event_options(frames)
KEY = "compare_states"

st.title("Compare states")
st.markdown(
    "Each cell is what the sources say a state did on an event: its vote, its part as sponsor, or its "
    "stance. **unknown** means the sources say nothing — it is not a “no”."
)

if KEY not in st.session_state:  # first run of this page: the link decides
    picked = ui.param_list("states", states, limit=6)
    st.session_state[KEY] = [s for s in ("CHN", "RUS", "USA") if s in states] if picked is None else picked


def pick_five() -> None:
    st.session_state[KEY] = [s for s in analysis.PERMANENT_FIVE if s in states]


def pick_event() -> None:
    event_id = st.session_state.get("compare_event")
    if event_id:
        named = analysis.states_named_in(frames, event_id)
        st.session_state[KEY] = named[:6]
        st.session_state["compare_note"] = (
            f"{len(named)} states are named in this event; the first six (by code) are compared."
            if len(named) > 6
            else None
        )


quick = st.columns([1, 3])
quick[0].button(
    "Permanent five",
    on_click=pick_five,
    help="China, France, Russia, the United Kingdom, the United States (those the sources mention)",
)
quick[1].selectbox(
    "Or the states named in an event",
    [None, *events],
    format_func=lambda e: "— pick an event —" if e is None else events[e],
    key="compare_event",
    on_change=pick_event,
)
if st.session_state.get("compare_note"):
    st.info(st.session_state.pop("compare_note"), icon=":material/info:")
chosen = st.multiselect(
    "States (two to six)", list(states), key=KEY, format_func=lambda c: f"{states[c]} ({c})", max_selections=6
)
ui.set_params(states=",".join(chosen))
missing = [s for s in analysis.PERMANENT_FIVE if s not in states]
if missing:
    st.caption("Not in the curated articles, so not offered: " + ", ".join(missing) + " (see *Official roll calls*).")
if len(chosen) < 2:
    st.info("Pick at least two states to compare.", icon=":material/info:")
    ui.footer(data)
    st.stop()

matrix = analysis.stance_matrix(frames, chosen)
if matrix.empty:
    st.info("The sources report nothing about these states on any event.")
else:
    st.subheader("Stance matrix")
    facts = analysis.matrix_facts(frames, matrix, chosen)
    st.markdown(ui.matrix_html(matrix, facts, events), unsafe_allow_html=True)
    st.caption(
        "Left bar: the vote's colour (blue yes, vermillion no, orange abstain, grey non-voting; white: no vote, "
        "only a role or stance). ↗ opens the passage the cell rests on. Events the sources give none of them "
        "a part in are left out."
    )
    same, differ, single = analysis.agreement_rows(matrix)

    def stated(event_id: str, state: str, value: str) -> str:
        ids = facts.loc[event_id, state]
        return f"{state}: **{value}**" + (f" ({ui.fact_link(ids[0], 'source ↗')})" if ids else "")

    left, right = st.columns(2)
    left.subheader(f"Where they differ ({len(differ)})")
    if differ.empty:
        left.write("No event where the sources give two of them different votes or stances.")
    for event_id, row in differ.iterrows():
        left.markdown(f"**{events[event_id]}**  \n" + "  \n".join(stated(event_id, k, v) for k, v in row.items()))
    right.subheader(f"Where they agree ({len(same)})")
    if same.empty:
        right.write("No event where the sources give two or more of them the same vote or stance.")
    for event_id, row in same.iterrows():
        agreed = [k for k, v in row.items() if v != analysis.UNKNOWN]
        right.markdown(
            f"**{events[event_id]}**  \n"
            + "  \n".join(stated(event_id, k, row[k]) for k in agreed)
            + ("" if len(agreed) == len(row) else "  \n*the others: unknown*")
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
        st.page_link(
            "dashboard/app/pages/country.py",
            label=f"Profile of {states[iso3]}",
            icon=":material/flag:",
            query_params={"iso3": iso3},
        )
ui.footer(data)
