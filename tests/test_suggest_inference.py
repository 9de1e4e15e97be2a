"""Rules that infer or fold, on real and invented sentences: a dateline's missing year from its weekday,
quoted fragments folded into the speaker's statement, a stated role never borrowed from another speaker,
and passages added to records whose evidence is shared through a YAML alias."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from dashboard.curated.load import DATA_DIR, SEEDS_DIR, Yaml12Loader, read_dataset
from dashboard.curated.suggest import dates, names
from dashboard.curated.suggest.draft import apply_patch, insert_evidence, make_draft
from dashboard.curated.suggest.extract import extract

SID = "099_0123456789abcdef"
GAZ = names.build([])
TODAY = date(2026, 11, 25)


def of(cands: list, table: str) -> list[dict]:
    return [c.record for c in cands if c.table == table]


# --- a dateline without a year: the years in which that day fell on the weekday the text names ----------
@pytest.mark.parametrize(
    ("month", "day", "weekday", "text", "today", "value", "years"),
    [
        # article 000: "GENEVA, March 24-" … "on Friday" … "the 2014 UN Commission of Inquiry report"
        (3, 24, "Friday", "the 2014 UN Commission of Inquiry report", TODAY, "2017-03-24", "2017 and 2023"),
        # the issue's "NEW YORK, Dec. 3 (AFP) --" with "voted Thursday", in an article that names 2014
        # (not 2026: December 3 comes after today)
        (12, 3, "Thursday", "since the landmark report of 2014", TODAY, "2015-12-03", "2015 and 2020"),
        # the lower bound is the latest year named; a year announced as ahead does not count
        (4, 4, "Thursday", "since 2014 … to be published in September 2025", TODAY, "2019-04-04", "2019 and 2024"),
        # no year named at all: no bound, no inference
        (3, 24, "Friday", "The Council adopted a resolution on Friday.", TODAY, None, None),
        # no fitting year up to today: none
        (3, 24, "Friday", "a 2014 report", date(2017, 3, 20), None, None),
    ],
)
def test_dateline_year_table(month, day, weekday, text, today, value, years) -> None:
    got = dates.dateline_year(month, day, weekday, text, today)
    if value is None:
        assert got is None
        return
    assert got is not None and (got.value, got.precision, got.inferred) == (value, "day", True)
    assert dates.to_date(value).strftime("%A") == weekday
    assert got.derivation.startswith("INFERRED, not stated") and f"in {years};" in got.derivation


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("a report to be published in September 2025, since 2014", [2014]),
        ("the Council's resolution, adopted by the Council in 2016", [2016]),
        ("a tribunal by 2030; a report due in 2026; one will be released in early 2027", []),
    ],
)
def test_years_announced_as_ahead_do_not_bound_the_date(text: str, years: list[int]) -> None:
    assert dates.years_mentioned(text) == years


def test_dateline_without_year_gets_an_inferred_year_that_dates_no_event() -> None:
    """The article's year inferred from "Friday" is proposed for the article, marked; the vote stays undated."""
    text = (
        "UN Meeting with ChinaGENEVA, March 24- The United Nations Human Rights Council is one step closer to "
        "holding North Korea accountable. The Council adopted a resolution on Friday that authorizes the use of "
        "criminal justice experts.\n\nIt also stressed the recommendations from the 2014 UN Commission of Inquiry report."
    )
    cands = extract(text, SID, GAZ, today=TODAY).candidates
    source = cands[0].record
    assert (source["published"], source["published_precision"]) == ("2017-03-24", "day")
    assert "INFERRED" in source["published_derivation"] and "INFERRED" in source["notes"]
    (event,) = [c for c in cands if c.table == "events" and c.record["kind"] == "resolution"]
    assert (event.record["date"], event.record["date_precision"]) == (None, "unknown")
    derivation = event.record["date_derivation"]
    assert "INFERRED" in derivation and "left unknown (it would be 2017-03-24)" in derivation
    assert event.notes == ['The article names "Friday" but its own date is not known.']


