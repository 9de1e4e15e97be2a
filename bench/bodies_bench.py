"""The official record of three bodies: load time, each view's warm run on the server, shipped size, peak memory.

    .venv/bin/python bench/bodies_bench.py [--rounds 3]

Targets (issue 15): load ≤ 1 s; each view ≤ 300 ms warm on the server. A view is one page run in Streamlit's
AppTest (the server's whole script run: data from the loading caches, computation, element building), timed on
its second and later runs. The machine's speed moves 2× from day to day, so a baseline that runs none of this
project's code (pyarrow reading the decisions table) is timed in the same run and every figure is printed
beside it as a ratio.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
from pathlib import Path

import pyarrow.parquet as pq
from streamlit.testing.v1 import AppTest

from dashboard.official import rollcalls

ROOT = Path(__file__).resolve().parent.parent
FLOOR = "import pandas as pd\nimport streamlit as st\nst.title('Floor')\nst.dataframe(pd.DataFrame({'n': range(200)}))"
VIEWS = {
    "Decision A/HRC/RES/25/25": ("rollcalls", {"symbol": "A/HRC/RES/25/25"}),
    "Decision S/2024/255": ("rollcalls", {"symbol": "S/2024/255"}),
    "Decision S/2022/431 (veto list)": ("rollcalls", {"symbol": "S/2022/431"}),
    "Record ZAF, Council": ("record", {"states": "ZAF", "body": "human_rights_council"}),
    "Agreement USA–CHN, Security Council": ("agreement", {"a": "USA", "b": "CHN", "body": "security_council"}),
    "Country ZAF": ("country", {"iso3": "ZAF"}),
    "Series ZAF (three bodies)": ("series", {"iso3": "ZAF"}),
}


def timed(action, rounds: int) -> float:  # noqa: ANN001 - any callable
    runs = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def view_time(page: str, params: dict[str, str], rounds: int) -> float:
    def run() -> None:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        at.switch_page(f"dashboard/app/pages/{page}.py")
        for key, value in params.items():
            at.query_params[key] = value
        at.run()
        if at.exception:
            raise SystemExit(f"{page} {params}: {at.exception[0].value}")

    run()  # the first run fills the loading caches
    return timed(run, rounds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    rounds = parser.parse_args().rounds
    def bare() -> None:  # AppTest's own cost: a title and a 200-row table, no project code
        AppTest.from_string(FLOOR, default_timeout=60).run()

    floor = timed(bare, max(rounds, 5))
    base = timed(lambda: pq.read_table(rollcalls.ROLLCALL_DIR / "decisions.parquet"), max(rounds, 5))
    load = timed(rollcalls.load_rollcalls, rounds)
    print(f"baseline (pyarrow reads decisions.parquet): {base * 1000:.0f} ms; "
          f"AppTest floor (a bare two-element page): {floor * 1000:.0f} ms")  # fmt: skip
    print(f"{'measure':40} {'figure':>9} {'× baseline':>11}  target")
    print(f"{'load the record (load_rollcalls)':40} {load * 1000:7.0f} ms {load / base:10.1f}×  ≤ 1,000 ms")
    for name, (page, params) in VIEWS.items():
        seconds = view_time(page, params, rounds)
        verdict = "met" if seconds <= 0.3 else "NOT met"
        print(f"{name:40} {seconds * 1000:7.0f} ms {seconds / base:10.1f}×  ≤ 300 ms warm ({verdict}; "
              f"{(seconds - floor) * 1000:.0f} ms above the floor)")  # fmt: skip
    size = sum(p.stat().st_size for p in rollcalls.ROLLCALL_DIR.glob("*.parquet"))
    print(f"shipped Parquet (data/rollcalls/*.parquet): {size / 1e6:.2f} MB")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process (one session's page runs): {peak:.0f} MB")


if __name__ == "__main__":
    main()
