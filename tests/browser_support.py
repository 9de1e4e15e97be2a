"""Shared by the browser test and the memory benchmark: a local Streamlit server and Debian's Chromium."""

from __future__ import annotations

import socket
import urllib.request
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
