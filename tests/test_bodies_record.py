"""The shipped record of three bodies: the issue's numbers, and imports that keep the other bodies' rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.official import check, importers, rollcalls
from dashboard.official.titles import clean_title
from tests.bodies_support import FIXTURES, decision, imported


@pytest.fixture(scope="module")
def rc() -> rollcalls.RollCalls:
    return rollcalls.load_rollcalls()


def test_the_issue_s_council_numbers(rc: rollcalls.RollCalls) -> None:
    call = decision(rc, "A/HRC/RES/25/25")
    rows = rollcalls.breakdown(rc, call["rcid"])
    assert rollcalls.tally(rows) == {"yes": 30, "no": 6, "abstain": 11, "non_voting": 0}
    assert sorted(rows.loc[rows["vote"] == "no", "iso3"]) == ["CHN", "CUB", "PAK", "RUS", "VEN", "VNM"]
    for symbol in ("A/HRC/RES/34/24", "A/HRC/RES/55/21"):
        assert (decision(rc, symbol)["method"], decision(rc, symbol)["outcome"]) == ("without_vote", "adopted")
    assert len(rollcalls.sponsors_of(rc, decision(rc, "A/HRC/RES/55/21")["rcid"])) == 44
    dprk = rollcalls.find_rollcalls(
        rc, "Situation of human rights in the Democratic People's Republic of Korea", body="human_rights_council"
    )
    assert set(range(2008, 2027)) <= set(dprk["year"])


def test_the_issue_s_security_council_numbers(rc: rollcalls.RollCalls) -> None:
    veto = decision(rc, "S/2024/255")
    rows = rollcalls.breakdown(rc, veto["rcid"])
    assert rollcalls.tally(rows) == {"yes": 13, "no": 1, "abstain": 1, "non_voting": 0}
    assert (veto["vetoed_by"], rows.set_index("iso3").at["CHN", "vote"]) == ("RUS", "abstain")
    assert rollcalls.tally(rc, decision(rc, "S/RES/2397 (2017)")["rcid"]) == {
        "yes": 15, "no": 0, "abstain": 0, "non_voting": 0
    }  # fmt: skip
    panel = decision(rc, "S/2022/431")
    assert (panel["vetoed_by"], panel["names"]) == ("CHN; RUS", "vetoers only")
    assert rollcalls.tallies(rc, [panel["rcid"]]).iloc[0][["yes", "no", "abstain"]].isna().all()
    assembly = rollcalls.tallies(rc, [5377]).iloc[0]
    assert (assembly["yes"], assembly["no"], assembly["abstain"]) == (116, 20, 53)  # A/RES/69/188


def test_every_decision_has_a_body_and_ids_stay_in_their_ranges(rc: rollcalls.RollCalls) -> None:
    from dashboard.official.bodies import ID_RANGES

    counts = rc.decisions["body"].value_counts().to_dict()
    assert counts == {
        "general_assembly": 8306,
        "human_rights_council": 3264,
        "commission_on_human_rights": 3082,
        "security_council": 1771,
    }
    for source, (low, high) in ID_RANGES.items():
        ids = rc.decisions.loc[rc.decisions["source"] == source, "rcid"]
        assert ids.between(low, high).all(), source
    assert not rc.decisions.loc[rc.decisions["source"] == "unvotes", "outcome"].astype(str).ne("").any()
    assert set(rc.provenance["bodies"]) == set(counts)
    assert rc.provenance["sources"]["hrc-voting"]["licence"].startswith("PolyForm Noncommercial")


def test_titles_lose_the_catalogue_tail_and_keep_the_raw_title() -> None:
    assert clean_title("Terms of reference : resolution /") == "Terms of reference"
    assert clean_title("Oceans : resolution / adopted by the General Assembly") == "Oceans"
    assert clean_title("X : follow-up to resolution 8/4 : resolution /") == "X : follow-up to resolution 8/4"
    assert clean_title("Without a tail") == "Without a tail"


def test_validate_passes_and_catches_a_vote_by_a_non_member(tmp_path: Path) -> None:
    record = imported(tmp_path, "sc_resolutions")
    assert check.check_rollcalls(tmp_path / "record") == []
    iso3 = record.votes["iso3"].astype(str)
    iso3.iloc[0] = "KIR"  # not on the Council that year
    record.votes["iso3"] = iso3.astype("category")
    rollcalls.write_tables(record, tmp_path / "spoilt")
    assert any("KIR votes but is not a member" in p for p in check.check_rollcalls(tmp_path / "spoilt"))


def test_an_assembly_import_keeps_the_other_bodies(tmp_path: Path) -> None:
    imported(tmp_path, "hrc_voting", "sc_vetoes")
    assert importers.main(str(FIXTURES / "undl" / "unvotes"), str(tmp_path / "record")) == 0
    rc = rollcalls.load_rollcalls(tmp_path / "record")
    assert set(rc.decisions["body"].astype(str)) == {
        "general_assembly", "human_rights_council", "commission_on_human_rights", "security_council"
    }  # fmt: skip
    assert decision(rc, "S/2022/431")["vetoed_by"] == "CHN; RUS"
    assert set(rc.members["body"].astype(str)) >= {"general_assembly", "human_rights_council", "security_council"}
