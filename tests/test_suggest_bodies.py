"""Which body took a decision, and which event a tally or method belongs to: real sentences from the articles.

Every sentence below is quoted from an article of bench/articles/ or seeds/ (the file is named), or is the
phrasing issue 17 lists. Where the rules cannot tell, they propose nothing: missing beats wrong.
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.curated.suggest import names
from dashboard.curated.suggest.extract import extract

SID = "999_0123456789abcdef"
GAZ = names.build([])
TODAY = date(2026, 12, 3)


def decisions(text: str) -> list[dict]:
    """The decision events (resolutions, drafts, sessions) proposed for the text."""
    draft = extract(text, SID, GAZ, today=TODAY)
    return [c.record for c in draft.candidates if c.table == "events" and c.record["kind"] != "report"]


@pytest.mark.parametrize(
    ("text", "body", "kind"),
    [
        # 002_kbs: the committee "of the UN General Assembly" is the committee, not the plenary
        (
            "The Third Committee of the UN General Assembly on Wednesday adopted a resolution condemning human "
            "rights violations by North Korea and called for cooperation in response to the outbreak of COVID-19.",
            "ga_third_committee",
            "resolution",
        ),
        # 006_jurist: with its bracketed names in between
        (
            "[JURIST] The Third Committee (Social, Humanitarian and Cultural) [official website] of the UN General "
            "Assembly on Thursday adopted [press release] a resolution on North Korea.",
            "ga_third_committee",
            "resolution",
        ),
        # 027_diplomat: "(HRC)" abbreviates the committee, it is not the Human Rights Council
        (
            "The United Nations’ General Assembly’s human rights committee (HRC) voted Tuesday to request that the "
            "Security Council refer a case concerning North Korea’s human rights record to the International "
            "Criminal Court (ICC) for prosecution.",
            "ga_third_committee",
            "resolution",
        ),
        # 013_unpress: "would have the General Assembly urge" names the Assembly as addressed, not deciding
        (
            "Expressing very serious concern, the Third Committee (Social, Humanitarian, Cultural) today approved a "
            "measure which would have the General Assembly urge that country’s Government to respect fully all "
            "human rights.",
            "ga_third_committee",
            "resolution",
        ),
        # 004_unpress: "the Assembly", after the General Assembly acted on its committee's recommendations
        (
            "Acting on the recommendations of its Third Committee (Social, Humanitarian and Cultural), the General "
            "Assembly adopted 59 resolutions and six decisions today. The Assembly adopted without a vote the "
            "resolution on the human rights situation in the Democratic People’s Republic of Korea.",
            "ga_plenary",
            "resolution",
        ),
        # seed 001 (Reuters): the UN's top human rights body; seed 000: the 47 member council
        (
            "The United Nations' top human rights body agreed on Friday to widen its investigation into widespread "
            "violations in North Korea.",
            "human_rights_council",
            "resolution",
        ),
        (
            "Approved by the 47 member council, the resolution was brought forth by the European Union, Japan and "
            "supported by the United States on the final day of a four-week session in Geneva.",
            "human_rights_council",
            "resolution",
        ),
        # issue 17's phrasings
        ("The 47-member Council in Geneva adopted the resolution without a vote.", "human_rights_council", "resolution"),
        ("The 15-member Council adopted the resolution on Friday.", "security_council", "security_council_draft"),
        (
            "The draft resolution was not adopted owing to the negative vote of a permanent member of the Council.",
            "security_council",
            "security_council_draft",
        ),
        # 015_unpress: a veto
        (
            "The Security Council today failed to adopt a resolution that would have extended until 30 April 2025 "
            "the mandate of the Panel of Experts due to a veto cast by the Russian Federation.",
            "security_council",
            "security_council_draft",
        ),
    ],
)
def test_the_deciding_body(text: str, body: str, kind: str) -> None:
    found = decisions(text)
    assert [(e["body"], e["kind"]) for e in found] == [(body, kind)]


def test_consensus_in_the_third_committee_is_not_a_security_council_draft() -> None:
    """Issue 17: a Third Committee adoption "by consensus without a vote", in an article about a referral."""
    text = (
        "The General Assembly's Third Committee on Thursday called on the Security Council to refer North Korea "
        "to the International Criminal Court. "
        "The Third Committee in charge of human rights issues held a meeting at the UN headquarters in New York and "
        "passed the resolution by consensus without a vote."  # 002_kbs
    )
    found = decisions(text)
    assert [(e["body"], e["kind"], e["method"]) for e in found] == [("ga_third_committee", "resolution", "without_vote")]


def test_a_tally_stays_with_the_body_that_voted() -> None:
    """006_jurist: the committee's 100-18-60 is not the plenary's, though the plenary is named next."""
    text = (
        "[JURIST] The Third Committee (Social, Humanitarian and Cultural) [official website] of the UN General "
        "Assembly on Thursday adopted [press release] a resolution on North Korea. Passed 100-18 with 60 "
        "abstentions, the resolution takes issue with the persistence of reports of violations."
    )
    (event,) = decisions(text)
    assert (event["body"], event["yes"], event["no"], event["abstain"]) == ("ga_third_committee", 100, 18, 60)
    assert event["method"] == "recorded_vote"


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        # 024_scprocedure: the agenda vote of 2014 decides the meeting, not a draft
        (
            "Owing to the opposition expressed by China at the start of the 2014 meeting, the adoption of the "
            "proposed new agenda item was put to a vote. By eleven in favour, two against, and two abstentions, the "
            "Security Council decided to proceed with the meeting.",
            (11, 2, 2),
        ),
        # 009_michaelkirby: "This decision" points back at the agenda vote; the Council's own tally words
        (
            "On 22 December 2014 at United Nations Headquarters in New York, the Security Council voted to place the "
            "issues of human rights in North Korea on its agenda. This decision was adopted with 11 concurring votes; "
            "2 contrary votes (China and the Russian Federation) and 2 abstentions (Chad and Nigeria).",
            (11, 2, 2),
        ),
        # 025_elkaos: a vote on the agenda with no tally: the meeting is decided by a recorded vote
        (
            "Before the Security Council meeting on North Korea, the members held a vote on whether DPRK human rights "
            "record should be included on the Security Council's agenda.",
            (None, None, None),
        ),
    ],
)
def test_a_procedural_vote_decides_the_security_council_meeting(text: str, tally: tuple) -> None:
    (event,) = decisions(text)
    assert (event["body"], event["kind"], event["method"]) == ("security_council", "session", "recorded_vote")
    assert (event["yes"], event["no"], event["abstain"]) == tally


def test_a_meeting_without_a_vote_is_not_applicable() -> None:
    text = "North Korea boycotted the review session held by the Human Rights Council in Geneva on Monday."
    (event,) = decisions(text)
    assert (event["body"], event["kind"], event["method"]) == ("human_rights_council", "session", "not_applicable")


# --- the official record of each body ---------------------------------------------------------------------------
def official_notes(text: str) -> list[str]:
    from dashboard.curated.suggest.draft import make_draft

    empty = {name: [] for name in ("sources", "actors", "events", "votes", "sponsorships", "positions", "links")}
    draft = make_draft(text, SID, records=empty)
    return [n for c in draft.candidates if c.table == "events" for n in c.notes]


def test_a_council_tally_is_checked_against_the_councils_record() -> None:
    """016_piie's sentence, in an article dated 28 March 2014: A/HRC/RES/25/25, 30–6–11."""
    notes = official_notes(
        "GENEVA, March 28, 2014 (Reuters) - The Human Rights Council adopted a resolution on North Korea. "
        "The vote was 30 in favor, 6 against and 11 abstentions with only a handful of surprises."
    )
    assert any("A/HRC/RES/25/25, 2014-03-28: 30–6–11" in n and "tally agrees" in n for n in notes)


def test_a_veto_is_checked_against_the_security_councils_record() -> None:
    """A draft vetoed on Thursday 28 March 2024: S/2024/255, vetoed by Russia; the named veto agrees."""
    from dashboard.curated.suggest.draft import make_draft

    empty = {name: [] for name in ("sources", "actors", "events", "votes", "sponsorships", "positions", "links")}
    draft = make_draft(
        "NEW YORK, March 28, 2024 (AP) - Russia vetoed a Security Council resolution on Thursday that would have "
        "extended the mandate of the Panel of Experts monitoring sanctions against North Korea.",
        SID,
        records=empty,
    )
    notes = " ".join(n for c in draft.candidates if c.table == "events" for n in c.notes)
    assert "S/2024/255" in notes and "Named votes: 1 of 1 agree" in notes


def test_no_record_of_the_committee_is_said() -> None:
    notes = official_notes(
        "NEW YORK, Nov. 18, 2014 (AFP) - The General Assembly's Third Committee adopted the resolution with 111 "
        "votes in favour, 19 against and 55 abstentions."
    )
    assert any("the record holds no decisions of the General Assembly Third Committee" in n for n in notes)
