"""Load: 30 browser sessions reading the dashboard at once, against `HOST=… PORT=… bash scripts/run`.

Each session (a context of one headless Chromium: its own cache, cookies and Streamlit session) opens
a realistic shared link, then cycles through the pages by the sidebar with realistic widget changes,
acting every 3–5 s as a person reading would, for `--seconds` after its first page is drawn.

How it measures, and why:

- **Ramp-up.** Sessions arrive one every `--ramp` s (1 s by default), as colleagues opening a link, not
  all in the same instant: a new tab evaluates the app's JavaScript bundles (several MB, empty cache in
  a new context), and thirty of them at once on two cores starve every tab for tens of seconds (the
  earlier version of this script recorded one page change in 60 s that way). A session's first page
  (the shared link under load) is reported on its own line; its page and widget changes count only
  after that first page is drawn.
- **Per-action timeouts.** A page or widget change that is not drawn within `--timeout` s (15 by
  default) is a data point: counted, shown, and entered in the percentiles at the timeout (so p95 is
  then a lower bound); the session carries on with its next action instead of ending.
- **Drawn** is bench/browser_bench.py's DRAWN check (imported, never copied): the page's heading, every
  chart drawn, no stale element or skeleton, the script no longer running, the footer in place.
- **Server time.** The server is started with `DASHBOARD_TIMING_LOG=<temporary file>`: app.py's tiny
  hook (`dashboard/app/loading.py`'s `timing_log`, a null context when the variable is unset) appends
  one line per script run: its wall-clock start, wall and CPU seconds of the run's thread, the page,
  and the browser's User-Agent, in which each session carries a tag (`load-session/N`). Each action
  is then matched with the script runs of its own session that started between its click and its
  page drawn: "server" is the wall time of those runs (the rest of the change is the browser: sending
  the click, waiting for a core, rendering), "server CPU" the CPU their thread used (wall much above
  CPU means the run waited for a core or for the GIL). Both clocks are this machine's `time.time()`.
- **CPU.** Sampled from /proc: the server process, and every process below this one (the Playwright
  driver and Chromium's processes: "browsers"), as a share of the cores this script may use, over the
  time from the first session's arrival to the last one's close. The load average is printed with it:
  the machine is shared, and other work takes cores too.
- **`--pin`.** The server on core 0 and this script, Playwright and every browser on core 1
  (CPU affinity, inherited by each process started after it is set), so the server has a core of its
  own and the page changes measure the server and one core of browsers, not browsers queueing in front
  of the server. Without it both share both cores (the default; the mode is printed).
- **Browser demand.** Before the crowd, one visitor alone on the idle server: the CPU seconds the
  browsers spend on a first page in a new context (empty cache) and on a page change, waited for as
  the crowd waits. Multiplied by the crowd's pace (one arrival every `--ramp` s; one action per
  session every 4 s on average) it says how many cores the browsers alone ask for, beside the cores
  this machine has: whether the timings measure the server or browsers queueing for a core.
- **Memory.** The server's resident memory (VmRSS) every 0.25 s. "Idle" is the server with warm caches
  and no session: one visitor has opened every page's link, closed the tab, and `--settle` s (45 by
  default: the 30 s disconnectedSessionTTL of .streamlit/config.toml, then a pass of the app's memory
  trimmer, which collects cycles and calls glibc's malloc_trim every 5 s once no script has run for
  10 s) have passed. "After" is measured the same way, `--after` s after the last session closed.

Targets (issue 10): no error element; p95 page change ≤ 2 s under that load; peak server memory
≤ 600 MB; memory back within 10 % of its idle level a minute after the sessions close. Bounded: at most
60 sessions, 600 s of acting, per-action timeouts, a hard deadline; loopback only (127.0.0.1).

    .venv/bin/python bench/load_test.py [--sessions 30] [--seconds 60] [--after 60] [--pin]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # for tests/ and bench/, which are not in the installed package

from bench.browser_bench import DRAWN, PAGES, VIEWPORT, percentile, served, widget_change  # noqa: E402
from tests.browser_support import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")
TAG = re.compile(r"load-session/(\d+)")
ERRORS = '[data-testid="stException"], [data-testid="stAlertContentError"]'


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pids: set[int]) -> float:
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except (OSError, IndexError):
            pass
    return total / TICK


def descendants(root: int) -> set[int]:
    """Every process below root (the Playwright driver and its Chromium processes)."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError):
                continue
            parents.setdefault(ppid, []).append(int(entry.name))
    found, todo = set(), [root]
    while todo:
        for child in parents.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def pin_process(pid: int, cores: set[int]) -> None:
    """Every thread of pid on these cores (a thread started later inherits its creator's affinity)."""
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            os.sched_setaffinity(int(task.name), cores)
        except OSError:
            pass


