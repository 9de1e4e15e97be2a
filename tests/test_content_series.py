"""The series page's computation (dashboard/app/content/series.py), on the shipped record."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.app.content import series
from dashboard.official import rollcalls


@pytest.fixture(scope="module")
def rc() -> rollcalls.RollCalls:
    return rollcalls.load_rollcalls()


def test_assembly_years_of_japan(rc: rollcalls.RollCalls) -> None:
    _, years = series.assembly_years(rc, "JPN")
    view = series.assembly_view(years)
    assert list(view["year"]) == list(range(2005, 2026))
    gaps = view[view["symbol"].isna()]
    assert list(gaps["year"]) == [2012, 2013, 2016, 2017, 2018] and set(gaps["how"]) == {series.NOT_COVERED}
    row = view[view["symbol"] == "A/RES/69/188"].iloc[0]
    assert (row["yes"], row["no"], row["abstain"], row["position"]) == (116, 20, 53, "yes")
    assert view["position"].iloc[-1] == "sponsor" and row["open"] == "/rollcalls?symbol=A%2FRES%2F69%2F188"
    csv = series.assembly_csv(view, "Japan")
    assert "open" not in csv.columns and set(csv["state"]) == {"Japan"} and len(csv) == 21


def test_the_shown_table_says_nothing_with_a_dash_never_none(rc: rollcalls.RollCalls) -> None:
    """Streamlit draws a missing cell as "None": a year neither source covers, a vote's sponsor count."""
    view = series.assembly_view(series.assembly_years(rc, "JPN")[1])
    shown = series.assembly_shown(view).set_index("year")
    assert list(shown.columns) == series.ASSEMBLY_COLUMNS[1:] and shown["open"].isna().sum() == 5  # no link
    gap = shown.loc[2012]
    assert (gap["symbol"], gap["position"], gap["date"], gap["yes"]) == ("—", "—", "—", "—")
    assert gap["how"] == series.NOT_COVERED
    voted = shown.loc[2014]
    assert (voted["symbol"], voted["yes"], voted["sponsors"], voted["date"]) == ("A/RES/69/188", "116", "—", "2014-12-18")
    assert shown.loc[2025, "sponsors"] != "—" and shown.loc[2025, "yes"] == "—"
    text = shown.drop(columns="open")
    assert not text.isna().any().any() and not text.isin(["None", "nan", "<NA>", ""]).any().any()
    assert series.assembly_csv(view, "Japan").loc[lambda t: t["year"] == 2012, "symbol"].isna().all()  # CSV: empty


def test_china_did_not_sponsor(rc: rollcalls.RollCalls) -> None:
    view = series.assembly_view(series.assembly_years(rc, "CHN")[1])
    assert set(view.loc[view["year"] >= 2019, "position"]) == {"not a sponsor"}
    assert set(view.loc[view["year"].between(2005, 2011), "position"]) == {"no"}


def test_state_options_by_name(rc: rollcalls.RollCalls) -> None:
    states = series.state_options(rc)
    assert states["ZAF"] == rc.names["ZAF"] and list(states.values()) == sorted(states.values(), key=str)


# --- The DPRK across bodies (issue 16, item 1)


def own_vote(rc: rollcalls.RollCalls, symbol: str, iso3: str) -> str | None:
    """The state's vote row on a decision, read straight from the record (None where it has none)."""
    rcid = rc.decisions.loc[rc.decisions["symbol"] == symbol, "rcid"]
    rows = rc.votes[rc.votes["rcid"].isin(rcid) & (rc.votes["iso3"] == iso3)]
    return str(rows["vote"].iloc[0]) if len(rows) else None


@pytest.fixture(scope="module")
def zaf(rc: rollcalls.RollCalls) -> pd.DataFrame:
    return series.across_bodies(rc, "ZAF")


COUNCIL = {2008: "A/HRC/RES/7/15", 2009: "A/HRC/RES/10/16", 2010: "A/HRC/RES/13/14", 2011: "A/HRC/RES/16/8",
           2014: "A/HRC/RES/25/25", 2015: "A/HRC/RES/28/22"}  # fmt: skip


