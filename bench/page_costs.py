"""Where a page change's time goes: the server's run, the bytes sent, and what the browser must draw.

One reader on Streamlit's protocol (bench/st_protocol.py, no browser) against `bash scripts/run` with the
app's DASHBOARD_TIMING_LOG on: for each page of bench/browser_bench.py, a page change by the sidebar (and,
where the page's measured widget is a selectbox or a radio group, a change of it), as the browser bench does them. Per
change: the server's script run (wall and CPU seconds of its thread), the round trip to `script_finished`,
the bytes of ForwardMsgs received, the elements sent (new elements; elements the client already holds come
back as a reference of a few bytes), the blocks sent (columns, rows, expanders, bordered containers), and
the bytes by kind of element (tables' Arrow data, chart specs, Markdown and the rest). Large tables and chart
specs cost the browser most to draw, and each element or block a few ms more. Medians over rounds.

    .venv/bin/python bench/page_costs.py [--rounds 5] [--pages "Vote breakdown,Agreement"]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from tempfile import TemporaryDirectory

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402

from bench.browser_bench import PAGES, PageSpec, served  # noqa: E402
from bench.st_protocol import Reader  # noqa: E402

#: Element kinds reported in their own column; the rest are summed as "other".
KINDS = {"dataframe": "tables", "table": "tables", "vega_lite_chart": "charts", "markdown": "markdown"}


@dataclass
class Change:
    """What one change cost: the server's run, the round trip, the bytes and elements received."""

    took: float = 0.0
    wall: float = 0.0
    cpu: float = 0.0
    received: int = 0
    elements: int = 0
    refs: int = 0
    blocks: int = 0
    by_kind: Counter = field(default_factory=Counter)


class CountingReader(Reader):
    """A Reader that also counts each ForwardMsg's elements and their bytes, by kind."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.tally = Change()

    def _handle(self, msg: ForwardMsg) -> None:
        kind = msg.WhichOneof("type")
        if kind == "ref_hash":
            self.tally.refs += 1
        elif kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            element = msg.delta.new_element.WhichOneof("type")
            self.tally.elements += 1
            self.tally.by_kind[KINDS.get(element, "other")] += msg.ByteSize()
        elif kind == "delta" and msg.delta.WhichOneof("type") == "add_block":
            self.tally.blocks += 1
        super()._handle(msg)


def radios(reader: Reader) -> list[tuple[int, ...]]:
    """The main area's radio groups, in page order (change_widget picks the next option)."""
    return sorted(p for p, w in reader.widgets.items() if w.kind == "radio" and w.main and len(w.proto.options) > 1)


def logged_runs(log: Path, since: float) -> list[dict]:
    runs = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
    return [r for r in runs if r["start"] >= since and r["page"] != "(trim)"]


async def measure(url: str, log: Path, specs: list[PageSpec], rounds: int) -> dict[tuple[str, str], list[Change]]:
    me = CountingReader(url, timeout=60, agent="page-costs")
    await me.open("/sources")  # a start away from the first page measured
    out: dict[tuple[str, str], list[Change]] = {}
    for _ in range(rounds):
        for spec in specs:
            steps = [("page", lambda s=spec: me.change_page(s.path.strip("/")))]
            if spec.widget.startswith(("select:", "radio:")):
                nth = int(spec.widget.split(":")[1])
                found = me.selectboxes if spec.widget.startswith("select:") else lambda: radios(me)
                steps.append(("widget", lambda n=nth, found=found: me.change_widget(found()[n])))
            for kind, step in steps:
                me.tally = Change()
                since = time.time()
                result = await step()
                if result.errors:
                    raise SystemExit(f"{spec.label} {kind}: {result.errors}")
                await asyncio.sleep(0.2)  # the timing log's line is written as the run ends
                runs = logged_runs(log, since)
                change = me.tally
                change.took, change.received = result.took, result.received
                change.wall, change.cpu = sum(r["wall"] for r in runs), sum(r["cpu"] for r in runs)
                out.setdefault((spec.label, kind), []).append(change)
    await me.close()
    return out


def report(found: dict[tuple[str, str], list[Change]]) -> None:
    def mid(changes: list[Change], get) -> float:  # noqa: ANN001 - a getter
        return statistics.median(get(c) for c in changes)

    print(
        f"{'change':<38} {'run s':>6} {'cpu s':>6} {'trip s':>6} {'KB sent':>8} {'elements':>8} {'blocks':>6}"
        f" {'cached':>6}"
        f" {'tables KB':>9} {'charts KB':>9} {'markdown KB':>11} {'other KB':>8}"
    )
    for (label, kind), changes in found.items():
        kb = {k: mid(changes, lambda c, k=k: c.by_kind[k]) / 1024 for k in ("tables", "charts", "markdown", "other")}
        print(
            f"{label + ', ' + kind:<38} {mid(changes, lambda c: c.wall):>6.3f} {mid(changes, lambda c: c.cpu):>6.3f}"
            f" {mid(changes, lambda c: c.took):>6.3f} {mid(changes, lambda c: c.received) / 1024:>8.1f}"
            f" {mid(changes, lambda c: c.elements):>8.0f} {mid(changes, lambda c: c.blocks):>6.0f}"
            f" {mid(changes, lambda c: c.refs):>6.0f}"
            f" {kb['tables']:>9.1f} {kb['charts']:>9.1f} {kb['markdown']:>11.1f} {kb['other']:>8.1f}"
        )
    print("run/cpu: the server's script run (DASHBOARD_TIMING_LOG); trip: message sent to script finished;")
    print("elements: new elements sent; blocks: containers sent (columns, rows, expanders): each costs the browser")
    print("a few ms to draw (issue 18); cached: elements the client already held, sent as a reference")
    print(f"(medians; machine: {len(os.sched_getaffinity(0))} cores, load average {os.getloadavg()[0]:.1f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--pages", default="", help="only these pages (their menu labels, comma-separated)")
    args = parser.parse_args()
    labels = [label.strip() for label in args.pages.split(",") if label.strip()]
    specs = [s for s in PAGES if not labels or s.label in labels]
    with TemporaryDirectory() as tmp:
        log = Path(tmp) / "runs.jsonl"
        with served(env={"DASHBOARD_TIMING_LOG": str(log)}) as (url, _, _):
            asyncio.run(measure(url, log, specs, 1))  # warm: every page's caches filled once
            report(asyncio.run(measure(url, log, specs, args.rounds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
