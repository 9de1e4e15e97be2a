"""Where the browser's time goes on one page change (issue 18): a sampled JavaScript profile and a timeline trace
of the renderer's main thread, from the click on the sidebar link to the page drawn (browser_bench's test),
warm (each page visited once, untimed), for a dashboard page and for the floor app's page change.

Self time by script (Streamlit's main bundle and its lazy chunks: embed = vega / vega-lite / vega-embed,
DataFrame = glide-data-grid, react-dom, StreamlitMarkdown, ...) and by function (CDP Profiler, sampled every
--interval µs), and the main thread's self time by trace event (Layout, UpdateLayoutTree = style, Paint,
script, GC, parsing: CDP Tracing, devtools.timeline), each as ms per change (the mean over --rounds changes).

    .venv/bin/python bench/profile_change.py --pages "Vote breakdown,Country profile" [--from "Add an article"]
        [--rounds 5] [--interval 100] [--top 25] [--no-floor] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.browser_bench import FLOOR_COMMAND, FLOOR_PAGES, PAGES, VIEWPORT, served, wait_drawn  # noqa: E402
from tests.browser_support import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

TRACE_CATEGORIES = "devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,blink,loading"
#: Trace events that stand for script (their JavaScript is in the profile, by script and function).
SCRIPT_EVENTS = {"FunctionCall", "EvaluateScript", "v8.callFunction", "v8.run", "TimerFire", "FireAnimationFrame",
                 "EventDispatch", "RunMicrotasks", "v8.evaluateModule", "V8.Execute"}  # fmt: skip


COUNTS = """() => {
  const main = document.querySelector('[data-testid="stMain"]');
  const n = (selector) => main.querySelectorAll(selector).length;
  return {dom_nodes: n('*'), markdown: n('[data-testid="stMarkdownContainer"]'),
          elements: n('[data-testid="stElementContainer"]'), grids: n('[data-testid="stDataFrame"]'),
          table_cells: n('[data-testid="stTable"] td, [data-testid="stTable"] th'),
          charts: n('[data-testid="stVegaLiteChart"]'), svg_nodes: n('[data-testid="stVegaLiteChart"] svg *')};
}"""


def script_name(url: str) -> str:
    """A script's short name: its file without the build hash (index, embed, DataFrame, react-dom, ...)."""
    if not url:
        return "(native / no script)"
    base = url.rsplit("/", 1)[-1].split("?")[0]
    return re.sub(r"\.[-\w]{8}\.js$", ".js", base)


class Change:
    """One tab's page changes between two pages of a served app, profiled and traced on request."""

    def __init__(self, browser: Any, url: str, start: tuple[str, str], target: tuple[str, str]) -> None:
        """start, target: (sidebar label, h1 title) of the page changed from and the page changed to."""
        self.tab = browser.new_context(viewport=VIEWPORT).new_page()
        self.start, self.target = start, target
        self.tab.goto(url + "/")
        self.tab.locator('[data-testid="stSidebarNav"]').wait_for(timeout=60_000)
        self.session = self.tab.context.new_cdp_session(self.tab)
        self.events: list[dict[str, Any]] = []
        self.traced = False
        self.session.on("Tracing.dataCollected", lambda m: self.events.extend(m["value"]))
        self.session.on("Tracing.tracingComplete", lambda _: setattr(self, "traced", True))
        for _ in range(2):  # warm: each page drawn once, untimed
            self.go(self.start)
            self.go(self.target)
        self.go(self.start)

    def go(self, page: tuple[str, str]) -> float:
        label, title = page
        nav = self.tab.locator('[data-testid="stSidebarNav"]')
        began = time.perf_counter()
        nav.get_by_text(label, exact=True).click()
        wait_drawn(self.tab, title)
        return time.perf_counter() - began

    def counts(self) -> dict[str, int]:
        """What the target page has drawn (in its main area): DOM nodes, Markdown containers (one Markdown parse
        each, st.table's cells included), Streamlit elements, grids (canvas), Vega charts and their SVG nodes."""
        self.go(self.target)
        found = self.tab.evaluate(COUNTS)
        self.go(self.start)
        return found

    def profiled(self, interval: int) -> tuple[dict[str, Any], float]:
        """(the CPU profile of one change start → target, its seconds); back to the start page, untimed."""
        self.session.send("Profiler.enable")
        self.session.send("Profiler.setSamplingInterval", {"interval": interval})
        self.session.send("Profiler.start")
        took = self.go(self.target)
        profile = self.session.send("Profiler.stop")["profile"]
        self.session.send("Profiler.disable")
        self.go(self.start)
        return profile, took

    def trace(self) -> tuple[list[dict[str, Any]], float]:
        """(the timeline trace events of one change start → target, its seconds); back to the start page."""
        self.events, self.traced = [], False
        self.session.send("Tracing.start", {"categories": TRACE_CATEGORIES, "transferMode": "ReportEvents"})
        took = self.go(self.target)
        self.session.send("Tracing.end")
        deadline = time.monotonic() + 30
        while not self.traced and time.monotonic() < deadline:
            self.tab.wait_for_timeout(50)  # lets Playwright deliver the trace's events
        events = self.events
        self.go(self.start)
        return events, took


def self_times(profile: dict[str, Any]) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """ms of self time by script and by (script, function at line:column) in one CPU profile."""
    nodes = {n["id"]: n["callFrame"] for n in profile["nodes"]}
    by_node: Counter[int] = Counter()
    for node, delta in zip(profile["samples"], profile["timeDeltas"], strict=True):
        by_node[node] += delta / 1000
    scripts: Counter[str] = Counter()
    functions: Counter[tuple[str, str]] = Counter()
    for node, ms in by_node.items():
        frame = nodes[node]
        name = frame["functionName"] or "(anonymous)"
        script = name if frame["functionName"].startswith("(") else script_name(frame["url"])
        scripts[script] += ms
        functions[script, f"{name} :{frame['lineNumber'] + 1}:{frame['columnNumber'] + 1}"] += ms
    return scripts, functions