class Sampler(threading.Thread):
    """The server's resident memory every 0.25 s, and the CPU time of this process's browsers (every
    process below it; sampled, so a renderer that exits keeps the time it had used)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.running = pid, 0.0, True
        self.browser_cpu: dict[int, float] = {}
        self.base = {p: cpu_seconds({p}) for p in descendants(os.getpid())}

    def sample_browsers(self) -> None:
        for p in descendants(os.getpid()):
            if p == self.pid:
                continue
            used = cpu_seconds({p}) - self.base.get(p, 0.0)
            if used > 0:
                self.browser_cpu[p] = max(self.browser_cpu.get(p, 0.0), used)

    def run(self) -> None:
        tick = 0
        while self.running:
            try:
                self.peak = max(self.peak, rss_mb(self.pid))
            except OSError:
                return
            if tick % 4 == 0:
                self.sample_browsers()
            tick += 1
            time.sleep(0.25)


async def drawn(page, title: str, timeout: float) -> bool:  # noqa: ANN001 - a Playwright Page
    try:
        await page.wait_for_function(DRAWN, arg=title, timeout=timeout * 1000, polling=100)
        return True
    except Exception:  # a Playwright TimeoutError (or the page gone)
        return False


async def session(browser, agent: str, url: str, n: int, args, out: dict) -> None:  # noqa: ANN001
    """One reader: a shared link, then a page or widget change every 3–5 s for args.seconds."""
    rng = random.Random(n)
    context = await browser.new_context(viewport=VIEWPORT, user_agent=f"{agent} load-session/{n}")
    page = await context.new_page()
    main = page.locator('[data-testid="stMain"]')
    nav = page.locator('[data-testid="stSidebarNav"]')
    steps = 0  # selectbox steps: next, previous, next, … (a person stepping through the list)

    def record(kind: str, label: str, started: float, took: float, ok: bool) -> None:
        out["actions"].append({"session": n, "kind": kind, "page": label, "start": started, "took": took, "ok": ok})

    try:
        first = PAGES[n % len(PAGES)]
        started, t0 = time.time(), time.perf_counter()
        try:
            await page.goto(f"{url}{first.path}?{first.link}", timeout=args.link_timeout * 1000)
            ok = await drawn(page, first.title, args.link_timeout - (time.perf_counter() - t0))
        except Exception:
            ok = False
        record("link", first.label, started, time.perf_counter() - t0, ok)
        if not ok:  # the session is still a session: wait for its first page as long as the crowd acts
            ok = await drawn(page, first.title, args.seconds)
        if not ok:
            out["never"] += 1
            return
        current, deadline = first, time.monotonic() + args.seconds
        while True:
            await asyncio.sleep(rng.uniform(3, 5))  # reading
            if time.monotonic() >= deadline:
                break
            if current.widget and rng.random() < 0.4:  # a widget change on this page
                kind, index = current.widget.split(":")
                before = page.url
                started, t0 = time.time(), time.perf_counter()
                try:
                    if kind == "select":
                        await (
                            main.locator('[data-testid="stSelectbox"]')
                            .nth(int(index))
                            .click(timeout=args.timeout * 1000)
                        )
                        await page.keyboard.press("ArrowDown" if steps % 2 == 0 else "ArrowUp")
                        await page.keyboard.press("Enter")
                        steps += 1
                    else:
                        field = main.locator('[data-testid="stTextInput"] input').nth(int(index))
                        await field.fill(rng.choice(current.values), timeout=args.timeout * 1000)
                        await field.press("Enter")
                    left = args.timeout - (time.perf_counter() - t0)
                    await page.wait_for_function(
                        "(u) => location.href !== u", arg=before, timeout=max(left, 0.1) * 1000, polling=100
                    )
                    ok = await drawn(page, current.title, args.timeout - (time.perf_counter() - t0))
                except Exception:
                    ok = False
                if not ok and page.url == before and await drawn(page, current.title, 0.5):
                    out["no_effect"] += 1  # the widget changed nothing (e.g. the last option): not timed
                else:
                    record("widget", current.label, started, time.perf_counter() - t0, ok)
            else:  # on to another page by the sidebar
                spec = rng.choice([p for p in PAGES if p is not current])
                started, t0 = time.time(), time.perf_counter()
                try:
                    await nav.get_by_text(spec.label, exact=True).click(timeout=args.timeout * 1000)
                    ok = await drawn(page, spec.title, args.timeout - (time.perf_counter() - t0))
                except Exception:
                    ok = False
                record("page", spec.label, started, time.perf_counter() - t0, ok)
                current = spec
            try:
                found = page.locator(ERRORS)
                if seen := await found.count():
                    out["errors"] += seen
                    text = (await found.first.inner_text(timeout=2000)).strip().replace("\n", " ")
                    out["error_texts"].append(f"{current.label}: {text[:160]}")
            except Exception:
                pass
    except Exception as exc:  # anything else: counted, shown, the session ends
        out["failures"].append(f"{type(exc).__name__}: {str(exc).splitlines()[0][:120]}")
    finally:
        await context.close()


async def drive(url: str, args, out: dict, sampler: Sampler) -> float:  # noqa: ANN001
    """Run the sessions, one arriving every args.ramp s; the wall seconds from the first arrival to the
    last session closed (bounded by a hard deadline)."""
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            probe = await browser.new_page()
            agent = await probe.evaluate("navigator.userAgent")
            await probe.close()
            sampler.base |= {p: cpu_seconds({p}) for p in descendants(os.getpid()) if p not in sampler.base}
            wall0 = time.monotonic()
            tasks = []
            for n in range(args.sessions):
                tasks.append(asyncio.create_task(session(browser, agent, url, n, args, out)))
                await asyncio.sleep(args.ramp)
            hard = args.sessions * args.ramp + args.link_timeout + 2 * args.seconds + 60
            done, pending = await asyncio.wait(tasks, timeout=hard)
            for task in pending:  # past the hard deadline: counted, cancelled
                out["failures"].append("cancelled at the hard deadline")
                task.cancel()
            sampler.sample_browsers()
            return time.monotonic() - wall0
        finally:
            await browser.close()


def visit(url: str, widgets: bool) -> None:
    """One visitor: every page's shared link in turn; with widgets, also each of its widget values and
    then every page by the sidebar (the paths the crowd takes)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport=VIEWPORT)
        for spec in PAGES:
            page.goto(f"{url}{spec.path}?{spec.link}")
            page.wait_for_function(DRAWN, arg=spec.title, timeout=60_000)
            for value in spec.values if widgets else ():
                before = page.url
                widget_change(page, spec, value)
                try:
                    page.wait_for_function("(u) => location.href !== u", arg=before, timeout=10_000)
                except Exception:  # the widget changed nothing (e.g. the first option, stepping back)
                    pass
                page.wait_for_function(DRAWN, arg=spec.title, timeout=60_000)
        for spec in PAGES if widgets else ():
            page.locator('[data-testid="stSidebarNav"]').get_by_text(spec.label, exact=True).click()
            page.wait_for_function(DRAWN, arg=spec.title, timeout=60_000)
        browser.close()


