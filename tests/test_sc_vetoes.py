"""importers/sc_vetoes.py on a small copy of the veto list: vetoers only, no tally, the USSR as RUS, as the whole record codes it."""

from __future__ import annotations

from pathlib import Path

from dashboard.official import importers, rollcalls
from tests.bodies_support import decision, imported, snapshot, spoilt_copy


def test_s_2022_431_has_china_and_russia_as_vetoers_and_no_tally(tmp_path: Path) -> None:
    rc = imported(tmp_path, "sc_vetoes")
    call = decision(rc, "S/2022/431")
    assert (call["outcome"], call["vetoed_by"], call["names"]) == ("vetoed", "CHN; RUS", "vetoers only")
    assert rollcalls.tallies(rc, [call["rcid"]]).iloc[0][["yes", "no", "abstain"]].isna().all()
    assert rollcalls.breakdown(rc, call["rcid"]).empty  # no other member's vote in the record
    rows = rc.votes[rc.votes["rcid"] == call["rcid"]]
    assert sorted(rows["iso3"].astype(str)) == ["CHN", "RUS"] and set(rows["vote"]) == {"no"}


def test_the_ussr_is_rus_and_the_disagreeing_flags_are_reported(tmp_path: Path) -> None:
    rc = imported(tmp_path, "sc_vetoes")
    soviet = rc.decisions[rc.decisions["date"].dt.year == 1946]
    assert set(soviet["vetoed_by"]) == {"RUS"} and len(soviet) == 3  # S/PV.49 three times: three decisions
    assert "SUN" not in rc.names and not (rc.votes["iso3"] == "SUN").any()
    defects = rc.provenance["sources"]["SC veto list"]["defects"]
    assert any("0/1 member columns disagree" in d and "S/8761" in d for d in defects)
    assert decision(rc, "S/8761")["vetoed_by"] == "RUS"


def test_a_draft_in_the_xml_is_one_decision_with_the_xml_votes(tmp_path: Path) -> None:
    copy = spoilt_copy(tmp_path, "sc_vetoes")  # a veto row for S/2024/255, which the XML also holds
    text = (copy / "unsc_vetoes_1946_sept2022.csv").read_text(encoding="utf-8").splitlines()
    row = next(line for line in text if "S/2022/431" in line).replace("S/2022/431", "S/2024/255")
    (copy / "unsc_vetoes_1946_sept2022.csv").write_text("\n".join([*text, row]) + "\n", encoding="utf-8")
    imported(tmp_path, "sc_resolutions")
    assert importers.main(str(copy), str(tmp_path / "record")) == 0
    rc = rollcalls.load_rollcalls(tmp_path / "record")
    call = decision(rc, "S/2024/255")
    assert (call["source"], call["names"], call["vetoed_by"]) == ("UN SC drafts", "listed", "RUS")
    assert len(rc.votes[rc.votes["rcid"] == call["rcid"]]) == 15


def test_a_spoilt_veto_list_leaves_the_record_byte_identical(tmp_path: Path, capsys) -> None:
    imported(tmp_path, "sc_vetoes")
    before = snapshot(tmp_path / "record")
    copy = spoilt_copy(tmp_path, "sc_vetoes")
    path = copy / "unsc_vetoes_1946_sept2022.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("5/26/2022", "26 May 2022"), encoding="utf-8")
    assert importers.main(str(copy), str(tmp_path / "record")) == 1
    assert ":date: not M/D/YYYY" in capsys.readouterr().err
    assert snapshot(tmp_path / "record") == before
