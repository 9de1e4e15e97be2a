"""Entry point: routes only. Each page is a thin layout in dashboard/pages/."""

import streamlit as st

st.set_page_config(page_title="UN votes and positions", page_icon="🗳️", layout="wide")

PAGES = "dashboard/pages"
navigation = st.navigation(
    {
        "Curated from the articles": [
            st.Page(f"{PAGES}/overview.py", title="Overview", icon="🏠", url_path="overview", default=True),
            st.Page(f"{PAGES}/breakdown.py", title="Vote breakdown", icon="🗳️", url_path="breakdown"),
            st.Page(f"{PAGES}/country.py", title="Country profile", icon="🏳️", url_path="country"),
            st.Page(f"{PAGES}/compare.py", title="Compare states", icon="⚖️", url_path="compare"),
            st.Page(f"{PAGES}/positions.py", title="Positions and quotes", icon="💬", url_path="positions"),
            st.Page(f"{PAGES}/sources.py", title="Sources", icon="📰", url_path="sources"),
            st.Page(f"{PAGES}/data.py", title="Data and downloads", icon="⬇️", url_path="data"),
        ],
    }
)
navigation.run()
