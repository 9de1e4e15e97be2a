"""import-votes: both Library layouts and the unvotes tables; bad files leave the data untouched."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.official import importers, rollcalls
from tests.conftest import FIXTURES, ROOT

UNDL = FIXTURES / "undl"


def test_july_2025_layout(tmp_path: Path) -> None:
    report = importers.import_votes(UNDL / "ga_voting_2025.csv", tmp_path / "rc")
    assert "July 2025" in report.layout and report.rows == 8 and report.decisions == 2
    tables = rollcalls.load_rollcalls(tmp_path / "rc")
    rows = rollcalls.breakdown(tables, 4070001)
    assert rollcalls.tally(rows) == {"yes": 3, "no": 1, "abstain": 1, "non_voting": 1}
    by_state = rows.set_index("iso3")
    assert by_state.loc["VEN", "vote"] == "non_voting" and not by_state.loc["VEN", "derived"]  # recorded X
    # Cuba's first row is the next day's roll call: not counted before it (the file's X rows are the record)
    assert "CUB" not in by_state.index
    later = rollcalls.breakdown(tables, 4070002).set_index("iso3")
    assert later.loc["VEN", "vote"] == "non_voting" and later.loc["VEN", "derived"]  # member, no row that day
    assert rollcalls.tally(tables, 4070002) == {"yes": 1, "no": 1, "abstain": 0, "non_voting": 5}
    call = rollcalls.roll_call(tables, 4070001)
    assert call["symbol"] == "A/RES/79/180" and call["session"] == 79
    assert call["title"] == "Situation of human rights in the Democratic People’s Republic of Korea"


def test_july_2025_report_and_tables(tmp_path: Path) -> None:
    report = importers.import_votes(UNDL / "ga_voting_2025.csv", tmp_path / "rc")
    assert (report.rows, report.decisions, report.first_date, report.last_date) == (8, 2, "2024-12-17", "2024-12-18")
    assert report.unmapped == [] and report.total_mismatches == []
    tables = rollcalls.load_rollcalls(tmp_path / "rc")
    assert tables.votes["vote"].value_counts().to_dict() == {"yes": 4, "no": 2, "abstain": 1, "non_voting": 1}
    assert tables.names["VEN"] == "VENEZUELA" and tables.provenance["dataset"].endswith("ga_voting_2025.csv")
    assert tables.decisions["topics"].tolist() == ["HUMAN RIGHTS--DPRK", "TRADE"]  # the subjects column, per decision
    assert sorted(p.name for p in (tmp_path / "rc").iterdir()) == [
        "countries.parquet",
        "decisions.parquet",
        "members.parquet",
        "provenance.json",
        "sponsorships.parquet",
        "votes.parquet",
    ]


def test_september_2024_layout_reports_unmapped(tmp_path: Path) -> None:
    report = importers.import_votes(UNDL / "ga_voting_2024.csv", tmp_path / "rc")
    assert "September 2024" in report.layout
    assert report.unmapped == ["NOWHERE (ZZZ)"] and "NOWHERE (ZZZ)" in report.summary()
    # the file states 2 yes; its rows hold 3 (one of them the unmapped ZZZ): reported, not hidden
    assert report.total_mismatches == ["A/RES/78/218 (yes: 2 stated)"]
    assert (report.rows, report.decisions) == (4, 1)
    tables = rollcalls.load_rollcalls(tmp_path / "rc")
    assert rollcalls.tally(rollcalls.breakdown(tables, 4050001)) == {"yes": 2, "no": 1, "abstain": 0, "non_voting": 1}
    assert rollcalls.roll_call(tables, 4050001)["session"] == 78  # from the symbol: the layout has no session


def test_unvotes_folder(tmp_path: Path) -> None:
    report = importers.import_votes(UNDL / "unvotes", tmp_path / "rc")
    assert report.layout == "unvotes tables" and report.rows == 6


@pytest.mark.parametrize(
    ("fixture", "message"),
    [
        ("bad_vote.csv", "bad_vote.csv:row 3:ms_vote: unknown vote 'MAYBE'"),
        ("bad_date.csv", "bad_date.csv:row 2:date: not a date: 'not-a-date'"),
        ("not_votes.csv", "not_votes.csv: not a UN Digital Library voting file: missing column(s) undl_id"),
        ("missing.csv", "missing.csv: no such file or folder"),
        (
            "ragged.csv",
            "ragged.csv: not a readable UTF-8 CSV (Error tokenizing data. C error: Expected 8 fields in line 3, saw 10)",
        ),
        ("short_row.csv", "short_row.csv:row 3:date: empty"),
        ("duplicate_vote.csv", "duplicate_vote.csv:row 3:ms_code: a second vote of USA in record 4070001"),
        ("inconsistent_date.csv", "inconsistent_date.csv:row 2:date: differs between rows of record 4070001"),
        ("latin1.csv", "latin1.csv:row 2: not UTF-8 text (invalid continuation byte)"),
        ("empty.csv", "empty.csv: not a readable UTF-8 CSV (No columns to parse from file)"),
        ("unvotes/un_roll_call_issues.csv.gz", None),  # a file of the folder imports the folder: not an error
    ],
)
def test_bad_file_leaves_data_untouched(tmp_path: Path, fixture: str, message: str) -> None:
    out = tmp_path / "rc"
    importers.import_votes(UNDL / "ga_voting_2025.csv", out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    if message is None:
        assert importers.import_votes(UNDL / fixture, out).layout == "unvotes tables"
        return
    with pytest.raises(importers.ImportFailed) as caught:
        importers.import_votes(UNDL / fixture, out)
    assert str(caught.value).startswith(f"{UNDL / fixture}{message[len(fixture) :]}")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rc"]  # no scratch folder left behind
    assert importers.ImportError_ is importers.ImportFailed


def test_bad_unvotes_folder_names_file_row_and_column(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "un_roll_calls.csv").write_text(
        "rcid,session,importantvote,date,unres,amend,para,short,descr\n1,69,1,2014-12-18,R/69/188,,,,T\n"
    )
    (src / "un_votes.csv").write_text("rcid,country,country_code,vote\n1,United States,US,yes\n1,China,CN,maybe\n")
    out = tmp_path / "rc"
    importers.import_votes(UNDL / "ga_voting_2025.csv", out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    with pytest.raises(importers.ImportFailed, match=r"un_votes.csv:row 3:vote: unknown vote 'maybe'"):
        importers.import_votes(src, out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    (src / "un_votes.csv").write_text("rcid,country,country_code,vote\n1,United States,US,yes\n")
    assert importers.import_votes(src / "un_votes.csv", out).rows == 1


def test_main_prints_a_summary_and_each_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert importers.main(str(UNDL / "ga_voting_2024.csv"), str(tmp_path / "rc")) == 0
    out = capsys.readouterr().out.splitlines()
    assert (
        out[0]
        == "imported UN Digital Library voting CSV (September 2024 layout): 4 votes in 1 decisions, 2023-12-19 to 2023-12-19"
    )
    assert out[1:] == [
        "stated totals differ from the rows for: A/RES/78/218 (yes: 2 stated)",
        "not mapped to a state (1):",
        "  NOWHERE (ZZZ)",
    ]
    assert importers.main(str(UNDL / "latin1.csv"), str(tmp_path / "rc")) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "latin1.csv:row 2" in err and err.strip().endswith("nothing was changed")


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
