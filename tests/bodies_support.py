"""Helpers of the Human Rights Council and Security Council importer tests: import a fixture, spoil a copy."""

from __future__ import annotations

import shutil
from pathlib import Path

from dashboard.official import importers, rollcalls

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def imported(tmp_path: Path, *folders: str) -> rollcalls.RollCalls:
    """The record after importing these fixture folders, in order, into an empty tmp_path/record."""
    for folder in folders:
        assert importers.main(str(FIXTURES / folder), str(tmp_path / "record")) == 0
    return rollcalls.load_rollcalls(tmp_path / "record")


def spoilt_copy(tmp_path: Path, folder: str) -> Path:
    copy = tmp_path / "spoilt" / folder
    shutil.copytree(FIXTURES / folder, copy)
    return copy


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def decision(rc: rollcalls.RollCalls, symbol: str) -> dict:
    rows = rc.decisions[rc.decisions["symbol"] == symbol]
    assert len(rows) == 1, f"{symbol}: {len(rows)} decisions"
    return rows.iloc[0].to_dict()