def main_thread(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The complete ('X') events of the tab's renderer main thread (the CrRendererMain with most events)."""
    names = {(e["pid"], e["tid"]) for e in events if e.get("name") == "thread_name"
             and e.get("args", {}).get("name") == "CrRendererMain"}  # fmt: skip
    per_thread = Counter((e["pid"], e["tid"]) for e in events if (e["pid"], e["tid"]) in names and e.get("ph") == "X")
    if not per_thread:
        return []
    main = per_thread.most_common(1)[0][0]
    return sorted((e for e in events if (e["pid"], e["tid"]) == main and e.get("ph") == "X" and "dur" in e),
                  key=lambda e: (e["ts"], -e["dur"]))  # fmt: skip


def trace_self(events: list[dict[str, Any]]) -> tuple[Counter[str], Counter[str], float]:
    """(ms of self time by event name, count by name, ms of all top-level tasks) on the main thread."""
    self_ms: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    stack: list[tuple[dict[str, Any], float]] = []  # (event, its end)
    busy = 0.0
    for event in main_thread(events):
        start, end = event["ts"], event["ts"] + event["dur"]
        while stack and stack[-1][1] <= start:
            stack.pop()
        if stack:
            self_ms[stack[-1][0]["name"]] -= event["dur"] / 1000
        else:
            busy += event["dur"] / 1000
        self_ms[event["name"]] += event["dur"] / 1000
        counts[event["name"]] += 1
        stack.append((event, end))
    return self_ms, counts, busy


def profile_page(
    browser: Any, url: str, start: tuple[str, str], target: tuple[str, str], rounds: int, interval: int
) -> dict[str, Any]:
    change = Change(browser, url, start, target)
    drawn = change.counts()
    scripts: Counter[str] = Counter()
    functions: Counter[tuple[str, str]] = Counter()
    walls, trace_walls = [], []
    for _ in range(rounds):
        profile, took = change.profiled(interval)
        s, f = self_times(profile)
        scripts.update(s)
        functions.update(f)
        walls.append(took)
    events: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    busy = 0.0
    for _ in range(rounds):
        trace, took = change.trace()
        e, c, b = trace_self(trace)
        events.update(e)
        counts.update(c)
        busy += b
        trace_walls.append(took)
    change.tab.context.close()

    def mean(counter: Counter) -> dict:
        return {k: v / rounds for k, v in counter.most_common()}

    return {"target": target[0], "drawn": drawn, "wall": walls, "trace_wall": trace_walls, "scripts": mean(scripts),
            "functions": {f"{s} | {f}": v for (s, f), v in mean(functions).items()}, "events": mean(events),
            "counts": mean(counts), "busy": busy / rounds}  # fmt: skip


def report(result: dict[str, Any], top: int) -> None:
    walls = sorted(result["wall"])
    print(f"\n=== {result['target']}: change p50 {walls[len(walls) // 2]:.3f} s (profiled), main thread busy "
          f"{result['busy']:.0f} ms per change (traced)")  # fmt: skip
    print("-- drawn: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in result["drawn"].items()))
    skip = {"(idle)"}
    total = sum(v for k, v in result["scripts"].items() if k not in skip)
    print(f"-- CPU profile: self ms per change by script (all but idle: {total:.0f} ms)")
    for name, ms in result["scripts"].items():
        if name not in skip and ms >= 1:
            print(f"   {ms:7.1f}  {name}")
    print(f"-- top {top} functions by self ms per change")
    for name, ms in list((k, v) for k, v in result["functions"].items() if not k.startswith("(idle)"))[:top]:
        print(f"   {ms:7.1f}  {name}")
    print("-- trace: main-thread self ms per change by event (count per change)")
    for name, ms in sorted(result["events"].items(), key=lambda kv: -kv[1]):
        if ms >= 1:
            print(f"   {ms:7.1f}  {name} ({result['counts'][name]:.0f})")


def main() -> int:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", default="Vote breakdown,Country profile", help="menu labels, comma-separated")
    parser.add_argument("--from", dest="start", default="Add an article", help="the page changed from")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--interval", type=int, default=100, help="the profiler's sampling interval, µs")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--no-floor", action="store_true", help="skip the floor app's page change")
    parser.add_argument("--json", type=Path, help="write every figure to this file as well")
    args = parser.parse_args()
    specs = {s.label: s for s in PAGES}
    labels = [label.strip() for label in args.pages.split(",") if label.strip()]
    unknown = {args.start, *labels} - set(specs)
    if unknown:
        parser.error(f"unknown pages: {', '.join(sorted(unknown))}")
    start = (args.start, specs[args.start].title)
    results = []
    with sync_playwright() as pw, ExitStack() as stack:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        stack.callback(browser.close)
        url = stack.enter_context(served())[0]
        jobs: list[Callable[[], dict[str, Any]]] = [
            lambda label=label: profile_page(browser, url, start, (label, specs[label].title), args.rounds,
                                             args.interval) for label in labels]  # fmt: skip
        if not args.no_floor:
            floor_url = stack.enter_context(served(command=FLOOR_COMMAND))[0]
            floor = [(p, p) for p in FLOOR_PAGES]
            jobs.append(lambda: profile_page(browser, floor_url, floor[0], floor[1], args.rounds, args.interval))
        for job in jobs:
            results.append(job())
            report(results[-1], args.top)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
