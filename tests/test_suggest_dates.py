"""How the assistant dates an event and an article: a table of cases on sentences from the development set.

A date the text states beats any inference; a year inferred from a weekday dates the article only, marked,
and never an event; a year that bounds a period or tells the texts' history ("since 2005", "until
30 April 2025", "resolution 1718 (2006)") dates nothing; an undated article stays undated.
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.curated.suggest import dates, names
from dashboard.curated.suggest.extract import extract

SID = "999_0123456789abcdef"
GAZ = names.build([])
TODAY = date(2026, 12, 3)
UNDATED = dates.UNKNOWN
WRITTEN = dates.Dated("2021-11-18", "day", None)  # 002_kbs: "Written: 2021-11-18", a Thursday
UPI = dates.Dated("2014-11-19", "day", "read from the stated Nov. 18, 2014")  # 001_upi, a Wednesday
INFERRED_2019 = dates.Dated("2019-11-19", "day", "INFERRED, not stated", "Tuesday", inferred=True)
INFERRED_2017 = dates.Dated("2017-03-24", "day", "INFERRED, not stated", "Friday", inferred=True)


@pytest.mark.parametrize(
    ("sentence", "article", "value", "precision", "marked_inferred"),
    [
        # histories and bounds: no date (003_koreaherald, 008_koreanworld, 021_dailynk, 028_viewusglobal, 015_unpress)
        ("The resolution marks the 16th of its kind since 2005.", UNDATED, None, "unknown", False),
        (
            "The resolution on the issue, first adopted in 2003 by the Human Rights Commission, the predecessor of "
            "the UNHRC, has now been adopted for 22 consecutive years.",
            UNDATED,
            None,
            "unknown",
            False,
        ),
        (
            "This was the first time since it was first adopted in 2005 that such a resolution has passed without "
            "recourse to a vote, as even China did not seek to officially disagree with it.",
            UNDATED,
            None,
            "unknown",
            False,
        ),
        (
            "It first adopted the North Korean Human Rights Resolution in 2005 and has continued for two decades.",
            UNDATED,
            None,
            "unknown",
            False,
        ),
        (
            "The Security Council today failed to adopt a resolution that would have extended until 30 April 2025 "
            "the mandate of the Panel of Experts assisting the Sanctions Committee established pursuant to "
            "resolution 1718 (2006)",
            UNDATED,
            None,
            "unknown",
            False,
        ),
        ("the measures imposed in resolutions 2270 (2016), 2321 (2016), 2356 (2017)", UNDATED, None, "unknown", False),
        ("The Panel was established in 2006 to assist the Sanctions Committee", UNDATED, None, "unknown", False),
        # stated dates
        ("a resolution passed by UNGA's Third Committee on Nov. 18, 2014", UNDATED, "2014-11-18", "day", False),
        ("The plenary adopted it on 18 December 2014.", INFERRED_2017, "2014-12-18", "day", False),
        ("The landmark 2014 report.", UNDATED, "2014", "year", False),
        # read against the article's stated date
        (
            "The Third Committee of the UN General Assembly on Wednesday adopted a resolution",
            WRITTEN,
            "2021-11-17",
            "day",
            False,
        ),
        ("based on a damning U.N. Commission of Inquiry report issued in February.", UPI, "2014-02", "month", False),
        # an article year inferred from a weekday dates no event: said, not proposed
        ("based on a damning U.N. Commission of Inquiry report issued in February.", INFERRED_2019, None, "unknown", True),
        ("The Council adopted a resolution on Friday", INFERRED_2017, None, "unknown", True),
        ("They voted against it on Tuesday.", UNDATED, None, "unknown", False),
    ],
)
def test_event_date_table(sentence, article, value, precision, marked_inferred) -> None:
    got = dates.event_date(sentence, article)
    assert (got.value, got.precision) == (value, precision)
    assert ("INFERRED" in (got.derivation or "")) is marked_inferred
    assert not got.inferred  # an event's date never carries an inferred year


UPI_TEXT = (
    "The United Nations General Assembly, pictured in September, will vote in December 2014 on a resolution "
    "passed by UNGA's Third Committee on Nov. 18, 2014, condemning North Korea for human rights abuses. "
    "(UPI/John Angelillo)\n\n"
    "NEW YORK, Nov. 19 (UPI) -- The United Nations General Assembly's Third Committee, which oversees human "
    "rights issues, voted Tuesday in favor of a draft resolution condemning North Korea for human rights abuses."
)
SEED_000 = (
    "UN Meeting with ChinaGENEVA, March 24- The United Nations Human Rights Council is one step closer to holding "
    "North Korea accountable. The Council adopted a resolution on Friday that authorizes the use of criminal "
    "justice experts.\n\nIt also stressed the recommendations from the 2014 UN Commission of Inquiry report."
)
SEED_002 = (
    "UN Human Rights Council in Geneva, February 26, 2024.\n© 2024 Janine Schmitz/picture-alliance/dpa/AP Images\n"
    "The North Korean human rights movement won a significant victory on April 4 when the United Nations Human "
    "Rights Council (UNHRC) adopted a resolution ensuring continued scrutiny of North Korea’s atrocious rights record."
)


@pytest.mark.parametrize(
    ("text", "published", "precision", "inferred", "derivation_has"),
    [
        # a dateline without a year takes it from a full date the text states the day before (not the weekday)
        (UPI_TEXT, "2014-11-19", "day", False, 'states "Nov. 18, 2014"'),
        # no stated date near it: the one weekday, read as the dateline's day, gives a year, marked inferred
        (SEED_000, "2017-03-24", "day", True, "INFERRED, not stated"),
        # a photo credit's year is not the article's: undated
        (SEED_002, None, "unknown", False, "a photo may be older than the article"),
        ("The Council adopted a resolution, with no date at all.", None, "unknown", False, None),
        ("The Council adopted a resolution on Friday.\n\n© – AFP 2014", "2014", "year", False, "credit line"),
    ],
)
def test_article_date_table(text, published, precision, inferred, derivation_has) -> None:
    draft = extract(text, SID, GAZ, today=TODAY)
    source = draft.candidates[0].record
    assert (source["published"], source["published_precision"], draft.published.inferred) == (
        published,
        precision,
        inferred,
    )
    if derivation_has:
        assert derivation_has in source["published_derivation"]


def test_an_inferred_article_year_never_dates_a_report_years_later() -> None:
    """Issue 17: the vote's full date and the plenary's month are stated; the report takes the stated year."""
    text = UPI_TEXT + "\n\nThe resolution was based on a U.N. Commission of Inquiry report issued in February."
    events = [c.record for c in extract(text, SID, GAZ, today=TODAY).candidates if c.table == "events"]
    report = next(e for e in events if e["kind"] == "report")
    assert (report["date"], report["date_precision"]) == ("2014-02", "month")
    committee = next(e for e in events if e["body"] == "ga_third_committee")
    assert committee["date"] == "2014-11-18"  # "voted Tuesday" in an article of Wednesday 19 November 2014
