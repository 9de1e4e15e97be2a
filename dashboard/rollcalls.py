"""Official General Assembly roll calls: normalised tables in data/rollcalls/, and views of them.

Tables (Parquet, zstd):
- roll_calls: one row per roll call (rcid, session, date, year, symbol, title, short, topics,
  important, amend, para, text_damaged).
- votes: one row per state per roll call as recorded (rcid, iso3, vote in yes/no/abstain/non_voting).
- countries: iso3 → name (the name the record uses last).
- provenance.json: dataset, version, licence, counts and the normalisation choices.

Members who did not vote: the unvotes tables have no row for them, so a roll call's absent
members are derived as the states with a recorded vote in the same session and none on that roll
call (`members_of_session`). Files that record non-voting themselves (the UN Digital Library's X
or NV) keep those rows as `non_voting`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import ftfy
import pandas as pd
import pycountry

from dashboard.export import csv_bytes

ROLLCALL_DIR = Path(__file__).resolve().parent.parent / "data" / "rollcalls"
VOTE_VALUES = ["yes", "no", "abstain", "non_voting"]
TOPIC_NAMES = {
    "me": "Palestinian conflict",
    "nu": "Nuclear weapons and nuclear material",
    "di": "Arms control and disarmament",
    "hr": "Human rights",
    "co": "Colonialism",
    "ec": "Economic development",
}
#: States without an ISO 3166-1 code of their own in the record, and the code chosen for each.
HISTORICAL = {
    "CS": "CSK",  # Czechoslovakia (ISO 3166-3)
    "YU": "YUG",  # Yugoslavia (ISO 3166-3)
    "DD": "DDR",  # German Democratic Republic (ISO 3166-3)
    "YD": "YMD",  # Yemen People's Republic, South Yemen (ISO 3166-3)
}
BY_NAME = {
    # The Federal Republic's seat continued as Germany's in 1990: one series, DEU.
    "Federal Republic of Germany": "DEU",
    # The Yemen Arab Republic's seat continued as Yemen's in 1990: one series, YEM.
    "Yemen Arab Republic": "YEM",
    # Zanzibar voted twice (1963) before the union with Tanganyika: a user-assigned code (ISO's XAA–XZZ range).
    "Zanzibar": "XZZ",
}
HISTORICAL_NAMES = {
    "CSK": "Czechoslovakia",
    "YUG": "Yugoslavia",
    "DDR": "German Democratic Republic",
    "YMD": "Yemen People's Republic",
    "XZZ": "Zanzibar",
}
DAMAGE = re.compile(r"\?[ÃÂÆ€™ƒ\u00a0-\u00ff]*(?=\w)|[ÃÂ][\u0080-\u00ff]")


@dataclass
class RollCalls:
    """The normalised roll-call tables."""

    roll_calls: pd.DataFrame
    votes: pd.DataFrame
    countries: pd.DataFrame
    provenance: dict

    @property
    def names(self) -> dict[str, str]:
        return dict(zip(self.countries["iso3"], self.countries["name"], strict=True))


def iso3_of(code: str, name: str) -> str | None:
    """ISO 3166-1 alpha-3 for a record's alpha-2 code (or name, where it has no code)."""
    if name in BY_NAME:
        return BY_NAME[name]
    if code in HISTORICAL:
        return HISTORICAL[code]
    country = pycountry.countries.get(alpha_2=code) if code else None
    return country.alpha_3 if country else None


def normalise_symbol(value: str) -> str | None:
    """`R/69/188` → `A/RES/69/188`; special (SS) and emergency special (ES) sessions likewise."""
    value = value.strip()
    if not value:
        return None
    for prefix, session in (("R/", ""), ("SS/", "S-"), ("ES/", "ES-")):
        if value.startswith(prefix):
            return f"A/RES/{session}{value[len(prefix) :]}"
    return value


def repair_text(text: str) -> tuple[str, bool]:
    """Mojibake repaired by ftfy; what stays damaged is marked with � and flagged."""
    fixed = " ".join(ftfy.fix_text(text, uncurl_quotes=False).split())
    damaged = bool(DAMAGE.search(fixed))
    return (DAMAGE.sub("�", fixed) if damaged else fixed), damaged


def flag(series: pd.Series) -> pd.Series:
    """'1' / '0' / '' → True / False / missing."""
    return series.map({"1": True, "0": False}).astype("boolean")


