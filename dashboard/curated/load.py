"""Read and validate data/ and seeds/ into tidy DataFrames (pure: app/loading.py caches)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import yaml
from pydantic import ValidationError

from dashboard.curated import checks, tables
from dashboard.curated.models import TABLES, Record
from dashboard.problems import DataError, Problem

ROOT = Path(__file__).resolve().parent.parent.parent
DATA_DIR = ROOT / "data"
SEEDS_DIR = ROOT / "seeds"


class Yaml12Loader(yaml.SafeLoader):
    """YAML 1.2 booleans: only true/false. `vote: no` and a field named `yes` stay strings."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


@dataclass
class Dataset:
    """The validated records and their tidy tables (the same tables the export writes)."""

    records: dict[str, list[Any]]
    texts: dict[str, str]
    frames: dict[str, pd.DataFrame] = field(default_factory=dict)


def display_path(path: Path) -> str:
    """A path relative to the project where it lies inside it."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def read_table(path: Path, model: type[Record]) -> tuple[list[Record], list[Problem]]:
    """Parse one YAML file of records; every problem names the file, record and field."""
    where = display_path(path)
    if not path.exists():
        return [], [Problem(where, "", "", "file is missing")]
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=Yaml12Loader)
    except UnicodeDecodeError as exc:
        return [], [Problem(where, "", "", f"not UTF-8 text ({exc.reason} at byte {exc.start})")]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return [], [Problem(where, "", "", f"malformed YAML{at}: {reason}")]
    if raw is None:
        raw = []
    if not isinstance(raw, list):
        return [], [Problem(where, "", "", "expected a list of records at the top level")]
    records: list[Record] = []
    problems: list[Problem] = []
    for index, item in enumerate(raw):
        name = f"#{index + 1}"
        if isinstance(item, dict) and isinstance(item.get("id"), str) and item["id"]:
            name = item["id"]
        if not isinstance(item, dict):
            problems.append(Problem(where, name, "", "expected a mapping of field: value"))
            continue
        try:
            records.append(model.model_validate(item))
        except ValidationError as exc:
            for error in exc.errors():
                loc = ".".join(str(part) for part in error["loc"])
                problems.append(Problem(where, name, loc, error["msg"]))
    return records, problems


def read_texts(seeds_dir: Path) -> tuple[dict[str, str], list[Problem]]:
    """The articles of seeds/, keyed by source id (file stem)."""
    texts: dict[str, str] = {}
    problems: list[Problem] = []
    if not seeds_dir.is_dir():
        return texts, [Problem(display_path(seeds_dir), "", "", "folder is missing")]
    for path in sorted(seeds_dir.glob("*.txt")):
        try:
            texts[path.stem] = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            problems.append(Problem(display_path(path), path.stem, "", f"not UTF-8 text: {exc.reason}"))
    return texts, problems


def read_decisions(path: Path) -> dict[int, checks.Decision] | None:
    """rcid → symbol, body and method of the official record's decisions, or None where they are not there."""
    if not path.exists():
        return None
    table = pd.read_parquet(path, columns=["rcid", "symbol", "body", "method"])
    rows = zip(table["rcid"], table["symbol"], table["body"], table["method"], strict=True)
    return {int(rcid): checks.Decision(symbol, str(body), str(method)) for rcid, symbol, body, method in rows}


def read_dataset(data_dir: Path = DATA_DIR, seeds_dir: Path = SEEDS_DIR) -> tuple[Dataset, list[Problem]]:
    """Read everything and run every check; returns the dataset and all problems found."""
    records: dict[str, list[Any]] = {}
    problems: list[Problem] = []
    for name, model in TABLES.items():
        rows, found = read_table(data_dir / f"{name}.yaml", model)
        records[name] = rows
        problems += found
    texts, found = read_texts(seeds_dir)
    problems += found
    dataset = Dataset(records=records, texts=texts)
    paths = {name: display_path(data_dir / f"{name}.yaml") for name in TABLES}
    problems += checks.run_all(records, texts, paths, display_path(seeds_dir))
    problems += checks.check_links(records, paths, read_decisions(data_dir / "rollcalls" / "decisions.parquet"))
    if not problems:
        dataset.frames = tables.build(records, texts)
    return dataset, problems


def load_dataset(data_dir: Path = DATA_DIR, seeds_dir: Path = SEEDS_DIR) -> Dataset:
    """The validated dataset; raises DataError listing every problem."""
    dataset, problems = read_dataset(data_dir, seeds_dir)
    if problems:
        raise DataError(problems)
    return dataset
