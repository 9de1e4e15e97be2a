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
    roll_calls: int
    first_date: str
    last_date: str
    unmapped: list[str] = field(default_factory=list)
    total_mismatches: list[str] = field(default_factory=list)  # roll calls whose stated totals differ from rows

    def summary(self) -> str:
        text = (
            f"imported {self.layout}: {self.rows:,} votes in {self.roll_calls:,} roll calls, "
            f"{self.first_date} to {self.last_date}"
        )
        if self.unmapped:
            text += f"; not mapped to a country (left out): {', '.join(self.unmapped)}"
        if self.total_mismatches:
            text += f"; stated totals differ from the rows for: {', '.join(self.total_mismatches[:10])}"
            if len(self.total_mismatches) > 10:
                text += f" and {len(self.total_mismatches) - 10} more"
        return text