def normalise_roll_calls(raw: pd.DataFrame, issues: pd.DataFrame | None) -> pd.DataFrame:
    """The unvotes roll-call table in normalised form."""
    titles = raw["descr"].astype(str).map(repair_text)
    shorts = raw["short"].astype(str).map(repair_text)
    topics = pd.Series("", index=raw.index)
    if issues is not None and not issues.empty:
        grouped = issues.groupby("rcid")["issue"].agg(lambda s: "; ".join(sorted(set(s))))
        topics = raw["rcid"].map(grouped).fillna("")
    dates = pd.to_datetime(raw["date"], errors="raise")
    out = pd.DataFrame(
        {
            "rcid": raw["rcid"].astype("int32"),
            "session": pd.to_numeric(raw["session"]).astype("int16"),
            "date": dates.dt.date,
            "year": dates.dt.year.astype("int16"),
            "symbol": raw["unres"].astype(str).map(normalise_symbol),
            "title": [t for t, _ in titles],
            "short": [s for s, _ in shorts],
            "text_damaged": [a or b for (_, a), (_, b) in zip(titles, shorts, strict=True)],
            "topics": topics.astype(str),
            "important": flag(raw["importantvote"].astype(str)),
            "amend": flag(raw["amend"].astype(str)),
            "para": flag(raw["para"].astype(str)),
        }
    )
    out["date"] = pd.to_datetime(out["date"])
    return out.sort_values("rcid").reset_index(drop=True)


