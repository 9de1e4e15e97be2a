"""Several bodies in one record: ids per source, adding one source's rows, and the counts per body.

Ids (decisions.rcid, int32) are stable per source: each is derived from the source's own key, never
from row order, and each source has its own range (ID_RANGES):
- General Assembly: unvotes' rcid (below 100,000); the GA extract's own decisions 100,000 and up;
- hrc-voting: 1,000,000 + the OHCHR library's record_id;
- the UN HRC extract, for a resolution hrc-voting lacks: 2,000,000 + session × 1,000 + number;
- Security Council resolutions: 3,000,000 + the resolution number (S/RES/2397 → 3,002,397);
- Security Council drafts not adopted (the XML and the veto list share it, so a draft in both is one
  decision): 10,000,000 + CRC-32 of the draft symbol modulo 40,000,000 (a clash fails the import).

An import of one of these sources replaces that source's rows (decisions, votes, sponsorships) and
its body's members in the existing record, and keeps every other row; provenance.json keeps one
entry per source under `sources`, its counts under `by_source` and the counts per body under `bodies`.
"""

from __future__ import annotations

import zlib
from pathlib import Path

import pandas as pd
import pycountry

from dashboard.official import rollcalls

GENERAL_ASSEMBLY = "general_assembly"
HUMAN_RIGHTS_COUNCIL = "human_rights_council"
COMMISSION = "commission_on_human_rights"
SECURITY_COUNCIL = "security_council"
LABELS = {
    GENERAL_ASSEMBLY: "General Assembly",
    HUMAN_RIGHTS_COUNCIL: "Human Rights Council",
    COMMISSION: "Commission on Human Rights",
    SECURITY_COUNCIL: "Security Council",
}
ID_RANGES = {
    "unvotes": (1, 99_999),
    "UN extract": (1, 999_999),  # its own from 100,000; a resolution unvotes also holds keeps unvotes' id
    "hrc-voting": (1_000_000, 1_999_999),
    "UN HRC extract": (2_000_000, 2_999_999),
    "UN SC extract": (3_000_000, 3_999_999),
    "UN SC drafts": (10_000_000, 49_999_999),
    "SC veto list": (10_000_000, 49_999_999),
}
#: Names for codes pycountry does not give (the Republic of China's seat). The USSR is RUS throughout the record.
EXTRA_NAMES = {"TWN": "Taiwan (Republic of China)"}


def hrc_voting_id(record_id: int) -> int:
    return 1_000_000 + int(record_id)


def hrc_extract_id(session: int, number: int) -> int:
    return 2_000_000 + session * 1_000 + number


def sc_resolution_id(number: int) -> int:
    return 3_000_000 + int(number)


def sc_draft_id(symbol: str) -> int:
    """The id of a Security Council draft, from its symbol ('S/2024/255')."""
    key = " ".join(symbol.split()).upper()
    return 10_000_000 + zlib.crc32(key.encode()) % 40_000_000


def check_unique_ids(ids: pd.Series, keys: pd.Series, where: str) -> None:
    from dashboard.official.importers.common import ImportFailed

    clash = ids.duplicated(keep=False)
    if clash.any():
        raise ImportFailed(f"{where}: two keys give one id: {sorted(set(keys[clash]))[:4]}")


def current_record(out_dir: Path) -> rollcalls.RollCalls | None:
    return rollcalls.load_rollcalls(out_dir) if (Path(out_dir) / "decisions.parquet").exists() else None


def empty_record() -> rollcalls.RollCalls:
    decisions = rollcalls.conform(pd.DataFrame({"rcid": [], "session": [], "date": pd.to_datetime([])}), "unvotes")
    votes = rollcalls.make_votes(pd.Series([], dtype="int32"), pd.Series([], dtype=str), pd.Series([], dtype=str), "")
    countries = pd.DataFrame({"iso3": pd.Series([], dtype=str), "name": pd.Series([], dtype=str)})
    return rollcalls.RollCalls(decisions, votes, countries, {}, members=empty_members())


def empty_members() -> pd.DataFrame:
    return conform_members(pd.DataFrame(columns=["session", "iso3", "first", "last", "body"]))


