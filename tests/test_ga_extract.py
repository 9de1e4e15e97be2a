"""The UN extract of GA resolutions: names, each defect of the source, the merge with unvotes, bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from dashboard.official import importers, merge, names, rollcalls, topics
from dashboard.official.importers import ga_extract, unvotes
from dashboard.official.importers.common import ImportFailed

FIXTURES = Path(__file__).resolve().parent / "fixtures"
VALID = FIXTURES / "ga_extract" / "valid"
INVALID = FIXTURES / "ga_extract" / "invalid"
UNVOTES = FIXTURES / "undl" / "unvotes"


@pytest.fixture(scope="module")
def extract() -> ga_extract.Extract:
    return ga_extract.read_extract(VALID)


def decision(extract: ga_extract.Extract, symbol: str) -> pd.Series:
    return extract.decisions.set_index("symbol").loc[symbol]


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("TÜRKİYE", "TUR"),
        ("TÜRKIYE", "TUR"),
        ("TURKIYE", "TUR"),
        ("TURKEY", "TUR"),
        ("TÜRKÝYE", "TUR"),  # mojibake of TÜRKİYE
        ("COTE D'IVOIRE", "CIV"),
        ("CÔTE D’IVOIRE", "CIV"),
        ("NETHERLANDS (KINGDOM OF THE)", "NLD"),
        ("NETHERLANDS", "NLD"),
        ("DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", "PRK"),
        ("REPUBLIC OF KOREA", "KOR"),
        ("THE GAMBIA", "GMB"),
        ("CZECHI A", "CZE"),  # a stray space
        ("TUVALU\u00a0", "TUV"),
        ("ATLANTIS", None),
    ],
)
def test_member_state_names(name: str, iso3: str | None) -> None:
    assert names.iso3_of(name) == iso3


def test_sponsor_entries_keep_what_is_not_a_state() -> None:
    chair = names.sponsor_entries("SUBMITTED BY THE CHAIR OF THE COMMITTEE")
    assert [(e.iso3, e.kind, e.name) for e in chair] == [(None, "other", "SUBMITTED BY THE CHAIR OF THE COMMITTEE")]
    group = names.sponsor_entries(
        "Uganda (on behalf of the States Members of the United Nations that are members of the Group of 77 and China)"
    )
    assert [(e.iso3, e.kind, e.on_behalf_of) for e in group] == [("UGA", "state", "the Group of 77 and China")]
    pair = names.sponsor_entries("MAURITANIA AND UNITED REPUBLIC OF TANZANIA")
    assert [e.iso3 for e in pair] == ["MRT", "TZA"]
    joined = names.sponsor_entries(
        "Trinidad and Tobago, United Kingdom of Great Britain and Northern Ireland and Uruguay"
    )
    assert [e.iso3 for e in joined] == ["TTO", "GBR", "URY"]
    assert [e.kind for e in names.sponsor_entries("SOLOMON")] == ["unmapped"]  # a name split over two lines


def test_adoption_without_a_vote_has_sponsors_and_no_tally(extract: ga_extract.Extract) -> None:
    row = decision(extract, "A/RES/79/181")
    assert (row["method"], row["names"]) == ("without_vote", "not applicable")
    assert pd.isna(row["yes_stated"]) and pd.isna(row["no_stated"])  # "0" in the source is not a tally of zero
    rows = extract.sponsorships[extract.sponsorships["rcid"] == row["rcid"]]
    assert rows["role"].value_counts().to_dict() == {"sponsor": 46, "additional_sponsor": 15}
    assert row["topics"] == "Human rights" and row["topics_derived"]


def test_duplicate_lines_are_kept_once_and_reported(extract: ga_extract.Extract) -> None:
    assert (extract.decisions["symbol"] == "A/RES/79/263").sum() == 1
    assert "A/RES/79/263: 2 lines; kept once" in extract.defects
    assert extract.lines == 11 and len(extract.decisions) == 10


def test_doubled_name_lists_are_kept_once(extract: ga_extract.Extract) -> None:
    row = decision(extract, "A/RES/75/290 A")
    counts = extract.votes[extract.votes["rcid"] == row["rcid"]]["vote"].value_counts().to_dict()
    assert counts["yes"] == 90 == row["yes_stated"] and counts["abstain"] == 47 == row["abstain_stated"]
    assert "A/RES/75/290 A: MS_in_favour lists 180 names, 90 distinct; kept once" in extract.defects


def test_counts_without_names_are_marked_missing(extract: ga_extract.Extract) -> None:
    row = decision(extract, "A/RES/75/254 A-C")
    assert (row["method"], row["names"], row["yes_stated"], row["no_stated"]) == ("recorded_vote", "missing", 168, 2)
    assert (extract.votes["rcid"] == row["rcid"]).sum() == 0  # not invented
    assert "per-state votes are missing" in row["note"]


def test_a_list_short_of_its_count_is_flagged(extract: ga_extract.Extract) -> None:
    row = decision(extract, "A/RES/77/293")
    assert row["note"] == "The extract lists 58 abstain names against a stated 59."
    assert "A/RES/77/293: MS_abstaining: 58 names against a stated 59; flagged" in extract.defects


def test_dates_na_counts_and_empty_method(extract: ga_extract.Extract) -> None:
    assert decision(extract, "A/RES/74/1")["date"] == pd.Timestamp("2019-10-10")  # 2019-10-10 00:00:00
    assert decision(extract, "A/RES/79/181")["date"] == pd.Timestamp("2024-12-17")  # 17\u00a0December 2024
    assert pd.isna(decision(extract, "A/RES/74/166")["yes_stated"])  # N.A.
    unknown = decision(extract, "A/RES/79/259 A-C")
    assert unknown["method"] == "unknown" and pd.isna(unknown["yes_stated"])
    assert "A/RES/79/259 A-C: empty adoption type: method unknown" in extract.defects


def test_emergency_session_and_mojibake_name(extract: ga_extract.Extract) -> None:
    es = decision(extract, "A/RES/ES-11/1")
    assert es["session"] == 76
    votes = extract.votes[extract.votes["rcid"] == es["rcid"]]
    assert votes["vote"].value_counts().to_dict() == {"yes": 141, "abstain": 35, "no": 5}
    assert sorted(votes.loc[votes["vote"] == "no", "iso3"]) == ["BLR", "ERI", "PRK", "RUS", "SYR"]
    tur = extract.votes[(extract.votes["rcid"] == decision(extract, "A/RES/79/10")["rcid"])]
    assert "TUR" in set(tur["iso3"])  # spelt TÜRKÝYE on that line
    assert extract.unmapped == []


@pytest.mark.parametrize(
    ("title", "agenda", "subjects", "expected"),
    [
        ("Situation of human rights in the Democratic People's Republic of Korea", "", "", ["Human rights"]),
        ("Treaty on the Prohibition of Nuclear Weapons", "General and complete disarmament", "NUCLEAR WEAPONS",
         ["Arms control and disarmament", "Nuclear weapons and nuclear material"]),
        ("Question of Western Sahara", "Implementation of the Declaration on the Granting of Independence to Colonial "
         "Countries and Peoples", "", ["Colonialism"]),
        ("Question of Cyprus", "Report of the Secretary-General", "", []),
        ("Assistance to the Palestinian people", "", "", ["Palestinian conflict"]),
        ("Scale of assessments", "Programme budget", "HUMAN RIGHTS", []),  # a broad subject term is not enough
    ],
)  # fmt: skip
def test_topic_rule(title: str, agenda: str, subjects: str, expected: list[str]) -> None:
    assert topics.derive(title, agenda, subjects) == expected


def test_merge_compares_and_keeps_one_record_per_symbol(tmp_path: Path) -> None:
    base = unvotes.build_from_unvotes(UNVOTES, tmp_path / "unvotes")
    extract = ga_extract.read_extract(VALID)
    record, comparison = merge.merge(base, extract)
    assert record.decisions["symbol"].dropna().is_unique
    assert set(record.decisions["source"].astype(str)) == {"unvotes", "UN extract"}
    new = record.decisions[record.decisions["source"] == "UN extract"]
    assert (new["rcid"] >= merge.FIRST_EXTRACT_ID).all()
    assert comparison.decisions == 0 and comparison.disagreements == []  # the fixture's unvotes is 2014 only
    ids = set(record.decisions["rcid"])
    assert set(record.votes["rcid"]) <= ids and set(record.sponsorships["rcid"]) <= ids


def test_compare_counts_every_differing_vote() -> None:
    old = pd.DataFrame({"rcid": [1, 1, 1], "iso3": ["USA", "CHN", "FRA"], "vote": ["yes", "no", "yes"]})
    new = pd.DataFrame({"rcid": [1, 1, 1], "iso3": ["USA", "CHN", "GBR"], "vote": ["yes", "abstain", "yes"]})
    assert merge.compare(old, new) == [
        "roll call 1, CHN: unvotes no, extract abstain",
        "roll call 1, FRA: unvotes yes, extract none",
        "roll call 1, GBR: unvotes none, extract yes",
    ]


def test_import_merges_with_the_unvotes_beside_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(UNVOTES, tmp_path / "unvotes")
    shutil.copytree(VALID, tmp_path / "ga-resolutions-74-80")
    assert importers.main(str(tmp_path / "ga-resolutions-74-80"), str(tmp_path / "record")) == 0
    out = capsys.readouterr().out
    assert "merged with unvotes" in out and "UN extract: 11 lines, 10 decisions" in out
    assert "A/RES/79/263: 2 lines; kept once" in out
    record = rollcalls.load_rollcalls(tmp_path / "record")
    row = record.decisions.set_index("symbol").loc["A/RES/79/181"]
    assert rollcalls.breakdown(record, int(row["rcid"])).empty  # nobody derived absent without a vote
    assert rollcalls.sponsors_of(record, int(row["rcid"]))["role"].value_counts().to_dict() == {
        "sponsor": 46,
        "additional_sponsor": 15,
    }
    assert record.provenance["sources"]["UN extract"]["defects"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, r"74.json:line 2: not a JSON record"),  # the truncated copy in fixtures/ga_extract/invalid
        ('{"symbol": "A/RES/74/1"}\n', r"74.json:line 1:title: missing"),
        ("[1, 2]\n", r"74.json:line 1: not a JSON object"),
        (b"\xff\xfe{}\n", r"74.json: not UTF-8 text"),
    ],
)
def test_corrupt_extract_leaves_the_record_byte_identical(
    tmp_path: Path, content: str | bytes | None, message: str
) -> None:
    shutil.copytree(UNVOTES, tmp_path / "unvotes")
    src = tmp_path / "ga"
    if content is None:
        shutil.copytree(INVALID, src)
    else:
        src.mkdir()
        (src / "74.json").write_bytes(content if isinstance(content, bytes) else content.encode())
    out = tmp_path / "record"
    assert importers.main(str(tmp_path / "unvotes"), str(out)) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    with pytest.raises(ImportFailed, match=message):
        importers.import_votes(src, out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
