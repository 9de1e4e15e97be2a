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
    "members": {
        "session": "int16",
        "iso3": "category",
        "first": "datetime64[ms]",
        "last": "datetime64[ms]",
        "body": "category",
    },
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
    problems += [f"{_name(data_dir / 'decisions.parquet')}:{where}" for where in _bodies(frames)]
    return problems


def _counts(provenance: dict, frames: dict[str, pd.DataFrame]) -> list[str]:
    """Where provenance.json's counts and dates differ from the tables'."""
    found: dict[str, object] = {}
    decisions, votes = frames.get("decisions"), frames.get("votes")
    if decisions is not None and "body" in decisions.columns:  # the top-level counts are the General Assembly's
        decisions = decisions[decisions["body"].astype(str) == "general_assembly"]
        if votes is not None and "rcid" in votes.columns:
            votes = votes[votes["rcid"].isin(decisions["rcid"])]
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
        sponsors = frames["sponsorships"]
        if decisions is not None and "rcid" in sponsors.columns and "rcid" in decisions.columns:
            sponsors = sponsors[sponsors["rcid"].isin(decisions["rcid"])]
        found["sponsorships"] = len(sponsors)
    messages = [
        f"{key}: {provenance[key]!r} but the tables hold {value!r}"
        for key, value in found.items()
        if key in provenance and provenance[key] != value
    ]
    for key in ("decisions", "votes"):
        if key not in provenance and (decisions is None or len(decisions)):  # a record without the Assembly
            messages.append(f"{key}: count missing")
    by_source = provenance.get("by_source", {})
    decisions, votes = frames.get("decisions"), frames.get("votes")
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


def _bodies(frames: dict[str, pd.DataFrame]) -> list[str]:
    """Per body other than the Assembly: tallies against the rows where names are listed (unless the note
    explains the difference), votes only by members, the permanent five on Security Council recorded votes."""
    decisions, votes, members = frames.get("decisions"), frames.get("votes"), frames.get("members")
    needed = {"body", "names", "note", "yes_stated", "session", "date", "method"}
    if decisions is None or votes is None or members is None or not needed <= set(decisions.columns):
        return []
    if "body" not in members.columns:
        return []
    problems = []
    others = decisions[decisions["body"].astype(str) != "general_assembly"]
    listed = others[(others["names"].astype(str) == "listed") & (others["method"].astype(str) == "recorded_vote")]
    rows = votes[votes["rcid"].isin(listed["rcid"])]
    counted = rows.groupby(["rcid", "vote"], observed=True).size().unstack(fill_value=0)
    counted = counted.reindex(index=listed["rcid"], columns=["yes", "no", "abstain"], fill_value=0)
    stated = listed.set_index("rcid")
    for vote in ("yes", "no", "abstain"):
        want = stated[f"{vote}_stated"]
        bad = want.notna() & (want.astype("Float64") != counted[vote]) & (stated["note"] == "")
        problems += [
            f"{rcid}:{vote}_stated: {want[rcid]} but {counted.at[rcid, vote]} rows" for rcid in want[bad].index[:5]
        ]
    body_of = others.set_index("rcid")[["body", "session", "date"]]
    mine = votes[votes["rcid"].isin(others["rcid"])].join(body_of, on="rcid")
    spans = members.astype({"iso3": str, "body": str})
    joined = mine.astype({"iso3": str, "body": str}).merge(spans, on=["body", "session", "iso3"], how="left")
    joined = joined[joined["first"].notna()]
    member_keys = set(zip(joined["rcid"], joined["iso3"], strict=True))
    outside = [(r, i) for r, i in zip(mine["rcid"], mine["iso3"].astype(str), strict=True) if (r, i) not in member_keys]
    problems += [f"{rcid}:iso3: {iso3} votes but is not a member that year" for rcid, iso3 in outside[:5]]
    council = listed[listed["body"].astype(str) == "security_council"]
    from dashboard.official.membership import permanent_on

    present = rows[rows["rcid"].isin(council["rcid"])].groupby("rcid")["iso3"].agg(lambda s: set(s.astype(str)))
    for call in council.itertuples():
        missing = permanent_on(call.date) - present.get(call.rcid, set())
        if missing:
            problems.append(f"{call.rcid}:iso3: permanent member(s) {sorted(missing)} not on a recorded vote")
    return problems
