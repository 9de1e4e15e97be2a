"""Outvoted: for a body and a period, the states most often on the losing side of recorded votes, and the
decisions behind each count."""

import streamlit as st

from dashboard.app import format as fmt
from dashboard.app import loading, ui
from dashboard.app.content import outvoted as content
from dashboard.app.content import provenance

data = ui.dataset()
rc, _ = ui.official()

st.title("Outvoted")
st.markdown(
    "Which states are most often on the **losing side** of a body's recorded votes: voting no on a text that was "
    "adopted, or yes on one that was not (an abstention is on neither side). Pick a body and a period, then a state "
    "to see the decisions behind its count."
)
bodies = list(content.BODIES)
body = ui.param_choice("body", content.BODIES, content.DEFAULT_BODY) or content.DEFAULT_BODY
body = st.radio("Body", bodies, index=bodies.index(body), format_func=content.BODIES.get, horizontal=True)
years = content.years_of(rc, body)
first, last = content.default_period(years)
low, high = ui.param_int("from", years, first), ui.param_int("to", years, last)
row = st.container(horizontal=True)  # the two years side by side: one block, not a row of two columns
low = row.number_input("From year", *years, value=min(low, high), step=1, width=130)
high = row.number_input("To year", *years, value=max(low, high), step=1, width=130)
start, end = int(min(low, high)), int(max(low, high))

found = loading.outvoted_view(body, start, end)
table = found.table
ui.prose(  # what was counted, the rule folded under it, the ranking's bars: one element
    found.summary,
    fmt.folded(
        "How it is counted: the rule, outcomes the source does not state, vetoes",
        f"{content.RULE}\n\n{content.OUTCOMES[body]}",
    ),
    found.bars,
)

states = dict(zip(table["iso3"], table["state"], strict=True))
if not states:
    st.info(f"No recorded vote of the {content.BODIES[body]} in {start}–{end} could be counted; widen the period.")
    ui.set_params(body=body, **content.period_params(start, end, (first, last)), state=None)
    ui.footer(data)
    st.stop()
st.dataframe(
    found.shown,
    hide_index=True,
    height=320,
    column_config={
        "iso3": None,
        "outvoted": st.column_config.NumberColumn("outvoted", help="Times on the losing side"),
        "cast": st.column_config.NumberColumn("votes cast", help="Its yes, no and abstain on the decisions counted"),
        "share": st.column_config.NumberColumn("share %", format="%.1f", help="Outvoted ÷ votes cast"),
    },
)
ui.download_csv(
    "Download the ranking as CSV",
    found.csv,
    f"outvoted_{body}_{start}-{end}.csv",
    help="One row per state: body, period, counts, share, and the source and licence of the votes counted",
)
# The sources' line under the ranking (both tables read them) and the next heading: one element.
ui.prose(fmt.small(provenance.body_credit(rc, body)), "### The decisions behind a state's count")
iso3 = ui.param_choice("state", states, str(table["iso3"].iloc[0])) or str(table["iso3"].iloc[0])
codes = list(states)
iso3 = st.selectbox("State", codes, index=codes.index(iso3), format_func=lambda c: f"{states[c]} ({c})")
ui.set_params(body=body, **content.period_params(start, end, (first, last)), state=iso3)
view = loading.outvoted_decisions(body, start, end, iso3)
row = table[table["iso3"] == iso3].iloc[0]
st.markdown(
    f"**{states[iso3]}** was outvoted **{int(row['outvoted']):,} times** in {int(row['cast']):,} recorded votes it "
    f"cast ({row['share']:.1%}), newest first{content.shown_note(len(view))}. Open a decision for its full vote."
)
st.dataframe(
    view.head(content.SHOWN).drop(columns="source_code"),
    hide_index=True,
    column_config={"open": st.column_config.LinkColumn("decision", display_text="open ↗")},
)
ui.download_csv(
    f"Download {states[iso3]}'s decisions as CSV",
    lambda view=view, iso3=iso3: content.decisions_csv(view, iso3, states[iso3], body),  # built when clicked
    f"outvoted_{body}_{iso3}_{start}-{end}.csv",
    disabled=view.empty,
)
ui.footer(data)
