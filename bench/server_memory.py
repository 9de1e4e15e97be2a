"""Peak memory of a Streamlit server with N browser sessions open (default 10).

Starts `streamlit run app.py` on a free localhost port, opens N sessions in Debian's Chromium
(one browser context each, so N Streamlit sessions), visits the heavy pages in each, and prints
the server's resident memory (VmRSS and VmHWM, the peak) after every session and at the end.

    .venv/bin/python bench/server_memory.py [--sessions 10]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser_support import CHROMIUM, CHROMIUM_ARGS, free_port, healthy  # noqa: E402

PAGES = ["/breakdown?event=ga3-2014-dprk-resolution", "/rollcalls?rcid=5377", "/agreement?a=USA&b=CHN"]


def memory_mb(pid: int) -> tuple[float, float]:
    """(current, peak) resident memory of the process, in MB."""
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def wait_healthy(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not healthy(port):
        if time.monotonic() > deadline:
            raise RuntimeError("streamlit did not become healthy in time")
        time.sleep(0.2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10)
    args = parser.parse_args()
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port), "--server.headless", "true"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_healthy(port)
        print(f"server started: {memory_mb(server.pid)[0]:.0f} MB")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            contexts = []
            for n in range(1, args.sessions + 1):
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                page = context.new_page()
                for path in PAGES:
                    page.goto(f"http://127.0.0.1:{port}{path}")
                    page.wait_for_selector('[data-testid="stMain"] h1', timeout=60_000)
                    page.wait_for_timeout(500)
                contexts.append(context)
                rss, peak = memory_mb(server.pid)
                print(f"{n:2d} sessions: {rss:6.0f} MB resident, peak {peak:6.0f} MB")
            browser.close()
        rss, peak = memory_mb(server.pid)
        verdict = "within" if peak <= 500 else "OVER"
        print(f"peak memory with {args.sessions} sessions: {peak:.0f} MB ({verdict} the 500 MB target)")
    finally:
        server.terminate()
        server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
