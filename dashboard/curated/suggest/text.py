"""Paragraphs and sentences of an article, each with its character offsets in the original text.

Every passage the suggester proposes is a slice text[start:end] of the article, so it is verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A sentence ends at . ! ? (and any closing quote) before white space and a capital or a quote, or right before
#: a capitalised word where the space was lost.
#: Abbreviations such as "U.N." or "Mr." do not end one.
_ABBREVIATIONS = (
    r"(?<!\bU\.N)(?<!\bU\.S)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bNo)(?<!\bvs)"
    r"(?<!\b[A-Z])(?<!\bJan)(?<!\bFeb)(?<!\bMar)(?<!\bApr)(?<!\bAug)(?<!\bSept)(?<!\bSep)(?<!\bOct)(?<!\bNov)(?<!\bDec)"
)
SENTENCE_END = re.compile(
    _ABBREVIATIONS + r"[.!?][\"”’')]*(?=\s+[\"“‘(]?[A-Z0-9])"
    # a page that lost the space after a full stop: "…to address the matter.The UN Third Committee …"
    r"|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])"
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph it lies in

    def __len__(self) -> int:
        return self.end - self.start


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line, trimmed."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        lead = len(line) - len(line.lstrip())
        trail = len(line.rstrip())
        if line.strip():
            out.append((m.start() + lead, m.start() + trail))
    return out


def sentences(text: str) -> list[Span]:
    """Every sentence with its offsets; a sentence never crosses a line break."""
    out: list[Span] = []
    for index, (p_start, p_end) in enumerate(paragraphs(text)):
        cursor = p_start
        for m in SENTENCE_END.finditer(text, p_start, p_end):
            end = m.end()
            out.append(Span(cursor, end, text[cursor:end], index))
            cursor = end
            while cursor < p_end and text[cursor].isspace():
                cursor += 1
        if cursor < p_end:
            out.append(Span(cursor, p_end, text[cursor:p_end], index))
    return out


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without surrounding white space and stray commas."""
    while start < end and (text[start].isspace() or text[start] in ",;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return start, end
