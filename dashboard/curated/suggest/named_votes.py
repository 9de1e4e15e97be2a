"""The named-votes pass: which state voted how on which event, and the vetoes.

`find_named_votes(article, events)` returns vote candidates (and the veto and "who complained" positions
that come with them), each on the event its sentence refers to.
"""

from __future__ import annotations

import re

from dashboard.curated.suggest import rules
from dashboard.curated.suggest.article import Article
from dashboard.curated.suggest.events import VETOED, EventDraft, Events
from dashboard.curated.suggest.names import Mention
from dashboard.curated.suggest.records import Candidate, Collector
from dashboard.curated.suggest.text import Span

I = re.IGNORECASE  # noqa: E741
VOTED_ON = ("resolution", "security_council_draft", "amendment")


def find_named_votes(article: Article, events: Events) -> list[Candidate]:
    out = Collector()
    text = article.text
    for s in article.body_sentences():
        refs = events.of(s)
        event = next((e for e in refs if e.kind in VOTED_ON), None)
        t = s.text
        whole = (s.start, s.end)  # the evidence: the whole sentence
        if event is None and re.search(rules.VOTE_WORD, t, I):
            event = events.main_decision()
        if event is None:
            continue
        if event.kind == "security_council_draft" and VETOED.search(t):
            for named in article.gaz.mentions(text, s.start, s.end):
                after = text[named.end : named.end + 12]
                if named.kind in ("state", "capital") and re.match(rules.VETO_AFTER_NAME, after):
                    vote(out, event, named.actor_id, "no", "vote.veto", whole)
                    out.position(named.actor_id, None, "veto", None, event, "position.veto", [whole])
            continue
        m_among = re.search(rules.AMONG_THE + rules.AMONG_WHAT, t, I)
        if m_among:
            value = (
                "no"
                if re.search(rules.AGAINST_WORDS, m_among.group("what"), I)
                else ("abstain" if "abstain" in m_among.group("what").lower() else "yes")
            )
            for v in subject_states(article, s, m_among.start()):
                vote(out, event, v.actor_id, value, "vote.among-the", whole)
            t = t[m_among.end() :]  # the rest may name others ("…, while China abstained")
            s = Span(s.start + m_among.end(), s.end, t, s.paragraph)
        for value, pattern in rules.VOTE_PHRASES.items():
            for m in re.finditer(pattern, t, I):
                if re.search(rules.HYPOTHETICAL, t[: m.start()], I):
                    continue
                voters = subject_states(article, s, m.start())
                rest = t[m.end() :]
                end = re.search(rules.CLAUSE_END, rest, I)
                clause = rest[: end.start()] if end else rest
                along = re.search(rules.ALONG_WITH, clause, I)
                if along:
                    voters += article.actor_list(s.start + m.end() + along.end())
                organisations = {
                    x.actor_id for x in article.gaz.mentions(text, s.start, s.end) if x.kind == "organisation"
                }
                for v in voters:
                    if v.actor_id in organisations:
                        continue
                    vote(out, event, v.actor_id, value, f"vote.{value}-clause", whole)
                complaint = re.search(rules.VOTERS_COMPLAINED, rest, I)
                if voters and complaint and value == "no":
                    for v in voters:
                        out.position(v.actor_id, None, "oppose", None, event, "position.voters-complained", [whole])
                if voters:
                    break
    return out.candidates


def subject_states(article: Article, s: Span, verb_at: int) -> list[Mention]:
    """The states before a vote phrase, in the same clause ("Both China and Russia voted against")."""
    text = article.text
    head = text[s.start : s.start + verb_at]
    cut = max((m.end() for m in re.finditer(rules.SUBJECT_CLAUSE_START, head)), default=0)
    mentions = [
        m for m in article.gaz.mentions(text, s.start + cut, s.start + verb_at) if m.kind in ("state", "capital")
    ]
    if not mentions:
        return []
    # the states form one list that runs up to the verb
    group = [mentions[-1]]
    for m in reversed(mentions[:-1]):
        gap = text[m.end : group[0].start]
        if re.fullmatch(rules.SUBJECT_LIST_GAP, gap, I):
            group.insert(0, m)
        else:
            break
    tail = text[group[-1].end : s.start + verb_at]
    if len(tail) > 40 and not re.fullmatch(rules.WERE_AMONG_TAIL, tail, I):
        return []
    return group


def vote(out: Collector, event: EventDraft, iso3: str, value: str, rule: str, span: tuple[int, int]) -> None:
    """A state's vote on the event (once per state and event; a further sentence adds its passage)."""
    if not re.fullmatch(rules.ISO3, iso3):
        return
    key = f"votes:{id(event)}:{iso3}"
    found = out.get(key)
    if found is not None:
        if span not in found.spans:
            found.spans.append(span)
        return
    out.add(Candidate(key, "votes", {"event": event, "country_iso3": iso3, "vote": value}, rule, [span]))
