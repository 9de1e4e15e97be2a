"""Faults under load, with readers speaking Streamlit's protocol (bench/st_protocol.py), no browsers.

    .venv/bin/python bench/faults.py stop-replica --signal TERM     # a replica stopped under load (KILL too)
    .venv/bin/python bench/faults.py drop-download                  # readers who drop a CSV half-way
    .venv/bin/python bench/faults.py sessions --sessions 1000       # sessions opened and closed in a loop

stop-replica: two replicas behind nginx (bench/replicas.py); readers arrive on shared links (one every
`--ramp` s) and act every ~`--think` s; once every reader's first page is drawn, `--fault-at` s later, one
replica (the one with the most readers) gets the signal, and the readers go on for `--after-fault` s. A
reader whose socket the server closes does what Streamlit's front end does: it reconnects (health check,
host config, a new socket, through the proxy with its cookie) and reruns the page in its address bar,
query string included; if that fails it tries again every 0.5 s. Measured: the errors of the survivor's readers, each
lost reader's time from losing its socket to its page drawn again, whether that page shows what it
showed before (its headings, its widgets' labels and values) and the
replica it is now on. The replicas run with bench/write_audit on PYTHONPATH, which logs every file the
Python process opens for writing; data/ and seeds/ are hashed before and after.

drop-download: one server; `--drops` times a reader clicks a CSV download (the largest of the shared
links' pages) and its connection drops after the first KB of the file (a TCP reset), while `--readers`
readers act; then `--drops` more with no one else. Measured: tracebacks in the server's log, the other
readers' errors, a whole download after each phase, the server's memory before the second phase and
`--settle` s after it (each after one page's run, so the app's memory trimmer runs), then as many whole
downloads as a control.

sessions: one server; `--sessions` sessions, `--at-once` at a time, each opens a shared link (the first
run) and closes. The server's memory every 100 sessions, then every 10 s for `--after` s, against its
idle memory before the loop; Streamlit's own session counters (/_stcore/metrics) at the end.

Bounded (at most 2,000 sessions, 300 s of acting; per-action timeouts), 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.browser_bench import served  # noqa: E402
from bench.load_protocol import LINKS, act, reader, rss_mb  # noqa: E402
from bench.replicas import cluster  # noqa: E402
from bench.st_protocol import Reader, Result  # noqa: E402

AUDIT = ROOT / "bench" / "write_audit"


# -- what the app writes ---------------------------------------------------------------------------
def data_hashes() -> dict[str, str]:
    """sha256 of every file under data/ and seeds/ (the dataset, the record, the articles)."""
    files = sorted(p for folder in ("data", "seeds") for p in (ROOT / folder).rglob("*") if p.is_file())
    return {str(p.relative_to(ROOT)): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


@contextmanager
def write_audit(folder: Path) -> Iterator[Path]:
    """Processes started inside log the files they write to the path yielded (bench/write_audit)."""
    log = folder / "writes.log"
    log.touch()
    # scripts/run installs the pinned packages on a first start (pip writes files): do it before the audit,
    # so the log holds only what the server writes
    subprocess.run(["bash", "-c", "source scripts/_venv.sh requirements.txt"], cwd=ROOT, check=True)
    saved = {k: os.environ.get(k) for k in ("PYTHONPATH", "WRITE_AUDIT_LOG")}
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(AUDIT), saved["PYTHONPATH"]]))
    os.environ["WRITE_AUDIT_LOG"] = str(log)
    try:
        yield log
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def writes(log: Path) -> list[str]:
    """The audit log's lines, bytecode caches (__pycache__, written by imports) left out."""
    return [line for line in log.read_text().splitlines() if "__pycache__" not in line]


# -- stop-replica ----------------------------------------------------------------------------------
@dataclass
class Reconnect:
    took: float  # from the socket lost to the page drawn again
    attempts: int
    same_view: bool
    replica: str  # after
    errors: list[str] = field(default_factory=list)
    differs: list[str] = field(default_factory=list)  # what the page showed before and not after, and back


@dataclass
class Outcome:
    n: int
    replica: str = ""  # where it started
    results: list[Result] = field(default_factory=list)
    reconnects: list[Reconnect] = field(default_factory=list)
    lost_in_flight: list[Result] = field(default_factory=list)  # the action under way when the socket went
    arrived: asyncio.Event = field(default_factory=asyncio.Event)  # its shared link drawn
    stop_at: float = float("inf")  # time.monotonic() to stop acting: set once the fault is in


