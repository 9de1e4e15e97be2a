"""Export round trip, the data package descriptor, and formula-injection safety."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from frictionless import Package

from dashboard import safecsv
from dashboard.curated import export
from dashboard.curated.load import load_dataset
from dashboard.curated.tables import COLUMNS


@pytest.fixture(scope="module")
def frames() -> dict[str, pd.DataFrame]:
    return load_dataset().frames


def test_round_trip(frames: dict[str, pd.DataFrame], tmp_path: Path) -> None:
    written = export.write_package(frames, tmp_path)
    assert sorted(p.name for p in written) == sorted([f"{n}.csv" for n in COLUMNS] + ["datapackage.json"])
    for name, df in frames.items():
        back = export.read_table(tmp_path / f"{name}.csv", name)
        pd.testing.assert_frame_equal(back, df, check_dtype=True)


def test_required_columns(frames: dict[str, pd.DataFrame]) -> None:
    required = {
        "sources": "source_id, file, headline, outlet, byline, published",
        "events": "event_id, kind, body, date, date_precision, title, outcome, method, yes, no, abstain, non_voting, parent_event_id",
        "votes": "vote_id, event_id, country_iso3, country, vote",
        "sponsors": "sponsorship_id, event_id, actor_id, actor, role",
        "positions": "position_id, event_id, actor_id, actor, actor_type, speaker, stance, statement, summary",
        "evidence": "fact_id, source_id, quote",
    }
    for name, columns in required.items():
        assert set(columns.split(", ")) <= set(frames[name].columns), name


def test_descriptor_validates(frames: dict[str, pd.DataFrame], tmp_path: Path) -> None:
    export.write_package(frames, tmp_path)
    report = Package(str(tmp_path / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    descriptor = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    votes = next(r for r in descriptor["resources"] if r["name"] == "votes")
    assert votes["schema"]["primaryKey"] == ["vote_id"]
    assert votes["schema"]["foreignKeys"][0]["reference"] == {"resource": "events", "fields": ["event_id"]}
    assert all(f["description"] for r in descriptor["resources"] for f in r["schema"]["fields"])


def test_descriptor_catches_a_dangling_key(frames: dict[str, pd.DataFrame], tmp_path: Path) -> None:
    broken = dict(frames)
    votes = frames["votes"].copy()
    votes.loc[0, "event_id"] = "no-such-event"
    broken["votes"] = votes
    export.write_package(broken, tmp_path)
    assert not Package(str(tmp_path / "datapackage.json")).validate().valid


@pytest.mark.parametrize("cell", ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx"])
def test_formula_cells_are_neutralised(cell: str) -> None:
    df = pd.DataFrame({"text": [cell, "plain"], "n": [-1, 2]})
    back = pd.read_csv(io.BytesIO(safecsv.csv_bytes(df)), keep_default_na=False)
    assert back["text"][0].startswith("'") and back["text"][0].endswith("x" if cell.endswith("x") else cell[-1])
    assert back["text"][1] == "plain"
    assert back["n"].tolist() == [-1, 2]  # numbers are not text: left as they are
    assert df["text"][0] == cell  # what the app shows is unchanged


def test_package_zip_holds_every_table(frames: dict[str, pd.DataFrame]) -> None:
    with zipfile.ZipFile(io.BytesIO(export.package_zip(frames))) as archive:
        names = {Path(n).name for n in archive.namelist()}
    assert names == {f"{n}.csv" for n in COLUMNS} | {"datapackage.json"}
