"""Serving on a network: `HOST=… PORT=… bash scripts/run` binds there, keeps XSRF protection on, and the
page loads nothing from any other host. Exercised on 127.0.0.2 (loopback, yet not 127.0.0.1)."""

from __future__ import annotations

import os
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests.browser_support import CHROMIUM, CHROMIUM_ARGS, free_port, stop_group
from tests.conftest import ROOT

HOST = "127.0.0.2"


def get(url: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, method=method, data=b"" if method == "PUT" else None)
    try:
        with urllib.request.urlopen(request, timeout=2) as reply:
            return reply.status, dict(reply.headers), reply.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    log = tmp_path_factory.mktemp("serving") / "server.log"
    env = {**os.environ, "HOST": HOST, "PORT": str(port)}
    with log.open("w") as sink:
        process = subprocess.Popen(
            ["bash", "scripts/run"], cwd=ROOT, env=env, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True
        )
    url = f"http://{HOST}:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                if get(f"{url}/_stcore/health")[0] == 200:
                    break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"scripts/run did not serve on {url}:\n{log.read_text()[-2000:]}")
            time.sleep(0.2)
        yield url
    finally:
        stop_group(process, timeout=15)


def test_binds_to_the_address_and_port_given(served: str) -> None:
    port = served.rsplit(":", 1)[1]
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1)


def test_xsrf_protection_is_on(served: str) -> None:
    status, headers, _ = get(f"{served}/_stcore/health")
    assert status == 200 and "_streamlit_xsrf=" in headers.get("set-cookie", "")
    status, _, body = get(f"{served}/_stcore/upload_file/session/file", method="PUT")
    assert status == 403 and b"XSRF" in body


def test_the_page_loads_from_that_host_only(served: str, tmp_path: Path) -> None:
    hosts: set[str] = set()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.on("request", lambda r: hosts.add(r.url.split("/")[2].rsplit(":", 1)[0]))
            page.on("websocket", lambda ws: hosts.add(ws.url.split("/")[2].rsplit(":", 1)[0]))
            page.goto(f"{served}/agreement?a=USA&b=CHN", timeout=60_000)
            page.locator('[data-testid="stMain"] h1').first.wait_for(timeout=60_000)
            page.locator('[data-testid="stVegaLiteChart"] svg.marks').first.wait_for(timeout=60_000)
            assert page.locator('[data-testid="stException"]').count() == 0
        finally:
            browser.close()
    assert hosts == {HOST}, hosts
