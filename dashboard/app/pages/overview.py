"""Overview: what the dataset covers, a timeline, the most recent decisions, links onward."""

import streamlit as st

from dashboard.app import charts, nav, ui
from dashboard.app import format as fmt
from dashboard.curated import analysis
from dashboard.curated.models import Outcome
from dashboard.vocabulary import label_of

data = ui.dataset()
frames = data.frames
summary = analysis.dataset_summary(frames)

st.title("UN votes and state positions on North Korea's human rights record")
st.markdown(
    "Every figure here comes from a passage of a news article or from the official roll-call record, "
    "and links to it. What the sources do not say is shown as **unknown**."
)
ui.figures(
    [
        ("UN events", summary["events"], None),
        ("States", summary["states"], None),
        ("Positions", summary["positions"], f"{summary['quotes']} with the speaker's own words"),
        ("Named votes", summary["votes"], None),
        ("Articles", summary["sources"], None),
    ]
)
st.caption(f"Events dated from {summary['first']} to {summary['last']}; {summary['undated']} undated in the sources.")

ui.chart(charts.timeline(frames["events"]))
st.caption(
    "Diamonds: the day is known. Dotted spans: only the month or the year is known; the event lies somewhere in it."
)
undated = frames["events"][frames["events"]["date"].isna()]
if not undated.empty:
    st.caption("Not on the timeline (no source dates them): " + "; ".join(undated["title"]))

st.subheader("Most recent decisions")
recent, undated_events = analysis.recent_events(frames, 6)
for row in recent.itertuples():
    body = charts.BODY_LABELS.get(row.body, row.body)
    when = fmt.partial_date(row.date, row.date_precision)
    text, link = st.columns([5, 1], vertical_alignment="center")
    text.markdown(f"**{when}** · {body} · {row.title} — *{label_of(Outcome, row.outcome)}*")
    link.page_link(
        nav.BREAKDOWN.file,
        label="Breakdown",
        icon=":material/how_to_vote:",
        query_params={"event": row.event_id},
    )
for row in undated_events.itertuples():
    body = charts.BODY_LABELS.get(row.body, row.body)
    text, link = st.columns([5, 1], vertical_alignment="center")
    text.markdown(f"**Date unknown** · {body} · {row.title} — *{label_of(Outcome, row.outcome)}* (no source dates it)")
    link.page_link(
        nav.BREAKDOWN.file,
        label="Breakdown",
        icon=":material/how_to_vote:",
        query_params={"event": row.event_id},
    )

st.subheader("Where next")
links = st.columns(3) + st.columns(3)
links[0].page_link(
    nav.BREAKDOWN.file,
    label="The 2014 committee vote",
    icon=":material/how_to_vote:",
    query_params={"event": "ga3-2014-dprk-resolution"},
)
links[1].page_link(
    nav.COMPARE.file,
    label="Compare China, Russia, US",
    icon=":material/compare_arrows:",
    query_params={"states": "CHN,RUS,USA"},
)
links[2].page_link(
    nav.POSITIONS.file,
    label="Quotes by North Korean officials",
    icon=":material/format_quote:",
    query_params={"actor": "PRK", "quotes": "1"},
)
links[3].page_link(
    nav.COUNTRY.file, label="China's profile", icon=":material/flag:", query_params={"iso3": "CHN"}
)
links[4].page_link(nav.SOURCES.file, label="Read the articles", icon=":material/newspaper:")
links[5].page_link(
    nav.DATA.file,
    label="Download the named votes (CSV)",
    icon=":material/download:",
    query_params={"table": "votes"},
)
ui.footer(data)
