"""The Data and downloads page's preview column order (dashboard/app/content/data.py)."""

from __future__ import annotations

from dashboard.app.content import data
from dashboard.curated.tables import COLUMNS


def test_country_and_vote_first_then_the_rest_then_the_link() -> None:
    columns = [*COLUMNS["votes"], "passage"]
    assert data.preview_columns("votes", columns) == [
        "country", "vote", "vote_id", "event_id", "country_iso3", "passage"
    ]  # fmt: skip


def test_every_table_keeps_every_column_once() -> None:
    for table, columns in COLUMNS.items():
        assert set(data.PREVIEW_FIRST[table]) <= set(columns), table  # no first column the table lacks
        order = data.preview_columns(table, [*columns, "passage"])
        assert sorted(order) == sorted([*columns, "passage"]) and order[-1] == "passage"
        assert order[: len(data.PREVIEW_FIRST[table])] == data.PREVIEW_FIRST[table]
    assert data.preview_columns("events", ["title", "date"]) == ["date", "title"]
    assert data.preview_columns("unknown", ["b", "a"]) == ["b", "a"]


def test_the_note_under_the_preview() -> None:
    assert data.preview_note(0) == data.CSV_NOTE  # no preview: only what a CSV holds
    assert data.preview_note(9).startswith("The link column is for reading here") and data.CSV_NOTE in data.preview_note(9)
    assert data.preview_note(501).startswith("The first 500 rows; the CSV holds all. The link column")
    assert not data.preview_note(500).startswith("The first")
