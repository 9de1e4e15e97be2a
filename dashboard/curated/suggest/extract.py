"""The rules applied to one article: read it once, run each pass over it, build the draft.

`extract(text, source_id, gazetteer)` returns a `Draft`: a list of `Candidate`s, each a record of
data/ (valid against its model) with the passages (character spans of the text) that state it and
the rule that proposed it. Nothing here reads or writes files. The passes, one module each:
`source_meta` (through `article`), `events`, `sponsors`, `named_votes`, `positions`; `records` builds
the draft.
"""

from __future__ import annotations

from datetime import date

from dashboard.curated.suggest.article import read_article
from dashboard.curated.suggest.events import find_events
from dashboard.curated.suggest.named_votes import find_named_votes
from dashboard.curated.suggest.names import Gazetteer
from dashboard.curated.suggest.positions import find_positions
from dashboard.curated.suggest.records import BODY_NAMES, Candidate, Draft, build_draft, combine
from dashboard.curated.suggest.source_meta import INFERRED_NOTE
from dashboard.curated.suggest.sponsors import find_sponsors

__all__ = ["BODY_NAMES", "INFERRED_NOTE", "Candidate", "Draft", "extract"]


def extract(text: str, source_id: str, gaz: Gazetteer, today: date | None = None) -> Draft:
    """Every candidate the rules find in one article (ids not yet matched to data/)."""
    article = read_article(text, source_id, gaz, today)
    events = find_events(article)
    sponsors = find_sponsors(article, events)
    votes = find_named_votes(article, events)
    positions = find_positions(article, events)
    candidates = combine(sponsors, votes, positions.candidates)
    return build_draft(article, events, candidates, positions)
