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
#: How many rows the preview shows (the CSV holds all).
PREVIEW_ROWS = 500
#: What a downloaded CSV holds, under the preview.
CSV_NOTE = (
    "A CSV holds the columns "
    "`python -m dashboard export` writes, and each row also carries what a reader needs without the other "
    "tables: the event's title, date and body, the official record's symbol where there is one, and the source "
    "articles and passages. It opens in Excel and LibreOffice with its accents intact; a cell a spreadsheet would "
    "run as a formula starts with a `'`."
)
#: Columns the page adds for reading (a link to the passage), after the table's own.
READING_COLUMNS = ["passage"]


def preview_columns(table: str, columns: Sequence[str]) -> list[str]:
    """The preview's column order: the table's first columns (those present), the rest in their order, then the
    reading link."""
    first = [c for c in PREVIEW_FIRST.get(table, []) if c in columns]
    rest = [c for c in columns if c not in first and c not in READING_COLUMNS]
    return first + rest + [c for c in READING_COLUMNS if c in columns]


def preview_note(rows: int, shown: int = PREVIEW_ROWS) -> str:
    """The line under the preview of `rows` matched rows: how many it shows, its link column, what a CSV holds."""
    if not rows:
        return CSV_NOTE
    first = f"The first {shown} rows; the CSV holds all. " if rows > shown else ""
    return f"{first}The link column is for reading here; it is not in the CSV. {CSV_NOTE}"
