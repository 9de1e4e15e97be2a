"""The per-query views of the loading boundary (dashboard/app/loading.py) give what the pure functions under
them give, and a second call is served from the cache (a copy: changing it does not change the next one)."""

from __future__ import annotations

import pandas as pd

from dashboard.app import loading
from dashboard.app.content import compare, country, series
from dashboard.app.content import rollcalls as decisions
from dashboard.official import rollcalls, views


def assert_same_spec(cached: dict, drawn: dict) -> None:
    """Two specs as charts.spec makes them: the same Vega-Lite, the same rows in each dataset (frames)."""
    assert {k: v for k, v in cached.items() if k != "datasets"} == {k: v for k, v in drawn.items() if k != "datasets"}
    assert cached["datasets"].keys() == drawn["datasets"].keys()
    for name, frame in drawn["datasets"].items():
        pd.testing.assert_frame_equal(cached["datasets"][name], frame)


def test_the_overview_is_what_the_curated_analysis_gives() -> None:
    from dashboard.app import charts
    from dashboard.curated import analysis

    frames = loading.cached_dataset().frames
    view = loading.cached_overview()
    assert view.summary == analysis.dataset_summary(frames) and view.summary["events"] > 0
    recent, undated = analysis.recent_events(frames, 6)
    pd.testing.assert_frame_equal(view.recent, recent)
    pd.testing.assert_frame_equal(view.undated, undated)
    assert_same_spec(view.timeline, charts.spec(charts.timeline(frames["events"])))
    assert loading.cached_overview() is view  # built once per process


def test_series_views_match_the_content_functions() -> None:
    from dashboard.app import charts

    rc, frames = loading.cached_rollcalls()[0], loading.cached_dataset().frames
    across = series.across_bodies(rc, "ZAF")
    pd.testing.assert_frame_equal(loading.series_across("ZAF"), across)
    assert loading.series_grid_html("ZAF") == series.grid_html(series.grid(across, frames))
    table, years = series.assembly_years(rc, "ZAF")
    view, shown = loading.series_assembly("ZAF")
    pd.testing.assert_frame_equal(view, series.assembly_view(years))
    pd.testing.assert_frame_equal(shown, series.assembly_shown(series.assembly_view(years)))
    shared = loading.cached_series_shared()
    pd.testing.assert_frame_equal(shared.sponsors, views.sponsorship_by_year(rc, table))
    assert shared.states == series.state_options(rc)
    # the chart drawn for every state is the one drawn from any state's years (it names no state)
    assert_same_spec(shared.overview, charts.spec(charts.series_overview(years, "Tally, or sponsoring states, by year")))
    blocks = [series.year_block(year, "CHN", "China") for year in series.years_of_events(frames)]
    assert loading.series_events("CHN", "China") == blocks and len(blocks) > 1


def test_a_cached_view_is_a_copy() -> None:
    first = loading.series_across("CHN")
    first.loc[:, "standing"] = "changed"
    assert (loading.series_across("CHN")["standing"] != "changed").all()


def test_country_views_match_the_content_functions() -> None:
    rc, matrix = loading.cached_rollcalls()
    name = rc.names["PRK"]
    found = loading.country_assembly("PRK", name, "APG")
    dprk, column = country.dprk_votes(rc, matrix, "PRK", name)
    pd.testing.assert_frame_equal(found.dprk, dprk)
    assert found.vote_column == column and found.vote_shares == country.vote_shares(matrix, "PRK")
    pd.testing.assert_frame_equal(found.agreement, country.agreement_scores(rc, matrix, "PRK", "APG"))
    shares, bodies = loading.country_bodies("ZAF")
    assert [b.membership for b in bodies] == [b.membership for b in country.body_records(rc, "ZAF")]
    assert int(shares["votes cast"].sum()) > 0


