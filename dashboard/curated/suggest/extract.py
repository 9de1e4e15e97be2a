"""The rules applied to one article: source metadata, events, named votes, sponsors, positions and quotes.

`extract(text, source_id, gazetteer)` returns a `Draft`: a list of `Candidate`s, each a record of
data/ (valid against its model) with the passages (character spans of the text) that state it and
the rule that proposed it. Nothing here reads or writes files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dashboard.curated.models import Body, SponsorRole, Stance
from dashboard.curated.suggest import dates, rules
from dashboard.curated.suggest.names import Gazetteer, Mention, slug
from dashboard.curated.suggest.text import Span, paragraphs, sentences, trim
from dashboard.vocabulary import label_of

I = re.IGNORECASE  # noqa: E741
RX = {name: re.compile(p, I) for name, p in rules.EVENT_RULES.items()}
VETOED = re.compile(r"\bvetoed\b|['’]s veto\b(?!\s+power)|\b(?:cast|used|exercised) (?:its|a|their) veto\b", I)
TALLIES = rules.compile_all(rules.TALLY_RULES)
BODIES = [(body, re.compile(p, I)) for body, p in rules.BODY_PATTERNS]
ANAPHORA = re.compile(rules.COUNCIL_ANAPHORA, I)
FURNITURE = re.compile(rules.FURNITURE, I)
APPEAL = re.compile(rules.APPEAL, I)
CAPTION = re.compile(rules.CAPTION, I)
DECISION_NOUN = re.compile(rf"\b{rules.DECISION_NOUN}\b", I)
ADDRESSED = re.compile(rules.ADDRESSED + r"\s*$", I)
INFERRED_NOTE = "The year of the date is INFERRED from the weekday the article names: check it."
REPORT_CLAUSE = re.compile(r"\b(?:[\w-]+\s+){0,2}report\b[^.;]{0,60}", I)


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


# --- events under construction ----------------------------------------------------------------------
@dataclass
class EventDraft:
    key: tuple
    kind: str
    body: str | None  # None: a UN report whose author the text does not name
    rule: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    outcome: str = "unknown"
    method: str = "unknown"
    tally: dict[str, int] = field(default_factory=dict)
    tally_rule: str | None = None
    symbol: str | None = None
    parent: EventDraft | None = None
    relation: str | None = None
    cosponsors: tuple[int, str] | None = None
    date: dates.Dated = dates.UNKNOWN
    weekday: str | None = None  # a weekday word the date could not be resolved with
    proposer: str | None = None  # an amendment's proposer
    id: str = ""

    def add_span(self, span: tuple[int, int]) -> None:
        if span not in self.spans:
            self.spans.append(span)


class Extractor:
    def __init__(self, text: str, source_id: str, gaz: Gazetteer, today: date | None = None) -> None:
        self.text = text
        self.today = today or date.today()  # the upper bound of an inferred year
        self.source_id = source_id
        self.gaz = gaz
        self.sentences = sentences(text)
        self.excluded: set[int] = set()  # paragraph indexes that are furniture or captions
        self.events: dict[tuple, EventDraft] = {}
        self.sentence_events: dict[int, list[EventDraft]] = {}  # sentence start → events it refers to
        self.candidates: list[Candidate] = []
        self.skipped: list[str] = []
        self.published = dates.UNKNOWN
        self.dateline_md: tuple[int, int] | None = None
        self.dateline_start = 0
        self.dateline_end: int | None = None
        self.persons: dict[str, dict[str, Any]] = {}  # id → actor record of people met in the text

    # -- helpers --
    def span_text(self, span: tuple[int, int]) -> str:
        return self.text[span[0] : span[1]]

    def body_sentences(self) -> list[Span]:
        return [s for s in self.sentences if s.paragraph not in self.excluded]

    def bodies_in(self, s: Span, last: str | None) -> list[tuple[int, str]]:
        """(offset, body) named in the sentence; "the council" is the last council-like body."""
        found = []
        taken: list[tuple[int, int]] = []
        for body, rx in BODIES:
            for m in rx.finditer(s.text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                if ADDRESSED.search(s.text[max(0, m.start() - 40) : m.start()]):
                    continue  # "asking the Security Council to refer": addressed, not deciding
                found.append((s.start + m.start(), body))
        if last:
            for m in ANAPHORA.finditer(s.text):
                if not any(a <= m.start() < b for a, b in taken):
                    found.append((s.start + m.start(), last))
        return sorted(found)

    # -- source metadata --
    def source(self) -> Candidate:
        text = self.text
        paras = paragraphs(text)
        headline = byline = agency = dateline = outlet = None
        notes: list[str] = []
        spans: list[tuple[int, int]] = []
        published = dates.UNKNOWN
        credit_year = credit_line = None
        photo_year = photo_line = None
        for index, (a, b) in enumerate(paras):
            line = text[a:b]
            words = line.split()
            if FURNITURE.search(line) or (APPEAL.search(line) and "keeps" not in line):
                self.excluded.add(index)
                continue
            credit = dates.CREDIT.search(line) or dates.COPYRIGHT_WORD.search(line)
            if credit and len(words) <= 14:
                self.excluded.add(index)
                if CAPTION.search(line.replace("©", "")) or re.search(r"/|Images?", line):
                    photo_year, photo_line = int(credit.group("year")), line.strip()
                    if index > 0:
                        self.excluded.add(index - 1)  # the caption the credit belongs to
                else:
                    credit_year, credit_line = int(credit.group("year")), line.strip()
                    for name, short in rules.AGENCIES.items():
                        if re.search(rf"\b{re.escape(name)}\b", line):
                            agency = short
                continue
            if CAPTION.search(line) and (len(words) <= 45 or re.search(r"\((?:[^)]*Photo[^)]*)\)\s*$", line)):
                self.excluded.add(index)
                continue
            m = re.fullmatch(
                r"By\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s+and\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})?)\.?",
                line.strip(),
            )
            if m:
                byline = m.group("name")
                self.excluded.add(index)
                continue
            if re.search(r"keeps\s+(The\s+[A-Z]\w+(?:\s+[A-Z]\w+)?)\s+(?:open|going|alive|free)", line):
                outlet = re.search(r"keeps\s+(The\s+[A-Z]\w+(?:\s+[A-Z]\w+)?)", line).group(1)  # type: ignore[union-attr]
                self.excluded.add(index)
                continue
            if re.fullmatch(r"(?:Readers\s+)?Comments?|Your Voice|Thank you.*", line.strip(), I):
                self.excluded.add(index)
                continue
            # the agency line of a wire copy: "Reuters Geneva, Switzerland Mar 24, 2017, 06.05 PM (IST)"
            agency_names = "|".join(re.escape(n) for n in rules.AGENCIES)
            m = re.match(
                rf"^\s*(?P<agency>{agency_names})\s+(?P<place>[A-Z][a-z]+(?:[ ,]+[A-Z][a-z]+)*?)\s+(?P<date>{rules.MONTH}\s+\d{{1,2}},?\s+\d{{4}})",  # noqa: E501
                line,
            )
            if m:
                agency, dateline = rules.AGENCIES[m.group("agency")], m.group("place").strip(", ")
                value = dates.full_dates(m.group("date"))[0][2]
                published = dates.Dated(value, "day", None, m.group("date"))
                self.excluded.add(index)
                continue
            full = dates.full_dates(line)
            if full and len(words) <= 8 and published.value is None:
                published = dates.Dated(full[0][2], "day", None, line.strip())
                self.excluded.add(index)
                continue
            # "GENEVA, March 23 (Reuters) -", "NEW YORK, Dec. 3 (AFP) --", "...ChinaGENEVA, March 24- The"
            m = re.search(
                rf"(?<![A-Z])(?P<place>[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+)*),\s*(?P<month>{rules.MONTH})\s+(?P<day>\d{{1,2}})"
                rf"(?:,\s*(?P<year>\d{{4}}))?\s*(?:\((?P<agency>[A-Za-z .-]+)\))?\s*[-–—]{{1,2}}",
                line,
            )
            if m and dateline is None:
                self.dateline_start, self.dateline_end = a + m.start(), a + m.end()
                dateline = m.group("place").title()
                if m.group("agency") and m.group("agency").strip() in rules.AGENCIES:
                    agency = rules.AGENCIES[m.group("agency").strip()]
                month, day = dates.month_number(m.group("month")), int(m.group("day"))
                if m.group("year"):
                    published = dates.Dated(dates.iso(int(m.group("year")), month, day), "day", None, m.group(0))
                else:
                    self.dateline_md = (month, day)
                    notes.append(f'The dateline gives "{m.group("month")} {day}" without a year.')
                if m.start() > 0 and headline is None:
                    notes.append(
                        f'The words before the dateline ("{line[: m.start()].strip()}") read as a caption, not a headline.'  # noqa: E501
                    )
                continue
            m = re.match(rf"^(?P<place>{'|'.join(re.escape(p) for p in rules.DATELINE_PLACES)})\.\s+[A-Z]", line)
            if m and dateline is None:
                dateline = m.group("place")
                continue
            m = re.match(
                r"^(?P<place>[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+)*)\s*(?:\((?P<agency>[A-Za-z .-]+)\))?\s*[-–—]{1,2}\s",
                line,
            )
            if m and dateline is None and len(m.group("place")) > 3:
                dateline = m.group("place").title()
                if m.group("agency") and m.group("agency").strip() in rules.AGENCIES:
                    agency = rules.AGENCIES[m.group("agency").strip()]
                continue
            if m := re.match(r"^\s*\((?P<agency>[A-Za-z .-]+)\)\s*[-–—]", line):
                agency = rules.AGENCIES.get(m.group("agency").strip(), agency)
            short = 3 <= len(words) <= 16 and not re.search(r"[.:]$", line.strip()) and not line.strip().startswith("(")
            if headline is None and short and not self._body_started(index, paras):
                if line.strip() in rules.DATELINE_PLACES:
                    continue
                headline = line.strip()
                spans.append((a, b))
                self.excluded.add(index)  # metadata, not a fact's evidence
                continue
            if len(words) <= 3 and not self._body_started(index, paras):
                self.excluded.add(index)  # a tag such as "The Hague" or "Angry reaction" at the top
                if line.strip() in rules.DATELINE_PLACES:
                    notes.append(
                        f'The line "{line.strip()}" stands alone without a date: read as a tag, not a dateline.'
                    )
        derivation = None
        if published.value is None and self.dateline_md:
            inferred = self.dateline_year()
            if inferred is not None:
                published, derivation = inferred, inferred.derivation
                notes.append(INFERRED_NOTE)
        if published.value is None and credit_year:
            published = dates.Dated(str(credit_year), "year", None, credit_line or "")
            derivation = f'The text gives no date; the credit line "{credit_line}" gives the year.'
        elif published.value is None and photo_year:
            derivation = f'The text gives no date; the photo credit "{photo_line}" gives the year {photo_year} (a photo may be older than the article: check).'  # noqa: E501
            published = dates.Dated(str(photo_year), "year", None, photo_line or "")
        published = dates.Dated(published.value, published.precision, derivation, published.cue, published.inferred)
        self.published = published
        if self.dateline_end is not None:  # the dateline is the article's date, not a fact's: cut it off
            cut = self.dateline_end
            while cut < len(text) and text[cut].isspace():
                cut += 1
            self.sentences = [
                Span(cut, s.end, text[cut : s.end], s.paragraph) if s.start < cut < s.end else s
                for s in self.sentences
                if not (self.dateline_start <= s.start and s.end <= cut)
            ]
        rights = (
            f"{credit_line}; short passages quoted for research."
            if credit_line
            else (
                f"Copyright of {agency} and its publisher (not named); short passages quoted for research."
                if agency
                else "Copyright of its publisher (not named); short passages quoted for research."
            )
        )
        if self.excluded:
            notes.append(
                f"{len(self.excluded)} line(s) read as page furniture, captions or credits and not used as evidence."
            )
        record = {
            "id": self.source_id,
            "headline": headline,
            "outlet": outlet,
            "agency": agency,
            "byline": byline,
            "published": published.value,
            "published_precision": published.precision,
            "published_derivation": derivation,
            "dateline": dateline,
            "rights": rights,
            "notes": " ".join(notes) or None,
        }
        return Candidate(f"sources:{self.source_id}", "sources", record, "source.metadata", spans)

    def dateline_year(self) -> dates.Dated | None:
        """A dateline's missing year, from the one weekday the running text names (None if it names several)."""
        assert self.dateline_md is not None
        paras = paragraphs(self.text)
        body = " ".join(self.text[a:b] for i, (a, b) in enumerate(paras) if i not in self.excluded)
        weekdays = {m.group("weekday").lower() for m in dates.WEEKDAY_WORD.finditer(body)}
        if len(weekdays) != 1:
            if weekdays:
                self.skipped.append(
                    f"the dateline's year: the article names {len(weekdays)} weekdays, so none is read as its own day"
                )
            return None
        month, day = self.dateline_md
        return dates.dateline_year(month, day, weekdays.pop().title(), self.text, self.today)

    def _body_started(self, index: int, paras: list[tuple[int, int]]) -> bool:
        """Whether a paragraph of running text (25+ words, not a caption) comes before this one."""
        for j in range(index):
            if j in self.excluded:
                continue
            a, b = paras[j]
            if len(self.text[a:b].split()) >= 25:
                return True
        return False

    # -- events --
    def event(self, key: tuple, kind: str, body: str, rule: str) -> EventDraft:
        if key not in self.events:
            self.events[key] = EventDraft(key=key, kind=kind, body=body, rule=rule)
        return self.events[key]

    def main_decision(self) -> EventDraft | None:
        """The article's principal decision: the first resolution or draft with a decision verb."""
        for e in self.events.values():
            if e.kind in ("resolution", "security_council_draft") and e.outcome != "pending":
                return e
        return None

    def find_events(self) -> None:
        last_council: str | None = None
        counts: dict[str, int] = {}
        sents = self.body_sentences()
        per_sentence = {}
        for s in sents:
            found = self.bodies_in(s, last_council)
            per_sentence[s.start] = found
            for _o, body in found:
                counts[body] = counts.get(body, 0) + 1
                if body in rules.DECIDING_BODIES:
                    last_council = body
        dominant = max((b for b in counts if b in rules.DECIDING_BODIES), key=lambda b: counts[b], default=None)
        current: str | None = None  # the deciding body the text is talking about
        deferred: list[Span] = []
        for s in self._two_passes(sents, deferred):
            deferred_pass = s.start in self._deferred_starts
            bodies = per_sentence[s.start]
            deciding = [b for _o, b in bodies if b in rules.DECIDING_BODIES]
            refers: list[EventDraft] = []
            t = s.text
            veto = VETOED.search(t)
            amendment = RX["amendment"].search(t)
            # pending: "will go to the full General Assembly for a vote next month"
            if RX["decision.pending"].search(t):
                parent = self.main_decision()
                e = self.event(("ga_plenary", "resolution", "pending"), "resolution", "ga_plenary", "decision.pending")
                e.outcome = "pending"
                if parent is not None and parent.body != "ga_plenary":
                    e.parent, e.relation = parent, "next_stage_of"
                e.add_span((s.start, s.end))
                refers.append(e)
            elif veto:
                e = self.event(
                    ("security_council", "security_council_draft"),
                    "security_council_draft",
                    "security_council",
                    "decision.vetoed",
                )
                e.outcome, e.method = "vetoed", "recorded_vote"
                e.add_span((s.start, s.end))
                refers.append(e)
                current = "security_council"
            elif amendment and re.search(rules.AMENDMENT_BY + "|" + rules.AMENDMENT_SUBJECT, t, I):
                refers += self.amendment(s)
            elif (
                RX["decision.adopted"].search(t) or RX["decision.rejected"].search(t) or self.tally(t)
            ) and not re.search(
                r"\b(?:should|could|would|may|might)\s+(?:also\s+)?(?:\w+\s+)?(?:adopt|pass|approve)", t, I
            ):
                if not deciding and not deferred_pass:
                    deferred.append(s)  # no body named: decided once the article's decisions are known
                    continue
                main = self.main_decision()
                body = self._decision_body(s, bodies, (main.body if main else None) or current or dominant)
                if body and (DECISION_NOUN.search(t) or self.tally(t) or deciding):
                    kind = "security_council_draft" if body == "security_council" else "resolution"
                    e = self.event((body, kind), kind, body, "decision.adopted")
                    if RX["decision.rejected"].search(t):
                        e.outcome = "rejected"
                    elif e.outcome == "unknown":
                        e.outcome = "adopted"
                    e.add_span((s.start, s.end))
                    refers.append(e)
                    current = body
            if re.search(rules.SESSION_VERBS, t, I) and RX["session"].search(t) and not DECISION_NOUN.search(t):
                body = next((b for _o, b in bodies if b in rules.DECIDING_BODIES), None) or current or dominant
                if body:
                    e = self.event((body, "session"), "session", body, "session.held")
                    e.outcome, e.method = "held", "not_applicable"
                    e.add_span((s.start, s.end))
                    refers.append(e)
            refers += self.reports(s, bodies)
            # tally and method go to the decision the sentence reports
            decision = next(
                (e for e in refers if e.kind in ("resolution", "security_council_draft", "amendment")), None
            )
            if decision is None and (DECISION_NOUN.search(t) or self.cosponsor_count(t)):
                decision = self.main_decision()
                if decision and (self.tally(t) or re.search(rules.WITHOUT_VOTE, t, I)):
                    decision.add_span((s.start, s.end))
            if decision is not None:
                found = self.tally(t)
                if found and not decision.tally:
                    decision.tally, decision.tally_rule = found
                    decision.method = "recorded_vote"
                if re.search(rules.WITHOUT_VOTE, t, I) and not decision.tally:
                    decision.method = "without_vote"
                sym = re.search(r"\b(?:A|S|A/HRC|A/C\.3)/(?:RES/)?\d{1,2}/(?:L\.)?\d{1,4}(?:/Rev\.\d)?\b", t)
                if sym:
                    decision.symbol = sym.group(0)
                count = self.cosponsor_count(t)
                if count:
                    decision.cosponsors = count
                    decision.add_span((s.start, s.end))
                if decision not in refers:
                    refers.append(decision)
            self.sentence_events[s.start] = refers
        for e in self.events.values():
            self.date_event(e)

    _deferred_starts: set[int] = set()

    def _two_passes(self, sents: list[Span], deferred: list[Span]):
        """Each sentence once; then the decision sentences that name no body, in their order."""
        self._deferred_starts = set()
        yield from sents
        self._deferred_starts = {s.start for s in deferred}
        yield from list(deferred)

    def _decision_body(self, s: Span, bodies: list[tuple[int, str]], fallback: str | None) -> str | None:
        deciding = [(o, b) for o, b in bodies if b in rules.DECIDING_BODIES]
        if not deciding:
            return fallback
        verb = RX["decision.adopted"].search(s.text) or RX["decision.rejected"].search(s.text)
        at = s.start + (verb.start() if verb else 0)
        return min(deciding, key=lambda ob: abs(ob[0] - at))[1]

    def tally(self, t: str) -> tuple[dict[str, int], str] | None:
        for name, rx in TALLIES.items():
            m = rx.search(t)
            if not m:
                continue
            found = {k: rules.number(v) for k, v in m.groupdict().items() if v}
            if "yes" not in found or "no" not in found or found["yes"] > 193:
                continue
            nv = re.search(rules.NON_VOTING, t, I)
            if nv:
                found["non_voting"] = rules.number(nv.group("non_voting"))
            return found, name
        return None

    def cosponsor_count(self, t: str) -> tuple[int, str] | None:
        for pattern in rules.COSPONSOR_COUNT:
            m = re.search(pattern, t, I)
            if m:
                qual = (m.group("qual") or "").lower() or None
                return int(m.group("n")), rules.QUALIFIERS[qual]
        return None

    def amendment(self, s: Span) -> list[EventDraft]:
        parent = self.main_decision()
        if parent is None:
            self.skipped.append(f"amendment without a decision to amend: {s.text[:80]!r}")
            return []
        t = s.text
        proposers: list[Mention] = []
        m = re.search(rules.AMENDMENT_BY, t, I)
        if m:
            proposers = self.actor_list(s.start + m.end())
        else:
            m = re.search(rules.AMENDMENT_SUBJECT, t, I)
            if m:
                before = [x for x in self.gaz.mentions(self.text, s.start, s.start + m.start()) if x.kind != "person"]
                proposers = before[-1:]
        if not proposers:
            return []
        proposer = proposers[0].actor_id
        e = self.event(("amendment", parent.body, proposer), "amendment", parent.body, "amendment.proposed")
        e.parent, e.relation, e.proposer = parent, "amends", proposer
        if re.search(rf"\b{rules.REJECTED}\b", t, I):
            e.outcome = "rejected"
        elif re.search(rf"\b{rules.ADOPTED}\b", t, I):
            e.outcome = "adopted"
        e.add_span((s.start, s.end))
        self.sponsor(e, proposers[:1], "amendment_proposer", "sponsor.amendment", (s.start, s.end))
        return [e]

    def reports(self, s: Span, bodies: list[tuple[int, str]]) -> list[EventDraft]:
        out = []
        report_bodies = [(o, b) for o, b in bodies if b in ("commission_of_inquiry", "ohchr")]
        for m in re.finditer(r"\breport\b", s.text, I):
            at = s.start + m.start()
            window = self.text[max(s.start, at - 110) : min(s.end, at + 60)]
            mandated = re.search(rules.REPORT_MANDATED, window, I)
            published = re.search(rules.REPORT_PUBLISHED, window, I)
            if not (mandated or published):
                continue
            status = (
                "mandated"
                if mandated
                and (
                    not published
                    or abs(mandated.start() - 110) <= abs(published.start() - 110)
                    or "new report" in window
                    or "upcoming" in window
                )
                else "published"
            )
            existing = next((e for k, e in self.events.items() if k[0] == "report" and k[2] == status), None)
            if (
                status == "mandated"
                and existing
                and re.search(r"\b(?:new|upcoming|the|this)\s+(?:\w+\s+)?report\b", window, I)
            ):
                body = existing.body
            elif report_bodies:
                before = [ob for ob in report_bodies if ob[0] < at]
                pool = before if status == "mandated" and before else report_bodies  # "asks X to prepare a report"
                body = min(pool, key=lambda ob: abs(ob[0] - at))[1]
            elif (
                status == "published"
                and re.search(r"\b(?:UN|U\.N\.|United Nations)\b", window)
                and dates.YEAR_NEAR.search(window)
            ):
                body = None  # "a 2014 UN report": kept only if it matches a recorded report of that year
            else:
                continue
            e = self.event(("report", body, status), "report", body, f"report.{status}")
            e.outcome, e.method = status, "not_applicable"
            e.add_span((s.start, s.end))
            clause = self.text[max(s.start, at - 60) : min(s.end, at + 40)]
            if status == "published" and not e.date.known:
                e.date = dates.event_date(clause, self.published, "report")
            if status == "mandated":
                due = re.search(
                    rf"\b(?:to be published|due|published|by)\s+(?:in\s+)?(?P<month>{rules.MONTH})\s+(?P<year>(?:19|20)\d\d)",  # noqa: E501
                    s.text,
                )
                if due:
                    value = dates.iso(int(due.group("year")), dates.month_number(due.group("month")))
                    e.date = dates.Dated(
                        value, "month", "The planned publication month, as the article states it.", due.group(0)
                    )
                decision = next(
                    (x for x in self.events.values() if x.kind == "resolution" and x.outcome != "pending"), None
                )
                if decision and e.parent is None:
                    e.parent, e.relation = decision, "mandated_by"
            out.append(e)
        return out

    def date_event(self, e: EventDraft) -> None:
        if e.date.known:
            return
        if e.kind == "amendment" and e.parent is not None:
            self.date_event(e.parent)
            if e.parent.date.known:
                p = e.parent.date
                e.date = dates.Dated(
                    p.value,
                    p.precision,
                    f"Reported with the vote it amends, dated so ({p.cue or p.value}); no date of its own.",
                    p.cue,
                )
                return
        if e.outcome == "pending" and e.parent is not None:
            self.date_event(e.parent)
        best = dates.UNKNOWN
        rank = {"day": 3, "month": 2, "year": 1, "unknown": 0}
        spans = list(e.spans)
        # sentences that report votes on this event date it too ("voted against … on Tuesday")
        for start, refs in self.sentence_events.items():
            if e in refs:
                s = next(x for x in self.sentences if x.start == start)
                if (s.start, s.end) not in spans:
                    spans.append((s.start, s.end))
        for span in spans:
            passage = self.span_text(span)
            if e.kind != "report":
                passage = REPORT_CLAUSE.sub(" ", passage)  # "a report released in February" dates the report only
            if e.kind == "report":
                continue
            if e.outcome == "pending":
                continue
            d = dates.event_date(passage, self.published, e.kind)
            if rank[d.precision] > rank[best.precision] or (
                best.value is None and d.derivation and not best.derivation
            ):
                best = d
            m = dates.WEEKDAY_WORD.search(passage)
            if m and e.weekday is None:
                e.weekday = m.group("weekday")
        if e.outcome == "pending":
            parent = e.parent.date if e.parent else dates.UNKNOWN
            nxt = re.search(r"\bnext month\b", " ".join(self.span_text(x) for x in e.spans), I)
            if nxt and parent.precision in ("day", "month") and parent.value:
                y, mth = int(parent.value[:4]), int(parent.value[5:7])
                y, mth = (y + 1, 1) if mth == 12 else (y, mth + 1)
                best = dates.Dated(
                    dates.iso(y, mth),
                    "month",
                    f'"next month" after the vote it follows ({parent.value}).',
                    "next month",
                )
            else:
                best = dates.Dated(
                    None,
                    "unknown",
                    'The article says the vote comes "next month" without dating the vote it follows.'
                    if nxt
                    else "The article does not date it.",
                    "",
                )
        if best.value is None and best.derivation is None:
            best = dates.Dated(None, "unknown", "The article does not date it.", "")
        e.date = best

    # -- actors in lists --
    def actor_list(self, offset: int, limit: int = 200) -> list[Mention]:
        """The actors listed from offset on: "Japan and the European Union", "Cuba, Iran, Syria and Sudan"."""
        out: list[Mention] = []
        cursor = offset
        for m in self.gaz.mentions(self.text, offset, min(len(self.text), offset + limit)):
            if m.kind == "person":
                continue
            gap = self.text[cursor : m.start]
            if out and not re.fullmatch(
                r"\s*(?:,\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s*&\s*|\s+as well as\s+)(?:the\s+)?", gap, I
            ):
                break
            if not out and not re.fullmatch(r"\s*(?:the\s+)?(?:fellow\s+)?", gap, I):
                break
            out.append(m)
            cursor = m.end
        return out

    # -- named votes --
    def named_votes(self) -> None:
        for s in self.body_sentences():
            refs = self.sentence_events.get(s.start, [])
            event = next((e for e in refs if e.kind in ("resolution", "security_council_draft", "amendment")), None)
            t = s.text
            whole = (s.start, s.end)  # the evidence: the whole sentence
            if event is None and re.search(r"\b(?:vot|abstain|oppos)", t, I):
                event = self.main_decision()
            if event is None:
                continue
            if event.kind == "security_council_draft" and VETOED.search(t):
                for m in self.gaz.mentions(self.text, s.start, s.end):
                    after = self.text[m.end : m.end + 12]
                    if m.kind in ("state", "capital") and re.match(r"['’]s veto|\s+vetoed|\s+(?:cast|used)", after):
                        self.vote(event, m.actor_id, "no", "vote.veto", (s.start, s.end))
                        self.position(m.actor_id, None, "veto", None, event, "position.veto", [(s.start, s.end)])
                continue
            m_among = re.search(
                rules.AMONG_THE
                + r"(?P<what>voted against|against|opposed|opposing|abstained|abstaining|voted in favou?r|in favou?r|supported)",  # noqa: E501
                t,
                I,
            )
            if m_among:
                vote = (
                    "no"
                    if re.search(r"against|oppos", m_among.group("what"), I)
                    else ("abstain" if "abstain" in m_among.group("what").lower() else "yes")
                )
                voters = self.subject_states(s, m_among.start())
                for v in voters:
                    self.vote(event, v.actor_id, vote, "vote.among-the", whole)
                t = t[m_among.end() :]  # the rest may name others ("…, while China abstained")
                s = Span(s.start + m_among.end(), s.end, t, s.paragraph)
            for vote, pattern in rules.VOTE_PHRASES.items():
                for m in re.finditer(pattern, t, I):
                    if re.search(rules.HYPOTHETICAL, t[: m.start()], I):
                        continue
                    voters = self.subject_states(s, m.start())
                    rest = t[m.end() :]
                    end = re.search(rules.CLAUSE_END, rest, I)
                    clause = rest[: end.start()] if end else rest
                    along = re.search(rules.ALONG_WITH, clause, I)
                    if along:
                        voters += self.actor_list(s.start + m.end() + along.end())
                    for v in voters:
                        if v.actor_id in {
                            x.actor_id for x in self.gaz.mentions(self.text, s.start, s.end) if x.kind == "organisation"
                        }:
                            continue
                        self.vote(event, v.actor_id, vote, f"vote.{vote}-clause", whole)
                    complaint = re.search(
                        r",\s*who\s+(?:complained|said|argued|protested|objected|insisted)\b", rest, I
                    )
                    if voters and complaint and vote == "no":
                        for v in voters:
                            self.position(
                                v.actor_id, None, "oppose", None, event, "position.voters-complained", [whole]
                            )
                    if voters:
                        break

    def subject_states(self, s: Span, verb_at: int) -> list[Mention]:
        """The states before a vote phrase, in the same clause ("Both China and Russia voted against")."""
        head = self.text[s.start : s.start + verb_at]
        cut = max(
            (m.end() for m in re.finditer(r"[;:]|,\s*(?:but|while|and)\s|\bwhile\b|\bbut\b|—|–", head)), default=0
        )
        mentions = [
            m for m in self.gaz.mentions(self.text, s.start + cut, s.start + verb_at) if m.kind in ("state", "capital")
        ]
        if not mentions:
            return []
        # the states form one list that runs up to the verb
        group = [mentions[-1]]
        for m in reversed(mentions[:-1]):
            gap = self.text[m.end : group[0].start]
            if re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?", gap, I):
                group.insert(0, m)
            else:
                break
        tail = self.text[group[-1].end : s.start + verb_at]
        if len(tail) > 40 and not re.fullmatch(r"[^.]*\bwere among\b.*", tail, I):
            return []
        return group

    def vote(self, event: EventDraft, iso3: str, value: str, rule: str, span: tuple[int, int]) -> None:
        if not re.fullmatch(r"[A-Z]{3}", iso3):
            return
        key = f"votes:{id(event)}:{iso3}"
        for c in self.candidates:
            if c.key == key:
                c.spans.append(span) if span not in c.spans else None
                return
        self.candidates.append(
            Candidate(key, "votes", {"event": event, "country_iso3": iso3, "vote": value}, rule, [span])
        )

    # -- sponsors --
    def sponsors(self) -> None:
        for s in self.body_sentences():
            refs = self.sentence_events.get(s.start, [])
            t = s.text
            event = next((e for e in refs if e.kind in ("resolution", "security_council_draft")), None)
            if event is None and DECISION_NOUN.search(t):
                event = self.main_decision()
            if event is None:
                continue
            for role, pattern in rules.SPONSOR_BY.items():
                for m in re.finditer(pattern, t, I):
                    if role == "main_sponsor" and re.search(r"amendment[^.]{0,40}$", t[: m.start()], I):
                        continue
                    actors = self.actor_list(s.start + m.end())
                    if actors:
                        self.sponsor(event, actors, role, f"sponsor.{role}-by", (s.start, s.end))
            m = re.search(rules.SPONSOR_WHICH, t, I)
            if m:
                before = [
                    x
                    for x in self.gaz.mentions(self.text, s.start, s.start + m.start())
                    if x.kind in ("state", "organisation")
                ]
                after = self.actor_list(s.start + m.end()) if t[m.end() - 6 : m.end()].strip().endswith("with") else []
                actors = before[-1:] + after
                if actors:
                    self.sponsor(event, actors, "main_sponsor", "sponsor.which-drafted", (s.start, s.end))

    def sponsor(self, event: EventDraft, actors: list[Mention], role: str, rule: str, span: tuple[int, int]) -> None:
        for a in actors:
            key = f"sponsorships:{id(event)}:{a.actor_id}"
            if any(c.key == key for c in self.candidates):
                continue
            self.candidates.append(
                Candidate(key, "sponsorships", {"event": event, "actor_id": a.actor_id, "role": role}, rule, [span])
            )

    # -- positions and quotes --
    def positions(self) -> None:
        last_speaker: dict[str, Any] | None = None
        last_state: str | None = None
        last_position: Candidate | None = None
        quote_rx = re.compile(rules.QUOTE)
        for s in self.body_sentences():
            t = s.text
            quotes = [q for q in quote_rx.finditer(t) if len(q.group("q").strip()) >= 2]
            refs = self.sentence_events.get(s.start, [])
            event = self.position_event(s, refs)
            attributed = None
            if quotes:
                attributed = self.attribution(s, quotes, last_speaker, last_state)
                if (
                    attributed is None
                    and last_position is not None
                    and last_position.record.get("statement")
                    and self._continues(last_position, s)
                ):
                    # a quotation right after another of the same speaker continues it
                    fragments = [self._fragment(q.group("q")) for q in quotes]
                    last_position.record["statement"] += " … " + " … ".join(fragments)
                    last_position.spans.append((s.start, s.end))
                    continue
            if attributed is not None:
                speaker, verb = attributed
                fragments = [self._fragment(q.group("q")) for q in quotes]
                statement = " … ".join(f for f in fragments if f)
                quoted = " ".join(fragments)
                outside = quote_rx.sub(" ", t)
                stance = self.stance(quoted) or self.stance(outside, actions=True) or self.stance(outside)
                if (
                    verb.lower() == "added"
                    and last_position is not None
                    and last_position.record.get("speaker_id") == speaker.get("person_id")
                ):
                    last_position.record["statement"] += " … " + statement
                    last_position.spans.append((s.start, s.end))
                    continue
                if stance is None:
                    self.skipped.append(f"quotation with no stance cue, not proposed: {t[:90]!r}")
                    last_speaker = speaker
                    continue
                if (
                    event is None
                    and last_position is not None
                    and last_position.record.get("speaker_id") == speaker.get("person_id")
                    and speaker.get("person_id")
                ):
                    event = last_position.record["event"]
                last_position = self.position(
                    speaker["actor_id"],
                    speaker.get("person_id"),
                    stance,
                    statement or None,
                    event,
                    "position.quote",
                    [(s.start, s.end)],
                )
                last_speaker = speaker
                # the same sentence may report an action too ("said after boycotting the debate")
                for action, pattern in rules.ACTION_STANCES:
                    if action != stance and re.search(pattern.replace("boycotted", "boycott(?:ed|ing)"), outside, I):
                        self.position(
                            speaker["actor_id"],
                            speaker.get("person_id"),
                            action,
                            None,
                            event,
                            f"position.action-{action}",
                            [(s.start, s.end)],
                        )
                last_state = speaker["actor_id"] if self.gaz.type_of(speaker["actor_id"]) == "state" else last_state
                continue
            # actions without quotation: "North Korea boycotted a review", "China called for dialogue"
            subject = self.subject(s, last_speaker, last_state)
            if subject is None:
                states = [m for m in self.gaz.mentions(self.text, s.start, s.end) if m.kind in ("state", "capital")]
                if states:
                    last_state = states[0].actor_id
                continue
            for action, pattern in rules.ACTION_STANCES:
                if re.search(pattern.replace("boycotted", "boycott(?:ed|ing)"), t, I):
                    last_position = self.position(
                        subject["actor_id"],
                        subject.get("person_id"),
                        action,
                        None,
                        event,
                        f"position.action-{action}",
                        [(s.start, s.end)],
                    )
            if self.gaz.type_of(subject["actor_id"]) == "state":
                last_state = subject["actor_id"]
            if subject.get("person_id"):
                last_speaker = subject
        self.fold_fragments()

    def fold_fragments(self) -> None:
        """Fold a quoted fragment of a few words into the nearest full statement by the same speaker."""
        quoted = [c for c in self.candidates if c.table == "positions" and c.record.get("statement")]
        starts = [s.start for s in self.body_sentences()]

        def index(offset: int) -> int:
            return max((i for i, a in enumerate(starts) if a <= offset), default=0)

        for frag in list(quoted):
            words = re.findall(r"[\w'’-]+", frag.record["statement"])
            speaker = frag.record.get("speaker_id")
            if speaker is None or len(words) > rules.FRAGMENT_MAX_WORDS:
                continue
            at = index(frag.spans[0][0])
            best: tuple[int, Candidate] | None = None
            for c in quoted:
                if c is frag or c.record.get("speaker_id") != speaker or c.record["stance"] != frag.record["stance"]:
                    continue
                if len(re.findall(r"[\w'’-]+", c.record["statement"])) <= rules.FRAGMENT_MAX_WORDS:
                    continue
                there = index(c.spans[0][0])
                low, high = sorted((at, there))
                others = [
                    o for o in quoted if o.record.get("speaker_id") != speaker and low < index(o.spans[0][0]) < high
                ]
                if high - low <= rules.FRAGMENT_REACH and not others and (best is None or high - low < best[0]):
                    best = (high - low, c)
            if best is None:
                continue
            target = best[1]
            target.spans = sorted(set(target.spans) | set(frag.spans))
            target.notes.append(
                f'The quoted fragment "{frag.record["statement"]}" is folded into this statement: the same speaker '
                "and stance, a few words rather than a statement of its own."
            )
            if target.record.get("event") is None:
                target.record["event"] = frag.record.get("event")
            self.candidates.remove(frag)
            quoted.remove(frag)

    def _fragment(self, q: str) -> str:
        return q.strip().rstrip(",").strip()

    def _continues(self, last: Candidate, s: Span) -> bool:
        prev_end = max(e for _s, e in last.spans)
        between = self.text[prev_end : s.start]
        return "\n" not in between.strip(" ") or between.strip() == ""

    def position_event(self, s: Span, refs: list[EventDraft]) -> EventDraft | None:
        if refs:
            return refs[0]
        t = s.text
        if re.search(r"\b(?:review|session|debate)\b", t, I):
            e = next((e for e in self.events.values() if e.kind == "session"), None)
            if e:
                return e
        if re.search(rf"\b(?:{rules.DECISION_NOUN}|vote|document)\b|['‘]resolution['’]", t, I):
            return self.main_decision()
        return None

    def stance(self, text: str, actions: bool = False) -> str | None:
        table = rules.ACTION_STANCES if actions else rules.STANCE_RULES
        for stance, pattern in table:
            if re.search(pattern.replace("boycotted", "boycott(?:ed|ing)"), text, I):
                return stance
        return None

    def attribution(
        self, s: Span, quotes: list[re.Match[str]], last_speaker: dict | None, last_state: str | None
    ) -> tuple[dict, str] | None:
        t = s.text
        verbs = rules.SPEECH_VERBS
        tail = t[quotes[-1].end() :]
        # '…," John Fisher, the Geneva director … said'; '…," its envoy said'; ', Mun said.'
        m = re.match(rf"^[\s,.]*(?P<who>[^\"“”]{{1,160}}?)\s+(?P<verb>{verbs})\b", tail)
        if m and not re.match(rf"^(?:{verbs})\b", m.group("who")):
            who = self.speaker(m.group("who"), s, last_speaker, last_state)
            if who:
                return who, m.group("verb")
        # '…," said William Mozdzierz, head of the US delegation.'
        m = re.match(r"^[\s,.]*(?P<verb>said|says|added|wrote)\s+(?P<who>[^\"“”]{2,160}?)[.\s]*$", tail)
        if m:
            who = self.speaker(m.group("who"), s, last_speaker, last_state)
            if who:
                return who, m.group("verb")
        # '…" and all sides should avoid provocation …, Chinese diplomat Jiang Yingfeng said.'
        m = re.search(rf",\s*(?P<who>[^,\"“”]{{2,80}}?)\s+(?P<verb>{verbs})\b[^,\"“”]*$", tail)
        if m:
            who = self.speaker(m.group("who"), s, last_speaker, last_state)
            if who:
                return who, m.group("verb")
        # 'North Korea said it "…"'; 'Sara Hossain, a member of …, said that despite "…"'
        head = t[: quotes[0].start()]
        m = re.search(
            rf"^(?P<who>.{{2,200}}?)\s+(?:has\s+|had\s+|also\s+)?(?P<verb>{verbs}|denounced|called|described|rejected|saying)\b",
            head,
        )
        if m:
            who_text = re.sub(r"^(?:However|But|And|Meanwhile|Separately|Still),?\s+", "", m.group("who"))
            who = self.speaker(who_text, s, last_speaker, last_state)
            if who:
                return who, m.group("verb")
        return None

    def subject(self, s: Span, last_speaker: dict | None, last_state: str | None) -> dict | None:
        """The actor a sentence opens with, if it opens with one (for action stances)."""
        m = re.match(
            r"^(?:However,?\s+|But\s+|Both\s+|Meanwhile,?\s+)?(?P<who>.{2,160}?)\s+(?:has\s+|had\s+|also\s+|was\s+|is\s+)?(?:said|boycotted|refused|reacted|rejected|denounced|dissociated|called|urged|welcomed|warned|threatened|stayed|shunned|walked|praised|hailed)\b",
            s.text,
        )
        if not m:
            return None
        return self.speaker(m.group("who"), s, last_speaker, last_state, strict=True)

    def speaker(
        self, who: str, s: Span, last_speaker: dict | None, last_state: str | None, strict: bool = False
    ) -> dict | None:
        """Resolve a subject phrase to {actor_id, person_id?}; None if it names no actor."""
        who = who.strip().strip(",").strip()
        low = who.lower()
        if low in ("he", "she") or re.fullmatch(
            r"(?:the\s+)?(?:rapporteur|envoy|ambassador|diplomat|official|expert)", low
        ):
            if last_speaker and last_speaker.get("person_id"):
                return last_speaker
            return None
        if low in ("they", "it"):
            return last_speaker if last_speaker and not last_speaker.get("person_id") else None
        if re.match(r"^(?:its|their)\s", low) and last_state:
            role = re.sub(r"^(?:its|their)\s+", "", who)
            if re.search(rules.ROLE_WORDS, role, I):
                return self.unnamed(last_state, role)
            return None
        # a named person: registry first, then a name in the phrase
        for m in self.gaz.mentions(who):
            if m.kind == "person":
                pid = m.actor_id
                return {"actor_id": self.gaz.speaks_for.get(pid, pid), "person_id": pid}
        name = self.person_name(who)
        if name:
            known = self.known_person(name)
            if known:
                return known
            role = self.role_of(who, name)
            actor = self.affiliation(role) if role else None
            note = None
            if actor is None and role is None and last_speaker:
                actor = last_speaker["actor_id"]
                note = (
                    f"{name}'s affiliation is not stated; read from the speaker before ({self.gaz.name(actor)}): check."
                )
            elif actor is None and role:  # a stated role the registry cannot resolve is not borrowed from others
                note = (
                    f'{name}\'s role ("{role}") names no actor the registry knows: recorded as speaking for '
                    "themselves; add the body as an actor and set speaks_for if it should be one."
                )
            pid = slug(name)
            self.persons[pid] = {
                "id": pid,
                "type": "person",
                "name": name,
                "aliases": [],
                "role": role,
                "speaks_for": actor,
                "notes": note,
            }
            return {"actor_id": actor or pid, "person_id": pid}
        mentions = [m for m in self.gaz.mentions(who) if m.kind != "person"]
        if not mentions:
            return None
        first = mentions[0]
        if first.start > 12 and strict:
            return None
        rest = who[first.end :]
        role_m = re.match(rf"^['’`]s\s+(?P<role>(?:[\w-]+\s+){{0,2}}{rules.ROLE_WORDS}\b.*)$", rest, I)
        if role_m:
            return self.unnamed(first.actor_id, role_m.group("role"))
        if first.kind == "demonym":
            role = who[first.end :].strip()
            if re.match(rules.ROLE_WORDS, role, I):
                return self.unnamed(first.actor_id, role)
            return None
        if rest.strip() and len(rest.strip().split()) > 2:
            return None  # "North Korean defectors in Seoul" is not North Korea speaking
        return {"actor_id": first.actor_id}

    def unnamed(self, actor_id: str, role: str) -> dict:
        role = re.sub(r"\s+", " ", role).strip(" ,")
        core = re.match(rf"^(?:[\w-]+\s+){{0,2}}?{rules.ROLE_WORDS}", role, I)
        short = core.group(0) if core else role
        pid = f"{actor_id.lower()}-{slug(short)}"
        if pid not in self.persons:
            self.persons[pid] = {
                "id": pid, "type": "person", "name": f"{self.gaz.name(actor_id)}'s {short} (not named)", "aliases": [],
                "role": f"{self.gaz.name(actor_id)}'s {role}", "speaks_for": actor_id, "notes": None,
            }  # fmt: skip
        return {"actor_id": actor_id, "person_id": pid}

    def person_name(self, who: str) -> str | None:
        for m in re.finditer(rules.PERSON_NAME, who):
            words = m.group(0).split()
            words = [w for w in words]
            while words and words[0] in rules.NOT_NAMES:
                words.pop(0)
            if not words:
                continue
            name = " ".join(words)
            if any(w in rules.NOT_NAMES for w in words) or self.gaz.mentions(name):
                continue
            if len(words) == 1 and not self.known_person(name):
                continue
            return name
        m = re.fullmatch(r"(?P<n>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)", who)
        if m and self.known_person(m.group("n")):
            return m.group("n")
        return None

    def known_person(self, name: str) -> dict | None:
        """A person met earlier in the text or in the registry, by full name or part of it ("Mun", "Ojea Quintana")."""
        parts = name.split()
        for pid, rec in list(self.persons.items()) + [
            (k, {"name": v, "speaks_for": self.gaz.speaks_for.get(k)})
            for k, v in self.gaz.names.items()
            if self.gaz.types.get(k) == "person"
        ]:
            full = rec["name"].split()
            if "(not named)" in rec["name"]:
                continue
            if full == parts or any(full[i : i + len(parts)] == parts for i in range(len(full))):
                return {"actor_id": rec.get("speaks_for") or pid, "person_id": pid}
        return None

    def role_of(self, who: str, name: str) -> str | None:
        rest = who.replace(name, "|", 1)
        before, _, after = rest.partition("|")
        after = after.strip(" ,")
        if after:
            after = re.sub(r"^(?:the|a|an)\s+", "", after, flags=I)
            return after[0].upper() + after[1:] if after else None
        before = before.strip(" ,").rsplit(",", 1)[-1].strip()  # "…an escalation, Chinese diplomat": the last clause
        return before[0].upper() + before[1:] if before else None

    def affiliation(self, role: str) -> str | None:
        mentions = [m for m in self.gaz.mentions(role) if m.kind != "person"]
        if not mentions:
            return None
        orgs = [m for m in mentions if m.kind == "organisation"]
        return (orgs or mentions)[0].actor_id

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
        key = f"positions:{actor_id}:{speaker_id}:{stance}:{id(event) if event else None}:{statement}"
        for c in self.candidates:
            if c.key == key or (
                c.table == "positions"
                and statement is None
                and c.record["actor_id"] == actor_id
                and c.record.get("speaker_id") == speaker_id
                and c.record["stance"] == stance
                and c.record["event"] is event
            ):
                for span in spans:
                    if span not in c.spans:
                        c.spans.append(span)
                return c
        record = {
            "actor_id": actor_id,
            "speaker_id": speaker_id,
            "stance": stance,
            "statement": statement,
            "event": event,
        }
        c = Candidate(key, "positions", record, rule, list(spans))
        self.candidates.append(c)
        return c


