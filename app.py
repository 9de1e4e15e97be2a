"""Entry point: routes only. Each page is a thin layout in dashboard/app/pages/ (docs/architecture.md)."""

import streamlit as st

from dashboard.app import loading, ui

st.set_page_config(page_title="UN votes and positions", page_icon="static/favicon.png", layout="wide")

ui.page_style()  # legibility and phone layout, on every page
PAGES = "dashboard/app/pages"
navigation = st.navigation(
    {
        "Curated from the articles": [
            st.Page(
                f"{PAGES}/overview.py", title="Overview", icon=":material/home:", url_path="overview", default=True
            ),
            st.Page(
                f"{PAGES}/breakdown.py", title="Vote breakdown", icon=":material/how_to_vote:", url_path="breakdown"
            ),
            st.Page(f"{PAGES}/country.py", title="Country profile", icon=":material/flag:", url_path="country"),
            st.Page(
                f"{PAGES}/compare.py", title="Compare states", icon=":material/compare_arrows:", url_path="compare"
            ),
            st.Page(
                f"{PAGES}/positions.py",
                title="Positions and quotes",
                icon=":material/format_quote:",
                url_path="positions",
            ),
            st.Page(f"{PAGES}/sources.py", title="Sources", icon=":material/newspaper:", url_path="sources"),
            st.Page(f"{PAGES}/data.py", title="Data and downloads", icon=":material/download:", url_path="data"),
            st.Page(
                f"{PAGES}/add_article.py", title="Add an article", icon=":material/post_add:", url_path="add-article"
            ),
        ],
        "Official roll calls": [
            st.Page(
                f"{PAGES}/record.py", title="A state's voting record", icon=":material/table_view:", url_path="record"
            ),
            st.Page(f"{PAGES}/rollcalls.py", title="Decisions", icon=":material/gavel:", url_path="rollcalls"),
            st.Page(f"{PAGES}/agreement.py", title="Agreement", icon=":material/join_inner:", url_path="agreement"),
            st.Page(
                f"{PAGES}/series.py", title="A resolution over the years", icon=":material/timeline:", url_path="series"
            ),
        ],
    }
)
loading.housekeeping()  # freed memory goes back to the OS once a crowd has left
with loading.timing_log(navigation):  # off unless DASHBOARD_TIMING_LOG is set
    navigation.run()
