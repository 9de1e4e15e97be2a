"""Each suggester rule on real sentences (the seeds' and the issue's phrasings), the date table, matching."""

from __future__ import annotations

import pytest

from dashboard.curated.load import DATA_DIR, SEEDS_DIR, read_dataset
from dashboard.curated.suggest import dates, names
from dashboard.curated.suggest.draft import make_draft, verbatim_failures
from dashboard.curated.suggest.extract import extract
from dashboard.curated.suggest.sourceid import new_source_id, text_hash

SID = "099_0123456789abcdef"
GAZ = names.build([])


def draft_of(body: str, head: str = "NEW YORK, Nov. 20, 2025 (AFP) -- ") -> list:
    return extract(head + body, SID, GAZ).candidates


def events(cands: list) -> list[dict]:
    return [c.record for c in cands if c.table == "events"]


def of(cands: list, table: str) -> list[dict]:
    return [c.record for c in cands if c.table == table]


@pytest.mark.parametrize(
    ("sentence", "tally"),
    [
        (
            "The General Assembly adopted the resolution with 97 votes in favour, 23 against and 61 abstentions.",
            (97, 23, 61),
        ),
        ("The resolution passed 97-23 with 61 abstentions in the General Assembly.", (97, 23, 61)),
        (
            "In the General Assembly, 97 countries voted in support of the resolution, while 23 countries voted against it and 61 countries abstained.",
            (97, 23, 61),
        ),
        ("The General Assembly approved the resolution 97 to 23, with 61 abstaining.", (97, 23, 61)),
        (
            "A resolution asking the Security Council to refer North Korea to the International Criminal Court passed by a "
            "resounding vote of 111 to 19 with 55 abstentions in a General Assembly human rights committee.",
            (111, 19, 55),
        ),
        ("The General Assembly adopted the text by a vote of 116-20-53.", (116, 20, 53)),
    ],
)
def test_tally_phrasings(sentence: str, tally: tuple[int, int, int]) -> None:
    (event,) = events(draft_of(sentence))
    assert (event["yes"], event["no"], event["abstain"]) == tally
    assert event["method"] == "recorded_vote"


def test_a_committee_is_not_the_plenary_and_an_addressed_council_does_not_decide() -> None:
    sentence = (
        "A resolution asking the Security Council to refer North Korea to the International Criminal Court passed by a "
        "vote of 111 to 19 with 55 abstentions in a General Assembly human rights committee."
    )
    (event,) = events(draft_of(sentence))
    assert event["body"] == "ga_third_committee"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Human Rights Council adopted the resolution by consensus without a vote for the ninth consecutive year.",
        "The Human Rights Council adopted the resolution without a vote.",
    ],
)
def test_without_a_vote(sentence: str) -> None:
    (event,) = events(draft_of(sentence))
    assert event["method"] == "without_vote" and event["yes"] is None and event["body"] == "human_rights_council"


def test_cosponsors_are_a_count_not_rows() -> None:
    cands = draft_of(
        "The General Assembly adopted the resolution 97 to 23. With 54 cosponsors, it urges accountability."
    )
    (event,) = events(cands)
    assert (event["cosponsor_count"], event["cosponsor_count_qualifier"]) == (54, "exactly")
    assert not of(cands, "sponsorships")
    more = events(
        draft_of("Co-sponsored by more than 60 countries, the resolution was adopted by the General Assembly.")
    )
    assert (more[0]["cosponsor_count"], more[0]["cosponsor_count_qualifier"]) == (60, "more_than")


