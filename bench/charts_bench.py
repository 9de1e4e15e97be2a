"""What each chart costs the server: every builder of dashboard/app/charts.py on the data its page gives it
(the curated dataset and the official record, loaded as the pages load them, with each page's default or
benchmarked query), then what ui.chart does with it (`to_dict`, or charts.spec once it exists, then Streamlit's
vega_lite_chart, which turns the datasets into Arrow and the spec into JSON). Prints the median milliseconds
per chart over rounds: building the Altair object, sending it, and both.

    .venv/bin/python bench/charts_bench.py [--rounds 20] [--only hemicycle,timeline]
    .venv/bin/python bench/charts_bench.py --against main        # the same inputs through main's charts.py too
    .venv/bin/python bench/charts_bench.py --dump /tmp/specs      # each spec as JSON (to compare two versions)

`--against REF` loads REF's dashboard/app/charts.py beside this one (git show, no checkout) and times both
on the same inputs in one run, alternating; it also says whether the two give the same Vega-Lite spec.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import logging
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import altair as alt  # noqa: E402
import pandas as pd  # noqa: E402
import streamlit as st  # noqa: E402
from altair.utils import schemapi  # noqa: E402

schemapi.enable_debug_mode()  # Altair's default, before charts.py (which may turn it off) is imported
from dashboard.app import charts  # noqa: E402

#: Whether Altair checks each object as it is made (its debug mode), as each version of charts.py leaves it.
DEBUG_MODE = {charts: schemapi.DEBUG_MODE}

#: A chart's builder, given the charts module to build with (this one or --against's).
Builder = Callable[[ModuleType], "alt.TopLevelMixin | list[alt.TopLevelMixin]"]


def inputs() -> dict[str, Builder]:
    """One builder per chart a page draws, on that page's data (the query browser_bench.py uses, or the default)."""
    from dashboard.app import loading
    from dashboard.app.content import agreement as agreement_content
    from dashboard.app.content import cohesion as cohesion_content
    from dashboard.app.content import consensus as consensus_content
    from dashboard.app.content import rollcalls as decision_content
    from dashboard.app.content import series as series_content
    from dashboard.curated import analysis
    from dashboard.official import agreement, cohesion, consensus, record, rollcalls, views

    frames = loading.cached_dataset().frames
    rc, matrix = loading.cached_rollcalls()
    breakdown = analysis.event_breakdown(frames, "ga3-2014-dprk-resolution")
    decisions = rc.decisions

    def call_of(symbol: str) -> tuple[pd.Series, int]:
        rcid = int(decisions.loc[decisions["symbol"] == symbol, "rcid"].iloc[0])
        return rollcalls.roll_call(rc, rcid), rcid

    call, rcid = call_of("A/RES/69/188")  # the Decisions page's benchmarked link
    rows = decision_content.with_seats(rc, call, rollcalls.breakdown(rc, rcid))
    sponsored, sponsored_id = call_of("A/RES/74/166")  # a DPRK resolution with a sponsor list
    states = decision_content.sponsor_summary(decision_content.sponsor_table(rc, sponsored, sponsored_id))[0]
    years = (int(matrix.years.min()), int(matrix.years.max()))
    trend = agreement.compare(matrix, "USA", "CHN", *years)["trend"]
    ideal = agreement_content.ideal_rows(rc.idealpoints, ["USA", "CHN"], *years)
    country = record.ideal_points(rc, "PRK")
    series_years = views.series_years(loading.cached_series_shared().assembly, series_content.FIRST,
                                      series_content.LAST)  # as loading.cached_series_shared draws them
    table = loading.record_query("general_assembly", ("CHN", "USA"), None, (2000, 2019), "Human rights", None, False,
                                 False)  # fmt: skip
    shares = record.shares_by_year(table)
    cohesion_rows = cohesion.yearly(cohesion.all_groups(matrix, *years))
    seats = decision_content.seats(rows)
    country = country.assign(iso3="PRK")
    consensus_years = consensus_content.yearly_view(consensus.yearly(rc))
    return {
        "timeline (Overview)": lambda c: c.timeline(frames["events"]),
        "hemicycle (Vote breakdown)": lambda c: c.hemicycle(breakdown.seats, "The 193 seats of the body"),
        "vote_map (Vote breakdown)": lambda c: c.vote_map(breakdown.named, "Named votes"),
        "hemicycle (Decisions)": lambda c: c.hemicycle(seats, "The 193 members", named_label="in the official record"),
        "vote_map (Decisions)": lambda c: c.vote_map(rows.rename(columns={"iso3": "country_iso3"}), "Every vote"),
        "sponsor_map (Decisions)": lambda c: c.sponsor_map(states, "Sponsoring states"),
        "agreement_trend (Agreement)": lambda c: c.agreement_trend(trend[trend["n"] >= 5], "USA", "China"),
        "ideal_points (Agreement)": lambda c: c.ideal_points(ideal, rc.names, "Ideal points"),
        "ideal_points (Country profile)": lambda c: c.ideal_points(country, {"PRK": "DPRK"}),
        "series_overview (Series)": lambda c: c.series_overview(series_years, "Tally, or sponsoring states"),
        "vote_shares (Record)": lambda c: c.vote_shares(shares),
        "cohesion_lines (Cohesion)": lambda c: c.cohesion_lines(
            cohesion_rows, cohesion_content.SHORT, "EU", "Agreement Index by year"
        ),
        "consensus_share (Consensus)": lambda c: c.consensus_share(consensus_years, "Share without a vote"),
    }


