"""Candidates and the draft: the passes' findings turned into records valid against the models of data/.

A `Candidate` is one proposed record (a dict checked against its pydantic model when it is built), the
passages that state it and the rule that proposed it. `build_draft` gives the events their ids, builds
every record and the actors they need, and returns the `Draft`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dashboard.curated.models import TABLES, Body, SponsorRole, Stance
from dashboard.curated.suggest import dates, rules
from dashboard.curated.suggest.names import slug
from dashboard.curated.suggest.text import trim
from dashboard.vocabulary import label_of

if TYPE_CHECKING:  # the passes import this module; it needs their types only for annotations
    from dashboard.curated.suggest.article import Article
    from dashboard.curated.suggest.events import EventDraft, Events
    from dashboard.curated.suggest.positions import Positions


@dataclass
class Candidate:
    """One proposed record: a dict valid against its model, the passages that state it, and why."""

    key: str  # unique in the draft: "table:id"
    table: str  # sources, actors, events, votes, sponsorships, positions
    record: dict[str, Any]
    rule: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    existing: bool = False  # the record id is in data/: the candidate adds evidence to it
    requires: list[str] = field(default_factory=list)  # keys of candidates it needs

    @property
    def id(self) -> str:
        return self.record["id"]

    def label(self) -> str:
        r = self.record
        if self.table == "events":
            tally = "–".join(str(r[k]) for k in ("yes", "no", "abstain") if r.get(k) is not None)
            return (
                f"event: {r['title']}"
                + (f" ({tally})" if tally else "")
                + (" — evidence on an existing event" if self.existing else "")
            )
        if self.table == "votes":
            return f"vote: {r['country_iso3']} voted {r['vote']} on {r['event_id']}"
        if self.table == "sponsorships":
            return f"sponsor: {r['actor_id']} as {label_of(SponsorRole, r['role'])} of {r['event_id']}"
        if self.table == "positions":
            said = f" — “{r['statement'][:70]}”" if r.get("statement") else ""
            return (
                f"position: {r['actor_id']} {label_of(Stance, r['stance'])}"
                + (f" ({r['speaker_id']})" if r.get("speaker_id") else "")
                + said
            )
        if self.table == "actors":
            return f"actor: {r['name']} ({r['type']})"
        return f"source: {r['id']}"


@dataclass
class Draft:
    source_id: str
    text: str
    candidates: list[Candidate]
    published: dates.Dated
    skipped: list[str] = field(default_factory=list)  # what a rule saw but did not propose, and why
    dateline_md: tuple[int, int] | None = None  # a dateline's month and day, where it gives no year

    def by_key(self) -> dict[str, Candidate]:
        return {c.key: c for c in self.candidates}


class Collector:
    """The candidates one pass proposes, in order, each once (a repeat adds its passages)."""

    def __init__(self) -> None:
        self.candidates: list[Candidate] = []

    def get(self, key: str) -> Candidate | None:
        return next((c for c in self.candidates if c.key == key), None)

    def add(self, candidate: Candidate) -> Candidate:
        self.candidates.append(candidate)
        return candidate

    def position(
        self,
        actor_id: str,
        speaker_id: str | None,
        stance: str,
        statement: str | None,
        event: EventDraft | None,
        rule: str,
        spans: list[tuple[int, int]],
    ) -> Candidate:
        """A position, or the same one found before (its passages added)."""
        record = {
            "actor_id": actor_id,
            "speaker_id": speaker_id,
            "stance": stance,
            "statement": statement,
            "event": event,
        }
        c = Candidate(position_key(record), "positions", record, rule, list(spans))
        return merge_position(self.candidates, c)


def position_key(record: dict[str, Any]) -> str:
    event = record["event"]
    return (
        f"positions:{record['actor_id']}:{record['speaker_id']}:{record['stance']}:"
        f"{id(event) if event else None}:{record['statement']}"
    )


def merge_position(candidates: list[Candidate], new: Candidate) -> Candidate:
    """Append a position unless the list has it (same key, or an unquoted one of the same actor, stance, event)."""
    r = new.record
    for c in candidates:
        if c.key == new.key or (
            c.table == "positions"
            and r["statement"] is None
            and c.record["actor_id"] == r["actor_id"]
            and c.record.get("speaker_id") == r["speaker_id"]
            and c.record["stance"] == r["stance"]
            and c.record["event"] is r["event"]
        ):
            for span in new.spans:
                if span not in c.spans:
                    c.spans.append(span)
            return c
    candidates.append(new)
    return new


def combine(*passes: list[Candidate]) -> list[Candidate]:
    """The passes' candidates in order, each fact once: a repeated position or vote adds its passages."""
    out: list[Candidate] = []
    keys: dict[str, Candidate] = {}
    for candidates in passes:
        for c in candidates:
            if c.table == "positions":
                merge_position(out, c)
                continue
            if c.key in keys:
                if c.table == "votes":
                    keys[c.key].spans.extend(s for s in c.spans if s not in keys[c.key].spans)
                continue
            keys[c.key] = c
            out.append(c)
    return out


