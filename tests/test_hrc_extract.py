"""importers/hrc_extract.py on a small copy of the UN HRC extract, merged with the hrc-voting fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.official import importers, rollcalls
from dashboard.official.importers.common import ImportFailed
from dashboard.official.importers.hrc_extract import read_objects
from tests.bodies_support import FIXTURES, decision, imported, snapshot, spoilt_copy


def test_stray_quotes_are_skipped_and_anything_else_fails_with_the_offset(tmp_path: Path) -> None:
    objects, strays = read_objects(FIXTURES / "hrc_resolutions" / "55session.json")
    assert [o["symbol"] for o in objects] == ["A/HRC/RES/55/1", "A/HRC/RES/55/21"] and strays == 4
    spoilt = tmp_path / "55session.json"
    spoilt.write_text('"{"symbol": "x"}"\nnot json\n', encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"55session.json:offset 0:symbol: missing|offset \d+"):
        read_objects(spoilt)
    spoilt.write_text('"{"symbol": "A/HRC/RES/55/1"}" x', encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"55session.json:offset"):
        read_objects(spoilt)


def test_the_2024_dprk_resolution_has_its_sponsors_and_no_vote(tmp_path: Path) -> None:
    rc = imported(tmp_path, "hrc_voting", "hrc_resolutions")
    call = decision(rc, "A/HRC/RES/55/21")
    assert (call["method"], call["outcome"], call["source"]) == ("without_vote", "adopted", "hrc-voting")
    sponsors = rollcalls.sponsors_of(rc, call["rcid"])
    assert len(sponsors) == 44 and {"USA", "KOR", "ALB"} <= set(sponsors["iso3"].dropna())
    assert rollcalls.breakdown(rc, call["rcid"]).empty


def test_the_comparison_with_hrc_voting_is_kept_in_provenance(tmp_path: Path) -> None:
    rc = imported(tmp_path, "hrc_voting", "hrc_resolutions")
    comparison = rc.provenance["sources"]["UN HRC extract"]["comparison"]
    assert comparison["resolutions_in_both"] == 2 and comparison["only_in_extract"] == 0
    assert comparison["listed"] == []  # 55/1 agrees state by state (the full run finds 9 differences elsewhere)
    call = decision(rc, "A/HRC/RES/55/1")
    assert rc.votes[rc.votes["rcid"] == call["rcid"]]["vote"].value_counts().to_dict()["yes"] == 21


def test_an_extract_without_hrc_voting_fails_clearly(tmp_path: Path, capsys) -> None:
    assert importers.main(str(FIXTURES / "hrc_resolutions"), str(tmp_path / "record")) == 1
    assert "no hrc-voting" in capsys.readouterr().err


def test_a_spoilt_extract_leaves_the_record_byte_identical(tmp_path: Path, capsys) -> None:
    imported(tmp_path, "hrc_voting", "hrc_resolutions")
    before = snapshot(tmp_path / "record")
    copy = spoilt_copy(tmp_path, "hrc_resolutions")
    text = (copy / "55session.json").read_text(encoding="utf-8")
    (copy / "55session.json").write_text(text + "garbage", encoding="utf-8")
    assert importers.main(str(copy), str(tmp_path / "record")) == 1
    assert "55session.json:offset" in capsys.readouterr().err
    assert snapshot(tmp_path / "record") == before
