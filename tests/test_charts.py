"""The charts' data and encodings, not just that they exist."""

from __future__ import annotations

import json
from pathlib import Path

import altair as alt
import pandas as pd
import pyarrow as pa
import pytest
from streamlit import dataframe_util

from dashboard.app import charts
from dashboard.curated import analysis
from dashboard.curated.load import load_dataset

FRAMES = load_dataset().frames
ROOT = Path(__file__).resolve().parent.parent


def test_hemicycle_of_the_committee_vote() -> None:
    seats = charts.seat_groups(analysis.event_breakdown(FRAMES, "ga3-2014-dprk-resolution").seats)
    counts = seats["group"].value_counts().to_dict()
    assert sum(counts.values()) == 193
    assert counts["No: 9 named in the sources"] == 9
    assert counts["No: 10 not named in the sources"] == 10
    assert counts["Yes: 111 not named in the sources"] == 111
    assert counts["Absent or did not vote: 8 derived from the tally"] == 8
    named = seats[seats["group"] == "No: 9 named in the sources"]
    unnamed = seats[seats["group"] == "No: 10 not named in the sources"]
    assert set(named["fill"]) == {charts.VOTE_COLOURS["no"]} and set(unnamed["fill"]) == {"white"}
    assert set(unnamed["stroke"]) == {charts.VOTE_COLOURS["no"]}
    assert "China: no" in set(named["label"])
    chart = charts.hemicycle(analysis.event_breakdown(FRAMES, "ga3-2014-dprk-resolution").seats)
    assert len(chart.data) == 193 and chart.to_dict()["width"] <= 340  # fits a 390 px phone


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
    seats = charts.seat_groups(analysis.event_breakdown(FRAMES, "unsc-2024-panel-of-experts-draft").seats)
    assert seats["group"].value_counts().to_dict() == {
        "Unknown: 14 vote not reported": 14,
        "No: 1 named in the sources": 1,
    }
    named = seats[seats["group"].str.startswith("No")]
    assert list(named["label"]) == ["Russia: no"]
    assert charts.seat_size(15) > charts.seat_size(47) > charts.seat_size(193) > 0


def layer_data(chart, index: int = 0) -> pd.DataFrame:  # noqa: ANN001 - an Altair chart
    """The data frame of a layered chart's layer (or of the chart itself)."""
    layers = getattr(chart, "layer", None)
    data = layers[index].data if layers else chart.data
    return data if isinstance(data, pd.DataFrame) else chart.data


def test_tally_html_draws_the_bars_to_one_scale_and_says_not_reported() -> None:
    block = charts.tally_html({"yes": 130, "no": 13, "abstain": 0, "non_voting": None}, "Tally <as given>")
    assert block.startswith('<div class="tally" role="figure" aria-label="Tally &lt;as given&gt;" style=')
    rows = block.split('<div style="display:flex')[1:]
    assert [r.split("text-align:right\">")[1].split("<")[0] for r in rows] == ["Yes", "No", "Abstain",
                                                                                "Absent or did not vote"]
    assert "width:76.9%;background:#2166AC" in rows[0] and rows[0].endswith("130</span></div>")  # 130 / (130 × 1.3)
    assert "width:7.7%;background:#B35806" in rows[1]
    assert "background" not in rows[2] and rows[2].endswith(">0</span></div>")  # no bar for none
    assert "background" not in rows[3] and "not reported</span>" in rows[3]
    assert "\n\n" not in block  # one HTML block inside Markdown: a blank line would end it


def test_vote_map_draws_named_states_offline() -> None:
    named = analysis.event_breakdown(FRAMES, "ga3-2014-dprk-resolution").named
    spec = charts.vote_map(named).to_dict()
    lookup = next(t for t in spec["layer"][1]["transform"] if "lookup" in t)
    values = spec["datasets"][lookup["from"]["data"]["name"]]
    assert sorted(v["id"] for v in values) == sorted(named["country_iso3"])
    assert spec["data"]["url"] == "app/static/world_50m.json"  # the app's own file, not a CDN
    assert (ROOT / "static" / "world_50m.json").is_file()


def test_timeline_marks_partial_dates_as_spans() -> None:
    rows = charts.timeline_rows(FRAMES["events"])
    dated = FRAMES["events"].dropna(subset=["date"])
    assert (~rows["exact"]).sum() == (dated["date_precision"] != "day").sum()
    assert rows["exact"].sum() == (dated["date_precision"] == "day").sum()
    assert rows.loc[~rows["exact"], "when"].str.contains("approximate").all()
    assert (rows.loc[~rows["exact"], "end"] > rows.loc[~rows["exact"], "start"]).all()


