"""The per-query views of the loading boundary (dashboard/app/loading.py) give what the pure functions under
them give, and a second call is served from the cache (a copy: changing it does not change the next one)."""

from __future__ import annotations

import pandas as pd

from dashboard.app import loading
from dashboard.app.content import compare, country, series
from dashboard.app.content import rollcalls as decisions
from dashboard.official import rollcalls, views


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
    assert shared.overview == charts.series_overview(years, "Tally, or sponsoring states, by year").to_dict(
        validate=False
    )
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
            rollcalls.find_rollcalls(rc, text, searched=loading.cached_search_text()), rollcalls.find_rollcalls(rc, text)
        )
    found = rollcalls.find_rollcalls(rc, "korea").sort_values("date", ascending=False).head(20)
    listed = loading.decision_listing(tuple(found["rcid"].tolist()))
    pd.testing.assert_frame_equal(listed, decisions.listing(rc, found))
    assert loading.cached_topics() == decisions.topics_of(rc)
