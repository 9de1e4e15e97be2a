"""Overview: what the dataset covers, a timeline, the most recent decisions, links onward."""

import html

import streamlit as st

from dashboard.app import charts, loading, nav, ui
from dashboard.app import format as fmt
from dashboard.curated.models import Outcome
from dashboard.vocabulary import label_of

data = ui.dataset()
frames = data.frames
view = loading.cached_overview()  # the figures, the timeline and the newest events: once per process
summary = view.summary

st.title("UN votes and state positions on North Korea's human rights record")
ui.prose(  # the lead and the headline figures (HTML in the look of st.metric): one element
    "Every figure here comes from a passage of a news article or from the official roll-call record, "
    "and links to it. What the sources do not say is shown as **unknown**.",
    fmt.figures_html(
        [
            ("UN events", summary["events"], None),
            ("States", summary["states"], None),
            ("Positions", summary["positions"], f"{summary['quotes']} with the speaker's own words"),
            ("Named votes", summary["votes"], None),
            ("Articles", summary["sources"], None),
        ]
    ),
)
ui.draw_spec(view.timeline)
undated = frames["events"][frames["events"]["date"].isna()]["title"]
off_timeline = f" Not on the timeline (no source dates them): {'; '.join(undated)}." if not undated.empty else ""
ui.prose(  # the timeline's caption (its span, how to read it, what it leaves out) and the next heading: one element
    fmt.small(
        f"Events dated from {summary['first']} to {summary['last']}; {summary['undated']} undated in the sources. "
        "Diamonds: the day is known. Dotted spans: only the month or the year is known; the event lies somewhere "
        f"in it.{html.escape(off_timeline, quote=False)}"
    ),
    "### Most recent decisions",
)
recent, undated_events = view.recent, view.undated
# One page link a decision, its facts in the label (a row of columns holding a line and a link is three blocks more).
decisions = [(r, fmt.partial_date(r.date, r.date_precision), "") for r in recent.itertuples()]
decisions += [(r, "Date unknown", " (no source dates it)") for r in undated_events.itertuples()]  # never first
for row, when, dating in decisions:
    body = charts.BODY_LABELS.get(row.body, row.body)
    st.page_link(
        nav.BREAKDOWN.file,
        label=f"**{when}** · {body} · {row.title} — *{label_of(Outcome, row.outcome)}*{dating}",
        icon=":material/how_to_vote:",
        query_params={"event": row.event_id},
    )

st.subheader("Where next")
with st.container(horizontal=True, gap="medium"):  # one row that wraps, not two rows of three columns
    st.page_link(
        nav.BREAKDOWN.file,
        label="The 2014 committee vote",
        icon=":material/how_to_vote:",
        query_params={"event": "ga3-2014-dprk-resolution"},
    )
    st.page_link(
        nav.COMPARE.file,
        label="Compare China, Russia, US",
        icon=":material/compare_arrows:",
        query_params={"states": "CHN,RUS,USA"},
    )
    st.page_link(
        nav.POSITIONS.file,
        label="Quotes by North Korean officials",
        icon=":material/format_quote:",
        query_params={"actor": "PRK", "quotes": "1"},
    )
    st.page_link(nav.COUNTRY.file, label="China's profile", icon=":material/flag:", query_params={"iso3": "CHN"})
    st.page_link(nav.SOURCES.file, label="Read the articles", icon=":material/newspaper:")
    st.page_link(
        nav.DATA.file,
        label="Download the named votes (CSV)",
        icon=":material/download:",
        query_params={"table": "votes"},
    )
ui.footer(data)
