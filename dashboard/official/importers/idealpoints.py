"""Voeten's ideal points per state and year (Bailey, Strezhnev and Voeten), 1946–2024: a CSV (.gz)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from dashboard.official.importers.common import ImportFailed

COLUMNS = {"iso3c": "iso3", "countryname": "country", "year": "year", "idealpointfp": "ideal_point"}
QUANTILES = {"q5fp": "low_5", "q95fp": "high_95", "nvotesfp": "votes"}
PROVENANCE = {
    "dataset": "United Nations General Assembly Voting Data: ideal points, July 2025 release",
    "source": "Erik Voeten, 'United Nations General Assembly Voting Data', Harvard Dataverse, hdl:1902.1/12379",
    "licence": "CC0 1.0",
    "citation": "Bailey, Michael A., Anton Strezhnev and Erik Voeten (2017), 'Estimating dynamic state "
    "preferences from United Nations voting data', Journal of Conflict Resolution 61(2): 430–56; and "
    "Erik Voeten, 'United Nations General Assembly Voting Data', Harvard Dataverse, hdl:1902.1/12379.",
    "columns": "ideal_point is idealpointfp (final-passage votes); low_5 and high_95 its posterior 5 % and 95 % "
    "quantiles; votes the number of votes it rests on.",
}


def find(path: Path) -> Path | None:
    if path.is_file() and path.name.lower().startswith("idealpoints"):
        return path
    if path.is_dir():
        files = sorted(path.glob("Idealpoints*.csv*"))
        return files[-1] if files else None
    return None


def looks_like(path: Path) -> bool:
    return find(path) is not None


def read_idealpoints(path: Path) -> tuple[pd.DataFrame, list[str]]:
    """One row per state and year with an estimate; rows without an ISO code or estimate are counted, not kept."""
    source = find(path)
    assert source is not None
    try:
        raw = pd.read_csv(source)
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError, EOFError, OSError) as exc:
        raise ImportFailed(f"{source}: not a readable CSV ({exc})") from exc
    missing = [c for c in [*COLUMNS, *QUANTILES] if c not in raw.columns]
    if missing:
        raise ImportFailed(f"{source}: missing column(s) {', '.join(missing)}")
    table = raw.rename(columns=COLUMNS | QUANTILES)[[*COLUMNS.values(), *QUANTILES.values()]]
    no_code = table["iso3"].isna()
    no_value = table["ideal_point"].isna() & ~no_code
    table = table[~no_code & ~no_value].astype({"year": "int16", "iso3": str, "country": str})
    details = [
        f"ideal points: {len(table):,} state-years, {table['year'].min()}–{table['year'].max()}, "
        f"{table['iso3'].nunique()} states; left out: {int(no_code.sum())} rows without a country code, "
        f"{int(no_value.sum())} without a final-passage estimate"
    ]
    return table.sort_values(["iso3", "year"]).reset_index(drop=True), details
