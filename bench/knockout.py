"""What each kind of element costs on a real page (issue 18): the dashboard served several times, each copy with
one kind of Streamlit element drawing nothing (st.vega_lite_chart, st.dataframe, st.table, st.markdown, ...:
patched to a no-op before the app imports Streamlit), and each page's change timed on every copy in turns, in
the same run, as browser_bench times a change (from "Add an article" by the sidebar, warm). Printed: each
copy's page change p50, its share of the whole page's, and the renderer's main-thread seconds: what the page
would save without that kind of element (an upper bound of what a lighter form of it can save).

    .venv/bin/python bench/knockout.py --pages "Vote breakdown,Country profile" [--rounds 8]
        [--knockouts charts,grids,tables,markdown] [--ref HEAD]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from contextlib import ExitStack
from pathlib import Path
from tempfile import TemporaryDirectory

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.browser_bench import PAGES, RENDERER, VIEWPORT, Renderer, exported, served, wait_drawn  # noqa: E402
from tests.browser_support import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

COMMAND = (sys.executable, "-m", "streamlit", "run", "app.py")
#: Each knockout: the Streamlit commands that draw nothing in that copy of the app.
KNOCKOUTS = {
    "charts": ("vega_lite_chart",),
    "grids": ("dataframe",),
    "tables": ("table",),
    "markdown": ("markdown",),
    "page_links": ("page_link",),
    "html": ("html",),
}
#: Loaded before anything else in the served copy (Python's sitecustomize): the commands patched to no-ops on
#: Streamlit's module and on its DeltaGenerator (columns and containers).
PATCH = """import os
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

def _nothing(*args, **kwargs):
    return None

for _name in filter(None, os.environ.get("KNOCKOUT", "").split(",")):
    setattr(DeltaGenerator, _name, _nothing)
    setattr(st, _name, _nothing)
"""


class Copy:
    """One served copy's tab, going from `start` to the page changes timed."""

    def __init__(self, context: object, url: str, start: tuple[str, str]) -> None:
        self.tab = context.new_page()  # type: ignore[attr-defined]
        self.tab.goto(url + "/add-article")
        self.start = start
        wait_drawn(self.tab, start[1], 60)
        self.renderer = Renderer(self.tab)
        self.times: dict[str, list[float]] = {}
        self.drawing: dict[str, list[float]] = {}

    def go(self, label: str, title: str) -> float:
        self.tab.bring_to_front()
        began = time.perf_counter()
        self.tab.locator('[data-testid="stSidebarNav"]').get_by_text(label, exact=True).click()
        wait_drawn(self.tab, title)
        return time.perf_counter() - began

    def change(self, label: str, title: str, timed: bool = True) -> None:
        before = self.renderer.read()
        took = self.go(label, title)
        after = self.renderer.read()
        if timed:
            self.times.setdefault(label, []).append(took)
            self.drawing.setdefault(label, []).append(after[RENDERER[0]] - before[RENDERER[0]])
        self.go(*self.start)


def measure(labels: list[str], knockouts: list[str], rounds: int, ref: str = "") -> dict[str, Copy]:
    from playwright.sync_api import sync_playwright

    titles = {s.label: s.title for s in PAGES}
    start = ("Add an article", titles["Add an article"])
    with sync_playwright() as pw, ExitStack() as stack, TemporaryDirectory() as patch_dir:
        project = stack.enter_context(exported(ref)) if ref else ROOT
        (Path(patch_dir) / "sitecustomize.py").write_text(PATCH)
        path = os.pathsep.join([patch_dir, os.environ.get("PYTHONPATH", "")])
        urls = {}
        for name in ["", *knockouts]:
            env = {"PYTHONPATH": path, "KNOCKOUT": ",".join(KNOCKOUTS.get(name, ()))}
            urls[name] = stack.enter_context(served(command=COMMAND, env=env, cwd=project))[0]
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        stack.callback(browser.close)
        context = browser.new_context(viewport=VIEWPORT)
        copies = {name: Copy(context, url, start) for name, url in urls.items()}
        for copy in copies.values():  # warm: each page drawn once
            for label in labels:
                copy.change(label, titles[label], timed=False)
        for round_ in range(rounds):
            for label in labels:
                order = list(copies.values())
                for copy in order if round_ % 2 == 0 else order[::-1]:
                    copy.change(label, titles[label])
        return copies


def report(copies: dict[str, Copy], labels: list[str]) -> None:
    print(f"{'page':<24} {'without':<12} {'p50 s':>6} {'× whole':>8} {'renderer s':>10} {'saves s':>8}")
    for label in labels:
        whole = statistics.median(copies[""].times[label])
        whole_drawing = statistics.median(copies[""].drawing[label])
        for name, copy in copies.items():
            p50 = statistics.median(copy.times[label])
            drawing = statistics.median(copy.drawing[label])
            print(f"{label:<24} {name or '(nothing)':<12} {p50:>6.3f} {p50 / whole:>7.2f}× {drawing:>10.3f}"
                  f" {whole_drawing - drawing:>8.3f}")  # fmt: skip
    print(f"(medians of {len(copies[''].times[labels[0]])} changes each; machine: {len(os.sched_getaffinity(0))} "
          f"cores, load average {os.getloadavg()[0]:.1f})")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", default="Vote breakdown,Country profile", help="menu labels, comma-separated")
    parser.add_argument("--knockouts", default="charts,grids,tables,markdown", help=", ".join(KNOCKOUTS))
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--ref", default="", help="a git ref: serve that version (default: this worktree)")
    args = parser.parse_args()
    labels = [label.strip() for label in args.pages.split(",") if label.strip()]
    knockouts = [k for k in args.knockouts.split(",") if k]
    unknown = (set(labels) - {s.label for s in PAGES}) | (set(knockouts) - set(KNOCKOUTS))
    if unknown:
        parser.error(f"unknown pages or knockouts: {', '.join(sorted(unknown))}")
    report(measure(labels, knockouts, args.rounds, args.ref), labels)
    return 0


if __name__ == "__main__":
    sys.exit(main())
