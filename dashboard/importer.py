"""`python -m dashboard import-votes PATH`: official roll calls from a file the user downloaded.

Reads the UN Digital Library's General Assembly voting CSV (the July 2025 layout: ms_code, ms_vote
with Y/N/A/X; and the September 2024 layout: ms_codes, ms_votes with NV, plural column names) or
the unvotes/Voeten tables (a folder, or one of its files). Writes the normalised tables of
dashboard.rollcalls to a temporary folder and swaps it in only when everything was read, so a
malformed or unknown file leaves the existing data untouched.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pycountry

from dashboard import rollcalls

UNDL_VOTES = {"Y": "yes", "N": "no", "A": "abstain", "X": "non_voting", "NV": "non_voting"}
#: Column names of the two Library layouts (plural, September 2024 → singular, July 2025).
ALIASES = {
    "ms_codes": "ms_code",
    "ms_names": "ms_name",
    "ms_votes": "ms_vote",
    "resolutions": "resolution",
    "agenda_titles": "agenda_title",
}
REQUIRED = ["undl_id", "ms_code", "ms_name", "ms_vote", "date", "resolution", "title"]
HISTORICAL_ISO3 = {"CSK", "YUG", "DDR", "YMD", "XZZ"}


class ImportFailed(Exception):
    """A file that cannot be imported; the message names the file, row and column."""


@dataclass
class ImportReport:
    layout: str
    rows: int
    roll_calls: int
    first_date: str
    last_date: str
    unmapped: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = (
            f"imported {self.layout}: {self.rows:,} votes in {self.roll_calls:,} roll calls, "
            f"{self.first_date} to {self.last_date}"
        )
        if self.unmapped:
            text += f"; not mapped to a country (left out): {', '.join(self.unmapped)}"
        return text


def is_iso3(code: str) -> bool:
    return code in HISTORICAL_ISO3 or pycountry.countries.get(alpha_3=code) is not None


def read_undl(path: Path) -> tuple[rollcalls.RollCalls, str, list[str]]:
    """The Library's CSV in either layout → normalised tables."""
    try:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise ImportFailed(f"{path}: not a readable UTF-8 CSV ({exc})") from exc
    plural = "ms_codes" in raw.columns
    raw = raw.rename(columns=ALIASES)
    missing = [c for c in REQUIRED if c not in raw.columns]
    if missing:
        raise ImportFailed(f"{path}: not a UN Digital Library voting file: missing column(s) {', '.join(missing)}")
    layout = "UN Digital Library voting CSV (" + ("September 2024 layout" if plural else "July 2025 layout") + ")"
    for column in ("undl_id", "date"):
        bad = raw[raw[column].str.strip() == ""]
        if not bad.empty:
            raise ImportFailed(f"{path}:row {bad.index[0] + 2}:{column}: empty")
    votes = raw["ms_vote"].str.strip().str.upper()
    unknown = votes[~votes.isin(UNDL_VOTES) & (votes != "")]
    if not unknown.empty:
        row = unknown.index[0]
        raise ImportFailed(
            f"{path}:row {row + 2}:ms_vote: unknown vote {raw.at[row, 'ms_vote']!r} (expected Y, N, A, X or NV)"
        )
    dates = pd.to_datetime(raw["date"], errors="coerce")
    if dates.isna().any():
        row = dates[dates.isna()].index[0]
        raise ImportFailed(f"{path}:row {row + 2}:date: not a date: {raw.at[row, 'date']!r}")
    ids = pd.to_numeric(raw["undl_id"], errors="coerce")
    if ids.isna().any():
        row = ids[ids.isna()].index[0]
        raise ImportFailed(f"{path}:row {row + 2}:undl_id: not a number: {raw.at[row, 'undl_id']!r}")
    raw = raw.assign(rcid=ids.astype("int64"), vote=votes.map(UNDL_VOTES).fillna("non_voting"), when=dates)
    codes = raw["ms_code"].str.strip().str.upper()
    mapped = codes.map(lambda c: c if is_iso3(c) else None)
    unmapped = sorted(
        {
            f"{n} ({c or 'no code'})"
            for n, c in zip(raw.loc[mapped.isna(), "ms_name"], codes[mapped.isna()], strict=True)
        }
    )
    calls = raw.drop_duplicates("rcid")
    session = calls["session"] if "session" in calls.columns else calls["resolution"].map(_session_of)
    titles = calls["title"].map(rollcalls.repair_text)
    roll_calls = (
        pd.DataFrame(
            {
                "rcid": calls["rcid"].astype("int32"),
                "session": pd.to_numeric(session, errors="coerce").fillna(0).astype("int16"),
                "date": calls["when"],
                "year": calls["when"].dt.year.astype("int16"),
                "symbol": calls["resolution"].str.strip().replace("", None),
                "title": [t for t, _ in titles],
                "short": calls.get("agenda_title", pd.Series("", index=calls.index)).fillna(""),
                "text_damaged": [d for _, d in titles],
                "topics": calls.get("subjects", pd.Series("", index=calls.index)).fillna(""),
                "important": pd.array([pd.NA] * len(calls), dtype="boolean"),
                "amend": pd.array([pd.NA] * len(calls), dtype="boolean"),
                "para": pd.array([pd.NA] * len(calls), dtype="boolean"),
            }
        )
        .sort_values("rcid")
        .reset_index(drop=True)
    )
    keep = mapped.notna()
    table = pd.DataFrame(
        {
            "rcid": raw.loc[keep, "rcid"].astype("int32"),
            "iso3": mapped[keep].astype("category"),
            "vote": pd.Categorical(raw.loc[keep, "vote"], categories=rollcalls.VOTE_VALUES),
        }
    ).reset_index(drop=True)
    names = raw.loc[keep].assign(iso3=mapped[keep]).drop_duplicates("iso3", keep="last")
    countries = pd.DataFrame({"iso3": names["iso3"], "name": names["ms_name"].str.strip()}).sort_values("name")
    prov = rollcalls.provenance(roll_calls, table, f"{layout}, file {path.name}", unmapped)
    prov["licence"] = "UN Digital Library: the United Nations' terms of use"
    return rollcalls.RollCalls(roll_calls, table, countries.reset_index(drop=True), prov), layout, unmapped


