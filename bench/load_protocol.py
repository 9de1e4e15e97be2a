"""Load without browsers: simulated readers speak Streamlit's WebSocket protocol (bench/st_protocol.py)
to one server (`bash scripts/run`) or to N replicas behind nginx (bench/replicas.py), so the CPU left
is the server's.

Each reader arrives on a shared link (one every `--ramp` s), then acts every ~`--think` s (uniform
0.6–1.4×) for `--seconds`: a page change by the sidebar, a selectbox change on the page (a widget id
the server reported), or a CSV download (the button's deferred file: the backend request, then the
media URL). An action's time runs from the message sent to the server's `script_finished` (or the
whole file received). Per action kind: count, p50/p95, errors (an exception or error element, a
timeout, a closed socket). Also: the servers' CPU (from /proc, as a share of the machine's cores),
each replica's resident memory idle, at its peak and `--after` s after the readers left, and what
Streamlit's caches hold then (`/_stcore/metrics`: st.cache_data's pickled bytes, st.cache_resource's
entries, per cached function).

Baseline, in the same run: before the crowd, one reader alone on the warm, idle server does each
kind of action (`--alone` rounds); the crowd's p50 is printed as a ratio to it, since this machine is
shared and absolute seconds move from day to day. Then one reader per replica visits every page once
(untimed), and "idle" is read `--settle` s later, after the memory trimmer's pass: the memory a minute
after the crowd is compared with a server every page of which has been drawn once, and both readings are
trimmed.

Bounded: at most 300 readers and 600 s of acting, a per-action timeout, a hard deadline; 127.0.0.1 only.

    .venv/bin/python bench/load_protocol.py --readers 30                    # one replica
    .venv/bin/python bench/load_protocol.py --readers 60 --replicas 2       # two, behind nginx
    .venv/bin/python bench/load_protocol.py --step 10,20,30,40 --after 0    # the largest crowd with p95 ≤ 1 s
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.browser_bench import percentile, served  # noqa: E402
from bench.replicas import cluster  # noqa: E402
from bench.st_protocol import Reader, Result  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")
#: Shared links a reader arrives on (a newsroom's links of the day).
LINKS = [
    ("/rollcalls", "symbol=A/RES/69/188"),
    ("/country", "iso3=ZAF"),
    ("/agreement", "a=USA&b=CHN"),
    ("/breakdown", "event=ga3-2014-dprk-resolution"),
    ("/record", "states=CHN,USA&topic=Human%20rights&from=2000&to=2019"),
    ("/series", "iso3=CHN"),
]
KINDS = ("link", "page", "widget", "download")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK  # utime, stime


#: Streamlit's cache categories, as the printout names them; COUNTED: given as entries, not bytes.
KINDS_SHOWN = {"st_cache_data": "data", "st_cache_resource": "resource", "st_memory_media_file_storage": "media files",
               "st_session_state": "session_state", "UploadedFileManager": "uploads"}
COUNTED = {"st_cache_resource", "st_session_state"}


def cache_figures(url: str) -> dict[str, float]:
    """What one server's caches hold (Streamlit's `/_stcore/metrics`, the `cache_memory_bytes` family), per
    cached function: `data:<name>` the MB of its st.cache_data entries (pickles, as stored), `resource:<name>`
    its st.cache_resource entries (a count: sizing live objects is off by default), `media files` the MB of
    download files held, `session_state` the sessions' keys; {} when the server does not answer."""
    try:
        with urllib.request.urlopen(f"{url}/_stcore/metrics?families=cache_memory_bytes", timeout=30) as response:
            text = response.read().decode()
    except OSError:
        return {}
    figures: dict[str, float] = {}
    for line in text.splitlines():
        if not line.startswith("cache_memory_bytes{"):
            continue
        labels, _, value = line.rpartition(" ")
        kind = labels.split('cache_type="', 1)[1].split('"', 1)[0]
        name = labels.split('cache="', 1)[1].split('"', 1)[0].rpartition(".")[2]
        key = KINDS_SHOWN.get(kind, kind) + (f":{name}" if kind.startswith("st_cache_") else "")
        scale = 1 if kind in COUNTED else 1 / 2**20
        figures[key] = figures.get(key, 0.0) + float(value) * scale
    return figures


