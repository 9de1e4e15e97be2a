"""The UN's extract of Human Rights Council resolutions, sessions 52 and 54–60 (`hrc-resolutions`),
merged with hrc-voting.

Files `NNsession.json`, one adopted resolution per object. The format defect: the objects are not
JSON Lines but follow one another with stray `"` characters between them; they are read one after
another with `json.JSONDecoder().raw_decode`, skipping whitespace and stray quotes; anything else
fails, naming the file and the offset. Dates as "4 April 2024" (no-break spaces allowed).

Merge rule (as the General Assembly merge): one decision per symbol. Where hrc-voting holds the
resolution, its decision (id, method, date, title) and its per-state votes are kept (they record
absent members and give the membership); the extract adds the **sponsors**, and every difference
between the two (per-state vote, method, date) is listed in the import report and kept in
provenance. A resolution only the extract holds gets id 2,000,000 + session × 1,000 + number, its
votes from the extract's lists, outcome adopted (the extract holds adopted resolutions). Sponsors:
names mapped to ISO3 by dashboard.official.names; an entry that is not a state kept as written.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from dashboard.official import bodies, names, rollcalls
from dashboard.official.importers import hrc_voting
from dashboard.official.importers.common import ImportFailed
from dashboard.official.importers.ga_extract import parse_count, parse_date

SOURCE = "UN HRC extract"
FILE = re.compile(r"^(\d+)session\.json$")
KEYS = ["symbol", "title", "adoption_date", "adoption_meeting", "voting_type", "sponsors", "additional_sponsors",
        "MS_in_favour", "MS_against", "MS_abstaining", "agenda_item", "agenda_item_name"]  # fmt: skip
METHODS = {"adoptedWithoutVote": "without_vote", "adoptedRecordedVote": "recorded_vote", "": "unknown"}
LISTS = {"yes": "MS_in_favour", "no": "MS_against", "abstain": "MS_abstaining"}
SYMBOL = re.compile(r"^A/HRC/RES/(\d+)/(\d+)$")
PROVENANCE = {
    "producer": "United Nations, Department for General Assembly and Conference Management",
    "title": "Human Rights Council resolutions, sessions 52 and 54–60, machine-readable extract",
    "citation": "Source: United Nations. Human Rights Council resolutions, machine-readable extract "
    "(UNxml/HRCresolutions, data_extract/).",
    "licence": "United Nations terms: the United Nations must be acknowledged as the source; no warranty",
    "url": "https://github.com/UNxml/HRCresolutions",
    "version": "commit b987fdad4bf1310c1c0713d56cfde45d08d2c8e0 (2026-01-29)",
    "bodies": [bodies.HUMAN_RIGHTS_COUNCIL],
    "merge": "One decision per symbol: hrc-voting's decision and per-state votes kept where it holds the "
    "resolution; the sponsors from the extract; differences listed under comparison.",
}


def looks_like(path: Path) -> bool:
    folder = path if path.is_dir() else path.parent
    return any(FILE.match(p.name) for p in folder.glob("*session.json"))


def read_objects(path: Path) -> tuple[list[dict], int]:
    """(objects, stray quotes skipped) of one file, read one after another; ImportFailed names the offset."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ImportFailed(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    decoder, at, strays = json.JSONDecoder(), 0, 0
    objects: list[dict] = []
    while True:
        while at < len(text) and (text[at].isspace() or text[at] == '"'):
            strays += text[at] == '"'
            at += 1
        if at >= len(text):
            return objects, strays
        if text[at] != "{":
            raise ImportFailed(f"{path}:offset {at}: expected an object, found {text[at : at + 20]!r}")
        try:
            record, at = decoder.raw_decode(text, at)
        except json.JSONDecodeError as exc:
            raise ImportFailed(f"{path}:offset {exc.pos}: not JSON ({exc.msg})") from exc
        missing = [k for k in KEYS if k not in record]
        if missing:
            raise ImportFailed(f"{path}:offset {at}:{missing[0]}: missing")
        objects.append(record)


@dataclass
class Extract:
    decisions: pd.DataFrame
    votes: pd.DataFrame
    sponsorships: pd.DataFrame
    files: int
    strays: int = 0
    defects: list[str] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)


