"""Benchmark of the official roll-call layer at full scale, with a bare baseline beside each figure.

    .venv/bin/python bench/benchmark.py                 # everything below (about 6 minutes)
    .venv/bin/python bench/benchmark.py --no-pages      # skip the page server times
    .venv/bin/python bench/benchmark.py --no-datasette  # skip the CSV comparison with datasette
    .venv/bin/python bench/benchmark.py --no-load       # skip the 30-session load test

Medians over repeated runs (warm: after one unmeasured run). Targets from issue 4: load ≤ 1 s; each
view ≤ 300 ms warm; all-members agreement matrix ≤ 100 ms; CSV of all votes ≤ 2 s. From issue 10: the
CSV beside datasette (bench/csv_vs_datasette.py: whole record ≥ 20×, one state ≥ 5× faster) and the
load table (bench/load_test.py: 30 browser sessions for 60 s). The browser timings of every page are
bench/browser_bench.py's.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from dashboard.curated import load
from dashboard.official import agreement, rollcalls

ROOT = Path(__file__).resolve().parent.parent

DIR = rollcalls.ROLLCALL_DIR


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def cold_load() -> tuple[rollcalls.RollCalls, agreement.VoteMatrix]:
    tables = rollcalls.load_rollcalls(DIR)
    load.load_dataset()
    return tables, agreement.vote_matrix(tables)


def page_ms(page: str, params: dict[str, str], runs: int) -> float:
    """Server time of one page run (AppTest: the script, its data views and its elements), warm."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.switch_page(f"dashboard/app/pages/{page}.py")
    for key, value in params.items():
        at.query_params[key] = value

    def run() -> None:
        at.run()
        assert not at.exception, at.exception

    return median_ms(run, runs)


def page_rows(runs: int) -> list[tuple[str, float, str, float, float]]:
    """Server time of the heavy pages (needs the pages of dashboard/pages); a failure is printed, not raised."""
    rows = []
    for label, page, params in [
        ("server time: Decision page, A/RES/69/188 with its list", "rollcalls", {"symbol": "A/RES/69/188"}),
        ("server time: Decision page, A/RES/79/181 (sponsors)", "rollcalls", {"symbol": "A/RES/79/181"}),
        ("server time: Series page, DPRK resolution 2005–2025", "series", {"iso3": "JPN"}),
        ("server time: Agreement page, USA–CHN all years", "agreement", {"a": "USA", "b": "CHN"}),
        ("server time: Vote breakdown, 2014 committee vote", "breakdown", {"event": "ga3-2014-dprk-resolution"}),
    ]:
        try:
            rows.append((label, page_ms(page, params, runs), "", float("nan"), 300))
        except Exception as exc:  # a page is another module's: report, go on
            print(f"{label}: not measured ({type(exc).__name__}: {exc})")
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-datasette", action="store_true", help="skip the CSV comparison with datasette")
    parser.add_argument("--no-load", action="store_true", help="skip the 30-session load test")
    parser.add_argument("--no-pages", action="store_true", help="data layer only: skip the page server times")
    args = parser.parse_args()
    runs = args.runs
    rc, m = cold_load()
    usa, chn = m.column("USA"), m.column("CHN")
    period = m.rows(2000, 2019)

    def direct_pair() -> object:  # the Voeten score as one bare numpy expression
        both = (usa > 0) & (chn > 0)
        x, y = usa[both], chn[both]
        return ((x == y).sum() + 0.5 * ((x != y) & ((x == 2) | (y == 2))).sum()) / both.sum()

    def direct_matmul() -> object:
        cast = (m.codes[period] > 0).astype(np.float32)
        return cast.T @ cast

    rows = [
        (
            "load shipped files to ready (curated + roll calls + matrix)",
            median_ms(cold_load, runs),
            "pd.read_parquet of the same two tables",
            median_ms(
                lambda: (pd.read_parquet(DIR / "votes.parquet"), pd.read_parquet(DIR / "decisions.parquet")), runs
            ),
            1000,
        ),
        (
            "breakdown of one roll call (A/RES/69/188, absent members derived)",
            median_ms(lambda: rollcalls.tally(rc, 5377), runs),
            "value_counts of its recorded rows",
            median_ms(lambda: rc.votes[rc.votes["rcid"] == 5377]["vote"].value_counts(), runs),
            300,
        ),
        (
            "two states compared over all years (USA–CHN: score, trend, 3×3, topics, divergent)",
            median_ms(lambda: agreement.compare(m, "USA", "CHN"), runs),
            "numpy score of the two columns",
            median_ms(direct_pair, runs),
            300,
        ),
        (
            "agreement matrix of all members, 2000–2019",
            median_ms(lambda: agreement.all_members(m, 2000, 2019), runs),
            "one numpy matmul of the same rows",
            median_ms(direct_matmul, runs),
            100,
        ),
        (
            f"CSV of all {len(rc.votes):,} votes (formula-safe; date, symbol, title, country, source joined)",
            median_ms(lambda: rollcalls.votes_csv_bytes(rc), max(3, runs // 2)),
            "plain DataFrame.to_csv of the three vote columns alone",
            median_ms(lambda: rc.votes.to_csv(index=False), max(3, runs // 2)),
            2000,
        ),
        (
            "search all roll calls: text 'Korea', human rights, 2000–2019",
            median_ms(lambda: rollcalls.find_rollcalls(rc, "Korea", (2000, 2019), topic="Human rights"), runs),
            "str.contains on the titles",
            median_ms(lambda: rc.decisions["title"].str.contains("Korea", regex=False), runs),
            300,
        ),
        (
            "series: one state's votes and sponsorships on the DPRK resolution, 2005–2025",
            median_ms(lambda: rollcalls.series(rc, "Situation of human rights in the Democratic People", "CHN"), runs),
            "str.contains on the titles",
            median_ms(lambda: rc.decisions["title"].str.contains("Democratic People", regex=False), runs),
            300,
        ),
    ]
    rows.append(
        (
            "sponsors of one decision (A/RES/79/181, 61 states)",
            median_ms(lambda: rollcalls.sponsors_of(rc, 101684), runs),
            "boolean filter of the sponsorship rows",
            median_ms(lambda: rc.sponsorships[rc.sponsorships["rcid"] == 101684], runs),
            300,
        )
    )
    if not args.no_pages:
        rows += page_rows(runs)
    print(f"{'measure':<84} {'median ms':>10} {'baseline ms':>12} {'ratio':>7} {'target':>8}  verdict")
    for name, value, base_name, base, target in rows:
        ratio = value / base if base == base and base > 0 else float("nan")
        verdict = "ok" if value <= target else "OVER"
        print(f"{name:<84} {value:>10.1f} {base:>12.1f} {ratio:>7.1f} {target:>8.0f}  {verdict}")
        if base_name:
            print(f"{'  baseline: ' + base_name:<84}")
    print(f"(medians of {runs} warm runs; machine: {len(os.sched_getaffinity(0))} cores)")
    sizes = {p.name: p.stat().st_size for p in sorted(DIR.glob("*.parquet"))}
    print(
        f"shipped record: {len(rc.decisions):,} decisions, {len(rc.votes):,} votes; Parquet "
        f"{sum(sizes.values()) / 1e6:.2f} MB in all ("
        + ", ".join(f"{n} {b / 1e3:.0f} kB" for n, b in sizes.items())
        + ")"
    )
    if not args.no_datasette:
        print()
        from bench.csv_vs_datasette import compare

        compare()
    if not args.no_load:
        print()
        from bench.load_test import load, report

        report(load())
    return 0


if __name__ == "__main__":
    sys.exit(main())
