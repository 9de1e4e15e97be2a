"""The loading boundary of the app: the only place that caches (once per server process)."""

from __future__ import annotations

from typing import Any

import streamlit as st

from dashboard.curated.load import Dataset, load_dataset


@st.cache_resource(show_spinner="Loading the curated dataset…")
def cached_dataset() -> Dataset:
    """The dataset of this project, loaded once per server process (Streamlit's resource cache)."""
    return load_dataset()


@st.cache_resource(show_spinner="Loading the official roll calls…")
def cached_rollcalls() -> tuple[Any, Any]:
    """The official roll calls and their vote matrix, loaded once per server process."""
    from dashboard.official import agreement, rollcalls

    tables = rollcalls.load_rollcalls()
    return tables, agreement.vote_matrix(tables)


@st.cache_resource(show_spinner=False)
def cached_votes_csv() -> Any:
    """The all-votes CSV of the official record, prepared once per server process (~35 MB): a download
    button's callable writes the whole record (`.to_bytes()`) or one state's rows
    (`.to_bytes(rollcalls.state_rows(rc, "CHN"))`) in milliseconds, only when clicked."""
    from dashboard.official import rollcalls

    return rollcalls.votes_csv(cached_rollcalls()[0])
