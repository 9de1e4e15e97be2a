"""CSV tables and the Frictionless data package: the files the CLI writes and the app offers."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pandas as pd

from dashboard.curated.tables import COLUMNS, FOREIGN_KEYS, INTEGER_COLUMNS, PRIMARY_KEYS
from dashboard.safecsv import csv_bytes

PACKAGE_NAME = "un-votes-and-positions"


def descriptor(names: list[str]) -> dict:
    """The Frictionless data package descriptor: every field, its type and description, and the keys."""
    resources = []
    for name in names:
        fields = [
            {"name": column, "type": "integer" if column in INTEGER_COLUMNS else "string", "description": text}
            for column, text in COLUMNS[name].items()
        ]
        schema: dict = {"fields": fields, "primaryKey": [PRIMARY_KEYS[name]]}
        keys = [
            {"fields": [column], "reference": {"resource": "" if target == name else target, "fields": [target_field]}}
            for column, target, target_field in FOREIGN_KEYS.get(name, [])
            if target in names
        ]
        if keys:
            schema["foreignKeys"] = keys
        resources.append(
            {
                "name": name,
                "path": f"{name}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": schema,
            }
        )
    return {
        "profile": "tabular-data-package",
        "name": PACKAGE_NAME,
        "title": "UN votes and state positions on North Korea's human rights record, from news articles",
        "description": "Curated facts (events, votes, sponsorships, positions), each with verbatim evidence "
        "from its source article (evidence.csv).",
        "licenses": [
            {
                "name": "CC-BY-4.0",
                "title": "Curated tables: Creative Commons Attribution 4.0",
                "path": "https://creativecommons.org/licenses/by/4.0/",
            }
        ],
        "sources": [{"title": "News articles listed in sources.csv; quoted passages remain the publishers' copyright"}],
        "resources": resources,
    }


def package_files(frames: dict[str, pd.DataFrame]) -> dict[str, bytes]:
    """File name → content for every table and datapackage.json."""
    files = {f"{name}.csv": csv_bytes(df) for name, df in frames.items() if name in COLUMNS}
    names = [name for name in frames if name in COLUMNS]
    files["datapackage.json"] = json.dumps(descriptor(names), indent=2, ensure_ascii=False).encode("utf-8")
    return files


def write_package(frames: dict[str, pd.DataFrame], out: Path) -> list[Path]:
    """Write the CSVs and datapackage.json into out; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, content in package_files(frames).items():
        path = out / filename
        path.write_bytes(content)
        written.append(path)
    return written


def package_zip(frames: dict[str, pd.DataFrame]) -> bytes:
    """The whole data package as one zip."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for filename, content in package_files(frames).items():
            archive.writestr(f"{PACKAGE_NAME}/{filename}", content)
    return buffer.getvalue()


def read_table(path: Path, name: str) -> pd.DataFrame:
    """Read an exported CSV back with the table's dtypes."""
    dtypes = {c: ("Int64" if c in INTEGER_COLUMNS else "string") for c in COLUMNS[name]}
    return pd.read_csv(path, dtype=dtypes, keep_default_na=False, na_values=[""])
