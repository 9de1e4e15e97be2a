"""The Positions page's list as Markdown (dashboard/app/content/positions.py)."""

from __future__ import annotations

import pandas as pd

from dashboard.app.content import positions

ROWS = pd.DataFrame(
    [
        {"actor": "North Korea", "stance": "reject", "date": "2014", "title": "Human rights <in> DPRK",
         "speaker": "Sin So Ho", "speaker_role": None, "statement": "lies & plots", "summary": "Rejected it.",
         "position_id": "prk-rejects"},
        {"actor": "China", "stance": "call_for_dialogue", "date": None, "title": None, "speaker": None,
         "speaker_role": None, "statement": None, "summary": "Called for dialogue.", "position_id": "chn-dialogue"},
    ]
)  # fmt: skip


def test_each_position_leads_with_its_actor_stance_date_and_event_escaped() -> None:
    first, second = positions.list_markdown(ROWS).split(positions.SEPARATOR)
    assert first.startswith("**North Korea** · `reject` · 2014 · Human rights &lt;in&gt; DPRK\n\n")
    assert "> “lies &amp; plots”  \n> — Sin So Ho" in first and "(/sources?fact=prk-rejects)" in first
    assert second.startswith("**China** · `") and " · undated · the issue at large\n\n" in second
    assert "Called for dialogue. — *China* (no words quoted)" in second


def test_no_positions_no_list() -> None:
    assert positions.list_markdown(ROWS.iloc[0:0]) == ""
