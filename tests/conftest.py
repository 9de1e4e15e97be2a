"""Shared fixtures: a scratch copy of data/ and seeds/ that a test may break; Chromium and the app for browser tests."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
OUT = ROOT / "test-output"

if TYPE_CHECKING:
    from playwright.sync_api import Browser


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """tmp_path/data and tmp_path/seeds, copies of the curated ones (the official record too: validate checks it)."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    return tmp_path


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium driven by Playwright, for one test module (never `playwright install`)."""
    from playwright.sync_api import sync_playwright

    from tests.browser_support import CHROMIUM, CHROMIUM_ARGS

    if not CHROMIUM.exists():
        pytest.fail(
            f"Debian's Chromium is missing ({CHROMIUM}); the browser test needs it: "
            "sudo apt-get install -y chromium (the README's test command does this)"
        )
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def server(browser: Browser, request: pytest.FixtureRequest) -> Iterator[str]:
    """The app on a free localhost port for one test module; its output in test-output/streamlit-MODULE.log."""
    from tests.browser_support import streamlit_server

    log = OUT / f"streamlit-{request.module.__name__.rsplit('.', 1)[-1]}.log"
    try:
        with streamlit_server(ROOT, log) as running:
            yield running.url
    except RuntimeError as error:
        pytest.fail(str(error))
