"""The OHCHR library's voting records of the Human Rights Council and the Commission on Human Rights
(`hrc-voting`: Ł. Szoszkiewicz's harvest; PolyForm Noncommercial 1.0.0): `resolutions.csv` and `data.js`.

Every row of resolutions.csv is a decision (6,346: 3,264 Council, 3,082 Commission), id
1,000,000 + record_id (symbols repeat in the Commission era; record_id is the key). Method from
`vote_type`: RECORDED → recorded_vote; ADOPTED WITHOUT VOTE → without_vote; NON-RECORDED (a vote
without a roll call, its totals kept as stated) → non_recorded_vote; WITHDRAWN and NOT CONSIDERED →
no_vote_taken, with the outcome withdrawn / not_considered (never adopted); a row without voting
information → unknown. Outcome: adopted or not_adopted where the statement says so ("adopted by",
"rejected"), withdrawn and not_considered from vote_type; empty where the source does not say.
`data.js` holds the per-state codes of the 1,705 recorded votes: Y yes, N no, A abstain, "." a
member that did not vote (recorded non_voting); "-" a listed member without a vote code (no vote
row; a member all the same, and the decision's note says so); a state not listed was not a member.
The official totals are kept as *_stated; where the codes count otherwise (148 votes) the
decision's note says so, and no row is invented. Codes: the source's YUG, DDR and CSK kept (ISO
3166-3); its SUN (the USSR) read as RUS and its GER (the Federal Republic) as DEU, as in the General
Assembly record.
Membership: dashboard/official/membership.py (listed_spans). `main_sponsors` is not imported
(nearly empty before 2013: the UN HRC extract gives the sponsors where it overlaps).
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from dashboard.official import bodies, membership, rollcalls
from dashboard.official.importers.common import ImportFailed

SOURCE = "hrc-voting"
CSV_COLUMNS = ["record_id", "symbol", "title", "statement", "date", "body", "vote_type", "meeting",
               "agenda_item_no", "agenda_item_title", "agenda_subject", "draft", "yes", "no", "abstain"]  # fmt: skip
BODY = {"Human Rights Council": bodies.HUMAN_RIGHTS_COUNCIL, "Commission on Human Rights": bodies.COMMISSION}
METHOD = {
    "RECORDED": "recorded_vote",
    "RECORDED, adopted at a closed meeting": "recorded_vote",
    "ADOPTED WITHOUT VOTE": "without_vote",
    "NON-RECORDED": "non_recorded_vote",
    "NON-RECORDED, adopted unanimously": "non_recorded_vote",
    "NON-RECORDED, no voting information available": "unknown",
    "WITHDRAWN": "no_vote_taken",
    "NOT CONSIDERED": "no_vote_taken",
}
OUTCOME = {"WITHDRAWN": "withdrawn", "NOT CONSIDERED": "not_considered", "ADOPTED WITHOUT VOTE": "adopted"}
CODES = {"Y": "yes", "N": "no", "A": "abstain", ".": "non_voting"}
#: The source's codes read as the record's: GER is the Federal Republic of Germany; SUN, the USSR, is RUS
#: throughout the record (the Russian Federation continued its seat; unvotes codes it so in the Assembly).
RECODED = {"GER": "DEU", "SUN": "RUS"}
PROVENANCE = {
    "producer": "Łukasz Szoszkiewicz (Adam Mickiewicz University, Poznań), from the OHCHR Search Library",
    "title": "OHCHR Voting Records — CHR · HRC (v1.0.0)",
    "citation": "Szoszkiewicz, Ł. (2026). OHCHR Voting Records — CHR · HRC (v1.0.0) [Software]. Zenodo. "
    "https://doi.org/10.5281/zenodo.21281232",
    "licence": "PolyForm Noncommercial 1.0.0: research, education, non-profit and personal use; commercial use "
    "needs the author's licence. Required Notice: Copyright © 2026 Łukasz Szoszkiewicz — "
    "https://github.com/lszoszk/hrc-voting",
    "url": "https://github.com/lszoszk/hrc-voting",
    "version": "commit 193f2d414c94613d8850b81d47abbec990b47d7b (2026-07-21)",
    "bodies": [bodies.HUMAN_RIGHTS_COUNCIL, bodies.COMMISSION],
    "membership": "A state listed on a recorded vote was a member then; a year's span per state runs over its "
    "consecutive listed votes, to 1 January / 31 December when listed on the year's first / last vote day; "
    "decisions without a vote count the states so spanning their date; a year without a recorded vote: unknown.",
}


def looks_like(path: Path) -> bool:
    folder = path if path.is_dir() else path.parent
    return (folder / "resolutions.csv").exists() and (folder / "data.js").exists()


@dataclass
class Part:
    """One source's rows for the record, before they are added to it."""

    decisions: pd.DataFrame
    votes: pd.DataFrame
    members: pd.DataFrame
    names: dict[str, str]
    defects: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def read_payload(path: Path) -> dict:
    """data.js's object: `window.DATA = {…};` read with raw_decode (fails naming file and offset)."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ImportFailed(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    start = text.find("{")
    if not text[:start].strip().startswith("window.DATA") or start < 0:
        raise ImportFailed(f"{path}:offset 0: not `window.DATA = {{…}};`")
    try:
        payload, end = json.JSONDecoder().raw_decode(text, start)
    except json.JSONDecodeError as exc:
        raise ImportFailed(f"{path}:offset {exc.pos}: not JSON ({exc.msg})") from exc
    if text[end:].strip() not in ("", ";"):
        raise ImportFailed(f"{path}:offset {end}: unexpected text after the object")
    for key in ("res", "votes", "countries"):
        if key not in payload:
            raise ImportFailed(f"{path}::{key}: missing")
    return payload


def read_rows(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ImportFailed(f"{path}: not a readable CSV ({exc})") from exc
    if not rows:
        raise ImportFailed(f"{path}: no rows")
    missing = [c for c in CSV_COLUMNS if c not in rows[0]]
    if missing:
        raise ImportFailed(f"{path}:row 1:{missing[0]}: column missing")
    return rows


def count(text: str, where: str) -> int | None:
    value = text.strip()
    if not value:
        return None
    if not value.isdigit():
        raise ImportFailed(f"{where}: not a count: {text!r}")
    return int(value)


def outcome_of(vote_type: str, statement: str) -> str:
    if vote_type in OUTCOME:
        return OUTCOME[vote_type]
    first = statement.strip().split(" ")[0].lower()
    return {"adopted": "adopted", "rejected": "not_adopted"}.get(first, "")


def read_hrc_voting(path: Path) -> Part:
    """All decisions, the recorded votes' per-state rows and the members; ImportFailed names what fails."""
    folder = path if path.is_dir() else path.parent
    rows = read_rows(folder / "resolutions.csv")
    payload = read_payload(folder / "data.js")
    defects: list[str] = []
    decisions = []
    seen: set[str] = set()
    for number, row in enumerate(rows, start=2):
        where = f"{folder / 'resolutions.csv'}:row {number}"
        if not row["record_id"].strip().isdigit():
            raise ImportFailed(f"{where}:record_id: not a number: {row['record_id']!r}")
        if row["record_id"] in seen:
            raise ImportFailed(f"{where}:record_id: {row['record_id']} twice")
        seen.add(row["record_id"])
        body = BODY.get(row["body"].strip())
        if body is None:
            raise ImportFailed(f"{where}:body: unknown {row['body']!r}")
        vote_type = row["vote_type"].strip()
        if vote_type not in METHOD:
            raise ImportFailed(f"{where}:vote_type: unknown {vote_type!r}")
        try:
            date = pd.to_datetime(row["date"].strip(), format="%Y-%m-%d")
        except ValueError as exc:
            raise ImportFailed(f"{where}:date: not a date: {row['date']!r}") from exc
        method = METHOD[vote_type]
        has_totals = method in ("recorded_vote", "non_recorded_vote")
        stated = {v: count(row[v], f"{where}:{v}") if has_totals else None for v in ("yes", "no", "abstain")}
        title = " ".join(row["title"].split())
        draft = row["draft"].strip()
        decisions.append(
            {
                "rcid": bodies.hrc_voting_id(int(row["record_id"])),
                "record_id": row["record_id"],
                "session": date.year,
                "date": date,
                "symbol": row["symbol"].strip() or None,
                "title": title,
                "short": " ".join(row["agenda_item_title"].split()).rstrip(" -"),
                "agenda_item": row["agenda_item_no"].strip(),
                "meeting": " ".join(row["meeting"].split()),
                "method": method,
                "outcome": outcome_of(vote_type, row["statement"]),
                "yes_stated": stated["yes"],
                "no_stated": stated["no"],
                "abstain_stated": stated["abstain"],
                "names": "missing" if method == "recorded_vote" else "not applicable",
                "subjects": row["agenda_subject"].strip(),
                "amend": ": amendment" in title.lower() or draft.lower().startswith("amendment"),
                "body": body,
                "note": "",
            }
        )
    table = pd.DataFrame(decisions)
    by_record = pd.Series(table.index, index=table["record_id"])
    votes, listed, notes, mismatches, blanks, doubled = read_votes(payload, by_record, table, folder / "data.js")
    table.loc[table["rcid"].isin(listed["rcid"]), "names"] = "listed"
    for rcid, note in notes.items():
        table.loc[table["rcid"] == rcid, "note"] = note
    without = table[(table["method"] == "recorded_vote") & (table["names"] == "missing")]
    symbols = Counter(table["symbol"].dropna())
    defects += [
        f"{mismatches} recorded votes whose per-state codes count otherwise than the official totals: totals kept "
        "as stated, the difference in the decision's note, no row invented",
        f"{doubled} states listed twice with the same code on one resolution: kept once",
        f"{blanks} listed members without a vote code ('-'): no vote row, a member all the same (noted)",
        f"{len(without)} recorded votes without per-state rows in data.js: names missing, totals as stated",
        f"{sum(c for c in symbols.values() if c > 1)} rows share {sum(1 for c in symbols.values() if c > 1)} "
        "symbols (Commission era, and amendments' draft symbols): record_id is the key",
        f"{int(table['symbol'].isna().sum())} rows without a symbol",
        "code GER (the Federal Republic of Germany) read as DEU; SUN (the USSR) as RUS, as the whole record codes it; "
        "YUG, DDR, CSK kept (ISO 3166-3)",
        f"{int(table['title'].str.contains(' : ', regex=False).sum())} titles with a cataloguing tail "
        "(' : resolution /'): cleaned, the raw title kept in title_raw",
        "main_sponsors not imported (nearly empty before 2013: unknown, not 'no sponsor')",
    ]
    members = []
    for body in BODY.values():
        calls = table[(table["body"] == body) & table["rcid"].isin(listed["rcid"])]
        members.append(
            membership.listed_spans(body, calls[["rcid", "date"]], listed[listed["rcid"].isin(calls["rcid"])])
        )
    names = {c["iso3"]: c["name"] for c in payload["countries"] if isinstance(c, dict) and "iso3" in c}
    names = {RECODED.get(k, k): v for k, v in names.items() if k != "SUN"}  # RUS keeps its own name
    counted = Counter(table["body"])
    return Part(
        decisions=table.drop(columns=["record_id"]),
        votes=votes,
        members=pd.concat(members, ignore_index=True),
        names=names,
        defects=defects,
        counts={
            "rows": len(rows),
            "recorded_with_rows": int(listed["rcid"].nunique()),
            "count_differences": mismatches,
            **{f"decisions_{body}": int(n) for body, n in counted.items()},
        },
    )


