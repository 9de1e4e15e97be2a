"""The protocol-level load generator (bench/load_protocol.py, bench/st_protocol.py) against one server
started here with `bash scripts/run`: what it sends is what Chromium sends, field by field, and a
short crowd (3 readers, ~10 s) gets every action finished with no error. Timings are never asserted."""

from __future__ import annotations

import argparse
import asyncio
import urllib.error
from collections.abc import Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from playwright.sync_api import Browser
from streamlit.proto.BackMsg_pb2 import BackMsg

from bench.browser_bench import VIEWPORT, served, wait_drawn
from bench.load_protocol import cache_figures, crowd, tour
from bench.st_protocol import Reader
from dashboard.app import nav
from tests.conftest import OUT

#: Values that belong to one session or one browser, not to the message's meaning.
PER_SESSION = {"cached_message_hashes", "timezone", "timezone_offset"}


@pytest.fixture(scope="module")
def app() -> Iterator[str]:
    OUT.mkdir(exist_ok=True)
    with served("127.0.0.1", log=OUT / "load-protocol-server.log") as (url, _, _):
        yield url


def run_async(coroutine: Coroutine[Any, Any, Any]) -> Any:
    """Run a coroutine to its end in a thread of its own (Playwright's sync API holds this thread's loop)."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def fields(msg: object, prefix: str = "") -> dict[str, object]:
    """Every set field of a protobuf message, flattened to dotted names (per-session values: present only)."""
    found: dict[str, object] = {}
    for descriptor, value in msg.ListFields():  # type: ignore[attr-defined]
        name = prefix + descriptor.name
        if descriptor.name in PER_SESSION:
            found[name] = "present"
        elif descriptor.message_type is not None and not descriptor.is_repeated:
            found[name] = "present"
            found |= fields(value, name + ".")
        else:
            found[name] = list(value) if descriptor.is_repeated else value
    return found


def browser_messages(browser: Browser, url: str) -> list[BackMsg]:
    """The BackMsgs Chromium sends: a shared link opened in a new tab, then a page change by the sidebar."""
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    frames: list[bytes] = []
    page.on("websocket", lambda ws: ws.on("framesent", lambda payload: frames.append(payload)))
    page.goto(f"{url}/rollcalls?symbol=A/RES/69/188")
    wait_drawn(page, nav.ROLLCALLS.title, timeout=90)
    page.locator('[data-testid="stSidebarNav"]').get_by_text("Agreement", exact=True).click()
    wait_drawn(page, "Agreement in the official record", timeout=90)
    context.close()
    messages = []
    for frame in frames:
        msg = BackMsg()
        msg.ParseFromString(frame)
        messages.append(msg)
    return [m for m in messages if m.WhichOneof("type") == "rerun_script"]


async def generator_messages(url: str) -> list[BackMsg]:
    me = Reader(url, timeout=90)
    link = await me.open("/rollcalls", "symbol=A/RES/69/188")
    page = await me.change_page("agreement")
    await me.close()
    assert link.finished and page.finished and not link.errors + page.errors
    return me.sent


def test_the_generator_sends_what_chromium_sends(app: str, browser: Browser) -> None:
    seen = browser_messages(browser, app)
    sent = run_async(generator_messages(app))
    assert len(seen) == 2, [m.WhichOneof("type") for m in seen]
    for name, ours, chromium in zip(("shared link", "page change"), sent, seen, strict=True):
        assert fields(ours) == fields(chromium), name
    assert fields(sent[0])["rerun_script.query_string"] == "symbol=A/RES/69/188"
    assert fields(sent[1])["rerun_script.cached_message_hashes"] == "present"  # the client's element cache
    assert "rerun_script.page_script_hash" in fields(sent[1])


def test_a_short_crowd_gets_every_action_finished_without_error(app: str) -> None:
    args = argparse.Namespace(readers=3, seconds=10, ramp=0.5, think=2.5, timeout=90)
    results, cancelled = run_async(crowd(app, args))
    assert cancelled == 0
    assert [r for r in results if r.errors] == []
    assert all(r.finished for r in results)
    kinds = [r.kind for r in results]
    assert kinds.count("link") == 3
    assert len(kinds) > 3  # the readers acted after arriving
    assert all(r.received > 0 for r in results)  # each run's messages (or file) arrived


async def download_fetched_late(url: str) -> tuple[list[bytes | int], list[int]]:
    """Reader A clicks a CSV download but its browser is slow to fetch it: meanwhile two other readers'
    runs finish (each ends with Streamlit's sweep of unreferenced files, which marks a built download
    and deletes it on the next pass). Then A fetches it, twice; then A changes page (its next run frees
    the kept file) and fetches it once more after two more sweeps. Returns the fetches (bytes or HTTP
    status) and the runs' script_finished count as a check that the sweeps happened."""
    a, b, c = (Reader(url, timeout=90, agent=f"late-fetch/{n}") for n in "abc")
    await a.open("/rollcalls", "symbol=A/RES/69/188")
    click = await a.download(a.csv_downloads()[0], fetch=False)
    assert click.finished and click.url and not click.errors, click
    others = await asyncio.gather(b.open("/country", "iso3=ZAF"), c.open("/agreement", "a=USA&b=CHN"))
    others += await asyncio.gather(b.change_page("sources"), c.change_page("sources"))
    fetched: list[bytes | int] = []
    for _ in range(2):
        fetched.append(await fetch_or_status(a, click.url))
    left = [await a.change_page("sources")]
    left += await asyncio.gather(b.change_page("rollcalls"), c.change_page("rollcalls"))
    fetched.append(await fetch_or_status(a, click.url))
    for reader in (a, b, c):
        await reader.close()
    runs = [r for r in others + left if r.finished and not r.errors]
    return fetched, [len(runs)]


