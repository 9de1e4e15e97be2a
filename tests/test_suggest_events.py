"""Events the rules find, on sentences quoted from the development set (the file is named in each case).

Later stages announced, earlier stages reported, tallies in the outlets' many forms, meetings, mandated reports,
and the page furniture that dates an article. Each case also says what must not be proposed.
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.curated.suggest import names
from dashboard.curated.suggest.extract import extract

SID = "999_0123456789abcdef"
GAZ = names.build([])
TODAY = date(2026, 12, 3)
KBS_2021 = (
    "Written: 2021-11-18 08:23:16\n\n"
    "The Third Committee of the UN General Assembly on Wednesday adopted a resolution condemning human rights "
    "violations by North Korea.\n\n"
)


def events(text: str) -> list[dict]:
    draft = extract(text, SID, GAZ, today=TODAY)
    return [c.record for c in draft.candidates if c.table == "events"]


def summary(text: str) -> list[tuple]:
    return [(e["body"], e["kind"], e["outcome"], e["date"]) for e in events(text)]


COMMITTEE_2021 = ("ga_third_committee", "resolution", "adopted", "2021-11-17")


@pytest.mark.parametrize(
    ("sentence", "pending_date"),
    [
        ("The resolution will be presented to the plenary session of the UN General Assembly next month.", "2021-12"),
        ("It will be put to a vote by the U.N. General Assembly next month.", "2021-12"),  # 017_yonhap
        ("It is expected to pass the full General Assembly next month.", "2021-12"),  # 029_kbs
        (  # 027_diplomat
            "The resolution will leave the human rights committee and head to the General Assembly plenary session "
            "for an additional vote in December.",
            "2021-12",
        ),
        (  # 006_jurist
            "The resolution proceeds to the General Assembly, which is expected to approve [AP report] the document.",
            None,
        ),
        ("The resolution was then forwarded to the General Assembly for consideration.", None),  # 028_viewusglobal
    ],
)
def test_a_later_plenary_stage_is_pending(sentence: str, pending_date: str | None) -> None:
    assert summary(KBS_2021 + sentence) == [COMMITTEE_2021, ("ga_plenary", "resolution", "pending", pending_date)]


@pytest.mark.parametrize(
    "sentence",
    [
        # seed 002: advice, not an announced vote
        "The UN General Assembly and Security Council should also increase their scrutiny of North Korea.",
        # 013_unpress: what the text would have the Assembly do
        "The measure would have the General Assembly urge that country’s Government to respect fully all human rights.",
    ],
)
def test_no_pending_stage_without_one_announced(sentence: str) -> None:
    assert summary(KBS_2021 + sentence) == [COMMITTEE_2021]


def test_an_earlier_committee_stage_and_the_plenary_urging() -> None:
    """012_joongang: a page date line opening the text; 'passed through … last month'; 010_dw: 'urged'."""
    text = (
        " date 2016-12-21 NEW YORK - The UN General Assembly on Monday adopted a resolution calling for referring "
        "North Korea to the International Criminal Court for human rights violations.\n"
        "It passed through the General Assembly’s Third Committee last month."
    )
    draft = extract(text, SID, GAZ, today=TODAY)
    assert draft.candidates[0].record["published"] == "2016-12-21"
    assert summary(text) == [
        ("ga_plenary", "resolution", "adopted", "2016-12-19"),
        ("ga_third_committee", "resolution", "adopted", "2016-11"),
    ]
    urged = (
        "December 18, 2014\n\nMembers of the UN's General Assembly on Thursday urged the Security Council to refer "
        "Pyongyang to the International Criminal Court (ICC) to face charges of crimes against humanity.\n\n"
        "The 193-member assembly adopted a non-binding resolution by 116 votes to 20, with 52 abstentions."
    )
    (plenary,) = events(urged)
    assert (plenary["body"], plenary["date"], plenary["yes"], plenary["no"], plenary["abstain"]) == (
        "ga_plenary",
        "2014-12-18",
        116,
        20,
        52,
    )


def test_the_headline_names_the_council_and_other_texts_are_left_alone() -> None:
    """007_unwatch: "The Council" of the headline; tallies in any order; several other resolutions are not it."""
    text = (
        "North Korea Rejects Human Rights Council Vote to Condemn Abuses\n\n"
        "The Council condemned North Korea in a resolution that passed with 28 yes votes, 13 abstentions and 5 no "
        "votes. Gabon did not vote.\n\n"
        "The Council also adopted several resolutions by consensus without a vote, including the resolution "
        "submitted by Finland and Germany on the right to adequate housing during mega-events."
    )
    (council,) = events(text)
    assert (council["body"], council["yes"], council["no"], council["abstain"], council["method"]) == (
        "human_rights_council",
        28,
        5,
        13,
        "recorded_vote",
    )
    assert len(council["evidence"]) == 1  # the sentence on the other resolutions is not its evidence


def test_a_security_council_meeting_announced() -> None:
    """011_koreatimesus."""
    text = "The Security Council is expected to take up the issue as early as next week, diplomats said."
    assert summary(text) == [("security_council", "session", "pending", None)]


def test_a_report_the_resolution_asks_for() -> None:
    """008_koreanworld: the High Commissioner is asked for the report, and is its author."""
    text = (
        "The UNHRC on Thursday adopted the resolution by consensus without a vote during the 55th regular session. "
        "This year’s resolution includes a demand for the UN High Commissioner for Human Rights to present a "
        "comprehensive report on the human rights situation in the North at the 60th session of the UNHRC set for "
        "September next year."
    )
    reports = [e for e in events(text) if e["kind"] == "report"]
    assert [(e["body"], e["outcome"], e["date"]) for e in reports] == [("ohchr", "mandated", None)]


def test_a_date_line_under_the_text_and_a_meeting_begun() -> None:
    """025_elkaos: "23/12/14" under the text dates it; "on Monday" the meeting; "last Thursday" the plenary."""
    text = (
        "The UN Security Council started discussion of human rights record in Democratic People’s Republic of Korea "
        "(DPRK) on Monday, despite objections from Russia and China.\n"
        "The move follows the UN General Assembly non-binding resolution adopted last Thursday.\n"
        "In February, the UN Commission of Inquiry released a report documenting crimes against humanity.\n"
        "23/12/14"
    )
    assert sorted(summary(text)) == [
        ("commission_of_inquiry", "report", "published", "2014-02"),
        ("ga_plenary", "resolution", "adopted", "2014-12-18"),
        ("security_council", "session", "held", "2014-12-22"),
    ]


def test_a_page_that_lost_its_spaces_still_has_sentences() -> None:
    """029_kbs: "…the matter.The UN Third Committee …": the sponsor belongs to the committee's text."""
    text = (
        " date 2019-11-14 Photo : YONHAP News\n\n"
        "A United Nations committee on Thursday adopted a resolution condemning human rights violations in North "
        "Korea.The UN Third Committee of the General Assembly, which oversees humanitarian issues, passed the "
        "resolution by consensus without a vote for the 15th consecutive year. It is expected to pass the full "
        "General Assembly next month.The text, drafted by European Union member states, said the Assembly "
        '"condemns the long-standing and ongoing systematic violations".'
    )
    draft = extract(text, SID, GAZ, today=TODAY)
    found = {c.record["id"]: c.record for c in draft.candidates if c.table == "events"}
    assert sorted((e["body"], e["outcome"], e["date"]) for e in found.values()) == [
        ("ga_plenary", "pending", "2019-12"),
        ("ga_third_committee", "adopted", "2019-11-14"),
    ]
    (sponsor,) = [c.record for c in draft.candidates if c.table == "sponsorships"]
    assert (found[sponsor["event_id"]]["body"], sponsor["actor_id"]) == ("ga_third_committee", "eu")