def test_named_votes_among_the_and_along_with() -> None:
    cands = draft_of(
        "The General Assembly adopted the resolution 97 to 23. "
        "Belarus and Cuba were among the 23 countries that opposed the resolution, while China abstained."
    )
    assert {(v["country_iso3"], v["vote"]) for v in of(cands, "votes")} == {
        ("BLR", "no"),
        ("CUB", "no"),
        ("CHN", "abstain"),
    }
    cands = draft_of(
        "The resolution passed 111-19 in the General Assembly's Third Committee. Both China and Russia voted against the "
        "resolution on Tuesday along with Cuba, Iran and Sudan, who complained that the measure unfairly targeted North Korea."
    )
    votes = {v["country_iso3"] for v in of(cands, "votes")}
    assert votes == {"CHN", "RUS", "CUB", "IRN", "SDN"}  # not North Korea, the measure's target
    assert {p["actor_id"] for p in of(cands, "positions") if p["stance"] == "oppose"} == votes


def test_a_prediction_is_not_a_vote() -> None:
    cands = draft_of(
        "The General Assembly adopted the resolution 97 to 23. China and Russia are widely expected to oppose such a move."
    )
    assert not of(cands, "votes")


def test_sponsor_roles() -> None:
    cands = draft_of("The General Assembly adopted the resolution, sponsored by Australia and the European Union.")
    assert {(s["actor_id"], s["role"]) for s in of(cands, "sponsorships")} == {
        ("AUS", "main_sponsor"),
        ("eu", "main_sponsor"),
    }
    cands = draft_of(
        "The 47-member state forum adopted a resolution, brought by Japan and the European Union and backed by the United "
        "States, on the final day of its four-week session without a vote."
    )
    roles = {(s["actor_id"], s["role"]) for s in of(cands, "sponsorships")}
    assert roles == {("JPN", "main_sponsor"), ("eu", "main_sponsor"), ("USA", "supporter")}
    assert events(cands)[0]["body"] == "human_rights_council"


def test_amendment_and_its_proposer() -> None:
    cands = draft_of(
        "The General Assembly's Third Committee adopted the resolution 111 to 19. However, an amendment presented by Cuba "
        "to scrap the key provisions was defeated."
    )
    amendment = next(e for e in events(cands) if e["kind"] == "amendment")
    assert (
        amendment["outcome"] == "rejected"
        and amendment["relation"] == "amends"
        and amendment["body"] == "ga_third_committee"
    )
    assert ("CUB", "amendment_proposer") in {(s["actor_id"], s["role"]) for s in of(cands, "sponsorships")}


def test_quote_with_named_speaker_role_and_state() -> None:
    cands = draft_of(
        "The General Assembly adopted the resolution 97 to 23. "
        "The country's ambassador, Pak Chol, told the committee that the text was 'a political plot'. "
        'North Korea\'s ambassador, Kim Song, told the committee that the text was "a political plot".'
    )
    (position,) = [p for p in of(cands, "positions") if p.get("statement")]
    assert position["statement"] == "a political plot" and position["stance"] == "reject"
    assert position["speaker_id"] == "kim-song" and position["actor_id"] == "PRK"
    (actor,) = [a for a in of(cands, "actors") if a["id"] == "kim-song"]
    assert actor["speaks_for"] == "PRK" and "ambassador" in actor["role"]


def test_capital_as_actor_and_pronoun_continuation() -> None:
    cands = draft_of(
        "The Human Rights Council adopted the resolution without a vote. Pyongyang rejected the resolution. "
        'The situation is "complex and sensitive", Chinese diplomat Jiang Yingfeng said. '
        'The world should "focus on the bigger picture," he added.'
    )
    stances = {(p["actor_id"], p["stance"]) for p in of(cands, "positions")}
    assert ("PRK", "reject") in stances
    jiang = next(p for p in of(cands, "positions") if p.get("speaker_id") == "jiang-yingfeng")
    assert jiang["actor_id"] == "CHN" and jiang["statement"] == "complex and sensitive … focus on the bigger picture"


def test_veto_is_a_vote_against_and_a_position() -> None:
    cands = draft_of("Russia vetoed a Security Council draft on Thursday that would have extended the panel.")
    (event,) = events(cands)
    assert event["kind"] == "security_council_draft" and event["outcome"] == "vetoed"
    assert [(v["country_iso3"], v["vote"]) for v in of(cands, "votes")] == [("RUS", "no")]
    assert [p["stance"] for p in of(cands, "positions")] == ["veto"]
    assert event["date"] == "2025-11-20"  # Thursday, in an article datelined Thursday 20 November 2025


