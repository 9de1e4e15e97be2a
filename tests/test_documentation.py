"""Documentation that is missing or stale fails a test."""

from __future__ import annotations

import inspect
from enum import Enum

from dashboard.curated import models
from dashboard.curated.dictionary import markdown
from tests.conftest import ROOT


def test_every_field_has_a_description() -> None:
    for name, model in models.TABLES.items():
        for field, info in model.model_fields.items():
            assert info.description, f"{name}.{field} has no description"


def test_every_vocabulary_value_has_a_comment() -> None:
    enums = [
        obj
        for obj in vars(models).values()
        if inspect.isclass(obj) and issubclass(obj, Enum) and obj.__module__ == models.__name__
    ]
    assert len(enums) >= 10
    for enum in enums:
        source = inspect.getsource(enum)
        assert enum.__doc__, enum.__name__
        for member in enum:
            line = next(line for line in source.splitlines() if line.strip().startswith(f"{member.name} ="))
            assert "  # " in line, f"{enum.__name__}.{member.name} has no comment"  # a colour's "#" is no comment


def test_readme_has_the_current_data_dictionary() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert markdown() in readme, "README's data dictionary is stale: paste `python -m dashboard dictionary` into it"


def test_stance_vocabulary_covers_the_issue() -> None:
    required = {
        "support",
        "oppose",
        "reject",
        "dissociate",
        "boycott",
        "veto",
        "call_for_dialogue",
        "call_for_accountability",
        "concern",
    }
    assert required <= {s.value for s in models.Stance}


def test_the_official_tables_are_documented_column_by_column() -> None:
    import pandas as pd

    from dashboard.official import rollcalls

    decisions = pd.read_parquet(rollcalls.ROLLCALL_DIR / "decisions.parquet")
    assert list(decisions.columns) == list(rollcalls.DECISION_COLUMNS)
    sponsorships = pd.read_parquet(rollcalls.ROLLCALL_DIR / "sponsorships.parquet")
    assert list(sponsorships.columns) == list(rollcalls.SPONSOR_COLUMNS)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for column in (*rollcalls.DECISION_COLUMNS, *rollcalls.SPONSOR_COLUMNS):
        assert f"| `{column}` |" in readme, column