def extract(text: str, source_id: str, gaz: Gazetteer, today: date | None = None) -> Draft:
    """Every candidate the rules find in one article (ids not yet matched to data/)."""
    x = Extractor(text, source_id, gaz, today)
    source = x.source()
    x.find_events()
    x.sponsors()
    x.named_votes()
    x.positions()
    return finish(x, source)


TITLES = {
    "resolution": "Resolution of the {body}",
    "security_council_draft": "Security Council draft resolution",
    "amendment": "Amendment proposed by {proposer}",
    "session": "Session of the {body}",
    "report": "Report of the {body}",
}
#: A body in a draft's title: its label without the bracketed gloss ("General Assembly (plenary)" → "General Assembly").
BODY_NAMES = {body.value: body.label.split(" (")[0] for body in Body}


def finish(x: Extractor, source: Candidate) -> Draft:
    """Turn the events and candidates under construction into records valid against the models."""
    sid = x.source_id
    number = sid[:3]
    used: set[str] = set()
    ordered = sorted(
        x.events.values(), key=lambda e: (e.parent is not None, min(s for s, _ in e.spans) if e.spans else 0)
    )
    for e in ordered:
        year = e.date.value[:4] if e.date.value else "undated"
        stem = f"{rules.BODY_ABBREVIATIONS.get(e.body, 'un')}-{year}-" + (
            f"{(e.proposer or 'x').lower()}-amendment"
            if e.kind == "amendment"
            else {"security_council_draft": "draft", "report": f"{e.outcome}-report"}.get(e.kind, e.kind)
        )
        stem = f"{stem}-{number}"
        eid, n = stem, 2
        while eid in used:
            eid, n = f"{stem}-{n}", n + 1
        used.add(eid)
        e.id = eid
    out: list[Candidate] = [source]

    def evidence(spans: list[tuple[int, int]]) -> list[dict[str, str]]:
        items = []
        for a, b in spans:
            a, b = trim(x.text, a, b)
            if b - a >= 8:
                items.append({"source": sid, "quote": x.text[a:b]})
        return items

    for e in ordered:
        if not e.spans:
            continue
        year = e.date.value[:4] if e.date.value else None
        title = TITLES[e.kind].format(body=BODY_NAMES.get(e.body, "UN"), proposer=x.gaz.name(e.proposer or ""))
        if e.outcome == "pending":
            title = f"{BODY_NAMES[e.body]} vote (pending)"
        title += f" ({year})" if year else ""
        date = e.date
        if date.precision != "day" and not date.derivation:
            date = dates.Dated(date.value, date.precision, "The article does not date it further.", date.cue)
        record: dict[str, Any] = {
            "id": e.id, "kind": e.kind, "body": e.body, "date": date.value, "date_precision": date.precision,
            "date_derivation": date.derivation, "title": title, "summary": None, "outcome": e.outcome, "method": e.method,  # noqa: E501
            "yes": e.tally.get("yes"), "no": e.tally.get("no"), "abstain": e.tally.get("abstain"),
            "non_voting": e.tally.get("non_voting"), "symbol": e.symbol,
            "parent_event_id": e.parent.id if e.parent else None, "relation": e.relation if e.parent else None,
            "cosponsor_count": e.cosponsors[0] if e.cosponsors else None,
            "cosponsor_count_qualifier": e.cosponsors[1] if e.cosponsors else None,
            "evidence": evidence(e.spans),
        }  # fmt: skip
        rule = e.rule + (f" + {e.tally_rule}" if e.tally_rule else "")
        c = Candidate(f"events:{e.id}", "events", record, rule, list(e.spans))
        if e.parent:
            c.requires.append(f"events:{e.parent.id}")
        if e.weekday and date.value is None:
            c.notes.append(f'The article names "{e.weekday}" but its own date is not known.')
        if date.inferred:
            c.notes.append(
                f'The article names "{e.weekday}"; the year of this date is INFERRED (see the source\'s'
                " published_derivation), not stated: check."
            )
        out.append(c)
    actors_needed: set[str] = set()
    for c in x.candidates:
        r = c.record
        event: EventDraft | None = r.pop("event", None)
        if c.table in ("votes", "sponsorships", "positions") and event is not None:
            r["event_id"] = event.id
            c.requires.append(f"events:{event.id}")
        if c.table == "votes":
            r["id"] = f"{event.id}-{r['country_iso3'].lower()}"
        elif c.table == "sponsorships":
            r["id"] = f"{event.id}-{slug(r['actor_id'])}"
            actors_needed.add(r["actor_id"])
        elif c.table == "positions":
            r.setdefault("event_id", None)
            r["summary"] = summary_of(x, r)
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
        c.key = f"{c.table}:{r['id']}"
        for field_name in ("actor_id", "speaker_id"):
            if r.get(field_name):
                c.requires.append(f"actors:{r[field_name]}")
        out.append(c)
    # actors the candidates need (the registry's own are matched later and dropped)
    for actor_id in sorted(actors_needed):
        if actor_id in x.persons:
            p = dict(x.persons[actor_id])
            if p.get("speaks_for"):
                actors_needed.add(p["speaks_for"])
    for actor_id in sorted(actors_needed):
        if actor_id in x.persons:
            record = {k: v for k, v in x.persons[actor_id].items()}
        else:
            record = {
                "id": actor_id,
                "type": x.gaz.type_of(actor_id),
                "name": x.gaz.name(actor_id),
                "aliases": [],
                "role": None,
                "speaks_for": None,
                "notes": None,
            }
        c = Candidate(f"actors:{actor_id}", "actors", record, "actor.named")
        if record.get("speaks_for"):
            c.requires.append(f"actors:{record['speaks_for']}")
        out.append(c)
    return Draft(sid, x.text, out, x.published, x.skipped, x.dateline_md)


def summary_of(x: Extractor, r: dict[str, Any]) -> str:
    who = x.gaz.name(r["actor_id"]) if r["actor_id"] not in x.persons else x.persons[r["actor_id"]]["name"]
    if r.get("speaker_id") and r["speaker_id"] in x.persons:
        who = x.persons[r["speaker_id"]]["name"]
    elif r.get("speaker_id"):
        who = x.gaz.name(r["speaker_id"])
    what = {
        "support": "supported it", "oppose": "opposed it", "reject": "rejected it", "dissociate": "dissociated from it",
        "boycott": "boycotted it", "veto": "vetoed it", "call_for_dialogue": "called for dialogue",
        "call_for_accountability": "called for accountability", "concern": "expressed concern", "warn": "warned of consequences",  # noqa: E501
    }[r["stance"]]  # fmt: skip
    return f"{who} {what} (suggested; check)."
