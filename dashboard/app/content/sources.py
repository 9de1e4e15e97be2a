"""Sources, as Markdown: an article (headline, metadata, its text with the evidence passages highlighted) and the
list of its passages with the facts drawn from each, each one element (each element costs the browser a few ms to
draw). Pure: no Streamlit. The data's words are escaped: draw with unsafe_allow_html."""

from __future__ import annotations

import html
from collections.abc import Collection, Mapping
from typing import Any

import pandas as pd

from dashboard.app import format as fmt
from dashboard.app import nav
from dashboard.curated import analysis

FIELDS = {"Outlet": "outlet", "Agency": "agency", "Byline": "byline", "Published": "published", "Dateline": "dateline"}
FOCUSED, OTHER = "#FFD54F", "#FFF3C4"  # the followed fact's passages, darker; the other passages
TEXT_STYLE = (
    "white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, serif; line-height: 1.55; "
    "max-width: 60rem; border-left: 3px solid #ddd; padding-left: 1rem"
)


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def fact_quotes(quotes: list[tuple[str, str]]) -> str:
    """The passages stating the followed fact, each with its article's label: (quote, label) pairs."""
    return "\n\n".join(f"> {esc(quote)}  \n> — *{esc(label)}*" for quote, label in quotes)


def highlighted_text(text: str, passages: pd.DataFrame, focus: Collection[str]) -> str:
    """The article's text as HTML, each located passage in a <mark id="pN"> with its numbers after it (overlapping
    passages share one highlight); those in `focus` darker."""
    spans = [(int(p.start), int(p.end), f"p{i + 1}") for i, p in passages.iterrows() if not pd.isna(p.start)]
    quote_of = {f"p{i + 1}": p.quote for i, p in passages.iterrows()}
    out = []
    offset = 0
    for piece, pid in analysis.highlight_spans(text, spans):
        start, offset = offset, offset + len(piece)
        if pid is None:
            out.append(esc(piece))
            continue
        numbers = [n[1:] for s_, e_, n in spans if s_ < offset and e_ > start]  # every passage this stretch carries
        colour = FOCUSED if any(quote_of[f"p{n}"] in focus for n in numbers) else OTHER
        out.append(
            f'<mark id="{pid}" style="background:{colour}">{esc(piece)}</mark>'
            f'<sup style="color:#8a6d00;font-family:system-ui,sans-serif">[{", ".join(numbers)}]</sup>'
        )
    return "".join(out)


def article_markdown(meta: Mapping[str, Any], highlighted: str) -> str:
    """The article's headline, its metadata line, its notes (date, notes, rights) in small type, then its text
    (highlighted_text)."""
    headline = meta["headline"] if isinstance(meta["headline"], str) else "Article without a headline"
    fields = " · ".join(f"**{name}:** {esc(fmt.known(meta[column], 'not stated'))}" for name, column in FIELDS.items())
    notes = [
        f"Date: {meta['published_derivation']}" if isinstance(meta["published_derivation"], str) else None,
        meta["notes"] if isinstance(meta["notes"], str) else None,
        f"Rights: {meta['rights']}",
    ]
    return (
        f"## {esc(headline)}\n\n{fields}  \n{fmt.small_text(' · '.join(n for n in notes if n))}\n\n"
        f"{fmt.small('Highlighted: the passages used as evidence, numbered as in the list below the article.')}\n\n"
        f'<div style="{TEXT_STYLE}">{highlighted}</div>'
    )


def passages_markdown(
    passages: pd.DataFrame,
    described: Mapping[str, str],
    event_of: Mapping[str, str],
    fact: str | None,
) -> str:
    """A heading, then each passage: its number, how many facts, where it sits in the article, its words, and the
    facts drawn from it (each with a link to its event's breakdown; the followed fact marked)."""
    parts = [f"### {len(passages)} passages used as evidence, and the facts drawn from each"]
    for number, p in enumerate(passages.itertuples(), start=1):
        where = f" · characters {int(p.start)}–{int(p.end)} of the article" if not pd.isna(p.start) else ""
        lines = []
        for fact_id in p.facts:
            event_id = event_of.get(fact_id)
            link = f" · [event breakdown ↗]({nav.BREAKDOWN.url(event=event_id)})" if event_id else ""
            mark = " ← the fact you followed" if fact_id == fact else ""
            lines.append(f"- {esc(described.get(fact_id, fact_id))}{link}{mark}")
        head = f"**[{number}]** {fmt.small_text(fmt.count(len(p.facts), 'fact') + where)}"
        parts.append(f"{head}\n\n> {esc(p.quote)}\n\n" + "\n".join(lines))
    return "\n\n".join(parts)