def test_compare_and_search_views_match() -> None:
    rc, matrix = loading.cached_rollcalls()
    _, _, dprk, headers = loading.compare_view(("CHN", "USA"))
    expected, expected_headers = compare.dprk_votes(rc, matrix, ["CHN", "USA"])
    pd.testing.assert_frame_equal(dprk, expected)
    assert headers == expected_headers
    for text in ("korea", "A/RES/69/188", "People’s Republic", "no such words"):
        pd.testing.assert_frame_equal(
            rollcalls.find_rollcalls(rc, text, searched=loading.cached_search_text()),
            rollcalls.find_rollcalls(rc, text),
        )
    found = rollcalls.find_rollcalls(rc, "korea").sort_values("date", ascending=False).head(20)
    listed = loading.decision_listing(tuple(found["rcid"].tolist()))
    pd.testing.assert_frame_equal(listed, decisions.listing(rc, found))
    assert loading.cached_topics() == decisions.topics_of(rc)


RECORD_QUERIES = [
    ("general_assembly", ("CHN",), None, (2000, 2019), "Human rights", None, False, False),  # no sponsor lists
    ("general_assembly", ("CHN", "USA", "P5", "EU"), None, (1946, 2026), None, None, False, False),
    ("general_assembly", ("FRA", "WEOG"), "korea", (2015, 2025), None, "without_vote", False, True),
    ("security_council", ("RUS", "USA", "P5"), None, (1946, 2026), None, None, False, False),  # vetoers only
    ("human_rights_council", ("CUB", "AFRICAN_GROUP"), None, (2006, 2026), None, None, False, False),
    ("commission_on_human_rights", ("CHN",), "no such words", (1946, 2006), None, None, False, False),  # no row
]


def test_the_voting_record_from_cached_columns_is_record_table_s() -> None:
    from dashboard.app.content import record as content
    from dashboard.official import record

    rc = loading.cached_rollcalls()[0]
    for body, actors, text, years, topic, method, important, dprk in RECORD_QUERIES:
        found = record.filter_decisions(rc, text, years, topic, method, important, dprk, body)
        inside = content.within(rc, body)
        table = record.record_table(inside, loading.cached_body_matrix(body), found, list(actors))
        expected = content.body_table(inside, found, table, body)
        got = loading.record_query(body, actors, text, years, topic, method, important, dprk)
        pd.testing.assert_frame_equal(got, expected, check_dtype=len(expected) > 0)  # no row: the same header
        view = loading.record_view(body, actors, text, years, topic, method, important, dprk)
        assert view.rows == len(expected) and view.matches == content.matches_line(found, len(expected))
        assert len(view.shown) == min(len(expected), content.MAX_SHOWN)
        assert view.totals == content.totals_table(record.totals(expected))
        assert view.caption == content.table_caption(expected, body) if len(expected) else True


def test_cohesion_outvoted_and_consensus_views_match_the_pure_functions() -> None:
    from dashboard.app.content import cohesion as cohesion_content
    from dashboard.app.content import consensus as consensus_content
    from dashboard.app.content import outvoted as outvoted_content
    from dashboard.official import cohesion, consensus, outvoted

    rc = loading.cached_rollcalls()[0]
    matrix = loading.cohesion_matrix("human_rights_council")
    assert len(matrix.rcids) == sum(len(loading.cached_body_matrix(b).rcids)
                                    for b in ("commission_on_human_rights", "human_rights_council"))  # fmt: skip
    groups = cohesion.all_groups(matrix, 1990, 2010)
    view = loading.cohesion_period("human_rights_council", 1990, 2010)
    pd.testing.assert_frame_equal(view.rows, cohesion.yearly(groups))
    pd.testing.assert_frame_equal(view.period, cohesion_content.period_view(cohesion.call_scores(groups)))
    breakers = cohesion_content.breakers_view(cohesion.breakers(matrix, "EU", 1990, 2010), rc.names)
    pd.testing.assert_frame_equal(loading.cohesion_breakers("human_rights_council", "EU", 1990, 2010), breakers)
    breaks = cohesion_content.breaks_view(rc, cohesion.breaks_of(matrix, "EU", "FRA", 1990, 2010))
    pd.testing.assert_frame_equal(loading.cohesion_breaks("human_rights_council", "EU", "FRA", 1990, 2010), breaks)

    result = outvoted.outvoted(rc, "security_council", (2000, 2025))
    found = loading.outvoted_view("security_council", 2000, 2025)
    pd.testing.assert_frame_equal(found.table, outvoted.ranking(result, rc.names))
    assert found.summary == outvoted_content.summary(result, "security_council", 2000, 2025)
    csv = outvoted_content.ranking_csv(result, found.table, "security_council", 2000, 2025)
    pd.testing.assert_frame_equal(found.csv, csv)
    assert found.lost.votes["lost"].all() and len(found.lost.votes) == int(result.votes["lost"].sum())
    pd.testing.assert_frame_equal(
        loading.cohesion_calls("human_rights_council", 1990, 2010), cohesion.call_scores(groups)
    )
    pd.testing.assert_frame_equal(
        loading.outvoted_decisions("security_council", 2000, 2025, "RUS"),
        outvoted_content.decisions_view(result, "RUS"),
    )

    years, chart = loading.consensus_years()
    pd.testing.assert_frame_equal(years, consensus.yearly(rc))
    assert chart["$schema"].startswith("https://vega.github.io/schema/vega-lite/")
    table, shown = loading.consensus_items("general_assembly", (2020, 2022), (2023, 2025), 5)
    pd.testing.assert_frame_equal(table, consensus.by_item(rc, "general_assembly", (2020, 2022), (2023, 2025), 5))
    pd.testing.assert_frame_equal(shown, consensus_content.items_view(table))


