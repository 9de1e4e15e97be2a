"""Compare states: what the articles say each did (with passages) beside the official record (with symbols)."""

import html

import streamlit as st

from dashboard.app import nav, ui
from dashboard.curated import analysis, context
from dashboard.curated.models import Stance
from dashboard.official import agreement, record
from dashboard.vocabulary import label_of

data = ui.dataset()
frames = data.frames
rc, matrix = ui.official()
states = ui.all_states(frames, rc)
named = analysis.state_names(frames)
events = analysis.event_options(frames)
KEY = "compare_states"
LIMIT = 12  # the 2014 committee vote names eleven states: a quick pick never has to drop one

st.title("Compare states")
st.markdown(
    "Two layers, always labelled. **As the articles report**: a state's vote, part as sponsor or stance, "
    "each linked to its passage (**unknown** means no article says: it is not a “no”). **Official record**: "
    "the state's vote in the General Assembly's roll call, under the symbol of the resolution."
)

if KEY not in st.session_state:  # first run of this page: the link decides
    picked = ui.param_list("states", states, limit=LIMIT)
    st.session_state[KEY] = ["CHN", "RUS", "USA"] if picked is None else picked


def pick_five() -> None:
    st.session_state[KEY] = list(analysis.PERMANENT_FIVE)
    st.session_state["compare_note"] = (
        "The permanent five: China, France, Russia, the United Kingdom, the United States."
    )


def pick_event() -> None:
    event_id = st.session_state.get("compare_event")
    if not event_id:
        return
    in_event = analysis.states_named_in(frames, event_id)
    if not in_event:
        st.session_state["compare_note"] = (
            f"The articles name no state in “{events[event_id]}”; your selection is unchanged."
        )
        return
    st.session_state[KEY] = in_event[:LIMIT]
    left_out = in_event[LIMIT:]
    st.session_state["compare_note"] = f"The {len(in_event)} states the articles name in this event." + (
        f" Left out (at most {LIMIT} at once): {', '.join(states.get(s, s) for s in left_out)}." if left_out else ""
    )


quick = st.columns([1, 3], vertical_alignment="bottom")
quick[0].button(
    "Permanent five",
    on_click=pick_five,
    help="China, France, Russia, the United Kingdom and the United States",
    icon=":material/groups:",
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
    f"States (two to {LIMIT})",
    list(states),
    key=KEY,
    format_func=lambda c: f"{states[c]} ({c})",
    max_selections=LIMIT,
)
ui.set_params(states=",".join(chosen))
if len(chosen) < 2:
    st.info("Pick at least two states to compare.", icon=":material/info:")
    ui.footer(data)
    st.stop()
labels = {s: states[s] for s in chosen}
unnamed = [labels[s] for s in chosen if s not in named]

ui.layer_heading(
    st,
    "articles",
    "Each event as the articles report it; under an event the General Assembly put to a recorded vote, a shaded "
    "row gives the official record of that vote, with its symbol.",
)
if unnamed:
    st.caption("Never named in the articles (all unknown on this side): " + ", ".join(unnamed) + ".")
stances = analysis.stance_matrix(frames, chosen)  # events the articles give one of them a part in
links = frames["links"]
event_order = list(analysis.events_by_date(frames, newest_first=False)["event_id"])
keep = [e for e in event_order if e in stances.index or e in set(links["event_id"])]
stances = stances.reindex(keep, fill_value=analysis.UNKNOWN)  # a linked event stays, with its official row
stances.index.name = "event_id"
facts = analysis.matrix_facts(frames, stances, chosen)
rename = {named.get(s, s): labels[s] for s in chosen}
table, facts = stances.rename(columns=rename), facts.rename(columns=rename)
official_rows = record.official_for_events(rc, links[links["event_id"].isin(table.index)], chosen)
official = {}
for row in official_rows.itertuples():
    symbol = html.escape(str(row.symbol))
    url = html.escape(nav.ROLLCALLS.url(rcid=str(row.rcid)))
    stage = context.STAGES[row.relation]
    official[row.event_id] = (
        f'<a href="{url}" target="_self"><b>{symbol}</b></a> · {stage}, {html.escape(row.outcome)}',
        {labels[s]: getattr(row, s) for s in chosen},
    )
