"""What every importer shares: the error that names file, row and column, and the report it prints."""

from __future__ import annotations

from dataclasses import dataclass, field


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
