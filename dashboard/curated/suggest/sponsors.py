"""The sponsors pass: who brought, drafted, co-sponsored or backed a text, and who proposed an amendment.

`find_sponsors(article, events)` returns sponsorship candidates: first the amendments' proposers the
events pass found, then the sponsors each sentence names for the decision it refers to.
"""

from __future__ import annotations

import re

from dashboard.curated.suggest import rules
from dashboard.curated.suggest.article import Article
from dashboard.curated.suggest.events import DECISION_KINDS, DECISION_NOUN, EventDraft, Events
from dashboard.curated.suggest.names import Mention
from dashboard.curated.suggest.records import Candidate, Collector

I = re.IGNORECASE  # noqa: E741


def find_sponsors(article: Article, events: Events) -> list[Candidate]:
    out = Collector()
    for e in events.found.values():
        if e.kind == "amendment" and e.proposer and e.proposer_span:
            sponsor(out, e, [e.proposer], "amendment_proposer", "sponsor.amendment", e.proposer_span)
    for s in article.body_sentences():
        t = s.text
        event = next((e for e in events.of(s) if e.kind in DECISION_KINDS), None)
        if event is None and DECISION_NOUN.search(t):
            event = events.main_decision()
        if event is None:
            continue
        for role, pattern in rules.SPONSOR_BY.items():
            for m in re.finditer(pattern, t, I):
                if role == "main_sponsor" and re.search(rules.AMENDMENT_BEFORE, t[: m.start()], I):
                    continue
                actors = ids(article.actor_list(s.start + m.end()))
                if actors:
                    sponsor(out, event, actors, role, f"sponsor.{role}-by", (s.start, s.end))
        which = re.search(rules.SPONSOR_WHICH, t, I)
        if which:
            before = [
                x
                for x in article.gaz.mentions(article.text, s.start, s.start + which.start())
                if x.kind in ("state", "organisation")
            ]
            with_others = t[which.end() - 6 : which.end()].strip().endswith("with")
            after = article.actor_list(s.start + which.end()) if with_others else []
            actors = ids(before[-1:] + after)
            if actors:
                sponsor(out, event, actors, "main_sponsor", "sponsor.which-drafted", (s.start, s.end))
    return out.candidates


def ids(mentions: list[Mention]) -> list[str]:
    return [m.actor_id for m in mentions]


def sponsor(out: Collector, event: EventDraft, actors: list[str], role: str, rule: str, span: tuple[int, int]) -> None:
    """Each actor as a sponsor of the event in this role (the first sentence naming it is the evidence)."""
    for actor_id in actors:
        key = f"sponsorships:{id(event)}:{actor_id}"
        if out.get(key) is None:
            out.add(Candidate(key, "sponsorships", {"event": event, "actor_id": actor_id, "role": role}, rule, [span]))
