"""N replicas of `bash scripts/run` behind Debian's nginx on one port, with sticky sessions and
WebSocket upgrades (deploy/nginx.conf.template says how and why).

    .venv/bin/python bench/replicas.py --replicas 2 --port 8080    # until Ctrl-C (scripts/serve-replicas)

Each replica gets `HOST=127.0.0.1 PORT=<free port>`; nginx runs in the foreground from a scratch
folder (its config, pid, logs). `cluster()` is the same as a context manager, for the tests and the
load generator. Only 127.0.0.1.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser_support import free_port, healthy, stop_group  # noqa: E402

TEMPLATE = ROOT / "deploy" / "nginx.conf.template"
NGINX = Path(shutil.which("nginx") or "/usr/sbin/nginx")


@dataclass
class Replica:
    url: str
    port: int
    process: subprocess.Popen  # `bash scripts/run`, which execs the server: its pid is the server's


@dataclass
class Cluster:
    url: str  # the proxy
    replicas: list[Replica]
    proxy: subprocess.Popen
    folder: Path  # nginx.conf, access.log (one line per request: cookie, route, upstream, status, path), error.log

    def access_log(self) -> list[dict[str, str]]:
        rows = []
        for line in (self.folder / "access.log").read_text().splitlines():
            # the upstream is a list ("a, b") when nginx passed a request on to the next replica
            cookie, route, rest = line.replace('"', "").split(" ", 2)
            upstream, status, method, path, took = rest.rsplit(" ", 4)
            rows.append({"cookie": cookie, "route": route, "upstream": upstream, "status": status, "path": path})
        return rows


def nginx_config(listen: str, ports: list[int], folder: Path) -> str:
    servers = "\n".join(f"    server 127.0.0.1:{port} max_fails=1 fail_timeout=10s;" for port in ports)
    text = TEMPLATE.read_text()
    for key, value in {"LISTEN": listen, "SERVERS": servers, "PREFIX": str(folder)}.items():
        text = text.replace("{{" + key + "}}", value)
    return text


def wait_healthy(ports: list[int], processes: list[subprocess.Popen], timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    waiting = set(ports)
    while waiting:
        waiting = {port for port in waiting if not healthy(port)}
        if any(p.poll() is not None for p in processes) or time.monotonic() > deadline:
            raise RuntimeError(f"replicas on ports {sorted(waiting)} did not start")
        time.sleep(0.1)


@contextmanager
def started(command: list[str], **kwargs: object) -> Iterator[subprocess.Popen]:
    process = subprocess.Popen(command, start_new_session=True, **kwargs)  # type: ignore[call-overload]
    try:
        yield process
    finally:
        stop_group(process)


@contextmanager
def cluster(n: int = 2, port: int | None = None, log: Path | None = None) -> Iterator[Cluster]:
    """n replicas (started at once, their output to `log` or nowhere) and nginx on `port` (a free one
    by default), all on 127.0.0.1; everything stopped on exit."""
    if not NGINX.exists():
        raise RuntimeError("nginx is not installed: apt-get install -y nginx (scripts/test does)")
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="replicas-")))
        for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (folder / sub).mkdir(mode=0o777)
            os.chmod(folder / sub, 0o777)  # nginx's worker runs as another user when started by root
        sink = stack.enter_context(open(log or os.devnull, "a"))  # noqa: SIM115 - closed by the stack
        ports = [free_port() for _ in range(n)]
        replicas = []
        for replica_port in ports:
            env = {**os.environ, "HOST": "127.0.0.1", "PORT": str(replica_port)}
            command = ["bash", "scripts/run"]
            process = stack.enter_context(started(command, cwd=ROOT, env=env, stdout=sink, stderr=subprocess.STDOUT))
            replicas.append(Replica(f"http://127.0.0.1:{replica_port}", replica_port, process))
        wait_healthy(ports, [r.process for r in replicas])
        proxy_port = port or free_port()
        (folder / "nginx.conf").write_text(nginx_config(f"127.0.0.1:{proxy_port}", ports, folder))
        command = [str(NGINX), "-p", str(folder), "-c", str(folder / "nginx.conf"), "-e", str(folder / "error.log")]
        proxy = stack.enter_context(started([*command, "-g", "daemon off;"], cwd=folder))
        url = f"http://127.0.0.1:{proxy_port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1):
                    break
            except OSError:
                if proxy.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("nginx did not start: " + (folder / "error.log").read_text()[-2000:]) from None
                time.sleep(0.05)
        yield Cluster(url, replicas, proxy, folder)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replicas", type=int, default=2)
    parser.add_argument("--port", type=int, default=8080, help="the proxy's port on 127.0.0.1")
    args = parser.parse_args()
    with cluster(args.replicas, args.port) as running:
        for replica in running.replicas:
            print(f"replica pid {replica.process.pid} on {replica.url}")
        print(f"proxy on {running.url} (config and logs in {running.folder}); Ctrl-C stops all", flush=True)
        try:
            while all(r.process.poll() is None for r in running.replicas) and running.proxy.poll() is None:
                time.sleep(1)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
