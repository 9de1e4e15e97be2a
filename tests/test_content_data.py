"""The Data and downloads page's preview column order (dashboard/app/content/data.py)."""

from __future__ import annotations

from dashboard.app.content import data
from dashboard.curated import context
from dashboard.curated.load import load_dataset
from dashboard.curated.tables import COLUMNS


def test_country_and_vote_then_the_event_then_the_rest_the_link_and_the_keys_last() -> None:
    columns = [*COLUMNS["votes"], *(c for c in context.CONTEXT_COLUMNS if c not in data.NOT_PREVIEWED), "passage"]
    assert data.preview_columns("votes", columns) == [
        "country", "vote", "event title", "event date", "body in words", "country_iso3", "official record", "passage",
        "vote_id", "event_id",
    ]  # fmt: skip


def test_every_table_keeps_every_column_once_and_its_keys_last() -> None:
    frames = load_dataset().frames
    for table, columns in COLUMNS.items():
        shown = [*data.preview_rows(frames, table, frames[table]).columns, "passage"]
        assert set(columns) <= set(shown) and not set(data.NOT_PREVIEWED) & set(shown), table
        assert set(data.PREVIEW_FIRST[table]) <= set(shown), table  # no first column the preview lacks
        order = data.preview_columns(table, shown)
        keys = [c for c in columns if c.endswith("_id") or c == "rcid"]
        assert sorted(order) == sorted(shown) and order[len(order) - len(keys) - 1 :] == ["passage", *keys], table
        assert order[: len(data.PREVIEW_FIRST[table])] == data.PREVIEW_FIRST[table]
    votes = data.preview_rows(frames, "votes", frames["votes"])
    assert list(votes.columns) == [*COLUMNS["votes"], "event title", "event date", "body in words", "official record"]
    assert list(data.preview_rows(frames, "sources", frames["sources"]).columns) == list(COLUMNS["sources"])
    assert data.preview_columns("events", ["title", "date"]) == ["date", "title"]
    assert data.preview_columns("unknown", ["b", "a"]) == ["b", "a"]


def test_the_note_under_the_preview() -> None:
    assert data.preview_note(0) == data.CSV_NOTE  # no preview: only what a CSV holds
    assert data.preview_note(9).startswith("The link column is for reading here") and data.CSV_NOTE in data.preview_note(9)
    assert data.preview_note(501).startswith("The first 500 rows; the CSV holds all. The link column")
    assert not data.preview_note(500).startswith("The first")


def test_every_closed_vocabulary_column_is_shown_in_words_and_the_csv_keeps_its_codes() -> None:
    from typing import get_args

    from dashboard.curated import models
    from dashboard.vocabulary import Vocabulary

    tables = {"sponsorships": "sponsors"}  # the model's name → the export table's
    for name, model in models.TABLES.items():
        for field, info in model.model_fields.items():
            found = [t for t in (info.annotation, *get_args(info.annotation)) if isinstance(t, type)]
            vocabulary = next((t for t in found if issubclass(t, Vocabulary)), None)
            if vocabulary is not None and field in COLUMNS[tables.get(name, name)]:
                assert data.IN_WORDS[tables.get(name, name)][field] is vocabulary, (name, field)
    frames = load_dataset().frames
    events = data.preview_rows(frames, "events", frames["events"])
    assert "without vote" in set(events["method"]) and "without_vote" not in set(events["method"])
    assert "Human Rights Council" in set(events["body"]) and "body in words" not in events  # said once, in words
    assert set(data.preview_rows(frames, "votes", frames["votes"])["vote"]) == {"No"}
    assert "call for dialogue" in set(data.preview_rows(frames, "positions", frames["positions"])["stance"])
    assert set(frames["events"]["method"]) >= {"without_vote", "recorded_vote"}  # the frames (and CSV) keep codes
    assert "in words" in data.preview_note(9)
