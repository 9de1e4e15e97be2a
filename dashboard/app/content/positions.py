"""Positions and quotes, as Markdown: the list of positions the filters found, one element for them all (each
element costs the browser a few ms to draw). Pure: no Streamlit."""

from __future__ import annotations

import html
from typing import Any

import pandas as pd

from dashboard.app import format as fmt
from dashboard.app.content.country import quote_markdown
from dashboard.curated.models import Stance
from dashboard.vocabulary import label_of

#: Between two positions in the list: a rule, as the bordered box each had before.
SEPARATOR = "\n\n---\n\n"


def entry_markdown(row: Any, show_actor: bool = True) -> str:  # Any: an itertuples() row of the positions
    """One position: who, stance, when and about what, then the quote (or summary) with its source link;
    the data's words escaped (draw with unsafe_allow_html)."""
    when = html.escape(fmt.known(row.date, "undated"), quote=False)
    about = html.escape(row.title, quote=False) if isinstance(row.title, str) else "the issue at large"
    lead = f"**{html.escape(row.actor, quote=False)}** · " if show_actor else ""
    who = row.speaker if isinstance(row.speaker, str) else row.actor
    role = f", {row.speaker_role}" if isinstance(row.speaker_role, str) else ""
    lead = f"{lead}`{label_of(Stance, row.stance)}` · {when} · {about}"
    return f"{lead}\n\n{quote_markdown(row.statement, row.summary, f'{who}{role}', row.position_id)}"


def list_markdown(found: pd.DataFrame) -> str:
    """Every position found (its columns as analysis.filter_positions gives them), a rule between two."""
    return SEPARATOR.join(entry_markdown(row) for row in found.itertuples())
