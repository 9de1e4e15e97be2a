"""The UN's machine-readable extract of adopted General Assembly resolutions (sessions 74–80).

A folder of JSON Lines files (`74.json` … `80.json`, `ES-10.json`, `ES-11.json`, `S-32.json`), one
adopted resolution per line: adoption method, date, committee, agenda item, meeting record, stated
counts, the names of states voting yes, no and abstaining, sponsors and additional sponsors, and UN
subject terms. Its known defects are handled here and each one is reported (`Extract.defects`):

- a symbol on several lines: kept once when its votes agree, else the first kept and the rest reported;
- a name listed twice in one list (A/RES/75/290 A): kept once;
- stated counts but no names (A/RES/75/254 A–C): the stated tally kept, the names marked missing;
- a list one short of its count (A/RES/77/293): kept as listed and flagged in the decision's note;
- dates as `2019-10-10 00:00:00` or `17 December 2024` (a no-break space allowed);
- "N.A." counts: no count; a decision adopted without a vote carries "0" counts: no tally, not zero;
- an empty adoption type: method unknown, never guessed; "#fifthCommittee": Fifth Committee.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pandas as pd

from dashboard.official import names, topics
from dashboard.official.importers.common import ImportFailed, json_lines
from dashboard.official.merge import Extract
from dashboard.official.rollcalls import repair_text

KEYS = [
    "symbol",
    "title",
    "adoption_date",
    "adoption_type",
    "committee",
    "agenda_item",
    "agenda_item_name",
    "pv",
    "MS_in_favour",
    "MS_against",
    "MS_abstaining",
    "MS_in_favour_count",
    "MS_against_count",
    "MS_abstaining_count",
    "sponsors",
    "additional_sponsors",
    "subjects",
]
METHODS = {"By a recorded vote": "recorded_vote", "Without a vote": "without_vote", "": "unknown"}
LISTS = {"yes": "MS_in_favour", "no": "MS_against", "abstain": "MS_abstaining"}
COMMITTEES = {"#fifthCommittee": "Fifth Committee"}
FILE = re.compile(r"^(?:\d+|ES-\d+|S-\d+)\.json$")


def looks_like(path: Path) -> bool:
    """A folder of the extract's files (74.json, ES-11.json, …)."""
    return path.is_dir() and any(FILE.match(p.name) for p in path.glob("*.json"))


def parse_date(text: str, where: str) -> pd.Timestamp:
    cleaned = " ".join(text.replace("\u00a0", " ").split())
    for fmt in ("%Y-%m-%d %H:%M:%S", "%d %B %Y", "%Y-%m-%d"):
        try:
            return pd.to_datetime(cleaned, format=fmt)
        except ValueError:
            continue
    raise ImportFailed(f"{where}:adoption_date: not a date: {text!r}")


def parse_count(text: str, where: str, key: str) -> int | None:
    value = text.strip()
    if value in ("", "N.A."):
        return None
    if not value.isdigit():
        raise ImportFailed(f"{where}:{key}: not a count: {text!r}")
    return int(value)


def session_of(path: Path, when: pd.Timestamp) -> int:
    """The regular session: the file's number (74.json), or by date for special sessions (from mid-September)."""
    if path.stem.isdigit():
        return int(path.stem)
    return when.year - 1945 if (when.month, when.day) >= (9, 10) else when.year - 1946


def read_lines(folder: Path) -> list[tuple[Path, int, dict]]:
    rows = []
    files = sorted(p for p in folder.glob("*.json") if FILE.match(p.name))
    if not files:
        raise ImportFailed(f"{folder}: no extract files (74.json … 80.json)")
    for path in files:
        rows += [(path, number, record) for number, record in json_lines(path, KEYS)]
    if not rows:
        raise ImportFailed(f"{folder}: the extract files hold no records")
    return rows


def vote_lists(record: dict) -> dict[str, list[str]]:
    return {vote: [" ".join(str(n).split()) for n in record[key] or []] for vote, key in LISTS.items()}


def vote_sets(lists: dict[str, list[str]]) -> dict[str, set[str]]:
    """Each list as the set of states it names (spellings and order aside), to compare duplicate lines."""
    return {vote: {names.iso3_of(n) or n for n in people} for vote, people in lists.items()}


