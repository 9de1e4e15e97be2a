"""Shared by the browser test and the memory benchmark: a local Streamlit server and Debian's Chromium."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
#: Without the background-networking switches Chromium tries to reach Google's hosts at start.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
#: Hosts a page may talk to: this machine only.
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def healthy(port: int) -> bool:
    """Whether the Streamlit server on this localhost port answers its health check."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1) as reply:
            return reply.status == 200
    except OSError:
        return False


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    started: float  # time.monotonic() just before the process was started
    log: Path


def stop(process: subprocess.Popen) -> None:
    """Terminate the process, and kill it if it does not exit within ten seconds."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def stop_group(process: subprocess.Popen, timeout: float = 20) -> None:
    """Terminate the process group `process` leads (bash scripts/run and the server it execs), then kill it
    if it has not exited within `timeout` seconds (a group already gone, as a replica stopped by a fault
    test, is left alone)."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        process.wait(timeout=timeout)
        return
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=timeout)


@contextmanager
def streamlit_server(root: Path, log: Path, script: str = "app.py", timeout: float = 90) -> Iterator[Server]:
    """`streamlit run SCRIPT` from ROOT on a free localhost port, healthy; stopped on exit.

    The server's output goes to LOG (a pipe nobody reads would fill and stall the server).
    Raises RuntimeError, with the end of the log, if it exits or is not healthy within TIMEOUT seconds.
    """
    port = free_port()
    log.parent.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "streamlit", "run", script, "--server.port", str(port)]
    command += ["--server.headless", "true", "--server.address", "127.0.0.1"]
    with log.open("w") as sink:
        started = time.monotonic()
        process = subprocess.Popen(command, cwd=root, stdout=sink, stderr=subprocess.STDOUT)
        try:
            while not healthy(port):
                if process.poll() is not None or time.monotonic() - started > timeout:
                    state = f"exited with {process.returncode}" if process.poll() is not None else "is not healthy"
                    raise RuntimeError(
                        f"streamlit {state} after {time.monotonic() - started:.0f} s; {log}:\n"
                        + log.read_text()[-3000:]
                    )
                time.sleep(0.05)
            yield Server(url=f"http://127.0.0.1:{port}", process=process, started=started, log=log)
        finally:
            stop(process)