def normalise_votes(raw: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """(votes, countries, names that could not be mapped) from the unvotes vote table."""
    pairs = raw[["country", "country_code"]].drop_duplicates()
    mapping = {(r.country, r.country_code): iso3_of(r.country_code, r.country) for r in pairs.itertuples()}
    unmapped = sorted(f"{name} ({code or 'no code'})" for (name, code), iso in mapping.items() if iso is None)
    iso = pd.Series([mapping[k] for k in zip(raw["country"], raw["country_code"], strict=True)], index=raw.index)
    keep = iso.notna()
    votes = pd.DataFrame(
        {
            "rcid": raw.loc[keep, "rcid"].astype("int32"),
            "iso3": iso[keep].astype("category"),
            "vote": pd.Categorical(raw.loc[keep, "vote"], categories=VOTE_VALUES),
        }
    )
    countries = (
        pd.DataFrame({"iso3": iso[keep], "name": raw.loc[keep, "country"], "rcid": raw.loc[keep, "rcid"]})
        .sort_values("rcid")
        .drop_duplicates("iso3", keep="last")[["iso3", "name"]]
    )
    return votes.reset_index(drop=True), countries.sort_values("name").reset_index(drop=True), unmapped


def write_tables(tables: RollCalls, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    tables.roll_calls.to_parquet(out_dir / "roll_calls.parquet", compression="zstd", index=False)
    tables.votes.to_parquet(out_dir / "votes.parquet", compression="zstd", index=False)
    tables.countries.to_parquet(out_dir / "countries.parquet", compression="zstd", index=False)
    (out_dir / "provenance.json").write_text(json.dumps(tables.provenance, indent=2, ensure_ascii=False) + "\n")


def provenance(roll_calls: pd.DataFrame, votes: pd.DataFrame, dataset: str, unmapped: list[str]) -> dict:
    return {
        "dataset": dataset,
        "licence": "CC0 1.0",
        "citation": "Erik Voeten, 'United Nations General Assembly Voting Data', Harvard Dataverse, hdl:1902.1/12379",
        "roll_calls": int(len(roll_calls)),
        "votes": int(len(votes)),
        "first_date": str(roll_calls["date"].min().date()),
        "last_date": str(roll_calls["date"].max().date()),
        "unmapped_countries": unmapped,
        "normalisation": {
            "countries": "ISO 3166-1 alpha-3 via pycountry; CSK, YUG, DDR, YMD from ISO 3166-3; the Federal Republic "
            "of Germany as DEU and the Yemen Arab Republic as YEM (their seats continued in 1990); Zanzibar as XZZ.",
            "symbols": "R/69/188 → A/RES/69/188; SS/n/x → A/RES/S-n/x; ES/n/x → A/RES/ES-n/x; others as given.",
            "text": "Mojibake repaired with ftfy; characters lost in the source show as � and set text_damaged.",
            "non_voting": "Recorded where the file records it (X, NV); otherwise derived per roll call as the states "
            "with a recorded vote in the same session and none on that roll call.",
        },
    }


def build_from_unvotes(src_dir: Path, out_dir: Path = ROLLCALL_DIR) -> RollCalls:
    """Read the three unvotes tables and write the normalised Parquet tables."""
    raw_calls = pd.read_csv(src_dir / "un_roll_calls.csv.gz", keep_default_na=False, dtype=str)
    raw_calls["rcid"] = raw_calls["rcid"].astype(int)
    issues_path = src_dir / "un_roll_call_issues.csv.gz"
    issues = pd.read_csv(issues_path) if issues_path.exists() else None
    raw_votes = pd.read_csv(src_dir / "un_votes.csv.gz", keep_default_na=False, dtype={"rcid": int})
    roll_calls = normalise_roll_calls(raw_calls, issues)
    votes, countries, unmapped = normalise_votes(raw_votes)
    dataset = "unvotes (Voeten UNGA voting data), R package commit 7eb7034"
    tables = RollCalls(roll_calls, votes, countries, provenance(roll_calls, votes, dataset, unmapped))
    write_tables(tables, out_dir)
    return tables


def load_rollcalls(data_dir: Path = ROLLCALL_DIR) -> RollCalls:
    """The shipped tables (pure: no caching here; load.py caches)."""
    return RollCalls(
        roll_calls=pd.read_parquet(data_dir / "roll_calls.parquet"),
        votes=pd.read_parquet(data_dir / "votes.parquet"),
        countries=pd.read_parquet(data_dir / "countries.parquet"),
        provenance=json.loads((data_dir / "provenance.json").read_text(encoding="utf-8")),
    )


def members_of_session(rc: RollCalls, session: int) -> set[str]:
    """States with at least one recorded vote in the session: the members the record shows."""
    rcids = rc.roll_calls.loc[rc.roll_calls["session"] == session, "rcid"]
    return set(rc.votes.loc[rc.votes["rcid"].isin(rcids), "iso3"].astype(str))


def roll_call(rc: RollCalls, rcid: int) -> pd.Series | None:
    match = rc.roll_calls[rc.roll_calls["rcid"] == rcid]
    return None if match.empty else match.iloc[0]


def breakdown(rc: RollCalls, rcid: int) -> pd.DataFrame:
    """Every member's vote on one roll call: recorded rows plus derived non-voting members (derived=True)."""
    call = roll_call(rc, rcid)
    if call is None:
        raise KeyError(rcid)
    recorded = rc.votes[rc.votes["rcid"] == rcid]
    rows = pd.DataFrame({"iso3": recorded["iso3"].astype(str), "vote": recorded["vote"].astype(str), "derived": False})
    absent = sorted(members_of_session(rc, int(call["session"])) - set(rows["iso3"]))
    rows = pd.concat([rows, pd.DataFrame({"iso3": absent, "vote": "non_voting", "derived": True})], ignore_index=True)
    rows["country"] = rows["iso3"].map(rc.names).fillna(rows["iso3"])
    rows.insert(0, "rcid", rcid)
    return rows.sort_values(["vote", "country"]).reset_index(drop=True)[["rcid", "iso3", "country", "vote", "derived"]]


def tallies(rc: RollCalls, rcids: pd.Series | None = None) -> pd.DataFrame:
    """Recorded yes / no / abstain counts per roll call."""
    votes = rc.votes if rcids is None else rc.votes[rc.votes["rcid"].isin(rcids)]
    counts = votes.groupby(["rcid", "vote"], observed=False).size().unstack(fill_value=0)
    return counts.reindex(columns=["yes", "no", "abstain"], fill_value=0).reset_index()


def tally(rows: pd.DataFrame) -> dict[str, int]:
    """Counts per vote value, computed from the rows."""
    counts = rows["vote"].value_counts()
    return {v: int(counts.get(v, 0)) for v in VOTE_VALUES}


def find_rollcalls(
    rc: RollCalls,
    text: str | None = None,
    years: tuple[int, int] | None = None,
    session: int | None = None,
    topic: str | None = None,
    important: bool | None = None,
) -> pd.DataFrame:
    """Roll calls matching every given filter; text searches symbol, title and short title, ignoring punctuation."""
    df = rc.roll_calls
    if years:
        df = df[(df["year"] >= years[0]) & (df["year"] <= years[1])]
    if session is not None:
        df = df[df["session"] == session]
    if topic:
        df = df[df["topics"].str.contains(topic, regex=False)]
    if important is not None:
        df = df[df["important"].fillna(False) == important]
    if text:  # letters and digits only, so "People's" finds a title whose apostrophe was lost (�)
        needle = re.sub(r"\W|_", "", text.casefold())
        hay = (df["symbol"].fillna("") + " " + df["title"] + " " + df["short"]).str.casefold()
        df = df[hay.str.replace(r"\W|_", "", regex=True).str.contains(needle, regex=False)]
    return df


def series(rc: RollCalls, title_contains: str, iso3: str | None = None) -> pd.DataFrame:
    """Plenary roll calls on one recurring resolution (by title), with one state's vote where given."""
    calls = rc.roll_calls[rc.roll_calls["title"].str.contains(title_contains, case=False, regex=False)]
    calls = calls[~calls["amend"].fillna(False) & ~calls["para"].fillna(False)]
    out = calls[["rcid", "date", "year", "session", "symbol", "title"]].merge(tallies(rc, calls["rcid"]), on="rcid")
    if iso3:
        votes = rc.votes[rc.votes["rcid"].isin(out["rcid"])]
        own = votes[votes["iso3"] == iso3].set_index("rcid")["vote"].astype(str)
        out["vote"] = out["rcid"].map(own).fillna("non_voting (absent or not a member)")
    return out.sort_values("date").reset_index(drop=True)


def votes_csv_bytes(rc: RollCalls) -> bytes:
    """All recorded votes as one CSV (date, symbol and country joined), formula-safe."""
    calls = rc.roll_calls.set_index("rcid")
    table = pd.DataFrame(
        {
            "rcid": rc.votes["rcid"],
            "date": rc.votes["rcid"].map(calls["date"].dt.strftime("%Y-%m-%d")).astype("category"),
            "symbol": rc.votes["rcid"].map(calls["symbol"]).astype("category"),
            "iso3": rc.votes["iso3"],
            "country": rc.votes["iso3"].astype(str).map(rc.names).astype("category"),
            "vote": rc.votes["vote"],
        }
    )
    return csv_bytes(table)
