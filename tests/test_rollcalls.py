"""The shipped official roll calls and their normalisation."""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest

from dashboard.official import importers, rollcalls
from dashboard.official.importers import unvotes
from tests.conftest import FIXTURES, ROOT

SHARED = ROOT.parent / "shared" / "reference" / "unvotes"


@pytest.fixture(scope="module")
def rc() -> rollcalls.RollCalls:
    return rollcalls.load_rollcalls()


def test_shipped_counts_and_provenance(rc: rollcalls.RollCalls) -> None:
    assert len(rc.decisions) == 16423 and len(rc.votes) == 1085270
    assembly = rc.decisions[rc.decisions["body"] == "general_assembly"]
    assert len(assembly) == 8306 and rc.votes["rcid"].isin(assembly["rcid"]).sum() == 982334
    assert rc.decisions["source"].value_counts().to_dict() == {
        "unvotes": 6113,
        "UN extract": 2193,
        "UN Digital Library": 0,
        "hrc-voting": 6346,
        "UN HRC extract": 0,  # its 186 resolutions are all in hrc-voting: one decision each, its sponsors added
        "UN SC extract": 1538,
        "UN SC drafts": 19,
        "SC veto list": 214,
    }
    unvotes_prov = rc.provenance["sources"]["unvotes"]
    assert unvotes_prov["licence"].startswith("CC0") and "hdl:1902.1/12379" in unvotes_prov["citation"]
    assert unvotes_prov["unmapped_countries"] == []
    assert "United Nations" in rc.provenance["sources"]["UN extract"]["source"]
    assert rc.votes["iso3"].astype(str).str.fullmatch(r"[A-Z]{3}").all()


def test_a_res_69_188(rc: rollcalls.RollCalls) -> None:
    call = rollcalls.roll_call(rc, 5377)
    assert call["symbol"] == "A/RES/69/188" and str(call["date"].date()) == "2014-12-18"
    rows = rollcalls.breakdown(rc, 5377)
    assert rollcalls.tally(rows) == {"yes": 116, "no": 20, "abstain": 53, "non_voting": 4}
    assert rollcalls.tally(rc, 5377) == rollcalls.tally(rows)
    assert len(rows) == 193 and rows["derived"].sum() == 4
    by_state = rows.set_index("iso3")["vote"]
    assert by_state["CHN"] == "no" and by_state["USA"] == "yes" and by_state["IND"] == "abstain"
    assert by_state["PRK"] == "no"


def test_members_follow_admission_within_a_session(rc: rollcalls.RollCalls) -> None:
    # Timor-Leste was admitted on 27 September 2002, in session 57: it votes in that session, but a
    # roll call before its first recorded vote does not count it as an absent member.
    calls = rc.decisions
    first_tls = rc.votes.loc[rc.votes["iso3"] == "TLS", "rcid"].min()
    first_date = calls.loc[calls["rcid"] == first_tls, "date"].iloc[0]
    assert first_date >= pd.Timestamp("2002-09-27")
    earlier = calls[(calls["session"] == 57) & (calls["date"] < first_date)]["rcid"]
    assert len(earlier) == 2
    assert "TLS" in rollcalls.members_of_session(rc, 57)
    assert "TLS" not in rollcalls.members_at(rc, int(earlier.iloc[0]))
    assert "TLS" not in set(rollcalls.breakdown(rc, int(earlier.iloc[0]))["iso3"])
    assert "TLS" in rollcalls.members_at(rc, int(first_tls))