def browser_demand(url: str, server: int, rounds: int = 2) -> dict[str, float]:
    """CPU seconds the browsers (this process's descendants, the server excluded) spend, one visitor
    alone on an otherwise idle server: per first page in a new context (empty cache: the app's scripts
    parsed and compiled anew) and per page change by the sidebar, each waited for as the crowd waits."""
    from playwright.sync_api import sync_playwright

    def used() -> float:
        return cpu_seconds(descendants(os.getpid()) - {server} - descendants(server))

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        firsts = []
        for spec in PAGES[:3]:
            context = browser.new_context(viewport=VIEWPORT)
            before = used()
            page = context.new_page()
            page.goto(f"{url}{spec.path}?{spec.link}")
            page.wait_for_function(DRAWN, arg=spec.title, timeout=60_000, polling=100)
            firsts.append(used() - before)
            context.close()
        context = browser.new_context(viewport=VIEWPORT)
        page = context.new_page()
        page.goto(url)
        page.wait_for_function(DRAWN, arg=PAGES[0].title, timeout=60_000, polling=100)
        nav = page.locator('[data-testid="stSidebarNav"]')
        before, changes = used(), 0
        for _ in range(rounds):
            for spec in PAGES[1:] + PAGES[:1]:
                nav.get_by_text(spec.label, exact=True).click()
                page.wait_for_function(DRAWN, arg=spec.title, timeout=60_000, polling=100)
                changes += 1
        per_change = (used() - before) / changes
        browser.close()
    return {"first": statistics.median(firsts), "change": per_change}


