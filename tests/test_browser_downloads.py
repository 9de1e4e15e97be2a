"""In a real browser, what is not a timing: every page drawn whole with no error element, a download
built on click arrives whole (byte for byte the CSV of those rows), and two downloads clicked 0.3 s
apart both arrive. Timings are bench/browser_bench.py's, never asserted here."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from bench.browser_bench import PAGES, VIEWPORT, errors, wait_drawn
from dashboard import safecsv
from dashboard.official import agreement, rollcalls
from tests.conftest import ROOT

OUT = ROOT / "test-output"


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=VIEWPORT, accept_downloads=True)
    yield context.new_page()
    context.close()


def test_every_page_is_drawn_whole_without_an_error(server: str, page: Page) -> None:
    for spec in PAGES:
        page.goto(f"{server}{spec.path}?{spec.link}")
        wait_drawn(page, spec.title, timeout=90)
        assert errors(page) == 0, spec.label


def expected_agreement() -> dict[str, bytes]:
    rc = rollcalls.load_rollcalls()
    matrix = agreement.vote_matrix(rc)
    result = agreement.compare(matrix, "USA", "CHN", int(matrix.years.min()), int(matrix.years.max()))
    # the app writes every CSV with a UTF-8 byte-order mark, so that Excel keeps accents
    return {
        "trend": safecsv.csv_bytes(result["trend"], bom=True),
        "topics": safecsv.csv_bytes(result["by_topic"], bom=True),
    }


def test_two_quick_downloads_both_arrive_whole(server: str, page: Page, tmp_path: Path) -> None:
    page.goto(f"{server}/agreement?a=USA&b=CHN")
    wait_drawn(page, "Agreement in the official record", timeout=90)
    arrived = []
    page.on("download", lambda download: arrived.append(download))
    page.get_by_role("button", name="Trend by year (CSV)").click()
    time.sleep(0.3)
    page.get_by_role("button", name="By topic (CSV)").click()
    deadline = time.monotonic() + 60
    while len(arrived) < 2 and time.monotonic() < deadline:
        page.wait_for_timeout(200)
    assert sorted(d.suggested_filename.split("_")[0] for d in arrived) == ["topics", "trend"]
    expected = expected_agreement()
    for download in arrived:
        assert download.failure() is None
        kind = download.suggested_filename.split("_")[0]
        path = tmp_path / download.suggested_filename
        download.save_as(path)
        assert path.read_bytes() == expected[kind], f"{kind} differs from the CSV of those rows"
    assert errors(page) == 0