def test_mojibake_repaired_or_flagged(rc: rollcalls.RollCalls) -> None:
    calls = rc.decisions.set_index("rcid")
    # rcid 4604 (2005): "People?Ã†s" in the source; ftfy gives "?Æs", the lost apostrophe rule ’s
    assert calls.loc[4604, "title"] == "Situation of human rights in the Democratic People’s Republic of Korea"
    assert calls.loc[4604, "title_raw"] == (  # the catalogue's tail off the title, kept in title_raw
        "Situation of human rights in the Democratic People’s Republic of Korea : resolution / adopted by the General Assembly"
    )
    assert calls.loc[4604, "short"] == "Situation of human rights in the Democratic People’s Republi"
    assert calls.loc[4604, "text_repaired"] and not calls.loc[4604, "text_damaged"]
    assert calls.loc[2880, "title"] == "Bilateral nuclear-arms and space-arms negotiations"
    assert calls.loc[6020, "title"].startswith(
        "The President: Draft resolution N is entitled “The nuclear-weapon-free southern hemisphere and adjacent areas”."
    )
    # what cannot be restored is shown as � and flagged
    assert calls.loc[2263, "short"] == "DISARMAMENT, D�TENTE" and calls.loc[2263, "text_damaged"]
    text = rc.decisions["title"] + " " + rc.decisions["short"]
    assert not text.str.contains(r"Ã|Â|Æ|<d3>|<90>|\\|\t", regex=True).any()
    assert text.str.contains("�").sum() == rc.decisions["text_damaged"].sum() == 5
    assert rc.provenance["sources"]["unvotes"]["text_damaged_rcids"] == [2263, 5137, 5888, 5977, 6036]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("People?Ã†s Republic", ("People’s Republic", True, False)),
        ("Long?term trends", ("Long-term trends", True, False)),
        ("May I? Yes?no", ("May I? Yes�no", True, True)),  # ? used as punctuation: not a hyphen
        ("entitled_Small arms<d3>.", ("entitled “Small arms”.", True, False)),
        ("WORDS \\\\NINE\\\\ TO", ('WORDS "NINE" TO', True, False)),
        ('CHANGE.\\"\t0\t0\t1', ('CHANGE."', True, False)),
        ("Plain title", ("Plain title", False, False)),
        ("Côte d’Ivoire", ("Côte d’Ivoire", False, False)),
    ],
)
def test_repair_text(raw: str, expected: tuple[str, bool, bool]) -> None:
    assert rollcalls.repair_text(raw) == expected


def test_historical_states(rc: rollcalls.RollCalls) -> None:
    names = rc.names
    for code, name in [
        ("CSK", "Czechoslovakia"),
        ("YUG", "Yugoslavia"),
        ("DDR", "German Democratic Republic"),
        ("YMD", "Yemen People's Republic"),
        ("XZZ", "Zanzibar"),
        ("SCG", "Serbia and Montenegro"),
        ("SRB", "Serbia"),
    ]:
        assert names[code] == name
    # the record's "Yugoslavia" follows the state at the date
    dated = rc.votes.merge(rc.decisions[["rcid", "date"]], on="rcid")
    span = dated.groupby(dated["iso3"].astype(str))["date"].agg(["min", "max"])
    assert span.loc["YUG", "max"] < pd.Timestamp("2003-02-04") <= span.loc["SCG", "min"]
    assert span.loc["SCG", "max"] < pd.Timestamp("2006-06-03") <= span.loc["SRB", "min"]
    assert span.loc["DEU", "min"] < pd.Timestamp("1990-10-03") and span.loc["DDR", "max"] < pd.Timestamp("1990-10-03")
    assert not rc.votes.duplicated(["rcid", "iso3"]).any()
    assert rollcalls.iso3_of("", "Federal Republic of Germany") == "DEU"
    assert rollcalls.iso3_of("", "Yemen Arab Republic") == "YEM"
    assert rollcalls.iso3_of("", "Zanzibar") == "XZZ"
    assert rollcalls.iso3_of("KP", "North Korea") == "PRK"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("R/69/188", "A/RES/69/188"),
        ("A/RES/71/5", "A/RES/71/5"),
        ("SS/1/59", "A/RES/S-1/59"),
        ("ES/10/2", "A/RES/ES-10/2"),
        ("", None),
        ("GOAR/1/1288B", "GOAR/1/1288B"),
    ],
)
def test_symbols(raw: str, expected: str | None) -> None:
    assert rollcalls.normalise_symbol(raw) == expected