# --- articles outside the development set (pages corpus, 2026-12-03), each rule on its own sentence ----------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # KBS, 2020-11-15: a condition is a vote still to come
            KBS_2021 + "If the resolution is officially approved in the General Assembly plenary session next month, "
            "the UN will have adopted the North Korea resolution for the 16th straight year.",
            [COMMITTEE_2021, ("ga_plenary", "resolution", "pending", "2021-12")],
        ),
        (  # tellerreport, 2020-11-18
            KBS_2021 + "The resolution is scheduled for a plenary session of the UN General Assembly next month.",
            [COMMITTEE_2021, ("ga_plenary", "resolution", "pending", "2021-12")],
        ),
        (  # NCNK, 2015: "encouraging the UN Security Council to refer" addresses it; "offered by Cuba" proposes
            "UN General Assembly resolution condemning human rights violations in North Korea, adopted by a vote of "
            "119 in favor, 19 against, and 48 abstaining. The resolution was adopted in the wake of a major report, "
            "and included for the first time language encouraging the UN Security Council to refer the human "
            "rights situation in North Korea to the International Criminal Court (ICC). An amendment to remove this "
            "language from the resolution, offered by Cuba, was rejected by a vote of 77 General Assembly Members "
            "against, 40 for, and 50 abstaining.",
            [("ga_plenary", "resolution", "adopted", None), ("ga_plenary", "amendment", "rejected", None)],
        ),
    ],
)
def test_phrasings_met_outside_the_development_set(text: str, expected: list[tuple]) -> None:
    assert summary(text) == expected


def test_yes_and_no_without_the_word_votes() -> None:
    """nkn.us: "with a vote of 116 yes, 20 no, and 53 abstentions"."""
    (plenary,) = events(
        "Yesterday with a vote of 116 yes, 20 no, and 53 abstentions, the UN General Assembly voted to adopt the "
        "resolution on human rights in North Korea."
    )
    assert (plenary["body"], plenary["yes"], plenary["no"], plenary["abstain"]) == ("ga_plenary", 116, 20, 53)


def test_a_sentence_naming_an_older_resolution_does_not_date_the_veto() -> None:
    """JURIST, 2024 (outside the development set): the Panel's founding year is not the veto's."""
    text = (
        "Russia vetoed on Thursday a UN Security Council resolution to extend the mandate of a panel of experts "
        "monitoring North Korea.\n"
        "The Panel was established in 2006 to assist the Sanctions Committee pursuant to Resolution 1718, which was "
        "supported by both Russia and China."
    )
    assert summary(text) == [("security_council", "security_council_draft", "vetoed", None)]
