"""importers/sc_extract.py on a small copy of the SC extract and three not-adopted drafts."""

from __future__ import annotations

from pathlib import Path

from dashboard.official import importers, rollcalls
from tests.bodies_support import decision, imported, snapshot, spoilt_copy


def test_s_res_2397_is_unanimous_15_0_0(tmp_path: Path) -> None:
    rc = imported(tmp_path, "sc_resolutions")
    call = decision(rc, "S/RES/2397 (2017)")
    assert (call["rcid"], call["body"], call["method"], call["outcome"]) == (
        3_002_397,
        "security_council",
        "recorded_vote",
        "adopted",
    )
    assert rollcalls.tally(rc, call["rcid"]) == {"yes": 15, "no": 0, "abstain": 0, "non_voting": 0}
    assert (call["meeting"], str(call["date"].date())) == ("S/PV.8151", "2017-12-22")


def test_the_2024_veto_of_the_dprk_panel_is_13_1_1(tmp_path: Path) -> None:
    rc = imported(tmp_path, "sc_resolutions")
    call = decision(rc, "S/2024/255")
    assert (call["outcome"], call["vetoed_by"], call["meeting"]) == ("vetoed", "RUS", "S/PV.9591")
    rows = rollcalls.breakdown(rc, call["rcid"])
    assert rollcalls.tally(rows) == {"yes": 13, "no": 1, "abstain": 1, "non_voting": 0}
    assert rows.set_index("iso3").loc[["RUS", "CHN"], "vote"].tolist() == ["no", "abstain"]


def test_defects_are_handled_and_flagged(tmp_path: Path) -> None:
    rc = imported(tmp_path, "sc_resolutions")
    assert (rc.decisions["symbol"] == "S/RES/2820 (2026)").sum() == 1  # two lines, one decision
    assert decision(rc, "S/RES/2723 (2024)")["date"].strftime("%Y-%m-%d") == "2024-01-30"  # 2024-01-30 00:00:00
    assert "names 12" in decision(rc, "S/RES/2756 (2024)")["note"]  # "Adopted 13-0-2" but 12 names in favour
    china_twice = decision(rc, "S/2023/638")  # the XML names China in favour and abstaining
    assert rc.votes[(rc.votes["rcid"] == china_twice["rcid"]) & (rc.votes["iso3"] == "CHN")]["vote"].tolist() == [
        "abstain"
    ]
    empty = decision(rc, "S/2025/353")  # an empty <voting>: the vetoer from the outcome's words
    assert (empty["names"], empty["vetoed_by"]) == ("vetoers only", "USA")
    assert rollcalls.tallies(rc, [empty["rcid"]]).iloc[0][["yes", "no", "abstain"]].isna().all()
    defects = " ".join(rc.provenance["sources"]["UN SC extract"]["defects"])
    assert "GA extract keys" in defects and "sponsors unknown" in defects


def test_membership_is_the_year_s_lists_and_the_permanent_five(tmp_path: Path) -> None:
    rc = imported(tmp_path, "sc_resolutions")
    members = rollcalls.members_at(rc, decision(rc, "S/RES/2397 (2017)")["rcid"])
    assert len(members) == 15 and {"CHN", "FRA", "GBR", "RUS", "USA", "JPN"} <= members


def test_a_spoilt_line_leaves_the_record_byte_identical(tmp_path: Path, capsys) -> None:
    imported(tmp_path, "sc_resolutions")
    before = snapshot(tmp_path / "record")
    copy = spoilt_copy(tmp_path, "sc_resolutions")
    with (copy / "2017.json").open("a", encoding="utf-8") as handle:
        handle.write('{"symbol": "S/RES/9999 (2017)"\n')
    assert importers.main(str(copy), str(tmp_path / "record")) == 1
    assert "2017.json:line 2" in capsys.readouterr().err
    assert snapshot(tmp_path / "record") == before
