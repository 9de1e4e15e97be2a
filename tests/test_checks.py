"""Each kind of problem gives its own message naming file, record and field."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dashboard.curated import checks
from dashboard.curated.load import Yaml12Loader, read_dataset
from tests.conftest import FIXTURES


def problems_of(root: Path) -> list[str]:
    _, problems = read_dataset(root / "data", root / "seeds")
    return [str(p) for p in problems]


def edit(root: Path, table: str, record_id: str, **changes: object) -> None:
    path = root / "data" / f"{table}.yaml"
    rows = yaml.load(path.read_text(encoding="utf-8"), Loader=Yaml12Loader)
    for row in rows:
        if row["id"] == record_id:
            row.update(changes)
    path.write_text(yaml.safe_dump(rows, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_curated_data_validates() -> None:
    dataset, problems = read_dataset()
    assert [str(p) for p in problems] == []
    assert len(dataset.frames["events"]) >= 10


@pytest.mark.parametrize(
    ("table", "record_id", "changes", "expected"),
    [
        ("actors", "CHN", {"id": "CHX"}, "data/actors.yaml:CHX:id: 'CHX' is not an ISO 3166-1 alpha-3 code"),
        (
            "votes",
            "ga3-2014-dprk-chn",
            {"country_iso3": "ZZZ"},
            "votes.yaml:ga3-2014-dprk-chn:country_iso3: 'ZZZ' is not",
        ),
        (
            "events",
            "ga3-2014-dprk-resolution",
            {"no": 8},
            "ga3-2014-dprk-resolution:no: 9 states are named voting no but the tally says 8",
        ),
        (
            "events",
            "ga3-2014-dprk-resolution",
            {"yes": 150},
            "ga3-2014-dprk-resolution:yes: tally 224 exceeds the 193 seats",
        ),
        (
            "votes",
            "ga3-2014-dprk-chn",
            {"event_id": "no-such-event"},
            "votes.yaml:ga3-2014-dprk-chn:event_id: unknown event id 'no-such-event'",
        ),
        (
            "positions",
            "chn-dissociates-hrc-2017",
            {"actor_id": "nobody"},
            "chn-dissociates-hrc-2017:actor_id: unknown actor id 'nobody'",
        ),
        (
            "events",
            "coi-2014-report",
            {"date": "2014-13"},
            "events.yaml:coi-2014-report:date: Value error, month must be in 1..12",
        ),
        (
            "events",
            "coi-2014-report",
            {"date": "2014-02-31", "date_precision": "day"},
            "coi-2014-report:date: Value error, day is out of range",
        ),
        (
            "events",
            "coi-2014-report",
            {"date_precision": "day"},
            "coi-2014-report:date_precision: 'day' does not match the date '2014-02'",
        ),
        (
            "events",
            "hrc-2017-dprk-resolution",
            {"yes": 40},
            "hrc-2017-dprk-resolution:method: a tally is given, so the method is recorded_vote",
        ),
        (
            "events",
            "ga3-2014-cuba-amendment",
            {"relation": None},
            "ga3-2014-cuba-amendment:relation: parent_event_id and relation go together",
        ),
        (
            "positions",
            "mun-jong-chol-lies",
            {"statement": "lies and more lies"},
            "mun-jong-chol-lies:statement: not in its evidence",
        ),
        ("votes", "ga3-2014-dprk-rus", {"id": "ga3-2014-dprk-chn"}, "votes.yaml:ga3-2014-dprk-chn:id: duplicate id"),
        (
            "votes",
            "ga3-2014-dprk-rus",
            {"country_iso3": "CHN"},
            "ga3-2014-dprk-resolution/CHN:country_iso3: CHN has 2 votes",
        ),
        (
            "links",
            "link-ga-2014-plenary-a-res-69-188",
            {"rcid": 999999},
            "link-ga-2014-plenary-a-res-69-188:rcid: roll call 999999 is not in the official record",
        ),
        (
            "links",
            "link-ga-2014-plenary-a-res-69-188",
            {"symbol": "A/RES/69/189"},
            "link-ga-2014-plenary-a-res-69-188:symbol: the record gives 'A/RES/69/188'",
        ),
    ],
)
def test_broken_copy_fails_with_its_message(
    project_copy: Path, table: str, record_id: str, changes: dict, expected: str
) -> None:
    edit(project_copy, table, record_id, **changes)
    found = problems_of(project_copy)
    assert any(expected in p for p in found), found


def test_passage_not_in_article(project_copy: Path) -> None:
    path = project_copy / "data" / "votes.yaml"
    rows = yaml.load(path.read_text(encoding="utf-8"), Loader=Yaml12Loader)
    rows[0]["evidence"][0]["quote"] = "China voted in favour of the resolution with enthusiasm."
    path.write_text(yaml.safe_dump(rows, allow_unicode=True), encoding="utf-8")
    found = problems_of(project_copy)
    assert found == [
        "data/votes.yaml:ga3-2014-dprk-chn:evidence.0.quote: passage not found in seeds/004_8681514e253d834c.txt: "
        "'China voted in favour of the resolution with enthusiasm.'"
    ] or any("evidence.0.quote: passage not found in seeds/004_8681514e253d834c.txt" in p for p in found)


def test_evidence_naming_unknown_source(project_copy: Path) -> None:
    path = project_copy / "data" / "votes.yaml"
    rows = yaml.load(path.read_text(encoding="utf-8"), Loader=Yaml12Loader)
    rows[0]["evidence"][0]["source"] = "999_0000000000000000"
    path.write_text(yaml.safe_dump(rows, allow_unicode=True), encoding="utf-8")
    assert any("evidence.0.source: unknown source '999_0000000000000000'" in p for p in problems_of(project_copy))


def test_article_without_source_record(project_copy: Path) -> None:
    (project_copy / "seeds" / "005_00000000000000ff.txt").write_text("A new article.", encoding="utf-8")
    assert any(
        p.endswith("005_00000000000000ff.txt:005_00000000000000ff:: article has no record in sources")
        for p in problems_of(project_copy)
    )


FIXTURE_CASES = {
    "events.malformed.yaml": "data/events.yaml::: malformed YAML at line",
    "events.bad_date.yaml": "data/events.yaml:bad-date-event:date: Value error, day is out of range for month",
    "votes.wrong_type.yaml": "data/votes.yaml:wrong-vote-value:vote: Input should be 'yes', 'no', 'abstain' or 'non_voting'",
    "sponsorships.not_a_list.yaml": "data/sponsorships.yaml::: expected a list of records at the top level",
    "positions.no_evidence.yaml": "data/positions.yaml:position-without-evidence:evidence: List should have at least 1 item",
    "actors.bad_iso.yaml": "data/actors.yaml:XXK:id: 'XXK' is not an ISO 3166-1 alpha-3 code",
    "links.bad_relation.yaml": "data/links.yaml:link-with-a-bad-relation:relation: Input should be 'same_vote', 'same_decision' or 'earlier_stage'",
    "sources.unknown_field.yaml": "data/sources.yaml:000_e3abfb0ff75947b4:publisher: Extra inputs are not permitted",
}


@pytest.mark.parametrize("fixture", sorted(FIXTURE_CASES))
def test_invalid_fixture_files(project_copy: Path, fixture: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each invalid fixture, put in place of (or added to) its table, gives its own clear line."""
    table = fixture.split(".")[0]
    target = project_copy / "data" / f"{table}.yaml"
    content = (FIXTURES / "invalid" / fixture).read_text(encoding="utf-8")
    replace = "malformed" in fixture or "not_a_list" in fixture or "unknown_field" in fixture
    target.write_text(content if replace else target.read_text(encoding="utf-8") + "\n" + content, encoding="utf-8")
    monkeypatch.setattr("dashboard.curated.load.ROOT", project_copy)
    found = problems_of(project_copy)
    assert any(FIXTURE_CASES[fixture] in p for p in found), found
    assert "Traceback" not in "\n".join(found)


