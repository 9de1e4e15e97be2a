"""The figures' data, not just that they exist."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.app import charts
from dashboard.curated import analysis
from dashboard.curated.load import load_dataset

FRAMES = load_dataset().frames


def test_hemicycle_of_the_committee_vote() -> None:
    fig = charts.hemicycle(analysis.event_breakdown(FRAMES, "ga3-2014-dprk-resolution").seats)
    counts = {trace.name: len(trace.x) for trace in fig.data}
    assert sum(counts.values()) == 193
    assert counts["No: 9 named in the sources"] == 9
    assert counts["No: 10 not named in the sources"] == 10
    assert counts["Yes: 111 not named in the sources"] == 111
    assert counts["Absent or did not vote: 8 derived from the tally"] == 8
    named = next(t for t in fig.data if t.name.startswith("No: 9"))
    unnamed = next(t for t in fig.data if t.name.startswith("No: 10"))
    assert named.marker.color == charts.VOTE_COLOURS["no"] and unnamed.marker.color == "white"
    assert "China: no" in named.text


def test_hemicycle_positions_are_distinct() -> None:
    pos = charts.hemicycle_positions(193)
    assert len(pos) == 193 and len(pos.round(6).drop_duplicates()) == 193
    assert (pos["y"] >= -1e-9).all()


def test_hemicycle_spacing_is_even_for_every_body() -> None:
    for n, rows in ((15, 2), (47, 4), (193, 7)):
        assert charts.hemicycle_rows(n) == rows
        pos = charts.hemicycle_positions(n)
        radii = (pos["x"] ** 2 + pos["y"] ** 2) ** 0.5
        assert radii.max() == pytest.approx(2.0) and radii.min() >= charts.INNER_RADIUS_MIN - 1e-9
        # nearest neighbours sit about one gap apart: no clumps, no holes
        points = pos.to_numpy()
        dist = ((points[:, None, :] - points[None, :, :]) ** 2).sum(axis=2) ** 0.5
        dist[dist == 0] = 99
        nearest = dist.min(axis=1)
        gap = charts.seat_gap(n, rows)
        assert nearest.min() > 0.6 * gap and nearest.max() < 1.3 * gap


def test_security_council_veto_seats() -> None:
    fig = charts.hemicycle(analysis.event_breakdown(FRAMES, "unsc-2024-panel-of-experts-draft").seats)
    counts = {trace.name: len(trace.x) for trace in fig.data}
    assert counts == {"Unknown: 14 vote not reported": 14, "No: 1 named in the sources": 1}
    named = next(t for t in fig.data if t.name.startswith("No"))
    assert list(named.text) == ["Russia: no"] and named.marker.size == 24


def test_tally_bar_labels_unreported() -> None:
    fig = charts.tally_bar({"yes": 111, "no": 19, "abstain": 55, "non_voting": None})
    assert list(fig.data[0].text) == ["111", "19", "55", "not reported"]
    assert list(fig.data[0].marker.color) == [charts.VOTE_COLOURS[v] for v in ("yes", "no", "abstain", "non_voting")]


def test_vote_map_draws_named_states_offline_ready() -> None:
    named = analysis.event_breakdown(FRAMES, "ga3-2014-dprk-resolution").named
    fig = charts.vote_map(named)
    choropleth = [t for t in fig.data if t.type == "choropleth"]
    assert sorted(choropleth[0].locations) == sorted(named["country_iso3"])
    assert fig.layout.geo.fitbounds is False and fig.layout.geo.resolution == 50


def test_timeline_marks_partial_dates_as_spans() -> None:
    fig = charts.timeline(FRAMES["events"])
    spans = [t for t in fig.data if len(t.x) == 2]
    points = [t for t in fig.data if len(t.x) == 1]
    dated = FRAMES["events"].dropna(subset=["date"])
    assert len(spans) == (dated["date_precision"] != "day").sum()
    assert len(points) == (dated["date_precision"] == "day").sum()
    assert any("approximate" in t.hovertext for t in spans)


def test_date_span() -> None:
    assert charts.date_span("2014") == (pd.Timestamp("2014-01-01"), pd.Timestamp("2014-12-31"))
    assert charts.date_span("2014-02") == (pd.Timestamp("2014-02-01"), pd.Timestamp("2014-02-28"))
    assert charts.date_span("2017-03-24") == (pd.Timestamp("2017-03-24"), pd.Timestamp("2017-03-24"))


def legend_order(fig) -> list[str]:  # noqa: ANN001 - a plotly Figure
    shown = [t for t in fig.data if t.showlegend is not False and t.name]
    return [t.name for t in sorted(shown, key=lambda t: t.legendrank if t.legendrank is not None else 1000)]


def test_one_legend_order_everywhere() -> None:
    """yes, no, abstain, absent, unknown: in the hemicycle, the map, the tally bars, series and shares."""
    order = [charts.VOTE_LABELS[v] for v in charts.VOTE_ORDER]

    def ranks(names: list[str]) -> list[int]:
        return [next(i for i, label in enumerate(order) if n.startswith(label)) for n in names]

    seats = charts.hemicycle(analysis.event_breakdown(FRAMES, "ga3-2014-dprk-resolution").seats)
    assert ranks(legend_order(seats)) == sorted(ranks(legend_order(seats)))
    votes = pd.DataFrame({"country_iso3": ["CHN", "USA", "IND", "FRA"], "country": list("abcd")})
    world = charts.vote_map(votes.assign(vote=["no", "yes", "abstain", "non_voting"]))
    assert [t.name for t in world.data if t.type == "scattergeo"] == order[:4]
    bars = charts.tally_bar({"yes": 1, "no": 2, "abstain": 3, "non_voting": 4})
    assert list(bars.data[0].y) == order[:4]
    series = pd.DataFrame({"year": [2014], "yes": [116], "no": [20], "abstain": [53]})
    assert [t.name for t in charts.series_bars(series, "t").data] == order[:3]
    shares = pd.DataFrame(
        {"actor": "China (CHN)", "year": 2000, "vote": ["absent", "abstain", "no", "yes"], "count": 1, "share": 0.25}
    )
    assert legend_order(charts.vote_shares(shares)) == order[:4]


def test_charts_keep_titles_clear_on_a_phone() -> None:
    """No plotly toolbar over titles; legends anchored below the figure, never on an axis title."""
    assert charts.CONFIG["displayModeBar"] is False
    fig = charts.timeline(FRAMES["events"])
    assert fig.layout.legend.yref == "container" and fig.layout.legend.y == 0
    assert fig.layout.margin.b >= 100 and fig.layout.title.x == 0
