"""Security Council vetoes 1946 – September 2022 (`sc-vetoes/unsc_vetoes_1946_sept2022.csv`, World
Politics Data Lab, MIT): one decision per vetoed draft, outcome vetoed.

The list names who vetoed (`member_veto1`–`member_veto3`), not the whole vote: each vetoer gets a
vote row `no` and `vetoed_by` names it, the decision's `names` is "vetoers only", and there is **no
tally** (the *_stated counts stay empty) and no other member's vote. The 0/1 member columns are not
used; the rows where they disagree with the named vetoers (26) are reported. Names: China → CHN
(the Republic of China's seat, TWN, before 25 October 1971), France → FRA, UK → GBR, USA → USA,
Russia → RUS, and the USSR → RUS too, as the whole record codes it (the Russian Federation continued its seat).
Id: bodies.sc_draft_id of the draft symbol, so a draft the not-adopted XML also holds is one
decision, the XML's (with its votes): such a veto row is skipped. Rows whose "draft" is a meeting
record (S/PV.49: the early vetoes without a draft symbol) share it; their key adds the agenda item
and, for identical ones, the order among them (the list has no other key).
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pandas as pd

from dashboard.official import bodies, rollcalls
from dashboard.official.importers.common import ImportFailed
from dashboard.official.importers.sc_extract import DRAFTS, sc_members
from dashboard.official.membership import PRC_SEAT

SOURCE = "SC veto list"
FILE = "unsc_vetoes_1946_sept2022.csv"
COLUMNS = ["year", "date", "draft", "meeting_record", "agenda_item", "crisis_topic", "member_veto1", "member_veto2",
           "member_veto3", "China", "France", "Russia", "USSR", "USA", "UK"]  # fmt: skip
VETOERS = {"China": "CHN", "France": "FRA", "UK": "GBR", "USA": "USA", "Russia": "RUS", "USSR": "RUS"}
PROVENANCE = {
    "producer": "Carlos L. Yordan, World Politics Data Lab, from the UN Dag Hammarskjöld Library's list of vetoes",
    "title": "List of UN Security Council Vetoes (1946–2022)",
    "citation": "World Politics Data Lab, 'List of UN Security Council Vetoes (1946-2022)', "
    "github.com/world-politics-datalab/vetoes-un-security-council (MIT).",
    "licence": "MIT (copyright 2022 The World Politics Data Lab)",
    "url": "https://github.com/world-politics-datalab/vetoes-un-security-council",
    "version": "commit 661c5246872143cf16e500e4e7f2f70a45df5ac8 (2023-09-13)",
    "bodies": [bodies.SECURITY_COUNCIL],
    "votes": "Only the vetoers are known: a vote row 'no' each and vetoed_by; no tally, no other member's vote.",
}


def looks_like(path: Path) -> bool:
    return (path / FILE).exists() if path.is_dir() else path.name == FILE


def read_vetoes(path: Path) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """(decisions, the vetoers' vote rows, defects) of the list; ImportFailed names row and column."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ImportFailed(f"{path}: not a readable CSV ({exc})") from exc
    if not rows or any(c not in rows[0] for c in COLUMNS):
        missing = [c for c in COLUMNS if not rows or c not in rows[0]]
        raise ImportFailed(f"{path}:row 1:{missing[0] if missing else ''}: column missing")
    keys: Counter[str] = Counter()
    decisions: list[dict] = []
    votes: list[tuple[int, str, str]] = []
    disagree: list[str] = []
    for number, row in enumerate(rows, start=2):
        where = f"{path}:row {number}"
        try:
            date = pd.to_datetime(row["date"].strip(), format="%m/%d/%Y")
        except ValueError as exc:
            raise ImportFailed(f"{where}:date: not M/D/YYYY: {row['date']!r}") from exc
        named = [row[f"member_veto{i}"].strip() for i in (1, 2, 3) if row[f"member_veto{i}"].strip()]
        unknown = [n for n in named if n not in VETOERS]
        if unknown or not named:
            raise ImportFailed(f"{where}:member_veto1: not a permanent member: {unknown or 'none'}")
        if {k for k in VETOERS if row[k].strip() == "1"} != set(named):
            disagree.append(row["draft"])
        vetoers = sorted({"TWN" if n == "China" and date < PRC_SEAT else VETOERS[n] for n in named})
        draft = " ".join(row["draft"].split())
        key = draft if not draft.startswith("S/PV") else f"{draft} {row['agenda_item'].strip()}"
        keys[key] += 1
        if keys[key] > 1:
            key = f"{key} #{keys[key]}"
        rcid = bodies.sc_draft_id(key)
        decisions.append(
            {
                "rcid": rcid,
                "key": key,
                "session": date.year,
                "date": date,
                "symbol": draft,
                "title": " ".join(row["agenda_item"].split()),
                "short": row["crisis_topic"].strip(),
                "meeting": row["meeting_record"].strip(),
                "method": "recorded_vote",
                "outcome": "vetoed",
                "vetoed_by": "; ".join(vetoers),
                "names": "vetoers only",
                "body": bodies.SECURITY_COUNCIL,
                "amend": False,
                "note": "The veto list names the vetoers only: the other members' votes are not in the record."
                + (" 'Draft' is the meeting record (no draft symbol in the list)." if draft.startswith("S/PV") else ""),
            }
        )
        votes += [(rcid, iso3, "no") for iso3 in vetoers]
    table = pd.DataFrame(decisions)
    bodies.check_unique_ids(table["rcid"], table["key"], str(path))
    shared = sum(c - 1 for k, c in keys.items() if c > 1)
    defects = [
        f"{len(disagree)} rows whose 0/1 member columns disagree with the named vetoers (member_veto*): the named "
        f"ones kept ({', '.join(disagree[:8])}{' …' if len(disagree) > 8 else ''})",
        f"{int(table['symbol'].str.startswith('S/PV').sum())} rows give a meeting record for the draft; "
        f"{shared} of them repeat one: keyed with the agenda item (and order among identical ones)",
        "USSR read as RUS, as the whole record codes it (the Russian Federation continued its seat); China before "
        "25 October 1971 as TWN",
        "no tally and no other member's vote: names 'vetoers only', *_stated empty",
    ]
    return table.drop(columns=["key"]), pd.DataFrame(votes, columns=["rcid", "iso3", "vote"]), defects


def build(path: Path, out_dir: Path) -> tuple[rollcalls.RollCalls, list[str]]:
    file = path / FILE if path.is_dir() else path
    decisions, votes, defects = read_vetoes(file)
    current = bodies.current_record(out_dir)
    in_xml = set()
    if current is not None:
        in_xml = set(current.decisions.loc[current.decisions["source"] == DRAFTS, "rcid"])
    skipped = decisions[decisions["rcid"].isin(in_xml)]
    decisions = decisions[~decisions["rcid"].isin(in_xml)]
    votes = votes[votes["rcid"].isin(decisions["rcid"])]
    defects.append(f"{len(skipped)} vetoed drafts also in the not-adopted XML: one decision, the XML's votes")
    rows = rollcalls.conform(decisions.assign(source=SOURCE), SOURCE)
    record = bodies.replace_rows(current, {SOURCE}, rows, votes, None, {})
    entry = PROVENANCE | {"path": str(file), "defects": defects}
    record = bodies.finish(record, {SOURCE}, {SOURCE: entry}, {bodies.SECURITY_COUNCIL}, sc_members(record))
    by = Counter(v for cell in decisions["vetoed_by"] for v in cell.split("; "))
    details = [
        f"SC veto list: {len(decisions)} vetoed drafts, {decisions['date'].min():%Y-%m-%d} to "
        f"{decisions['date'].max():%Y-%m-%d}; vetoes by {dict(by.most_common())}",
        f"defects handled ({len(defects)}):",
        *[f"  {d}" for d in defects],
    ]
    return record, details
