"""Two replicas of `bash scripts/run` behind Debian's nginx (bench/replicas.py, deploy/nginx.conf.template):
two Chromium sessions opened through the proxy, a new reader and a returning one whose cookie maps to the
other replica, each stay on one replica for everything they ask (the page, the WebSocket, a CSV download
built on that replica)."""

from __future__ import annotations

import re
import time
import urllib.request
from collections import defaultdict

from playwright.sync_api import Browser

from bench.browser_bench import VIEWPORT, wait_drawn
from bench.replicas import cluster
from dashboard.app import nav
from tests.conftest import OUT


def replica_for(url: str, cookie: str) -> str:
    """The replica nginx sends a request carrying this route cookie to (its X-Dashboard-Replica header)."""
    request = urllib.request.Request(f"{url}/_stcore/health", headers={"Cookie": f"dashboard_route={cookie}"})
    with urllib.request.urlopen(request, timeout=10) as reply:
        return reply.headers["X-Dashboard-Replica"]


def session(browser: Browser, url: str, cookie: str | None) -> set[str]:
    """One reader (new, or returning with this route cookie): a shared link and a CSV download built on
    its replica; the X-Dashboard-Replica headers of every response it got."""
    context = browser.new_context(viewport=VIEWPORT, accept_downloads=True)
    if cookie:
        context.add_cookies([{"name": "dashboard_route", "value": cookie, "url": url}])
    page = context.new_page()
    headers: set[str] = set()
    page.on("response", lambda r: headers.add(r.headers.get("x-dashboard-replica", "none")))
    page.goto(f"{url}/rollcalls?symbol=A/RES/69/188")
    wait_drawn(page, nav.ROLLCALLS.title, timeout=90)
    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name=re.compile("CSV")).first.click()
    assert download.value.failure() is None
    assert download.value.path().read_bytes().startswith(b"\xef\xbb\xbf")  # the app's CSV, whole
    context.close()
    return headers


def test_each_session_stays_on_its_replica(browser: Browser) -> None:
    OUT.mkdir(exist_ok=True)
    with cluster(2, log=OUT / "replicas.log") as running:
        replicas = {f"127.0.0.1:{r.port}" for r in running.replicas}
        first = session(browser, running.url, None)  # a new reader: the proxy picks and sets the cookie
        # a returning reader whose cookie the proxy maps to the other replica
        other = next(c for c in (f"reader-{n}" for n in range(200)) if {replica_for(running.url, c)} != first)
        seen = [first, session(browser, running.url, other)]
        deadline = time.monotonic() + 15
        while sum(r["status"] == "101" for r in running.access_log()) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)  # nginx logs a WebSocket when it closes
        rows = [r for r in running.access_log() if r["path"] != "/_stcore/health" or r["cookie"] == "-"]
    assert all(len(headers) == 1 for headers in seen), seen  # every response of a session from one replica
    assert set().union(*seen) == replicas  # the two sessions on the two replicas
    by_route: dict[str, set[str]] = defaultdict(set)
    paths: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        by_route[row["route"]].add(row["upstream"])  # the cookie's value, or the one this response sets
        paths[row["route"]].add(row["path"] if row["status"] != "101" else "websocket")
    sessions = {k: v for k, v in by_route.items() if "websocket" in paths[k]}
    assert len(sessions) == 2, paths
    assert all(len(upstreams) == 1 for upstreams in sessions.values()), sessions
    assert all(any(p.startswith("/media/") for p in paths[k]) for k in sessions)  # the download too