def sent(module: ModuleType, chart: alt.TopLevelMixin | list[alt.TopLevelMixin]) -> None:
    """What ui.chart does with each chart: the module's own `spec` if it has one (else to_dict unvalidated),
    then Streamlit's vega_lite_chart (the datasets to Arrow, the spec to JSON; no page to send it to here)."""
    make = getattr(module, "spec", None) or (lambda one: one.to_dict(validate=False))
    for one in chart if isinstance(chart, list) else [chart]:
        spec = make(one)
        st.vega_lite_chart(spec=spec, width="content" if isinstance(spec.get("width"), int) else "stretch")


def vega_lite(module: ModuleType, chart: alt.TopLevelMixin | list[alt.TopLevelMixin]) -> list[dict[str, Any]]:
    """The plain Vega-Lite spec of each chart, data inline (for comparing two versions)."""
    return [one.to_dict(validate=False) for one in (chart if isinstance(chart, list) else [chart])]


def timed(module: ModuleType, build: Builder) -> tuple[float, float]:
    """Seconds to build the chart, and to send it as ui.chart does."""
    schemapi.DEBUG_MODE = DEBUG_MODE[module]
    start = time.perf_counter()
    chart = build(module)
    built = time.perf_counter()
    sent(module, chart)
    return built - start, time.perf_counter() - built


def load_ref(ref: str) -> ModuleType:
    """dashboard/app/charts.py as it is at git `ref`, as a module beside this one."""
    source = subprocess.run(
        ["git", "show", f"{ref}:dashboard/app/charts.py"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    path = Path(tempfile.mkdtemp()) / "charts_ref.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("charts_ref", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    schemapi.enable_debug_mode()
    spec.loader.exec_module(module)
    DEBUG_MODE[module] = schemapi.DEBUG_MODE
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--only", default="", help="comma-separated parts of chart names")
    parser.add_argument("--against", metavar="REF", help="also time REF's charts.py (git show) on the same inputs")
    parser.add_argument("--dump", metavar="DIR", help="write each chart's Vega-Lite spec (data inline) as JSON")
    args = parser.parse_args()
    builders = inputs()
    if args.only:
        builders = {k: v for k, v in builders.items() if any(part in k for part in args.only.split(","))}
    versions = {"this tree": charts}
    if args.against:
        versions[args.against] = load_ref(args.against)
    if args.dump:
        out = Path(args.dump)
        out.mkdir(parents=True, exist_ok=True)
        for name, build in builders.items():
            specs = vega_lite(charts, build(charts))
            (out / f"{name.split(' ')[0]}_{name.split('(')[1][:-1].replace(' ', '_')}.json").write_text(
                json.dumps(specs, indent=1, sort_keys=True, default=str)
            )
        print(f"{len(builders)} specs written to {out}")
    for module in versions.values():  # warm: imports, the schema's first load
        for build in builders.values():
            timed(module, build)
    for name in logging.root.manager.loggerDict:  # Streamlit's notes on running without a page, once a call
        if name.startswith("streamlit"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
    header = f"{'chart':34}" + "".join(f"{label[:22]:>24}" for label in versions)
    print(f"ms per chart, median of {args.rounds} rounds (build + send = total)")
    print(header)
    totals = dict.fromkeys(versions, 0.0)
    for name, build in builders.items():
        cells = []
        for label, module in versions.items():
            gc.collect()
            runs = [timed(module, build) for _ in range(args.rounds)]
            make = statistics.median(b for b, _ in runs) * 1000
            spec = statistics.median(s for _, s in runs) * 1000
            totals[label] += make + spec
            cells.append(f"{make:6.1f} + {spec:5.1f} = {make + spec:5.1f}")
        print(f"{name:34}" + "".join(f"{cell:>24}" for cell in cells))
    print(f"{'all charts above':34}" + "".join(f"{totals[label]:>24.1f}" for label in versions))
    if args.against:
        ref = versions[args.against]
        differ = [name for name, build in builders.items() if vega_lite(charts, build(charts)) != vega_lite(ref,
                  build(ref))]  # fmt: skip
        print("Vega-Lite specs identical to " + args.against if not differ else f"specs differ: {', '.join(differ)}")


if __name__ == "__main__":
    main()
