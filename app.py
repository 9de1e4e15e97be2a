"""Entry point: routes only. Each page is a thin layout in dashboard/app/pages/ (docs/architecture.md)."""

import streamlit as st

from dashboard.app import loading, nav, ui

st.set_page_config(page_title="UN votes and positions", page_icon="static/favicon.png", layout="wide")

ui.page_style()  # legibility, phone layout and the menu closing after a tap on a narrow screen, on every page
navigation = st.navigation(
    {
        section: [
            st.Page(page.file, title=page.title, icon=page.icon, url_path=page.path, default=page.default)
            for page in pages
        ]
        for section, pages in nav.sections().items()
    }
)
loading.housekeeping()  # freed memory goes back to the OS once a crowd has left
with loading.timing_log(navigation):  # off unless DASHBOARD_TIMING_LOG is set
    navigation.run()
