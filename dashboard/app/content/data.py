"""Data and downloads, computed: the preview's rows and the order of its columns. Pure: no Streamlit."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

import pandas as pd

from dashboard.curated import context
from dashboard.curated.models import (
    ActorType,
    Body,
    CountQualifier,
    DatePrecision,
    EventKind,
    LinkRelation,
    Method,
    Outcome,
    Relation,
    SponsorRole,
    Stance,
    VoteValue,
)
from dashboard.vocabulary import Vocabulary, label_of

#: The event a row is about, in the words a CSV row carries too (context.with_context), for the tables about events.
EVENT = ["event title", "event date", "body in words"]
#: Per table, the columns a reader looks for first, in this order: the row's own (on a phone only the first two or
#: three show without scrolling the table sideways), then the event it is about; the others follow in the CSV's
#: order, the keys that join the tables last. The CSV keeps its own order.
PREVIEW_FIRST = {
    "votes": ["country", "vote", *EVENT],
    "sponsors": ["actor", "role", *EVENT, "actor_type"],
    "positions": ["actor", "stance", "statement", "summary", "speaker", "speaker_role", *EVENT],
    "events": ["date", "body", "title", "outcome", "method", "yes", "no", "abstain", "non_voting"],
    "sources": ["headline", "outlet", "published"],
    "evidence": ["fact_table", "quote"],
    "links": ["symbol", "relation", *EVENT],
    "actors": ["name", "type", "role"],
}
#: The context columns a preview leaves out: the passage link stands for them.
NOT_PREVIEWED = ["source articles", "passages"]
#: Per table, the columns of a closed vocabulary's codes: the preview shows their words, the CSV keeps the codes.
IN_WORDS: dict[str, dict[str, type[Vocabulary]]] = {
    "sources": {"published_precision": DatePrecision},
    "events": {"kind": EventKind, "body": Body, "date_precision": DatePrecision, "outcome": Outcome,
               "method": Method, "relation": Relation, "cosponsor_count_qualifier": CountQualifier},
    "votes": {"vote": VoteValue},
    "sponsors": {"role": SponsorRole, "actor_type": ActorType},
    "positions": {"stance": Stance, "actor_type": ActorType},
    "links": {"relation": LinkRelation},
    "actors": {"type": ActorType},
}  # fmt: skip

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
#: Under a preview: its codes are in words (IN_WORDS).
CODES_NOTE = (
    "Codes (body, method, vote, stance, …) are shown in words here; the CSV keeps the codes, which "
    "`docs/data-dictionary.md` explains."
)
#: Columns the page adds for reading (a link to the passage), after the table's own.
READING_COLUMNS = ["passage"]


def is_key(column: str) -> bool:
    """A column of ids that join the tables (vote_id, event_id, rcid): for the CSV, not for reading."""
    return column.endswith("_id") or column == "rcid"


def preview_rows(frames: context.Frames, table: str, rows: pd.DataFrame) -> pd.DataFrame:
    """The rows as the preview shows them: the table's columns, codes in words, and the event each row is about (its
    date, body and title, as the CSV gives them), without the articles and passages."""
    shown = context.with_context(frames, table, rows)
    coded = IN_WORDS.get(table, {})
    words = {column: shown[column].map(partial(label_of, vocabulary)) for column, vocabulary in coded.items()}
    hidden = [*NOT_PREVIEWED, "body in words"] if table == "events" else NOT_PREVIEWED  # its body: in words already
    return shown.assign(**words).drop(columns=[c for c in hidden if c in shown.columns])


def preview_columns(table: str, columns: Sequence[str]) -> list[str]:
    """The preview's column order: the table's first columns (those present), the rest in their order, the reading
    link, then the keys."""
    first = [c for c in PREVIEW_FIRST.get(table, []) if c in columns]
    rest = [c for c in columns if c not in first and c not in READING_COLUMNS and not is_key(c)]
    keys = [c for c in columns if c not in first and is_key(c)]
    return first + rest + [c for c in READING_COLUMNS if c in columns] + keys


def preview_note(rows: int, shown: int = PREVIEW_ROWS) -> str:
    """The line under the preview of `rows` matched rows: how many it shows, its link column, what a CSV holds."""
    if not rows:
        return CSV_NOTE
    first = f"The first {shown} rows; the CSV holds all. " if rows > shown else ""
    return f"{first}The link column is for reading here; it is not in the CSV. {CODES_NOTE} {CSV_NOTE}"