async def think_or_lost(me: Reader, seconds: float) -> bool:
    """Wait `seconds`; True at once if the server closes the socket meanwhile."""
    assert me.lost is not None
    try:
        await asyncio.wait_for(me.lost.wait(), seconds)
    except TimeoutError:
        return False
    return True


async def reconnect(me: Reader, path: str, query: str, view: list[str], timeout: float = 30) -> Reconnect:
    started, attempts, errors = time.perf_counter(), 0, []
    await me.close()
    while True:
        attempts += 1
        result = await me.open(path, query, kind="reconnect")
        if result.finished and not result.errors:
            now = me.seen()
            before, after = Counter(view), Counter(now)
            differs = [f"- {line} (×{n})" for line, n in (before - after).items()]
            differs += [f"+ {line} (×{n})" for line, n in (after - before).items()]
            return Reconnect(time.perf_counter() - started, attempts, now == view, me.replica, errors, differs)
        errors += result.errors
        await me.close()
        if time.perf_counter() - started > timeout:
            return Reconnect(time.perf_counter() - started, attempts, False, me.replica, errors)
        await asyncio.sleep(0.5)


async def act_without_widgets(me: Reader, rng: random.Random) -> Result:
    """A page change (75 %) or a CSV download (25 %), as the page allows: actions whose page a shared link
    gives back whole (a widget's value is in the link too, but see docs/serving.md for where it is not)."""
    files = me.csv_downloads()
    if rng.random() < 0.25 and files:
        return await me.download(rng.choice(files))
    return await me.change_page(rng.choice([p for p in me.pages if p != me.path.strip("/")]))


async def steady_reader(url: str, n: int, args: argparse.Namespace, out: Outcome) -> None:
    rng = random.Random(n)
    me = Reader(url, timeout=args.timeout, agent=f"faults/{n}")
    path, query = LINKS[n % len(LINKS)]
    first = await me.open(path, query)
    out.results.append(first)
    out.replica = me.replica
    if not first.finished:
        return
    out.arrived.set()
    shown = (me.path, me.query, me.seen())  # the address bar and the page drawn for it
    try:
        while time.monotonic() < out.stop_at:
            lost = await think_or_lost(me, args.think * rng.uniform(0.6, 1.4))
            if not lost and time.monotonic() < out.stop_at:
                result = await (act(me, rng) if args.widgets else act_without_widgets(me, rng))
                await asyncio.sleep(0.2)  # a closing socket's last frames reach the receiver
                lost = me.lost is not None and me.lost.is_set()
                if lost:
                    out.lost_in_flight.append(result)
                else:
                    out.results.append(result)
                    shown = (me.path, me.query, me.seen())
            if lost:
                out.reconnects.append(await reconnect(me, *shown))
                shown = (me.path, me.query, me.seen())
    finally:
        await me.close()


async def stop_one(args: argparse.Namespace, url: str, pids: dict[str, int]) -> tuple[list[Outcome], str, float]:
    """The readers, and the signal to one replica: (outcomes, the replica stopped, seconds into the run)."""
    outcomes = [Outcome(n) for n in range(args.readers)]
    t0 = time.monotonic()
    tasks = []
    for n in range(args.readers):
        tasks.append(asyncio.create_task(steady_reader(url, n, args, outcomes[n])))
        await asyncio.sleep(args.ramp)
    await asyncio.wait([asyncio.create_task(o.arrived.wait()) for o in outcomes], timeout=2 * args.timeout)
    await asyncio.sleep(args.fault_at)  # after every reader's first page: each has a page to get back
    on = Counter(o.replica for o in outcomes if o.replica in pids)
    victim = on.most_common(1)[0][0] if on else next(iter(pids))
    os.kill(pids[victim], getattr(signal, f"SIG{args.signal}"))
    when = time.monotonic() - t0
    stop_at = time.monotonic() + args.after_fault
    for o in outcomes:
        o.stop_at = stop_at
    await asyncio.wait(tasks, timeout=stop_at - time.monotonic() + 3 * args.timeout)
    return outcomes, victim, when


