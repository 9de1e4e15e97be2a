"""The per-query views of the loading boundary (dashboard/app/loading.py) give what the pure functions under
them give, and a second call is served from the cache (a copy: changing it does not change the next one)."""

from __future__ import annotations

import pandas as pd

from dashboard.app import loading
from dashboard.app.content import compare, country, series
from dashboard.app.content import rollcalls as decisions
from dashboard.official import rollcalls, views


def test_series_views_match_the_content_functions() -> None:
    rc, frames = loading.cached_rollcalls()[0], loading.cached_dataset().frames
    across = series.across_bodies(rc, "ZAF")
    pd.testing.assert_frame_equal(loading.series_across("ZAF"), across)
    assert loading.series_grid_html("ZAF") == series.grid_html(series.grid(across, frames))
    table, years, sponsors = loading.series_assembly("ZAF")
    pd.testing.assert_frame_equal(table, series.assembly_years(rc, "ZAF")[0])
    pd.testing.assert_frame_equal(years, series.assembly_years(rc, "ZAF")[1])
    pd.testing.assert_frame_equal(sponsors, views.sponsorship_by_year(rc, table))


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
