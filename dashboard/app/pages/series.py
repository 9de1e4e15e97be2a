"""A recurring resolution across years: a state's votes in the official record, beside the curated events."""

import streamlit as st

from dashboard import safecsv
from dashboard.app import charts, ui
from dashboard.curated import analysis
from dashboard.official import rollcalls

data = ui.dataset()
rc, matrix = ui.official()
names = rc.names
SERIES = {"dprk": "Situation of human rights in the Democratic People"}

st.title("A resolution across the years")
st.markdown(
    "**Situation of human rights in the Democratic People's Republic of Korea**: the General Assembly's recorded "
    "plenary votes in the official record, 2005–2015. The record has no roll call on it in 2012 and 2013; from 2016 on "
    "the resolution was adopted without a vote (as the reference data's documentation states), so later years "
    "appear only through the curated events of the articles, listed below."
)
states = {c: names.get(c, c) for c in sorted(matrix.states, key=lambda c: names.get(c, c))}
iso3 = ui.param_choice("iso3", states, "CHN")
iso3 = st.selectbox("State", list(states), index=list(states).index(iso3), format_func=lambda c: f"{states[c]} ({c})")
ui.set_params(iso3=iso3)
table = rollcalls.series(rc, SERIES["dprk"], iso3)
st.plotly_chart(charts.series_bars(table, "Plenary tallies by year"))
st.markdown(f"**{states[iso3]}'s vote** in each roll call:")
view = table.assign(date=table["date"].dt.date, open=table["rcid"].map(lambda r: ui.page_url("rollcalls", rcid=str(r))))
st.dataframe(
    view[["year", "date", "symbol", "yes", "no", "abstain", "vote", "open"]],
    hide_index=True,
    column_config={"open": st.column_config.LinkColumn("breakdown", display_text="open ↗")},
)
st.download_button("Download as CSV", safecsv.csv_bytes(table), file_name=f"series_dprk_{iso3}.csv", mime="text/csv")

st.subheader("Curated events from the articles")
events = analysis.events_by_date(data.frames, newest_first=False)
for row in events.itertuples():
    when = row.date if isinstance(row.date, str) else "date unknown"
    st.page_link(
        "dashboard/app/pages/breakdown.py",
        label=f"{when} · {charts.BODY_LABELS.get(row.body, row.body)} · {row.title}",
        query_params={"event": row.event_id},
    )
ui.footer(data)
