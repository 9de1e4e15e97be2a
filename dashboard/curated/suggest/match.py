"""Candidates matched to what exists, and checked against the official record.

- An event that is the same decision as an existing one (same symbol; same body and tally; same body,
  kind and year; the same stage of a matched parent; or, for an article whose dateline has no year,
  the same body and kind on that month and day with the weekday the article names) becomes new
  evidence on the existing event, and every record pointing at it follows.
- A vote, sponsorship or position already recorded (same event and actor, same stance) becomes new
  evidence on that record; registered actors are not proposed again.
- A tally or named votes on an event linked to an official roll call, or found in its own body's record
  (same tally that year; a veto that day), are compared with the record (data/rollcalls): the candidate's
  notes say whether they agree, or what the record holds of that body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dashboard.curated.checks import normalise
from dashboard.curated.models import Body, Relation
from dashboard.curated.suggest import dates, extract
from dashboard.curated.suggest.extract import Candidate, Draft
from dashboard.vocabulary import label_of

if TYPE_CHECKING:
    from dashboard.official.rollcalls import RollCalls

TALLY = ("yes", "no", "abstain")
#: A curated body → the official record's bodies that hold its decisions (the Commission before the Council).
OFFICIAL_BODIES = {
    "ga_plenary": ("general_assembly",),
    "human_rights_council": ("human_rights_council", "commission_on_human_rights"),
    "security_council": ("security_council",),
}


def _year(value: str | None) -> str | None:
    return value[:4] if value else None


def find_event(c: Candidate, existing: list[Any], matched: dict[str, str], draft: Draft) -> tuple[Any, str] | None:
    """The existing event this candidate is, with the reason; None if it is new."""
    r = c.record
    for e in existing:
        if r.get("symbol") and e.symbol and r["symbol"] == e.symbol:
            return e, f"same symbol {e.symbol}"
    tally = tuple(r.get(k) for k in TALLY)
    if all(v is not None for v in tally):
        for e in existing:
            if e.body == r["body"] and tuple(getattr(e, k) for k in TALLY) == tally:
                return e, f"same body and tally ({'–'.join(map(str, tally))})"
    parent = r.get("parent_event_id")
    if parent and parent in matched:
        for e in existing:
            if e.parent_event_id == matched[parent] and e.relation == r.get("relation") and e.kind == r["kind"]:
                if e.kind == "amendment" and not _same_proposer(c, e, draft, existing):
                    continue
                return e, f"the same {label_of(Relation, r['relation'])} stage of {matched[parent]}"
    year = _year(r.get("date"))
    if (not year or draft.published.inferred) and (found := _dateline_match(c, existing, draft)):
        return found  # the record dates it better than a year inferred from a weekday
    if r["body"] is None:
        same = [e for e in existing if e.kind == r["kind"] and e.outcome == r["outcome"] and _year(e.date) == year]
        return (same[0], f"a {year} report, and the only one recorded") if year and len(same) == 1 else None
    if year:
        same = [e for e in existing if e.body == r["body"] and e.kind == r["kind"] and _year(e.date) == year]
        if r["kind"] == "amendment":
            same = [e for e in same if _same_proposer(c, e, draft, existing)]
        if r["kind"] == "report":
            same = [e for e in same if e.outcome == r["outcome"]]
        if len(same) == 1:
            return same[0], f"same body, kind and year ({year})"
    return None


def _dateline_match(c: Candidate, existing: list[Any], draft: Draft) -> tuple[Any, str] | None:
    """A recorded decision on the dateline's month and day, on the weekday the article names."""
    r = c.record
    weekday = next((n.split('"')[1] for n in c.notes if n.startswith("The article names")), None)
    if not weekday or not draft.dateline_md:
        return None
    month, day = draft.dateline_md
    for e in existing:
        if e.body != r["body"] or e.kind != r["kind"] or not e.date or len(e.date) != 10:
            continue
        d = dates.to_date(e.date)
        if d.strftime("%A") == weekday and (month, day) == (d.month, d.day):
            return e, f"the dateline's {d.strftime('%B')} {day} was a {weekday} in {d.year}, the day {e.id} was decided"
    return None


