"""importers/hrc_voting.py on a small copy of hrc-voting: decisions, votes, members, outcomes, defects."""

from __future__ import annotations

from pathlib import Path

from dashboard.official import importers, rollcalls
from tests.bodies_support import decision, imported, snapshot, spoilt_copy


def test_the_dprk_resolution_of_2014_is_30_6_11_with_six_against(tmp_path: Path) -> None:
    rc = imported(tmp_path, "hrc_voting")
    call = decision(rc, "A/HRC/RES/25/25")
    assert (call["body"], call["method"], call["outcome"], call["names"]) == (
        "human_rights_council",
        "recorded_vote",
        "adopted",
        "listed",
    )
    assert call["rcid"] == 1_035_461  # 1,000,000 + the library's record_id
    assert call["title"] == "Situation of human rights in the Democratic People’s Republic of Korea"
    assert call["title_raw"].endswith(" : resolution /")
    rows = rollcalls.breakdown(rc, call["rcid"])
    assert rollcalls.tally(rows) == {"yes": 30, "no": 6, "abstain": 11, "non_voting": 0}
    assert sorted(rows.loc[rows["vote"] == "no", "iso3"]) == ["CHN", "CUB", "PAK", "RUS", "VEN", "VNM"]
    assert (call["yes_stated"], call["no_stated"], call["abstain_stated"]) == (30, 6, 11)


def test_without_a_vote_withdrawn_and_not_considered(tmp_path: Path) -> None:
    rc = imported(tmp_path, "hrc_voting")
    call = decision(rc, "A/HRC/RES/34/24")
    assert (call["method"], call["outcome"], str(call["date"].date())) == ("without_vote", "adopted", "2017-03-24")
    assert rollcalls.tallies(rc, [call["rcid"]]).iloc[0][["yes", "no", "abstain"]].isna().all()
    outcomes = rc.decisions.set_index("outcome")["method"].astype(str)
    assert outcomes.loc["withdrawn"] == "no_vote_taken" and outcomes.loc["not_considered"] == "no_vote_taken"
    assert not rc.decisions.loc[rc.decisions["outcome"].isin(["withdrawn", "not_considered"]), "yes_stated"].notna().any()


def test_absent_members_are_recorded_and_count_differences_are_noted(tmp_path: Path) -> None:
    rc = imported(tmp_path, "hrc_voting")
    absent = decision(rc, "A/HRC/RES/26/23")
    assert (rc.votes[rc.votes["rcid"] == absent["rcid"]]["vote"] == "non_voting").any()
    commission = decision(rc, "E/CN.4/RES/6(XXV)")
    assert commission["body"] == "commission_on_human_rights"
    assert "official totals are kept" in commission["note"]
    rows = rc.votes[rc.votes["rcid"] == commission["rcid"]]
    counted = [int((rows["vote"] == v).sum()) for v in ("yes", "no", "abstain")]
    assert counted != [commission["yes_stated"], commission["no_stated"], commission["abstain_stated"]]


def test_membership_comes_from_the_listed_states(tmp_path: Path) -> None:
    rc = imported(tmp_path, "hrc_voting")
    call = decision(rc, "A/HRC/RES/25/25")
    members = rollcalls.members_at(rc, call["rcid"])
    assert len(members) == 47 and "CHN" in members and "USA" in members
    without = decision(rc, "A/HRC/RES/34/24")  # 2017: no recorded vote in the fixture, membership unknown
    assert rollcalls.members_at(rc, without["rcid"]) == set()
    spans = rc.members[rc.members["body"] == "human_rights_council"]
    assert set(spans["session"]) == {2014, 2015, 2024}


def test_a_spoilt_data_js_leaves_the_record_byte_identical(tmp_path: Path) -> None:
    imported(tmp_path, "hrc_voting")
    before = snapshot(tmp_path / "record")
    copy = spoilt_copy(tmp_path, "hrc_voting")
    text = (copy / "data.js").read_text(encoding="utf-8")
    (copy / "data.js").write_text(text.replace('"v": "', '"v": "Q', 1), encoding="utf-8")
    assert importers.main(str(copy), str(tmp_path / "record")) == 1
    assert snapshot(tmp_path / "record") == before


def test_a_truncated_resolutions_csv_fails_naming_file_and_column(tmp_path: Path, capsys) -> None:
    copy = spoilt_copy(tmp_path, "hrc_voting")
    lines = (copy / "resolutions.csv").read_text(encoding="utf-8").splitlines()
    (copy / "resolutions.csv").write_text(lines[0].replace("vote_type", "vote_kind") + "\n", encoding="utf-8")
    assert importers.main(str(copy), str(tmp_path / "record")) == 1
    err = capsys.readouterr().err
    assert "resolutions.csv" in err and "nothing was changed" in err
    assert not (tmp_path / "record").exists()
