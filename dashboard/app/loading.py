"""The loading boundary of the app: the only place that caches (the data once per server process, the heaviest
pages' views once per query); also the process's housekeeping (memory_trimmer) and the opt-in timing log of
script runs (timing_log)."""

from __future__ import annotations

import ctypes
import gc
import json
import logging
import os
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING

import streamlit as st

from dashboard.app import reaper
from dashboard.curated.load import Dataset, load_dataset

if TYPE_CHECKING:  # imported when first used, as the pages need them (a start loads the curated data first)
    import pandas as pd
    from streamlit.navigation.page import StreamlitPage

    from dashboard.app.content.agreement import Pair
    from dashboard.app.content.breakdown import View as BreakdownView
    from dashboard.app.content.compare import Stances
    from dashboard.app.content.country import BodyRecord
    from dashboard.official.agreement import VoteMatrix
    from dashboard.official.rollcalls import RollCalls
    from dashboard.safecsv import Prepared


@st.cache_resource(show_spinner="Loading the curated dataset…")
def cached_dataset() -> Dataset:
    """The dataset of this project, loaded once per server process (Streamlit's resource cache)."""
    return load_dataset()


@st.cache_resource(show_spinner="Loading the official roll calls…")
def cached_rollcalls() -> tuple[RollCalls, VoteMatrix]:
    """The official roll calls and their vote matrix, loaded once per server process."""
    from dashboard.official import agreement, rollcalls

    tables = rollcalls.load_rollcalls()
    return tables, agreement.vote_matrix(tables)


@st.cache_resource(show_spinner="Counting the body's recorded votes…")
def cached_body_matrix(body: str) -> VoteMatrix:
    """One body's vote matrix (agreement is computed within one body, never across), once per server process;
    the Assembly's is cached_rollcalls' own."""
    from dashboard.official import agreement
    from dashboard.official.vocab import Body

    rc, assembly = cached_rollcalls()
    return assembly if body == Body.general_assembly.value else agreement.vote_matrix(rc, body=body)


@st.cache_resource(show_spinner=False)
def cached_votes_csv() -> Prepared:
    """The all-votes CSV of the official record, prepared once per server process (~35 MB): a download
    button's callable writes the whole record (`.to_bytes()`) or one state's rows
    (`.to_bytes(rollcalls.state_rows(rc, "CHN"))`) in milliseconds, only when clicked."""
    from dashboard.official import rollcalls

    return rollcalls.votes_csv(cached_rollcalls()[0])


#: Opt-in: `DASHBOARD_TIMING_LOG=path` appends one JSON line per script run (for bench/load_test.py).
TIMING_LOG = os.environ.get("DASHBOARD_TIMING_LOG", "")
_LOG_LOCK = threading.Lock()
#: The memory trimmer looks every TRIM_TICK s; it trims once no script has run for QUIET s, for up to
#: TRIM_FOR s after the last run (sessions are freed 30 s after their tab closes: .streamlit/config.toml).
TRIM_TICK, QUIET, TRIM_FOR = 5.0, 10.0, 120.0
_last_run = time.monotonic()


def _log(record: dict[str, object]) -> None:
    with _LOG_LOCK, open(TIMING_LOG, "a", encoding="utf-8") as log:
        log.write(json.dumps(record) + "\n")


def timing_log(navigation: StreamlitPage) -> AbstractContextManager[None]:
    """Around `navigation.run()` in app.py. Off by default: a null context, nothing measured. With
    DASHBOARD_TIMING_LOG=path, each script run appends {start, wall, cpu, page, agent} to that file:
    wall-clock start (time.time(), comparable with the browser driver's on the same machine), wall
    and CPU seconds of the run's own thread, the page's URL path and the browser's User-Agent (the
    load test tags each of its sessions there)."""
    return _timed(navigation) if TIMING_LOG else nullcontext()


@contextmanager
def _timed(navigation: StreamlitPage) -> Iterator[None]:
    start, wall0, cpu0 = time.time(), time.perf_counter(), time.thread_time()
    try:
        yield
    finally:
        wall, cpu = time.perf_counter() - wall0, time.thread_time() - cpu0
        agent = st.context.headers.get("User-Agent", "")
        _log({"start": start, "wall": wall, "cpu": cpu, "page": navigation.url_path, "agent": agent})


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmRSS:"))


def housekeeping() -> None:
    """On every script run (app.py): note the time, and start the memory trimmer once per process."""
    global _last_run
    _last_run = time.monotonic()
    _memory_trimmer()


