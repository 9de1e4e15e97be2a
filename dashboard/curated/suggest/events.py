"""The events pass: decisions, vetoes, amendments, sessions and reports, with body, tally, method and date.

`find_events(article)` reads the article's sentences once (then, a second time, the decision sentences that
name no body) and returns `Events`: the events found, and for each sentence the events it refers to, which
the other passes read to attach votes, sponsors and positions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from dashboard.curated.suggest import dates, rules
from dashboard.curated.suggest.article import Article
from dashboard.curated.suggest.names import Mention
from dashboard.curated.suggest.text import Span

I = re.IGNORECASE  # noqa: E741
RX = {name: re.compile(p, I) for name, p in rules.EVENT_RULES.items()}
VETOED = re.compile(rules.VETOED, I)
TALLIES = rules.compile_all(rules.TALLY_RULES)
TALLY_PARTS = rules.compile_all(rules.TALLY_PARTS)
DECISION_NOUN = re.compile(rf"\b{rules.DECISION_NOUN}\b", I)
REPORT_CLAUSE = re.compile(rules.REPORT_CLAUSE, I)
AGENDA_VOTE = re.compile(rules.AGENDA_VOTE, I)
REFERS_BACK = re.compile(rules.DECISION_REFERS_BACK)
SESSION_PENDING = re.compile(rules.SESSION_PENDING, I)
OTHER_DECISIONS = re.compile(rules.OTHER_DECISIONS, I)
VOTE_WORD = re.compile(rules.VOTE_WORD, I)
DECISION_KINDS = ("resolution", "security_council_draft")


@dataclass
class EventDraft:
    """An event under construction: what the sentences say of it, before it becomes a record."""

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
    proposer_span: tuple[int, int] | None = None  # the sentence that names the proposer

    def add_span(self, span: tuple[int, int]) -> None:
        if span not in self.spans:
            self.spans.append(span)


@dataclass(frozen=True)
class Events:
    """The events of one article and, per sentence (by its start), the events it refers to."""

    found: dict[tuple, EventDraft]
    by_sentence: dict[int, list[EventDraft]]
    skipped: list[str]
    other_texts: frozenset[int] = frozenset()  # sentences about other texts ("also adopted several resolutions")

    def about_other_texts(self, s: Span) -> bool:
        """Whether the sentence is about texts other than the article's decisions: nothing in it is theirs."""
        return s.start in self.other_texts

    def main_decision(self) -> EventDraft | None:
        """The article's principal decision: the first resolution or draft with a decision verb."""
        return main_decision(self.found)

    def of(self, s: Span) -> list[EventDraft]:
        return self.by_sentence.get(s.start, [])

    def first_session(self) -> EventDraft | None:
        return next((e for e in self.found.values() if e.kind == "session"), None)


def main_decision(events: dict[tuple, EventDraft]) -> EventDraft | None:
    for e in events.values():
        if e.kind in DECISION_KINDS and e.outcome != "pending":
            return e
    return None


def tally(t: str) -> tuple[dict[str, int], str] | None:
    """The tally a sentence states and the rule that read it: ({"yes": 97, "no": 23, …}, "tally.…")."""
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
    parts = {}
    for part, rx in TALLY_PARTS.items():
        m = rx.search(t)
        if m:
            parts[part] = rules.number(m.group("n"))
    if "yes" in parts and "no" in parts and parts["yes"] <= 193:
        return parts, "tally.parts"  # "passed with 28 yes votes, 13 abstentions and 5 no votes"
    return None


def cosponsor_count(t: str) -> tuple[int, str] | None:
    """A co-sponsor count and its qualifier: "With 54 cosponsors" → (54, "exactly")."""
    for pattern in rules.COSPONSOR_COUNT:
        m = re.search(pattern, t, I)
        if m:
            qual = (m.group("qual") or "").lower() or None
            return int(m.group("n")), rules.QUALIFIERS[qual]
    return None


def find_events(article: Article) -> Events:
    finder = _Finder(article)
    finder.run()
    return Events(finder.events, finder.sentence_events, finder.skipped, frozenset(finder.other_texts))