st.markdown(ui.matrix_html(table, facts, events, official), unsafe_allow_html=True)
st.caption(
    "Left bar: the vote's colour (blue yes, brown no, amber abstain, dark grey absent; light grey unknown; "
    "white: no vote, only a role or stance). ↗ opens the passage a cell rests on. Shaded rows: the official "
    "record, never merged into the article's cell."
)

same, differ, single = analysis.agreement_rows(table)


def stated(event_id: str, state: str, value: str) -> str:
    ids = facts.loc[event_id, state]
    return f"{state}: **{value}**" + (f" ({ui.fact_link(ids[0], 'source ↗')})" if ids else "")


left, right = st.columns(2)
left.markdown(f"**Where the articles give them different parts ({len(differ)})**")
if differ.empty:
    left.write("No event where the articles give two of them different votes or stances.")
for event_id, row in differ.iterrows():
    left.markdown(f"{events[event_id]}  \n" + "  \n".join(stated(event_id, k, v) for k, v in row.items()))
right.markdown(f"**Where the articles give them the same part ({len(same)})**")
if same.empty:
    right.write("No event where the articles give two or more of them the same vote or stance.")
for event_id, row in same.iterrows():
    agreed = [k for k, v in row.items() if v != analysis.UNKNOWN]
    right.markdown(
        f"{events[event_id]}  \n"
        + "  \n".join(stated(event_id, k, row[k]) for k in agreed)
        + ("" if len(agreed) == len(row) else "  \n*the others: unknown*")
    )

ui.layer_heading(
    st,
    "official",
    "The General Assembly's plenary resolutions on the situation of human rights in the DPRK, and how often "
    "these states voted alike in every recorded vote.",
)
dprk = record.record_table(rc, matrix, record.filter_decisions(rc, dprk=True), chosen)
votes = record.vote_columns(dprk)
st.dataframe(
    dprk.sort_values("date", ascending=False)[["date", "symbol", *votes]].replace(ui.SHORT_CELLS),
    hide_index=True,
    column_config={c: st.column_config.TextColumn(c.removesuffix(" vote").rsplit(" (", 1)[0]) for c in votes},
)
scores = agreement.group_matrix(matrix, [s for s in chosen if s in matrix.states], start=2000)
scores.index = scores.columns = [labels[s] for s in scores.index]
st.markdown("**Voeten agreement score since 2000** (1: always the same vote; 0: always opposite)")
st.dataframe(scores.style.format("{:.2f}", na_rep="—"))
links_row = st.columns(2)
links_row[0].page_link(
    nav.RECORD.file,
    label="Their whole voting record (table and CSV)",
    icon=":material/table_view:",
    query_params={"states": ",".join(chosen[: record.MAX_ACTORS])},
)
links_row[1].page_link(
    nav.AGREEMENT.file,
    label="Agreement in detail",
    icon=":material/join_inner:",
    query_params={"group": ",".join(s for s in chosen if s in matrix.states)},
)

speaking = [s for s in chosen if s in named and not analysis.country_profile(frames, s)["positions"].empty]
if speaking:
    st.subheader("Statements side by side (from the articles)")
    for start in range(0, len(speaking), 3):
        columns = st.columns(3)
        for column, iso3 in zip(columns, speaking[start : start + 3], strict=False):
            with column:
                st.markdown(f"#### {labels[iso3]}")
                positions = analysis.country_profile(frames, iso3)["positions"]
                for row in positions.itertuples():
                    st.caption(
                        f"{row.date if isinstance(row.date, str) else 'undated'} · {label_of(Stance, row.stance)}"
                    )
                    who = row.speaker if isinstance(row.speaker, str) else row.actor
                    ui.quote_block(row.statement, row.summary, who, row.position_id)
                st.page_link(
                    nav.COUNTRY.file,
                    label=f"Profile of {labels[iso3]}",
                    icon=":material/flag:",
                    query_params={"iso3": iso3},
                )
ui.footer(data)