def cache_lines(moments: dict[str, list[dict[str, float]]]) -> list[str]:
    """The caches' figures per replica at each moment, one line per cache, the largest first."""
    lines = []
    names = list(moments)
    for replica, _ in enumerate(next(iter(moments.values()), [])):
        seen = {key for at in names for key in moments[at][replica]}
        last = moments[names[-1]][replica]
        largest = {key: max(moments[at][replica].get(key, 0) for at in names) for key in seen}
        order = sorted(seen, key=lambda k: (not k.startswith("data:"), -largest[k]))
        lines.append(
            f"caches of replica {replica + 1}, {' / '.join(names)}"
            " (data, media files: MB; resource, session_state: entries):"
        )
        for key in order:
            shown = " / ".join(f"{moments[at][replica].get(key, 0):.1f}" for at in names)
            lines.append(f"  {key:<40} {shown}{'' if key in last else '  (gone)'}")
    return lines


class Memory(threading.Thread):
    """Each server's resident memory every 0.25 s: the peak per pid."""

    def __init__(self, pids: list[int]) -> None:
        super().__init__(daemon=True)
        self.pids, self.peak, self.running = pids, dict.fromkeys(pids, 0.0), True

    def run(self) -> None:
        while self.running:
            for pid in self.pids:
                self.peak[pid] = max(self.peak[pid], rss_mb(pid))
            time.sleep(0.25)


async def reader(url: str, n: int, args: argparse.Namespace, out: list[Result]) -> None:
    """One reader: a shared link, then an action every ~think s until its time is up."""
    rng = random.Random(n)
    me = Reader(url, timeout=args.timeout, agent=f"load-protocol/{n}")
    path, query = LINKS[n % len(LINKS)]
    try:
        first = await me.open(path, query)
        out.append(first)
        if not first.finished:
            return
        deadline = time.monotonic() + args.seconds
        while True:
            await asyncio.sleep(args.think * rng.uniform(0.6, 1.4))
            if time.monotonic() >= deadline:
                break
            out.append(await act(me, rng))
    finally:
        await me.close()


async def act(me: Reader, rng: random.Random) -> Result:
    """A page change (40 %), a selectbox change (35 %) or a CSV download (25 %), as the page allows."""
    boxes, files = me.selectboxes(), me.csv_downloads()
    roll = rng.random()
    if roll < 0.35 and boxes:
        return await me.change_widget(rng.choice(boxes), rng.choice((1, -1)))
    if roll < 0.6 and files:
        return await me.download(rng.choice(files))
    return await me.change_page(rng.choice([p for p in me.pages if p != me.path.strip("/")]))


async def alone(url: str, rounds: int, timeout: float) -> list[Result]:
    """One reader alone: every shared link, and on each a page change, a widget change, a download."""
    results = []
    for _ in range(rounds):
        for path, query in LINKS:
            me = Reader(url, timeout=timeout, agent="load-protocol/alone")
            results.append(await me.open(path, query))
            if me.selectboxes():
                results.append(await me.change_widget(me.selectboxes()[0]))
            if me.csv_downloads():
                results.append(await me.download(me.csv_downloads()[0]))
            results.append(await me.change_page(next(p for p in me.pages if p != path.strip("/"))))
            await me.close()
    return results


async def tour(urls: list[str], timeout: float) -> list[Result]:
    """One reader on each replica (its own address) opens every page and changes its first selectbox, untimed:
    the pages the shared links do not reach are visited once before "idle" is read, as the crowd will
    visit them, so that their one-time first visit is not counted as the crowd's memory."""
    results = []
    for url in urls:
        me = Reader(url, timeout=timeout, agent="load-protocol/tour")
        results.append(await me.open("/"))
        for path in list(me.pages):
            results.append(await me.change_page(path))
            if me.selectboxes():
                results.append(await me.change_widget(me.selectboxes()[0]))
        await me.close()
    return results


async def crowd(url: str, args: argparse.Namespace) -> tuple[list[Result], int]:
    out: list[Result] = []
    tasks = []
    for n in range(args.readers):
        tasks.append(asyncio.create_task(reader(url, n, args, out)))
        await asyncio.sleep(args.ramp)
    hard = args.seconds + 2 * args.timeout + 30
    _, pending = await asyncio.wait(tasks, timeout=hard)
    for task in pending:
        task.cancel()
    return out, len(pending)


@contextmanager
def servers(replicas: int, log: Path) -> Iterator[tuple[str, list[int], list[int], list[str]]]:
    """(the URL readers use, the servers' pids, other pids to count: nginx, each server's own URL)."""
    if replicas == 1:
        with served("127.0.0.1", log=log) as (url, process, _):
            yield url, [process.pid], [], [url]
    else:
        with cluster(replicas, log=log) as running:
            pids, urls = [r.process.pid for r in running.replicas], [r.url for r in running.replicas]
            yield running.url, pids, [running.proxy.pid], urls


