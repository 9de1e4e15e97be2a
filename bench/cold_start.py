"""Cold start, two ways side by side: `bash scripts/run` (dashboard/app/serve.py: the pages' imports and
data loaded as soon as the server answers) against a plain `streamlit run app.py` with the same
settings (imports and data loaded only when the first tab connects).

Each start is timed from launching the server to the Overview drawn completely (bench/browser_bench.py's
DRAWN) in a new context of one headless Chromium; the two ways alternate, so a machine that slows
down or speeds up during the run weighs on both alike. Prints each way's median and runs.

    .venv/bin/python bench/cold_start.py [--rounds 4]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # for tests/ and bench/, which are not in the installed package

from bench.browser_bench import PAGES, VIEWPORT, served, wait_drawn  # noqa: E402
from tests.browser_support import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

WAYS = {
    "bash scripts/run (warm-up thread)": ["bash", "scripts/run"],
    # the same settings: address and port from served(), the rest from .streamlit/config.toml
    "streamlit run app.py (plain)": [
        *("env", "MALLOC_ARENA_MAX=2"),  # as scripts/run sets it
        *(".venv/bin/python", "-m", "streamlit", "run", "app.py"),
    ],
}


def cold_start(browser, command: list[str]) -> float:  # noqa: ANN001 - a Playwright Browser
    """Seconds from launching `command` on a free loopback port to the first page drawn."""
    with served(command=command) as (url, _, started):
        context = browser.new_context(viewport=VIEWPORT)
        page = context.new_page()
        page.goto(url + "/")
        wait_drawn(page, PAGES[0].title, 90)
        took = time.monotonic() - started
        context.close()
        return took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    times: dict[str, list[float]] = {way: [] for way in WAYS}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            for _ in range(min(args.rounds, 20)):
                for way, command in WAYS.items():
                    times[way].append(cold_start(browser, command))
        finally:
            browser.close()
    print(f"{'cold start to the first page drawn':<40} {'median s':>9}  runs (target ≤ 3 s)")
    for way, values in times.items():
        print(f"{way:<40} {statistics.median(values):>9.2f}  {', '.join(f'{v:.2f}' for v in values)}")
    print(f"(machine: {len(os.sched_getaffinity(0))} cores, load average {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
