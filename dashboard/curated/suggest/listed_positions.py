"""Positions stated of every state of a list: "China, Eritrea and Cuba did not join the consensus".

`listed_stances(article, sentence)` returns (actor ids, stance, rule) for each list of states in the
sentence that a stance phrase of `rules.LISTED_BEFORE` follows, or one of `rules.LISTED_AFTER` precedes.
A list preceded by a preposition ("a resolution against Iran and Syria") is an object, never a subject.
"""

from __future__ import annotations

import re

from dashboard.curated.suggest import rules
from dashboard.curated.suggest.article import Article
from dashboard.curated.suggest.names import Mention
from dashboard.curated.suggest.text import Span

I = re.IGNORECASE  # noqa: E741
BEFORE = [(stance, re.compile(p, I)) for stance, p in rules.LISTED_BEFORE]
AFTER = [(stance, re.compile(p, I)) for stance, p in rules.LISTED_AFTER]
OBJECT_WORD = re.compile(rules.LIST_OBJECT_WORD, I)
GAP = re.compile(rules.LIST_GAP, I)
VOTE_LIKE = re.compile(rules.LISTED_VOTE_LIKE, I)
ACTOR_KINDS = ("state", "capital", "organisation")


def runs(article: Article, s: Span) -> list[list[Mention]]:
    """The lists of actors in a sentence: names joined by commas and "and", in order."""
    out: list[list[Mention]] = []
    for m in article.gaz.mentions(article.text, s.start, s.end):
        if m.kind not in ACTOR_KINDS:
            continue
        if out and GAP.fullmatch(article.text[out[-1][-1].end : m.start]):
            out[-1].append(m)
        else:
            out.append([m])
    return out


def listed_stances(article: Article, s: Span) -> list[tuple[list[str], str, str, bool]]:
    """(actor ids, stance, rule, reads as a vote) for each list of actors with a stance stated of all of them."""
    found = []
    for run in runs(article, s):
        head = article.text[s.start : run[0].start]
        tail = article.text[run[-1].end : s.end]
        ids = list(dict.fromkeys(m.actor_id for m in run))
        for stance, rx in AFTER:
            if rx.search(head):
                found.append((ids, stance, f"position.listed-{stance}", False))
                break
        else:
            if OBJECT_WORD.search(head):
                continue
            for stance, rx in BEFORE:
                if rx.match(tail):
                    found.append((ids, stance, f"position.listed-{stance}", bool(VOTE_LIKE.match(tail))))
                    break
    return found
