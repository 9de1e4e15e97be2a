"""The loading boundary of the app: the only place that caches (the data once per server process, the heaviest
pages' views once per query); also the process's housekeeping (memory_trimmer) and the opt-in timing log of
script runs (timing_log)."""

from __future__ import annotations

import ctypes
import dataclasses
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
    from dashboard.app.content.country import BodiesBase, BodyRecord
    from dashboard.app.content.series import YearOfEvents
    from dashboard.official.agreement import VoteMatrix
    from dashboard.official.outvoted import Outvoted
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
    note_activity()
    _memory_trimmer()


def note_activity() -> None:
    """A script run or a download's file built: the trimmer waits QUIET s, then trims for TRIM_FOR s.
    A download runs no script, so without this a file built long after the last run was never trimmed."""
    global _last_run
    _last_run = time.monotonic()


def seconds_since_activity() -> float:
    """Seconds since the last script run began or download was built (note_activity)."""
    return time.monotonic() - _last_run


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


@dataclass
class SeriesShared:
    """What the series page shows or reads for every state, once per process. Shared: read only."""

    record: RollCalls  # content.series.dprk_record: the record cut to the page's decisions
    decisions: pd.DataFrame  # content.series.dprk_decisions of it
    assembly: pd.DataFrame  # rollcalls.series of the Assembly's resolution, no state
    overview: dict  # charts.series_overview's Vega-Lite spec (its tallies and sponsor counts name no state)
    sponsors: pd.DataFrame  # views.sponsorship_by_year: states × years
    states: dict[str, str]  # content.series.state_options
    events: list[YearOfEvents]  # content.series.years_of_events


@st.cache_resource(show_spinner=False)
def cached_series_shared() -> SeriesShared:
    """SeriesShared, built once per process (~0.4 s)."""
    from dashboard.app import charts
    from dashboard.app.content import series
    from dashboard.official import rollcalls, views

    rc = cached_rollcalls()[0]
    small = series.dprk_record(rc)
    assembly = rollcalls.series(small, series.TITLE)
    years = views.series_years(assembly, series.FIRST, series.LAST)
    overview = charts.spec(charts.series_overview(years, "Tally, or sponsoring states, by year"))
    return SeriesShared(
        small,
        series.dprk_decisions(small),
        assembly,
        overview,
        views.sponsorship_by_year(small, assembly),
        series.state_options(rc),
        series.years_of_events(cached_dataset().frames),
    )


@st.cache_data(max_entries=VIEWS, show_spinner=False)
def series_across(iso3: str) -> pd.DataFrame:
    """content.series.across_bodies: the state's DPRK decisions and gaps in the three bodies."""
    from dashboard.app.content import series

    shared = cached_series_shared()
    return series.across_bodies(shared.record, iso3, shared.decisions)


@st.cache_data(max_entries=VIEWS, show_spinner=False)
def series_grid_html(iso3: str) -> str:
    """The three bodies' grid of that state, as the page draws it (content.series.grid_html)."""
    from dashboard.app.content import series

    return series.grid_html(series.grid(series_across(iso3), cached_dataset().frames))


@st.cache_data(max_entries=VIEWS, show_spinner=False)
def series_events(iso3: str, state: str) -> list[tuple[str, str]]:
    """The articles' events by year with that state's quotes first: (heading, Markdown) per year
    (content.series.year_block)."""
    from dashboard.app.content import series

    return [series.year_block(year, iso3, state) for year in cached_series_shared().events]