def conform_members(rows: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "session": rows["session"].astype("int16"),
            "iso3": rows["iso3"].astype(str).astype("category"),
            "first": pd.to_datetime(rows["first"]).astype("datetime64[ms]"),
            "last": pd.to_datetime(rows["last"]).astype("datetime64[ms]"),
            "body": pd.Categorical(rows["body"].astype(str), categories=rollcalls.BODIES),
        }
    ).reset_index(drop=True)


def replace_rows(
    record: rollcalls.RollCalls | None,
    sources: set[str],
    decisions: pd.DataFrame,
    votes: pd.DataFrame,
    sponsorships: pd.DataFrame | None = None,
    names: dict[str, str] | None = None,
) -> rollcalls.RollCalls:
    """The record with the rows of `sources` replaced by these (conformed decisions; votes rcid/iso3/vote)."""
    record = record or empty_record()
    keep = ~record.decisions["source"].astype(str).isin(sources) & ~record.decisions["rcid"].isin(decisions["rcid"])
    old = record.decisions[keep]
    merged = pd.concat([old, decisions], ignore_index=True)
    merged = rollcalls.conform(merged, "unvotes").sort_values("rcid").reset_index(drop=True)
    old_votes = record.votes[record.votes["rcid"].isin(old["rcid"])].astype({"iso3": str, "vote": str})
    all_votes = pd.concat([old_votes, votes.astype({"iso3": str, "vote": str})], ignore_index=True)
    all_votes = rollcalls.make_votes(all_votes["rcid"], all_votes["iso3"], all_votes["vote"], "merged record")
    all_votes = all_votes.sort_values(["rcid", "iso3"]).reset_index(drop=True)
    old_sponsors = record.sponsorships[record.sponsorships["rcid"].isin(old["rcid"])]
    parts = [old_sponsors] + ([rollcalls.conform_sponsorships(sponsorships)] if sponsorships is not None else [])
    all_sponsors = rollcalls.conform_sponsorships(pd.concat(parts, ignore_index=True))
    countries = with_names(record.countries, set(all_votes["iso3"].astype(str)), names or {})
    return rollcalls.RollCalls(
        decisions=merged,
        votes=all_votes,
        countries=countries,
        provenance=dict(record.provenance),
        members=record.members if record.members is not None else empty_members(),
        sponsorships=all_sponsors,
        idealpoints=record.idealpoints,
    )


def with_members(record: rollcalls.RollCalls, bodies: set[str], members: pd.DataFrame) -> rollcalls.RollCalls:
    """The record with these bodies' members replaced."""
    current = rollcalls.members_table(record)
    kept = current[~current["body"].astype(str).isin(bodies)]
    record.members = conform_members(pd.concat([kept, members], ignore_index=True)).sort_values(
        ["body", "session", "iso3", "first"], kind="stable"
    )
    record.members = record.members.reset_index(drop=True)
    return record


def with_names(countries: pd.DataFrame, codes: set[str], names: dict[str, str]) -> pd.DataFrame:
    """The countries table with a name for every code used: the source's name, else pycountry's."""
    missing = sorted(codes - set(countries["iso3"]))
    extra = []
    for code in missing:
        country = pycountry.countries.get(alpha_3=code)
        name = names.get(code) or EXTRA_NAMES.get(code)
        if not name and country:
            name = getattr(country, "common_name", None) or country.name
        extra.append({"iso3": code, "name": name or code})
    table = pd.concat([countries, pd.DataFrame(extra, columns=["iso3", "name"])], ignore_index=True)
    return table.astype({"iso3": str, "name": str}).sort_values("name").reset_index(drop=True)