def _same_proposer(c: Candidate, e: Any, draft: Draft, existing: list[Any]) -> bool:
    proposer = next(
        (
            x.record["actor_id"]
            for x in draft.candidates
            if x.table == "sponsorships" and x.record.get("event_id") == c.id
        ),
        None,
    )
    return proposer is not None and proposer in (getattr(e, "_proposers", None) or set())


def match(draft: Draft, records: dict[str, list[Any]], official: RollCalls | None = None) -> None:
    """Rewrite the draft in place: matched candidates carry the existing id and only the new evidence."""
    existing = list(records.get("events", []))
    proposers: dict[str, set[str]] = {}
    for s in records.get("sponsorships", []):
        proposers.setdefault(s.event_id, set()).add(s.actor_id)
    for e in existing:
        object.__setattr__(e, "_proposers", proposers.get(e.id, set()))
    matched: dict[str, str] = {}  # draft event id → existing id
    for c in [c for c in draft.candidates if c.table == "events"]:
        found = find_event(c, existing, matched, draft)
        if found is None:
            continue
        e, why = found
        matched[c.id] = e.id
        reading = {
            k: c.record.get(k)
            for k in ("date", "outcome", "method", *TALLY)
            if c.record.get(k) not in (None, "unknown")
        }
        differs = [
            f"{k}: article {v!r}, recorded {getattr(e, k)!r}" for k, v in reading.items() if getattr(e, k) not in (v,)
        ]
        evidence = c.record["evidence"]
        c.record = e.model_dump(mode="json")
        c.record["evidence"] = evidence
        c.existing = True
        c.notes.append(f"Same decision as the existing event {e.id} ({why}): proposed as new evidence on it.")
        if differs:
            c.notes.append("The article reads differently — " + "; ".join(differs) + ". Check before accepting.")
        if (draft.published.value is None or draft.published.inferred) and "dateline" in why:
            _date_source(draft, e)
    unnamed = {c.key for c in draft.candidates if c.table == "events" and c.record["body"] is None and not c.existing}
    for key in unnamed:
        c = draft.by_key()[key]
        draft.skipped.append(
            f"a report whose author the article does not name, matching no recorded report: {c.record['evidence'][0]['quote'][:80]!r}"  # noqa: E501
        )
    draft.candidates = [c for c in draft.candidates if c.key not in unnamed and not set(c.requires) & unnamed]
    _rename_events(draft, matched)
    _match_actors(draft, records)
    _match_facts(draft, records)
    check_official(draft, records, official)


def _date_source(draft: Draft, e: Any) -> None:
    source = next(c for c in draft.candidates if c.table == "sources")
    d = dates.to_date(e.date)
    if draft.published.value == e.date:  # the inferred year is the recorded decision's: say so
        source.record["published_derivation"] += f" The recorded decision {e.id} of {e.date} agrees."
        return
    derivation = (
        f"The dateline gives {d.strftime('%B')} {d.day} without a year; the article reports {e.id} "
        f"(the {d.strftime('%A')} the article names), decided on {e.date}, so the year {d.year} is taken from it."
    )
    if draft.published.inferred:  # the record replaces the year inferred from the weekday
        derivation += f" (It replaces the year inferred from the weekday alone, {draft.published.value[:4]}.)"
        notes = (source.record.get("notes") or "").replace(extract.INFERRED_NOTE, "").strip()
        source.record["notes"] = notes or None
    source.record.update(published=e.date, published_precision="day", published_derivation=derivation)
    draft.published = dates.Dated(e.date, "day", derivation)
    for c in draft.candidates:
        if c.table != "events" or c.existing or not c.notes or "names" not in c.notes[0]:
            continue
        if c.record["date"] is None or "INFERRED" in " ".join(c.notes):
            weekday = c.notes[0].split('"')[1]
            c.notes = [n for n in c.notes if "INFERRED" not in n]
            value = dates.weekday_on_or_before(weekday, d).isoformat()
            c.record.update(
                date=value,
                date_precision="day",
                date_derivation=f'"{weekday}" in an article dated {dates.long_date(e.date)} ({derivation})',
            )


