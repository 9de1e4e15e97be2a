"""Documentation that is missing or stale fails a test."""

from __future__ import annotations

import inspect
from enum import Enum
from pathlib import Path

from dashboard.cli import main, parser
from dashboard.curated import models
from dashboard.curated.dictionary import BEGIN, END, markdown
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


DICTIONARY = ROOT / "docs" / "data-dictionary.md"


def test_docs_have_the_current_data_dictionary() -> None:
    text = DICTIONARY.read_text(encoding="utf-8")
    assert markdown() in text, "docs/data-dictionary.md is stale: run `python -m dashboard dictionary --update`"


def test_dictionary_update_rewrites_only_the_generated_part(tmp_path: Path) -> None:
    target = tmp_path / "dictionary.md"
    target.write_text(f"# Kept above\n\n{BEGIN}\nstale\n{END}\n\nKept below.\n", encoding="utf-8")
    assert main(["dictionary", "--update", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == f"# Kept above\n\n{markdown()}\n\nKept below.\n"
    assert parser().parse_args(["dictionary", "--update"]).update == DICTIONARY  # the default file
    assert parser().parse_args(["dictionary"]).update is None  # without --update it prints


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
    dictionary = DICTIONARY.read_text(encoding="utf-8")
    for column in (*rollcalls.DECISION_COLUMNS, *rollcalls.SPONSOR_COLUMNS):
        assert f"| `{column}` |" in dictionary, column
