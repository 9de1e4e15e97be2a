"""The closest passage of an article to a quote that is not found verbatim, and where the two differ.

rapidfuzz finds the best-aligned stretch of the (normalised) article; difflib's opcodes then name
each difference, so `validate` can say: 'closest (96 %): "…brought forth by…"; differs: "forward" → "forth"'.
"""

from __future__ import annotations

import difflib

from rapidfuzz import fuzz


def closest(quote: str, text: str) -> tuple[str, float] | None:
    """The stretch of text most like quote, and its similarity (0–100); None for an empty text."""
    if not quote or not text:
        return None
    found = fuzz.partial_ratio_alignment(quote, text)
    if found is None:
        return None
    start, end = found.dest_start, found.dest_end
    # widen to whole words
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end], found.score


def differences(quote: str, passage: str, limit: int = 3) -> list[str]:
    """Each place the quote differs from the passage: 'quote words' → 'article words'."""
    a, b = quote.split(), passage.split()
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        mine, theirs = " ".join(a[i1:i2]), " ".join(b[j1:j2])
        if op == "replace":
            out.append(f'"{mine}" → "{theirs}"')
        elif op == "delete":
            out.append(f'"{mine}" is not in the article')
        else:
            out.append(f'the article has "{theirs}" here')
    return out[:limit] + ([f"{len(out) - limit} more"] if len(out) > limit else [])


def hint(quote: str, text: str) -> str:
    """One line for validate: the closest passage and the differences, or nothing close."""
    found = closest(quote, text)
    if found is None or found[1] < 60:
        return "nothing close in the article"
    passage, score = found
    shown = passage if len(passage) <= 140 else passage[:137] + "…"
    diffs = differences(quote, passage)
    return f'closest passage ({score:.0f} % alike): "{shown}"' + (f"; differs: {'; '.join(diffs)}" if diffs else "")
