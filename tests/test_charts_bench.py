"""bench/charts_bench.py builds every chart of dashboard/app/charts.py on its page's data: here it runs one round,
so the benchmark cannot rot unseen as the loading functions it calls change (it had). Timings are never asserted."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_the_charts_benchmark_builds_and_sends_every_chart_it_lists() -> None:
    done = subprocess.run([sys.executable, "bench/charts_bench.py", "--rounds", "1"], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    rows = [line for line in done.stdout.splitlines() if "(" in line and "=" in line]
    assert len(rows) >= 13 and any(row.startswith("cohesion_lines (Cohesion)") for row in rows)
    assert "all charts above" in done.stdout