def read_extract(folder: Path) -> Extract:
    """The extract's resolutions (keyed by symbol; rcid from session and number), votes and sponsors."""
    files = sorted((p for p in folder.glob("*session.json") if FILE.match(p.name)), key=lambda p: p.name)
    decisions, votes, sponsors, defects, unmapped, seen = [], [], [], [], set(), set()
    strays = 0
    lists_of: dict[str, dict[str, list[str]]] = {}
    for path in files:
        objects, skipped = read_objects(path)
        strays += skipped
        for number, record in enumerate(objects, start=1):
            where = f"{path}:object {number}"
            symbol = " ".join(str(record["symbol"]).split())
            match = SYMBOL.match(symbol)
            if not match:
                raise ImportFailed(f"{where}:symbol: not A/HRC/RES/session/number: {symbol!r}")
            lists = {v: sorted(" ".join(str(n).split()) for n in record[k] or []) for v, k in LISTS.items()}
            if symbol in seen:
                same = "the same votes" if lists_of[symbol] == lists else "other votes"
                defects.append(f"{symbol}: a second object ({path.name}, object {number}) with {same}: the first kept")
                continue
            seen.add(symbol)
            lists_of[symbol] = lists
            rcid = bodies.hrc_extract_id(int(match.group(1)), int(match.group(2)))
            method = METHODS.get(str(record["voting_type"]).strip())
            if method is None:
                raise ImportFailed(f"{where}:voting_type: unknown {record['voting_type']!r}")
            if method == "unknown":
                defects.append(f"{symbol}: empty voting_type: method unknown")
            date = parse_date(str(record["adoption_date"]), where)
            stated: dict[str, int | None] = {v: None for v in LISTS}
            if method == "recorded_vote":
                stated = {
                    v: parse_count(str(record.get(f"{k}_count", "")), where, f"{k}_count") for v, k in LISTS.items()
                }
            for vote, key in LISTS.items():
                for name in dict.fromkeys(" ".join(str(n).split()) for n in record[key] or []):
                    iso3 = names.iso3_of(name)
                    if iso3 is None:
                        unmapped.add(name)
                    else:
                        votes.append((rcid, iso3, vote))
            for role, key in (("sponsor", "sponsors"), ("additional_sponsor", "additional_sponsors")):
                for raw in record[key] or []:
                    for entry in names.sponsor_entries(str(raw)):
                        if entry.kind == "unmapped":
                            unmapped.add(entry.name)
                        sponsors.append((rcid, role, entry.iso3, entry.name, entry.kind, entry.on_behalf_of))
            decisions.append(
                {
                    "rcid": rcid,
                    "symbol": symbol,
                    "session": date.year,
                    "date": date,
                    "title": " ".join(str(record["title"]).split()),
                    "short": " ".join(str(record["agenda_item_name"]).split()),
                    "agenda_item": " ".join(str(record["agenda_item"]).split()),
                    "meeting": " ".join(str(record["adoption_meeting"]).split()),
                    "method": method,
                    "outcome": "adopted",
                    "yes_stated": stated["yes"],
                    "no_stated": stated["no"],
                    "abstain_stated": stated["abstain"],
                    "names": "listed" if method == "recorded_vote" else "not applicable",
                    "body": bodies.HUMAN_RIGHTS_COUNCIL,
                    "amend": False,
                }
            )
    if not decisions:
        raise ImportFailed(f"{folder}: no NNsession.json files with resolutions")
    return Extract(
        decisions=pd.DataFrame(decisions),
        votes=pd.DataFrame(votes, columns=["rcid", "iso3", "vote"]),
        sponsorships=pd.DataFrame(sponsors, columns=["rcid", "role", "iso3", "name", "kind", "on_behalf_of"]),
        files=len(files),
        strays=strays,
        defects=defects,
        unmapped=sorted(unmapped),
    )


def compare(base: pd.DataFrame, base_votes: pd.DataFrame, extract: Extract, id_of: dict[int, int]) -> list[str]:
    """Every difference between hrc-voting and the extract on the resolutions both hold."""
    out = []
    calls = base.set_index("rcid")
    for row in extract.decisions[extract.decisions["rcid"].isin(id_of)].itertuples():
        mine = calls.loc[id_of[row.rcid]]
        if str(mine["method"]) != row.method:
            out.append(f"{row.symbol}: method hrc-voting {mine['method']}, extract {row.method}")
        if pd.Timestamp(mine["date"]) != row.date:
            out.append(f"{row.symbol}: date hrc-voting {mine['date']:%Y-%m-%d}, extract {row.date:%Y-%m-%d}")
    theirs = extract.votes[extract.votes["rcid"].isin(id_of)].assign(rcid=lambda v: v["rcid"].map(id_of))
    shared = set(id_of.values())
    ours = base_votes[base_votes["rcid"].isin(shared) & (base_votes["vote"].astype(str) != "non_voting")]
    both = ours.astype({"iso3": str, "vote": str}).merge(
        theirs.astype({"iso3": str, "vote": str}), on=["rcid", "iso3"], how="outer", suffixes=("_voting", "_extract")
    )
    symbol_of = base.set_index("rcid")["symbol"]
    listed = set(extract.decisions.loc[extract.decisions["names"] == "listed", "rcid"].map(id_of).dropna())
    both = both[both["rcid"].isin(listed)]
    differ = both[both["vote_voting"].fillna("none") != both["vote_extract"].fillna("none")]
    out += [
        f"{symbol_of[r.rcid]}, {r.iso3}: hrc-voting {r.vote_voting or 'none'}, extract {r.vote_extract or 'none'}"
        for r in differ.fillna("").sort_values(["rcid", "iso3"]).itertuples()
    ]
    return out