def test_south_africa_in_the_council(rc: rollcalls.RollCalls, zaf: pd.DataFrame) -> None:
    council = zaf[zaf["column"] == "human_rights_council"].set_index("year")
    for year, symbol in COUNCIL.items():
        assert council.loc[year, "symbol"] == symbol and council.loc[year, "method"] == "recorded_vote"
    # A Council member 2006 – June 2010 and 2014–2019: it abstained each time; in 2011 it was not a member
    assert {y: council.loc[y, "standing"] for y in COUNCIL} == {
        2008: "abstain", 2009: "abstain", 2010: "abstain", 2011: "not_a_member", 2014: "abstain", 2015: "abstain"
    }
    for year, symbol in COUNCIL.items():  # the same as the record's rows (none in 2011: not listed)
        assert own_vote(rc, symbol, "ZAF") == (None if year == 2011 else "abstain")
    members = rollcalls.members_table(rc)
    years = members[(members["iso3"] == "ZAF") & (members["body"] == "human_rights_council")]["session"]
    assert 2011 not in set(years) and {2008, 2009, 2010, 2014, 2015} <= set(years)
    assert council.loc[2005, "body"] == "commission_on_human_rights" and council.loc[2005, "standing"] == "abstain"
    assert council.loc[2006, "standing"] == "no_decision"  # the Council's first year: no DPRK resolution
    assert council.loc[2016, ["method", "standing"]].tolist() == ["without_vote", "without_vote"]  # a member


def test_south_africa_in_the_assembly(rc: rollcalls.RollCalls, zaf: pd.DataFrame) -> None:
    assembly = zaf[(zaf["column"] == "general_assembly") & zaf["year"].between(2005, 2015)].set_index("year")
    assert list(assembly.index) == list(range(2005, 2016))
    voted = assembly[assembly["symbol"].notna()]
    assert list(voted.index) == [2005, 2006, 2007, 2008, 2009, 2010, 2011, 2014, 2015]
    for symbol, standing in zip(voted["symbol"], voted["standing"], strict=True):
        assert standing == own_vote(rc, symbol, "ZAF")  # as recorded
    assert voted.loc[2007, "standing"] == "yes" and voted.loc[2014, "standing"] == "abstain"
    gaps = assembly.loc[[2012, 2013]]
    assert set(gaps["standing"]) == {"not_covered"} and gaps["note"].str.contains("not in either source").all()


def test_the_security_council_s_dprk_decisions(rc: rollcalls.RollCalls) -> None:
    found = series.dprk_decisions(rc)
    sc = found[found["body"] == "security_council"]
    symbols = set(sc["symbol"])
    sanctions = {"S/RES/1718 (2006)", "S/RES/1874 (2009)", "S/RES/2094 (2013)", "S/RES/2270 (2016)",
                 "S/RES/2321 (2016)", "S/RES/2371 (2017)", "S/RES/2375 (2017)", "S/RES/2397 (2017)"}  # fmt: skip
    assert sanctions | {"S/2022/431", "S/2024/255"} <= symbols
    assert not sc["title"].str.contains("Iran").any()  # the other non-proliferation items stay out
    chn = series.across_bodies(rc, "CHN").set_index("symbol")
    assert chn.loc["S/2022/431", "standing"] == "no" and chn.loc["S/2022/431", "shown"] == "S/2022/431 (its veto)"
    assert chn.loc["S/2024/255", "standing"] == "abstain"
    india = series.across_bodies(rc, "IND").set_index("symbol")  # elected 2021–2022: the veto list names no other vote
    assert india.loc["S/2022/431", "standing"] == "not_named"
    assert series.across_bodies(rc, "ZAF").set_index("symbol").loc["S/2022/431", "standing"] == "not_a_member"


def test_south_africa_s_grid_and_csv(rc: rollcalls.RollCalls, zaf: pd.DataFrame) -> None:
    cells = series.grid(zaf, {"events": EVENTS, "positions": POSITIONS}).set_index("year")
    assert list(cells.index) == list(range(2005, 2027))
    assert cells.loc[2014, "human_rights_council"] == "abstained: A/HRC/RES/25/25"
    assert cells.loc[2011, "human_rights_council"] == "not a member: A/HRC/RES/16/8"
    assert cells.loc[2013, "general_assembly"] == "not in the sources"
    assert cells.loc[2013, "general_assembly_standing"] == "not_covered"
    assert cells.loc[2014, series.ARTICLES] == [("e1", "An event of 2014"), ("e2", "Undated, its parent's year")]
    html = series.grid_html(cells.reset_index())
    assert html.count("<tr") == 1 + 22 and "/breakdown?event=e1" in html
    csv = series.across_csv(rc, zaf, "ZAF")
    assert len(csv) == len(zaf) and set(csv["state"]) == {"South Africa"}
    rows = csv[csv["year"].isin(COUNCIL) & (csv["body"] == "Human Rights Council")]
    assert list(rows["position"]) == ["abstained"] * 3 + ["not a member"] + ["abstained"] * 2
    assert rows["source"].str.contains("Szoszkiewicz").all() and rows["licence"].str.contains("PolyForm").all()
    assert rows["licence"].str.contains("Required Notice").all()
    assert csv["source"].str.len().gt(0).all() and csv["body"].notna().all()
    gap = csv[(csv["year"] == 2012) & (csv["body"] == "General Assembly")].iloc[0]
    assert gap["position"] == "not in the sources" and gap["source"].startswith("searched: ")


