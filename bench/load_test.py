"""Load: 30 browser sessions reading the dashboard at once, against `HOST=… PORT=… bash scripts/run`.

Each session (a context of one headless Chromium) cycles through every page with realistic links and
widget changes for 60 s, acting every 3–5 s as a person reading would. Records each page change from
the click to the page's last element drawn (bench/browser_bench.py's check), any error element, the
server's resident memory (peak and after), and how much of the machine's cores the browsers took.
Bounded: sessions, seconds and per-action timeouts are fixed; loopback only.

Targets: no error element; p95 page change ≤ 2 s under that load; peak server memory ≤ 600 MB; memory
back within 10 % of its idle level a minute after the sessions close.

    .venv/bin/python bench/load_test.py [--sessions 30] [--seconds 60] [--after 60]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.browser_bench import DRAWN, PAGES, VIEWPORT, percentile, served  # noqa: E402
from tests.browser_support import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")


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


async def session(browser, url: str, seconds: float, seed: int, out: dict) -> None:  # noqa: ANN001
    rng = random.Random(seed)
    context = await browser.new_context(viewport=VIEWPORT)
    page = await context.new_page()
    deadline = time.monotonic() + seconds
    try:
        first = PAGES[seed % len(PAGES)]
        started = time.perf_counter()
        await page.goto(f"{url}{first.path}?{first.link}", timeout=60_000)
        await page.wait_for_function(DRAWN, arg=first.title, timeout=120_000, polling=100)
        out["links"].append(time.perf_counter() - started)
        current = first
        while time.monotonic() < deadline:
            await asyncio.sleep(rng.uniform(3, 5))  # reading
            if time.monotonic() >= deadline:
                break
            if current.widget and rng.random() < 0.4:  # a widget change on this page
                kind, index = current.widget.split(":")
                main = page.locator('[data-testid="stMain"]')
                before = page.url
                started = time.perf_counter()
                if kind == "select":
                    await main.locator('[data-testid="stSelectbox"]').nth(int(index)).click(timeout=20_000)
                    await page.keyboard.press(rng.choice(["ArrowDown", "ArrowUp"]))
                    await page.keyboard.press("Enter")
                else:
                    field = main.locator('[data-testid="stTextInput"] input').nth(int(index))
                    await field.fill(rng.choice(current.values), timeout=20_000)
                    await field.press("Enter")
                try:
                    await page.wait_for_function("(u) => location.href !== u", arg=before, timeout=20_000, polling=100)
                    await page.wait_for_function(DRAWN, arg=current.title, timeout=30_000, polling=100)
                    out["widget"].append(time.perf_counter() - started)
                except Exception:
                    out["missed"] += 1
            else:  # on to another page by the sidebar
                spec = rng.choice([p for p in PAGES if p is not current])
                started = time.perf_counter()
                await (
                    page.locator('[data-testid="stSidebarNav"]')
                    .get_by_text(spec.label, exact=True)
                    .click(timeout=20_000)
                )
                await page.wait_for_function(DRAWN, arg=spec.title, timeout=30_000, polling=100)
                out["page"].append(time.perf_counter() - started)
                current = spec
            errors = await page.locator('[data-testid="stException"], [data-testid="stAlertContentError"]').count()
            out["errors"] += errors
    except Exception as exc:  # a timeout: counted, the session ends
        out["failures"].append(f"{type(exc).__name__}: {str(exc).splitlines()[0][:120]}")
    finally:
        await context.close()


async def drive(url: str, sessions: int, seconds: float, out: dict, sampler: Sampler | None = None) -> float:
    """Run the sessions, arriving over the first 10 s; the wall seconds they took."""
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            wall0 = time.monotonic()
            tasks = []
            for n in range(sessions):  # arrivals spread over the first 10 s, as colleagues open a link
                tasks.append(asyncio.create_task(session(browser, url, seconds, n, out)))
                await asyncio.sleep(10 / sessions)
            await asyncio.gather(*tasks)
            if sampler is not None:
                sampler.sample_browsers()
            return time.monotonic() - wall0
        finally:
            await browser.close()


def load(sessions: int = 30, seconds: float = 60, after: float = 60) -> dict[str, object]:
    out: dict = {"page": [], "widget": [], "links": [], "errors": 0, "missed": 0, "failures": []}
    with served("127.0.0.1") as (url, process, _):
        pid = process.pid
        # idle: the server after one visitor has seen every page (caches warm), then left
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_page(viewport=VIEWPORT)
            for spec in PAGES:
                page.goto(f"{url}{spec.path}?{spec.link}")
                page.wait_for_function(DRAWN, arg=spec.title, timeout=60_000)
            browser.close()
        time.sleep(10)
        idle = rss_mb(pid)
        server_cpu0 = cpu_seconds({pid})
        sampler = Sampler(pid)
        sampler.start()
        wall = asyncio.run(drive(url, sessions, seconds, out, sampler))
        server_cpu = cpu_seconds({pid}) - server_cpu0
        sampler.running = False
        browser_cpu = sum(sampler.browser_cpu.values())
        closed = rss_mb(pid)
        time.sleep(after)
        later = rss_mb(pid)
    cores = len(os.sched_getaffinity(0))
    out |= {
        "sessions": sessions,
        "seconds": seconds,
        "idle_mb": idle,
        "peak_mb": sampler.peak,
        "closed_mb": closed,
        "after_mb": later,
        "after_s": after,
        "browser_share": browser_cpu / (wall * cores),
        "server_share": server_cpu / (wall * cores),
        "cores": cores,
    }
    return out


def report(r: dict[str, object]) -> list[tuple[str, str, str, bool]]:
    pages, widgets = r["page"], r["widget"]
    rows = [
        (
            f"page changes under load ({len(pages)}), p50 / p95 s",
            f"{statistics.median(pages):.2f} / {percentile(pages, 0.95):.2f}" if pages else "none",
            "p95 ≤ 2",
            bool(pages) and percentile(pages, 0.95) <= 2,
        ),
        (
            f"widget changes under load ({len(widgets)}), p50 / p95 s",
            f"{statistics.median(widgets):.2f} / {percentile(widgets, 0.95):.2f}" if widgets else "none",
            "(p95 ≤ 2)",
            not widgets or percentile(widgets, 0.95) <= 2,
        ),
        ("error elements seen", str(r["errors"]), "0", r["errors"] == 0),
        ("sessions that timed out", str(len(r["failures"])), "0", not r["failures"]),
        ("server memory idle (caches warm), MB", f"{r['idle_mb']:.0f}", "", True),
        ("server memory peak, MB", f"{r['peak_mb']:.0f}", "≤ 600", r["peak_mb"] <= 600),
        (
            f"server memory {r['after_s']:.0f} s after the sessions closed, MB",
            f"{r['after_mb']:.0f} ({(r['after_mb'] / r['idle_mb'] - 1):+.0%} of idle)",
            "within 10 %",
            r["after_mb"] <= 1.1 * r["idle_mb"],
        ),
        (
            f"CPU: browsers / server, share of {r['cores']} cores",
            f"{r['browser_share']:.0%} / {r['server_share']:.0%}",
            "",
            True,
        ),
    ]
    print(f"load: {r['sessions']} sessions of headless Chromium for {r['seconds']:.0f} s, acting every 3–5 s")
    print(f"{'measure':<58} {'value':>24} {'target':>12}  verdict")
    for name, value, target, ok in rows:
        print(f"{name:<58} {value:>24} {target:>12}  {'ok' if ok or not target else 'OVER'}")
    for failure in r["failures"][:5]:
        print(f"  timed out: {failure}")
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--after", type=float, default=60)
    args = parser.parse_args()
    report(load(min(args.sessions, 60), min(args.seconds, 600), min(args.after, 300)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
