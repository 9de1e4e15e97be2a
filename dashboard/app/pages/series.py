"""A recurring resolution across the years: votes, then sponsors, in the official record, beside the curated events."""

import streamlit as st

from dashboard.app import charts, nav, ui
from dashboard.app import format as fmt
from dashboard.curated import analysis
from dashboard.official import rollcalls, views
from dashboard.official.vocab import Cell, Method, SponsorRole, Vote

data = ui.dataset()
rc, _ = ui.official()
names = rc.names
TITLE = "Situation of human rights in the Democratic People"
FIRST, LAST = 2005, 2025

st.title("A resolution across the years")
st.markdown(
    "**Situation of human rights in the Democratic People's Republic of Korea**, General Assembly plenary, "
    f"{FIRST}–{LAST}. Recorded votes 2005–2015 come from Erik Voeten's data (unvotes, CC0); the resolutions of "
    "2019–2025 were **adopted without a vote**, so their **sponsors** are the record of who stood where (source: "
    "**United Nations**, extract of adopted resolutions). Years in neither source (2012–2013, 2016–2018) are shown "
    "as such: unvotes lists recorded votes only, and the UN extract starts in late 2019."
)
members = sorted(set(rc.members["iso3"].astype(str)), key=lambda c: names.get(c, c))
states = {c: names.get(c, c) for c in members}
iso3 = ui.param_state("iso3", states, "CHN")
iso3 = st.selectbox("State", list(states), index=list(states).index(iso3), format_func=lambda c: f"{states[c]} ({c})")
ui.set_params(iso3=iso3)
table = rollcalls.series(rc, TITLE, iso3)
years = views.series_years(table, FIRST, LAST)
ui.chart(charts.series_overview(years, "Each year's tally, or its number of sponsoring states"))

st.subheader(f"{states[iso3]}, year by year")
view = years.assign(
    date=years["date"].dt.date,
    how=years["method"].astype(str).map(Method.labels()).fillna("not in either source"),
    position=years["vote"].replace({Vote.non_voting.value: Cell.absent.value}).map(Cell.labels()).fillna("")
    + years["sponsored"].map(SponsorRole.labels()).map(lambda r: f" · {r}" if isinstance(r, str) else ""),
    open=years["symbol"].map(lambda s: nav.ROLLCALLS.url(symbol=s) if isinstance(s, str) else None),
    source=years["source"].astype(str).map(rollcalls.SOURCES),
)
view.loc[view["method"] == Method.without_vote, "position"] = (
    view["sponsored"].map(SponsorRole.labels()).fillna("not a sponsor")
)
st.dataframe(
    view[["year", "position", "symbol", "how", "yes", "no", "abstain", "sponsors", "date", "open", "source"]],
    hide_index=True,
    column_config={
        "open": st.column_config.LinkColumn("decision", display_text="open ↗"),
        "sponsors": "sponsoring states",
        "position": st.column_config.TextColumn(f"{states[iso3]}", help="Its vote, or whether it sponsored"),
    },
)
ui.download_csv(
    "Download this table as CSV",
    view.drop(columns=["open", "covered", "rcid"], errors="ignore").assign(state=states[iso3]),
    f"series_dprk_{iso3}_{FIRST}-{LAST}.csv",
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
events = analysis.events_by_date(data.frames, newest_first=False)
for row in events.itertuples():
    when = fmt.known(row.date, "date unknown")
    st.page_link(
        nav.BREAKDOWN.file,
        label=f"{when} · {charts.BODY_LABELS.get(row.body, row.body)} · {row.title}",
        query_params={"event": row.event_id},
    )
ui.footer(data)