def test_search_filters(rc: rollcalls.RollCalls) -> None:
    found = rollcalls.find_rollcalls(rc, text="Democratic People's Republic of Korea", topic="Human rights")
    assert {"A/RES/60/173", "A/RES/69/188", "A/RES/70/172"} <= set(found["symbol"])
    assert set(rollcalls.find_rollcalls(rc, text="A/RES/69/188")["rcid"]) == {5377}
    in_2014 = rollcalls.find_rollcalls(rc, year_range=(2014, 2014))
    assert in_2014["year"].eq(2014).all() and len(in_2014) == (rc.decisions["year"] == 2014).sum() > 0
    assert set(rollcalls.find_rollcalls(rc, session=69)["session"]) == {69}
    important = rollcalls.find_rollcalls(rc, important=True)
    assert important["important"].all() and 0 < len(important) < len(rc.decisions)


def test_series_of_the_dprk_resolution(rc: rollcalls.RollCalls) -> None:
    table = rollcalls.series(rc, "Situation of human rights in the Democratic People", "PRK")
    assert list(table["year"]) == [2005, 2006, 2007, 2008, 2009, 2010, 2011, 2014, 2015, *range(2019, 2026)]
    assert set(table.loc[table["year"] <= 2015, "vote"]) == {"no"}
    assert set(table.loc[table["year"] >= 2019, "vote"]) == {"adopted without a vote"}
    assert table.loc[table["year"] >= 2019, "symbol"].tolist() == [
        "A/RES/74/166", "A/RES/75/190", "A/RES/76/177", "A/RES/77/226", "A/RES/78/218", "A/RES/79/181", "A/RES/80/220"
    ]  # fmt: skip
    assert table.loc[table["year"] == 2024, "sponsors"].item() == 61  # 46 sponsors and 15 additional sponsors
    assert table.loc[table["year"] >= 2019, "yes"].isna().all()  # no tally: not a tally of zero
    assert table.loc[table["year"] == 2014, ["symbol", "yes", "no", "abstain"]].values.tolist() == [
        ["A/RES/69/188", 116, 20, 53]
    ]
    ssd = rollcalls.series(rc, "Situation of human rights in the Democratic People", "SSD")
    assert ssd.loc[ssd["year"] == 2005, "vote"].item() == "not a member"


def test_series_of_a_state_that_never_voted_warns_nothing(rc: rollcalls.RollCalls) -> None:
    """No vote of its own: the state's column is all derived, with no pandas warning (filling a float
    column of missing values with strings is deprecated)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        table = rollcalls.series(rc, "Situation of human rights in the Democratic People", "XXX")
    assert str(table["vote"].dtype) == "str" and table["vote"].notna().all()
    assert set(table["vote"]) == {"not a member", "adopted without a vote"}


def test_members_are_derived_per_session(rc: rollcalls.RollCalls) -> None:
    assert len(rollcalls.members_of_session(rc, 69)) == 193
    # 2020–2026: 193 members, Venezuela (Article 19) and Afghanistan among them though they cast no vote
    assert len(rollcalls.members_of_session(rc, 80)) == 193
    assert {"VEN", "AFG"} <= rollcalls.members_of_session(rc, 80)


def test_votes_csv_has_every_vote(rc: rollcalls.RollCalls) -> None:
    data = rollcalls.votes_csv_bytes(rc)
    assert data.count(b"\n") == len(rc.votes) + 1
    assert data.startswith(b"rcid,date,symbol,title,iso3,country,vote,source")


@pytest.mark.parametrize("iso3", ["CHN", "XZZ", "DDR", "ZZZ"])
def test_one_states_csv_is_its_rows_of_the_whole_record(rc: rollcalls.RollCalls, iso3: str) -> None:
    """The one-state path (only its decisions formatted) writes the same bytes as the whole record's rows."""
    whole = rollcalls.votes_csv(rc)
    one = rollcalls.votes_csv_bytes(rc, iso3)
    assert one == whole.to_bytes(rollcalls.state_rows(rc, iso3))
    assert one.count(b"\r\n") == 1 + int((rc.votes["iso3"] == iso3).sum())


