"""Dates: the article's own (dateline, date line, credit line) and an event's, with how each was read.

A date is (value, precision, derivation): value YYYY[-MM[-DD]] or None, precision day/month/year/unknown,
and a sentence saying how it was read whenever the text does not state it whole. Weekday words
("on Friday", "voted Thursday") resolve against the article's date: the latest such day on or before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from dashboard.curated.suggest import rules

I = re.IGNORECASE  # noqa: E741
FULL_DATE_RULES = {
    "mdy": re.compile(rules.DATE_MDY, I),
    "dmy": re.compile(rules.DATE_DMY, I),
    "iso": re.compile(rules.DATE_ISO),
}
MONTH_DAY = re.compile(rules.MONTH_DAY)
MONTH_YEAR = re.compile(rules.MONTH_YEAR, I)
MONTH_ONLY = re.compile(rules.MONTH_ONLY)
WEEKDAY_WORD = re.compile(rules.WEEKDAY_WORD)
YEAR_NEAR = re.compile(rules.YEAR)
RELATIVE = re.compile(rules.RELATIVE, I)
CREDIT = re.compile(rules.CREDIT)
COPYRIGHT_WORD = re.compile(rules.COPYRIGHT_WORD, I)
DATE_BOUND = re.compile(rules.DATE_BOUND, I)
HISTORY_YEAR = re.compile(rules.HISTORY_YEAR, I)


@dataclass(frozen=True)
class Dated:
    value: str | None
    precision: str
    derivation: str | None
    cue: str = ""  # the words the date was read from
    inferred: bool = False  # the year is inferred (not stated): the reviewer must check it

    @property
    def known(self) -> bool:
        return self.value is not None


UNKNOWN = Dated(None, "unknown", None)


def month_number(word: str) -> int:
    return rules.MONTHS[word.lower().rstrip(".")]


def to_date(value: str) -> date:
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    if day and month:
        return f"{year:04d}-{month:02d}-{day:02d}"
    if month:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}"


def full_dates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, YYYY-MM-DD) of every complete date in the text."""
    found = []
    for rule in FULL_DATE_RULES.values():
        for m in rule.finditer(text):
            month = m.group("month")
            month_n = int(month) if month.isdigit() else month_number(month)
            value = iso(int(m.group("year")), month_n, int(m.group("day")))
            if value:
                found.append((m.start(), m.end(), value))
    return sorted(found)


#: A year the article mentions as ahead of it ("to be published in 2025", "by 2030") does not bound its date.
FUTURE_YEAR = re.compile(rules.FUTURE_YEAR, I)


def years_mentioned(text: str) -> list[int]:
    """Every year the text mentions, except those it announces as ahead ("to be published in 2025")."""
    return [
        int(m.group("year"))
        for m in YEAR_NEAR.finditer(text)
        if not FUTURE_YEAR.search(text[max(0, m.start() - 60) : m.start()])
    ]


def dateline_year(month: int, day: int, weekday: str, text: str, today: date) -> Dated | None:
    """The year of a dateline without one, inferred from the one weekday the text names for that date.

    The years in which month/day fell on that weekday, from the latest year the article mentions up to
    today; the earliest is taken. None where the article mentions no year or no year fits. The result is
    marked `inferred` and says so: the weekday is read as the dateline's own day, which the text implies
    but does not state.
    """
    mentioned = [y for y in years_mentioned(text) if y <= today.year]
    if not mentioned:
        return None
    low = max(mentioned)
    target = rules.WEEKDAYS.index(weekday.lower())
    fits = []
    for year in range(low, today.year + 1):
        value = iso(year, month, day)
        if value and to_date(value) <= today and to_date(value).weekday() == target:
            fits.append(year)
    if not fits:
        return None
    year = fits[0]
    name = date(year, month, day).strftime("%B")
    listed = " and ".join(map(str, fits)) if len(fits) < 3 else f"{', '.join(map(str, fits[:-1]))} and {fits[-1]}"
    derivation = (
        f'INFERRED, not stated: the dateline gives "{name} {day}" without a year and the article names one '
        f'weekday, "{weekday}", read as the dateline\'s own day. From {low} (the latest year the article '
        f"mentions) to {today.year} (today), {name} {day} fell on a {weekday} in {listed}; the earliest, "
        f"{year}, is taken. Check the year against another source."
    )
    return Dated(iso(year, month, day), "day", derivation, weekday, inferred=True)


def weekday_on_or_before(weekday: str, anchor: date) -> date:
    """The latest `weekday` on or before anchor ("on Friday" in an article of Friday 24 March → that day)."""
    target = rules.WEEKDAYS.index(weekday.lower())
    return anchor - timedelta(days=(anchor.weekday() - target) % 7)


def long_date(value: str) -> str:
    d = to_date(value)
    return f"{d.strftime('%A')} {d.day} {d.strftime('%B %Y')}"


def month_day_year(month: int, day: int, published: Dated) -> int | None:
    """The year of a month and day without one: the article's year (or the one before, if that date is later)."""
    if published.value is None:
        return None
    year = int(published.value[:4])
    if published.precision in ("day", "month"):
        pub = to_date(published.value)
        if (month, day) > (pub.month, pub.day if published.precision == "day" else 31):
            year -= 1
    return year


