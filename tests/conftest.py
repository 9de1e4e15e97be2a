"""Shared fixtures: a scratch copy of data/ and seeds/ that a test may break."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """tmp_path/data and tmp_path/seeds, copies of the curated ones (the official record too: validate checks it)."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    return tmp_path
