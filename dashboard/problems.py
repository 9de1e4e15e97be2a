"""A problem found in the data: where it is (file, record, field) and what is wrong."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    path: str  # the file, relative to the project, e.g. data/votes.yaml
    record: str  # the record's id, or #N (its position) when it has no usable id
    field: str  # the field, dotted for nested ones (evidence.0.quote); empty for the whole record
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.record}:{self.field}: {self.message}"


class DataError(Exception):
    """Raised when data/ or seeds/ do not validate; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
