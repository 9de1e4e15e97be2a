"""The sponsors pass: who brought, drafted, co-sponsored or backed a text, and who proposed an amendment.

`find_sponsors(article, events)` returns sponsorship candidates: first the amendments' proposers the
events pass found, then the sponsors each sentence names for the decision it refers to. "Sponsored by X"
makes X the main sponsor only where the article names no one else as such ("led by the European Union" and
"sponsored by South Korea": South Korea is a co-sponsor). A negation ("did not co-sponsor") proposes nothing.
"""

from __future__ import annotations

import re

from dashboard.curated.suggest import rules
from dashboard.curated.suggest.article import Article
from dashboard.curated.suggest.events import DECISION_KINDS, DECISION_NOUN, EventDraft, Events
from dashboard.curated.suggest.named_votes import (
    about_another_text,
    concerned_states,
    main_state,
    subject_states,
    unglued,
)
from dashboard.curated.suggest.names import Mention
from dashboard.curated.suggest.records import Candidate, Collector
from dashboard.curated.suggest.text import Span

I = re.IGNORECASE  # noqa: E741
PHRASES = rules.compile_all(rules.SPONSOR_PHRASES)
SPONSOR_KINDS = ("state", "capital", "organisation")


def find_sponsors(article: Article, events: Events) -> list[Candidate]:
    out = Collector()
    for e in events.found.values():
        if e.kind == "amendment" and e.proposer and e.proposer_span:
            sponsor(out, e, [e.proposer], "amendment_proposer", "sponsor.amendment", e.proposer_span)
    concerned, main = concerned_states(article), main_state(article)
    for whole in article.body_sentences():
        parts = unglued(article, whole)
        for s in parts:
            refs = events.of(whole)
            if len(parts) > 1:  # "next month.The text, drafted by …": the events of the bodies this part names
                named = {b for _o, b in article.bodies_in(s, None)}
                refs = [e for e in refs if e.body in named]
            event = decision_of(s, refs, events)
            if event is not None and not about_another_text(article, s, main):
                sentence_sponsors(article, s, event, concerned, out)
    settle_sponsored(out)
    return out.candidates


def decision_of(s: Span, refs: list[EventDraft], events: Events) -> EventDraft | None:
    """The decision the sentence speaks of: one it reports (a vote taken before one announced), or the main one."""
    refs = [e for e in refs if e.kind in DECISION_KINDS]
    event = next((e for e in refs if e.outcome != "pending"), None) or next(iter(refs), None)
    if event is None and DECISION_NOUN.search(s.text):
        event = events.main_decision()
    return event


def sentence_sponsors(article: Article, s: Span, event: EventDraft, concerned: set[str], out: Collector) -> None:
    t, text, whole = s.text, article.text, (s.start, s.end)
    for role, rx in PHRASES.items():
        for by in rx.finditer(t):
            if role == "main_sponsor" and re.search(rules.AMENDMENT_BEFORE, t[: by.start()], I):
                continue  # "an amendment proposed by Cuba": the events pass names its proposer
            if re.search(rules.SPONSOR_NEGATION, t[: by.start()], I):
                continue
            actors = actors_after(article, s.start + by.end())
            if actors and another_text(article, actors[-1].end, s.end, concerned):
                continue
            sponsor(out, event, ids(actors), role, f"sponsor.{role}-by", whole)
    m = re.search(rules.SPONSOR_WHICH_DRAFTED, t, I)
    if m:
        before = [x for x in article.gaz.mentions(text, s.start, s.start + m.start()) if x.kind in SPONSOR_KINDS]
        after = actors_after(article, s.start + m.end()) if t[: m.end()].rstrip().endswith("with") else []
        sponsor(out, event, ids(before[-1:] + after), "main_sponsor", "sponsor.which-drafted", whole)
    m = re.search(rules.INTRODUCED_ON_BEHALF, t, I) or re.search(rules.INTRODUCED_BY_REPRESENTATIVE, t, I)
    if m:
        group = actors_after(article, s.start + m.end())[:1]
        sponsor(out, event, ids(group), "main_sponsor", "sponsor.introduced", whole)
    m = re.search(rules.CORE_GROUP, t, I)
    if m:
        sponsor(out, event, ids(actors_after(article, s.start + m.end())), "main_sponsor", "sponsor.core-group", whole)
    m = re.search(rules.COSPONSORS_INCLUDING, t, I)
    if m:
        listed = actors_after(article, s.start + m.end())
        sponsor(out, event, ids(listed), "co_sponsor", "sponsor.co_sponsor-listed", whole)
    for verb in re.finditer(rules.SPONSOR_SUBJECT, t, I):
        if not re.search(rules.SPONSOR_NEGATION, t[: verb.start()], I):
            drafters = subject_states(article, s, verb.start(), kinds=SPONSOR_KINDS)
            sponsor(out, event, ids(drafters), "main_sponsor", "sponsor.main_sponsor-subject", whole)
    for verb in re.finditer(rules.COSPONSOR_SUBJECT, t, I):
        if not re.search(rules.SPONSOR_NEGATION, t[: verb.start()], I):
            subjects = subject_states(article, s, verb.start())
            sponsor(out, event, ids(subjects), "co_sponsor", "sponsor.co_sponsor-subject", whole)


def another_text(article: Article, at: int, end: int, concerned: set[str]) -> bool:
    """The sponsors' text is another one: "the resolution submitted by Norway on human rights defenders"."""
    m = re.match(rules.OTHER_TEXT_AFTER, article.text[at:end], I)
    if not m:
        return False
    topic = article.text[at : min(end, at + m.end() + 80)]
    return not any(x.actor_id in concerned for x in article.gaz.mentions(topic))


def actors_after(article: Article, offset: int) -> list[Mention]:
    """States and organisations listed from offset: "the European Union and Japan" (no people)."""
    return [m for m in article.actor_list(offset) if m.kind in SPONSOR_KINDS]


def settle_sponsored(out: Collector) -> None:
    """ "Sponsored by X": X is the main sponsor, unless another actor is one of the same decision."""
    mains = {id(c.record["event"]) for c in out.candidates if c.record["role"] == "main_sponsor"}
    for c in out.candidates:
        if c.record["role"] == "sponsored":
            c.record["role"] = "co_sponsor" if id(c.record["event"]) in mains else "main_sponsor"


def ids(mentions: list[Mention]) -> list[str]:
    return [m.actor_id for m in mentions]


def sponsor(out: Collector, event: EventDraft, actors: list[str], role: str, rule: str, span: tuple[int, int]) -> None:
    """Each actor as a sponsor of the event in this role (the first sentence naming it is the evidence)."""
    for actor_id in actors:
        key = f"sponsorships:{id(event)}:{actor_id}"
        if out.get(key) is None:
            out.add(Candidate(key, "sponsorships", {"event": event, "actor_id": actor_id, "role": role}, rule, [span]))