async def fetch_or_status(reader: Reader, url: str) -> bytes | int:
    try:
        return await reader.get(url)
    except urllib.error.HTTPError as error:
        return error.code


def test_a_download_fetched_late_under_other_readers_runs_still_arrives(app: str) -> None:
    fetched, (runs,) = run_async(download_fetched_late(app))
    assert runs == 7  # the other readers' four runs before the fetch, and three after
    first, again, after_rerun = fetched
    assert isinstance(first, bytes) and first.startswith(b"\xef\xbb\xbf"), first  # the app's CSV, whole
    assert again == first  # fetched twice (a browser may retry)
    assert after_rerun == 404  # freed once the session ran again: nothing kept past its use


def test_the_caches_figures_name_each_cached_function(app: str) -> None:
    async def series_of_chn() -> None:
        me = Reader(app, timeout=90)
        assert (await me.open("/series", "iso3=CHN")).finished
        await me.close()

    run_async(series_of_chn())
    figures = cache_figures(app)
    assert figures["resource:cached_rollcalls"] == 1  # an entry count: one record per process
    assert 0 < figures["data:series_across"] < 5  # MB of pickles: the views of one or a few states
    assert cache_figures("http://127.0.0.1:9") == {}  # no server there: no figures, no exception


def test_the_tour_before_idle_draws_every_page_without_error(app: str) -> None:
    results = run_async(tour([app], 60))
    pages = [r for r in results if r.kind == "page"]
    assert len(pages) == len(nav.PAGES) and not [r.errors for r in results if r.errors]


async def reopen_after_a_cut_download(url: str) -> tuple[bool, list[str]]:
    me = Reader(url, timeout=20)
    await me.open("/rollcalls", "symbol=A/RES/69/188")
    await me.close()
    me._request_id = "cut"  # what a download whose socket died before its answer leaves behind
    again = await me.open("/rollcalls", "symbol=A/RES/69/188", kind="reconnect")
    await me.close()
    return again.finished, again.errors


def test_a_reader_whose_download_was_cut_gets_its_page_back_on_reconnecting(app: str) -> None:
    # The stop-replica test once waited 60 s on such a reader: its page's end was ignored as not the download's
    finished, errors = run_async(reopen_after_a_cut_download(app))
    assert finished and errors == []