def stop_replica(args: argparse.Namespace) -> dict:
    scratch = Path(tempfile.mkdtemp(prefix="faults-"))
    before = data_hashes()
    with write_audit(scratch) as audit, cluster(2, log=scratch / "replicas.log") as running:
        pids = {f"127.0.0.1:{r.port}": r.process.pid for r in running.replicas}
        outcomes, victim, when = asyncio.run(stop_one(args, running.url, pids))
        statuses = Counter(r["status"] for r in running.access_log())
    after = data_hashes()
    lost = [o for o in outcomes if o.replica == victim]
    kept = [o for o in outcomes if o.replica != victim]
    reconnects = [c for o in lost for c in o.reconnects]
    return {
        "signal": args.signal,
        "readers": args.readers,
        "victim": victim,
        "replicas": sorted(pids),
        "stopped_at": when,
        "survivor_readers": len(kept),
        "survivor_actions": sum(len(o.results) for o in kept),
        "survivor_errors": [e for o in kept for r in o.results for e in r.errors],
        "survivor_reconnects": sum(len(o.reconnects) for o in kept),
        "lost_readers": len(lost),
        "lost_in_flight": sum(len(o.lost_in_flight) for o in lost),
        "lost_reconnected": sum(1 for o in lost if o.reconnects),
        "reconnect_seconds": [c.took for c in reconnects],
        "reconnect_attempts": [c.attempts for c in reconnects],
        "reconnect_same_view": [c.same_view for c in reconnects],
        "reconnect_replicas": sorted({c.replica for c in reconnects}),
        "reconnect_errors": [e for c in reconnects for e in c.errors],
        "reconnect_differs": [d for c in reconnects for d in c.differs],
        "lost_detail": [
            [(x.kind, round(x.took, 2), x.errors) for x in o.results + o.lost_in_flight] + [len(o.reconnects)]
            for o in lost
        ],
        "lost_actions_after": sum(len(o.results) - 1 for o in lost),
        "lost_errors_after": [e for o in lost for r in o.results for e in r.errors],
        "proxy_statuses": dict(statuses),
        "data_unchanged": before == after,
        "data_files": len(before),
        "writes": writes(audit),
        "tracebacks": (scratch / "replicas.log").read_text(errors="replace").count("Traceback"),
    }


def report_stop(r: dict) -> None:
    took = r["reconnect_seconds"]
    print(f"\nstop-replica: SIG{r['signal']} to {r['victim']} at {r['stopped_at']:.0f} s, {r['readers']} readers")
    print(f"  survivor's readers: {r['survivor_readers']}, actions {r['survivor_actions']}, errors "
          f"{len(r['survivor_errors'])}, sockets lost {r['survivor_reconnects']}")
    print(f"  lost replica's readers: {r['lost_readers']}, reconnected {r['lost_reconnected']}, "
          f"actions cut in flight {r['lost_in_flight']}")
    if took:
        print(f"  reconnect to page drawn, s: p50 {statistics.median(took):.2f}, max {max(took):.2f}; attempts "
              f"{Counter(r['reconnect_attempts'])}; same view {sum(r['reconnect_same_view'])}/{len(took)}; "
              f"now on {r['reconnect_replicas']}")
    print(f"  their actions after reconnecting: {r['lost_actions_after']}, errors {len(r['lost_errors_after'])}")
    print(f"  proxy statuses: {r['proxy_statuses']}; tracebacks in the replicas' log: {r['tracebacks']}")
    print(f"  data/ and seeds/: {r['data_files']} files, unchanged: {r['data_unchanged']}; files the replicas "
          f"opened for writing (bytecode caches aside): {len(r['writes'])}")
    lines = r["survivor_errors"] + r["lost_errors_after"] + r["reconnect_errors"] + r["writes"] + r["reconnect_differs"]
    for line in lines[:12]:
        print(f"    {line}")


