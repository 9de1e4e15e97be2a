"""Checks of the shipped official record (data/rollcalls/) for `python -m dashboard validate`.

Every table readable whole, its columns present with their types, and the counts and dates that
provenance.json states equal to those of the tables. One line per problem, in validate's format
`path:record:field: message` (record empty here; field a column or a provenance key, or empty).
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from dashboard.official import rollcalls

#: table → column → dtype as load_rollcalls() gives it; tables marked optional may be absent.
EXPECTED: dict[str, dict[str, str]] = {
    "decisions": {column: dtype for column, (dtype, _, _) in rollcalls.DECISION_COLUMNS.items()},
    "votes": {"rcid": "int32", "iso3": "category", "vote": "category"},
    "members": {"session": "int16", "iso3": "category", "first": "datetime64[ms]", "last": "datetime64[ms]"},
    "countries": {"iso3": "str", "name": "str"},
    "sponsorships": {
        "rcid": "int32",
        "role": "category",
        "iso3": "string",
        "name": "str",
        "kind": "category",
        "on_behalf_of": "string",
    },
    "idealpoints": {"iso3": "str", "year": "int16", "ideal_point": "float64"},
}
OPTIONAL = {"members", "sponsorships", "idealpoints"}


def _name(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def check_rollcalls(data_dir: Path = rollcalls.ROLLCALL_DIR) -> list[str]:
    """Problems of the official record in data_dir, one `path: message` line each (empty: all good)."""
    data_dir = Path(data_dir)
    problems: list[str] = []
    frames: dict[str, pd.DataFrame] = {}
    for table, columns in EXPECTED.items():
        path = data_dir / f"{table}.parquet"
        if not path.exists():
            if table not in OPTIONAL:
                problems.append(f"{_name(path)}::: missing (rebuild it with `python -m dashboard import-votes`)")
            continue
        try:
            frame = pd.read_parquet(path)
        except Exception as exc:  # a truncated or corrupt file: pyarrow says why
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            problems.append(f"{_name(path)}::: cannot be read ({type(exc).__name__}: {first[:200]})")
            continue
        for column, dtype in columns.items():
            if column not in frame.columns:
                problems.append(f"{_name(path)}::{column}: column missing")
            elif str(frame[column].dtype) != dtype:
                problems.append(f"{_name(path)}::{column}: type {frame[column].dtype}, expected {dtype}")
        frames[table] = frame
    if "votes" in frames and "vote" in frames["votes"] and str(frames["votes"]["vote"].dtype) == "category":
        unknown = set(frames["votes"]["vote"].cat.categories) - set(rollcalls.VOTE_VALUES)
        if unknown:
            problems.append(
                f"{_name(data_dir / 'votes.parquet')}::vote: values outside the vocabulary: {sorted(unknown)}"
            )

    path = data_dir / "provenance.json"
    try:
        provenance = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        problems.append(f"{_name(path)}::: cannot be read ({type(exc).__name__}: {exc})")
        return problems
    problems += [f"{_name(path)}::{message}" for message in _counts(provenance, frames)]
    return problems


def _counts(provenance: dict, frames: dict[str, pd.DataFrame]) -> list[str]:
    """Where provenance.json's counts and dates differ from the tables'."""
    found: dict[str, object] = {}
    decisions, votes = frames.get("decisions"), frames.get("votes")
    if decisions is not None and {"method", "date", "source", "rcid"} <= set(decisions.columns):
        method = decisions["method"].astype(str)
        found |= {
            "decisions": len(decisions),
            "roll_calls": int((method == "recorded_vote").sum()),
            "without_vote": int((method == "without_vote").sum()),
            "method_unknown": int((method == "unknown").sum()),
            "first_date": str(decisions["date"].min().date()) if len(decisions) else None,
            "last_date": str(decisions["date"].max().date()) if len(decisions) else None,
        }
    if votes is not None and {"rcid", "iso3"} <= set(votes.columns):
        found |= {"votes": len(votes), "states": int(votes["iso3"].nunique())}
    if "sponsorships" in frames:
        found["sponsorships"] = len(frames["sponsorships"])
    messages = [
        f"{key}: {provenance[key]!r} but the tables hold {value!r}"
        for key, value in found.items()
        if key in provenance and provenance[key] != value
    ]
    for key in ("decisions", "votes"):
        if key not in provenance:
            messages.append(f"{key}: count missing")
    by_source = provenance.get("by_source", {})
    if decisions is not None and votes is not None and "source" in decisions.columns and "rcid" in votes.columns:
        source_of = decisions.set_index("rcid")["source"].astype(str)
        vote_sources = votes["rcid"].map(source_of).value_counts()
        for source, stated in by_source.items():
            rows = decisions[decisions["source"].astype(str) == source]
            actual = {
                "decisions": len(rows),
                "votes": int(vote_sources.get(source, 0)),
                "first_date": str(rows["date"].min().date()) if len(rows) else None,
                "last_date": str(rows["date"].max().date()) if len(rows) else None,
            }
            messages += [
                f"by_source.{source}.{key}: {stated[key]!r} but the tables hold {value!r}"
                for key, value in actual.items()
                if key in stated and stated[key] != value
            ]
    return messages