@st.cache_resource(show_spinner=False)
def _memory_trimmer() -> threading.Thread | None:
    """A daemon thread that every TRIM_TICK s shuts down the sessions of tabs closed more than
    disconnectedSessionTTL ago (dashboard.app.reaper), and, while the server is quiet (no script run
    for QUIET s, the last run or session shut down less than TRIM_FOR s ago), collects cycles and asks
    glibc to hand freed heap pages back to the OS (malloc_trim(0), without the GIL): 60–80 ms of CPU
    a pass, so never while people click. Freed memory otherwise stays with the process: an idle
    server triggers no collection, and glibc keeps freed pages inside its heaps.

    First, Arrow's allocations (pandas 3 keeps every text column in Arrow memory) move from Arrow's
    bundled mimalloc to the system allocator, which the trimmer can empty: with mimalloc the idle
    server held 320 MB and kept +50 MB after eight visitors had left; with the system allocator
    245 MB and +2 % (bench/load_test.py measures it)."""
    import pyarrow

    pyarrow.set_memory_pool(pyarrow.system_memory_pool())
    try:
        trim = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc: only the sessions are reaped
        trim = None

    def run() -> None:
        freed, reaping = 0.0, True
        while True:
            time.sleep(TRIM_TICK)
            now = time.monotonic()
            try:
                if reaping and reaper.reap_closed_sessions():
                    freed = now
            except Exception:  # the reaper's guard missed a change in Streamlit's internals: trim only
                logging.getLogger(__name__).exception("Closed sessions cannot be reaped; memory will grow")
                reaping = False
            if now - _last_run < QUIET or now - max(_last_run, freed) > TRIM_FOR:
                continue
            started, cpu0 = time.perf_counter(), time.thread_time()
            before = _rss_mb() if TIMING_LOG else 0
            gc.collect()
            if trim is not None:
                trim(0)
            if TIMING_LOG:
                took, cpu = time.perf_counter() - started, time.thread_time() - cpu0
                rss = {"rss_before": before, "rss_after": _rss_mb()}
                _log({"start": time.time() - took, "wall": took, "cpu": cpu, "page": "(trim)", "agent": ""} | rss)

    thread = threading.Thread(target=run, name="memory-trimmer", daemon=True)
    thread.start()
    return thread


# --- Views per query: a page's heaviest pure computations, once per server process and query (a shared link's
# readers, and every return to a page, reuse them). Each is keyed by the query alone and reads the record from the
# caches above; Streamlit hands each run its own copy. At most VIEWS entries each, least recently used dropped.
VIEWS = 64


@st.cache_data(max_entries=VIEWS, show_spinner=False)
def series_across(iso3: str) -> pd.DataFrame:
    """content.series.across_bodies: the state's DPRK decisions and gaps in the three bodies."""
    from dashboard.app.content import series

    return series.across_bodies(cached_rollcalls()[0], iso3)


@st.cache_data(max_entries=VIEWS, show_spinner=False)
def series_grid_html(iso3: str) -> str:
    """The three bodies' grid of that state, as the page draws it (content.series.grid_html)."""
    from dashboard.app.content import series

    return series.grid_html(series.grid(series_across(iso3), cached_dataset().frames))