def test_missing_file_is_named(project_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (project_copy / "data" / "votes.yaml").unlink()
    monkeypatch.setattr("dashboard.curated.load.ROOT", project_copy)
    assert "data/votes.yaml::: file is missing" in problems_of(project_copy)


def test_not_utf8_is_named(project_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (project_copy / "data" / "actors.yaml").write_bytes(b"- {id: CHN, name: \xff\xfe}\n")
    monkeypatch.setattr("dashboard.curated.load.ROOT", project_copy)
    assert any(p.startswith("data/actors.yaml::: not UTF-8 text") for p in problems_of(project_copy))


def test_yaml_no_stays_a_string(project_copy: Path) -> None:
    """`vote: no` is the vote 'no', not YAML 1.1's boolean false."""
    dataset, problems = read_dataset(project_copy / "data", project_copy / "seeds")
    assert problems == []
    assert set(dataset.frames["votes"]["vote"]) == {"no"}


def test_normalise_folds_only_space_quotes_and_dashes() -> None:
    assert checks.normalise("“It’s”  –\n fine") == '"It\'s" - fine'
    assert checks.normalise("Korea") != checks.normalise("korea")


def test_seats() -> None:
    assert checks.seats("human_rights_council", "2017-03-24") == 47
    assert checks.seats("ga_third_committee", "2014") == 193
    assert checks.seats("ga_plenary", "1990") is None
    assert checks.seats("ohchr", None) is None