def settle(pid: int, seconds: float) -> float:
    """The server's resident memory after `seconds` with no session."""
    time.sleep(seconds)
    return rss_mb(pid)


def server_runs(log: Path) -> list[dict]:
    runs = []
    if log.exists():
        for line in log.read_text(encoding="utf-8").splitlines():
            try:
                runs.append(json.loads(line))
            except ValueError:
                pass
    return runs


def attach_server_time(actions: list[dict], runs: list[dict]) -> None:
    """Each action gets the wall and CPU seconds of its own session's script runs started between its
    click and its page drawn (None when no run matched: the change never reached the server)."""
    by_session: dict[int, list[dict]] = {}
    for run in runs:
        tag = TAG.search(run.get("agent", ""))
        if tag:
            by_session.setdefault(int(tag.group(1)), []).append(run)
    for action in actions:
        end = action["start"] + action["took"]
        mine = [r for r in by_session.get(action["session"], []) if action["start"] - 0.01 <= r["start"] <= end]
        action["server"] = sum(r["wall"] for r in mine) if mine else None
        action["server_cpu"] = sum(r["cpu"] for r in mine) if mine else None
        action["runs"] = len(mine)


def load(
    sessions: int = 30,
    seconds: float = 60,
    after: float = 60,
    pin: bool = False,
    ramp: float = 1.0,
    timeout: float = 15.0,
    settle_s: float = 45.0,
) -> dict[str, object]:
    args = argparse.Namespace(
        sessions=min(sessions, 60),
        seconds=min(seconds, 600),
        ramp=min(max(ramp, 0.0), 5.0),
        timeout=min(timeout, 60.0),
        link_timeout=min(2 * timeout, 120.0),
    )
    after, settle_s = min(after, 300), min(settle_s, 300)
    out: dict = {"actions": [], "errors": 0, "error_texts": [], "no_effect": 0, "never": 0, "failures": []}
    mine = os.sched_getaffinity(0)
    pin = pin and len(mine) >= 2
    server_core, browser_core = (set(sorted(mine)[:1]), set(sorted(mine)[1:2])) if pin else (mine, mine)
    scratch = tempfile.TemporaryDirectory(prefix="load-test-")
    log = Path(scratch.name) / "runs.jsonl"
    os.environ["DASHBOARD_TIMING_LOG"] = str(log)  # for the server started below (scripts/run passes it on)
    try:
        os.sched_setaffinity(0, server_core)  # the server inherits it
        with served("127.0.0.1", log=Path(scratch.name) / "server.log") as (url, process, _):
            pid = process.pid
            pin_process(pid, server_core)
            os.sched_setaffinity(0, browser_core)  # this script, Playwright and Chromium from here on
            # idle: the server after one visitor has opened every page's link (caches warm), then left ...
            visit(url, widgets=False)
            warm_mb = rss_mb(pid)
            idle_links = settle(pid, settle_s)
            # ... and after a visitor has also used every page's widget and the sidebar (the crowd's paths)
            visit(url, widgets=True)
            demand = browser_demand(url, pid)
            idle = settle(pid, settle_s)
            sampler = Sampler(pid)
            server_cpu0, self_cpu0 = cpu_seconds({pid}), time.process_time()
            load0 = os.getloadavg()[0]
            sampler.start()
            started = time.time()
            wall = asyncio.run(drive(url, args, out, sampler))
            server_cpu = cpu_seconds({pid}) - server_cpu0
            self_cpu = time.process_time() - self_cpu0
            load1 = os.getloadavg()[0]
            sampler.running = False
            closed = rss_mb(pid)
            later = settle(pid, after)
        runs = [r for r in server_runs(log) if r["start"] >= started]
        server_log = (Path(scratch.name) / "server.log").read_text(errors="replace").splitlines()
        out["exceptions"] = [line for line in server_log if re.match(r"^\w+(\.\w+)*(Error|Exception):", line)]
    finally:
        os.environ.pop("DASHBOARD_TIMING_LOG", None)
        os.sched_setaffinity(0, mine)
        scratch.cleanup()
    attach_server_time(out["actions"], runs)
    trims = [r for r in runs if r["page"] == "(trim)"]
    cores = len(mine)
    out |= {
        "sessions": args.sessions,
        "seconds": args.seconds,
        "ramp": args.ramp,
        "timeout": args.timeout,
        "link_timeout": args.link_timeout,
        "mode": "pinned: server on core 0, browsers on core 1"
        if pin
        else f"shared: server and browsers on {cores} cores",
        "warm_mb": warm_mb,
        "idle_links_mb": idle_links,
        "idle_mb": idle,
        "settle_s": settle_s,
        "peak_mb": sampler.peak,
        "closed_mb": closed,
        "after_mb": later,
        "after_s": after,
        "wall": wall,
        "browser_share": sum(sampler.browser_cpu.values()) / (wall * cores),
        "server_share": server_cpu / (wall * cores),
        "self_share": self_cpu / (wall * cores),
        "cores": cores,
        "load": (load0, load1),
        "script_runs": len(runs) - len(trims),
        "trims": trims,
        "demand": demand,
    }
    return out


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} / {percentile(values, 0.95):.2f}" if values else "none"