# --- dates --------------------------------------------------------------------------------------------
DAY = dates.Dated("2017-03-24", "day", None)  # a Friday
YEAR = dates.Dated("2014", "year", "credit line")
NONE = dates.UNKNOWN


@pytest.mark.parametrize(
    ("passage", "published", "value", "precision", "derivation_has"),
    [
        ("The Council adopted a resolution on Friday.", DAY, "2017-03-24", "day", "the same day"),
        ("The states voted Thursday.", DAY, "2017-03-23", "day", "Friday 24 March 2017"),
        (
            "They boycotted a review on Monday (13/03).",
            dates.Dated("2017-03-14", "day", None),
            "2017-03-13",
            "day",
            "(13/03)",
        ),
        ("They voted against it on Tuesday.", YEAR, "2014", "year", 'names "Tuesday"'),
        ("They voted against it on Tuesday.", NONE, None, "unknown", None),
        (
            "A victory on April 4 when the Council adopted it.",
            dates.Dated("2024", "year", "photo"),
            "2024-04-04",
            "day",
            "without a year",
        ),
        ("The vote on December 28.", dates.Dated("2025-01-05", "day", None), "2024-12-28", "day", "2024"),
        ("The plenary adopted it on 18 December 2014.", NONE, "2014-12-18", "day", None),
        ("A report to be published in September 2025.", YEAR, "2025-09", "month", "September 2025"),
        ("A 400-page report released in February.", YEAR, "2014-02", "month", "the year 2014"),
        ("The landmark 2014 report.", NONE, "2014", "year", "2014"),
        ("It was adopted yesterday.", DAY, "2017-03-23", "day", "yesterday"),
        ("The resolution was adopted.", DAY, None, "unknown", None),
    ],
)
def test_date_derivation_table(passage, published, value, precision, derivation_has) -> None:
    got = dates.event_date(passage, published)
    assert (got.value, got.precision) == (value, precision)
    if derivation_has:
        assert derivation_has in (got.derivation or "")


@pytest.mark.parametrize(
    ("text", "published", "precision", "dateline", "agency"),
    [
        ("GENEVA, March 23, 2017 (Reuters) - The Council met.", "2017-03-23", "day", "Geneva", "Reuters"),
        ("NEW YORK, Dec. 3, 2014 (AFP) -- The committee voted Thursday.", "2014-12-03", "day", "New York", "AFP"),
        ("GENEVA, March 24- The Council adopted a resolution on Friday.", None, "unknown", "Geneva", None),
        ("The Council adopted a resolution on Friday.\n\n© – AFP 2014", "2014", "year", None, "AFP"),
        ("The Council adopted a resolution, with no date at all.", None, "unknown", None, None),
    ],
)
def test_source_metadata(text, published, precision, dateline, agency) -> None:
    source = extract(text, SID, GAZ).candidates[0].record
    assert (source["published"], source["published_precision"], source["dateline"], source["agency"]) == (
        published,
        precision,
        dateline,
        agency,
    )


def test_weekday_resolves_against_the_dateline() -> None:
    (event,) = events(draft_of("The General Assembly's Third Committee on Thursday approved the resolution 97 to 23."))
    assert (event["date"], event["date_precision"]) == ("2025-11-20", "day")
    assert event["date_derivation"] == '"Thursday" in an article dated Thursday 20 November 2025 (the same day).'


# --- the seeds: verbatim passages, matching to what exists ----------------------------------------------
@pytest.fixture(scope="module")
def dataset():
    data, problems = read_dataset(DATA_DIR, SEEDS_DIR)
    assert not problems
    return data


