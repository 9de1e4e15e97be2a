"""Every page in AppTest: the default view, views opened from links, and bad links."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard.app import nav
from dashboard.app.content import series
from dashboard.problems import DataError, Problem
from tests.page_support import figures_of, markdown_tables

PAGES = [page.script for page in nav.PAGES if page is not nav.ADD_ARTICLE]  # every page (the form has its own tests)


def open_page(page: str, **params: str) -> AppTest:
    at = AppTest.from_file("../app.py", default_timeout=60)
    at.run()
    at.switch_page(f"dashboard/app/pages/{page}.py")
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def text_of(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [h.value for h in at.subheader]
    parts += [h.value for h in at.header] + [i.value for i in at.info] + [s.value for s in at.success]
    return "\n".join(parts)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_with_footer(page: str) -> None:
    at = open_page(page)
    assert len(at.title) == 1
    assert "**Sources.**" in text_of(at) and "CC0" in text_of(at)
    assert "source: **United Nations**" in text_of(at)  # the UN's terms: named wherever its data may show
    assert "terms in full: `data/LICENSES.md`" in text_of(at)  # the one statement of every dataset's terms


@pytest.mark.parametrize(
    ("page", "params"),
    [
        ("breakdown", {"event": "<script>alert(1)</script>"}),
        ("breakdown", {"event": ""}),
        ("country", {"iso3": "XXX"}),
        ("compare", {"states": "ZZZ,,%00"}),
        ("positions", {"actor": "nobody", "stance": "dance", "q": "x" * 5000}),
        ("sources", {"source": "../../etc/passwd", "fact": "nope"}),
        ("data", {"table": "secrets", "state": "'; DROP TABLE votes;--", "from": "1000"}),
        ("data", {"table": "votes", "from": "2030", "to": "<b>1990</b>"}),
        ("overview", {"event": "<script>alert(1)</script>"}),
        ("country", {"iso3": "<img src=x onerror=alert(1)>"}),
        ("compare", {"states": "<script>,CHN"}),
        ("positions", {"event": "%00", "source": "../seeds/000"}),
        ("sources", {"fact": "<script>alert(1)</script>"}),
        ("record", {"states": "<script>,CHN", "from": "19x", "topic": "../etc"}),
    ],
)
def test_bad_links_give_a_notice_not_a_traceback(page: str, params: dict[str, str]) -> None:
    at = open_page(page, **params)
    notices = [i.value for i in at.info]
    if any(params.values()) and page != "overview":  # the overview takes no parameters: it ignores them
        assert notices, f"no notice for {params}"
    shown = text_of(at)
    for hostile in ("<script>", "<img", "<b>", "../"):  # echoed only as letters, digits and punctuation
        assert hostile not in shown
    assert len(at.title) == 1 and "**Sources.**" in shown  # the page is drawn, footer included


def test_overview_counts_and_recent_decisions() -> None:
    at = open_page("overview")
    values = figures_of(at)
    assert values == {"UN events": "10", "States": "12", "Positions": "29", "Named votes": "10", "Articles": "5"}
    text = text_of(at)
    assert "Events dated from 2014 to 2025-09; 1 undated in the sources." in text
    decisions = [link.proto for link in at.get("page_link") if link.proto.query_string.startswith("event=")]
    assert decisions[0].label.startswith("**2025-09 (month only)** · OHCHR")  # each decision a link to its breakdown
    assert decisions[-2].label.startswith("**Date unknown** · General Assembly (plenary)")  # never put first
    assert decisions[-2].label.endswith("(no source dates it)")
    assert decisions[-1].label == "The 2014 committee vote"  # then the links onward


def test_committee_vote_breakdown() -> None:
    at = open_page("breakdown", event="ga3-2014-dprk-resolution")
    text = text_of(at)
    assert "**9 states are named** in the sources" in text
    assert "**111 yes, 10 no, 55 abstain** seats belong to states **not named in the sources**" in text
    assert "8 seats: did not vote or absent, derived as 193 members minus the 185 votes reported" in text
    named = markdown_tables(at)[0]  # a few rows: a Markdown table under its heading
    assert len(named) == 9 and set(named["vote"]) == {"no"}
    assert named["source"].str.fullmatch(r"\[passage ↗\]\(/sources\?fact=ga3-2014-dprk-[a-z]{3}\)").all()
    assert "China" in set(named["country"])
    assert "Co-sponsors counted without names: **more than 60** countries" in text
    assert at.query_params["event"] == "ga3-2014-dprk-resolution"
    tally = next(m.value for m in at.markdown if m.value.startswith('<div class="tally"'))  # HTML bars, one element
    assert ">Reported tally (as the sources give it)</div>" in tally and ">No</span>" in tally and "></span>19</span>" in tally
    assert "</div>\n\n**9 states are named** in the sources" in tally  # the prose under it in the same element
    assert len(at.get("vega_lite_chart")) == 1 and at.toggle[0].value is False  # the seats; the map on request
    at.toggle[0].set_value(True).run()
    assert len(at.get("vega_lite_chart")) == 2 and at.query_params["map"] == "1"
    assert open_page("breakdown", event="ga3-2014-dprk-resolution", map="1").toggle[0].value is True


def test_without_vote_is_said_plainly() -> None:
    at = open_page("breakdown", event="hrc-2017-dprk-resolution")
    assert any("Adopted without a vote" in s.value for s in at.success)
    text = text_of(at)
    assert "`dissociate`" in text and "`boycott`" in text
    who = at.dataframe[0].value
    parts = who.groupby("actor")["part"].apply(list).to_dict()
    assert parts["China"] == ["dissociate", "call for dialogue"]
    assert parts["United States"] == ["supporter"]
    assert {"reject", "boycott"} <= set(parts["North Korea"])
    assert who["source"].str.startswith("/sources?fact=").all()  # every row cites its passage
    sponsors = markdown_tables(at)[-1]  # the last table (the record's check of the claims comes before it)
    assert {"European Union", "Japan", "United States"} == set(sponsors["who"])


def test_veto_without_tally_says_so() -> None:
    at = open_page("breakdown", event="unsc-2024-panel-of-experts-draft")
    text = text_of(at)
    assert "**No tally reported.**" in text and "1 named vote below" in text
    assert list(markdown_tables(at)[0]["country"]) == ["Russia"]
    assert "`veto`" in text


def test_country_profile_from_link() -> None:
    at = open_page("country", iso3="CHN")
    assert at.header[0].value == "China"
    text = text_of(at)
    assert "- **Voted no** · [source passage ↗](/sources?fact=ga3-2014-dprk-chn)" in text
    first = text.index("**2014 (year only) · Human rights in North Korea, with a request to refer it to the ICC")
    later = text.index("**2017-03-24 · Human rights in North Korea (Human Rights Council, March 2017)**")
    assert first < later  # over time, oldest first
    assert "`dissociate`" in text and "complex and sensitive" in text
    assert "(/sources?fact=jiang-yingfeng-complex-sensitive)" in text
    # on a phone the official record comes after every event: a line under the name sums it up and links to it
    group, teaser = at.markdown[0].value.split("\n\n")  # its group and the teaser: one element
    assert group == "<small>UN regional group: Asia-Pacific Group</small>"
    assert teaser.startswith("**Recorded votes in the General Assembly (official record):** ") and "cast — yes " in teaser
    assert teaser.endswith("(#official-record)")
    assert "official-record" in [s.proto.anchor for s in at.subheader]


def test_country_in_no_article_gets_its_official_record() -> None:
    at = open_page("country", iso3="FRA")
    assert at.header[0].value == "France"
    assert any("never name France" in i.value for i in at.info)
    assert not [m for m in at.markdown if "(#official-record)" in m.value]  # the record is right below the notice
    text = text_of(at)
    assert "What the official record says" in text and "What the articles say" in text
    dprk, scores = markdown_tables(at)  # two small tables, Markdown in one element: sixteen rows, six rows
    assert list(dprk.columns) == ["date", "symbol", "its vote"] and len(dprk) >= 16
    assert dprk.set_index("symbol").loc["A/RES/69/188", "its vote"] == "yes"
    assert list(scores["with"]) == [
        "China",
        "Russia",
        "United Kingdom",
        "United States",
        "Western European and Others Group",
    ]
    assert scores["since 2000"].astype(float).between(0, 1).all() and scores["since 2000"].str.fullmatch(r"\d\.\d\d").all()
    assert "Sponsorships:" in text and "The newest 100 below; all of them in the CSV." in text
    assert "Download all its sponsorships as CSV" in [b.proto.label for b in at.get("download_button")]
    assert len(at.get("vega_lite_chart")) == 1  # its ideal point over time


def test_country_both_layers_for_china() -> None:
    at = open_page("country", iso3="CHN")
    text = text_of(at)
    assert "- **Voted no** · [source passage ↗](/sources?fact=ga3-2014-dprk-chn)" in text
    assert markdown_tables(at)[0].set_index("symbol").loc["A/RES/69/188", "its vote"] == "no"


def test_country_lowercase_link_is_accepted() -> None:
    at = open_page("country", iso3="usa")
    assert at.header[0].value == "United States" and not at.info


def matrix_markup(at: AppTest) -> str:
    return next(m.value for m in at.markdown if '<table class="layers"' in m.value)


def test_compare_china_and_united_states() -> None:
    at = open_page("compare", states="CHN,USA")
    text = text_of(at)
    assert "**Where the articles give them different parts (1)**" in text
    assert "China: **dissociate; call for dialogue**" in text and "United States: **supporter**" in text
    assert "(/sources?fact=chn-dissociates-hrc-2017)" in text and "(/sources?fact=hrc-2017-usa)" in text
    table = matrix_markup(at)
    assert "<th" in table and ">China</th>" in table and ">United States</th>" in table
    # unknown, not "no": the US in the 2014 committee vote, China at the 2017 review, and both in the
    # plenary event the articles announce without a result; the 2024 veto and Council resolution, linked
    # to the record, stay in the matrix, unknown for both
    assert table.count(">unknown</td>") == 8
    assert "voted no; oppose" in table and "/sources?fact=ga3-2014-dprk-chn" in table


def test_compare_shows_both_layers_side_by_side() -> None:
    """The US is unknown in the articles on the 2014 vote and yes in the official record, in two labelled rows."""
    at = open_page("compare", states="CHN,RUS,USA")
    text = text_of(at)
    assert "What the articles say" in text and "What the official record says" in text
    table = matrix_markup(at)
    official = table.split('<tr style="background:#F1F5FA">')
    assert len(official) == 6  # under the committee vote, the plenary event, the two Council resolutions, the veto
    row = official[1].split("</tr>")[0]
    assert "Official record" in row and "A/RES/69/188" in row and "adopted 18 December 2014, 116–20–53" in row
    assert 'data-label="United States"' in row and ">yes</td>" in row and row.count(">no</td>") == 2
    assert not at.dataframe  # the DPRK votes and the scores: Markdown tables inside the prose, not grids
    official_layer = next(m.value for m in at.markdown if "What the official record says" in m.value)
    dprk = markdown_rows(official_layer, "| date | symbol |")
    assert dprk[0] == ["date", "symbol", "China", "Russia", "United States"]
    assert next(r for r in dprk if r[1] == "A/RES/69/188")[2:] == ["no", "no", "yes"]
    scores = markdown_rows(official_layer, "|  | China |")  # the Voeten scores since 2000, two decimals
    assert scores[0] == ["", "China", "Russia", "United States"] and scores[1][:2] == ["China", "1.00"]
    assert float(scores[1][2]) > 0.8 > float(scores[1][3])


def test_compare_statements_side_by_side() -> None:
    """Each quoted state's statements in one grid of one element, each state's profile a page link under it."""
    at = open_page("compare", states="CHN,RUS,USA")
    said = next(m.value for m in at.markdown if m.value.startswith("### Statements side by side"))
    assert "display:grid" in said and "#### China" in said and "#### Russia" in said and "#### United States" in said
    assert said.count("[source passage ↗](/sources?fact=") >= 3
    profiles = [link.proto for link in at.get("page_link") if link.proto.label.startswith("Profile of ")]
    assert [p.query_string for p in profiles] == ["iso3=CHN", "iso3=RUS", "iso3=USA"]


def markdown_rows(markdown: str, header: str) -> list[list[str]]:
    """The rows (header first) of the Markdown table whose header line starts with `header`, cells stripped."""
    lines = markdown.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(header))
    rows = []
    for line in [lines[start], *lines[start + 2 :]]:  # the alignment line left out
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split(" | ")])
    return rows


def test_compare_quick_picks() -> None:
    at = open_page("compare")
    assert at.multiselect[0].value == ["CHN", "RUS", "USA"]
    at.button[0].click().run()
    assert not at.exception
    assert at.multiselect[0].value == ["CHN", "FRA", "RUS", "GBR", "USA"]  # all five, France and the UK too
    assert ">France</th>" in matrix_markup(at) and ">United Kingdom</th>" in matrix_markup(at)
    at.selectbox[0].select("hrc-2017-dprk-resolution").run()
    assert not at.exception
    assert at.multiselect[0].value == ["CHN", "JPN", "PRK", "USA"]
    assert at.query_params["states"] == "CHN,JPN,PRK,USA"
    assert "Where the articles give them different parts" in text_of(at)
    at.selectbox[0].select("ga3-2014-dprk-resolution").run()
    assert len(at.multiselect[0].value) == 11  # every state named in the 2014 vote, none dropped
    assert {"RUS", "SYR", "SDN", "UZB", "VEN"} <= set(at.multiselect[0].value)
    at.selectbox[0].select("coi-2014-report").run()  # names no state: the selection is kept
    assert len(at.multiselect[0].value) == 11
    assert any("name no state" in i.value and "unchanged" in i.value for i in at.info)


def test_compare_empty_link_asks_for_two() -> None:
    at = open_page("compare", states="")
    assert any("at least two" in i.value for i in at.info)


def test_compare_needs_two_states() -> None:
    at = open_page("compare", states="CHN")
    assert any("at least two" in i.value for i in at.info)


def test_north_korean_officials_quotes() -> None:
    at = open_page("positions", actor="PRK", quotes="1")
    text = text_of(at)
    for speaker in ("Mun Jong Chol", "Sin So Ho", "North Korea's envoy (not named)"):
        assert speaker in text
    assert "lies, fabrications and plots" in text
    assert "**7 of 29 positions** match (7 with the speaker's own words)." in text
    listed = next(m.value for m in at.markdown if "lies, fabrications and plots" in m.value)  # one element
    leads = [entry.split("\n", 1)[0] for entry in listed.split("\n\n---\n\n")]
    assert len(leads) == 7 and all(lead.startswith("**North Korea** · `") for lead in leads)
    button = at.get("download_button")[0].proto
    assert "positions_actor-PRK_quoted.csv" in button.help


def test_positions_by_speaker_and_search() -> None:
    at = open_page("positions", actor="mun-jong-chol", q="fabrications")
    text = text_of(at)
    assert "**1 of 29 positions** match" in text and "lies, fabrications and plots" in text
    assert at.text_input[0].value == "fabrications"


def test_sources_highlights_a_fact() -> None:
    at = open_page("sources", fact="chn-dissociates-hrc-2017")
    assert any("Position: China, dissociate" in s.value and "2 passages state it" in s.value for s in at.success)
    assert not any("chn-dissociates-hrc-2017" in s.value for s in at.success)  # no ids in the interface
    article = next(m.value for m in at.markdown if '<mark id="p' in m.value)
    assert 'background:#FFD54F">China said it "dissociated" itself' in article  # the followed passage, darker
    assert "<sup" in article
    assert any("← the fact you followed" in m.value for m in at.markdown)


def test_sources_article_from_link() -> None:
    at = open_page("sources", source="004_8681514e253d834c")
    article = next(m.value for m in at.markdown if '<mark id="p' in m.value)  # headline, metadata and text: one
    assert article.startswith("## North Korea could face charges of crimes against humanity\n\n**Outlet:**")
    assert not at.success and not at.info
    assert any("Vote: China voted no" in m.value for m in at.markdown)


def test_data_page_filters_and_download() -> None:
    at = open_page("data", table="votes", event="ga3-2014-dprk-resolution")
    assert "**9 of 10 rows** match." in text_of(at)
    assert len(at.dataframe[0].value) == 9
    buttons = at.get("download_button")
    assert buttons and "votes_event-ga3-2014-dprk-resolution.csv" in buttons[0].proto.label
    preview = at.dataframe[0].value
    assert preview["passage"].str.startswith("/sources?fact=ga3-2014-dprk-").all()
    # the readable columns first (the state, its vote, the event), the keys that join the tables last
    assert list(at.dataframe[0].proto.column_order) == [
        "country", "vote", "event title", "event date", "body in words", "country_iso3", "official record", "passage",
        "vote_id", "event_id",
    ]  # fmt: skip
    assert set(preview["event title"]) == {"Human rights in North Korea, with a request to refer it to the ICC (Third Committee, 2014)"}


def test_data_page_state_and_stance_filters() -> None:
    at = open_page("data", table="positions", state="PRK", stance="reject")
    assert "**6 of 29 rows** match." in text_of(at)
    assert "positions_state-PRK_stance-reject.csv" in at.get("download_button")[0].proto.label


def event_ids() -> list[str]:
    from dashboard.curated.load import load_dataset

    return list(load_dataset().frames["events"]["event_id"])


def event_titles() -> dict[str, str]:
    from dashboard.curated.load import load_dataset

    events = load_dataset().frames["events"]
    return dict(zip(events["event_id"], events["title"], strict=True))


@pytest.mark.parametrize("event_id", event_ids())
def test_every_event_breaks_down(event_id: str) -> None:
    at = open_page("breakdown", event=event_id)
    title = event_titles()[event_id]
    assert at.markdown[0].value.startswith(f"## {title}\n\n") and not at.exception  # its title over its facts


def test_reported_versus_official() -> None:
    at = open_page("breakdown", event="ga3-2014-dprk-resolution")
    text = text_of(at)
    assert "**A/RES/69/188**, General Assembly plenary, 2014-12-18: **116 yes, 20 no, 53 abstentions**" in text
    assert "never merged" in text
    assert "**9 of 9** voted the same way in the official record" in text
    checked = markdown_tables(at)[1]  # after the named votes
    assert set(checked["same?"]) == {"agrees"} and len(checked) == 9
    assert list(checked.columns) == ["country", "as the articles report", "official record (A/RES/69/188)", "same?"]


def test_decision_from_a_shared_link_with_its_vote_filter() -> None:
    at = open_page("rollcalls", symbol="A/RES/69/188", vote="no")
    text = text_of(at)
    assert "## A/RES/69/188 · 18 December 2014\n\n**Situation of human rights" in text  # one element
    assert "### Who voted how" in text and "<strong>No (20)</strong><br>Belarus, Bolivia, China" in text
    assert "adopted 18 December 2014, 116–20–53" in text
    assert "**116 yes, 20 no, 53 abstentions**, 4 absent or not voting, counted from the 193 members' rows." in text
    votes = at.dataframe[0].value
    assert len(votes) == 20 and set(votes["vote"]) == {"No"}  # the filter from the link
    assert ("North Korea", "PRK") in set(zip(votes["country"], votes["iso3"], strict=True))
    assert "https://undocs.org/A/RES/69/188" in text
    labels = [b.proto.label for b in at.get("download_button")]
    assert "Download these 20 votes as CSV" in labels


def test_adoption_without_a_vote_shows_its_sponsors() -> None:
    at = open_page("rollcalls", symbol="A/RES/79/181")
    text = text_of(at)
    assert "adopted without a vote on 17 December 2024" in text and "United Nations" in text
    assert "**46 sponsors** and **15 additional sponsors**" in text
    assert any("No tally" in i.value for i in at.info)


def test_a_tally_without_names_is_not_invented() -> None:
    at = open_page("rollcalls", symbol="A/RES/75/254 A-C")
    text = text_of(at)
    assert "168–2–" in text and "lists no names" in text
    assert "Who voted how" not in text


def test_unknown_symbol_gives_a_notice() -> None:
    at = open_page("rollcalls", symbol="A/RES/99/999")
    assert any("No decision" in i.value for i in at.info)


def test_roll_call_search_from_link() -> None:
    at = open_page("rollcalls", q="Democratic People's Republic of Korea", topic="Human rights")
    found = at.dataframe[0].value
    assert "A/RES/69/188" in set(found["symbol"]) and "A/RES/80/220" in set(found["symbol"])
    without = at.dataframe[0].value[found["method"] == "adopted without a vote"]
    assert len(without) >= 7 and without["yes"].isna().all()
    at = open_page("rollcalls", method="without_vote", **{"from": "2024", "to": "2024"})
    assert set(at.dataframe[0].value["method"]) == {"adopted without a vote"}


def test_agreement_defined_and_computed() -> None:
    at = open_page("agreement", a="USA", b="CHN")
    text = text_of(at)
    assert "Voeten score" in text and "Exact-match rate" in text
    values = figures_of(at)
    # all years: 1971–2026, 4,496 roll calls to 2019 and 633 since in the UN extract
    assert values["Voeten score"] == "0.30" and values["Roll calls both voted on"] == "5,129"


def test_agreement_state_and_bloc_over_a_period() -> None:
    at = open_page("agreement", a="GBR", b="EU", **{"from": "1990", "to": "2019"})
    values = {k: float(v.replace(",", "").rstrip("%")) for k, v in figures_of(at).items()}
    assert values["Voeten score"] > 0.8


def test_series_of_the_dprk_resolution() -> None:
    at = open_page("series", iso3="JPN")
    table = at.dataframe[0].value
    assert list(table["year"]) == list(range(2005, 2026))  # every year, covered or not
    gaps = table[table["symbol"] == series.NOTHING]  # a dash, never "None"
    assert list(gaps["year"]) == [2012, 2013, 2016, 2017, 2018] and set(gaps["how"]) == {"not in either source"}
    row = table[table["symbol"] == "A/RES/69/188"].iloc[0]
    assert (row["yes"], row["no"], row["abstain"], row["position"]) == ("116", "20", "53", "yes")
    later = table[table["year"] >= 2019]
    assert list(later["symbol"]) == [
        f"A/RES/{s}" for s in ("74/166", "75/190", "76/177", "77/226", "78/218", "79/181", "80/220")
    ]
    assert set(later["how"]) == {"adopted without a vote"} and set(later["yes"]) == {series.NOTHING}
    assert later.loc[later["year"] == 2024, "sponsors"].item() == "61" and later["position"].iloc[-1] == "sponsor"
    sponsors = at.dataframe[1].value
    assert "Japan" in set(sponsors["state"]) and "China" not in set(sponsors["state"])


def test_roll_call_session_filter_from_link() -> None:
    at = open_page("rollcalls", session="69", q="korea")
    found = at.dataframe[0].value
    assert len(found) >= 1 and set(found["session"]) == {69}
    assert "A/RES/69/188" in set(found["symbol"])


def test_agreement_tables_download_safely() -> None:
    at = open_page("agreement", a="USA", b="EU")
    labels = [b.proto.label for b in at.get("download_button")]
    assert {"Trend by year (CSV)", "Vote combinations (CSV)", "By topic (CSV)"} <= set(labels)


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    st.cache_resource.clear()
    yield
    st.cache_resource.clear()


def test_missing_roll_calls_give_a_clear_notice(fresh_cache: None, monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(*_: object) -> None:
        raise FileNotFoundError("data/rollcalls/votes.parquet")

    monkeypatch.setattr("dashboard.official.rollcalls.load_rollcalls", missing)
    at = open_page("rollcalls")
    assert any("cannot be read" in e.value and "import-votes" in e.value for e in at.error)


def test_invalid_data_gives_the_problems_not_a_traceback(fresh_cache: None, monkeypatch: pytest.MonkeyPatch) -> None:
    problem = Problem("data/votes.yaml", "ga3-2014-dprk-cub", "country_iso3", "'CUX' is not an ISO 3166-1 alpha-3 code")

    def broken(*_: object) -> None:
        raise DataError([problem])

    monkeypatch.setattr("dashboard.app.loading.load_dataset", broken)
    at = open_page("overview")
    assert any("do not validate" in e.value for e in at.error)
    assert str(problem) in at.code[0].value


def test_agreement_of_several_states_from_link() -> None:
    at = open_page("agreement", group="USA,CHN,RUS,EU")
    table = next(df.value for df in at.dataframe if "China (CHN)" in list(df.value.columns))
    assert list(table.columns) == [
        "United States (USA)",
        "China (CHN)",
        "Russia (RUS)",
        "European Union members (by date) (bloc)",
    ]


def test_agreement_warns_when_a_state_is_in_the_bloc_and_shows_cosponsorship() -> None:
    at = open_page("agreement", a="FRA", b="WEOG")
    assert any("is a member of" in w.value for w in at.warning)
    at = open_page("agreement", a="JPN", b="KOR", ideal="JPN,KOR,PRK")
    block = next(m.value for m in at.markdown if m.value.startswith("### Co-sponsorship: did they bring the same"))
    line = block.split("\n\n")[1]
    assert line.startswith("Japan sponsored") and "with a sponsor list (source: " in block
    assert "both sponsored" in line and "an overlap of" in line
    assert any("Estimating dynamic state preferences" in m.value for m in at.markdown)  # the link's `ideal` opened it
    assert at.get("button_group")[0].value == ["ideal"] and at.query_params["show"] == "ideal"
    downloads = [b.proto.label for b in at.get("download_button")]
    assert any(label.startswith("Download these") and "estimates" in label for label in downloads)


def test_agreement_sections_cost_nothing_until_opened() -> None:
    at = open_page("agreement", a="USA", b="CHN")
    assert at.get("button_group")[0].value == []
    subheads = [s.value for s in at.subheader]
    assert not [s for s in subheads if s.startswith(("Several states", "All members"))]
    assert "Ideal points over time" not in text_of(at) and "Estimating dynamic state preferences" not in text_of(at)
    at = open_page("agreement", a="USA", b="CHN", show="members,group")
    subheads = [s.value for s in at.subheader]
    assert [s.split(",")[0] for s in subheads[-2:]] == ["Several states or blocs", "All members"]
    assert "Closest to United States (USA)" in text_of(at)
    tables = [m.value.split("\n\n")[1] for m in at.markdown if "\n\n| iso3 | state | Voeten score |" in m.value]
    assert len(tables) == 2 and all(t.count("\n") == 1 + 10 for t in tables)  # header, rule, ten states each
    labels = [b.proto.label for b in at.get("download_button")]
    assert "Download the agreement matrix of all members as CSV" in labels and "Download this matrix as CSV" in labels


def test_agreement_lists_the_first_divergent_votes_and_downloads_all() -> None:
    at = open_page("agreement", a="USA", b="CHN")
    combos = next(m.value for m in at.markdown if "| USA | Yes | Abstained | No |" in m.value).split("\n\n")[-1]
    assert "### Vote combinations" in text_of(at) and "Rows: United States (USA); columns: China (CHN)" in text_of(at)
    assert len(combos.splitlines()) == 2 + 3 and "| No | 2,693 |" in combos  # rows: the USA's vote, in words
    listed = next(df.value for df in at.dataframe if "open" in df.value.columns)
    assert len(listed) == 100 and listed["open"].str.startswith("/rollcalls?symbol=").all()
    assert list(listed.columns) == ["date", "symbol", "title", "USA", "CHN", "important", "open"]  # no internal id
    assert set(listed["USA"]) == {"Yes", "No"}  # the votes in words
    note = next(m.value for m in at.markdown if "important votes first" in m.value)
    total = int(note.split("**")[1].split()[0].replace(",", ""))
    assert total > 2000 and f"The first 100 are listed; the CSV has all {total:,}." in note
    assert f"Download {total:,} rows as CSV" in [b.proto.label for b in at.get("download_button")]


def test_record_of_china_on_human_rights() -> None:
    at = open_page("record", states="CHN", topic="Human rights", **{"from": "2000", "to": "2019"})
    assert "**469 decisions** match (447 recorded vote, 22 adopted without a vote)." in text_of(at)
    button = at.get("download_button")[0].proto
    assert "record_CHN_human-rights_2000-2019.csv" in button.help
    assert button.label == "Download these 469 decisions as CSV"
    totals = next(m.value for m in at.markdown if "<th>state or bloc</th>" in m.value)
    assert "<th>state or bloc</th><th>yes</th><th>no</th><th>abstain</th><th>absent</th><th>adopted without a vote" in totals
    cells = [c.split(">")[-1] for c in totals.split("<tbody>")[1].split("</td>")[:-1]]
    assert cells == ["China (CHN)", "351", "70", "24", "2", "22"]
    rows = at.dataframe[0].value
    assert len(rows) == 200 and rows["date"].is_monotonic_decreasing  # the 200 newest; the CSV holds all 469
    assert "Newest first; the 200 newest are shown and the CSV holds all." in text_of(at)
    assert rows["open"].str.startswith("/rollcalls?rcid=").all()
    assert at.number_input[0].value == 2000 and at.number_input[1].value == 2019


def test_record_of_several_states_and_a_bloc_from_link() -> None:
    at = open_page("record", states="CHN,USA,P5", dprk="1")
    assert at.multiselect[0].value == ["CHN", "USA", "P5"]
    assert "**16 decisions** match (9 recorded vote, 7 adopted without a vote)." in text_of(at)
    rows = at.dataframe[0].value
    usa = rows.set_index("symbol").loc["A/RES/69/188", "United States (USA) vote"]
    assert usa == "yes"
    assert at.query_params["dprk"] == "1"


def test_record_years_are_typed_and_kept_in_the_link() -> None:
    at = open_page("record", states="CHN")
    at.number_input[0].set_value(2010).run()
    at.number_input[1].set_value(2012).run()
    assert not at.exception
    assert (at.query_params["from"], at.query_params["to"]) == ("2010", "2012")
    assert set(at.dataframe[0].value["date"].str[:4]) <= {"2010", "2011", "2012"}


def test_plenary_event_shows_the_official_outcome_beside_the_report() -> None:
    at = open_page("breakdown", event="ga-2014-dprk-resolution-plenary")
    text = text_of(at)
    assert "*As the articles report it:* **Body** General Assembly (plenary)" in text
    assert "**Outcome** pending" in text
    assert "**What the official record says**" in text
    assert "This event is **A/RES/69/188**, General Assembly plenary: **adopted 18 December 2014, 116–20–53**" in text


def test_committee_event_names_the_later_plenary_vote() -> None:
    at = open_page("breakdown", event="ga3-2014-dprk-resolution")
    text = text_of(at)
    assert "The plenary vote on the same text, later and in another body: **A/RES/69/188**" in text
    assert list(markdown_tables(at)[1].columns) == [  # the named states checked against the record: no ISO code
        "country", "as the articles report", "official record (A/RES/69/188)", "same?"]


@pytest.mark.parametrize(
    ("page", "good", "bad"),
    [
        ("positions", {"actor": "PRK"}, {"actor": "nobody"}),
        ("data", {"table": "votes", "state": "CHN"}, {"table": "votes", "state": "XYZ"}),
        ("record", {"states": "CHN", "topic": "Human rights"}, {"states": "CHN", "method": "by-acclaim"}),
    ],
)
def test_folded_filters_open_when_the_link_names_an_unknown_value(page: str, good: dict, bad: dict) -> None:
    """The notice about a value the filters do not know sits beside its filter: the folded section opens."""
    folded = [e for e in open_page(page, **good).expander if "ilter" in e.label]
    assert len(folded) == 1 and not folded[0].proto.expanded
    at = open_page(page, **bad)
    opened = [e for e in at.expander if "ilter" in e.label]
    assert opened[0].proto.expanded and any("in the link" in i.value for i in opened[0].info)
