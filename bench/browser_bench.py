"""What a person in a browser waits for: page change, widget change, a shared link, a cold start.

Headless Debian Chromium against `bash scripts/run` (HOST/PORT, the documented way of serving) on a
free loopback port. A change is timed from the click (or key press) to the page's *last* element
drawn: the new page's heading, every chart drawn (its Vega SVG marks present), no skeleton or stale
element left, the script no longer running, and the footer (drawn last by every page) in place.
Prints p50 and p95 per page beside the targets (page and widget change p50 ≤ 0.5 s, p95 ≤ 1 s; shared
link ≤ 1.5 s; cold start to the first page ≤ 3 s). Timings are for the benchmark, never a test.

    .venv/bin/python bench/browser_bench.py [--rounds 10]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # for tests/ and bench/, which are not in the installed package

from tests.browser_support import CHROMIUM, CHROMIUM_ARGS, free_port, stop_group  # noqa: E402

VIEWPORT = {"width": 1280, "height": 900}


@dataclass(frozen=True)
class PageSpec:
    label: str  # sidebar link
    path: str  # URL path
    title: str  # h1
    link: str  # a realistic shared link (query)
    widget: str  # "select:N" (the N-th selectbox in the main area) or "text:N" (the N-th text input)
    values: tuple[str, ...]  # what a person picks or types, in turn


STEP = ("next", "previous")  # a selectbox: the next option, then back
WORDS = ("korea", "iran")  # a search box
PAGES = [
    PageSpec("Overview", "/", "UN votes and state positions", "", "", ()),
    PageSpec(
        "Vote breakdown", "/breakdown", "Vote breakdown", "event=ga3-2014-dprk-resolution", "select:0", STEP
    ),
    PageSpec("Country profile", "/country", "Country profile", "iso3=PRK", "select:0", STEP),
    PageSpec("Compare states", "/compare", "Compare states", "states=CHN,RUS,USA", "", ()),
    PageSpec("Positions and quotes", "/positions", "Positions and quotes", "actor=PRK", "text:0", ("lies", "human")),
    PageSpec("Sources", "/sources", "Sources", "fact=chn-dissociates-hrc-2017", "", ()),
    PageSpec("Add an article", "/add-article", "Add an article", "", "", ()),
    PageSpec("Data and downloads", "/data", "Data and downloads", "table=votes", "select:0", STEP),
    PageSpec("A state's voting record", "/record", "A state's voting record",
             "states=CHN,USA&topic=Human%20rights&from=2000&to=2019", "text:0", WORDS),
    PageSpec("Decisions", "/rollcalls", "Decisions", "symbol=A/RES/69/188", "text:0", WORDS),
    PageSpec("Agreement", "/agreement", "Agreement in the official record", "a=USA&b=CHN", "select:1", STEP),
    PageSpec("A resolution over the years", "/series", "A resolution across the years", "iso3=CHN", "select:0", STEP),
]  # fmt: skip

#: True once the page titled `title` is completely drawn (see the module docstring).
DRAWN = """(title) => {
  const main = document.querySelector('[data-testid="stMain"]');
  if (!main) return false;
  const h1 = main.querySelector('h1');
  if (!h1 || !h1.textContent.trim().startsWith(title)) return false;
  if (document.querySelector('[data-testid="stStatusWidget"] [data-testid="stStatusWidgetRunningIcon"]')) return false;
  if (main.querySelector('[data-stale="true"], [data-testid="stSkeleton"]')) return false;
  for (const chart of main.querySelectorAll('[data-testid="stVegaLiteChart"]'))
    if (!chart.querySelector('svg.marks')) return false;
  const captions = [...main.querySelectorAll('[data-testid="stCaptionContainer"]')];
  return captions.some(c => c.textContent.includes('Sources.'));
}"""


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def wait_drawn(page, title: str, timeout: float = 30.0) -> None:  # noqa: ANN001 - a Playwright Page
    page.wait_for_function(DRAWN, arg=title, timeout=timeout * 1000, polling="raf")


def errors(page) -> int:  # noqa: ANN001
    return page.locator('[data-testid="stException"], [data-testid="stAlertContentError"]').count()


@contextmanager
def served(
    host: str = "127.0.0.1", log: Path | None = None, command: Sequence[str] = ("bash", "scripts/run")
) -> Iterator[tuple[str, subprocess.Popen, float]]:
    """`HOST=… PORT=… bash scripts/run` (or another command starting the app: it gets the address and
    port as Streamlit's own environment settings too) on a free port: (url, process, time.monotonic()
    at start)."""
    port = free_port()
    sink = open(log or os.devnull, "w")  # noqa: SIM115 - closed below
    started = time.monotonic()
    address = {"STREAMLIT_SERVER_ADDRESS": host, "STREAMLIT_SERVER_PORT": str(port)}
    process = subprocess.Popen(
        list(command),
        cwd=ROOT,
        env={**os.environ, "HOST": host, "PORT": str(port), **address},
        stdout=sink,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://{host}:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the server did not start") from None
                time.sleep(0.05)
        yield url, process, started
    finally:
        stop_group(process)
        sink.close()


def widget_change(page, spec: PageSpec, value: str) -> None:  # noqa: ANN001
    kind, index = spec.widget.split(":")
    main = page.locator('[data-testid="stMain"]')
    if kind == "select":
        box = main.locator('[data-testid="stSelectbox"]').nth(int(index))
        box.click()  # the next option, or the one before: a person stepping through the list
        page.keyboard.press("ArrowDown" if value == "next" else "ArrowUp")
        page.keyboard.press("Enter")
    else:
        field = main.locator('[data-testid="stTextInput"] input').nth(int(index))
        field.fill(value)
        field.press("Enter")


def measure_change(page, title: str, act, before_url: str | None = None) -> float | None:  # noqa: ANN001
    """Seconds from act() to the page drawn again; with before_url, the change must show in the URL
    (every widget measured writes its view into the URL): None if it never does (not counted)."""
    started = time.perf_counter()
    act()
    if before_url is not None:
        try:
            page.wait_for_function("(u) => location.href !== u", arg=before_url, timeout=10_000, polling="raf")
        except Exception:
            return None
    wait_drawn(page, title)
    return time.perf_counter() - started


def open_link(context: object, link: str, title: str) -> tuple[float, int]:
    """(seconds from opening the link in a new tab of this browser context to its page drawn, error elements)."""
    tab = context.new_page()  # type: ignore[attr-defined]
    started = time.perf_counter()
    tab.goto(link)
    wait_drawn(tab, title)
    took = time.perf_counter() - started
    seen = errors(tab)
    tab.close()
    return took, seen


def run(rounds: int) -> dict[str, object]:
    from playwright.sync_api import sync_playwright

    results: dict[str, object] = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            # cold start: process start to the first page drawn (the browser is already up)
            colds = []
            for _ in range(3):
                with served() as (url, _, started):
                    context = browser.new_context(viewport=VIEWPORT)
                    page = context.new_page()
                    page.goto(url + "/")
                    wait_drawn(page, PAGES[0].title, 60)
                    colds.append(time.monotonic() - started)
                    context.close()
            results["cold"] = colds
            with served() as (url, _, _):
                warm = browser.new_context(viewport=VIEWPORT)
                page = warm.new_page()
                for spec in PAGES:  # warm the server's caches, as any earlier visitor would have
                    page.goto(f"{url}{spec.path}?{spec.link}")
                    wait_drawn(page, spec.title, 60)
                page_changes: dict[str, list[float]] = {s.label: [] for s in PAGES}
                widget_changes: dict[str, list[float]] = {s.label: [] for s in PAGES if s.widget}
                error_count = missed = 0
                nav = page.locator('[data-testid="stSidebarNav"]')
                for round_ in range(rounds):
                    for spec in PAGES:
                        link = nav.get_by_text(spec.label, exact=True)
                        page_changes[spec.label].append(measure_change(page, spec.title, link.click) or 0.0)
                        error_count += errors(page)
                        if spec.widget:
                            value = spec.values[round_ % len(spec.values)]
                            took = measure_change(
                                page, spec.title, lambda s=spec, v=value: widget_change(page, s, v), page.url
                            )
                            if took is None:
                                missed += 1
                            else:
                                widget_changes[spec.label].append(took)
                            error_count += errors(page)
                links: dict[str, list[float]] = {}
                first: dict[str, list[float]] = {}
                for spec in PAGES:  # a shared link: a new tab (a new session) on a warm server
                    links[spec.label], first[spec.label] = [], []
                    for _ in range(max(2, rounds // 3)):
                        # in the browser the reader already uses (its cache holds the app's scripts) ...
                        took, seen = open_link(warm, f"{url}{spec.path}?{spec.link}", spec.title)
                        links[spec.label].append(took)
                        # ... and in a browser that has never opened the app (empty cache): reported, no target
                        context = browser.new_context(viewport=VIEWPORT)
                        took, seen_first = open_link(context, f"{url}{spec.path}?{spec.link}", spec.title)
                        first[spec.label].append(took)
                        context.close()
                        error_count += seen + seen_first
                warm.close()
            results |= {
                "page": page_changes,
                "widget": widget_changes,
                "link": links,
                "first": first,
                "errors": error_count,
                "missed": missed,
            }
        finally:
            browser.close()
    return results


def report(results: dict[str, object]) -> None:
    print(
        f"{'page':<30} {'page change p50/p95 s':>22} {'widget change p50/p95 s':>24} {'shared link p50 s':>18}"
        f" {'first visit p50 s':>18}"
    )
    over = []
    for spec in PAGES:
        pc = results["page"][spec.label]
        wc = results["widget"].get(spec.label)
        ln = results["link"][spec.label]
        fv = results["first"][spec.label]
        p50, p95 = statistics.median(pc), percentile(pc, 0.95)
        wtext = f"{statistics.median(wc):.2f} / {percentile(wc, 0.95):.2f}" if wc else "no widget"
        print(
            f"{spec.label:<30} {p50:>13.2f} / {p95:.2f} {wtext:>24} {statistics.median(ln):>18.2f}"
            f" {statistics.median(fv):>18.2f}"
        )
        if p50 > 0.5 or p95 > 1:
            over.append(f"page change {spec.label}")
        if wc and (statistics.median(wc) > 0.5 or percentile(wc, 0.95) > 1):
            over.append(f"widget change {spec.label}")
        if statistics.median(ln) > 1.5:
            over.append(f"shared link {spec.label}")
    cold = results["cold"]
    everything = [t for ts in results["page"].values() for t in ts]
    widgets = [t for ts in results["widget"].values() for t in ts]
    print(f"{'all pages':<30} {statistics.median(everything):>13.2f} / {percentile(everything, 0.95):.2f}", end="")
    print(f" {statistics.median(widgets):>15.2f} / {percentile(widgets, 0.95):.2f}")
    runs = ", ".join(f"{c:.2f}" for c in cold)
    print(f"cold start to the first page drawn: {statistics.median(cold):.2f} s (runs: {runs})")
    if statistics.median(cold) > 3:
        over.append("cold start")
    print("targets: page and widget change p50 ≤ 0.5 s, p95 ≤ 1 s; shared link ≤ 1.5 s; cold start ≤ 3 s")
    print("shared link: a new tab in the reader's browser; first visit: a browser with an empty cache (no target)")
    print(f"widget actions that changed nothing (not counted): {results['missed']}")
    print(f"error elements seen: {results['errors']}; over target: {', '.join(over) if over else 'none'}")
    print(f"(machine: {len(os.sched_getaffinity(0))} cores, load average {os.getloadavg()[0]:.1f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    report(run(args.rounds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
