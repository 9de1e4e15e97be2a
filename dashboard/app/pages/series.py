"""A recurring resolution across the years: votes, then sponsors, in the official record, beside the curated events."""

import streamlit as st

from dashboard.app import charts, nav, ui
from dashboard.app import format as fmt
from dashboard.app.content import series
from dashboard.official import views

data = ui.dataset()
rc, _ = ui.official()

st.title("A resolution across the years")
st.markdown(
    "**Situation of human rights in the Democratic People's Republic of Korea**, General Assembly plenary, "
    f"{series.FIRST}–{series.LAST}. Recorded votes 2005–2015 come from Erik Voeten's data (unvotes, CC0); the "
    "resolutions of 2019–2025 were **adopted without a vote**, so their **sponsors** are the record of who stood "
    "where (source: **United Nations**, extract of adopted resolutions). Years in neither source (2012–2013, "
    "2016–2018) are shown as such: unvotes lists recorded votes only, and the UN extract starts in late 2019."
)
states = series.state_options(rc)
iso3 = ui.param_state("iso3", states, "CHN")
iso3 = st.selectbox("State", list(states), index=list(states).index(iso3), format_func=lambda c: f"{states[c]} ({c})")
ui.set_params(iso3=iso3)
table, years = series.assembly_years(rc, iso3)
ui.chart(charts.series_overview(years, "Each year's tally, or its number of sponsoring states"))

st.subheader(f"{states[iso3]}, year by year")
view = series.assembly_view(years)
st.dataframe(
    view[series.ASSEMBLY_COLUMNS],
    hide_index=True,
    column_config={
        "open": st.column_config.LinkColumn("decision", display_text="open ↗"),
        "sponsors": "sponsoring states",
        "position": st.column_config.TextColumn(f"{states[iso3]}", help="Its vote, or whether it sponsored"),
    },
)
ui.download_csv(
    "Download this table as CSV",
    series.assembly_csv(view, states[iso3]),
    f"series_dprk_{iso3}_{series.FIRST}-{series.LAST}.csv",
)

st.subheader("Who sponsored, year by year")
matrix = views.sponsorship_by_year(rc, table)
st.markdown(
    f"**{len(matrix)} states** sponsored at least one of these resolutions since 2019 "
    "(sponsor: on the draft as tabled; additional sponsor: joined later). Source: United Nations."
)
st.dataframe(matrix.drop(columns="iso3"), hide_index=True, height=360)
ui.download_csv("Download the sponsorship table as CSV", matrix, "series_dprk_sponsors_2019-2025.csv")

st.subheader("Curated events from the articles")
for row in series.events(data.frames).itertuples():
    when = fmt.known(row.date, "date unknown")
    st.page_link(
        nav.BREAKDOWN.file,
        label=f"{when} · {charts.BODY_LABELS.get(row.body, row.body)} · {row.title}",
        query_params={"event": row.event_id},
    )
ui.footer(data)