def test_a_decision_s_view_is_what_the_content_functions_give() -> None:
    rc = loading.cached_rollcalls()[0]
    for symbol in ("A/RES/69/188", "S/2024/255", "A/RES/78/218"):  # a recorded vote, a vetoed draft, without a vote
        rcid = loading.decision_by_symbol(symbol)
        assert rcid == views.by_symbol(rc, symbol) and rcid is not None
        found = loading.decision(rcid)
        assert found.call.equals(rollcalls.roll_call(rc, rcid))
        pd.testing.assert_frame_equal(found.sponsors, decisions.sponsor_table(rc, found.call, rcid))
        if not rollcalls.has_names(rc, rcid):
            assert found.votes is None
            continue
        assert found.votes is not None
        rows = decisions.with_seats(rc, found.call, rollcalls.breakdown(rc, rcid))
        pd.testing.assert_frame_equal(found.votes.rows, rows)
        assert found.votes.count == rollcalls.tally(rows) and found.votes.names == decisions.name_lists(rows)
        assert found.outcome == decisions.outcome_block(rc, found.call, found.votes.count)
        expected = decisions.vote_table(rc, found.call, rcid, ["no"], rows)
        pd.testing.assert_frame_equal(loading.decision_votes_table(rcid, ("no",)), expected)
    assert loading.decision_by_symbol("A/RES/0/0") is None


def test_agreement_breakdown_and_compare_views_match() -> None:
    from dashboard.app.content import agreement, breakdown
    from dashboard.curated import analysis

    rc, matrix = loading.cached_rollcalls()
    frames = loading.cached_dataset().frames
    pair = loading.agreement_pair("general_assembly", "USA", "CHN", 2000, 2019)
    expected = agreement.pair(rc, matrix, "general_assembly", "USA", "CHN", 2000, 2019)
    assert pair.overall == expected.overall
    pd.testing.assert_frame_equal(pair.diverged, expected.diverged)
    pd.testing.assert_frame_equal(pair.diverged_shown, expected.diverged_shown)
    assert loading.agreement_pair("general_assembly", "USA", "CHN", 2000, 2019) is pair  # the object itself
    closest = loading.agreement_closest("general_assembly", "GBR", 2000, 2019)
    pd.testing.assert_frame_equal(closest, agreement.closest(matrix, "GBR", rc.names, 2000, 2019))
    shown = loading.breakdown_view("ga3-2014-dprk-resolution", True)
    view = breakdown.view(frames, rc, "ga3-2014-dprk-resolution")
    pd.testing.assert_frame_equal(shown.named, view.named)
    assert shown.leads == view.leads and [c.summary for c in shown.comparisons if c] == [
        c.summary for c in view.comparisons if c
    ]
    assert loading.cached_event_options() == analysis.event_options(frames)
    speaking = loading.compare_statements(("CHN", "USA"))
    assert speaking.keys() == compare.statements(frames, ["CHN", "USA"]).keys()
