"""The unvotes / Voeten tables (un_roll_calls, un_votes, un_roll_call_issues; .csv.gz or .csv)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from dashboard.official.rollcalls import (
    ROLLCALL_DIR,
    UNVOTES_COMMIT,
    VOTE_VALUES,
    RollCalls,
    SourceError,
    conform,
    countries_table,
    derive_members,
    iso3_of,
    make_votes,
    normalise_symbol,
    provenance,
    redate,
    repair_text,
    write_tables,
)


def flag(series: pd.Series) -> pd.Series:
    """'1' / '0' / '' → True / False / missing."""
    return series.map({"1": True, "0": False, "1.0": True, "0.0": False}).astype("boolean")


def require(df: pd.DataFrame, columns: list[str], path: Path) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise SourceError(f"{path}: missing column(s) {', '.join(missing)}")


def normalise_roll_calls(raw: pd.DataFrame, issues: pd.DataFrame | None, path: Path) -> pd.DataFrame:
    """The unvotes roll-call table in normalised form."""
    require(raw, ["rcid", "session", "importantvote", "date", "unres", "amend", "para", "short", "descr"], path)
    for column in ("rcid", "session", "date"):
        values = (
            pd.to_numeric(raw[column], errors="coerce")
            if column != "date"
            else pd.to_datetime(raw[column], errors="coerce", format="%Y-%m-%d")
        )
        if values.isna().any():
            row = int(values.isna().to_numpy().nonzero()[0][0])
            raise SourceError(f"{path}:row {row + 2}:{column}: not valid: {raw[column].iloc[row]!r}")
    titles = [repair_text(t) for t in raw["descr"].astype(str)]
    shorts = [repair_text(t) for t in raw["short"].astype(str)]
    topics = pd.Series("", index=raw.index)
    if issues is not None and not issues.empty:
        grouped = issues.groupby("rcid")["issue"].agg(lambda s: "; ".join(sorted(set(s))))
        topics = raw["rcid"].astype(int).map(grouped).fillna("")
    dates = pd.to_datetime(raw["date"], format="%Y-%m-%d")
    out = pd.DataFrame(
        {
            "rcid": raw["rcid"].astype(int).astype("int32"),
            "session": pd.to_numeric(raw["session"]).astype("int16"),
            "date": dates.astype("datetime64[ms]"),
            "year": dates.dt.year.astype("int16"),
            "symbol": raw["unres"].astype(str).map(normalise_symbol),
            "title": [t for t, _, _ in titles],
            "short": [s for s, _, _ in shorts],
            "text_repaired": [a[1] or b[1] for a, b in zip(titles, shorts, strict=True)],
            "text_damaged": [a[2] or b[2] for a, b in zip(titles, shorts, strict=True)],
            "topics": topics.astype(str),
            "important": flag(raw["importantvote"].astype(str)),
            "amend": flag(raw["amend"].astype(str)),
            "para": flag(raw["para"].astype(str)),
        }
    )
    if out["rcid"].duplicated().any():
        row = int(out["rcid"].duplicated().to_numpy().nonzero()[0][0])
        raise SourceError(f"{path}:row {row + 2}:rcid: duplicate roll call {out['rcid'].iloc[row]}")
    return out.sort_values("rcid").reset_index(drop=True)


def normalise_votes(raw: pd.DataFrame, dates: pd.Series, path: Path) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """(votes, countries, names that could not be mapped) from the unvotes vote table; dates by rcid."""
    require(raw, ["rcid", "country", "country_code", "vote"], path)
    bad = ~raw["vote"].isin(VOTE_VALUES[:3])
    if bad.any():
        row = int(bad.to_numpy().nonzero()[0][0])
        value = raw["vote"].iloc[row]
        raise SourceError(f"{path}:row {row + 2}:vote: unknown vote {value!r} (expected yes, no or abstain)")
    unknown = ~raw["rcid"].isin(dates.index)
    if unknown.any():
        row = int(unknown.to_numpy().nonzero()[0][0])
        raise SourceError(f"{path}:row {row + 2}:rcid: no roll call {raw['rcid'].iloc[row]} in un_roll_calls")
    pairs = raw[["country", "country_code"]].drop_duplicates()
    mapping = {(r.country, r.country_code): iso3_of(r.country_code, r.country) for r in pairs.itertuples()}
    unmapped = sorted(f"{name} ({code or 'no code'})" for (name, code), iso in mapping.items() if iso is None)
    iso = pd.Series([mapping[k] for k in zip(raw["country"], raw["country_code"], strict=True)], index=raw.index)
    keep = iso.notna()
    kept = raw[keep]
    iso = redate(iso[keep], kept["rcid"].map(dates))
    votes = make_votes(kept["rcid"], iso, kept["vote"], path)
    return votes, countries_table(iso, kept["country"], kept["rcid"]), unmapped


def read_source_csv(path: Path, **kwargs: object) -> pd.DataFrame:
    try:
        return pd.read_csv(path, keep_default_na=False, **kwargs)
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError, EOFError, OSError) as exc:
        raise SourceError(f"{path}: not a readable CSV ({exc})") from exc


def build_from_unvotes(src_dir: Path, out_dir: Path = ROLLCALL_DIR) -> RollCalls:
    """Read the three unvotes tables (un_*.csv.gz, or .csv) and write the normalised Parquet tables."""
    src_dir = Path(src_dir)

    def find(stem: str) -> Path:
        gz = src_dir / f"{stem}.csv.gz"
        return gz if gz.exists() else src_dir / f"{stem}.csv"

    calls_path, votes_path, issues_path = find("un_roll_calls"), find("un_votes"), find("un_roll_call_issues")
    raw_calls = read_source_csv(calls_path, dtype=str)
    issues = read_source_csv(issues_path, dtype={"rcid": int}) if issues_path.exists() else None
    if issues is not None:
        require(issues, ["rcid", "issue"], issues_path)
    roll_calls = normalise_roll_calls(raw_calls, issues, calls_path)
    raw_votes = read_source_csv(votes_path, dtype=str)
    require(raw_votes, ["rcid"], votes_path)
    ids = pd.to_numeric(raw_votes["rcid"], errors="coerce")
    if ids.isna().any():
        row = int(ids.isna().to_numpy().nonzero()[0][0])
        raise SourceError(f"{votes_path}:row {row + 2}:rcid: not a number: {raw_votes['rcid'].iloc[row]!r}")
    raw_votes["rcid"] = ids.astype(int)
    votes, countries, unmapped = normalise_votes(raw_votes, roll_calls.set_index("rcid")["date"], votes_path)
    dataset = f"unvotes (Voeten UNGA voting data), R package commit {UNVOTES_COMMIT}"
    prov = provenance(roll_calls, votes, dataset, unmapped)
    roll_calls = conform(roll_calls, "unvotes")
    tables = RollCalls(roll_calls, votes, countries, prov, derive_members(roll_calls, votes))
    write_tables(tables, Path(out_dir))
    return tables