def base_rows(path: Path, out_dir: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame | None, dict, str]:
    """hrc-voting's decisions, votes, members and names: the folder beside, else the record's own rows."""
    beside = path.parent / "hrc-voting" if path.is_dir() else path.parent.parent / "hrc-voting"
    if hrc_voting.looks_like(beside):
        part = hrc_voting.read_hrc_voting(beside)
        decisions = rollcalls.conform(part.decisions.assign(source=hrc_voting.SOURCE), hrc_voting.SOURCE)
        return decisions, part.votes, part.members, part.names, str(beside)
    current = bodies.current_record(out_dir)
    if current is None or not (current.decisions["source"] == hrc_voting.SOURCE).any():
        raise ImportFailed(f"{path}: no hrc-voting beside it ({beside}) nor in {out_dir} to merge with")
    decisions = current.decisions[current.decisions["source"] == hrc_voting.SOURCE]
    votes = current.votes[current.votes["rcid"].isin(decisions["rcid"])]
    return decisions, votes, None, current.names, f"the hrc-voting rows of {out_dir}"


def build(path: Path, out_dir: Path) -> tuple[rollcalls.RollCalls, list[str]]:
    folder = path if path.is_dir() else path.parent
    extract = read_extract(folder)
    base, base_votes, members, names_of, where = base_rows(folder, out_dir)
    hrc = base[base["body"].astype(str) == bodies.HUMAN_RIGHTS_COUNCIL].dropna(subset=["symbol"])
    by_symbol = hrc.drop_duplicates("symbol", keep=False).set_index("symbol")["rcid"]
    shared = extract.decisions["symbol"].isin(by_symbol.index)
    id_of = dict(
        zip(extract.decisions.loc[shared, "rcid"], extract.decisions.loc[shared, "symbol"].map(by_symbol), strict=True)
    )
    differences = compare(base, base_votes, extract, id_of)
    fresh = extract.decisions[~shared].assign(source=SOURCE)
    fresh_votes = extract.votes[extract.votes["rcid"].isin(fresh["rcid"])]
    base = base.copy()
    sponsored = base["rcid"].isin(set(id_of.values()))
    base.loc[sponsored, "note"] = (base.loc[sponsored, "note"] + " Sponsors: the UN HRC extract.").str.strip()
    decisions = pd.concat([base, rollcalls.conform(fresh, SOURCE)], ignore_index=True)
    votes = pd.concat([base_votes.astype({"iso3": str, "vote": str}), fresh_votes], ignore_index=True)
    sponsorships = extract.sponsorships.assign(rcid=extract.sponsorships["rcid"].map(lambda r: id_of.get(r, r)))
    current = bodies.current_record(out_dir)
    record = bodies.replace_rows(current, {hrc_voting.SOURCE, SOURCE}, decisions, votes, sponsorships, names_of)
    if members is None:
        members = rollcalls.members_table(record)
        members = members[members["body"].astype(str).isin([bodies.HUMAN_RIGHTS_COUNCIL, bodies.COMMISSION])]
    comparison = {
        "resolutions_in_both": len(id_of),
        "only_in_extract": int((~shared).sum()),
        "differences": len(differences),
        "listed": differences,
        "votes_kept": "hrc-voting's (it records absent members); the extract's sponsors",
    }
    defects = [
        f"{extract.strays} stray quotes between the objects (not JSON Lines): read one by one with raw_decode",
        *extract.defects,
        *(f"not mapped to a state: {name}" for name in extract.unmapped),
    ]
    entry = PROVENANCE | {"path": str(path), "comparison": comparison, "defects": defects,
                          "sponsorships": int(len(sponsorships))}  # fmt: skip
    entries: dict[str, dict] = {SOURCE: entry}
    if hrc_voting.SOURCE not in record.provenance.get("sources", {}):
        entries[hrc_voting.SOURCE] = hrc_voting.PROVENANCE | {"path": where}
    else:
        entries[hrc_voting.SOURCE] = record.provenance["sources"][hrc_voting.SOURCE]
    body_set = {bodies.HUMAN_RIGHTS_COUNCIL, bodies.COMMISSION}
    record = bodies.finish(record, {SOURCE}, entries, body_set, members)
    details = [
        f"UN HRC extract: {extract.files} files, {len(extract.decisions)} resolutions "
        f"({len(id_of)} also in hrc-voting, {int((~shared).sum())} only here), {len(extract.votes):,} state votes, "
        f"{len(sponsorships):,} sponsorship rows; merged with hrc-voting from {where}",
        f"comparison with hrc-voting: {len(differences)} differences (votes kept: hrc-voting's)",
        *[f"  {d}" for d in differences[:40]],
        f"defects handled ({len(defects)}):",
        *[f"  {d}" for d in defects],
    ]
    return record, details
