"""Country profile: everything one state did, over time, each with its source."""

import streamlit as st

from dashboard.app import charts, ui
from dashboard.curated import analysis

data = ui.dataset()
frames = data.frames
states = analysis.state_names(frames)

st.title("Country profile")
iso3 = ui.param_state("iso3", states, "PRK" if "PRK" in states else next(iter(states)))
iso3 = st.selectbox("State", list(states), index=list(states).index(iso3), format_func=lambda c: f"{states[c]} ({c})")
ui.set_params(iso3=iso3)
profile = analysis.country_profile(frames, iso3)
timeline = analysis.country_timeline(frames, iso3)
st.header(states[iso3])
counts = st.columns(4)
counts[0].metric("Named votes", len(profile["votes"]))
counts[1].metric("Sponsorships", len(profile["sponsors"]))
counts[2].metric("Positions", len(profile["positions"]))
counts[3].metric("Quoted in its own words", int(profile["positions"]["statement"].notna().sum()))
st.caption(
    "Only what the articles report. A vote the articles do not name is unknown here, not absent: see "
    f"[{states[iso3]}'s official General Assembly votes]({ui.page_url('series', iso3=iso3)}) for the roll-call record."
)

st.subheader("Over time")
if timeline.empty:
    st.write(f"The sources report nothing {states[iso3]} did.")
positions = profile["positions"].set_index("position_id")
for event_id, group in timeline.groupby(timeline["event_id"].fillna(""), sort=False):
    first = group.iloc[0]
    with st.container(border=True):
        if event_id:
            when = first["date"] if isinstance(first["date"], str) else "date unknown"
            if first["date_precision"] not in ("day", "unknown"):
                when += f" ({first['date_precision']} only)"
            body = charts.BODY_LABELS.get(first["body"], first["body"])
            st.markdown(
                f"**{when} · {first['title']}**  \n{body} · [breakdown ↗]({ui.page_url('breakdown', event=event_id)})"
            )
        else:
            st.markdown("**On the issue at large** (no particular event)")
        for row in group.itertuples():
            if row.kind != "position":
                st.markdown(f"- **{row.what.capitalize()}** · {ui.fact_link(row.fact_id)}")
                continue
            pos = positions.loc[row.fact_id]
            who = pos["speaker"] if isinstance(pos["speaker"], str) else pos["actor"]
            role = f", {pos['speaker_role']}" if isinstance(pos["speaker_role"], str) else ""
            st.markdown(f"`{row.what}`")
            ui.quote_block(pos["statement"], pos["summary"], f"{who}{role}", row.fact_id)

links = st.columns(2)
links[0].page_link(
    "dashboard/app/pages/compare.py",
    label=f"Compare {states[iso3]} with others",
    icon=":material/compare_arrows:",
    query_params={"states": ",".join(dict.fromkeys([iso3, "CHN", "USA"]))},
)
links[1].page_link(
    "dashboard/app/pages/data.py",
    label=f"Download {states[iso3]}'s named votes as CSV",
    icon=":material/download:",
    query_params={"table": "votes", "state": iso3},
)
ui.footer(data)
