"""The UN Digital Library's General Assembly voting CSV: the July 2025 layout (ms_code, ms_vote with
Y/N/A/X) and the September 2024 layout (ms_codes, ms_votes with NV, plural column names)."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from dashboard.official import rollcalls
from dashboard.official.importers.common import ImportFailed

UNDL_VOTES = {"Y": "yes", "N": "no", "A": "abstain", "X": "non_voting", "NV": "non_voting", "": "non_voting"}
#: Column names of the two Library layouts (plural, September 2024 → singular, July 2025).
ALIASES = {
    "ms_codes": "ms_code",
    "ms_names": "ms_name",
    "ms_votes": "ms_vote",
    "resolutions": "resolution",
    "agenda_titles": "agenda_title",
    "yes": "total_yes",
    "no": "total_no",
    "abstentions": "total_abstentions",
    "non-voting": "total_non_voting",
}
REQUIRED = ["undl_id", "ms_code", "ms_name", "ms_vote", "date", "resolution", "title"]
#: Columns that must agree on every row of one roll call.
PER_CALL = ["date", "resolution", "title", "session"]
TOTALS = {"yes": "total_yes", "no": "total_no", "abstain": "total_abstentions", "non_voting": "total_non_voting"}


def _fail(path: Path, index: int, column: str, message: str) -> ImportFailed:
    return ImportFailed(f"{path}:row {index + 2}:{column}: {message}")  # row 1 is the header


def _first(mask: pd.Series) -> int:
    return int(mask.to_numpy().nonzero()[0][0])


def read_csv(path: Path) -> pd.DataFrame:
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed(f"{path}:row {_undecodable_line(path)}: not UTF-8 text ({exc.reason})") from exc
    except (pd.errors.ParserError, pd.errors.EmptyDataError, EOFError, OSError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ImportFailed(f"{path}: not a readable UTF-8 CSV ({reason})") from exc


def _undecodable_line(path: Path) -> int:
    """The first line (1 = header) that is not UTF-8; 0 where the file is compressed or unreadable as lines."""
    try:
        with path.open("rb") as f:
            for number, line in enumerate(f, start=1):
                try:
                    line.decode("utf-8")
                except UnicodeDecodeError:
                    return number
    except OSError:
        pass
    return 0


def check_undl(raw: pd.DataFrame, path: Path) -> pd.DataFrame:
    """Validated rows with rcid, vote, when and iso3 (None where unmapped) added."""
    if raw.empty:
        raise ImportFailed(f"{path}: no rows")
    for column in ("undl_id", "date", "resolution"):
        blank = raw[column].str.strip() == ""
        if blank.any():
            raise _fail(path, _first(blank), column, "empty")
    votes = raw["ms_vote"].str.strip().str.upper()
    unknown = ~votes.isin(UNDL_VOTES)
    if unknown.any():
        row = _first(unknown)
        raise _fail(path, row, "ms_vote", f"unknown vote {raw.at[row, 'ms_vote']!r} (expected Y, N, A, X or NV)")
    dates = pd.to_datetime(raw["date"].str.strip(), errors="coerce", format="ISO8601")
    if dates.isna().any():
        row = _first(dates.isna())
        raise _fail(path, row, "date", f"not a date: {raw.at[row, 'date']!r}")
    ids = pd.to_numeric(raw["undl_id"], errors="coerce")
    if ids.isna().any() or (ids % 1 != 0).any() or (ids.abs() >= 2**31).any():
        row = _first(ids.isna() | (ids % 1 != 0) | (ids.abs() >= 2**31))
        raise _fail(path, row, "undl_id", f"not a record number: {raw.at[row, 'undl_id']!r}")
    if "session" not in raw.columns:  # the September 2024 layout: from the symbol
        raw = raw.assign(session=raw["resolution"].map(_session_of))
    sessions = pd.to_numeric(raw["session"], errors="coerce")
    if sessions.isna().any():
        row = _first(sessions.isna())
        raise _fail(path, row, "session", f"not a session number: {raw.at[row, 'session']!r}")
    out = raw.assign(rcid=ids.astype("int64"), vote=votes.map(UNDL_VOTES), when=dates, session=sessions.astype(int))
    for column in PER_CALL:
        differs = out.groupby("rcid")[column].transform("nunique") > 1
        if differs.any():
            row = _first(differs)
            raise _fail(path, row, column, f"differs between rows of record {out.at[row, 'rcid']}")
    codes = out["ms_code"].str.strip().str.upper()
    out["iso3"] = codes.where(codes.map(rollcalls.is_iso3), None)
    twice = out["iso3"].notna() & out.duplicated(["rcid", "iso3"])
    if twice.any():
        row = _first(twice)
        raise _fail(path, row, "ms_code", f"a second vote of {codes.iloc[row]} in record {out.at[row, 'rcid']}")
    return out


def _session_of(symbol: str) -> str:
    match = re.match(r"A/RES/(?:ES-|S-)?(\d+)/", symbol.strip())
    return match.group(1) if match else ""


def totals_mismatches(rows: pd.DataFrame) -> list[str]:
    """Roll calls whose stated totals (total_yes, …) differ from the counts of their rows."""
    present = {vote: column for vote, column in TOTALS.items() if column in rows.columns}
    if not present:
        return []
    counts = rows.groupby(["rcid", "vote"]).size().unstack(fill_value=0)
    stated = rows.drop_duplicates("rcid").set_index("rcid")
    out = []
    for rcid, row in stated.iterrows():
        for vote, column in present.items():
            given = pd.to_numeric(row[column], errors="coerce")
            if pd.notna(given) and int(given) != int(counts.at[rcid, vote] if vote in counts.columns else 0):
                out.append(f"{row['resolution'] or rcid} ({vote}: {int(given)} stated)")
                break
    return out


def read_undl(path: Path) -> tuple[rollcalls.RollCalls, str, list[str], list[str]]:
    """The Library's CSV in either layout → normalised tables, layout, unmapped states, total mismatches."""
    raw = read_csv(path)
    plural = "ms_codes" in raw.columns
    raw = raw.rename(columns=ALIASES)
    missing = [c for c in REQUIRED if c not in raw.columns]
    if missing:
        raise ImportFailed(f"{path}: not a UN Digital Library voting file: missing column(s) {', '.join(missing)}")
    layout = "UN Digital Library voting CSV (" + ("September 2024 layout" if plural else "July 2025 layout") + ")"
    rows = check_undl(raw, path)
    lost = rows["iso3"].isna()
    unmapped = sorted(
        {
            f"{n.strip()} ({c.strip() or 'no code'})"
            for n, c in zip(rows.loc[lost, "ms_name"], rows.loc[lost, "ms_code"], strict=True)
        }
    )
    calls = rows.drop_duplicates("rcid")
    titles = [rollcalls.repair_text(t) for t in calls["title"]]
    blank = pd.Series("", index=calls.index)
    roll_calls = (
        pd.DataFrame(
            {
                "rcid": calls["rcid"].astype("int32"),
                "session": calls["session"].astype("int16"),
                "date": calls["when"].astype("datetime64[ms]"),
                "year": calls["when"].dt.year.astype("int16"),
                "symbol": calls["resolution"].str.strip().map(rollcalls.normalise_symbol),
                "title": [t for t, _, _ in titles],
                "short": calls.get("agenda_title", blank).str.strip(),
                "text_repaired": [r for _, r, _ in titles],
                "text_damaged": [d for _, _, d in titles],
                "topics": calls.get("subjects", blank).str.strip(),
                "important": pd.array([pd.NA] * len(calls), dtype="boolean"),
                "amend": pd.array([pd.NA] * len(calls), dtype="boolean"),
                "para": pd.array([pd.NA] * len(calls), dtype="boolean"),
            }
        )
        .sort_values("rcid")
        .reset_index(drop=True)
    )
    roll_calls = rollcalls.conform(roll_calls, "UN Digital Library")
    kept = rows[~lost]
    votes = rollcalls.make_votes(kept["rcid"], kept["iso3"], kept["vote"], path)
    countries = rollcalls.countries_table(kept["iso3"], kept["ms_name"], kept["when"])
    prov = rollcalls.provenance(roll_calls, votes, f"{layout}, file {path.name}", unmapped)
    prov.update(
        source="United Nations Dag Hammarskjöld Library, General Assembly Voting Data (UN Digital Library 4060887)",
        version=f"file {path.name} as downloaded by the user",
        licence="UN Digital Library: the United Nations' terms of use",
        citation="United Nations Digital Library, General Assembly Voting Data, record 4060887",
    )
    return rollcalls.RollCalls(roll_calls, votes, countries, prov), layout, unmapped, totals_mismatches(rows)