def profiled(pids: list[int], seconds: float, out: Path) -> subprocess.Popen | None:
    """py-spy sampling the first server for `seconds` (collapsed stacks to `out`), if py-spy is installed."""
    spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if not Path(spy).exists():
        print("py-spy is not installed (.venv/bin/pip install -r bench/requirements.txt): no profile")
        return None
    command = [spy, "record", "--pid", str(pids[0]), "--duration", str(int(seconds)), "--rate", "50"]
    return subprocess.Popen([*command, "--format", "raw", "--nonblocking", "--gil", "--output", str(out)])


def hot_spots(collapsed: Path, top: int = 12) -> list[str]:
    """The functions holding the GIL most often: own samples and samples with the function on the stack."""
    own: dict[str, int] = {}
    inside: dict[str, int] = {}
    total = 0
    for line in collapsed.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        frames, n = stack.split(";"), int(count)
        total += n
        own[frames[-1]] = own.get(frames[-1], 0) + n
        for frame in set(frames):
            inside[frame] = inside.get(frame, 0) + n
    lines = [f"{total} samples holding the GIL; own share, then the share with the function on the stack:"]
    lines += [f"  own {n / total:5.1%}  {frame}" for frame, n in sorted(own.items(), key=lambda x: -x[1])[:top]]
    ours = [(f, n) for f, n in inside.items() if "dashboard/" in f or "app.py" in f or "streamlit/" in f]
    lines += [f"  in  {n / total:5.1%}  {frame}" for frame, n in sorted(ours, key=lambda x: -x[1])[:top]]
    return lines


def summary(results: list[Result]) -> dict[str, dict[str, float]]:
    table = {}
    for kind in KINDS:
        mine = [r for r in results if r.kind == kind]
        if not mine:
            continue
        took = [r.took for r in mine]
        table[kind] = {
            "count": len(mine),
            "p50": statistics.median(took),
            "p95": percentile(took, 0.95),
            "errors": sum(1 for r in mine if r.errors),
            "unfinished": sum(1 for r in mine if not r.finished),
            "kb": statistics.mean(r.received for r in mine) / 1024,
        }
    everything = [r.took for r in results if r.kind != "link"]
    if everything:
        table["all but links"] = {
            "count": len(everything),
            "p50": statistics.median(everything),
            "p95": percentile(everything, 0.95),
            "errors": sum(1 for r in results if r.kind != "link" and r.errors),
            "unfinished": sum(1 for r in results if r.kind != "link" and not r.finished),
            "kb": statistics.mean(r.received for r in results if r.kind != "link") / 1024,
        }
    return table


def run(args: argparse.Namespace, readers: int) -> dict[str, object]:
    args.readers = min(readers, 300)
    scratch = tempfile.TemporaryDirectory(prefix="load-protocol-")
    log = Path(scratch.name) / "server.log"
    with servers(args.replicas, log) as (url, pids, others, own_urls):
        baseline = summary(asyncio.run(alone(url, args.alone, args.timeout)))  # also warms every cache
        asyncio.run(tour(own_urls, args.timeout))
        time.sleep(args.settle)  # past the memory trimmer's pass (10 s of quiet, looked at every 5 s)
        idle = {pid: rss_mb(pid) for pid in pids}
        caches = {"idle": [cache_figures(u) for u in own_urls]}
        memory = Memory(pids)
        memory.start()
        cpu0 = {pid: cpu_seconds(pid) for pid in pids + others}
        load0, wall0, mine0 = os.getloadavg()[0], time.monotonic(), time.process_time()
        profile = Path(scratch.name) / "profile.txt"
        spy = profiled(pids, args.readers * args.ramp + args.seconds, profile) if args.profile else None
        results, cancelled = asyncio.run(crowd(url, args))
        if spy is not None:
            spy.wait(timeout=120)
        wall, mine = time.monotonic() - wall0, time.process_time() - mine0
        cpu = {pid: cpu_seconds(pid) - cpu0[pid] for pid in pids + others}
        load1 = os.getloadavg()[0]
        memory.running = False
        caches["end"] = [cache_figures(u) for u in own_urls]
        time.sleep(args.after)
        after = {pid: rss_mb(pid) for pid in pids}
        caches["after"] = [cache_figures(u) for u in own_urls]
        exceptions = log.read_text(errors="replace").count("Traceback")
        if args.keep_profile and profile.exists():
            shutil.copyfile(profile, args.keep_profile)
    if args.details:
        start = min((r.at for r in results), default=0.0)
        rows = [{"kind": r.kind, "label": r.label, "at": r.at - start, "took": r.took, "errors": r.errors}
                for r in results]
        args.details.write_text(json.dumps(rows, indent=0))
    errors = sorted({e for r in results for e in r.errors})
    cores = os.cpu_count() or 1
    return {
        "readers": args.readers,
        "replicas": args.replicas,
        "seconds": args.seconds,
        "ramp": args.ramp,
        "think": args.think,
        "wall": wall,
        "crowd": summary(results),
        "alone": baseline,
        "cancelled": cancelled,
        "error_texts": errors[:10],
        "server_cpu_share": sum(cpu[p] for p in pids) / wall / cores,
        "server_cpu_per_action_ms": 1000 * sum(cpu[p] for p in pids) / max(1, len(results)),
        "proxy_cpu_share": sum(cpu[p] for p in others) / wall / cores,
        "generator_cpu_share": mine / wall / cores,
        "idle_mb": [idle[p] for p in pids],
        "peak_mb": [memory.peak[p] for p in pids],
        "after_mb": [after[p] for p in pids],
        "after_s": args.after,
        "caches": caches,
        "exceptions_in_log": exceptions,
        "profile": hot_spots(profile) if profile.exists() else [],
        "load": [load0, load1],
        "cores": cores,
    }


