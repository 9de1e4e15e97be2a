"""CSV of the official record: this project's writer beside datasette, on the same rows, in one run.

Builds a SQLite file from the shipped Parquet (one denormalised `record` table with the columns of the
app's all-votes CSV, indexed by state), serves it with datasette on a free loopback port, and times a
client receiving, over HTTP from 127.0.0.1, (1) the whole record with titles and (2) one state's rows,
from datasette's streaming CSV and from this project's writer (served by a small HTTP server in this
process, so both times include the transfer). Prints both times and the ratio beside the targets
(whole record ≥ 20× faster than datasette, one state ≥ 5×).

    .venv/bin/pip install -r bench/requirements.txt     # datasette, bench only
    .venv/bin/python bench/csv_vs_datasette.py [--runs 5] [--state CHN]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # for tests/ and bench/, which are not in the installed package

from dashboard.official import rollcalls  # noqa: E402
from tests.browser_support import free_port  # noqa: E402

TARGETS = {"whole": 20.0, "state": 5.0}


def build_sqlite(rc: rollcalls.RollCalls, path: Path) -> int:
    """The record as datasette would serve it: one table, the CSV's columns, an index on iso3."""
    table = rollcalls.votes_table(rc)
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE record (rcid INTEGER, date TEXT, symbol TEXT, title TEXT, iso3 TEXT, country TEXT, "
            "vote TEXT, source TEXT)"
        )
        columns = [table[c].astype(object).where(table[c].notna(), None).tolist() for c in table.columns]
        db.executemany("INSERT INTO record VALUES (?,?,?,?,?,?,?,?)", zip(*columns, strict=True))
        db.execute("CREATE INDEX record_iso3 ON record (iso3)")
    return len(table)


def fetch(url: str) -> int:
    """Bytes received for the whole response."""
    total = 0
    with urllib.request.urlopen(url, timeout=600) as reply:
        while chunk := reply.read(1 << 20):
            total += len(chunk)
    return total


def timed(fn: Callable[[], int], runs: int) -> tuple[float, int]:
    """(median seconds, bytes) over runs, after one warm-up."""
    size = fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        size = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), size


def serve_ours(rc: rollcalls.RollCalls) -> tuple[ThreadingHTTPServer, str]:
    """This project's CSVs over HTTP, built per request as the app builds them on a click."""
    prepared = rollcalls.votes_csv(rc)  # what dashboard.app.loading caches once per process

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            if self.path == "/all":
                body = rollcalls.votes_csv_bytes(rc)
            elif self.path.startswith("/prepared/"):
                body = prepared.to_bytes(rollcalls.state_rows(rc, self.path.rsplit("/", 1)[1]))
            elif self.path.startswith("/state/"):
                body = rollcalls.votes_csv_bytes(rc, self.path.rsplit("/", 1)[1])
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/csv")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def start_datasette(db: Path) -> tuple[subprocess.Popen, str]:
    if shutil.which("datasette", path=str(Path(sys.executable).parent)) is None:
        raise SystemExit("datasette is not installed: .venv/bin/pip install -r bench/requirements.txt")
    port = free_port()
    command = [sys.executable, "-m", "datasette", "serve", "--immutable", str(db), "--host", "127.0.0.1"]
    command += ["--port", str(port), "--setting", "max_csv_mb", "0", "--setting", "sql_time_limit_ms", "600000"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{url}/-/versions.json", timeout=1).read()
            return process, url
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise SystemExit("datasette did not start") from None
            time.sleep(0.2)


def compare(runs: int = 5, state: str = "CHN") -> list[tuple[str, float, float, float, float]]:
    """Rows (measure, ours s, datasette s, ratio, target ratio); also printed."""
    rc = rollcalls.load_rollcalls()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "record.sqlite"
        count = build_sqlite(rc, db)
        datasette, ds_url = start_datasette(db)
        ours, our_url = serve_ours(rc)
        try:
            stream = f"{ds_url}/record/record.csv?_stream=on&_size=max"
            ds_all, ds_bytes = timed(lambda: fetch(stream), max(1, runs // 3))
            our_all, our_bytes = timed(lambda: fetch(f"{our_url}/all"), runs)
            ds_one, ds_one_bytes = timed(lambda: fetch(f"{stream}&iso3={state}"), runs * 3)
            our_one, one_bytes = timed(lambda: fetch(f"{our_url}/state/{state}"), runs * 3)
            our_prep, _ = timed(lambda: fetch(f"{our_url}/prepared/{state}"), runs * 3)
        finally:
            ours.shutdown()
            datasette.terminate()
            datasette.wait(timeout=30)
    mb = our_bytes / 1e6
    print(f"CSV over HTTP on 127.0.0.1, medians; same {count:,} rows (whole record with titles), datasette 0.65.5")
    print(f"{'measure':<64} {'ours s':>8} {'datasette s':>12} {'ratio':>7} {'target':>7}  verdict")
    for name, mine, theirs, target in [
        (f"whole record, {count:,} rows ({mb:.0f} MB ours, {ds_bytes / 1e6:.0f} MB datasette)", our_all, ds_all, 20),
        (f"one state ({state}), {one_bytes:,} bytes, built from the loaded record", our_one, ds_one, 5),
        (f"one state ({state}), from the prepared record (the app's cached path)", our_prep, ds_one, 5),
    ]:
        ratio = theirs / mine
        rows.append((name, mine, theirs, ratio, target))
        verdict = "ok" if ratio >= target else "UNDER"
        print(f"{name:<64} {mine:>8.3f} {theirs:>12.3f} {ratio:>7.1f} {target:>7}  {verdict}")
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--state", default="CHN")
    args = parser.parse_args()
    compare(args.runs, args.state)
    return 0


if __name__ == "__main__":
    sys.exit(main())
