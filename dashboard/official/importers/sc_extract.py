"""The UN's extract of adopted Security Council resolutions, 2000 – June 2026 (`sc-resolutions/YYYY.json`),
and the 19 drafts not adopted, 2023–2025 (`sc-resolutions/not-adopted/*.xml`, AKN4UN).

Resolutions: JSON Lines, one adopted resolution a line, id 3,000,000 + the resolution number.
`adoption_type` gives method and tally: "Adopted unanimously" (typos too) and "Adopted 13-0-2" (also
"(13-0-2)", "non-unanimously") are recorded votes, their tally as stated (counts from the type, else
from the count keys); "without vote" and "by acclamation" are adoptions without a vote; "voting by
mail" is noted; an empty type is method unknown. Defects handled and reported: both key layouts
(21 lines of 2026 with the GA extract's keys; the shared keys are read); S/RES/2820–2822 on two
lines (kept once when the votes agree); counts that differ from the name lists (kept as listed,
flagged in the note); two date formats and no-break spaces; names "CHILEs", "CÔTE." + "D'IVOIRE"
(joined), TURKEY/TÜRKİYE, LIBYAN ARAB JAMAHIRIYA, NETHERLANDS (KINGDOM OF THE) (names.py aliases);
empty `sponsors`: unknown, so no sponsorship rows (never "none"); an `outcome_letter` naming another
meeting than `adoption_meeting`: noted.

Drafts not adopted: outcome vetoed where the `<step outcome="veto">` says so (vetoed_by: the
permanent members voting against), else not_adopted; votes per member from `<voting>`; the meeting
from the step's `as`; the date from the voting FRBRdate; the sponsors from the draftResolution step.
Id from the draft symbol (bodies.sc_draft_id), shared with the veto list: a draft in both is one
decision, the XML's. Membership: dashboard/official/membership.py (security_council).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pandas as pd

from dashboard.official import bodies, membership, names, rollcalls
from dashboard.official.importers.common import ImportFailed, json_lines
from dashboard.official.importers.ga_extract import parse_count, parse_date

SOURCE = "UN SC extract"
DRAFTS = "UN SC drafts"
FILE = re.compile(r"^(19|20)\d\d\.json$")
KEYS = ["symbol", "adoption_date", "adoption_meeting", "adoption_type", "MS_in_favour", "MS_against",
        "MS_abstaining", "MS_in_favour_count", "MS_against_count", "MS_abstaining_count", "sponsors",
        "additional_sponsors", "draft_resolution", "agenda_item_name", "subjects"]  # fmt: skip
LISTS = {"yes": "MS_in_favour", "no": "MS_against", "abstain": "MS_abstaining"}
SYMBOL = re.compile(r"^S/RES/(\d+)\s*\((\d{4})\)$")
TALLY = re.compile(r"\(?(\d+)\s*-\s*(\d+)\s*-\s*(\d+)")
MEETING = re.compile(r"(\d+)\s*(?:st|nd|rd|th)")
AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
PROVENANCE = {
    "producer": "United Nations, Department for General Assembly and Conference Management",
    "title": "Security Council resolutions 2000 – June 2026, machine-readable extract; drafts not adopted 2023–2025",
    "citation": "Source: United Nations. Security Council resolutions, machine-readable extract "
    "(UNxml/SCresolutions, data_extract/ and Not adopted/English/).",
    "licence": "United Nations terms: unofficial copies, no warranty; the United Nations must be acknowledged "
    "as the source",
    "url": "https://github.com/UNxml/SCresolutions",
    "version": "commit 6c4072a866bfd189176ae91d119cc4c66e3ff331 (2026-07-21)",
    "bodies": [bodies.SECURITY_COUNCIL],
    "membership": "15 members a year: the states in any per-member list of the year, and the permanent five "
    "every year (China's seat: TWN to 25 October 1971; the USSR's seat coded RUS throughout).",
}


def looks_like(path: Path) -> bool:
    folder = path if path.is_dir() else path.parent
    return (folder / "not-adopted").is_dir() or (
        any(FILE.match(p.name) for p in folder.glob("*.json")) and not (folder / "74.json").exists()
    )


def read_lines(folder: Path) -> list[tuple[str, dict]]:
    rows = []
    for path in sorted(p for p in folder.glob("*.json") if FILE.match(p.name)):
        rows += [(f"{path}:line {number}", record) for number, record in json_lines(path, KEYS)]
    if not rows:
        raise ImportFailed(f"{folder}: no YYYY.json lines")
    return rows


DAY = re.compile(r"^(\d{1,2} [A-Za-z]+ \d{4}|\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\b(.*)$")


def sc_date(text: str, where: str) -> tuple[pd.Timestamp, str]:
    """(date, words after it: '19 November 2004 in Nairobi'); both formats, no-break spaces allowed."""
    match = DAY.match(" ".join(text.replace("\u00a0", " ").split()))
    if not match:
        raise ImportFailed(f"{where}:adoption_date: not a date: {text!r}")
    return parse_date(match.group(1), where), match.group(2).strip()


def member_names(raw: list) -> list[str]:
    """The list's names, a name split in two ("CÔTE." + "D'IVOIRE") joined again."""
    out: list[str] = []
    for item in raw or []:
        name = " ".join(str(item).split())
        if out and out[-1].endswith(".") and names.iso3_of(out[-1]) is None:
            out[-1] = f"{out[-1].rstrip('.')} {name}"
        else:
            out.append(name)
    return out