def _rename_events(draft: Draft, matched: dict[str, str]) -> None:
    for c in draft.candidates:
        r = c.record
        for key in ("event_id", "parent_event_id"):
            if r.get(key) in matched:
                r[key] = matched[r[key]]
        c.requires = [
            f"events:{matched[k.split(':', 1)[1]]}" if k.startswith("events:") and k.split(":", 1)[1] in matched else k
            for k in c.requires
        ]
        if c.table == "events" and c.existing:
            c.key = f"events:{r['id']}"


def _overlap(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return not a and not b
    a, b = normalise(a).lower(), normalise(b).lower()
    return a in b or b in a


def _match_facts(draft: Draft, records: dict[str, list[Any]]) -> None:
    used = {r.id for rows in records.values() for r in rows}
    for c in draft.candidates:
        r = c.record
        if c.table == "votes":
            same = [
                v
                for v in records.get("votes", [])
                if v.event_id == r["event_id"] and v.country_iso3 == r["country_iso3"]
            ]
        elif c.table == "sponsorships":
            same = [
                s
                for s in records.get("sponsorships", [])
                if s.event_id == r["event_id"] and s.actor_id == r["actor_id"]
            ]
        elif c.table == "positions":
            same = [
                p for p in records.get("positions", [])
                if p.event_id == r.get("event_id") and p.actor_id == r["actor_id"] and p.stance == r["stance"]
                and p.speaker_id == r.get("speaker_id") and _overlap(p.statement, r.get("statement"))
            ]  # fmt: skip
        else:
            continue
        if not same:
            if r["id"] in used:  # a new record must not reuse an existing id
                r["id"] = f"{r['id']}-{draft.source_id[:3]}"
            c.key = f"{c.table}:{r['id']}"
            continue
        old = same[0]
        evidence = r["evidence"]
        if c.table == "votes" and old.vote != r["vote"]:
            c.notes.append(f"The existing record {old.id} says {old.vote}; the article says {r['vote']}.")
            continue
        c.record = old.model_dump(mode="json")
        c.record["evidence"] = evidence
        c.existing = True
        c.key = f"{c.table}:{old.id}"
        c.notes.append(f"Already recorded as {old.id}: proposed as new evidence on it.")


def _match_actors(draft: Draft, records: dict[str, list[Any]]) -> None:
    registry = {a.id: a for a in records.get("actors", [])}
    rename: dict[str, str] = {}
    for c in draft.candidates:
        if c.table != "actors":
            continue
        r = c.record
        if r["id"] not in registry and r["type"] == "person" and "(not named)" in r["name"]:
            core = r["name"].split("'s ", 1)[-1].replace(" (not named)", "").split()[-1].lower()
            same = [
                a
                for a in registry.values()
                if a.type == "person"
                and a.speaks_for == r.get("speaks_for")
                and "(not named)" in a.name
                and core in a.name.lower()
            ]
            if len(same) == 1:
                rename[r["id"]] = same[0].id
                c.notes.append(f"Read as the registered {same[0].id} ({same[0].role}).")
                r["id"] = same[0].id
        if r["id"] in registry:
            c.record = registry[r["id"]].model_dump(mode="json")
            c.existing = True
            c.key = f"actors:{r['id']}"
    for c in draft.candidates:
        for key in ("actor_id", "speaker_id", "speaks_for"):
            if c.record.get(key) in rename:
                c.record[key] = rename[c.record[key]]
        c.requires = [
            f"actors:{rename[k[7:]]}" if k.startswith("actors:") and k[7:] in rename else k for k in c.requires
        ]


def _same_decision(rc: Any, bodies: tuple[str, ...], year: int, reported: dict, r: dict) -> list[tuple[int, str]]:
    """The body's decisions of that year with the same tally; for a vetoed draft, the vetoed drafts of its day."""
    from dashboard.official import rollcalls

    table = rc.decisions
    rows = table[table["body"].isin(bodies) & (table["year"] == year)]
    found: list[tuple[int, str]] = []
    if reported:
        for rcid in rows[rows["method"] == "recorded_vote"]["rcid"]:
            official_tally = rollcalls.tally(rc, int(rcid))
            if all(official_tally.get(k) == v for k, v in reported.items()):
                found.append((int(rcid), "same tally"))
    elif r.get("outcome") == "vetoed" and r.get("date_precision") == "day":
        day = rows[(rows["date"].astype(str).str[:10] == r["date"]) & (rows["vetoed_by"].fillna("") != "")]
        found += [(int(x), "vetoed that day") for x in day["rcid"]]
    return found


def _coverage(table: Any, body: str | None, bodies: tuple[str, ...]) -> str:
    """What the official record holds of the event's body, in words."""
    name = label_of(Body, body) if body else "unnamed body"
    rows = table[table["body"].isin(bodies)] if bodies else table.iloc[0:0]
    if rows.empty:
        return f"the record holds no decisions of the {name}"
    first, last = str(rows["date"].min())[:7], str(rows["date"].max())[:7]
    return f"the record of the {name}: {first} to {last}, recorded votes matched by tally and year"


def check_official(draft: Draft, records: dict[str, list[Any]], official: RollCalls | None) -> None:
    """Compare tallies and named votes with the official roll calls, where a link or the record allows."""
    events = [c for c in draft.candidates if c.table == "events" and any(c.record.get(k) is not None for k in TALLY)]
    voted = {c.record["event_id"] for c in draft.candidates if c.table == "votes"}
    wanted = events + [c for c in draft.candidates if c.table == "events" and c.id in voted and c not in events]
    if not wanted:
        return
    try:
        from dashboard.official import rollcalls

        rc = official if official is not None else rollcalls.load_rollcalls()
    except Exception as exc:  # noqa: BLE001 — any failure to read the record degrades to a note
        for c in wanted:
            c.notes.append(f"Official record not available ({type(exc).__name__}); the tally is not checked.")
        return
    links: dict[str, list[Any]] = {}
    for link in records.get("links", []):
        links.setdefault(link.event_id, []).append(link)
    table = rc.decisions
    for c in wanted:
        r = c.record
        reported = {k: r.get(k) for k in TALLY if r.get(k) is not None}
        candidates: list[tuple[int, str]] = []
        for link in links.get(r["id"], []):
            candidates.append((int(link.rcid), link.relation))
        if not candidates and r.get("symbol"):
            rows = table[table["symbol"] == r["symbol"]]
            candidates += [(int(x), "same_vote") for x in rows["rcid"]]
        year = (r.get("date") or draft.published.value or "")[:4]  # else the article's year
        bodies = OFFICIAL_BODIES.get(r["body"], ())
        if not candidates and year:
            candidates += _same_decision(rc, bodies, int(year), reported, r)
        if not candidates:
            c.notes.append(f"No official roll call to check against ({_coverage(table, r['body'], bodies)}).")
            continue
        for rcid, relation in candidates[:3]:
            row = table[table["rcid"] == rcid].iloc[0]
            official_tally = rollcalls.tally(rc, rcid)
            shown = "–".join(str(official_tally[k]) for k in TALLY)
            label = f"roll call {rcid} ({row['symbol']}, {str(row['date'])[:10]}: {shown})"
            if relation == "earlier_stage":
                c.notes.append(
                    f"A committee vote; the official record has only the plenary {label}, a different vote: tallies not compared."  # noqa: E501
                )
            elif reported:
                agree = all(official_tally.get(k) == v for k, v in reported.items())
                c.notes.append(f"Official record: {label} — the article's tally {'agrees' if agree else 'DISAGREES'}.")
            votes = [v for v in draft.candidates if v.table == "votes" and v.record["event_id"] == r["id"]]
            if votes:
                breakdown = rollcalls.breakdown(rc, rcid).set_index("iso3")["vote"]
                same = [
                    v.record["country_iso3"]
                    for v in votes
                    if breakdown.get(v.record["country_iso3"]) == v.record["vote"]
                ]
                stage = " (in the plenary, a later vote)" if relation == "earlier_stage" else ""
                c.notes.append(f"Named votes: {len(same)} of {len(votes)} agree with {label}{stage}.")
                for v in votes:
                    got = breakdown.get(v.record["country_iso3"], "not recorded")
                    verdict = "agrees" if got == v.record["vote"] else f"the record says {got}"
                    v.notes.append(f"Official record {label}{stage}: {verdict}.")