def report(r: dict[str, object]) -> list[tuple[str, str, str, bool]]:
    actions = r["actions"]
    rows: list[tuple[str, str, str, bool]] = []
    for kind, name, target in (
        ("link", "first page (shared link) under load", ""),
        ("page", "page changes under load", "p95 ≤ 2"),
        ("widget", "widget changes under load", "(p95 ≤ 2)"),
    ):
        done = [a for a in actions if a["kind"] == kind]
        took = [a["took"] for a in done]  # a timeout counts at the timeout: p95 is then a lower bound
        late = sum(not a["ok"] for a in done)
        limit = r["link_timeout"] if kind == "link" else r["timeout"]
        p95_ok = bool(took) and percentile(took, 0.95) <= 2 and not late
        rows.append((f"{name} ({len(done)}), p50 / p95 s", spread(took), target, p95_ok or not target))
        rows.append(
            (f"  of which not drawn within {limit:.0f} s (timeouts)", str(late), "0" if target else "", not late)
        )
        server = [a["server"] for a in done if a["server"] is not None]
        cpu = [a["server_cpu"] for a in done if a["server_cpu"] is not None]
        rows.append((f"  server: its script runs, p50 / p95 s ({len(server)} matched)", spread(server), "", True))
        rows.append(("  server: CPU of those runs, p50 / p95 s", spread(cpu), "", True))
    rows += [
        ("error elements seen", str(r["errors"]), "0", r["errors"] == 0),
        ("sessions whose first page never drew", str(r["never"]), "0", not r["never"]),
        ("sessions ended by an error", str(len(r["failures"])), "0", not r["failures"]),
        ("server memory with warm caches, one visitor just left, MB", f"{r['warm_mb']:.0f}", "", True),
        (f"server memory idle ({r['settle_s']:.0f} s later, no session), MB", f"{r['idle_links_mb']:.0f}", "", True),
        ("  idle after a visitor also used every widget and the sidebar, MB", f"{r['idle_mb']:.0f}", "", True),
        ("server memory peak, MB", f"{r['peak_mb']:.0f}", "≤ 600", r["peak_mb"] <= 600),
        ("server memory when the last session closed, MB", f"{r['closed_mb']:.0f}", "", True),
        (
            f"server memory {r['after_s']:.0f} s after the sessions closed, MB",
            f"{r['after_mb']:.0f} ({(r['after_mb'] / r['idle_links_mb'] - 1):+.0%} of idle)",
            "within 10 %",
            r["after_mb"] <= 1.1 * r["idle_links_mb"],
        ),
        (
            "  the same against the idle after every widget and the sidebar",
            f"{(r['after_mb'] / r['idle_mb'] - 1):+.0%}",
            "(within 10 %)",
            r["after_mb"] <= 1.1 * r["idle_mb"],
        ),
        (
            f"CPU: browsers / server / this script, share of {r['cores']} cores",
            f"{r['browser_share']:.0%} / {r['server_share']:.0%} / {r['self_share']:.0%}",
            "",
            True,
        ),
    ]
    print(
        f"load: {r['sessions']} sessions of headless Chromium, one arriving every {r['ramp']:.1f} s, each acting"
        f" every 3–5 s for {r['seconds']:.0f} s after its first page; {r['wall']:.0f} s in all"
    )
    print(f"mode: {r['mode']}")
    print(f"{'measure':<64} {'value':>20} {'target':>12}  verdict")
    for name, value, target, ok in rows:
        verdict = ("ok" if ok else "OVER") if target else ""
        print(f"{name:<64} {value:>20} {target:>12}  {verdict}".rstrip())
    if r["no_effect"]:
        print(f"widget actions that changed nothing (not timed): {r['no_effect']}")
    for failure in r["failures"][:5]:
        print(f"  ended: {failure}")
    for text in list(dict.fromkeys(r.get("error_texts", [])))[:5]:
        print(f"  error element: {text}")
    exceptions = r.get("exceptions", [])
    print(f"exceptions in the server's log: {len(exceptions)}" + "".join(f"\n  {line}" for line in exceptions[:3]))
    trims = r["trims"]
    if trims:
        longest = max(t["wall"] for t in trims) * 1000
        handed = sum(max(0.0, t.get("rss_before", 0) - t.get("rss_after", 0)) for t in trims)
        print(
            f"memory trimmer (gc.collect + malloc_trim while no script runs): {len(trims)} passes from the"
            f" first arrival on, longest {longest:.0f} ms, {handed:.0f} MB handed back in all"
        )
    d, pace = r["demand"], r["sessions"] / 4.0  # one action per session every 3–5 s
    print(
        f"browser CPU, one visitor alone: {d['first']:.1f} s per first page in a new context,"
        f" {d['change']:.2f} s per page change; at the crowd's pace that asks"
        f" {d['first'] / max(r['ramp'], 0.1):.1f} cores for the arrivals alone (one every {r['ramp']:.1f} s) and"
        f" {pace * d['change']:.1f} cores once {r['sessions']} act, of the {r['cores']} this machine has"
    )
    print(
        f"server script runs logged: {r['script_runs']}; load average (1 min) {r['load'][0]:.1f} before,"
        f" {r['load'][1]:.1f} after the sessions (other work on this machine counts in it)"
    )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=60, help="each session acts this long after its first page")
    parser.add_argument("--after", type=float, default=60, help="memory measured this long after the sessions close")
    parser.add_argument("--pin", action="store_true", help="server on core 0, browsers on core 1")
    parser.add_argument("--ramp", type=float, default=1.0, help="seconds between two sessions' arrivals")
    parser.add_argument("--timeout", type=float, default=15.0, help="per page or widget change (link: twice this)")
    parser.add_argument("--settle", type=float, default=45.0, help="idle measured this long after the warm-up visit")
    args = parser.parse_args()
    report(load(args.sessions, args.seconds, args.after, args.pin, args.ramp, args.timeout, args.settle))
    return 0


if __name__ == "__main__":
    sys.exit(main())
