"""Country profile: everything one state did, over time, each with its source."""

import streamlit as st

from dashboard import analysis, ui

data = ui.dataset()
frames = data.frames
states = analysis.state_names(frames)

st.title("Country profile")
chosen = ui.param_choice("iso3", states, "PRK" if "PRK" in states else next(iter(states)))
iso3 = st.selectbox("State", list(states), index=list(states).index(chosen), format_func=lambda c: f"{states[c]} ({c})")
ui.set_params(iso3=iso3)
profile = analysis.country_profile(frames, iso3)
st.header(states[iso3])
counts = st.columns(3)
counts[0].metric("Named votes", len(profile["votes"]))
counts[1].metric("Sponsorships", len(profile["sponsors"]))
counts[2].metric("Positions", len(profile["positions"]))

link = {"source": ui.source_column(), "event": st.column_config.LinkColumn("event", display_text="breakdown ↗")}


def event_links(df):  # noqa: ANN001, ANN202 - a small local helper
    return df.assign(event=df["event_id"].map(lambda e: ui.page_url("breakdown", event=e)))


st.subheader("Votes")
if profile["votes"].empty:
    st.write(f"The sources name no vote by {states[iso3]}.")
else:
    votes = event_links(ui.with_source_links(profile["votes"], "vote_id"))
    st.dataframe(votes[["date", "vote", "source", "event", "title", "body"]], hide_index=True, column_config=link)

st.subheader("Sponsorships")
if profile["sponsors"].empty:
    st.write(f"The sources do not name {states[iso3]} as a sponsor or supporter of any text.")
else:
    sponsors = event_links(ui.with_source_links(profile["sponsors"], "sponsorship_id"))
    st.dataframe(sponsors[["date", "role", "source", "event", "title"]], hide_index=True, column_config=link)

st.subheader("Positions and quotes")
if profile["positions"].empty:
    st.write(f"No positions of {states[iso3]} in the sources.")
for row in profile["positions"].itertuples():
    ui.position_entry(row, show_actor=False)
st.page_link(
    "dashboard/pages/compare.py",
    label=f"Compare {states[iso3]} with others",
    icon=":material/compare_arrows:",
    query_params={"states": ",".join(dict.fromkeys([iso3, "CHN", "USA"]))},
)
ui.footer(data)
