"""What every importer shares: the error that names file, row and column, and the report it prints."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path


class ImportFailed(Exception):
    """A file that cannot be imported; the message names the file, row and column."""


ImportError_ = ImportFailed  # the name the brief used


@dataclass
class ImportReport:
    layout: str
    rows: int
    decisions: int
    first_date: str
    last_date: str
    unmapped: list[str] = field(default_factory=list)
    total_mismatches: list[str] = field(default_factory=list)  # roll calls whose stated totals differ from rows
    details: list[str] = field(default_factory=list)  # further lines: per source, comparisons, defects

    def summary(self) -> str:
        lines = [
            f"imported {self.layout}: {self.rows:,} votes in {self.decisions:,} decisions, "
            f"{self.first_date} to {self.last_date}"
        ]
        if self.total_mismatches:
            more = len(self.total_mismatches) - 10
            lines.append(
                f"stated totals differ from the rows for: {', '.join(self.total_mismatches[:10])}"
                + (f" and {more} more" if more > 0 else "")
            )
        if self.unmapped:
            lines.append(f"not mapped to a state ({len(self.unmapped)}):")
            lines += [f"  {name}" for name in self.unmapped]
        return "\n".join([*lines, *self.details])


def json_lines(path: Path, keys: Sequence[str]) -> Iterator[tuple[int, dict]]:
    """(line number, record) for each JSON object of a JSON Lines file, blank lines skipped; a line that is
    not a JSON object, or lacks one of `keys`, fails naming the file, line and key."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ImportFailed(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ImportFailed(f"{path}:line {number}: not a JSON record ({exc.msg})") from exc
        if not isinstance(record, dict):
            raise ImportFailed(f"{path}:line {number}: not a JSON object")
        missing = [k for k in keys if k not in record]
        if missing:
            raise ImportFailed(f"{path}:line {number}:{missing[0]}: missing")
        yield number, record