def method_of(adoption_type: str) -> tuple[str, dict[str, int] | None, str]:
    """(method, tally stated in the type or None, note) of an adoption type."""
    text = " ".join(adoption_type.split()).lower()
    note = "Voting by mail." if "mail" in text else ""
    if not text:
        return "unknown", None, "The adoption type is empty: method unknown."
    if "without vote" in text or "acclamation" in text:
        return "without_vote", None, "Adopted by acclamation." if "acclamation" in text else note
    match = TALLY.search(text)
    if match:
        return "recorded_vote", dict(zip(("yes", "no", "abstain"), map(int, match.groups()), strict=True)), note
    if re.search(r"\bunanim", text):
        return "recorded_vote", None, note
    if "non-unanimously" in text:
        return "recorded_vote", None, note
    raise ValueError(adoption_type)


def read_resolutions(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, list[str], set[str]]:
    lines = read_lines(folder)
    decisions, votes, sponsors, defects, unmapped = [], [], [], [], set()
    seen: dict[str, dict] = {}
    layouts: Counter[str] = Counter()
    duplicates: Counter[str] = Counter()
    no_sponsors = 0
    for where, record in lines:
        symbol = " ".join(str(record["symbol"]).split())
        match = SYMBOL.match(symbol)
        if not match:
            raise ImportFailed(f"{where}:symbol: not S/RES/n (yyyy): {symbol!r}")
        layouts["GA extract keys (pv, title, voting_type)" if "pv" in record else "SC keys"] += 1
        lists = {vote: member_names(record[key]) for vote, key in LISTS.items()}
        if symbol in seen:
            duplicates[symbol] += 1
            if seen[symbol] != lists:
                defects.append(f"{symbol}: a later line ({Path(where).name}) has other votes; the first line is kept")
            continue
        seen[symbol] = lists
        rcid = bodies.sc_resolution_id(int(match.group(1)))
        date, place = sc_date(str(record["adoption_date"]), where)
        if "-" in str(record["adoption_date"])[:5]:
            defects.append(f"{symbol}: date as {record['adoption_date']!r}: read as {date:%d %B %Y}")
        try:
            method, tally, note = method_of(str(record["adoption_type"]))
        except ValueError as exc:
            raise ImportFailed(f"{where}:adoption_type: not understood: {record['adoption_type']!r}") from exc
        notes = [note] if note else []
        if date.year != int(match.group(2)):
            defects.append(f"{symbol}: adoption_date {date:%d %B %Y} is not in the symbol's year: kept, flagged")
            notes.append(
                f"The extract dates it {date:%d %B %Y}, not in {match.group(2)}: membership by the symbol's year."
            )
        if place:
            notes.append(f"Adopted {place}.")
        counts = {v: parse_count(str(record[f"{k}_count"]), where, f"{k}_count") for v, k in LISTS.items()}
        listed = any(lists.values())
        stated = tally or (counts if method == "recorded_vote" else dict.fromkeys(LISTS))
        if method == "recorded_vote" and listed:
            for vote, people in lists.items():
                if counts[vote] is not None and counts[vote] != len(people):
                    defects.append(f"{symbol}: {LISTS[vote]}_count {counts[vote]} but {len(people)} names; flagged")
                    notes.append(f"The extract counts {counts[vote]} {vote} but names {len(people)}.")
                elif tally and tally[vote] != len(people):
                    defects.append(f"{symbol}: adoption type says {tally[vote]} {vote}, {len(people)} names; flagged")
                    notes.append(f"The adoption type says {tally[vote]} {vote} but the extract names {len(people)}.")
        for vote, people in lists.items():
            for name in people:
                iso3 = names.iso3_of(name)
                if iso3 is None:
                    raise ImportFailed(f"{where}:{LISTS[vote]}: not a member state: {name!r}")
                votes.append((rcid, iso3, vote))
        entries = [(r, raw) for r, k in (("sponsor", "sponsors"), ("additional_sponsor", "additional_sponsors"))
                   for raw in record[k] or []]  # fmt: skip
        if not record["sponsors"]:
            no_sponsors += 1
        for role, raw in entries:
            for entry in names.sponsor_entries(str(raw)):
                if entry.kind == "unmapped":
                    unmapped.add(entry.name)
                sponsors.append((rcid, role, entry.iso3, entry.name, entry.kind, entry.on_behalf_of))
        meeting = MEETING.search(str(record["adoption_meeting"]))
        meeting_record = f"S/PV.{meeting.group(1)}" if meeting else str(record["adoption_meeting"]).strip()
        letter = " ".join(str(record.get("outcome_letter", "")).split())
        if letter and meeting and re.sub(r"\D", "", letter.split("(")[0]) != meeting.group(1):
            defects.append(f"{symbol}: outcome_letter {letter} but adopted at the {record['adoption_meeting']}")
            notes.append(f"The extract's outcome_letter names {letter}.")
        subjects = "; ".join(
            dict.fromkeys(
                str(s[0]).strip()
                for s in record["subjects"] or []
                if isinstance(s, list) and s and len(s) > 1 and "Thesaurus" in str(s[1])
            )
        )
        title = " ".join(str(record.get("resolution_title") or record.get("title") or "").split())
        decisions.append(
            {
                "rcid": rcid,
                "session": int(match.group(2)),
                "date": date,
                "symbol": symbol,
                "title": title,
                "short": " ".join(str(record["agenda_item_name"]).split()),
                "agenda_item": " ".join(str(record["agenda_item_name"]).split()),
                "meeting": meeting_record,
                "method": method,
                "outcome": "adopted",
                "yes_stated": stated["yes"],
                "no_stated": stated["no"],
                "abstain_stated": stated["abstain"],
                "names": "listed" if listed else ("missing" if method == "recorded_vote" else "not applicable"),
                "subjects": subjects,
                "body": bodies.SECURITY_COUNCIL,
                "amend": False,
                "note": " ".join(notes),
            }
        )
    for symbol, extra in sorted(duplicates.items()):
        defects.insert(0, f"{symbol}: {extra + 1} lines; kept once")
    defects.insert(0, f"key layouts: {dict(layouts)}; the shared keys read")
    defects.append(f"{no_sponsors} resolutions with an empty sponsors list: sponsors unknown (no rows), not 'none'")
    return (
        pd.DataFrame(decisions),
        pd.DataFrame(votes, columns=["rcid", "iso3", "vote"]),
        pd.DataFrame(sponsors, columns=["rcid", "role", "iso3", "name", "kind", "on_behalf_of"]),
        defects,
        unmapped,
    )