def report(result: dict) -> None:
    print(
        f"\n{result['readers']} readers on {result['replicas']} replica(s)"
        f"{' behind nginx' if result['replicas'] > 1 else ''}: one arriving every {result['ramp']} s, each acting"
        f" every ~{result['think']} s for {result['seconds']} s; {result['wall']:.0f} s in all"
    )
    print(f"{'action':<15} {'count':>6} {'p50 s':>7} {'p95 s':>7} {'errors':>7} {'KB recv':>8}  alone p50  ratio")
    for kind, row in result["crowd"].items():
        base = result["alone"].get(kind)
        ratio = f"{row['p50'] / base['p50']:5.1f}×" if base and base["p50"] > 0 else ""
        alone_p50 = f"{base['p50']:9.2f}" if base else " " * 9
        print(
            f"{kind:<15} {row['count']:>6} {row['p50']:>7.2f} {row['p95']:>7.2f} {row['errors']:>7}"
            f" {row['kb']:>8.0f}  {alone_p50}  {ratio}"
        )
    mb = ", ".join(
        f"{i:.0f} / {p:.0f} / {a:.0f}"
        for i, p, a in zip(result["idle_mb"], result["peak_mb"], result["after_mb"], strict=True)
    )
    print(f"memory per replica, idle / peak / {result['after_s']:.0f} s after, MB: {mb}")
    for line in cache_lines(result["caches"]):
        print(line)
    print(
        f"CPU of {result['cores']} cores: servers {result['server_cpu_share']:.0%},"
        f" proxy {result['proxy_cpu_share']:.0%}, this generator {result['generator_cpu_share']:.0%}"
        f" (server CPU per action, links included: {result['server_cpu_per_action_ms']:.0f} ms);"
        f" load average {result['load'][0]:.1f} before, {result['load'][1]:.1f} after (other work counts in it)"
    )
    print(f"readers cancelled at the hard deadline: {result['cancelled']}; tracebacks in the servers' log: "
          f"{result['exceptions_in_log']}")
    for text in result["error_texts"]:
        print(f"  error: {text}")
    for line in result["profile"]:
        print(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readers", type=int, default=30)
    parser.add_argument("--replicas", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--ramp", type=float, default=0.5, help="seconds between arrivals")
    parser.add_argument("--think", type=float, default=5.0, help="mean seconds between a reader's actions")
    parser.add_argument("--timeout", type=float, default=30.0, help="per action")
    parser.add_argument("--alone", type=int, default=2, help="rounds of the one-reader baseline")
    parser.add_argument("--settle", type=float, default=20.0, help="seconds idle before the crowd")
    parser.add_argument("--after", type=float, default=60.0, help="seconds after the crowd for memory")
    parser.add_argument("--step", default="", help="comma-separated crowd sizes, one run each (one replica)")
    parser.add_argument("--profile", action="store_true", help="sample the (first) server with py-spy")
    parser.add_argument("--json", type=Path, help="append each run's figures to this file")
    parser.add_argument("--details", type=Path, help="write every action (kind, label, start, seconds) here")
    parser.add_argument("--keep-profile", type=Path, help="copy py-spy's collapsed stacks here")
    args = parser.parse_args()
    args.seconds = min(args.seconds, 600)
    sizes = [int(s) for s in args.step.split(",")] if args.step else [args.readers]
    for size in sizes:
        result = run(args, size)
        report(result)
        if args.json:
            with args.json.open("a") as sink:
                sink.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