@pytest.mark.parametrize("source_id", sorted(p.stem for p in SEEDS_DIR.glob("*.txt")))
def test_every_seed_passage_is_verbatim_and_the_draft_validates(source_id, dataset, tmp_path) -> None:
    from dashboard.curated.suggest.draft import write_draft

    text = (SEEDS_DIR / f"{source_id}.txt").read_text(encoding="utf-8")
    draft = make_draft(text, source_id, records={name: [] for name in dataset.records})
    assert verbatim_failures(draft) == []
    assert write_draft(draft, tmp_path / "draft") == []
    assert (tmp_path / "draft" / "csv" / "events.csv").exists()


def test_a_second_article_on_a_known_decision_is_new_evidence(dataset) -> None:
    """000's dateline (March 24) has no year; with "on Friday" it matches the 2017 Council resolution,
    which confirms the year inferred from the weekday."""
    from bench.suggest_score import leave_out

    source_id = "000_e3abfb0ff75947b4"
    records = leave_out(dataset.records, source_id)
    draft = make_draft((SEEDS_DIR / f"{source_id}.txt").read_text(encoding="utf-8"), source_id, records=records)
    event = next(c for c in draft.candidates if c.table == "events" and c.id == "hrc-2017-dprk-resolution")
    assert event.existing and any("was a Friday in 2017" in n for n in event.notes)
    source = draft.candidates[0].record
    assert source["published"] == "2017-03-24" and "Friday" in source["published_derivation"]
    assert (
        "INFERRED" in source["published_derivation"]
        and "hrc-2017-dprk-resolution of 2017-03-24 agrees" in (source["published_derivation"])
    )
    sponsors = [c for c in draft.candidates if c.table == "sponsorships"]
    assert {c.record["event_id"] for c in sponsors} == {"hrc-2017-dprk-resolution"} and all(
        c.existing for c in sponsors
    )


def test_the_official_record_is_consulted_for_a_linked_vote(dataset) -> None:
    from bench.suggest_score import leave_out

    source_id = "004_8681514e253d834c"
    records = leave_out(dataset.records, source_id)
    records["links"] = dataset.records["links"]
    records["events"] = dataset.records["events"]
    draft = make_draft((SEEDS_DIR / f"{source_id}.txt").read_text(encoding="utf-8"), source_id, records=records)
    event = next(c for c in draft.candidates if c.id == "ga3-2014-dprk-resolution")
    notes = " ".join(event.notes)
    assert "A/RES/69/188" in notes and "committee vote" in notes
    assert "Named votes: 9 of 9 agree" in notes


def test_official_record_not_available_is_said(dataset, monkeypatch) -> None:
    from dashboard.official import rollcalls

    def broken(*_a, **_k):
        raise OSError("no such file")

    monkeypatch.setattr(rollcalls, "load_rollcalls", broken)
    text = "NEW YORK, Dec. 3, 2014 (AFP) -- The General Assembly adopted the resolution 116 to 20, with 53 abstentions."
    draft = make_draft(text, SID, records={name: [] for name in dataset.records})
    (event,) = [c for c in draft.candidates if c.table == "events"]
    assert any("Official record not available" in n for n in event.notes)


def test_plenary_tally_checked_against_the_record(dataset) -> None:
    text = (
        "NEW YORK, Dec. 18, 2014 (AFP) -- The General Assembly adopted the resolution 116 to 20, with 53 abstentions."
    )
    draft = make_draft(text, SID, records={name: [] for name in dataset.records})
    (event,) = [c for c in draft.candidates if c.table == "events"]
    assert any("A/RES/69/188" in n and "agrees" in n for n in event.notes)


def test_source_id_rule(tmp_path) -> None:
    (tmp_path / "000_aaaaaaaaaaaaaaaa.txt").write_text("old", encoding="utf-8")
    assert new_source_id("new text", tmp_path) == f"001_{text_hash('new text')}"
    assert new_source_id("old", tmp_path) == "000_aaaaaaaaaaaaaaaa"  # the same text keeps its id
    assert len(text_hash("x")) == 16
