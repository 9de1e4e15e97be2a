"""What each kind of element costs the browser on a page change (issue 18): the floor app with one extra
(bench/element_app/: the same content sent as many elements or as one, a second chart, a second table, a row
of widgets), each served on its own and timed in Chromium in turns, in the same run, as browser_bench times
the floor. Printed: each variant's page change p50 and its ratio to the plain floor, and the renderer's
main-thread seconds.

    .venv/bin/python bench/element_costs.py [--rounds 10] [--extras markdown_8,markdown_8_as_one]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from bench.browser_bench import RENDERER, VIEWPORT, Floor, served  # noqa: E402
from bench.element_app.app import EXTRAS  # noqa: E402

COMMAND = (sys.executable, "-m", "streamlit", "run", "bench/element_app/app.py")


def measure(extras: list[str], rounds: int) -> dict[str, Floor]:
    """Each extra ('' = the plain floor) on its own server, its page changes timed in turns."""
    with ExitStack() as stack, sync_playwright() as playwright:
        env = {"PYTHONPATH": str(ROOT)}
        urls = {e: stack.enter_context(served(command=COMMAND, env={**env, "ELEMENTS": e}))[0] for e in extras}
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        context = browser.new_context(viewport=VIEWPORT)
        tabs = {e: Floor(context, url) for e, url in urls.items()}
        for _ in range(rounds):
            for tab in tabs.values():
                tab.change()
        browser.close()
        return tabs


def report(tabs: dict[str, Floor]) -> None:
    base = statistics.median(tabs[""].times)
    print(f"{'floor plus':<22} {'p50 s':>6} {'× floor':>8} {'renderer s':>10}")
    for extra, tab in tabs.items():
        p50 = statistics.median(tab.times)
        drawing = statistics.median(d[RENDERER[0]] for d in tab.drawing)
        print(f"{extra or '(nothing)':<22} {p50:>6.3f} {p50 / base:>7.2f}× {drawing:>10.3f}")
    print(f"(medians of {len(tabs[''].times)} page changes each; machine: {len(os.sched_getaffinity(0))} cores,"
          f" load average {os.getloadavg()[0]:.1f})")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--extras", default=",".join(EXTRAS), help="comma-separated names (bench/element_app)")
    args = parser.parse_args()
    extras = ["", *[e for e in args.extras.split(",") if e]]
    unknown = [e for e in extras[1:] if e not in EXTRAS]
    if unknown:
        parser.error(f"unknown extras {unknown}; known: {', '.join(EXTRAS)}")
    report(measure(extras, args.rounds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