def test_issue_dateline_phrasing_with_voted_thursday() -> None:
    text = (
        "NEW YORK, Dec. 3 (AFP) -- The General Assembly's Third Committee voted Thursday to adopt the resolution "
        "with 97 votes in favour, 23 against and 61 abstentions. It builds on the 2014 inquiry."
    )
    cands = extract(text, SID, GAZ, today=TODAY).candidates
    assert cands[0].record["published"] == "2015-12-03" and cands[0].record["agency"] == "AFP"
    (event,) = of(cands, "events")
    # the year 2015 is inferred from "Thursday" for the article only: the vote's date stays unknown
    assert (event["date"], event["yes"], event["no"], event["abstain"]) == (None, 97, 23, 61)


def test_two_weekdays_leave_the_year_unknown() -> None:
    text = (
        "GENEVA, March 24- The Council adopted a resolution on Friday, a year after the 2016 text. "
        "Fox News reported on Thursday that a test was near."
    )
    x = extract(text, SID, GAZ, today=TODAY)
    assert x.candidates[0].record["published"] is None
    assert any("2 weekdays" in line for line in x.skipped)


def test_the_record_dates_it_better_than_an_inferred_year() -> None:
    """An inferred 2017 gives way to a recorded decision on Friday 24 March 2023, the dateline's day."""
    data, problems = read_dataset(DATA_DIR, SEEDS_DIR)
    assert not problems
    records = {name: [] for name in data.records}
    event = next(e for e in data.records["events"] if e.id == "hrc-2017-dprk-resolution")
    records["events"] = [event.model_copy(update={"date": "2023-03-24", "id": "hrc-2023-x"})]
    text = "GENEVA, March 24- The Human Rights Council adopted a resolution on Friday, citing a 2014 report."
    draft = make_draft(text, SID, records=records, official=None)
    (matched,) = [c for c in draft.candidates if c.table == "events" and c.existing]
    assert matched.id == "hrc-2023-x"
    assert draft.candidates[0].record["published"] == "2023-03-24"


# --- quoted fragments ----------------------------------------------------------------------------------
HOSSAIN = (
    "GENEVA, March 14, 2017 (Reuters) - "
    '"We remain deeply concerned by ongoing widespread and gross human rights violations and abuses in the DPRK," '
    "said William Mozdzierz, head of the US delegation.\n\n"
    "Sara Hossain, a member of the Council's group of independent experts on accountability, said that despite "
    '"political obstacles," they backed the call for the Security Council to refer the situation in North Korea '
    "to the International Criminal Court (ICC).\n\n"
    "Major powers including North Korea's ally China wield a veto in the forum.\n\n"
    "The U.N. could also consider creating an international tribunal to prosecute the abuses, she said.\n\n"
    '"The groundwork for future criminal trials should be laid now," Hossain said.'
)


def test_a_quoted_fragment_folds_into_the_same_speakers_statement() -> None:
    cands = extract(HOSSAIN, SID, GAZ).candidates
    hossain = [c for c in cands if c.table == "positions" and c.record.get("speaker_id") == "sara-hossain"]
    assert len(hossain) == 1
    (c,) = hossain
    assert c.record["statement"] == "political obstacles … The groundwork for future criminal trials should be laid now"
    passages = [HOSSAIN[a:b] for a, b in c.spans]
    assert any('"political obstacles,"' in p for p in passages) and any("groundwork" in p for p in passages)
    assert any("political obstacles" in n and "folded" in n for n in c.notes)


def test_a_fragment_is_not_folded_across_another_speaker() -> None:
    text = (
        "NEW YORK, Dec. 3, 2014 (AFP) -- "
        'Kim Song, North Korea\'s ambassador, said the text was a "political plot."\n\n'
        '"We remain deeply concerned by the abuses," said William Mozdzierz, head of the US delegation.\n\n'
        '"We totally reject this resolution as a product of hostile policy," Kim said.'
    )
    kim = [p for p in of(extract(text, SID, GAZ).candidates, "positions") if p.get("speaker_id") == "kim-song"]
    assert sorted(p["statement"] for p in kim) == [
        "We totally reject this resolution as a product of hostile policy",
        "political plot.",
    ]


