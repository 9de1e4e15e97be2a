"""The article's own metadata: headline, byline, agency, dateline, its date, and the lines that are furniture.

`read_source` reads the lines once, top to bottom, and returns a `SourceMeta`: the source record's fields,
the paragraphs left out as furniture, captions or credits, and the article's date with how it was read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dashboard.curated.suggest import dates, rules
from dashboard.curated.suggest.text import paragraphs

I = re.IGNORECASE  # noqa: E741
FURNITURE = re.compile(rules.FURNITURE, I)
APPEAL = re.compile(rules.APPEAL, I)
CAPTION = re.compile(rules.CAPTION, I)
AGENCY_NAMES = "|".join(re.escape(n) for n in rules.AGENCIES)
AGENCY_LINE = re.compile(rules.AGENCY_LINE.format(agencies=AGENCY_NAMES))
DATELINE = re.compile(rules.DATELINE)
DATELINE_PLACE_LINE = re.compile(
    rules.DATELINE_PLACE_LINE.format(places="|".join(re.escape(p) for p in rules.DATELINE_PLACES))
)
INFERRED_NOTE = "The year of the date is INFERRED from the weekday the article names: check it."


@dataclass(frozen=True)
class SourceMeta:
    record: dict[str, Any]  # the source record's fields (valid against models.Source)
    spans: list[tuple[int, int]]  # the headline
    excluded: frozenset[int]  # paragraph indexes that are furniture, captions or credits
    published: dates.Dated  # the article's own date
    dateline_md: tuple[int, int] | None  # a dateline's month and day, where it gives no year
    dateline_start: int = 0
    dateline_end: int | None = None  # where the dateline ends (cut off the first sentence)
    skipped: list[str] = field(default_factory=list)  # what was seen but not used, and why
    page_date_span: tuple[int, int] | None = None  # a page's date opening a line of text (cut off the sentence)


def read_source(text: str, source_id: str, today: date) -> SourceMeta:
    """The source record of one article and the layout facts the passes need."""
    paras = paragraphs(text)
    excluded: set[int] = set()
    skipped: list[str] = []
    headline = byline = agency = dateline = outlet = None
    dateline_md: tuple[int, int] | None = None
    dateline_start, dateline_end = 0, None
    page_date_span: tuple[int, int] | None = None
    notes: list[str] = []
    spans: list[tuple[int, int]] = []
    published = dates.UNKNOWN
    credit_year = credit_line = None
    photo_year = photo_line = None

    def body_started(index: int) -> bool:
        """Whether a paragraph of running text (25+ words, not a caption) comes before this one."""
        for j in range(index):
            if j in excluded:
                continue
            a, b = paras[j]
            if len(text[a:b].split()) >= 25:
                return True
        return False

    for index, (a, b) in enumerate(paras):
        line = text[a:b]
        words = line.split()
        label = re.match(rules.PAGE_DATE_LINE, line)
        full = dates.full_dates(line) if label else []
        if full and full[0][0] == label.end() and published.value is None:  # type: ignore[union-attr]
            # " date 2016-12-21 NEW YORK - The UN General Assembly on Monday adopted …": the page's date, then text;
            # " date 2019-11-14 Photo : YONHAP News": then furniture (the rules below leave the line out)
            published = dates.Dated(full[0][2], "day", None, line[: full[0][1]].strip())
            page_date_span = (a, a + full[0][1])
        if FURNITURE.search(line) or (APPEAL.search(line) and rules.OUTLET_APPEAL_WORD not in line):
            excluded.add(index)
            continue
        credit = dates.CREDIT.search(line) or dates.COPYRIGHT_WORD.search(line)
        if credit and len(words) <= 14:
            excluded.add(index)
            if CAPTION.search(line.replace("©", "")) or re.search(rules.PHOTO_CREDIT, line):
                photo_year, photo_line = int(credit.group("year")), line.strip()
                if index > 0:
                    excluded.add(index - 1)  # the caption the credit belongs to
            else:
                credit_year, credit_line = int(credit.group("year")), line.strip()
                for name, code in rules.AGENCIES.items():
                    if re.search(rf"\b{re.escape(name)}\b", line):
                        agency = code
            continue
        if CAPTION.search(line) and (len(words) <= 45 or re.search(rules.CAPTION_PHOTO_TAIL, line)):
            excluded.add(index)
            continue
        m = re.fullmatch(rules.BYLINE, line.strip())
        if m:
            byline = m.group("name")
            excluded.add(index)
            continue
        m = re.search(rules.OUTLET_KEEPS, line)
        if m:
            outlet = m.group("outlet")
            excluded.add(index)
            continue
        if re.fullmatch(rules.COMMENTS_LINE, line.strip(), I):
            excluded.add(index)
            continue
        # the agency line of a wire copy: "Reuters Geneva, Switzerland Mar 24, 2017, 06.05 PM (IST)"
        m = AGENCY_LINE.match(line)
        if m:
            agency, dateline = rules.AGENCIES[m.group("agency")], m.group("place").strip(", ")
            value = dates.full_dates(m.group("date"))[0][2]
            published = dates.Dated(value, "day", None, m.group("date"))
            excluded.add(index)
            continue
        full = dates.full_dates(line)
        if full and len(words) <= 8 and published.value is None:
            published = dates.Dated(full[0][2], "day", None, line.strip())
            excluded.add(index)
            continue
        numeric = re.match(rules.NUMERIC_DATE_LINE, line)
        if numeric and published.value is None:
            year = int(numeric.group("year"))
            year += 2000 if year < 100 else 0
            numeric_value = dates.iso(year, int(numeric.group("month")), int(numeric.group("day")))
            if numeric_value:
                how = f'The date line "{line.strip()}" (day/month/year).'
                published = dates.Dated(numeric_value, "day", how, line.strip())
                excluded.add(index)
                continue
        # "GENEVA, March 23 (Reuters) -", "NEW YORK, Dec. 3 (AFP) --", "...ChinaGENEVA, March 24- The"
        m = DATELINE.search(line)
        if m and dateline is None:
            dateline_start, dateline_end = a + m.start(), a + m.end()
            dateline = m.group("place").title()
            if m.group("agency") and m.group("agency").strip() in rules.AGENCIES:
                agency = rules.AGENCIES[m.group("agency").strip()]
            month, day = dates.month_number(m.group("month")), int(m.group("day"))
            if m.group("year"):
                published = dates.Dated(dates.iso(int(m.group("year")), month, day), "day", None, m.group(0))
            else:
                dateline_md = (month, day)
                notes.append(f'The dateline gives "{m.group("month")} {day}" without a year.')
            if m.start() > 0 and headline is None:
                notes.append(
                    f'The words before the dateline ("{line[: m.start()].strip()}") read as a caption, not a headline.'  # noqa: E501
                )
            continue
        m = DATELINE_PLACE_LINE.match(line)
        if m and dateline is None:
            dateline = m.group("place")
            continue
        m = re.match(rules.DATELINE_UNDATED, line)
        if m and dateline is None and len(m.group("place")) > 3:
            dateline = m.group("place").title()
            if m.group("agency") and m.group("agency").strip() in rules.AGENCIES:
                agency = rules.AGENCIES[m.group("agency").strip()]
            continue
        if m := re.match(rules.AGENCY_PAREN, line):
            agency = rules.AGENCIES.get(m.group("agency").strip(), agency)
        short = (
            3 <= len(words) <= 16
            and not re.search(rules.SENTENCE_FINAL, line.strip())
            and not line.strip().startswith("(")
        )
        if headline is None and short and not body_started(index):
            if line.strip() in rules.DATELINE_PLACES:
                continue
            headline = line.strip()
            spans.append((a, b))
            excluded.add(index)  # metadata, not a fact's evidence
            continue
        if len(words) <= 3 and not body_started(index):
            excluded.add(index)  # a tag such as "The Hague" or "Angry reaction" at the top
            if line.strip() in rules.DATELINE_PLACES:
                notes.append(f'The line "{line.strip()}" stands alone without a date: read as a tag, not a dateline.')
    derivation = None
    if published.value is None and dateline_md:
        stated = dateline_year_stated(text, dateline_md)
        inferred = stated or dateline_year(text, paras, excluded, dateline_md, today, skipped)
        if inferred is not None:
            published, derivation = inferred, inferred.derivation
            if inferred.inferred:
                notes.append(INFERRED_NOTE)
    if published.value is None and credit_year:
        published = dates.Dated(str(credit_year), "year", None, credit_line or "")
        derivation = f'The text gives no date; the credit line "{credit_line}" gives the year.'
    elif published.value is None and photo_year:
        derivation = (
            f'The text gives no date. The photo credit "{photo_line}" names {photo_year}, but a photo may be older '
            "than the article: the date stays unknown."
        )
    published = dates.Dated(published.value, published.precision, derivation, published.cue, published.inferred)
    rights = (
        f"{credit_line}; short passages quoted for research."
        if credit_line
        else (
            f"Copyright of {agency} and its publisher (not named); short passages quoted for research."
            if agency
            else "Copyright of its publisher (not named); short passages quoted for research."
        )
    )
    if excluded:
        notes.append(f"{len(excluded)} line(s) read as page furniture, captions or credits and not used as evidence.")
    record = {
        "id": source_id,
        "headline": headline,
        "outlet": outlet,
        "agency": agency,
        "byline": byline,
        "published": published.value,
        "published_precision": published.precision,
        "published_derivation": derivation,
        "dateline": dateline,
        "rights": rights,
        "notes": " ".join(notes) or None,
    }
    return SourceMeta(
        record,
        spans,
        frozenset(excluded),
        published,
        dateline_md,
        dateline_start,
        dateline_end,
        skipped,
        page_date_span,
    )


def dateline_year_stated(text: str, dateline_md: tuple[int, int]) -> dates.Dated | None:
    """A dateline's missing year, from a full date the text states a few days before it.

    "NEW YORK, Nov. 19 (UPI) --" in an article that says the committee voted "on Nov. 18, 2014" (a caption
    counts: it is the article's text) is 19 November 2014. Every such date must give the same year."""
    month, day = dateline_md
    years = set()
    cue = ""
    for start, end, stated_value in dates.full_dates(text):
        stated = dates.to_date(stated_value)
        for year in (stated.year - 1, stated.year, stated.year + 1):  # 2 January after 30 December, and back
            candidate = dates.iso(year, month, day)
            gap = (dates.to_date(candidate) - stated).days if candidate else None
            if gap is not None and -rules.DATELINE_STATED_BEFORE_DAYS <= gap <= rules.DATELINE_STATED_REACH_DAYS:
                years.add(year)
                cue = text[start:end]
    if len(years) != 1:
        return None
    year = years.pop()
    value = dates.iso(year, month, day)
    if value is None:
        return None
    name = dates.to_date(value).strftime("%B")
    derivation = (
        f'The dateline gives "{name} {day}" without a year; the article states "{cue}", within '
        f"{rules.DATELINE_STATED_REACH_DAYS} days of it, so the year is {year}."
    )
    return dates.Dated(value, "day", derivation, cue)


def dateline_year(
    text: str,
    paras: list[tuple[int, int]],
    excluded: set[int],
    dateline_md: tuple[int, int],
    today: date,
    skipped: list[str],
) -> dates.Dated | None:
    """A dateline's missing year, from the one weekday the running text names (None if it names several)."""
    body = " ".join(text[a:b] for i, (a, b) in enumerate(paras) if i not in excluded)
    weekdays = {m.group("weekday").lower() for m in dates.WEEKDAY_WORD.finditer(body)}
    if len(weekdays) != 1:
        if weekdays:
            skipped.append(
                f"the dateline's year: the article names {len(weekdays)} weekdays, so none is read as its own day"
            )
        return None
    month, day = dateline_md
    return dates.dateline_year(month, day, weekdays.pop().title(), text, today)