@st.cache_data(max_entries=VIEWS, show_spinner=False)
def series_assembly(iso3: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The Assembly's DPRK resolution with that state's part, year by year: (content.series.assembly_view of
    assembly_years' years, as the page shows it: assembly_shown)."""
    from dashboard.app.content import series

    shared = cached_series_shared()
    view = series.assembly_view(series.assembly_years(shared.record, iso3, shared.assembly)[1])
    return view, series.assembly_shown(view)


@st.cache_resource(show_spinner=False)
def cached_dprk_assembly() -> pd.DataFrame:
    """The Assembly's DPRK resolutions (official.record.filter_decisions(dprk=True)), once per process.
    Shared: callers must not change it."""
    from dashboard.official import record

    return record.filter_decisions(cached_rollcalls()[0], dprk=True)


@st.cache_resource(show_spinner=False)
def cached_bodies_base() -> BodiesBase:
    """Every state's record on the other bodies' DPRK decisions (content.country.bodies_base), once per
    process (~0.3 s): a state's Country profile then reads its own in milliseconds. Shared: read only."""
    from dashboard.app.content import country

    return country.bodies_base(cached_rollcalls()[0])


@dataclass
class OverviewView:
    """What the Overview page shows of the curated dataset, computed once per process (~45 ms a run before)."""

    summary: dict  # analysis.dataset_summary
    timeline: dict  # charts.timeline's spec
    recent: pd.DataFrame  # analysis.recent_events: the newest dated events
    undated: pd.DataFrame  # ... and the events no source dates


@st.cache_resource(show_spinner=False)
def cached_overview() -> OverviewView:
    """OverviewView, built once per process: the dataset does not change while the server runs. Shared: read only."""
    from dashboard.app import charts
    from dashboard.curated import analysis

    frames = cached_dataset().frames
    recent, undated = analysis.recent_events(frames, 6)
    timeline = charts.spec(charts.timeline(frames["events"]))
    return OverviewView(analysis.dataset_summary(frames), timeline, recent, undated)


@dataclass
class CountryArticles:
    """The Country profile's articles side of a state the articles name (content.country)."""

    counts: dict[str, int]  # the figures that are not zero
    zeros: str | None  # the line naming the zero ones
    events: list[str]  # each event's facts as one Markdown block (content.country.event_markdown)


@st.cache_data(max_entries=VIEWS, show_spinner=False)
def country_articles(iso3: str) -> CountryArticles:
    """What the Country profile shows of that state from the articles (content.country.article_counts,
    split_zeros, events_of as event_markdown)."""
    from dashboard.app.content import country

    frames = cached_dataset().frames
    counts, zeros = country.split_zeros(country.article_counts(frames, iso3))
    return CountryArticles(counts, zeros, [country.event_markdown(e) for e in country.events_of(frames, iso3)])


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
    ideal_chart: dict | None  # charts.ideal_points' Vega-Lite spec (None without points): built once a state


@st.cache_data(max_entries=VIEWS, show_spinner=False)
def country_assembly(iso3: str, name: str, group: str | None) -> CountryAssembly:
    """What the Country profile shows of that state's Assembly record (see CountryAssembly)."""
    from dashboard.app import charts
    from dashboard.app.content import country
    from dashboard.official import record

    rc, matrix = cached_rollcalls()
    dprk, column = country.dprk_votes(rc, matrix, iso3, name, cached_dprk_assembly())
    line, sponsored = country.sponsorships(rc, iso3)
    points = record.ideal_points(rc, iso3)
    title = f"{name}'s ideal point by year"
    spec = None if points.empty else charts.ideal_points(points.assign(iso3=iso3), {iso3: name}, title)
    return CountryAssembly(
        dprk,
        column,
        country.vote_shares(matrix, iso3),
        country.agreement_scores(rc, matrix, iso3, group),
        line,
        sponsored,
        points,
        None if spec is None else charts.spec(spec),  # as ui.chart draws it
    )


@st.cache_data(max_entries=VIEWS, show_spinner=False)
def country_bodies(iso3: str) -> tuple[pd.DataFrame, list[BodyRecord]]:
    """The state in every body: its shares of votes by body (content.country.shares_by_body), and its record in
    the Council, the Commission and the Security Council (content.country.body_records)."""
    from dashboard.app.content import country

    matrices = {b: cached_body_matrix(b) for b in ["general_assembly", *country.OTHER_BODIES]}
    rc = cached_rollcalls()[0]
    return country.shares_by_body(matrices, iso3), country.body_records(rc, iso3, cached_bodies_base())


TALLIES = ["yes (all states)", "no (all states)", "abstain (all states)"]  # official.record.record_table's


@dataclass
class RecordBody:
    """A state's voting record page's view of one body, whatever the query (content.record)."""

    inside: RollCalls  # the record with this body's members only (content.record.within)
    rcids: pd.Index  # every decision of the body, in the order of `base`
    base: pd.DataFrame  # record_table's columns of every decision without an actor's, as body_table names them
    years: tuple[int, int]
    topics: list[str]
    intro: str


@st.cache_resource(show_spinner=False)
def record_body(body: str) -> RecordBody:
    """The body's decisions as rows without an actor's columns, once per process (the pages never change them)."""
    import pandas as pd

    from dashboard.app.content import record as content
    from dashboard.official import record

    rc = cached_rollcalls()[0]
    calls = record.filter_decisions(rc, body=body)
    inside = content.within(rc, body)
    base = content.body_table(inside, calls, record.record_table(inside, cached_body_matrix(body), calls, []), body)
    mine = content.decisions_of(rc, body)
    facts = content.years_of(mine), content.topics_of(mine), content.intro(mine, body)
    return RecordBody(inside, pd.Index(calls["rcid"]), base, *facts)


@st.cache_resource(max_entries=VIEWS, show_spinner=False)
def record_actor(body: str, code: str) -> pd.DataFrame:
    """One state's or bloc's columns (its vote, a state's sponsorship) on every decision of the body, in
    record_body's order, as record_table and body_table write them."""
    from dashboard.app.content import record as content
    from dashboard.official import record

    view = record_body(body)
    calls = record.filter_decisions(cached_rollcalls()[0], body=body)
    table = record.record_table(view.inside, cached_body_matrix(body), calls, [code])
    table = content.body_table(view.inside, calls, table, body)
    return table[[c for c in table.columns if c not in view.base.columns]]


def record_rows(body: str, actors: tuple[str, ...], found: pd.DataFrame) -> pd.DataFrame:
    """content.record.body_table(record_table(...)) of the decisions found, from the body's cached rows and columns:
    the sponsorship columns only where a decision found comes from a source listing sponsors (record_table's rule)."""
    import pandas as pd

    view = record_body(body)
    at = view.rcids.get_indexer(found["rcid"])
    lists = bool((found["source"].astype(str) == "UN extract").any())
    columns = [view.base.iloc[at, :-1]]  # the base's last column, the decision id, goes last
    for code in actors:
        own = record_actor(body, code).iloc[at]
        columns.append(own if lists else own[[c for c in own.columns if not c.endswith(" sponsored")]])
    columns.append(view.base.iloc[at, -1:])
    table = pd.concat(columns, axis=1).reset_index(drop=True)
    for tally in TALLIES:  # as record_table writes them: whole numbers, a float column only where one is missing
        table[tally] = table[tally].astype("Int32").to_numpy()
    return table


@dataclass
class RecordView:
    """What the voting record page shows of one query (content.record); its CSV is record_query's table."""

    rows: int
    matches: str  # content.record.matches_line
    shown: pd.DataFrame  # the MAX_SHOWN newest, the columns shown (content.record.newest_first, shown_columns)
    votes: list[str]  # shown's vote columns
    totals: str  # official.record.totals as content.record.totals_table
    shares: list[dict]  # the charts of the shares by year, one an actor (none: a single year, no recorded vote)
    caption: str  # content.record.table_caption
    notes: list[str]  # content.record.source_notes


def record_query(
    body: str,
    actors: tuple[str, ...],
    text: str | None,
    years: tuple[int, int],
    topic: str | None,
    method: str | None,
    important: bool,
    dprk: bool,
) -> pd.DataFrame:
    """The voting record's rows of one query (official.record.filter_decisions, then record_rows): its CSV."""
    from dashboard.official import record

    rc = cached_rollcalls()[0]
    found = record.filter_decisions(rc, text, years, topic, method, important, dprk, body, cached_search_text())
    return record_rows(body, actors, found)


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
) -> RecordView:
    """A state's voting record page for one query: its counts, the rows shown, the totals and the chart."""
    from dashboard.app import charts
    from dashboard.app.content import record as content
    from dashboard.official import record

    rc = cached_rollcalls()[0]
    found = record.filter_decisions(rc, text, years, topic, method, important, dprk, body, cached_search_text())
    table = record_rows(body, actors, found)
    shown = content.newest_first(table, content.MAX_SHOWN)
    shares = record.shares_by_year(table)
    drawn = not shares.empty and shares["year"].nunique() > 1
    chart = [charts.spec(one) for one in charts.vote_shares(shares)] if drawn else []
    return RecordView(
        len(table),
        content.matches_line(found, len(table)),
        shown[content.shown_columns(shown)],
        record.vote_columns(shown),
        content.totals_table(record.totals(table)),
        chart,
        content.table_caption(table, body),
        content.source_notes(rc, table),
    )


@st.cache_resource(show_spinner=False)
def record_names() -> dict[str, str]:
    """Every state and bloc a voting record can show, by name (official.record.actor_names), once."""
    from dashboard.official import record

    return record.actor_names(cached_rollcalls()[0])


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


# --- Group cohesion, Outvoted, Adopted without a vote: each page's views per query, chart specs included (built
# once, drawn by st.vega_lite_chart). cache_resource: the pages read these objects and never change them.
@st.cache_resource(show_spinner=False)
def cohesion_matrix(body: str) -> VoteMatrix:
    """The Cohesion page's matrix of a body: the bodies it reads as one (content.cohesion.READS), once."""
    from dashboard.app.content import cohesion as content
    from dashboard.official import cohesion

    return cohesion.combine([cached_body_matrix(b) for b in content.READS[body]])


@dataclass
class CohesionPeriod:
    """Every group's cohesion in one body over one period (official.cohesion, content.cohesion); each group's AI
    on each recorded vote (call_scores, for the CSV) is not kept: cohesion_calls counts it again when asked."""

    rows: pd.DataFrame  # yearly: each group's AI per year
    period: pd.DataFrame  # content.period_view: each group over the period, least cohesive first
    by_year: pd.DataFrame  # content.yearly_view: years × groups, newest first
    headline: str


@st.cache_resource(max_entries=VIEWS, show_spinner=False)
def cohesion_period(body: str, start: int, end: int) -> CohesionPeriod:
    from dashboard.app.content import cohesion as content
    from dashboard.official import cohesion

    groups = cohesion.all_groups(cohesion_matrix(body), start, end)
    rows = cohesion.yearly(groups)
    period = content.period_view(cohesion.call_scores(groups))
    headline = content.headline(period, content.BODIES[body], start, end)
    return CohesionPeriod(rows, period, content.yearly_view(rows), headline)


def cohesion_calls(body: str, start: int, end: int) -> pd.DataFrame:
    """Each group's AI on each recorded vote of the body in the years (official.cohesion.call_scores), not cached:
    the yearly CSV's sources, built when its button is clicked."""
    from dashboard.official import cohesion

    return cohesion.call_scores(cohesion.all_groups(cohesion_matrix(body), start, end))


@st.cache_resource(max_entries=VIEWS, show_spinner=False)
def cohesion_chart(body: str, group: str, start: int, end: int) -> dict:
    """The Agreement Index lines of every group, one highlighted (charts.cohesion_lines), as a spec."""
    from dashboard.app import charts
    from dashboard.app.content import cohesion as content

    title = f"Agreement Index by year, {start}–{end}"
    return charts.spec(charts.cohesion_lines(cohesion_period(body, start, end).rows, content.SHORT, group, title))


@st.cache_resource(max_entries=VIEWS, show_spinner=False)
def cohesion_breakers(body: str, group: str, start: int, end: int) -> pd.DataFrame:
    """The group's members ranked by how often they broke from its majority (content.cohesion.breakers_view)."""
    from dashboard.app.content import cohesion as content
    from dashboard.official import cohesion

    rows = cohesion.breakers(cohesion_matrix(body), group, start, end)
    return content.breakers_view(rows, cached_rollcalls()[0].names)


@st.cache_resource(max_entries=VIEWS, show_spinner=False)
def cohesion_breaks(body: str, group: str, member: str, start: int, end: int) -> pd.DataFrame:
    """The recorded votes on which a member broke from its group's majority (content.cohesion.breaks_view)."""
    from dashboard.app.content import cohesion as content
    from dashboard.official import cohesion

    rc = cached_rollcalls()[0]
    return content.breaks_view(rc, cohesion.breaks_of(cohesion_matrix(body), group, member, start, end))


@dataclass
class OutvotedView:
    """The Outvoted page's view of one body and period (official.outvoted, content.outvoted)."""

    lost: Outvoted  # outvoted.outvoted with the votes that lost only (a state's decisions are read from them)
    csv: pd.DataFrame  # content.outvoted.ranking_csv
    table: pd.DataFrame  # outvoted.ranking
    shown: pd.DataFrame  # content.ranking_view
    summary: str
    bars: str  # the CHART_TOP most often outvoted as HTML bars (content.outvoted.bars_html; "": no state counted)


@st.cache_resource(max_entries=VIEWS, show_spinner=False)
def outvoted_view(body: str, start: int, end: int) -> OutvotedView:
    from dashboard.app.content import outvoted as content
    from dashboard.official import outvoted

    rc = cached_rollcalls()[0]
    result = outvoted.outvoted(rc, body, (start, end))
    table = outvoted.ranking(result, rc.names)
    title = f"The {content.CHART_TOP} states most often outvoted"
    bars = content.bars_html(table.head(content.CHART_TOP), title) if len(table) else ""
    csv = content.ranking_csv(result, table, body, start, end)
    lost = dataclasses.replace(result, votes=result.votes[result.votes["lost"].to_numpy()].reset_index(drop=True))
    summary = content.summary(result, body, start, end)
    return OutvotedView(lost, csv, table, content.ranking_view(table), summary, bars)


@st.cache_resource(max_entries=VIEWS, show_spinner=False)
def outvoted_decisions(body: str, start: int, end: int, iso3: str) -> pd.DataFrame:
    """The decisions on which the state was outvoted (content.outvoted.decisions_view)."""
    from dashboard.app.content import outvoted as content

    return content.decisions_view(outvoted_view(body, start, end).lost, iso3)


@st.cache_resource(show_spinner=False)
def consensus_years() -> tuple[pd.DataFrame, dict]:
    """Adopted without a vote per body and year (official.consensus.yearly) and its chart's spec, once: they
    depend on the record alone."""
    from dashboard.app import charts
    from dashboard.app.content import consensus as content
    from dashboard.official import consensus

    years = consensus.yearly(cached_rollcalls()[0])
    title = "Share of decisions taken adopted without a vote"
    return years, charts.spec(charts.consensus_share(content.yearly_view(years), title))


@st.cache_resource(max_entries=VIEWS, show_spinner=False)
def consensus_items(
    body: str, first: tuple[int, int], second: tuple[int, int], min_n: int
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The agenda items compared between two periods (official.consensus.by_item) and as shown (items_view)."""
    from dashboard.app.content import consensus as content
    from dashboard.official import consensus

    table = consensus.by_item(cached_rollcalls()[0], body, first, second, min_n)
    return table, content.items_view(table)


# --- The Decisions page's decision (dashboard/app/decision.py): what it shows of one decision, once per decision.
@st.cache_resource(max_entries=VIEWS, show_spinner=False)
def decision_by_symbol(symbol: str) -> int | None:
    """The decision a symbol opens (official.views.by_symbol), or None."""
    from dashboard.official import views

    return views.by_symbol(cached_rollcalls()[0], symbol)


@dataclass
class DecisionVotes:
    """A recorded vote with names, as the Decisions page shows it (content.rollcalls, charts)."""

    rows: pd.DataFrame  # rollcalls.breakdown with seats (content.rollcalls.with_seats)
    count: dict[str, int]  # rollcalls.tally
    tally: str  # the tally as HTML bars (charts.tally_html: no Vega view for four numbers)
    seats: dict  # the charts' specs: the hemicycle of seats, the map of every member's vote
    map: dict
    names: list[tuple[str, str]]  # content.rollcalls.name_lists


@dataclass
class Decision:
    """One decision of the record, as the Decisions page shows it; the vote filter's table is built per run."""

    call: pd.Series  # rollcalls.roll_call
    outcome: str  # content.rollcalls.outcome_block
    votes: DecisionVotes | None  # None: the record does not name the voters
    sponsors: pd.DataFrame  # content.rollcalls.sponsor_table
    sponsor_map: dict | None  # charts.sponsor_map of the sponsoring states (None: no sponsor listed)
    sponsor_summary: tuple[pd.DataFrame, str, str, str | None] | None  # content.rollcalls.sponsor_summary


@st.cache_resource(max_entries=VIEWS, show_spinner=False)
def decision(rcid: int) -> Decision:
    """What the Decisions page shows of the decision `rcid` (one of the record's), but its filtered votes table."""
    from dashboard.app import charts
    from dashboard.app.content import rollcalls as content
    from dashboard.official import rollcalls

    rc = cached_rollcalls()[0]
    call = rollcalls.roll_call(rc, rcid)
    assert call is not None  # the page opens only decisions of the record
    votes = None
    if rollcalls.has_names(rc, rcid):
        rows = content.with_seats(rc, call, rollcalls.breakdown(rc, rcid))
        count = rollcalls.tally(rows)
        seats = charts.hemicycle(content.seats(rows), f"The {len(rows)} members", named_label="in the official record")
        votes = DecisionVotes(
            rows,
            count,
            charts.tally_html(dict(count), "Tally (counted from the rows)"),
            charts.spec(seats),
            charts.spec(charts.vote_map(rows.rename(columns={"iso3": "country_iso3"}), "Every member's vote")),
            content.name_lists(rows),
        )
    sponsors = content.sponsor_table(rc, call, rcid)
    summary = content.sponsor_summary(sponsors) if not sponsors.empty else None
    sponsor_map = charts.spec(charts.sponsor_map(summary[0], "Sponsoring states")) if summary else None
    outcome = content.outcome_block(rc, call, votes.count if votes else None)
    return Decision(call, outcome, votes, sponsors, sponsor_map, summary)


@st.cache_resource(max_entries=VIEWS, show_spinner=False)
def decision_votes_table(rcid: int, chosen: tuple[str, ...]) -> pd.DataFrame:
    """The decision's votes table of these votes, as shown and downloaded (content.rollcalls.vote_table)."""
    from dashboard.app.content import rollcalls as content

    found = decision(rcid)
    assert found.votes is not None  # only a vote with names has a votes table
    return content.vote_table(cached_rollcalls()[0], found.call, rcid, list(chosen), found.votes.rows)