EVENTS = pd.DataFrame(
    {"event_id": ["e1", "e2"], "body": ["human_rights_council", "ga_plenary"], "date": ["2014-03", None],
     "title": ["An event of 2014", "Undated, its parent's year"], "parent_event_id": [None, "e1"]}
)  # fmt: skip
POSITIONS = pd.DataFrame(
    {"position_id": ["p1", "p2", "p3"], "event_id": "e1", "actor_id": ["USA", "ZAF", "ZAF"],
     "statement": ["a", "b", None]}  # p3: a summary, no words quoted
)


def test_events_take_their_year() -> None:
    frames = {"events": EVENTS, "positions": POSITIONS}
    years = series.events_by_year(frames)
    assert years.set_index("event_id")["year"].to_dict() == {"e1": 2014, "e2": 2014}


@pytest.mark.parametrize("iso3", ["ZAF", "CHN", "IND", "PRK", "USA", "XXX"])
def test_the_page_s_cut_of_the_record_gives_the_same(rc: rollcalls.RollCalls, iso3: str) -> None:
    """across_bodies and assembly_years on dprk_record (with its decisions and the Assembly's series held once)
    equal the same functions on the whole record, computed the slow way."""
    small = series.dprk_record(rc)
    assert len(small.votes) < len(rc.votes) / 100
    pd.testing.assert_frame_equal(
        series.across_bodies(small, iso3, series.dprk_decisions(small)), series.across_bodies(rc, iso3)
    )
    fast = series.assembly_years(small, iso3, rollcalls.series(small, series.TITLE))
    slow = series.assembly_years(rc, iso3)
    pd.testing.assert_frame_equal(fast[0], slow[0])
    pd.testing.assert_frame_equal(fast[1], slow[1])


def test_a_year_of_events_in_one_block_the_state_s_words_first() -> None:
    positions = POSITIONS.assign(speaker=[None, "A <b>minister</b>", None], actor=["United States", "South Africa",
                                 "South Africa"], summary=["s1", "s2", "s3"])  # fmt: skip
    frames = {"events": EVENTS, "positions": positions}
    (year,) = series.years_of_events(frames)
    heading, block = series.year_block(year, "ZAF", "South Africa")
    assert heading == "2014: 2 events, 2 quotes (1 of South Africa's)"
    assert "**[2014-03 · Human Rights Council · An event of 2014 ↗](/breakdown?event=e1)**" in block
    assert "(/breakdown?event=e2)" in block and "s3" not in block  # p3 quotes no words: not listed
    assert block.index("fact=p2") < block.index("fact=p1")  # its own words first
    assert "> “b”  \n> — A &lt;b&gt;minister&lt;/b&gt;" in block  # escaped: the block allows HTML
    assert "> “a”  \n> — United States" in block
    heading, block = series.year_block(year, "USA", "United States")
    assert heading.endswith("(1 of United States's)") and block.index("fact=p1") < block.index("fact=p2")


def test_every_year_folded_in_one_element_after_its_lead() -> None:
    blocks = [("2014: 1 event, 0 quotes", "**[an event ↗](/breakdown?event=e1)**"), ("2017: <2> & more", "> “b”")]
    text = series.years_folded("**Lead**", blocks)
    assert text.startswith("**Lead**\n\n<details>") and text.count("<details>") == text.count("</details>") == 2
    first, second = text.split("</details>")[:2]
    assert "2014: 1 event, 0 quotes</summary>\n\n**[an event ↗](/breakdown?event=e1)**\n\n" in first
    assert "2017: &lt;2&gt; &amp; more</summary>\n\n> “b”\n\n" in second  # the heading escaped, the block as given