class _Finder:
    """The state of the events pass while it reads the sentences (its own, returned as `Events`)."""

    def __init__(self, article: Article) -> None:
        self.a = article
        self.events: dict[tuple, EventDraft] = {}
        self.sentence_events: dict[int, list[EventDraft]] = {}
        self.skipped: list[str] = []
        self.deferred_starts: set[int] = set()
        self.other_texts: set[int] = set()  # sentences (by start) about texts other than the article's decisions

    def event(self, key: tuple, kind: str, body: str | None, rule: str) -> EventDraft:
        if key not in self.events:
            self.events[key] = EventDraft(key=key, kind=kind, body=body, rule=rule)
        return self.events[key]

    def main_decision(self) -> EventDraft | None:
        return main_decision(self.events)

    def run(self) -> None:
        a = self.a
        last_council: str | None = None
        counts: dict[str, int] = {}
        # the headline is context, never evidence: "North Korea Rejects Human Rights Council Vote" makes the
        # article's "The Council condemned North Korea" the Human Rights Council
        for start, end in a.meta.spans:
            for _o, named in a.bodies_in(Span(start, end, a.text[start:end], -1), None):
                counts[named] = counts.get(named, 0) + 1
                if named in rules.DECIDING_BODIES:
                    last_council = named
        sents = a.body_sentences()
        per_sentence = {}
        for s in sents:
            found = a.bodies_in(s, last_council)
            per_sentence[s.start] = found
            for _o, named in found:
                counts[named] = counts.get(named, 0) + 1
                if named in rules.DECIDING_BODIES:
                    last_council = named
        dominant = max((b for b in counts if b in rules.DECIDING_BODIES), key=lambda b: counts[b], default=None)
        current: str | None = None  # the deciding body the text is talking about
        deferred: list[Span] = []
        last_decision: EventDraft | None = None  # the decision the last sentences reported
        for s in self.two_passes(sents, deferred):
            deferred_pass = s.start in self.deferred_starts
            bodies = per_sentence[s.start]
            deciding = [b for _o, b in bodies if b in rules.DECIDING_BODIES]
            refers: list[EventDraft] = []
            t = s.text
            if OTHER_DECISIONS.search(t) and not tally(t):
                self.other_texts.add(s.start)  # "also adopted several resolutions …, including …": not this one
                self.sentence_events[s.start] = []
                continue
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
            elif last_decision is not None and REFERS_BACK.search(t) and not deciding:
                last_decision.add_span((s.start, s.end))  # "This decision was adopted with 11 concurring votes"
                refers.append(last_decision)
            elif AGENDA_VOTE.search(t) and "security_council" in (*deciding, current or dominant):
                refers.append(self.agenda_vote(s))  # a vote on the meeting, not on a text
                current = "security_council"
            elif (RX["decision.adopted"].search(t) or RX["decision.rejected"].search(t) or tally(t)) and not re.search(
                rules.HYPOTHETICAL_DECISION, t, I
            ):
                if not deciding and not deferred_pass:
                    deferred.append(s)  # no body named: decided once the article's decisions are known
                    continue
                main = self.main_decision()
                body = self.decision_body(s, bodies, (main.body if main else None) or current or dominant)
                if body and (DECISION_NOUN.search(t) or tally(t) or deciding):
                    kind = "security_council_draft" if body == "security_council" else "resolution"
                    e = self.event((body, kind), kind, body, "decision.adopted")
                    if RX["decision.rejected"].search(t):
                        e.outcome = "rejected"
                    elif e.outcome == "unknown":
                        e.outcome = "adopted"
                    e.add_span((s.start, s.end))
                    refers.append(e)
                    current = body
            if (
                re.search(rules.SESSION_VERBS, t, I)
                and RX["session"].search(t)
                and not DECISION_NOUN.search(t)
                and not AGENDA_VOTE.search(t)
            ):
                body = next((b for _o, b in bodies if b in rules.DECIDING_BODIES), None) or current or dominant
                if body:
                    e = self.event((body, "session"), "session", body, "session.held")
                    e.outcome = "held"
                    if e.method == "unknown":
                        e.method = "not_applicable"
                    e.add_span((s.start, s.end))
                    refers.append(e)
            pending_session = SESSION_PENDING.search(t)
            if pending_session:
                before = [b for o, b in bodies if b in rules.DECIDING_BODIES and o < s.start + pending_session.start()]
                if before:  # "The Security Council is expected to take up the issue as early as next week"
                    e = self.event((before[-1], "session", "pending"), "session", before[-1], "session.pending")
                    e.outcome = "pending"
                    e.add_span((s.start, s.end))
                    refers.append(e)
            refers += self.reports(s, bodies)
            # tally and method go to the decision the sentence reports
            decision = next(
                (e for e in refers if e.kind in (*DECISION_KINDS, "amendment") or e.rule == "session.agenda-vote"), None
            )
            if decision is None and (DECISION_NOUN.search(t) or cosponsor_count(t)):
                decision = self.main_decision()
                if decision and (tally(t) or re.search(rules.WITHOUT_VOTE, t, I)):
                    decision.add_span((s.start, s.end))
            if decision is not None:
                found_tally = tally(t)
                if found_tally and not decision.tally:
                    decision.tally, decision.tally_rule = found_tally
                    decision.method = "recorded_vote"
                if re.search(rules.WITHOUT_VOTE, t, I) and not decision.tally:
                    decision.method = "without_vote"
                sym = re.search(rules.SYMBOL, t)
                if sym:
                    decision.symbol = sym.group(0)
                count = cosponsor_count(t)
                if count:
                    decision.cosponsors = count
                    decision.add_span((s.start, s.end))
                if decision not in refers:
                    refers.append(decision)
            self.sentence_events[s.start] = refers
            last_decision = decision or last_decision
        for e in self.events.values():
            self.date_event(e)

    def agenda_vote(self, s: Span) -> EventDraft:
        """The Security Council's meeting, decided by a procedural vote on its agenda."""
        e = self.event(("security_council", "session"), "session", "security_council", "session.agenda-vote")
        e.rule, e.outcome, e.method = "session.agenda-vote", "held", "recorded_vote"
        e.add_span((s.start, s.end))
        return e

    def month_ahead(self, e: EventDraft) -> dates.Dated | None:
        """A pending vote's month ("will be put to a plenary vote in December"): the first such month on or after
        the article's own (stated) date."""
        published = self.a.published
        if published.value is None or published.inferred or published.precision not in ("day", "month"):
            return None
        for span in e.spans:
            m = dates.MONTH_ONLY.search(self.a.span_text(span))
            if m is None:
                continue
            month, pub = dates.month_number(m.group("month")), dates.to_date(published.value)
            year = pub.year + (1 if month < pub.month else 0)
            return dates.Dated(
                dates.iso(year, month),
                "month",
                f'"{m.group(0)}", ahead of an article {dates.describe_published(published)}: {year}.',
                m.group(0),
            )
        return None

    def two_passes(self, sents: list[Span], deferred: list[Span]) -> Iterator[Span]:
        """Each sentence once; then the decision sentences that name no body, in their order."""
        self.deferred_starts = set()
        yield from sents
        self.deferred_starts = {s.start for s in deferred}
        yield from list(deferred)

    def decision_body(self, s: Span, bodies: list[tuple[int, str]], fallback: str | None) -> str | None:
        deciding = [(o, b) for o, b in bodies if b in rules.DECIDING_BODIES]
        if not deciding:
            return fallback
        verb = RX["decision.adopted"].search(s.text) or RX["decision.rejected"].search(s.text)
        at = s.start + (verb.start() if verb else 0)
        return min(deciding, key=lambda ob: abs(ob[0] - at))[1]

    def amendment(self, s: Span) -> list[EventDraft]:
        parent = self.main_decision()
        if parent is None:
            self.skipped.append(f"amendment without a decision to amend: {s.text[:80]!r}")
            return []
        t = s.text
        proposers: list[Mention] = []
        m = re.search(rules.AMENDMENT_BY, t, I)
        if m:
            proposers = self.a.actor_list(s.start + m.end())
        else:
            m = re.search(rules.AMENDMENT_SUBJECT, t, I)
            if m:
                before = [
                    x for x in self.a.gaz.mentions(self.a.text, s.start, s.start + m.start()) if x.kind != "person"
                ]
                proposers = before[-1:]
        if not proposers:
            return []
        proposer = proposers[0].actor_id
        e = self.event(("amendment", parent.body, proposer), "amendment", parent.body, "amendment.proposed")
        e.parent, e.relation, e.proposer = parent, "amends", proposer
        if e.proposer_span is None:
            e.proposer_span = (s.start, s.end)
        if re.search(rf"\b{rules.REJECTED}\b", t, I):
            e.outcome = "rejected"
        elif re.search(rf"\b{rules.ADOPTED}\b", t, I):
            e.outcome = "adopted"
        e.add_span((s.start, s.end))
        return [e]

    def reports(self, s: Span, bodies: list[tuple[int, str]]) -> list[EventDraft]:
        text = self.a.text
        out = []
        report_bodies = [(o, b) for o, b in bodies if b in ("commission_of_inquiry", "ohchr")]
        for m in re.finditer(rules.REPORT_WORD, s.text, I):
            at = s.start + m.start()
            window = text[max(s.start, at - 110) : min(s.end, at + 60)]
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
            if status == "mandated" and existing and re.search(rules.REPORT_REFERS_BACK, window, I):
                body = existing.body
            elif report_bodies:
                before = [ob for ob in report_bodies if ob[0] < at]
                pool = before if status == "mandated" and before else report_bodies  # "asks X to prepare a report"
                body = min(pool, key=lambda ob: abs(ob[0] - at))[1]
            elif status == "published" and re.search(rules.UN_WORD, window) and dates.YEAR_NEAR.search(window):
                body = None  # "a 2014 UN report": kept only if it matches a recorded report of that year
            else:
                continue
            e = self.event(("report", body, status), "report", body, f"report.{status}")
            e.outcome, e.method = status, "not_applicable"
            e.add_span((s.start, s.end))
            clause = text[max(s.start, at - 60) : min(s.end, at + 40)]
            if status == "published" and not e.date.known:
                e.date = dates.event_date(clause, self.a.published, "report")
            if status == "mandated":
                due = re.search(rules.REPORT_DUE, s.text)
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
        # sentences that report votes on this event date it too ("voted against … on Tuesday"); a sentence that
        # only names "the resolution" does not ("Resolution 1718, which was supported by both Russia and China")
        for start, refs in self.sentence_events.items():
            if e in refs:
                s = self.a.sentence_at(start)
                if not VOTE_WORD.search(s.text):
                    continue
                if (s.start, s.end) not in spans:
                    spans.append((s.start, s.end))
        for span in spans:
            passage = self.a.span_text(span)
            if e.kind != "report":
                passage = REPORT_CLAUSE.sub(" ", passage)  # "a report released in February" dates the report only
            if e.kind == "report":
                continue
            if e.outcome == "pending":
                continue
            d = dates.event_date(passage, self.a.published, e.kind)
            if rank[d.precision] > rank[best.precision] or (
                best.value is None and d.derivation and not best.derivation
            ):
                best = d
            m = dates.WEEKDAY_WORD.search(passage)
            if m and e.weekday is None:
                e.weekday = m.group("weekday")
        if e.outcome == "pending":
            parent = e.parent.date if e.parent else dates.UNKNOWN
            nxt = re.search(rules.NEXT_MONTH, " ".join(self.a.span_text(x) for x in e.spans), I)
            if nxt and parent.precision in ("day", "month") and parent.value:
                y, mth = int(parent.value[:4]), int(parent.value[5:7])
                y, mth = (y + 1, 1) if mth == 12 else (y, mth + 1)
                best = dates.Dated(
                    dates.iso(y, mth),
                    "month",
                    f'"next month" after the vote it follows ({parent.value}).',
                    "next month",
                )
            elif not nxt and (ahead := self.month_ahead(e)) is not None:
                best = ahead
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