def event_date(passage: str, published: Dated, what: str = "event") -> Dated:
    """The date a passage gives an event, read against the article's date; UNKNOWN where it gives none.

    A date the passage states beats any inference. An article date whose year is only inferred (from a
    weekday) never dates an event: what the passage would give against it is said in the derivation, and
    the event's date stays unknown."""
    if not published.inferred:
        return _event_date(passage, published, what)
    d = _event_date(passage, UNKNOWN, what)
    if d.value is not None:
        return d
    guess = _event_date(passage, published, what)
    if guess.value is None:
        return d
    return Dated(
        None,
        "unknown",
        f"{guess.derivation} The article's year is INFERRED from a weekday, not stated, so this {what}'s date "
        f"is left unknown (it would be {guess.value}).",
        guess.cue,
    )


def bounded(text: str, start: int) -> bool:
    """Whether the date at `start` bounds a period or tells the texts' history ("until 30 April 2025",
    "since 2005", "first adopted in 2003") rather than dating the event."""
    before = text[max(0, start - 90) : start]
    return bool(DATE_BOUND.search(before) or HISTORY_YEAR.search(before))


def _event_date(passage: str, published: Dated, what: str) -> Dated:
    article = describe_published(published)
    for s, _e, value in full_dates(passage):
        if not bounded(passage, s):
            return Dated(value, "day", None, value)
    for m in WEEKDAY_WORD.finditer(passage):
        weekday = m.group("weekday")
        if m.group("dd") and published.value:
            year = int(published.value[:4])
            value = iso(year, int(m.group("mm")), int(m.group("dd")))
            if value and to_date(value).strftime("%A") == weekday:
                return Dated(value, "day", f'The article ({article}) says "{m.group(0)}".', m.group(0))
        if published.precision == "day" and published.value:
            value = weekday_on_or_before(weekday, to_date(published.value)).isoformat()
            same = " (the same day)" if value == published.value else ""
            return Dated(value, "day", f'"{m.group(0)}" in an article {article}{same}.', m.group(0))
        if published.value:
            return Dated(
                published.value[:4],
                "year",
                f'The article names "{weekday}" but no month or day; the year is the article\'s ({article}).',
                weekday,
            )
    for m in MONTH_YEAR.finditer(passage):
        if bounded(passage, m.start("month")):
            continue
        value = iso(int(m.group("year")), month_number(m.group("month")))
        if value:
            return Dated(
                value, "month", f'The article gives "{m.group(0).split(maxsplit=1)[1]}" for this {what}.', m.group(0)
            )
    for m in MONTH_DAY.finditer(passage):
        if bounded(passage, m.start()):
            continue
        month_word, day = (
            (m.group("month"), m.group("day")) if m.group("month") else (m.group("month2"), m.group("day2"))
        )
        month, day_n = month_number(month_word), int(day)
        year = month_day_year(month, day_n, published)
        if year is None:
            return Dated(
                None, "unknown", f'The article says "{m.group(0)}" without a year, and is not dated.', m.group(0)
            )
        value = iso(year, month, day_n)
        if value:
            return Dated(
                value,
                "day",
                f'The article says "{m.group(0)}" without a year; the year {year} is the article\'s ({article}).',
                m.group(0),
            )
    for m in MONTH_ONLY.finditer(passage):
        if bounded(passage, m.start("month")):
            continue
        month = month_number(m.group("month"))
        year = None
        near = next((y for y in YEAR_NEAR.finditer(passage) if not bounded(passage, y.start())), None)
        if near:
            year = int(near.group("year"))
        elif published.value:
            year = month_day_year(month, 1, published)
        if year:
            source = "the passage" if near else f"the article's ({article})"
            return Dated(iso(year, month), "month", f'"{m.group(0)}"; the year {year} is {source}.', m.group(0))
    rel = RELATIVE.search(passage)
    if rel and published.value and published.precision in ("day", "month"):
        word = rel.group("rel").lower()
        pub = to_date(published.value)
        if word == "today" and published.precision == "day":
            return Dated(published.value, "day", f'"today" in an article {article}.', word)
        if word == "yesterday" and published.precision == "day":
            value = (pub - timedelta(days=1)).isoformat()
            return Dated(value, "day", f'"yesterday" in an article {article}.', word)
        shift = {"last month": -1, "next month": 1, "this month": 0}.get(word)
        if shift is not None:
            month_index = pub.year * 12 + pub.month - 1 + shift
            value = iso(month_index // 12, month_index % 12 + 1)
            return Dated(value, "month", f'"{word}" in an article {article}.', word)
    for m in YEAR_NEAR.finditer(passage):
        if bounded(passage, m.start()):
            continue
        return Dated(
            m.group("year"),
            "year",
            f'The passage gives the year ("{_around(passage, m.start(), m.end())}").',
            m.group(0),
        )
    return UNKNOWN


def _around(text: str, start: int, end: int, width: int = 24) -> str:
    left = text[max(0, start - width) : start].split(" ", 1)[-1] if start > width else text[:start]
    right = text[end : end + width].rsplit(" ", 1)[0]
    return (left + text[start:end] + right).strip()


def describe_published(published: Dated) -> str:
    if published.value is None:
        return "undated"
    if published.precision == "day":
        inferred = ", its year inferred from the weekday, not stated" if published.inferred else ""
        return f"dated {long_date(published.value)}{inferred}"
    return f"dated {published.value}" + (
        f", {published.derivation[0].lower()}{published.derivation[1:].rstrip('.')}" if published.derivation else ""
    )