# -- drop-download ---------------------------------------------------------------------------------
def drop_after(url: str, cookies: dict[str, str], first_bytes: int = 1024) -> int:
    """GET a media URL, read its first bytes, then reset the connection: the bytes read."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        cookie = "; ".join(f"{k}={v}" for k, v in cookies.items())
        request = f"GET {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\nCookie: {cookie}\r\n\r\n"
        sock.sendall(request.encode())
        got = b""
        while len(got) < first_bytes:
            chunk = sock.recv(first_bytes - len(got))
            if not chunk:
                break
            got += chunk
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")  # reset
    return len(got)


async def largest_csv(url: str, links: list[tuple[str, str]] = LINKS) -> tuple[str, str, tuple[int, ...], int]:
    """The shared link whose page offers the largest CSV: (path, query, the button, bytes)."""
    best = ("", "", (), 0)
    for path, query in links:
        me = Reader(url, timeout=120, agent="faults/size")
        await me.open(path, query)
        for button in me.csv_downloads():
            got = await me.download(button)
            if got.received > best[3] and not got.errors:
                best = (path, query, button, got.received)
        await me.close()
    return best


async def dropping(
    url: str, target: tuple, drops: int, readers: int, args: argparse.Namespace, whole: bool = False
) -> dict:
    """`drops` clicks on the target's CSV, each fetch reset after its first KB (or, as a control, `whole`),
    while `readers` act."""
    path, query, button, size = target
    crowd = argparse.Namespace(seconds=300, think=args.think, timeout=args.timeout)
    others: list[Result] = []
    me = Reader(url, timeout=args.timeout, agent="faults/dropper")
    await me.open(path, query)
    read = []
    background = [asyncio.create_task(reader(url, n, crowd, others)) for n in range(readers)]
    await asyncio.sleep(2 if readers else 0)
    for _ in range(drops):
        click = await me.download(button, fetch=False)
        if whole:
            read.append(len(await me.get(click.url)))
        else:
            read.append(await asyncio.to_thread(drop_after, url + click.url, me.cookies))
    last = await me.download(button)  # and a whole download still arrives
    for task in background:
        task.cancel()
    await asyncio.gather(*background, return_exceptions=True)
    await me.close()
    return {"file": f"{path}?{query}", "bytes": size, "read_before_drop": statistics.median(read),
            "others": others, "whole_after": last}


def settled(url: str, pid: int, seconds: float) -> float:
    """The server's memory `seconds` after one page's run (the app trims its memory once no script has
    run for 10 s, for 120 s after the last run: downloads run no script, so a long series of them alone
    would otherwise be measured untrimmed)."""
    asyncio.run(open_and_close(url, 0, 60))
    time.sleep(seconds)
    return rss_mb(pid)


def drop_download(args: argparse.Namespace) -> dict:
    """Drops while readers act (is everyone else served?), then, from the memory that left, drops alone
    (does memory grow?: the readers' own pages would fill caches and blur it)."""
    scratch = Path(tempfile.mkdtemp(prefix="faults-"))
    log = scratch / "server.log"
    with served("127.0.0.1", log=log) as (url, process, _):
        target = asyncio.run(largest_csv(url))  # also warms what the downloads use
        result = asyncio.run(dropping(url, target, args.drops, args.readers, args))
        idle = settled(url, process.pid, args.settle)
        alone = asyncio.run(dropping(url, target, args.drops, 0, args))
        after = settled(url, process.pid, args.settle)
        control = asyncio.run(dropping(url, target, args.drops, 0, args, whole=True))
        result |= {"idle_mb": idle, "after_mb": after, "whole_alone": alone["whole_after"],
                   "control_mb": settled(url, process.pid, args.settle), "control_last": control["whole_after"]}
    text = log.read_text(errors="replace")
    result["tracebacks"] = text.count("Traceback")
    result["log_errors"] = [line for line in text.splitlines() if "error" in line.lower()][:5]
    result["drops"], result["settle"], result["readers"] = args.drops, args.settle, args.readers
    return result


def report_drop(r: dict) -> None:
    others = r["others"]
    errors = [e for x in others for e in x.errors]
    print(f"\ndrop-download: {r['drops']} downloads reset after {r['read_before_drop']:.0f} bytes"
          f" of a {r['bytes'] / 1e6:.1f} MB CSV ({r['file']}) while {r['readers']} readers act, then"
          f" {r['drops']} alone")
    print(f"  tracebacks in the server's log: {r['tracebacks']}; lines naming an error: {len(r['log_errors'])}")
    print(f"  other readers meanwhile: {len(others)} actions, errors {len(errors)}")
    whole = r["whole_after"]
    print(f"  a whole download afterwards: {whole.received} bytes, errors {whole.errors}")
    print(f"  server memory before the drops alone / {r['settle']:.0f} s after them, MB: {r['idle_mb']:.0f} /"
          f" {r['after_mb']:.0f} ({r['after_mb'] / r['idle_mb'] - 1:+.1%}); after as many whole downloads"
          f" (control): {r['control_mb']:.0f} ({r['control_mb'] / r['idle_mb'] - 1:+.1%})")
    for line in r["log_errors"] + errors[:5]:
        print(f"    {line}")


# -- sessions --------------------------------------------------------------------------------------
def metrics(url: str) -> dict[str, float]:
    """Streamlit's session counters (/_stcore/metrics)."""
    with urllib.request.urlopen(f"{url}/_stcore/metrics", timeout=10) as reply:
        text = reply.read().decode()
    found = {}
    for line in text.splitlines():
        if line.startswith(("session_events_total", "active_sessions")):
            name, value = line.rsplit(" ", 1)
            found[name] = float(value)
    return found


async def open_and_close(url: str, n: int, timeout: float) -> Result:
    me = Reader(url, timeout=timeout, agent=f"faults/session-{n}")
    path, query = LINKS[n % len(LINKS)]
    try:
        return await me.open(path, query)
    finally:
        await me.close()


async def session_loop(url: str, pid: int, args: argparse.Namespace) -> tuple[list[Result], list[tuple]]:
    results: list[Result] = []
    curve = []
    started = time.monotonic()
    gate = asyncio.Semaphore(args.at_once)

    async def one(n: int) -> None:
        async with gate:
            results.append(await open_and_close(url, n, args.timeout))
            if len(results) % 100 == 0:
                curve.append((len(results), time.monotonic() - started, rss_mb(pid)))
                print(f"  {curve[-1][0]:>5} sessions  {curve[-1][1]:6.0f} s  {curve[-1][2]:5.0f} MB", flush=True)

    await asyncio.gather(*(one(n) for n in range(args.sessions)))
    return results, curve


def sessions(args: argparse.Namespace) -> dict:
    args.sessions = min(args.sessions, 2000)
    scratch = Path(tempfile.mkdtemp(prefix="faults-"))
    log = scratch / "server.log"
    with served("127.0.0.1", log=log) as (url, process, _):
        asyncio.run(session_loop(url, process.pid, argparse.Namespace(sessions=len(LINKS), at_once=1,
                                                                       timeout=args.timeout)))  # warm
        time.sleep(args.settle)
        idle = rss_mb(process.pid)
        results, curve = asyncio.run(session_loop(url, process.pid, args))
        ended = time.monotonic()
        after = []
        while time.monotonic() - ended < args.after:
            time.sleep(min(10, args.after))
            after.append((time.monotonic() - ended, rss_mb(process.pid)))
        counters = metrics(url)
    return {
        "sessions": args.sessions,
        "at_once": args.at_once,
        "idle_mb": idle,
        "curve": curve,
        "after": after,
        "errors": [e for r in results for e in r.errors],
        "unfinished": sum(1 for r in results if not r.finished),
        "p50": statistics.median(r.took for r in results),
        "counters": counters,
        "tracebacks": log.read_text(errors="replace").count("Traceback"),
    }


def report_sessions(r: dict) -> None:
    print(f"\nsessions: {r['sessions']} opened (a shared link's first run) and closed, {r['at_once']} at a time;"
          f" first run p50 {r['p50']:.2f} s; errors {len(r['errors'])}, unfinished {r['unfinished']}")
    print(f"  server memory idle before: {r['idle_mb']:.0f} MB")
    for n, at, mb in r["curve"]:
        print(f"  {n:>5} sessions  {at:6.0f} s  {mb:5.0f} MB  ({mb / r['idle_mb'] - 1:+.1%} of idle)")
    for at, mb in r["after"]:
        print(f"  {at:5.0f} s after  {mb:5.0f} MB  ({mb / r['idle_mb'] - 1:+.1%} of idle)")
    print(f"  Streamlit's counters at the end: {r['counters']}; tracebacks in the log: {r['tracebacks']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("fault", choices=("stop-replica", "drop-download", "sessions"))
    parser.add_argument("--signal", choices=("TERM", "KILL"), default="TERM")
    parser.add_argument("--no-widgets", dest="widgets", action="store_false", help="readers change pages only")
    parser.add_argument("--readers", type=int, default=12)
    parser.add_argument("--ramp", type=float, default=0.5, help="seconds between arrivals")
    parser.add_argument("--think", type=float, default=5.0, help="mean seconds between a reader's actions")
    parser.add_argument("--timeout", type=float, default=30.0, help="per action")
    parser.add_argument("--fault-at", type=float, default=10.0, help="seconds after every first page")
    parser.add_argument("--after-fault", type=float, default=20.0, help="seconds of acting after the signal")
    parser.add_argument("--drops", type=int, default=100)
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--at-once", type=int, default=4)
    parser.add_argument("--settle", type=float, default=20.0, help="seconds idle before measuring memory")
    parser.add_argument("--after", type=float, default=60.0, help="seconds of memory after the sessions")
    args = parser.parse_args()
    args.fault_at, args.after_fault = min(args.fault_at, 120), min(args.after_fault, 180)
    print(f"load average before: {os.getloadavg()[0]:.1f} (2 cores, shared)")
    if args.fault == "stop-replica":
        report_stop(stop_replica(args))
    elif args.fault == "drop-download":
        report_drop(drop_download(args))
    else:
        report_sessions(sessions(args))
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