def _session_of(symbol: str) -> str:
    match = re.match(r"A/RES/(\d+)/", symbol.strip())
    return match.group(1) if match else "0"


def read_any(path: Path, scratch: Path) -> tuple[rollcalls.RollCalls, str, list[str]]:
    """Tables from the Library's CSV or the unvotes folder (written to scratch for the latter)."""
    if not path.exists():
        raise ImportFailed(f"{path}: no such file or folder")
    folder = path if path.is_dir() else path.parent
    unvotes = any((folder / f"un_roll_calls.csv{ext}").exists() for ext in (".gz", ""))
    if path.is_dir() or (unvotes and path.name.startswith("un_")):
        if not unvotes:
            raise ImportFailed(f"{path}: a folder without un_roll_calls.csv(.gz) and un_votes.csv(.gz)")
        try:
            tables = rollcalls.build_from_unvotes(folder, scratch)
        except (KeyError, ValueError, pd.errors.ParserError) as exc:
            raise ImportFailed(f"{folder}: unvotes tables not readable: {exc}") from exc
        return tables, "unvotes tables", tables.provenance["unmapped_countries"]
    return read_undl(path)


def import_votes(path: Path, out_dir: Path) -> ImportReport:
    """Read PATH and replace out_dir's tables with it, all or nothing."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".import-", dir=out_dir.parent))
    try:
        tables, layout, unmapped = read_any(path, scratch)
        if tables.votes.empty:
            raise ImportFailed(f"{path}: no votes could be read")
        rollcalls.write_tables(tables, scratch)
        backup = out_dir.with_name(out_dir.name + ".previous")
        if out_dir.exists():
            shutil.rmtree(backup, ignore_errors=True)
            out_dir.rename(backup)
        scratch.rename(out_dir)
        shutil.rmtree(backup, ignore_errors=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    calls = tables.roll_calls
    return ImportReport(
        layout,
        len(tables.votes),
        len(calls),
        str(calls["date"].min().date()),
        str(calls["date"].max().date()),
        unmapped,
    )


def main(path: str, out_dir: str) -> int:
    """The command: a summary line and exit 0, or one clear error line and exit 1."""
    try:
        report = import_votes(Path(path), Path(out_dir))
    except ImportFailed as exc:
        print(f"error: {exc}; nothing was changed", file=sys.stderr)
        return 1
    print(report.summary())
    return 0