@st.cache_data(max_entries=VIEWS, show_spinner=False)
def series_assembly(iso3: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The Assembly's DPRK resolution with that state's part: (content.series.assembly_years' table and years,
    and the sponsoring states by year, views.sponsorship_by_year)."""
    from dashboard.app.content import series
    from dashboard.official import views

    rc = cached_rollcalls()[0]
    table, years = series.assembly_years(rc, iso3)
    return table, years, views.sponsorship_by_year(rc, table)


@dataclass
class CountryAssembly:
    """The Country profile's Assembly record of a state that cast recorded votes (content.country)."""

    dprk: pd.DataFrame  # its votes on the DPRK resolutions
    vote_column: str  # dprk's column of its votes
    vote_shares: str
    agreement: pd.DataFrame
    sponsorship_line: str
    sponsored: pd.DataFrame
    ideal_points: pd.DataFrame


@st.cache_data(max_entries=VIEWS, show_spinner=False)
def country_assembly(iso3: str, name: str, group: str | None) -> CountryAssembly:
    """What the Country profile shows of that state's Assembly record (see CountryAssembly)."""
    from dashboard.app.content import country
    from dashboard.official import record

    rc, matrix = cached_rollcalls()
    dprk, column = country.dprk_votes(rc, matrix, iso3, name)
    line, sponsored = country.sponsorships(rc, iso3)
    return CountryAssembly(
        dprk,
        column,
        country.vote_shares(matrix, iso3),
        country.agreement_scores(rc, matrix, iso3, group),
        line,
        sponsored,
        record.ideal_points(rc, iso3),
    )


@st.cache_data(max_entries=VIEWS, show_spinner=False)
def country_bodies(iso3: str) -> tuple[pd.DataFrame, list[BodyRecord]]:
    """The state in every body: its shares of votes by body (content.country.shares_by_body), and its record in
    the Council, the Commission and the Security Council (content.country.body_records)."""
    from dashboard.app.content import country

    matrices = {b: cached_body_matrix(b) for b in ["general_assembly", *country.OTHER_BODIES]}
    return country.shares_by_body(matrices, iso3), country.body_records(cached_rollcalls()[0], iso3)


@st.cache_data(max_entries=VIEWS, show_spinner=False)
def record_view(
    body: str,
    actors: tuple[str, ...],
    text: str | None,
    years: tuple[int, int],
    topic: str | None,
    method: str | None,
    important: bool,
    dprk: bool,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A state's voting record page for one query: (the decisions found, official.record.filter_decisions; the
    table of their votes, content.record.body_table of official.record.record_table)."""
    from dashboard.app.content import record as content
    from dashboard.official import record

    rc = cached_rollcalls()[0]
    found = record.filter_decisions(rc, text, years, topic, method, important, dprk, body)
    inside = content.within(rc, body)
    table = record.record_table(inside, cached_body_matrix(body), found, list(actors))
    return found, content.body_table(inside, found, table, body)


@st.cache_data(max_entries=VIEWS, show_spinner=False)
def compare_view(states: tuple[str, ...]) -> tuple[Stances, str, pd.DataFrame, dict[str, str]]:
    """Compare states for these states: the articles' stance matrix (content.compare.stances) and its HTML
    (ui.matrix_html), and the Assembly's DPRK resolutions with their vote headers (content.compare.dprk_votes)."""
    from dashboard.app import ui
    from dashboard.app.content import compare
    from dashboard.curated import analysis

    frames = cached_dataset().frames
    rc, matrix = cached_rollcalls()
    names = ui.all_states(frames, rc)
    view = compare.stances(frames, rc, list(states), {s: names[s] for s in states})
    html = ui.matrix_html(view.table, view.facts, analysis.event_options(frames), view.official)
    return view, html, *compare.dprk_votes(rc, matrix, list(states))


@st.cache_resource(show_spinner=False)
def cached_event_options() -> dict[str, str]:
    """The curated events' labels, newest first (curated.analysis.event_options), once per server process: the
    event pickers' options. Read it, never change it."""
    from dashboard.curated import analysis

    return analysis.event_options(cached_dataset().frames)


@st.cache_data(max_entries=VIEWS, show_spinner=False)
def breakdown_view(event_id: str, linked: bool) -> BreakdownView:
    """The Vote breakdown of one event (content.breakdown.view); `linked`: the event is linked to the official
    record, which is then read (the page checks first that it can be)."""
    from dashboard.app.content import breakdown

    return breakdown.view(cached_dataset().frames, cached_rollcalls()[0] if linked else None, event_id)


@st.cache_resource(max_entries=VIEWS, show_spinner=False)
def agreement_pair(body: str, a: str, b: str, start: int, end: int) -> Pair:
    """The Agreement page's view of two states or blocs in one body over a period (content.agreement.pair). The
    object itself, shared by every run (no copy: 3 ms saved a run for USA–CHN's 2,898 divergent votes): read it,
    never change it."""
    from dashboard.app.content import agreement

    return agreement.pair(cached_rollcalls()[0], cached_body_matrix(body), body, a, b, start, end)


@st.cache_data(max_entries=VIEWS, show_spinner=False)
def agreement_closest(body: str, a: str, start: int, end: int) -> pd.DataFrame:
    """Every state's Voeten score with `a` in one body over a period, highest first (content.agreement.closest)."""
    from dashboard.app.content import agreement

    return agreement.closest(cached_body_matrix(body), a, cached_rollcalls()[0].names, start, end)


@st.cache_data(max_entries=VIEWS, show_spinner=False)
def compare_statements(states: tuple[str, ...]) -> dict[str, pd.DataFrame]:
    """Compare states' statements side by side: each state's positions in the articles (content.compare.statements)."""
    from dashboard.app.content import compare

    return compare.statements(cached_dataset().frames, list(states))


@st.cache_resource(show_spinner=False)
def cached_search_text() -> pd.Series:
    """What a search of the decisions looks in (official.rollcalls.search_text), once per server process."""
    from dashboard.official import rollcalls

    return rollcalls.search_text(cached_rollcalls()[0])


@st.cache_resource(show_spinner=False)
def cached_official_footer() -> str:
    """The official record's part of every page's footer (official.sources.footer_markdown: each source's
    dates counted from the rows), once per server process: the record does not change while it runs."""
    from dashboard.official import sources

    return sources.footer_markdown(cached_rollcalls()[0])


@st.cache_resource(show_spinner=False)
def cached_topics() -> list[str]:
    """The topics of the decisions, for the Decisions page's filter (content.rollcalls.topics_of), once."""
    from dashboard.app.content import rollcalls as content

    return content.topics_of(cached_rollcalls()[0])


@st.cache_data(max_entries=VIEWS, show_spinner=False)
def decision_listing(rcids: tuple[int, ...]) -> pd.DataFrame:
    """The Decisions page's list of these decisions, in this order (content.rollcalls.listing)."""
    import pandas as pd

    from dashboard.app.content import rollcalls as content

    rc = cached_rollcalls()[0]
    at = pd.Index(rc.decisions["rcid"]).get_indexer(list(rcids))
    return content.listing(rc, rc.decisions.iloc[at])
