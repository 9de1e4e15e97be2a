"""Data and downloads, computed: the order of a table's preview columns. Pure: no Streamlit."""

from __future__ import annotations

from collections.abc import Sequence

#: Per table, the columns a reader looks for first, in this order (on a phone only the first two or three show
#: without scrolling the table sideways); the others follow in the CSV's order. The CSV keeps its own order.
PREVIEW_FIRST = {
    "votes": ["country", "vote"],
    "sponsors": ["actor", "role", "actor_type"],
    "positions": ["actor", "stance", "statement", "summary", "speaker", "speaker_role"],
    "events": ["date", "body", "outcome", "method", "yes", "no", "abstain", "non_voting", "title"],
    "sources": ["headline", "outlet", "published"],
    "evidence": ["fact_table", "fact_id", "quote"],
    "links": ["symbol", "relation", "event_id"],
    "actors": ["name", "type", "role"],
}
#: Columns the page adds for reading (a link to the passage), after the table's own.
READING_COLUMNS = ["passage"]


def preview_columns(table: str, columns: Sequence[str]) -> list[str]:
    """The preview's column order: the table's first columns (those present), the rest in their order, then the
    reading link."""
    first = [c for c in PREVIEW_FIRST.get(table, []) if c in columns]
    rest = [c for c in columns if c not in first and c not in READING_COLUMNS]
    return first + rest + [c for c in READING_COLUMNS if c in columns]