def test_rebuild_from_the_reference_matches_the_shipped_tables(tmp_path: Path, rc: rollcalls.RollCalls) -> None:
    if not SHARED.exists():
        pytest.fail(f"{SHARED} is missing: the project expects ../shared beside it")
    others = ("hrc-voting", "hrc-resolutions", "sc-resolutions", "sc-vetoes")
    for path in (SHARED, SHARED.parent / "ga-resolutions-74-80", SHARED.parent / "idealpoints", *(
        SHARED.parent / name for name in others
    )):
        assert importers.main(str(path), str(tmp_path / "record")) == 0
    rebuilt = rollcalls.load_rollcalls(tmp_path / "record")
    for name in ("decisions", "votes", "members", "sponsorships", "countries", "idealpoints"):
        pd.testing.assert_frame_equal(getattr(rebuilt, name), getattr(rc, name))
    for prov in (rebuilt.provenance, rc.provenance):
        for entry in prov["sources"].values():
            entry.pop("path", None)
            for key in ("comparison", "defects"):  # the HRC comparison and the defects name the files read
                if isinstance(entry.get(key), dict):
                    entry[key].pop("path", None)
    assert rebuilt.provenance == rc.provenance


def test_shipped_files_are_compact() -> None:
    sizes = {p.name: p.stat().st_size for p in rollcalls.ROLLCALL_DIR.glob("*.parquet")}
    assert set(sizes) == {f"{n}.parquet" for n in ("decisions", "votes", "members", "countries", "sponsorships")} | {
        "idealpoints.parquet"
    }
    assert sum(sizes.values()) < 1_900_000  # 1.3 MB for the Assembly alone; 1.69 MB with the other bodies
    rc = rollcalls.load_rollcalls()
    assert str(rc.votes["vote"].dtype) == "category" and list(rc.votes["vote"].cat.categories) == rollcalls.VOTE_VALUES
    assert str(rc.votes["iso3"].dtype) == "category" and str(rc.votes["rcid"].dtype) == "int32"


def test_provenance(rc: rollcalls.RollCalls) -> None:
    prov = rc.provenance
    unvotes_prov = prov["sources"]["unvotes"]
    assert "7eb7034" in unvotes_prov["version"] and "hdl:1902.1/12379" in unvotes_prov["source"]
    assert (prov["decisions"], prov["roll_calls"], prov["without_vote"], prov["method_unknown"]) == (
        8306,
        6844,
        1458,
        4,
    )
    assert (prov["votes"], prov["first_date"], prov["last_date"]) == (982334, "1946-01-01", "2026-06-04")
    assert prov["session_74_comparison"] == {"decisions": 90, "votes": 16174, "disagreements": 0, "examples": []}
    assert {"countries", "symbols", "text", "non_voting"} <= set(unvotes_prov["normalisation"])
    assert "42a69b67" in prov["sources"]["UN extract"]["version"]


def test_build_from_small_unvotes_fixture(tmp_path: Path) -> None:
    tables = unvotes.build_from_unvotes(FIXTURES / "undl" / "unvotes", tmp_path)
    assert set(tables.votes["iso3"].astype(str)) == {"USA", "CHN", "IND", "DEU"}
    assert tables.decisions["symbol"].tolist() == ["A/RES/69/188", "A/RES/69/200"]
    assert tables.decisions["topics"].tolist() == ["Human rights", ""]
    assert tables.decisions["important"].tolist() == [True, False]
    assert tables.decisions["title"].iloc[0].endswith("People’s Republic of Korea")
    # India voted in session 69 (rcid 1) but not on rcid 2, a day later: a derived non-voting member;
    # Germany's first vote is rcid 2, so it is not counted as absent on rcid 1
    assert rollcalls.tally(tables, 2) == {"yes": 2, "no": 1, "abstain": 0, "non_voting": 1}
    assert rollcalls.tally(tables, 1) == {"yes": 1, "no": 1, "abstain": 1, "non_voting": 0}
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "countries.parquet",
        "decisions.parquet",
        "members.parquet",
        "provenance.json",
        "sponsorships.parquet",
        "votes.parquet",
    ]


def test_bad_unvotes_table_names_file_row_and_column(tmp_path: Path) -> None:
    import gzip
    import shutil

    src = tmp_path / "src"
    shutil.copytree(FIXTURES / "undl" / "unvotes", src)
    with gzip.open(src / "un_votes.csv.gz", "at") as f:
        f.write("2,India,IN,maybe\n")
    with pytest.raises(rollcalls.SourceError, match=r"un_votes.csv.gz:row 8:vote: unknown vote 'maybe'"):
        unvotes.build_from_unvotes(src, tmp_path / "out")
    assert not (tmp_path / "out").exists()