def test_a_stated_role_is_not_borrowed_from_the_speaker_before() -> None:
    # the group the role names is a known body (names.ORGANISATIONS): she speaks for it, not for the US
    cands = extract(HOSSAIN, SID, GAZ).candidates
    (actor,) = [a for a in of(cands, "actors") if a["id"] == "sara-hossain"]
    assert actor["speaks_for"] == "experts-accountability" and "independent experts" in actor["role"]
    (position,) = [p for p in of(cands, "positions") if p.get("speaker_id") == "sara-hossain"]
    assert position["actor_id"] == "experts-accountability"
    # a role naming a body the registry does not know: she speaks for herself, still not for the US
    unknown = HOSSAIN.replace("group of independent experts on accountability", "panel of jurists on remedies")
    cands = extract(unknown, SID, GAZ).candidates
    (actor,) = [a for a in of(cands, "actors") if a["id"] == "sara-hossain"]
    assert actor["speaks_for"] is None and "jurists" in actor["role"]
    assert "names no actor the registry knows" in actor["notes"]
    (position,) = [p for p in of(cands, "positions") if p.get("speaker_id") == "sara-hossain"]
    assert position["actor_id"] == "sara-hossain"


def test_a_role_before_the_name_is_the_last_clause_only() -> None:
    text = (
        "GENEVA, March 24, 2017 (Reuters) - The situation on the divided Korean peninsula is "
        '"complex and sensitive" and all sides should avoid provocation that might lead to an escalation, '
        "Chinese diplomat Jiang Yingfeng said."
    )
    (actor,) = [a for a in of(extract(text, SID, GAZ).candidates, "actors") if a["id"] == "jiang-yingfeng"]
    assert actor["role"] == "Chinese diplomat" and actor["speaks_for"] == "CHN"


# --- apply-patch and YAML aliases -------------------------------------------------------------------------
def test_evidence_is_added_to_records_that_share_a_list_through_an_alias(project_copy: Path) -> None:
    data = project_copy / "data"
    before = {r["id"]: r for r in yaml.load((data / "sponsorships.yaml").read_text("utf-8"), Loader=Yaml12Loader)}
    text = "Japan and the European Union brought the text, which the United States backed."
    sid = "005_0000000000000000"
    patch = {
        "source_file": f"seeds/{sid}.txt",
        "add": {},
        "evidence": [
            {
                "table": "sponsorships",
                "id": "hrc-2017-jpn",
                "add": [{"source": sid, "quote": "Japan and the European"}],
            },
            {"table": "sponsorships", "id": "ga3-2014-eu", "add": [{"source": sid, "quote": "the European Union"}]},
        ],
    }
    sources = (data / "sources.yaml").read_text("utf-8")
    (data / "sources.yaml").write_text(
        sources + f"- id: '{sid}'\n  published_precision: unknown\n  rights: test\n", encoding="utf-8"
    )
    apply_patch(patch, text, data, project_copy / "seeds")
    _dataset, problems = read_dataset(data, project_copy / "seeds")
    assert problems == []
    after = {r["id"]: r for r in yaml.load((data / "sponsorships.yaml").read_text("utf-8"), Loader=Yaml12Loader)}
    assert after["hrc-2017-jpn"]["evidence"][1:] == before["hrc-2017-jpn"]["evidence"]
    assert after["ga3-2014-eu"]["evidence"][1:] == before["ga3-2014-eu"]["evidence"]
    for rid in ("hrc-2017-eu", "hrc-2017-usa", "ga3-2014-jpn"):  # the others sharing those lists: unchanged
        assert after[rid] == before[rid]


def test_an_anchor_that_is_not_a_block_list_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "votes.yaml"
    path.write_text("- id: a\n  evidence: *nowhere\n", encoding="utf-8")
    with pytest.raises(ValueError, match="add the passage by hand"):
        insert_evidence(path, "a", [{"source": "x", "quote": "y"}])
