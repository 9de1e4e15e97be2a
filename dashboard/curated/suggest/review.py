"""The logic of the "Add an article" page, without Streamlit: candidates, highlights, edits, the patch.

The page only lays these out; everything here is testable on its own and writes nothing to disk.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

import yaml
from pydantic import ValidationError

from dashboard.curated import checks
from dashboard.curated.load import Yaml12Loader
from dashboard.curated.models import TABLES
from dashboard.curated.suggest import draft as drafts
from dashboard.curated.suggest.extract import Candidate, Draft
from dashboard.problems import Problem

COLOURS = {
    "events": "#FFE0B2",
    "votes": "#C8E6C9",
    "sponsorships": "#BBDEFB",
    "positions": "#F8BBD0",
    "sources": "#E0E0E0",
}


def reviewable(draft: Draft) -> list[Candidate]:
    """The candidates a curator decides on: facts and new actors (the source record always goes with the patch)."""
    order = {"events": 0, "votes": 1, "sponsorships": 2, "positions": 3, "actors": 4}
    cands = [c for c in draft.candidates if c.table in order and not (c.table == "actors" and c.existing)]
    return sorted(cands, key=lambda c: (order[c.table], min((s for s, _ in c.spans), default=0)))


def spans_of(c: Candidate, text: str) -> list[tuple[int, int]]:
    """Where the candidate's passages lie in the text (its own spans, else a search)."""
    if c.spans:
        return list(c.spans)
    out = []
    for item in c.record.get("evidence", []):
        at = text.find(item["quote"])
        if at >= 0:
            out.append((at, at + len(item["quote"])))
    return out


def highlighted_html(draft: Draft, numbered: list[Candidate]) -> str:
    """The article with every candidate's passages marked and numbered [n] as in the list."""
    text = draft.text
    marks: dict[tuple[int, int], list[int]] = {}
    colour: dict[tuple[int, int], str] = {}
    for n, c in enumerate(numbered, start=1):
        for span in spans_of(c, text):
            marks.setdefault(span, []).append(n)
            colour.setdefault(span, COLOURS.get(c.table, "#FFF3C4"))
    cuts = sorted({0, len(text), *[p for span in marks for p in span]})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [span for span in marks if span[0] <= a and b <= span[1]]
        piece = html.escape(text[a:b], quote=False)
        if not covering:
            out.append(piece)
            continue
        numbers = sorted({n for span in covering for n in marks[span]})
        ends_here = [span for span in covering if span[1] == b]
        label = f'<sup style="color:#6d4c00">[{", ".join(map(str, numbers))}]</sup>' if ends_here else ""
        out.append(f'<mark style="background:{colour[covering[0]]}">{piece}</mark>{label}')
    return (
        '<div style="white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, serif; line-height: 1.55; '
        'max-width: 60rem; border-left: 3px solid #ddd; padding-left: 1rem">' + "".join(out) + "</div>"
    )


def record_yaml(c: Candidate) -> str:
    return drafts.dump(drafts.clean(c.record))


def parse_edit(c: Candidate, text: str, source_text: str) -> tuple[dict[str, Any] | None, str | None]:
    """An edited record, validated against its model and the article; (record, None) or (None, why)."""
    try:
        data = yaml.load(text, Loader=Yaml12Loader)
    except yaml.YAMLError as exc:
        return None, f"not valid YAML: {str(exc).splitlines()[0]}"
    if not isinstance(data, dict):
        return None, "expected one record: field: value lines"
    try:
        record = TABLES[c.table].model_validate(data).model_dump(mode="json")
    except ValidationError as exc:
        first = exc.errors()[0]
        return None, f"{'.'.join(map(str, first['loc']))}: {first['msg']}"
    folded = checks.normalise(source_text)
    for item in record.get("evidence") or []:
        if checks.normalise(item["quote"]) not in folded and item["source"] == c.record["evidence"][0]["source"]:
            from dashboard.curated.nearest import hint

            return None, f"passage not found verbatim in the article; {hint(checks.normalise(item['quote']), folded)}"
    return record, None


@dataclass
class Outcome:
    draft: Draft
    patch: dict[str, Any]
    added: list[str]  # keys included because an accepted candidate needs them
    problems: list[Problem]

    def zip_bytes(self) -> bytes:
        """The patch and the article as one zip (built when the download is clicked, not on every run)."""
        return drafts.patch_zip(self.draft, self.patch)


def build(
    draft: Draft, accepted: set[str], edits: dict[str, dict], records: dict[str, list[Any]], texts: dict[str, str]
) -> Outcome:
    """The patch of the accepted (and edited) candidates, its zip, and what validate would say once applied."""
    _chosen, added = drafts.selection(draft, accepted, edits)
    patch = drafts.build_patch(draft, accepted, edits)
    merged, problems = drafts.patched_records(patch, records)
    all_texts = dict(texts)
    all_texts[draft.source_id] = draft.text
    paths = {name: f"data/{name}.yaml" for name in TABLES}
    problems += checks.run_all(merged, all_texts, paths, "seeds")
    return Outcome(draft, patch, [k for k in added if not k.startswith("sources:")], problems)