def test_timeline_names_events_whole_and_wraps_them_for_a_phone() -> None:
    rows = charts.timeline_rows(FRAMES["events"])
    icc = rows.loc[rows["title"].str.contains("refer it to the ICC")].iloc[0]
    assert icc["label"] == f"2014 · {icc['title']}" and not icc["label"].endswith("…")
    lines = icc["wrapped"].split("\n")
    assert " ".join(lines) == icc["label"] and icc["lines"] == len(lines) == 2
    assert all(len(line) <= charts.TIMELINE_WRAP for line in rows["wrapped"].str.split("\n").sum())
    names = charts.timeline(FRAMES["events"]).to_dict()["layer"][-1]["mark"]
    assert names["lineBreak"] == "\n" and "datum.wrapped" in names["text"]["expr"]


def test_date_span() -> None:
    assert charts.date_span("2014") == (pd.Timestamp("2014-01-01"), pd.Timestamp("2014-12-31"))
    assert charts.date_span("2014-02") == (pd.Timestamp("2014-02-01"), pd.Timestamp("2014-02-28"))
    assert charts.date_span("2017-03-24") == (pd.Timestamp("2017-03-24"), pd.Timestamp("2017-03-24"))


def test_one_legend_order_everywhere() -> None:
    """yes, no, abstain, absent, unknown: in the hemicycle, the map, the tally bars, series and shares."""
    order = [charts.VOTE_LABELS[v] for v in charts.VOTE_ORDER]

    def ranks(names: list[str]) -> list[int]:
        return [next(i for i, label in enumerate(order) if n.startswith(label)) for n in names]

    seats = charts.hemicycle(analysis.event_breakdown(FRAMES, "ga3-2014-dprk-resolution").seats)
    legend = charts.legend_labels(seats, "stroke")
    assert len(legend) == 5 and ranks(legend) == sorted(ranks(legend))
    assert legend == charts.legend_labels(seats, "fill")  # one legend: each entry's outline and fill
    votes = pd.DataFrame({"country_iso3": ["CHN", "USA", "IND", "FRA"], "country": list("abcd")})
    world = charts.vote_map(votes.assign(vote=["no", "yes", "abstain", "non_voting"]))
    assert charts.legend_labels(world) == order[:4]
    years = pd.DataFrame(
        {"year": [2014, 2015], "yes": [116, None], "no": [20, None], "abstain": [53, None], "sponsors": [None, 61],
         "method": ["recorded", "without_vote"], "covered": [True, True]}
    )  # fmt: skip
    assert charts.legend_labels(charts.series_overview(years, "t"))[:3] == order[:3]
    shares = pd.DataFrame(
        {"actor": "China (CHN)", "year": 2000, "vote": ["absent", "abstain", "no", "yes"], "count": 1, "share": 0.25}
    )
    assert charts.legend_labels(charts.vote_shares(shares)[-1]) == order[:4]


def test_series_overview_marks_years_in_neither_source() -> None:
    years = pd.DataFrame(
        {"year": [2011, 2012], "yes": [123, None], "no": [16, None], "abstain": [51, None], "sponsors": [None, None],
         "method": ["recorded", None], "covered": [True, False]}
    )  # fmt: skip
    spec = charts.series_overview(years, "t")
    gaps = layer_data(spec, 2)
    assert list(gaps["year"]) == ["2012"] and list(gaps["note"]) == ["not in either source"]
    totals = layer_data(spec, 1)
    assert totals.set_index("year")["value"].to_dict() == {"2011": 190.0}


def test_charts_keep_titles_clear_on_a_phone_and_offline() -> None:
    """Titles top left, legends below the plot, stretching charts fit the width, and no spec names a host."""
    named = analysis.event_breakdown(FRAMES, "ga3-2014-dprk-resolution").named
    trend = pd.DataFrame({"year": [2000, 2001], "voeten": [0.3, 0.4], "exact": [0.2, 0.1], "n": [60, 70]})
    for chart in (charts.timeline(FRAMES["events"]), charts.vote_map(named), charts.agreement_trend(trend, "A", "B")):
        spec = chart.to_dict()
        assert spec["title"]["anchor"] == "start"
        assert spec["width"] == "container" and spec["autosize"]["type"] == "fit-x"
        legends = [e["legend"] for layer in spec.get("layer", [spec]) for e in layer.get("encoding", {}).values()
                   if isinstance(e, dict) and e.get("legend")]  # fmt: skip
        assert legends and all(legend["orient"] == "bottom" for legend in legends)
        assert "http" not in json.dumps({k: v for k, v in spec.items() if k != "$schema"})  # a name, never fetched