def read_extract(folder: Path) -> Extract:
    """Read and normalise the folder; ImportFailed names file, line and key for what cannot be read."""
    lines = read_lines(folder)
    defects: list[str] = []
    seen: dict[str, dict[str, set[str]]] = {}
    duplicates: Counter[str] = Counter()
    decisions: list[dict[str, object]] = []
    votes: list[tuple[int, str, str]] = []  # (decision, iso3, vote)
    sponsors: list[tuple[int, str, str | None, str, str, str | None]] = []  # as names.sponsor_entries
    unmapped: set[str] = set()
    for path, number, record in lines:
        where = f"{path}:line {number}"
        symbol = " ".join(str(record["symbol"]).split())
        lists = vote_lists(record)
        if symbol in seen:
            duplicates[symbol] += 1
            if seen[symbol] != vote_sets(lists):
                defects.append(f"{symbol}: a later line ({where}) has other votes; the first line is kept")
            continue
        seen[symbol] = vote_sets(lists)
        decision_id = len(decisions)
        when = parse_date(str(record["adoption_date"]), where)
        method = METHODS.get(str(record["adoption_type"]).strip())
        if method is None:
            raise ImportFailed(f"{where}:adoption_type: unknown {record['adoption_type']!r}")
        if method == "unknown":
            defects.append(f"{symbol}: empty adoption type: method unknown")
        stated = {v: parse_count(str(record[f"{LISTS[v]}_count"]), where, f"{LISTS[v]}_count") for v in LISTS}
        notes = []
        if method != "recorded_vote":  # "0" on a decision without a vote is not a tally of zero
            stated = dict.fromkeys(LISTS)
        listed = any(lists.values())
        for vote, people in lists.items():
            unique = list(dict.fromkeys(people))
            if len(unique) < len(people):
                defects.append(f"{symbol}: {LISTS[vote]} lists {len(people)} names, {len(unique)} distinct; kept once")
                lists[vote] = unique
        if method == "recorded_vote" and not listed:
            defects.append(f"{symbol}: stated counts, no names: per-state votes marked missing")
            notes.append("The extract states the tally but lists no names: per-state votes are missing.")
        elif method == "recorded_vote":
            for vote, people in lists.items():
                if stated[vote] is not None and stated[vote] != len(people):
                    text = f"{LISTS[vote]}: {len(people)} names against a stated {stated[vote]}"
                    defects.append(f"{symbol}: {text}; flagged")
                    notes.append(f"The extract lists {len(people)} {vote} names against a stated {stated[vote]}.")
        for vote, people in lists.items():
            for name in people:
                iso3 = names.iso3_of(name)
                if iso3 is None:
                    unmapped.add(name)
                    continue
                votes.append((decision_id, iso3, vote))
        for role, key in (("sponsor", "sponsors"), ("additional_sponsor", "additional_sponsors")):
            for raw in record[key] or []:
                for entry in names.sponsor_entries(str(raw)):
                    if entry.kind == "unmapped":
                        unmapped.add(entry.name)
                    sponsors.append((decision_id, role, entry.iso3, entry.name, entry.kind, entry.on_behalf_of))
        committee = " ".join(str(record["committee"]).split())
        if committee in COMMITTEES:
            defects.append(f"{symbol}: committee {committee!r} read as {COMMITTEES[committee]!r}")
            committee = COMMITTEES[committee]
        subjects = "; ".join(
            dict.fromkeys(
                str(s[0]).strip()
                for s in record["subjects"] or []
                if isinstance(s, list) and s and not re.fullmatch(r"[\d\w]{1,5}", str(s[0]))
            )
        )
        title, repaired, damaged = repair_text(str(record["title"]))
        agenda_name = " ".join(str(record["agenda_item_name"]).split())
        decisions.append(
            {
                "rcid": decision_id,
                "session": session_of(path, when),
                "date": when,
                "symbol": symbol,
                "title": title,
                "short": agenda_name,
                "committee": committee,
                "agenda_item": " ".join(str(record["agenda_item"]).split()),
                "meeting": " ".join(str(record["pv"]).split()),
                "method": method,
                "yes_stated": stated["yes"],
                "no_stated": stated["no"],
                "abstain_stated": stated["abstain"],
                "names": "listed" if listed else ("missing" if method == "recorded_vote" else "not applicable"),
                "topics": "; ".join(topics.derive(title, agenda_name, subjects)),
                "topics_derived": True,
                "subjects": subjects,
                "text_repaired": repaired,
                "text_damaged": damaged,
                "note": " ".join(notes),
            }
        )
    for symbol, extra in sorted(duplicates.items()):
        defects.insert(0, f"{symbol}: {extra + 1} lines; kept once")
    return Extract(
        decisions=pd.DataFrame(decisions),
        votes=pd.DataFrame(votes, columns=["rcid", "iso3", "vote"]),
        sponsorships=pd.DataFrame(sponsors, columns=["rcid", "role", "iso3", "name", "kind", "on_behalf_of"]),
        defects=defects,
        unmapped=sorted(unmapped),
        lines=len(lines),
    )
