"""One article, read once: its text, sentences, furniture left out, its own date and dateline, and who it names.

Every pass (`events`, `named_votes`, `sponsors`, `positions`) reads an `Article` and nothing else of
another pass; the article never changes once read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dashboard.curated.suggest import rules
from dashboard.curated.suggest.dates import Dated
from dashboard.curated.suggest.names import Gazetteer, Mention
from dashboard.curated.suggest.source_meta import SourceMeta, read_source
from dashboard.curated.suggest.text import Span, sentences

I = re.IGNORECASE  # noqa: E741
BODIES = [(body, re.compile(p, I)) for body, p in rules.BODY_PATTERNS]
ANAPHORA = re.compile(rules.COUNCIL_ANAPHORA, I)
ADDRESSED = re.compile(rules.ADDRESSED + r"\s*$", I)
SOURCE_AFTER = re.compile(rules.SOURCE_OF_TEXT_AFTER, I)
SOURCE_BEFORE = re.compile(rules.SOURCE_OF_TEXT_BEFORE, I)
BRACKETED = re.compile(rules.BRACKETED_AFTER_BODY)


@dataclass(frozen=True)
class Article:
    text: str
    source_id: str
    gaz: Gazetteer
    today: date  # the upper bound of an inferred year
    meta: SourceMeta  # headline, dateline, the article's own date, furniture
    sentences: tuple[Span, ...]  # every sentence, the dateline cut off

    @property
    def published(self) -> Dated:
        return self.meta.published

    @property
    def excluded(self) -> frozenset[int]:
        return self.meta.excluded

    def span_text(self, span: tuple[int, int]) -> str:
        return self.text[span[0] : span[1]]

    def body_sentences(self) -> list[Span]:
        """The sentences of running text: not furniture, captions or credits."""
        return [s for s in self.sentences if s.paragraph not in self.excluded]

    def sentence_at(self, start: int) -> Span:
        return next(s for s in self.sentences if s.start == start)

    def bodies_in(self, s: Span, last: str | None) -> list[tuple[int, str]]:
        """(offset, body) named in the sentence; "the council" is the last council-like body."""
        found = []
        taken: list[tuple[int, int]] = []
        t = s.text
        for body, rx in BODIES:
            for m in rx.finditer(t):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                before = t[max(0, m.start() - 40) : m.start()]
                if body in rules.DECIDING_BODIES and ADDRESSED.search(before):
                    continue  # "asking the Security Council to refer": addressed, not deciding (a report's author is)
                if body in rules.DECIDING_BODIES and (
                    SOURCE_AFTER.search(t[m.end() :]) or SOURCE_BEFORE.search(before)
                ):
                    continue  # "the recommendations of its Third Committee": the text's source, not the decider
                if BRACKETED.search(before) and any(0 <= m.start() - b <= 3 for _a, b in taken[:-1]):
                    continue  # "human rights committee (HRC)": the same body again
                found.append((s.start + m.start(), body))
        if last:
            for m in ANAPHORA.finditer(s.text):
                if not any(a <= m.start() < b for a, b in taken):
                    found.append((s.start + m.start(), last))
        return sorted(found)

    def actor_list(self, offset: int, limit: int = 200) -> list[Mention]:
        """The actors listed from offset on: "Japan and the European Union", "Cuba, Iran, Syria and Sudan"."""
        out: list[Mention] = []
        cursor = offset
        for m in self.gaz.mentions(self.text, offset, min(len(self.text), offset + limit)):
            if m.kind == "person":
                continue
            gap = self.text[cursor : m.start]
            if out and not re.fullmatch(rules.LIST_GAP, gap, I):
                break
            if not out and not re.fullmatch(rules.LIST_START, gap, I):
                break
            out.append(m)
            cursor = m.end
        return out


def read_article(text: str, source_id: str, gaz: Gazetteer, today: date | None = None) -> Article:
    """Read the article once: its metadata, then its sentences without the dateline."""
    today = today or date.today()
    meta = read_source(text, source_id, today)
    spans = sentences(text)
    # the dateline and a page's date are the article's date, not a fact's: cut them off their sentence
    for start, end in ((meta.dateline_start, meta.dateline_end), meta.page_date_span or (0, None)):
        if end is not None:
            spans = cut_off(text, spans, start, end)
    return Article(text, source_id, gaz, today, meta, tuple(spans))


def cut_off(text: str, spans: list[Span], start: int, end: int) -> list[Span]:
    """The sentences without text[start:end] (and the white space after it)."""
    cut = end
    while cut < len(text) and text[cut].isspace():
        cut += 1
    return [
        Span(cut, s.end, text[cut : s.end], s.paragraph) if s.start < cut < s.end else s
        for s in spans
        if not (start <= s.start and s.end <= cut)
    ]
