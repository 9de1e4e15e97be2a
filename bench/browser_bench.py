"""What a person in a browser waits for: page change, widget change, a shared link, a cold start; and each
page's change beside Streamlit's own floor.

Headless Debian Chromium against `bash scripts/run` (HOST/PORT, the documented way of serving) on a
free loopback port. A change is timed from the click (or key press) to the page's *last* element
drawn: the new page's heading, every chart drawn (its Vega SVG marks present), no skeleton or stale
element left, the script no longer running, and the footer (drawn last by every page) in place.
Prints p50 and p95 per page beside the targets (page and widget change p50 ≤ 0.5 s, p95 ≤ 1 s; shared
link ≤ 1.5 s; cold start to the first page ≤ 3 s). Timings are for the benchmark, never a test.

The floor (issue 18): absolute seconds on a shared machine move 2× from day to day, so the same run also
serves a bare two-page Streamlit app (bench/floor_app/: a title, a 200-row table, one Vega-Lite chart a page)
and times its page change the same way, one floor change after each of the dashboard's pages, in its own tab
of the same browser. Each page's change is printed beside the floor's and as a ratio (targets: ≤ 1.5× at
p50, ≤ 2× at p95), with the server's own run of that change (the app's DASHBOARD_TIMING_LOG) beside it: what
is left is transport and the browser drawing.

    .venv/bin/python bench/browser_bench.py [--rounds 10] [--pages "Vote breakdown,Agreement"] [--no-cold]
    .venv/bin/python bench/browser_bench.py --against HEAD~1 --no-cold --no-links   # A/B in the same run
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from tempfile import TemporaryDirectory

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
    widget: str  # "select:N" (the N-th selectbox in the main area), "text:N" (the N-th text input) or "radio:N"
    # (the N-th radio group; values: the labels of the options clicked)
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
    PageSpec("Group cohesion", "/cohesion", "Group cohesion", "body=human_rights_council&group=AFRICAN_GROUP&from=2006",
             "select:0", STEP),
    PageSpec("Outvoted", "/outvoted", "Outvoted", "body=human_rights_council&from=2016&to=2025&state=CUB", "select:0",
             STEP),
    PageSpec("Adopted without a vote", "/consensus", "Adopted without a vote",
             "body=general_assembly&a_from=2020&a_to=2022&b_from=2023&b_to=2025&min=5", "radio:0",
             ("General Assembly", "Security Council")),
]  # fmt: skip

#: The floor app: its two pages' titles (sidebar label = h1), and how it is served.
FLOOR_PAGES = ("Floor one", "Floor two")
FLOOR_COMMAND = (sys.executable, "-m", "streamlit", "run", "bench/floor_app/app.py")
#: Targets of a page's change against the floor's, in the same run: p50 and p95 ratios.
FLOOR_TARGETS = (1.5, 2.0)

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
    host: str = "127.0.0.1",
    log: Path | None = None,
    command: Sequence[str] = ("bash", "scripts/run"),
    env: dict[str, str] | None = None,
    cwd: Path = ROOT,
) -> Iterator[tuple[str, subprocess.Popen, float]]:
    """`HOST=… PORT=… bash scripts/run` (or another command starting the app: it gets the address and
    port as Streamlit's own environment settings too) on a free port: (url, process, time.monotonic()
    at start). env: more environment variables for the server; cwd: the project's directory."""
    port = free_port()
    sink = open(log or os.devnull, "w")  # noqa: SIM115 - closed below
    started = time.monotonic()
    address = {"STREAMLIT_SERVER_ADDRESS": host, "STREAMLIT_SERVER_PORT": str(port)}
    process = subprocess.Popen(
        list(command),
        cwd=cwd,
        env={**os.environ, "HOST": host, "PORT": str(port), **address, **(env or {})},
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
    elif kind == "radio":
        main.locator('[data-testid="stRadio"]').nth(int(index)).get_by_text(value, exact=True).click()
    else:
        field = main.locator('[data-testid="stTextInput"] input').nth(int(index))
        if not field.is_visible():  # filters folded away on the page: open their section first (client-side)
            folded = main.locator('[data-testid="stExpander"]').filter(has=page.locator('[data-testid="stTextInput"]'))
            folded.first.locator("summary").click()
        field.fill(value)
        field.press("Enter")


#: The renderer's main-thread time by kind (Chrome's Performance domain), seconds: what drawing costs.
RENDERER = ("TaskDuration", "ScriptDuration", "LayoutDuration", "RecalcStyleDuration")


class Renderer:
    """The main-thread seconds a tab's renderer spends (Chrome DevTools Protocol, Performance.getMetrics):
    all its tasks, JavaScript, layout and style, each as a difference between two readings."""

    def __init__(self, page) -> None:  # noqa: ANN001 - a Playwright Page
        self.session = page.context.new_cdp_session(page)
        self.session.send("Performance.enable")

    def read(self) -> dict[str, float]:
        metrics = self.session.send("Performance.getMetrics")["metrics"]
        return {m["name"]: m["value"] for m in metrics if m["name"] in RENDERER}


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


def open_link(context: object, link: str, title: str, timeout: float = 60.0) -> tuple[float, int]:
    """(seconds from opening the link in a new tab of this browser context to its page drawn, error elements);
    a page not drawn within `timeout` s counts as that many seconds and one error."""
    tab = context.new_page()  # type: ignore[attr-defined]
    started = time.perf_counter()
    tab.goto(link)
    try:
        wait_drawn(tab, title, timeout)
    except Exception:  # noqa: BLE001 - Playwright's timeout: counted, the run goes on
        tab.close()
        return timeout, 1
    took = time.perf_counter() - started
    seen = errors(tab)
    tab.close()
    return took, seen


def server_runs(log: Path, windows: list[tuple[float, float]]) -> list[float]:
    """The server's own script-run seconds within each (start, end) window of wall-clock time (the app's
    DASHBOARD_TIMING_LOG: one JSON line per run), summed per window; windows with no run are left out."""
    runs = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
    runs = [r for r in runs if r["page"] != "(trim)"]
    out = []
    for begin, end in windows:
        inside = [r["wall"] for r in runs if begin - 0.01 <= r["start"] <= end]
        if inside:
            out.append(sum(inside))
    return out


class Floor:
    """The bare two-page app in its own tab: each call to change() times one page change to its other page."""

    def __init__(self, context: object, url: str) -> None:
        self.tab = context.new_page()  # type: ignore[attr-defined]
        self.tab.goto(url + "/")
        wait_drawn(self.tab, FLOOR_PAGES[0], 60)
        self.showing = 0
        self.times: list[float] = []
        self.drawing: list[dict[str, float]] = []
        self.renderer = Renderer(self.tab)
        for _ in range(2):  # both pages drawn once, as the dashboard's pages are warmed
            self.change()
        self.times.clear()
        self.drawing.clear()

    def change(self) -> None:
        target = FLOOR_PAGES[1 - self.showing]
        link = self.tab.locator('[data-testid="stSidebarNav"]').get_by_text(target, exact=True)
        self.tab.bring_to_front()
        before = self.renderer.read()
        self.times.append(measure_change(self.tab, target, link.click) or 0.0)
        after = self.renderer.read()
        self.drawing.append({k: after[k] - before[k] for k in RENDERER})
        self.showing = 1 - self.showing


class Dashboard:
    """One served copy of the dashboard in its own tab, its pages warmed: page and widget changes timed,
    with the wall-clock window of each (to find the server's runs in its timing log)."""

    def __init__(self, context: object, url: str, specs: list[PageSpec]) -> None:
        self.context, self.url = context, url
        self.tab = context.new_page()  # type: ignore[attr-defined]
        for spec in PAGES:  # warm the server's caches, as any earlier visitor would have
            self.tab.goto(f"{url}{spec.path}?{spec.link}")
            wait_drawn(self.tab, spec.title, 60)
        self.current = PAGES[-1].label
        self.page: dict[str, list[float]] = {s.label: [] for s in specs}
        self.widget: dict[str, list[float]] = {s.label: [] for s in specs if s.widget}
        self.windows: dict[tuple[str, str], list[tuple[float, float]]] = {}
        self.drawing: dict[tuple[str, str], list[dict[str, float]]] = {}  # the renderer's seconds per change
        self.renderer = Renderer(self.tab)
        self.errors = self.missed = 0

    def _timed(self, kind: str, spec: PageSpec, act, before_url: str | None = None) -> float | None:  # noqa: ANN001
        self.tab.bring_to_front()
        begin, before = time.time(), self.renderer.read()
        took = measure_change(self.tab, spec.title, act, before_url)
        after = self.renderer.read()
        self.windows.setdefault((kind, spec.label), []).append((begin, time.time()))
        self.drawing.setdefault((kind, spec.label), []).append({k: after[k] - before[k] for k in RENDERER})
        self.errors += errors(self.tab)
        return took

    def visit(self, spec: PageSpec, round_: int) -> None:
        """A page change to spec's page by the sidebar, then a change of its widget."""
        nav = self.tab.locator('[data-testid="stSidebarNav"]')
        if spec.label == self.current:  # one page alone: step off it first, untimed
            other = PAGES[0] if spec is not PAGES[0] else PAGES[1]
            nav.get_by_text(other.label, exact=True).click()
            wait_drawn(self.tab, other.title)
        self.page[spec.label].append(self._timed("page", spec, nav.get_by_text(spec.label, exact=True).click) or 0.0)
        self.current = spec.label
        if spec.widget:
            value = spec.values[round_ % len(spec.values)]
            act = lambda: widget_change(self.tab, spec, value)  # noqa: E731
            took = self._timed("widget", spec, act, self.tab.url)
            if took is None:
                self.missed += 1
            else:
                self.widget[spec.label].append(took)


def run(
    rounds: int, labels: Sequence[str] = (), cold: bool = True, links: bool = True, other: Path | None = None
) -> dict[str, object]:
    """Every page (or those labelled), `rounds` times; the floor's change after each. other: a second copy
    of the project (a directory) served in the same run, each change timed on it right after this one's."""
    from playwright.sync_api import sync_playwright

    specs = [s for s in PAGES if not labels or s.label in labels]
    results: dict[str, object] = {"specs": specs}
    with sync_playwright() as pw, TemporaryDirectory() as tmp, ExitStack() as stack:
        timing, timing_b = Path(tmp) / "runs.jsonl", Path(tmp) / "runs-b.jsonl"
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        stack.callback(browser.close)
        # cold start: process start to the first page drawn (the browser is already up)
        colds = []
        for _ in range(3 if cold else 0):
            with served() as (url, _, started):
                context = browser.new_context(viewport=VIEWPORT)
                page = context.new_page()
                page.goto(url + "/")
                wait_drawn(page, PAGES[0].title, 60)
                colds.append(time.monotonic() - started)
                context.close()
        results["cold"] = colds
        url = stack.enter_context(served(env={"DASHBOARD_TIMING_LOG": str(timing)}))[0]
        floor_url = stack.enter_context(served(command=FLOOR_COMMAND))[0]
        warm = browser.new_context(viewport=VIEWPORT)
        app = Dashboard(warm, url, specs)
        copy = None
        if other is not None:
            command = (sys.executable, "-m", "streamlit", "run", "app.py")
            other_url = stack.enter_context(
                served(command=command, env={"DASHBOARD_TIMING_LOG": str(timing_b)}, cwd=other)
            )[0]
            copy = Dashboard(browser.new_context(viewport=VIEWPORT), other_url, specs)
        floor = Floor(browser.new_context(viewport=VIEWPORT), floor_url)
        for round_ in range(rounds):
            for spec in specs:
                for one in (app, copy) if round_ % 2 == 0 else (copy, app):
                    if one is not None:
                        one.visit(spec, round_)
                floor.change()
        shared: dict[str, list[float]] = {}
        first: dict[str, list[float]] = {}
        error_count = app.errors
        for spec in specs if links else []:  # a shared link: a new tab (a new session) on a warm server
            shared[spec.label], first[spec.label] = [], []
            for _ in range(max(2, rounds // 3)):
                # in the browser the reader already uses (its cache holds the app's scripts) ...
                took, seen = open_link(warm, f"{url}{spec.path}?{spec.link}", spec.title)
                shared[spec.label].append(took)
                # ... and in a browser that has never opened the app (empty cache): reported, no target
                context = browser.new_context(viewport=VIEWPORT)
                took, seen_first = open_link(context, f"{url}{spec.path}?{spec.link}", spec.title)
                first[spec.label].append(took)
                context.close()
                error_count += seen + seen_first
        results |= {
            "page": app.page,
            "widget": app.widget,
            "link": shared,
            "first": first,
            "floor": floor.times,
            "floor_drawing": floor.drawing,
            "drawing": app.drawing,
            "server": {key: server_runs(timing, spans) for key, spans in app.windows.items()},
            "errors": error_count,
            "missed": app.missed,
        }
        if copy is not None:
            results["other"] = {
                "page": copy.page,
                "widget": copy.widget,
                "server": {key: server_runs(timing_b, spans) for key, spans in copy.windows.items()},
                "drawing": copy.drawing,
                "errors": copy.errors,
            }
    return results


def p50_p95(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} / {percentile(values, 0.95):.2f}" if values else "none"


def report(results: dict[str, object], against: str = "") -> None:
    specs: list[PageSpec] = results["specs"]  # type: ignore[assignment]
    print(
        f"{'page':<30} {'page change p50/p95 s':>22} {'widget change p50/p95 s':>24} {'shared link p50 s':>18}"
        f" {'first visit p50 s':>18}"
    )
    over = []
    for spec in specs:
        pc = results["page"][spec.label]
        wc = results["widget"].get(spec.label)
        ln = results["link"].get(spec.label)
        fv = results["first"].get(spec.label)
        p50, p95 = statistics.median(pc), percentile(pc, 0.95)
        wtext = p50_p95(wc) if wc else "no widget"
        ltext = f"{statistics.median(ln):>18.2f} {statistics.median(fv):>18.2f}" if ln else f"{'-':>18} {'-':>18}"
        print(f"{spec.label:<30} {p50:>13.2f} / {p95:.2f} {wtext:>24} {ltext}")
        if p50 > 0.5 or p95 > 1:
            over.append(f"page change {spec.label}")
        if wc and (statistics.median(wc) > 0.5 or percentile(wc, 0.95) > 1):
            over.append(f"widget change {spec.label}")
        if ln and statistics.median(ln) > 1.5:
            over.append(f"shared link {spec.label}")
    cold = results["cold"]
    everything = [t for ts in results["page"].values() for t in ts]
    widgets = [t for ts in results["widget"].values() for t in ts]
    print(f"{'all pages':<30} {p50_p95(everything):>22} {p50_p95(widgets):>24}")
    if cold:
        runs = ", ".join(f"{c:.2f}" for c in cold)
        print(f"cold start to the first page drawn: {statistics.median(cold):.2f} s (runs: {runs})")
        if statistics.median(cold) > 3:
            over.append("cold start")
    print("targets: page and widget change p50 ≤ 0.5 s, p95 ≤ 1 s; shared link ≤ 1.5 s; cold start ≤ 3 s")
    print("shared link: a new tab in the reader's browser; first visit: a browser with an empty cache (no target)")
    print(f"widget actions that changed nothing (not counted): {results['missed']}")
    print(f"error elements seen: {results['errors']}; over target: {', '.join(over) if over else 'none'}")
    print()
    report_floor(results, against)
    print(f"(machine: {len(os.sched_getaffinity(0))} cores, load average {os.getloadavg()[0]:.1f})")


def drawn(samples: list[dict[str, float]] | None) -> str:
    """The renderer's main-thread seconds per change, medians: all tasks / script / layout / style."""
    if not samples:
        return "-"
    return " / ".join(f"{statistics.median(s[k] for s in samples):.2f}" for k in RENDERER)


def report_floor(results: dict[str, object], against: str = "") -> None:
    """Each page's change against the floor's, in the same run, the server's run of it and the renderer's
    main-thread time; with another copy of the project served in the same run (`against`), its figures beside."""
    floor: list[float] = results["floor"]  # type: ignore[assignment]
    f50, f95 = statistics.median(floor), percentile(floor, 0.95)
    low, high = FLOOR_TARGETS
    other: dict | None = results.get("other")  # type: ignore[assignment]
    print(f"against the floor (a bare two-page Streamlit app, {len(floor)} page changes in the same run): "
          f"p50 {f50:.2f} s / p95 {f95:.2f} s; targets ≤ {low}× at p50, ≤ {high}× at p95")  # fmt: skip
    extra = f"  {against + ': p50 / p95 s':>20} {'× floor':>12} {'run':>5} {'renderer':>8}" if other else ""
    print(f"{'change':<36} {'p50 / p95 s':>12} {'× floor':>12} {'run':>5} {'renderer all/js/layout/style':>28}"
          f"  verdict{extra}")  # fmt: skip
    server: dict[tuple[str, str], list[float]] = results["server"]  # type: ignore[assignment]
    drawing: dict[tuple[str, str], list[dict[str, float]]] = results["drawing"]  # type: ignore[assignment]
    over = []
    for spec in results["specs"]:  # type: ignore[attr-defined]
        for kind in ("page", "widget"):
            times = results[kind].get(spec.label)  # type: ignore[attr-defined]
            if not times:
                continue
            p50, p95 = statistics.median(times), percentile(times, 0.95)
            runs = server.get((kind, spec.label)) or []
            run50 = f"{statistics.median(runs):.2f}" if runs else "-"
            ok = p50 <= low * f50 and p95 <= high * f95
            if not ok:
                over.append(f"{kind} {spec.label}")
            name = f"{spec.label}, {kind} change"
            line = (f"{name:<36} {p50:>5.2f} / {p95:.2f} {p50 / f50:>5.1f}× / {p95 / f95:.1f}× {run50:>5} "
                    f"{drawn(drawing.get((kind, spec.label))):>28}  {'ok' if ok else 'OVER':<7}")  # fmt: skip
            if other and other[kind].get(spec.label):
                theirs = other[kind][spec.label]
                b50, b95 = statistics.median(theirs), percentile(theirs, 0.95)
                runs_b = other["server"].get((kind, spec.label)) or []
                brun = f"{statistics.median(runs_b):.2f}" if runs_b else "-"
                bdraw = other["drawing"].get((kind, spec.label))
                task = f"{statistics.median(d['TaskDuration'] for d in bdraw):.2f}" if bdraw else "-"
                line += f"  {b50:>11.2f} / {b95:.2f} {b50 / f50:>5.1f}× / {b95 / f95:.1f}× {brun:>5} {task:>8}"
            print(line)
    floor_drawn = drawn(results["floor_drawing"])  # type: ignore[arg-type]
    print(f"{'floor, page change':<36} {f50:>5.2f} / {f95:.2f} {1:>5.1f}× / {1:.1f}× {'':>5} {floor_drawn:>28}")
    print("run: the server's script run, p50 s; renderer: the browser tab's main-thread seconds per change, p50")
    print(f"over the floor's targets: {', '.join(over) if over else 'none'}")


@contextmanager
def exported(ref: str) -> Iterator[Path]:
    """The project at git `ref`, exported to a temporary directory (for an A/B in one run)."""
    with TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "archive", ref], cwd=ROOT, check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        yield Path(tmp)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--pages", default="", help="only these pages (their menu labels, comma-separated)")
    parser.add_argument("--no-cold", action="store_true", help="skip the cold starts")
    parser.add_argument("--no-links", action="store_true", help="skip the shared links and first visits")
    parser.add_argument("--against", default="", help="a git ref: that version served too, timed in the same run")
    args = parser.parse_args()
    labels = [label.strip() for label in args.pages.split(",") if label.strip()]
    unknown = set(labels) - {s.label for s in PAGES}
    if unknown:
        parser.error(f"unknown pages: {', '.join(sorted(unknown))}")
    with exported(args.against) if args.against else nullcontext() as other:
        results = run(args.rounds, labels, cold=not args.no_cold, links=not args.no_links, other=other)
    report(results, args.against)
    return 0


if __name__ == "__main__":
    sys.exit(main())
