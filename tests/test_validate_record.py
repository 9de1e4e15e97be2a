"""`python -m dashboard validate` checks the official record too: one clear line per problem."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from dashboard.official.check import check_rollcalls
from tests.conftest import ROOT

RECORD = ROOT / "data" / "rollcalls"


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """A copy of data/ (official record included) and seeds/ to break."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    return tmp_path


def validate(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dashboard", "--data", str(root / "data"), "--seeds", str(root / "seeds"), "validate"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_shipped_record_passes() -> None:
    assert check_rollcalls(RECORD) == []


def test_a_truncated_votes_file_fails_validate(broken: Path) -> None:
    votes = broken / "data" / "rollcalls" / "votes.parquet"
    votes.write_bytes(votes.read_bytes()[: votes.stat().st_size // 2])
    result = validate(broken)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"{votes}::: cannot be read (")


def test_a_missing_table_a_wrong_type_and_a_miscount_each_get_a_line(broken: Path) -> None:
    record = broken / "data" / "rollcalls"
    (record / "countries.parquet").unlink()
    members = pd.read_parquet(record / "members.parquet")
    members.assign(session=members["session"].astype("float64")).to_parquet(record / "members.parquet")
    provenance = json.loads((record / "provenance.json").read_text(encoding="utf-8"))
    provenance["votes"] += 1
    provenance["by_source"]["unvotes"]["last_date"] = "2019-12-31"
    (record / "provenance.json").write_text(json.dumps(provenance), encoding="utf-8")
    problems = check_rollcalls(record)
    assert problems == [
        f"{record / 'members.parquet'}::session: type float64, expected int16",
        f"{record / 'countries.parquet'}::: missing (rebuild it with `python -m dashboard import-votes`)",
        f"{record / 'provenance.json'}::votes: {provenance['votes']} but the tables hold {provenance['votes'] - 1}",
        f"{record / 'provenance.json'}::by_source.unvotes.last_date: '2019-12-31' but the tables hold '2020-01-14'",
    ]
    result = validate(broken)
    assert result.returncode == 1 and result.stdout.strip().splitlines() == problems


def test_a_malformed_provenance_file(broken: Path) -> None:
    path = broken / "data" / "rollcalls" / "provenance.json"
    path.write_text("{not json", encoding="utf-8")
    (problem,) = check_rollcalls(path.parent)
    assert problem.startswith(f"{path}::: cannot be read (JSONDecodeError: ")