def keep_other_bodies(tables: rollcalls.RollCalls, out_dir: Path) -> rollcalls.RollCalls:
    """A General Assembly import's tables with the other bodies' rows of the existing record kept."""
    current = current_record(out_dir)
    if current is None or "body" not in current.decisions.columns:  # a record of the Assembly alone
        return tables
    others = current.decisions[current.decisions["body"].astype(str) != GENERAL_ASSEMBLY]
    if others.empty:
        return tables
    ga = rollcalls.conform(tables.decisions, "unvotes")
    ga = ga[ga["body"].astype(str) == GENERAL_ASSEMBLY]  # ideal points come with the whole record: its GA part
    tables.votes = tables.votes[tables.votes["rcid"].isin(ga["rcid"])]
    tables.sponsorships = tables.sponsorships[tables.sponsorships["rcid"].isin(ga["rcid"])]
    if tables.members is not None:
        tables.members = tables.members[tables.members["body"].astype(str) == GENERAL_ASSEMBLY]
    decisions = pd.concat([ga, others], ignore_index=True)
    tables.decisions = rollcalls.conform(decisions, "unvotes").sort_values("rcid").reset_index(drop=True)
    other_votes = current.votes[current.votes["rcid"].isin(others["rcid"])]
    votes = pd.concat([tables.votes.astype({"iso3": str}), other_votes.astype({"iso3": str})], ignore_index=True)
    tables.votes = rollcalls.make_votes(votes["rcid"], votes["iso3"], votes["vote"].astype(str), "merged record")
    other_sponsors = current.sponsorships[current.sponsorships["rcid"].isin(others["rcid"])]
    tables.sponsorships = rollcalls.conform_sponsorships(pd.concat([tables.sponsorships, other_sponsors]))
    tables.countries = with_names(tables.countries, set(tables.votes["iso3"].astype(str)), current.names)
    members = rollcalls.members_table(current)
    tables = with_members(tables, {GENERAL_ASSEMBLY}, rollcalls.members_table(tables))
    tables = with_members(
        tables, set(rollcalls.BODIES) - {GENERAL_ASSEMBLY}, members[members["body"] != GENERAL_ASSEMBLY]
    )
    prov = current.provenance
    for key in ("sources", "by_source"):
        for name, entry in prov.get(key, {}).items():
            if name not in ("unvotes", "UN extract", "UN Digital Library"):
                tables.provenance.setdefault(key, {})[name] = entry
    return account(tables)


def account(record: rollcalls.RollCalls) -> rollcalls.RollCalls:
    """provenance's by_source (for every source but the General Assembly's own) and bodies, from the rows."""
    decisions, votes = record.decisions, record.votes
    prov = record.provenance
    source_of = decisions.set_index("rcid")["source"].astype(str)
    body_of = decisions.set_index("rcid")["body"].astype(str)
    vote_sources = votes["rcid"].map(source_of).value_counts()
    vote_bodies = votes["rcid"].map(body_of).value_counts()
    for name in decisions["source"].astype(str).unique():
        if name in ("unvotes", "UN extract", "UN Digital Library"):
            continue
        prov.setdefault("by_source", {})[name] = counts(decisions[decisions["source"] == name], vote_sources, name)
    prov["bodies"] = {
        body: counts(decisions[decisions["body"] == body], vote_bodies, body)
        | {
            "label": LABELS[body],
            "sources": sorted(decisions.loc[decisions["body"] == body, "source"].astype(str).unique()),
        }
        for body in rollcalls.BODIES
        if (decisions["body"] == body).any()
    }
    return record


def counts(rows: pd.DataFrame, votes_by_key: pd.Series, key: str) -> dict:
    return {
        "decisions": int(len(rows)),
        "votes": int(votes_by_key.get(key, 0)),
        "first_date": str(rows["date"].min().date()),
        "last_date": str(rows["date"].max().date()),
    }


def finish(
    record: rollcalls.RollCalls,
    replaced: set[str],
    entries: dict[str, dict],
    body_set: set[str],
    members: pd.DataFrame,
) -> rollcalls.RollCalls:
    """The record with these bodies' members, one provenance entry per source (replacing `replaced`), counted."""
    record = with_members(record, body_set, members)
    sources = record.provenance.setdefault("sources", {})
    by_source = record.provenance.setdefault("by_source", {})
    for name in replaced:
        sources.pop(name, None)
        by_source.pop(name, None)
    sources.update(entries)
    record = account(record)
    for name, entry in sources.items():  # the dates covered, computed from the rows
        if name in entries and name in by_source:
            entry.update(by_source[name])
    return record