def read_draft(path: Path) -> tuple[dict, list[tuple[int, str, str]], list[tuple]]:
    """One draft not adopted: its decision row, votes and sponsors; ImportFailed names the file."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise ImportFailed(f"{path}: not XML ({exc})") from exc
    number = root.find(f".//{AKN}docNumber")
    voting = root.find(f".//{AKN}voting")
    if number is None or voting is None or not (number.text or "").strip():
        raise ImportFailed(f"{path}: no docNumber or no <voting>")
    symbol = " ".join((number.text or "").split())
    rcid = bodies.sc_draft_id(symbol)
    steps = root.findall(f".//{AKN}step")
    final = next(
        (s for s in steps if s.get("outcome") not in ("draftResolution", "draftResolutionAdditionalSponsors")), None
    )
    if final is None:
        raise ImportFailed(f"{path}: no <step> with the vote's outcome")
    dated = root.find(f".//{AKN}FRBRdate[@name='voting']")
    date = pd.Timestamp((dated.get("date") if dated is not None else None) or final.get("date"))
    refers = {"inFavour": "yes", "against": "no", "abstaining": "abstain"}
    votes, stated = [], {}
    for count in voting.findall(f"{AKN}count"):
        vote = refers.get(count.get("refersTo", ""))
        if vote is None:
            raise ImportFailed(f"{path}:voting: unknown count {count.get('refersTo')!r}")
        stated[vote] = int(count.get("value", "0"))
        for org in count.iter(f"{AKN}organization"):
            iso3 = names.iso3_of(" ".join((org.text or "").split()))
            if iso3 is None:
                raise ImportFailed(f"{path}:voting: not a member state: {org.text!r}")
            votes.append((rcid, iso3, vote))
    votes, fixes = one_vote_each(votes, stated, path)
    words = (final.get("by") or "").lower()
    vetoed = (final.get("outcome") or "").lower() == "veto" or "negative vote of a permanent member" in words
    against = [iso3 for _, iso3, vote in votes if vote == "no"]
    vetoers = sorted(set(against) & membership.permanent_on(date)) if vetoed else []
    status = "listed"
    if not votes:  # S/2025/353: an empty <voting>; the step names the vetoer in words
        status = "vetoers only" if vetoed else "missing"
        named = re.findall(r"\(([^()]+)\)", final.get("by") or "")
        vetoers = sorted(
            code for part in named for n in names.split_parts(part) if (code := names.iso3_of(n)) is not None
        )
        vetoers = [v for v in vetoers if v in membership.permanent_on(date)]
        votes = [(rcid, iso3, "no") for iso3 in vetoers]
        fixes.append("The XML records no vote: the vetoer from the outcome's words, no tally.")
    sponsors = []
    for step in steps:
        if step.get("outcome") in ("draftResolution", "draftResolutionAdditionalSponsors") and step.get("by"):
            role = "sponsor" if step.get("outcome") == "draftResolution" else "additional_sponsor"
            for entry in names.sponsor_entries(step.get("by", "")):
                sponsors.append((rcid, role, entry.iso3, entry.name, entry.kind, entry.on_behalf_of))
    keyword = root.find(f".//{AKN}keyword[@dictionary='DHL']")
    title = keyword.get("showAs", "") if keyword is not None else symbol
    decision = {
        "rcid": rcid,
        "session": date.year,
        "date": date,
        "symbol": symbol,
        "title": " ".join(title.split()),
        "meeting": final.get("as", ""),
        "method": "recorded_vote",
        "outcome": "vetoed" if vetoed else "not_adopted",
        "vetoed_by": "; ".join(vetoers),
        "yes_stated": stated.get("yes"),
        "no_stated": stated.get("no"),
        "abstain_stated": stated.get("abstain"),
        "names": status,
        "body": bodies.SECURITY_COUNCIL,
        "amend": False,
        "note": " ".join([" ".join((final.get("by") or "").split()), *fixes]),
    }
    return decision, votes, sponsors


def one_vote_each(votes: list[tuple[int, str, str]], stated: dict[str, int], path: Path) -> tuple[list, list[str]]:
    """A state named in two lists is kept in the one whose count it fits (S/2023/638 names China twice)."""
    sizes = Counter(vote for _, _, vote in votes)
    twice = {iso3 for iso3, n in Counter(iso3 for _, iso3, _ in votes).items() if n > 1}
    fixes = []
    for iso3 in sorted(twice):
        lists = [vote for _, code, vote in votes if code == iso3]
        over = [vote for vote in lists if sizes[vote] > stated.get(vote, 0)]
        if len(over) != len(lists) - 1:
            raise ImportFailed(f"{path}:voting: {iso3} in {lists} and no count tells which is right")
        votes = [row for row in votes if not (row[1] == iso3 and row[2] in over)]
        kept = next(v for v in lists if v not in over)
        fixes.append(f"The XML also names {iso3} under {', '.join(over)} beyond the stated count: kept as {kept}.")
    return votes, fixes


def read_drafts(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    rows, votes, sponsors = [], [], []
    for path in sorted((folder / "not-adopted").glob("*.xml")):
        decision, own, spons = read_draft(path)
        rows.append(decision)
        votes += own
        sponsors += spons
    frame = pd.DataFrame(rows)
    if not frame.empty:
        bodies.check_unique_ids(frame["rcid"], frame["symbol"], str(folder / "not-adopted"))
    return (
        frame,
        pd.DataFrame(votes, columns=["rcid", "iso3", "vote"]),
        pd.DataFrame(sponsors, columns=["rcid", "role", "iso3", "name", "kind", "on_behalf_of"]),
    )


def sc_members(record: rollcalls.RollCalls) -> pd.DataFrame:
    council = record.decisions[record.decisions["body"].astype(str) == bodies.SECURITY_COUNCIL]
    return membership.security_council(council, record.votes[record.votes["rcid"].isin(council["rcid"])])


def build(path: Path, out_dir: Path) -> tuple[rollcalls.RollCalls, list[str]]:
    folder = path if path.is_dir() else path.parent
    decisions, votes, sponsors, defects, unmapped = read_resolutions(folder)
    drafts, draft_votes, draft_sponsors = read_drafts(folder)
    defects += [f"sponsor entry not mapped to a state, kept as written: {name}" for name in sorted(unmapped)]
    rows = pd.concat(
        [rollcalls.conform(decisions.assign(source=SOURCE), SOURCE)]
        + ([rollcalls.conform(drafts.assign(source=DRAFTS), DRAFTS)] if not drafts.empty else []),
        ignore_index=True,
    )
    current = bodies.current_record(out_dir)
    replaced = 0
    if current is not None:
        replaced = int(
            (current.decisions["rcid"].isin(rows["rcid"]) & (current.decisions["source"] == "SC veto list")).sum()
        )
    record = bodies.replace_rows(
        current,
        {SOURCE, DRAFTS},
        rows,
        pd.concat([votes, draft_votes], ignore_index=True),
        pd.concat([sponsors, draft_sponsors], ignore_index=True),
    )
    vetoed = drafts[drafts["outcome"] == "vetoed"] if not drafts.empty else drafts
    defects.append(
        f"{len(drafts)} drafts not adopted ({len(vetoed)} vetoed); {replaced} veto-list rows replaced by the XML"
    )
    entries = {
        SOURCE: PROVENANCE | {"path": str(folder), "defects": defects},
        DRAFTS: PROVENANCE
        | {"path": str(folder / "not-adopted"), "title": "Security Council drafts not adopted, 2023–2025 (AKN4UN XML)"},
    }
    record = bodies.finish(record, set(), entries, {bodies.SECURITY_COUNCIL}, sc_members(record))
    sizes = membership.sizes(record.members, bodies.SECURITY_COUNCIL)
    recent = sizes[sizes.index >= 2000]
    details = [
        f"UN SC extract: {len(decisions):,} resolutions, {len(votes):,} member votes, "
        f"{len(sponsors):,} sponsorship rows; "
        f"{len(drafts)} drafts not adopted with {len(draft_votes)} member votes",
        f"Security Council members per year 2000–: {recent.min()}–{recent.max()} states",
        f"defects handled ({len(defects)}):",
        *[f"  {d}" for d in defects],
    ]
    return record, details