def read_votes(
    payload: dict, by_record: pd.Series, table: pd.DataFrame, path: Path
) -> tuple[pd.DataFrame, pd.DataFrame, dict[int, str], int, int, int]:
    """(votes, listed states, notes per decision, count differences, blank codes, doubled rows) from data.js."""
    res = payload["res"]
    ids = []
    for i, entry in enumerate(res):
        record_id = str(entry.get("id", "")) if isinstance(entry, dict) else ""
        if record_id not in by_record.index:
            raise ImportFailed(f"{path}:res[{i}]:id: {record_id!r} not in resolutions.csv")
        ids.append(int(table.loc[by_record[record_id], "rcid"]))
    rows, listed = [], []
    for iso3, entry in payload["votes"].items():
        codes, indexes = entry.get("v", ""), entry.get("r", [])
        if len(codes) != len(indexes):
            raise ImportFailed(f"{path}:votes.{iso3}: {len(indexes)} resolutions but {len(codes)} codes")
        code3 = RECODED.get(iso3, iso3)
        for index, code in zip(indexes, codes, strict=True):
            if not isinstance(index, int) or not 0 <= index < len(res):
                raise ImportFailed(f"{path}:votes.{iso3}.r: no resolution {index!r}")
            if code not in CODES and code != "-":
                raise ImportFailed(f"{path}:votes.{iso3}.v: unknown code {code!r}")
            listed.append((ids[index], code3))
            if code in CODES:
                rows.append((ids[index], code3, CODES[code]))
    votes = pd.DataFrame(rows, columns=["rcid", "iso3", "vote"])
    twice = votes[votes.duplicated(["rcid", "iso3"], keep=False)]
    if twice.groupby(["rcid", "iso3"])["vote"].nunique().gt(1).any():
        first = twice.iloc[0]
        raise ImportFailed(f"{path}:votes.{first['iso3']}: two different codes on one resolution ({first['rcid']})")
    votes = votes.drop_duplicates(["rcid", "iso3"])  # a state listed twice with the same code: kept once
    listed_frame = pd.DataFrame(listed, columns=["rcid", "iso3"]).drop_duplicates()
    counted = votes.groupby(["rcid", "vote"]).size().unstack(fill_value=0)
    blanks = listed_frame.groupby("rcid").size().sub(votes.groupby("rcid").size(), fill_value=0)
    notes, mismatches = {}, 0
    stated = table.set_index("rcid")
    for rcid in listed_frame["rcid"].unique():
        got = {v: int(counted.at[rcid, v]) if v in counted.columns else 0 for v in ("yes", "no", "abstain")}
        want = {v: stated.at[rcid, f"{v}_stated"] for v in ("yes", "no", "abstain")}
        parts = []
        if any(pd.notna(want[v]) and int(want[v]) != got[v] for v in got):
            mismatches += 1
            parts.append(
                f"The roll call counts {got['yes']}–{got['no']}–{got['abstain']} against the official "
                f"{'–'.join(str(int(want[v])) if pd.notna(want[v]) else '?' for v in got)}: "
                "the official totals are kept."
            )
        if blanks.get(rcid, 0):
            parts.append(f"{int(blanks[rcid])} listed member(s) without a vote code.")
        if parts:
            notes[int(rcid)] = " ".join(parts)
    return votes, listed_frame, notes, mismatches, int(blanks.sum()), len(twice) // 2


