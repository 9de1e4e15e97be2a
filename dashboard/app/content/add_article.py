"""What the "Add an article" page shows around the curation assistant's review: the article's text, its
source line, the candidates counted. Pure: no Streamlit (the review itself is curated/suggest/review.py)."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

from dashboard.app import format as fmt

INTRO = (
    "Paste or upload a news article. The curation assistant proposes every fact it finds, each with the "
    "passage that states it, highlighted below. Accept, edit or leave each one; then download the accepted "
    "records as a YAML patch together with the article, and apply it with "
    "`python -m dashboard apply-patch PATCH.zip`. Nothing is written on this server."
)
NOT_UTF8 = "The file is not UTF-8 text; save it as UTF-8 and upload it again."
SOURCE_FIELDS = (
    ("Headline", "headline"),
    ("Agency", "agency"),
    ("Byline", "byline"),
    ("Dateline", "dateline"),
    ("Published", "published"),
)
TABLE_ORDER = ("events", "votes", "sponsorships", "positions", "actors")


def article_text(uploaded: bytes | None, pasted: str) -> tuple[str, str | None]:
    """The article to review: the uploaded file's text (it wins over the pasted text), and an error if any."""
    if uploaded is None:
        return pasted, None
    try:
        return uploaded.decode("utf-8"), None
    except UnicodeDecodeError:
        return "", NOT_UTF8


def source_line(meta: Mapping[str, Any]) -> str:
    """'**Headline:** … · **Agency:** not stated · …', the values escaped."""
    return " · ".join(
        f"**{label}:** {html.escape(str(meta[key]), quote=False) if meta.get(key) else 'not stated'}"
        for label, key in SOURCE_FIELDS
    )


def source_markdown(source_id: str, meta: Mapping[str, Any]) -> str:
    """The proposed source's heading, its line (source_line) and how its date was read, in small type: one
    Markdown block (draw with unsafe_allow_html; the values escaped)."""
    derivation = meta.get("published_derivation")
    how = f"  \n{fmt.small_text(f'Date: {derivation}')}" if derivation else ""
    return f"### Source `{source_id}`\n\n{source_line(meta)}{how}"


def candidate_markdown(n: int, label: str, rule: str, quotes: Sequence[str], notes: Sequence[str]) -> str:
    """One candidate, after a rule that parts it from the one above: its number and label, the rule that proposed
    it, each passage it rests on, its notes in small type: one Markdown block (draw with unsafe_allow_html; the
    words escaped)."""
    parts = ["---", f"**[{n}] {html.escape(label, quote=False)}**  \n{fmt.small(f'rule `{rule}`')}"]
    parts += [f"> {html.escape(quote, quote=False)}" for quote in quotes]
    parts += [fmt.small_text(note) for note in notes]
    return "\n\n".join(parts)


def skipped_markdown(lines: Sequence[str]) -> str:
    """What the assistant saw but did not propose, as one Markdown list (escaped)."""
    return "\n".join(f"- {html.escape(line, quote=False)}" for line in lines)


def source_id_notice(source_id: str, texts: Mapping[str, str]) -> tuple[str, str] | None:
    """("warning" or "info", words) when the new id clashes with seeds/ or the article is already there."""
    if source_id[:3] in {sid[:3] for sid in texts} and source_id not in texts:
        return "warning", "This number is taken in seeds/; run `python -m dashboard new-source` on the final text."
    if source_id in texts:
        return "info", "This exact article is already in seeds/: its facts are matched to the records that cite it."
    return None


def candidates_summary(tables: Sequence[str]) -> str:
    """How many candidates, per table, and the highlight colours; `tables`: each candidate's table."""
    counts = ", ".join(f"{tables.count(t)} {t}" for t in TABLE_ORDER if t in tables)
    return (
        f"**{len(tables)} candidate(s)**: {counts}. "
        "Colours: events orange, votes green, sponsors blue, positions pink; numbers as in the list."
    )


def accepted_summary(accepted: int, added: Sequence[str]) -> str:
    """'**2 accepted.**', with the records added because the accepted ones need them."""
    extra = f" Also included, because accepted records need them: {', '.join(f'`{k}`' for k in added)}."
    return f"**{accepted} accepted.**" + (extra if added else "")
