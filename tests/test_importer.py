"""import-votes: both Library layouts and the unvotes tables; bad files leave the data untouched."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dashboard import importer, rollcalls
from tests.conftest import FIXTURES, ROOT

UNDL = FIXTURES / "undl"


def test_july_2025_layout(tmp_path: Path) -> None:
    report = importer.import_votes(UNDL / "ga_voting_2025.csv", tmp_path / "rc")
    assert "July 2025" in report.layout and report.rows == 8 and report.roll_calls == 2
    tables = rollcalls.load_rollcalls(tmp_path / "rc")
    rows = rollcalls.breakdown(tables, 4070001)
    assert rollcalls.tally(rows) == {"yes": 3, "no": 1, "abstain": 1, "non_voting": 2}
    by_state = rows.set_index("iso3")
    assert not by_state.loc["VEN", "derived"]  # recorded X
    assert by_state.loc["CUB", "derived"]  # voted in session 79, not on this one
    call = rollcalls.roll_call(tables, 4070001)
    assert call["symbol"] == "A/RES/79/180" and call["session"] == 79
    assert call["title"] == "Situation of human rights in the Democratic People’s Republic of Korea"


def test_september_2024_layout_reports_unmapped(tmp_path: Path) -> None:
    report = importer.import_votes(UNDL / "ga_voting_2024.csv", tmp_path / "rc")
    assert "September 2024" in report.layout
    assert report.unmapped == ["NOWHERE (ZZZ)"] and "NOWHERE (ZZZ)" in report.summary()
    tables = rollcalls.load_rollcalls(tmp_path / "rc")
    assert rollcalls.tally(rollcalls.breakdown(tables, 4050001)) == {"yes": 2, "no": 1, "abstain": 0, "non_voting": 1}
    assert rollcalls.roll_call(tables, 4050001)["session"] == 78  # from the symbol: the layout has no session


def test_unvotes_folder(tmp_path: Path) -> None:
    report = importer.import_votes(UNDL / "unvotes", tmp_path / "rc")
    assert report.layout == "unvotes tables" and report.rows == 6


@pytest.mark.parametrize(
    ("fixture", "message"),
    [
        ("bad_vote.csv", "bad_vote.csv:row 3:ms_vote: unknown vote 'MAYBE'"),
        ("bad_date.csv", "bad_date.csv:row 2:date: not a date: 'not-a-date'"),
        ("not_votes.csv", "not_votes.csv: not a UN Digital Library voting file: missing column(s) undl_id"),
        ("missing.csv", "missing.csv: no such file or folder"),
    ],
)
def test_bad_file_leaves_data_untouched(tmp_path: Path, fixture: str, message: str) -> None:
    out = tmp_path / "rc"
    importer.import_votes(UNDL / "ga_voting_2025.csv", out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    with pytest.raises(importer.ImportFailed, match=message.replace("(", r"\(").replace(")", r"\)")):
        importer.import_votes(UNDL / fixture, out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rc"]  # no scratch folder left behind


def test_command_line(tmp_path: Path) -> None:
    def run(path: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "dashboard", "import-votes", str(path), "--out", str(tmp_path / "rc")],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )

    ok = run(UNDL / "ga_voting_2025.csv")
    assert ok.returncode == 0 and ok.stdout.startswith(
        "imported UN Digital Library voting CSV (July 2025 layout): 8 votes"
    )
    bad = run(UNDL / "bad_vote.csv")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert bad.stderr.strip().endswith("nothing was changed")