def every_chart() -> list:
    """Each builder's chart, on small frames or the dataset's (dates, gaps, a missing value, a filtered index)."""
    breakdown = analysis.event_breakdown(FRAMES, "ga3-2014-dprk-resolution")
    trend = pd.DataFrame({"year": [2000, 2001], "voeten": [0.3, 0.4], "exact": [0.2, 0.1], "n": [60, 70]})
    points = pd.DataFrame({"iso3": "CHN", "year": [2000, 2001], "ideal_point": [-1.0, -0.9], "low_5": -1.2,
                           "high_95": -0.7})  # fmt: skip
    years = pd.DataFrame(
        {"year": [2014, 2015], "yes": [116, None], "no": [20, None], "abstain": [53, None], "sponsors": [None, 61],
         "method": ["recorded", "without_vote"], "covered": [True, False]}
    )  # fmt: skip
    shares = pd.DataFrame({"actor": ["A", "B"], "year": 2000, "vote": "yes", "count": 1, "share": 1.0})
    sponsors = pd.DataFrame({"iso3": ["FRA", "JPN"], "sponsor": ["France", "Japan"], "role": ["sponsor", "sponsor"]})
    groups = pd.DataFrame({"group": ["EU", "EU", "P5"], "year": [2000, 2001, 2000], "ai": [0.9, 0.8, 0.5],
                           "roll_calls": [70, 71, 70]})  # fmt: skip
    consensus = pd.DataFrame({"body": "General Assembly", "year": [2000, 2001], "share": [0.7, 0.8], "taken": [100, 90],
                              "without_vote": [70, 72], "coverage": ["full", "partial"], "note": ["", "partial"]})  # fmt: skip
    return [
        charts.timeline(FRAMES["events"]),
        charts.hemicycle(breakdown.seats),
        charts.vote_map(breakdown.named),
        charts.sponsor_map(sponsors),
        charts.agreement_trend(trend, "A", "B"),
        charts.agreement_trend(trend.assign(voeten=[0.3, None]), "A", "B"),
        charts.ideal_points(points, {"CHN": "China"}),
        charts.series_overview(years, "t"),
        *charts.vote_shares(shares),
        charts.cohesion_lines(groups, {"EU": "EU", "P5": "P5"}, "EU", "t"),
        charts.consensus_share(consensus, "t"),
    ]


def test_every_chart_is_valid_vega_lite() -> None:
    """The app sends specs unvalidated (ui.chart); here each chart is checked against Vega-Lite's schema."""
    for chart in every_chart():
        assert chart.to_dict(validate=True)["$schema"].startswith("https://vega.github.io/schema/vega-lite/")


def sent_rows(spec: dict) -> dict:
    """The spec with each dataset reference replaced by the rows the browser receives (Streamlit sends every
    dataset as Arrow: JSON rows and frames alike)."""
    datasets = spec.get("datasets", {})

    def rows(name: str) -> list[dict]:
        arrow = dataframe_util.convert_anything_to_arrow_bytes(datasets[name])
        return pa.ipc.open_stream(arrow).read_all().to_pylist()

    def resolve(node: object) -> object:
        if isinstance(node, dict):
            if set(node) == {"name"} and node["name"] in datasets:
                return rows(node["name"])
            return {k: resolve(v) for k, v in node.items() if k != "datasets"}
        return [resolve(v) for v in node] if isinstance(node, list) else node

    return resolve(spec)  # type: ignore[return-value]


def test_spec_sends_what_to_dict_says() -> None:
    """charts.spec (what ui.chart sends) leaves the data as frames; the browser gets the same spec and rows (and
    charts.without_mark_descriptions)."""
    for chart in every_chart():
        sent = charts.spec(chart)
        assert sent["datasets"] and all(isinstance(frame, pd.DataFrame) for frame in sent["datasets"].values())
        assert sent_rows(sent) == sent_rows(charts.without_mark_descriptions(chart.to_dict(validate=False)))
    dated = charts.spec(charts.timeline(FRAMES["events"]))
    frame = next(iter(dated["datasets"].values()))
    assert frame["start"].str.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00").all()  # local time, as Altair writes dates
    with pytest.raises(alt.MaxRowsError):  # Altair's cap on a chart's rows holds as with to_dict
        charts.spec(charts.agreement_trend(pd.DataFrame({"year": range(6000), "voeten": 0.5, "exact": 0.5, "n": 9}),
                                           "A", "B"))  # fmt: skip