def validated(table: str, record: dict[str, Any]) -> dict[str, Any]:
    """The record, checked against its model of data/ (raises on an invalid one).

    A report whose author the text does not name (body None) is checked with a placeholder body: `match`
    keeps it only where a recorded report gives the body, and drops it otherwise."""
    if table == "events" and record["body"] is None:
        TABLES[table].model_validate({**record, "body": "ohchr"})
    else:
        TABLES[table].model_validate(record)
    return record


TITLES = {
    "resolution": "Resolution of the {body}",
    "security_council_draft": "Security Council draft resolution",
    "amendment": "Amendment proposed by {proposer}",
    "session": "Session of the {body}",
    "report": "Report of the {body}",
}
#: A body in a draft's title: its label without the bracketed gloss ("General Assembly (plenary)" → "General Assembly").
BODY_NAMES = {body.value: body.label.split(" (")[0] for body in Body}


def build_draft(article: Article, events: Events, candidates: list[Candidate], positions: Positions) -> Draft:
    """Turn the events and candidates under construction into records valid against the models."""
    sid = article.source_id
    text = article.text
    gaz = article.gaz
    persons = positions.persons
    number = sid[:3]
    used: set[str] = set()
    ids: dict[int, str] = {}  # id(event draft) → its record id
    ordered = sorted(
        events.found.values(), key=lambda e: (e.parent is not None, min(s for s, _ in e.spans) if e.spans else 0)
    )
    for e in ordered:
        year = e.date.value[:4] if e.date.value else "undated"
        stem = f"{rules.BODY_ABBREVIATIONS.get(e.body or '', 'un')}-{year}-" + (
            f"{(e.proposer or 'x').lower()}-amendment"
            if e.kind == "amendment"
            else {"security_council_draft": "draft", "report": f"{e.outcome}-report"}.get(e.kind, e.kind)
        )
        stem = f"{stem}-{number}"
        eid, n = stem, 2
        while eid in used:
            eid, n = f"{stem}-{n}", n + 1
        used.add(eid)
        ids[id(e)] = eid
    source = Candidate(
        f"sources:{sid}", "sources", validated("sources", article.meta.record), "source.metadata", article.meta.spans
    )
    out: list[Candidate] = [source]

    def evidence(spans: list[tuple[int, int]]) -> list[dict[str, str]]:
        items = []
        for a, b in spans:
            a, b = trim(text, a, b)
            if b - a >= 8:
                items.append({"source": sid, "quote": text[a:b]})
        return items

    for e in ordered:
        if not e.spans:
            continue
        eid = ids[id(e)]
        year_stated = e.date.value[:4] if e.date.value else None
        title = TITLES[e.kind].format(body=BODY_NAMES.get(e.body or "", "UN"), proposer=gaz.name(e.proposer or ""))
        if e.outcome == "pending":
            title = f"{BODY_NAMES.get(e.body or '', 'UN')} vote (pending)"
        title += f" ({year_stated})" if year_stated else ""
        date = e.date
        if date.precision != "day" and not date.derivation:
            date = dates.Dated(date.value, date.precision, "The article does not date it further.", date.cue)
        parent_id = ids[id(e.parent)] if e.parent else None
        record: dict[str, Any] = {
            "id": eid, "kind": e.kind, "body": e.body, "date": date.value, "date_precision": date.precision,
            "date_derivation": date.derivation, "title": title, "summary": None, "outcome": e.outcome, "method": e.method,  # noqa: E501
            "yes": e.tally.get("yes"), "no": e.tally.get("no"), "abstain": e.tally.get("abstain"),
            "non_voting": e.tally.get("non_voting"), "symbol": e.symbol,
            "parent_event_id": parent_id, "relation": e.relation if e.parent else None,
            "cosponsor_count": e.cosponsors[0] if e.cosponsors else None,
            "cosponsor_count_qualifier": e.cosponsors[1] if e.cosponsors else None,
            "evidence": evidence(e.spans),
        }  # fmt: skip
        rule = e.rule + (f" + {e.tally_rule}" if e.tally_rule else "")
        c = Candidate(f"events:{eid}", "events", validated("events", record), rule, list(e.spans))
        if e.parent:
            c.requires.append(f"events:{parent_id}")
        if e.weekday and date.value is None:
            c.notes.append(f'The article names "{e.weekday}" but its own date is not known.')
        out.append(c)
    actors_needed: set[str] = set()
    for c in candidates:
        r = c.record
        event: EventDraft | None = r.pop("event", None)
        event_id = ids[id(event)] if event is not None else None
        if c.table in ("votes", "sponsorships", "positions") and event is not None:
            r["event_id"] = event_id
            c.requires.append(f"events:{event_id}")
        if c.table == "votes":
            r["id"] = f"{event_id}-{r['country_iso3'].lower()}"
        elif c.table == "sponsorships":
            r["id"] = f"{event_id}-{slug(r['actor_id'])}"
            actors_needed.add(r["actor_id"])
        elif c.table == "positions":
            r.setdefault("event_id", None)
            r["summary"] = summary_of(article, persons, r)
            actors_needed.add(r["actor_id"])
            if r.get("speaker_id"):
                actors_needed.add(r["speaker_id"])
            base = f"{slug(r['speaker_id'] or r['actor_id'])}-{r['stance'].replace('_', '-')}-{number}"
            pid, n = base, 2
            while pid in used:
                pid, n = f"{base}-{n}", n + 1
            r["id"] = pid
        if r.get("id") in used:
            continue
        used.add(r["id"])
        r["evidence"] = evidence(c.spans)
        if not r["evidence"]:
            continue
        validated(c.table, r)
        c.key = f"{c.table}:{r['id']}"
        for field_name in ("actor_id", "speaker_id"):
            if r.get(field_name):
                c.requires.append(f"actors:{r[field_name]}")
        out.append(c)
    # actors the candidates need (the registry's own are matched later and dropped)
    for actor_id in sorted(actors_needed):
        if actor_id in persons:
            p = dict(persons[actor_id])
            if p.get("speaks_for"):
                actors_needed.add(p["speaks_for"])
    for actor_id in sorted(actors_needed):
        if actor_id in persons:
            record = {k: v for k, v in persons[actor_id].items()}
        else:
            record = {
                "id": actor_id,
                "type": gaz.type_of(actor_id),
                "name": gaz.name(actor_id),
                "aliases": [],
                "role": None,
                "speaks_for": None,
                "notes": None,
            }
        c = Candidate(f"actors:{actor_id}", "actors", validated("actors", record), "actor.named")
        if record.get("speaks_for"):
            c.requires.append(f"actors:{record['speaks_for']}")
        out.append(c)
    skipped = article.meta.skipped + events.skipped + positions.skipped
    return Draft(sid, text, out, article.published, skipped, article.meta.dateline_md)


def summary_of(article: Article, persons: dict[str, dict[str, Any]], r: dict[str, Any]) -> str:
    gaz = article.gaz
    who = gaz.name(r["actor_id"]) if r["actor_id"] not in persons else persons[r["actor_id"]]["name"]
    if r.get("speaker_id") and r["speaker_id"] in persons:
        who = persons[r["speaker_id"]]["name"]
    elif r.get("speaker_id"):
        who = gaz.name(r["speaker_id"])
    what = {
        "support": "supported it", "oppose": "opposed it", "reject": "rejected it", "dissociate": "dissociated from it",
        "boycott": "boycotted it", "veto": "vetoed it", "call_for_dialogue": "called for dialogue",
        "call_for_accountability": "called for accountability", "concern": "expressed concern", "warn": "warned of consequences",  # noqa: E501
    }[r["stance"]]  # fmt: skip
    return f"{who} {what} (suggested; check)."
