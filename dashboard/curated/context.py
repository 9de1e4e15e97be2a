"""Self-describing rows for the app's curated downloads. Pure pandas, no Streamlit.

The export (`python -m dashboard export`) writes the tidy tables with ids that join them. A reader of one
downloaded file has no other table, so each row of a download also carries, after the same columns:
the event's title, date and body (for rows about an event), the official record's symbol where the event is
linked to a roll call, and the source articles and passages the row rests on (for facts).
"""

from __future__ import annotations

import pandas as pd

from dashboard.curated.analysis import row_fact_column, source_labels
from dashboard.curated.models import Body, LinkRelation

Frames = dict[str, pd.DataFrame]
#: The body codes in words, spelt out for a reader of one file (the app's pages use Body's short forms).
BODIES = Body.labels()
#: How the official roll call relates to the row's event, in the "official record" column.
STAGES = LinkRelation.labels()
CONTEXT_COLUMNS = {
    "event title": "The event's title (our words).",
    "event date": "YYYY[-MM[-DD]] as far as the sources give it; empty if unknown.",
    "body in words": "The UN body, in words.",
    "official record": "The symbol of the official roll call the event is linked to, and how: this vote, or the "
    "plenary vote on the same text.",
    "source articles": "The articles the row rests on: number, headline, outlet, date; '; '-joined.",
    "passages": "The passages, verbatim, ' | '-joined.",
}


def with_context(frames: Frames, table: str, rows: pd.DataFrame) -> pd.DataFrame:
    """rows (of one export table) followed by the context columns that apply to that table."""
    out = rows.copy()
    if "event_id" in out.columns or table == "events":
        events = frames["events"].set_index("event_id")
        key = out["event_id"]
        if table != "events":
            out["event title"] = key.map(events["title"])
            out["event date"] = key.map(events["date"])
        out["body in words"] = key.map(events["body"]).map(lambda b: BODIES.get(b, b) if isinstance(b, str) else b)
        if table != "links":
            links = frames["links"].drop_duplicates("event_id").set_index("event_id")
            stage = links["relation"].map(STAGES)
            out["official record"] = key.map(links["symbol"] + " (" + stage.fillna("linked") + ")")
    fact = "event_id" if table == "events" else row_fact_column(table)
    if fact and table != "evidence":
        evidence = frames["evidence"]
        labels = source_labels(frames)
        grouped = evidence.groupby("fact_id", sort=False)
        articles = grouped["source_id"].agg(lambda s: "; ".join(labels.get(x, x) for x in dict.fromkeys(s)))
        passages = grouped["quote"].agg(lambda q: " | ".join(q))
        out["source articles"] = out[fact].map(articles)
        out["passages"] = out[fact].map(passages)
    elif table == "evidence":
        labels = source_labels(frames)
        out["source articles"] = out["source_id"].map(labels)
    return out.reset_index(drop=True)