def build(path: Path, out_dir: Path) -> tuple[rollcalls.RollCalls, list[str]]:
    """The record with the Council's and the Commission's rows replaced by this source's (others kept)."""
    part = read_hrc_voting(path)
    decisions = rollcalls.conform(part.decisions.assign(source=SOURCE), SOURCE)
    record = bodies.replace_rows(
        bodies.current_record(out_dir), {SOURCE, "UN HRC extract"}, decisions, part.votes, None, part.names
    )
    entry = PROVENANCE | {"path": str(path), "counts": part.counts, "defects": part.defects}
    body_set = {bodies.HUMAN_RIGHTS_COUNCIL, bodies.COMMISSION}
    record = bodies.finish(record, {SOURCE, "UN HRC extract"}, {SOURCE: entry}, body_set, part.members)
    sizes = membership.sizes(record.members, bodies.HUMAN_RIGHTS_COUNCIL)
    details = [
        f"hrc-voting: {len(decisions):,} decisions ({part.counts.get('decisions_human_rights_council', 0):,} Council, "
        f"{part.counts.get('decisions_commission_on_human_rights', 0):,} Commission), {len(part.votes):,} state votes "
        f"on {part.counts['recorded_with_rows']:,} recorded votes",
        f"Council members per year: {sizes.min()}–{sizes.max()} states ({len(sizes)} years with a recorded vote)",
        f"defects handled ({len(part.defects)}):",
        *[f"  {d}" for d in part.defects],
    ]
    return record, details
