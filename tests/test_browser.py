"""A real browser: `streamlit run` on localhost, Debian's Chromium driven by Playwright.

Every page loads with no error element, the map draws its countries from the local topojson,
no request leaves localhost, a CSV download is read back, each page is saved as a screenshot
under test-output/screenshots/, and the cold start and a page change are timed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd
import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.browser_support import CHROMIUM, CHROMIUM_ARGS, free_port, healthy
from tests.conftest import ROOT

OUT = ROOT / "test-output"
SHOTS = OUT / "screenshots"
PAGES = {
    "overview": ("/", "UN votes and state positions"),
    "breakdown": ("/breakdown?event=ga3-2014-dprk-resolution", "Vote breakdown"),
    "breakdown-without-vote": ("/breakdown?event=hrc-2017-dprk-resolution", "Vote breakdown"),
    "country": ("/country?iso3=PRK", "Country profile"),
    "compare": ("/compare?states=CHN,RUS,USA", "Compare states"),
    "positions": ("/positions?actor=PRK", "Positions and quotes"),
    "sources": ("/sources?fact=chn-dissociates-hrc-2017", "Sources"),
    "data": ("/data?table=votes", "Data and downloads"),
    "rollcalls": ("/rollcalls?rcid=5377", "Official roll calls"),
    "agreement": ("/agreement?a=USA&b=CHN", "Agreement in the official record"),
    "series": ("/series?iso3=CHN", "A resolution across the years"),
}
LOCAL = {"127.0.0.1", "localhost", "::1"}
pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def timings() -> Iterator[dict[str, float]]:
    found: dict[str, float] = {}
    yield found
    OUT.mkdir(exist_ok=True)
    (OUT / "timings.json").write_text(json.dumps(found, indent=2))
    print("\nbrowser timings (s):", json.dumps(found))


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing (/usr/bin/chromium): apt-get install -y chromium")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def server(browser: Browser, timings: dict[str, float]) -> Iterator[str]:
    """The app on a free localhost port; records the cold start to the first page drawn."""
    port = free_port()
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port), "--server.headless", "true"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        while not healthy(port):
            if process.poll() is not None or time.monotonic() - started > 90:
                pytest.fail(f"streamlit did not start: {process.stdout.read() if process.stdout else ''}")
            time.sleep(0.1)
        url = f"http://127.0.0.1:{port}"
        page = browser.new_page()
        page.goto(url + "/")
        page.get_by_role("heading", name="UN votes and state positions").wait_for(timeout=60_000)
        timings["cold_start_to_first_page"] = round(time.monotonic() - started, 2)
        page.close()
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A page that refuses, and records, any request to a host other than localhost."""
    context = browser.new_context(viewport={"width": 1280, "height": 2400}, accept_downloads=True)
    outside: list[str] = []

    def guard(route, request) -> None:  # noqa: ANN001 - Playwright's callback types
        if urlparse(request.url).hostname in LOCAL or request.url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            outside.append(request.url)
            route.abort()

    context.route("**/*", guard)
    tab = context.new_page()
    yield tab
    context.close()
    assert outside == [], f"requests left the machine: {outside}"


def settle(page: Page) -> None:
    """Wait until Streamlit has finished running the script."""
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000)
    page.wait_for_load_state("networkidle")
    page.wait_for_function(  # every plotly chart drawn
        "() => [...document.querySelectorAll('[data-testid=\"stPlotlyChart\"]')].every(c => c.querySelector('.main-svg'))",
        timeout=60_000,
    )
    page.wait_for_timeout(1500)


@pytest.mark.parametrize("name", list(PAGES))
def test_page_loads_without_errors(server: str, page: Page, name: str) -> None:
    path, heading = PAGES[name]
    page.goto(server + path)
    page.get_by_role("heading", name=heading).first.wait_for(timeout=60_000)
    settle(page)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.locator('[data-testid="stAlertContentError"]').count() == 0
    assert "Page not found" not in page.content()
    assert page.get_by_text("Sources.", exact=False).count() >= 1  # the footer


def test_map_draws_countries_offline(server: str, page: Page) -> None:
    page.goto(server + "/breakdown?event=ga3-2014-dprk-resolution")
    page.locator("path.choroplethlocation").first.wait_for(timeout=60_000)
    assert page.locator("path.choroplethlocation").count() == 9  # the nine named "no" voters
    assert page.locator(".geo .layer.bg path, .geo path.land, .geo .countries path").count() >= 1
    assert page.locator(".hemicycle, .scatterlayer .point").count() >= 193


def test_official_map_draws_every_member(server: str, page: Page) -> None:
    page.goto(server + "/rollcalls?rcid=5377")
    page.locator("path.choroplethlocation").first.wait_for(timeout=60_000)
    assert page.locator("path.choroplethlocation").count() >= 185  # 193 members; a few microstates lack an outline


def test_csv_download_is_the_filtered_rows(server: str, page: Page, tmp_path: Path) -> None:
    page.goto(server + "/data?table=votes&event=ga3-2014-dprk-resolution")
    page.get_by_text("9 of 10 rows").wait_for(timeout=60_000)
    settle(page)
    with page.expect_download() as info:
        page.get_by_role("button", name="Download 9 rows as CSV").click()
    download = info.value
    assert download.suggested_filename == "votes_event-ga3-2014-dprk-resolution.csv"
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    rows = pd.read_csv(target)
    assert list(rows.columns) == ["vote_id", "event_id", "country_iso3", "country", "vote"]
    assert len(rows) == 9 and set(rows["vote"]) == {"no"} and "CHN" in set(rows["country_iso3"])


def test_page_change_time(server: str, page: Page, timings: dict[str, float]) -> None:
    page.goto(server + "/")
    page.get_by_role("heading", name="UN votes and state positions").wait_for(timeout=60_000)
    settle(page)
    changes = []
    for label, heading in [
        ("Compare states", "Compare states"),
        ("Vote breakdown", "Vote breakdown"),
        ("Positions and quotes", "Positions and quotes"),
    ] * 2:
        started = time.monotonic()
        page.locator('[data-testid="stSidebarNav"]').get_by_text(label, exact=True).click()
        page.get_by_role("heading", name=heading, exact=True).first.wait_for(timeout=60_000)
        changes.append(time.monotonic() - started)
    timings["page_change_median"] = round(sorted(changes)[len(changes) // 2], 3)
    assert timings["page_change_median"] < 10