def test_a_sent_chart_has_no_aria_description_per_mark() -> None:
    """Vega-Lite's per-mark ARIA descriptions (an expression per seat, point or country) are off in every sent
    spec, and only theirs (axes, legends and title keep their labels); the spec stays valid Vega-Lite."""
    import jsonschema
    from altair.vegalite.v6.schema.core import load_schema

    schema = load_schema()
    for chart in every_chart():
        sent = charts.spec(chart)
        assert sent["config"]["mark"] == {"aria": False} or sent["config"]["mark"]["aria"] is False
        assert "aria" not in sent["config"] and "aria" not in sent["config"].get("axis", {})
        jsonschema.validate({key: value for key, value in sent.items() if key != "datasets"}, schema)


def test_year_axes_span_the_data_years_only() -> None:
    """The agreement trend and the ideal points run from the first year in the data to the last, not to a
    rounded 2030 beyond the record's end."""
    trend = pd.DataFrame({"year": [2021, 2026], "voeten": [0.3, 0.4], "exact": [0.2, 0.1], "n": [60, 70]})
    points = pd.DataFrame({"iso3": "CHN", "year": [2000, 2019], "ideal_point": [-1.0, -0.9], "low_5": -1.2,
                           "high_95": -0.7})  # fmt: skip
    for chart in (charts.agreement_trend(trend, "A", "B"), charts.ideal_points(points, {"CHN": "China"})):
        spec = chart.to_dict()
        scales = [e["scale"] for layer in spec.get("layer", [spec]) for channel, e in layer.get("encoding", {}).items()
                  if channel == "x" and "scale" in e]  # fmt: skip
        assert scales and all(s == {"nice": False, "zero": False} for s in scales)


def test_line_charts_break_where_a_year_has_no_value() -> None:
    """A year without a value (absent, or null) is a null row of its line, so Vega-Lite breaks the line there
    instead of joining the years either side; a line starts and ends at its first and last value."""
    consensus = pd.DataFrame({"body": ["Commission on Human Rights"] * 4 + ["General Assembly"] * 2,
                              "year": [1949, 1950, 1951, 1952, 1950, 1954], "share": [None, 0.5, None, 0.6, 0.7, 0.8],
                              "taken": 9, "without_vote": 5, "coverage": "full", "note": ""})  # fmt: skip
    rows = layer_data(charts.consensus_share(consensus, "t"))
    by_body = {body: dict(zip(part["year"], part["share"], strict=True)) for body, part in rows.groupby("body")}
    assert list(by_body["Commission on Human Rights"]) == [1950, 1951, 1952]  # no leading null year
    assert pd.isna(by_body["Commission on Human Rights"][1951])
    assert list(by_body["General Assembly"]) == [1950, 1951, 1952, 1953, 1954]  # the absent years added
    assert [pd.isna(by_body["General Assembly"][y]) for y in range(1950, 1955)] == [False, True, True, True, False]
    trend = pd.DataFrame({"year": [2000, 2003], "voeten": [0.3, 0.4], "exact": [0.2, 0.1], "n": [60, 70]})
    long = layer_data(charts.agreement_trend(trend, "A", "B"))
    assert len(long) == 8 and long.loc[long["year"].isin([2001, 2002]), "agreement"].isna().all()
    points = pd.DataFrame({"iso3": "CHN", "year": [2000, 2002], "ideal_point": [-1.0, -0.9], "low_5": -1.2,
                           "high_95": -0.7})  # fmt: skip
    drawn = layer_data(charts.ideal_points(points, {"CHN": "China"}))
    assert list(drawn["year"]) == [2000, 2001, 2002] and drawn.loc[1, ["ideal_point", "low_5"]].isna().all()
    groups = pd.DataFrame({"group": ["EU", "EU"], "year": [2000, 2002], "ai": [0.9, 0.8], "roll_calls": [70, 71]})
    lines = layer_data(charts.cohesion_lines(groups, {"EU": "EU"}, "EU", "t"))
    assert list(lines["year"]) == [2000, 2001, 2002] and pd.isna(lines.loc[1, "ai"]) and lines.loc[1, "name"] == "EU"
