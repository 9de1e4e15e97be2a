"""Group cohesion: each UN regional group's, the EU's and the P5's Agreement Index per year in one body, and the
members who most often break from their group's majority. Computed in dashboard/official/cohesion.py and
dashboard/app/content/cohesion.py; this page lays it out."""

import streamlit as st

from dashboard.app import format as fmt
from dashboard.app import loading, ui
from dashboard.app.content import cohesion as content
from dashboard.official.cohesion import GROUPS

data = ui.dataset()
rc, _ = ui.official()
names = rc.names
AI = st.column_config.NumberColumn(format="%.2f")
YEAR = st.column_config.NumberColumn(format="%d")

st.title("Group cohesion")
st.markdown(
    "How united does each **UN regional group**, the **EU** and the **permanent five** vote, year by year, in the "
    "General Assembly, the Human Rights Council or the Security Council, and **who breaks from their group's "
    "majority** most often."
)
bodies = list(content.BODIES)
linked = ui.param_choice("body", content.BODIES, bodies[0]) or bodies[0]
body = st.radio("Body", bodies, index=bodies.index(linked), format_func=content.BODIES.get, horizontal=True)
matrix = loading.cohesion_matrix(body)
years = (int(matrix.years.min()), int(matrix.years.max()))
row = st.container(horizontal=True)  # one block, not a row of three columns; on a phone the years wrap below
linked_group = ui.param_choice("group", GROUPS, "EU") or "EU"
group = row.selectbox("Group (highlighted, and its members below)", list(GROUPS),
                      index=list(GROUPS).index(linked_group), format_func=GROUPS.get, width=420)  # fmt: skip
low, high = ui.param_int("from", years, years[0]), ui.param_int("to", years, years[1])
linked_years = (min(low, high), max(low, high))
low = row.number_input("From year", *years, value=linked_years[0], step=1, width=130)
high = row.number_input("To year", *years, value=linked_years[1], step=1, width=130)
start, end = int(min(low, high)), int(max(low, high))
if (body, group, start, end) != (linked, linked_group, *linked_years):
    ui.set_params(member=None)  # another view than the link's: its member is no longer the one to show
ui.set_params(**content.period_params(body, start, end, years), group=group)

view = loading.cohesion_period(body, start, end)
st.markdown(view.headline)
ui.draw_spec(loading.cohesion_chart(body, group, start, end))
# The chart's caption (which votes it reads, and the Council's source terms) and the period's table: one element.
st.markdown(content.under_chart(body, years, view.period), unsafe_allow_html=True)
# The chart's figures as a grid only when asked for (a grid costs the browser most to draw); the CSV holds them.
by_year = st.toggle("**By year**, as a table (AI; newest first)", value=st.query_params.get("by_year") == "1",
                    help="The chart's figures, a row a year and a column a group")  # fmt: skip
ui.set_params(by_year="1" if by_year else None)
if by_year:
    st.dataframe(view.by_year, hide_index=True, height=300,
                 column_config={"year": YEAR} | dict.fromkeys(content.SHORT.values(), AI))  # fmt: skip
ui.download_csv(
    "Download the per-group per-year figures as CSV",
    lambda rows=view.rows, asked=(body, start, end): content.yearly_csv(rc, rows, loading.cohesion_calls(*asked)),
    f"{content.file_part(body, start, end)}.csv",
    help="group, body, year, recorded votes counted, members voting, AI, source and licence on every row",
)
with st.expander("How cohesion is measured, and the groups", expanded=False):
    st.markdown(f"{content.DEFINITION}\n\n{content.GROUPS_NOTE}")

st.markdown(f"### Who breaks from the majority: {GROUPS[group]}, {start}–{end}\n\n{content.BREAK_NOTE}")
ranking = loading.cohesion_breakers(body, group, start, end)
if ranking.empty:
    st.info(f"No recorded vote of the {content.BODIES[body]} in {start}–{end} had two members of this group voting.")
else:
    picked = st.dataframe(
        ranking.drop(columns="iso3"), hide_index=True, height=content.table_height(len(ranking)), on_select="rerun",
        selection_mode="single-row", key=f"breakers_{body}_{group}_{start}_{end}",
        column_config={"share": st.column_config.NumberColumn(format="percent")},
    )  # fmt: skip
    members = dict(zip(ranking["iso3"], ranking["state"], strict=True))
    default = str(ranking["iso3"].iloc[0])
    raw = (st.query_params.get("member") or "").upper()
    if raw in names and raw not in members:  # a real state, not ranked here (another group, or no vote counted)
        st.info(f"{names[raw]} ({raw}) is not among the members of the {GROUPS[group]} with a vote counted in "
                f"{start}–{end}; showing {members[default]} instead.", icon=":material/info:")  # fmt: skip
        member = default
    else:
        member = ui.param_choice("member", members, default) or default
    if picked.selection.rows:
        member = str(ranking["iso3"].iloc[picked.selection.rows[0]])
    ui.set_params(member=member)
    breaks = loading.cohesion_breaks(body, group, str(member), start, end)
    ui.prose(  # the ranking's caption and the member's line: one element
        fmt.small(f"Click a row to list its decisions. Members counted on fewer than {content.MIN_COUNTED} recorded "
                  "votes come last."),
        f"**{members[member]}: {len(breaks):,} recorded votes against the {GROUPS[group]} majority**, newest first"
        f"{content.shown_note(len(breaks))}; *open* shows the decision with every vote.",
    )  # fmt: skip
    shown = content.breaks_shown(breaks, content.SHOWN)
    st.dataframe(shown, hide_index=True, height=content.table_height(len(shown)),
                 column_config={"open": st.column_config.LinkColumn("decision", display_text="open ↗"),
                                "title": st.column_config.TextColumn(width="large")})  # fmt: skip
    ui.download_csv(
        "Download this list as CSV",
        lambda breaks=breaks, state=members[member], group=group: content.breaks_csv(breaks, state, group),
        f"{content.file_part(body, start, end)}_{group}_{member}_breaks.csv",
        disabled=breaks.empty,
    )
ui.footer(data)
