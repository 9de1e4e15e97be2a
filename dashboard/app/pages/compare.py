"""Compare states: what the articles say each did (with passages) beside the official record (with symbols)."""

import html

import streamlit as st

from dashboard.app import format as fmt
from dashboard.app import loading, nav, ui
from dashboard.app.content import compare
from dashboard.app.content.country import quote_markdown
from dashboard.curated import analysis
from dashboard.curated.models import Stance
from dashboard.official import record
from dashboard.vocabulary import label_of

data = ui.dataset()
frames = data.frames
rc, matrix = ui.official()
states = ui.all_states(frames, rc)
named = analysis.state_names(frames)
events = loading.cached_event_options()
KEY, LIMIT = "compare_states", compare.LIMIT

st.title("Compare states")
st.markdown(compare.INTRO)

if KEY not in st.session_state:  # first run of this page: the link decides
    picked = ui.param_list("states", states, limit=LIMIT)
    st.session_state[KEY] = ["CHN", "RUS", "USA"] if picked is None else picked


def pick_five() -> None:
    st.session_state[KEY] = list(analysis.PERMANENT_FIVE)
    st.session_state["compare_note"] = compare.FIVE_NOTE


def pick_event() -> None:
    event_id = st.session_state.get("compare_event")
    if event_id:
        picked, st.session_state["compare_note"] = compare.event_pick(frames, event_id, events, states)
        if picked is not None:
            st.session_state[KEY] = picked


quick = st.container(horizontal=True, vertical_alignment="bottom")  # one block, not a block of two columns
quick.button(
    "Permanent five",
    on_click=pick_five,
    help="China, France, Russia, the United Kingdom and the United States",
    icon=":material/groups:",
)
quick.selectbox(
    "Or the states named in an event",
    [None, *events],
    format_func=lambda e: "— pick an event —" if e is None else events[e],
    key="compare_event",
    on_change=pick_event,
)
if st.session_state.get("compare_note"):
    st.info(st.session_state.pop("compare_note"), icon=":material/info:")
chosen = st.multiselect(
    f"States (two to {LIMIT})", list(states), key=KEY, format_func=lambda c: f"{states[c]} ({c})", max_selections=LIMIT
)
ui.set_params(states=",".join(chosen))
if len(chosen) < 2:
    st.info("Pick at least two states to compare.", icon=":material/info:")
    ui.footer(data)
    st.stop()
labels = {s: states[s] for s in chosen}
unnamed = [labels[s] for s in chosen if s not in named]

view, matrix_html, dprk, headers = loading.compare_view(tuple(chosen))
differ, same = compare.agreed_lines(view.table, view.facts, events)
never = ", ".join(html.escape(name, quote=False) for name in unnamed)
ui.prose(  # the articles' layer, from its heading to the official layer's heading: one element
    ui.layer_markdown(
        "articles",
        "Each event as the articles report it; under an event linked to a decision of the record, a shaded row "
        "gives that body's official record of it, with its symbol, outcome and source.",
    ),
    fmt.small(f"Never named in the articles (all unknown on this side): {never}.") if unnamed else None,
    matrix_html,
    fmt.small(compare.LEGEND),
    f"**Where the articles give them different parts ({len(differ)})**",
    *([html.escape(line, quote=False) for line in differ] or
      ["No event where the articles give two of them different votes or stances."]),
    f"**Where the articles give them the same part ({len(same)})**",
    *([html.escape(line, quote=False) for line in same] or
      ["No event where the articles give two or more of them the same vote or stance."]),
    ui.layer_markdown(
        "official",
        "The General Assembly's plenary resolutions on the situation of human rights in the DPRK, and how often "
        "these states voted alike in every recorded vote.",
    ),
    compare.dprk_markdown(dprk, headers),  # ~16 rows: a Markdown table here, not a grid of its own
    "**Voeten agreement score since 2000** (1: always the same vote; 0: always opposite)",
    compare.scores_markdown(compare.scores(matrix, chosen, labels)),
)  # fmt: skip
with st.container(horizontal=True):  # one block that wraps, not a block of two columns
    st.page_link(
        nav.RECORD.file,
        label="Their whole voting record (table and CSV)",
        icon=":material/table_view:",
        query_params={"states": ",".join(chosen[: record.MAX_ACTORS])},
    )
    st.page_link(
        nav.AGREEMENT.file,
        label="Agreement in detail",
        icon=":material/join_inner:",
        query_params={"group": ",".join(s for s in chosen if s in matrix.states)},
    )

speaking = loading.compare_statements(tuple(chosen))
if speaking:  # the states' statements side by side (a grid that stacks on a phone): one element, then their profiles
    cards = []
    for iso3, positions in speaking.items():
        said = []  # the state's name, then each statement's date and stance and its quote
        for row in positions.itertuples():
            who = row.speaker if isinstance(row.speaker, str) else row.actor
            said += [
                fmt.small(f"{compare.when(row.date)} · {label_of(Stance, row.stance)}"),
                quote_markdown(row.statement, row.summary, who, row.position_id),
            ]
        cards.append("\n\n".join([f"#### {html.escape(labels[iso3], quote=False)}", *said]))
    ui.prose("### Statements side by side (from the articles)", compare.side_by_side(cards))
    with st.container(horizontal=True):  # one block that wraps, not a column each
        for iso3 in speaking:
            profile = f"Profile of {labels[iso3]}"
            st.page_link(nav.COUNTRY.file, label=profile, icon=":material/flag:", query_params={"iso3": iso3})
ui.footer(data)
