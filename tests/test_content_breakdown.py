"""What the Vote breakdown page shows, computed without Streamlit (dashboard/app/content/breakdown.py)."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.app.content import breakdown as content
from dashboard.curated import analysis
from dashboard.curated.load import load_dataset
from dashboard.official.rollcalls import RollCalls, load_rollcalls

Frames = dict[str, pd.DataFrame]


@pytest.fixture(scope="module")
def frames() -> Frames:
    return load_dataset().frames


@pytest.fixture(scope="module")
def rc() -> RollCalls:
    return load_rollcalls()


def test_default_event_is_the_committee_vote_or_the_newest() -> None:
    assert content.default_event({"a": "A", "ga3-2014-dprk-resolution": "B"}) == "ga3-2014-dprk-resolution"
    assert content.default_event({"newest": "N", "older": "O"}) == "newest"


def test_event_facts_in_words(frames: Frames) -> None:
    event = analysis.event_breakdown(frames, "hrc-2017-dprk-resolution").event
    assert content.event_facts(event) == [
        ("Body", "Human Rights Council"),
        ("Date", "2017-03-24"),
        ("Outcome", "adopted"),
        ("Adoption method", "without vote"),
    ]
    line = "**Body** Human Rights Council · **Date** 2017-03-24 · **Outcome** adopted · **Adoption method** without vote"
    assert content.facts_line(event) == line
    assert content.facts_line(event, reported=True) == f"*As the articles report it:* {line}"
    notes = content.event_notes(event)
    assert notes.startswith("Date: Both articles say") and notes.endswith("Document symbol: not given by the sources.")


def test_committee_tally_words(frames: Frames) -> None:
    b = analysis.event_breakdown(frames, "ga3-2014-dprk-resolution")
    assert content.has_tally(b)
    assert content.unnamed_text(b) == (
        "**9 states are named** in the sources; **111 yes, 10 no, 55 abstain** seats belong to states "
        "**not named in the sources**."
    )
    assert content.derived_absent_text(b).startswith("8 seats: did not vote or absent, derived as 193 members minus")
    named = content.named_votes(b.named)
    assert list(named.columns) == ["country", "vote", "vote_id"] and set(named["vote"]) == {"no"}
    assert content.cosponsor_text(b.event) == (
        "Co-sponsors counted without names: **more than 60** countries "
        "(a count the article reports; the co-sponsors are not named)."
    )


def test_veto_without_tally(frames: Frames) -> None:
    b = analysis.event_breakdown(frames, "unsc-2024-panel-of-experts-draft")
    assert not content.has_tally(b)
    assert content.no_tally_text(b).startswith(
        "**No tally reported.**"
    ) and "1 named vote below" in content.no_tally_text(b)
    assert content.cosponsor_text(b.event) is None


def test_sponsors_and_statements(frames: Frames) -> None:
    b = analysis.event_breakdown(frames, "hrc-2017-dprk-resolution")
    sponsors = content.sponsors_table(b.sponsors)
    assert set(sponsors["actor"]) == {"European Union", "Japan", "United States"}
    assert "supporter" in set(sponsors["role"])  # the role in words
    said = content.statements(b.positions)
    assert said and all(s.heading.startswith("**") and "` " not in s.heading for s in said)
    assert any("`dissociate`" in s.heading and "China" in s.heading for s in said)
    who = content.who_passages(analysis.who_stood_where(b))
    assert who["passages"].str.fullmatch(r"\d+ facts?").all()


def test_plenary_link_compared_with_the_record(frames: Frames, rc: RollCalls) -> None:
    links = content.event_links(frames, "ga3-2014-dprk-resolution")
    link = next(links.itertuples())
    lead = content.official_lead(rc, link)
    assert lead.startswith("The plenary vote on the same text") and "116–20–53" in lead
    compared = content.comparison(rc, frames, link, "ga3-2014-dprk-resolution")
    assert compared is not None
    assert compared.summary.startswith("**A/RES/69/188**, General Assembly plenary, 2014-12-18: **116 yes, 20 no")
    assert compared.headers["official"] == "official record (A/RES/69/188)"
    assert set(compared.checked["check"]) == {"agrees"} and len(compared.checked) == 9
    assert compared.agreement is not None and "**9 of 9**" in compared.agreement


def test_a_link_to_a_roll_call_not_loaded(frames: Frames, rc: RollCalls) -> None:
    link = next(content.event_links(frames, "ga3-2014-dprk-resolution").assign(rcid=999_999_999).itertuples())
    assert content.comparison(rc, frames, link, "ga3-2014-dprk-resolution") is None


def linked(rc: RollCalls, frames: Frames, event_id: str) -> content.Comparison:
    compared = content.comparison(rc, frames, next(content.event_links(frames, event_id).itertuples()), event_id)
    assert compared is not None and compared.claims is not None
    return compared


def test_the_2024_veto_in_the_record(frames: Frames, rc: RollCalls) -> None:
    compared = linked(rc, frames, "unsc-2024-panel-of-experts-draft")
    assert compared.summary.startswith("**S/2024/255**, Security Council, 2024-03-28: **vetoed by Russia, 13–1–1")
    claims = compared.claims.set_index("claim") if compared.claims is not None else pd.DataFrame()
    assert list(claims.loc["who vetoed"]) == ["Russia", "Russia", "same"]
    assert list(claims.loc["tally (yes–no–abstain)"]) == ["not reported", "13–1–1", "not reported"]
    assert claims.loc["how it was decided", "check"] == "same" and claims.loc["outcome", "check"] == "same"
    assert compared.verdict == (
        "**The record agrees with every claim of the article it can check.** "
        "The article does not report: tally (yes–no–abstain)."
    )
    assert "**1 of 1** voted the same way" in (compared.agreement or "")  # Russia's no
    assert compared.source.startswith("Official record's source: **United Nations (SC drafts not adopted")


def test_the_2017_council_resolution_in_the_record(frames: Frames, rc: RollCalls) -> None:
    compared = linked(rc, frames, "hrc-2017-dprk-resolution")
    assert "**adopted without a vote**" in compared.summary and "no tally" in compared.summary
    claims = compared.claims.set_index("claim") if compared.claims is not None else pd.DataFrame()
    assert list(claims.loc["how it was decided"]) == ["without vote", "adopted without a vote", "same"]
    assert "tally (yes–no–abstain)" not in claims.index  # no vote, no tally to check
    assert "PolyForm Noncommercial 1.0.0" in compared.source
    assert "Required Notice: Copyright © 2026 Łukasz Szoszkiewicz" in compared.source
    lead = content.official_lead(rc, next(content.event_links(frames, "hrc-2017-dprk-resolution").itertuples()))
    assert lead == "This event is **A/HRC/RES/34/24**, Human Rights Council, 24 March 2017: **adopted without a vote**."


def test_the_2024_council_resolution_says_what_the_article_leaves_out(frames: Frames, rc: RollCalls) -> None:
    claims = linked(rc, frames, "hrc-2024-dprk-resolution").claims
    assert claims is not None
    method = claims.set_index("claim").loc["how it was decided"]
    assert list(method) == ["not reported", "adopted without a vote", "not reported"]


def test_a_mismatch_is_named_plainly(frames: Frames, rc: RollCalls) -> None:
    link = next(content.event_links(frames, "unsc-2024-panel-of-experts-draft").itertuples())
    call = rc.decisions.set_index("rcid").loc[int(link.rcid)]
    call = pd.concat([call, pd.Series({"rcid": int(link.rcid)})])
    event = frames["events"].set_index("event_id").loc["unsc-2024-panel-of-experts-draft"].copy()
    event["date"], event["outcome"] = "2024-03-29", "adopted"
    claims = content.claim_checks(rc, frames, event, call)
    verdict = content.mismatch_words(claims)
    assert "**Mismatch: date** — the article reported 2024-03-29" in verdict and "the record says 2024-03-28" in verdict
    assert "**Mismatch: outcome** — the article reported adopted" in verdict
    assert set(claims.loc[claims["claim"] == "who vetoed", "check"]) == {"not reported"}


def test_an_assembly_link_keeps_its_comparison_without_claims(frames: Frames, rc: RollCalls) -> None:
    link = next(content.event_links(frames, "ga3-2014-dprk-resolution").itertuples())
    compared = content.comparison(rc, frames, link, "ga3-2014-dprk-resolution")
    assert compared is not None and compared.claims is None and compared.verdict is None
    assert "CC0" in compared.source


def test_view_of_an_event_linked_to_the_record(frames: Frames, rc: RollCalls) -> None:
    view = content.view(frames, rc, "ga3-2014-dprk-resolution")
    assert len(view.links) == len(view.leads) == len(view.comparisons) >= 1
    assert all(c is not None for c in view.comparisons) and view.who.empty
    assert len(view.named) == 9 and set(view.named["vote"]) == {"no"}
    without_record = content.view(frames, None, "ga3-2014-dprk-resolution")
    assert without_record.leads == [] and without_record.comparisons == []
