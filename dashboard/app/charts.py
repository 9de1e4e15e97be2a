"""Plotly figures. No Streamlit here: each function takes tidy frames and returns a figure."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

#: One colour per vote value in every chart and table. Blue against brown-orange (a pair that stays apart
#: for every common colour vision), abstain a lighter amber, absent a dark grey and unknown a light grey,
#: so the two greys differ by lightness. tests/test_palette.py simulates protanopia and deuteranopia
#: (Machado et al. 2009) and requires a CIEDE2000 difference of at least 20 between every pair.
VOTE_COLOURS = {
    "yes": "#2166AC",  # blue
    "no": "#B35806",  # dark orange-brown
    "abstain": "#F5B041",  # amber
    "non_voting": "#404040",  # dark grey: absent or did not vote
}
UNKNOWN_COLOUR = "#C8C8C8"  # light grey: a vote no source reports
#: The one order of every legend: yes, no, abstain, absent, unknown.
VOTE_ORDER = ["yes", "no", "abstain", "non_voting", "unknown"]
VOTE_LABELS = {
    "yes": "Yes",
    "no": "No",
    "abstain": "Abstain",
    "non_voting": "Absent or did not vote",
    "unknown": "Unknown",
}
BODY_COLOURS = {
    "ga_plenary": "#0072B2",
    "ga_third_committee": "#56B4E9",
    "security_council": "#D55E00",
    "human_rights_council": "#009E73",
    "commission_of_inquiry": "#CC79A7",
    "ohchr": "#E69F00",
}
BODY_LABELS = {
    "ga_plenary": "General Assembly (plenary)",
    "ga_third_committee": "GA Third Committee",
    "security_council": "Security Council",
    "human_rights_council": "Human Rights Council",
    "commission_of_inquiry": "Commission of Inquiry",
    "ohchr": "OHCHR",
}
#: Where seats sit in the hemicycle, left to right (yes on the left, no on the right); legends use VOTE_ORDER.
SEAT_ORDER = ["yes", "abstain", "non_voting", "unknown", "no"]
FONT = {"family": "system-ui, sans-serif", "size": 13}


def legend_rank(vote: str, named: bool = True) -> int:
    """Plotly legendrank that lists traces in VOTE_ORDER whatever order they were drawn in."""
    return 100 + 10 * VOTE_ORDER.index(vote) + (0 if named else 5)


#: Chart configuration for every st.plotly_chart: no plotly toolbar (on a phone a tap shows it over the
#: title; dragging still zooms and a double tap resets), no logo, map outlines from the app's static files.
CONFIG = {"displaylogo": False, "topojsonURL": "app/static/", "displayModeBar": False}


#: A legend under everything, anchored to the bottom of the figure (not to the plot), so an axis title never
#: sits on it however narrow the screen; the figure's bottom margin leaves it room for wrapped rows.
LEGEND_BELOW = {"orientation": "h", "yref": "container", "y": 0, "yanchor": "bottom", "x": 0, "xanchor": "left"}


def _layout(fig: go.Figure, height: int, bottom: int = 10, **kwargs: object) -> go.Figure:
    """Height, margins and a left-aligned title at the top; `bottom` is the room kept under the plot."""
    title = kwargs.pop("title", None)
    if isinstance(title, str):
        title = {"text": title, "x": 0, "xanchor": "left", "xref": "container", "y": 0.99, "yanchor": "top"}
    fig.update_layout(
        height=height + bottom, margin={"l": 10, "r": 10, "t": 48, "b": bottom}, font=FONT, title=title, **kwargs
    )
    return fig


def vote_shares(shares: pd.DataFrame, title: str = "Share of each vote, by year") -> go.Figure:
    """One small panel per state or bloc: stacked yes / no / abstain / absent shares of its recorded votes per year."""
    from plotly.subplots import make_subplots

    actors = list(dict.fromkeys(shares["actor"]))
    fig = make_subplots(rows=max(len(actors), 1), cols=1, shared_xaxes=True, vertical_spacing=0.06)
    for row, actor in enumerate(actors, start=1):
        part = shares[shares["actor"] == actor]
        for vote in ("yes", "no", "abstain", "absent"):
            key = "non_voting" if vote == "absent" else vote
            rows = part[part["vote"] == vote]
            fig.add_trace(
                go.Bar(
                    x=rows["year"],
                    y=rows["share"],
                    name=VOTE_LABELS[key],
                    marker_color=VOTE_COLOURS[key],
                    customdata=rows["count"],
                    hovertemplate=f"{actor}<br>%{{x}}: %{{y:.0%}} {VOTE_LABELS[key].lower()} (%{{customdata}})"
                    "<extra></extra>",
                    legendgroup=key,
                    showlegend=row == 1,
                    legendrank=legend_rank(key),
                ),
                row=row,
                col=1,
            )
        short = actor.rsplit(" (", 1)[0]
        fig.update_yaxes(range=[0, 1], tickformat=".0%", row=row, col=1, nticks=3, title_text=short)
    fig.update_layout(barmode="stack", bargap=0.1)
    return _layout(
        fig,
        110 + 150 * max(len(actors), 1),
        title=title,
        bottom=70,
        legend=LEGEND_BELOW,
    )


def tally_bar(tally: dict[str, int | None], title: str = "Reported tally") -> go.Figure:
    """Horizontal bars of yes / no / abstain / non-voting, each labelled with its number or 'not reported'."""
    values = [v for v in VOTE_COLOURS if v in tally]
    counts = [tally[v] or 0 for v in values]
    text = [str(tally[v]) if tally[v] is not None else "not reported" for v in values]
    fig = go.Figure(
        go.Bar(
            y=[VOTE_LABELS[v] for v in values],
            x=counts,
            orientation="h",
            marker_color=[VOTE_COLOURS[v] for v in values],
            text=text,
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{text}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title="states", range=[0, max(counts + [1]) * 1.3])
    return _layout(fig, 240, title=title, showlegend=False)


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


def seat_size(n: int) -> int:
    """Marker size (px) for a chart of n seats: large for the Security Council, small for the Assembly."""
    return 11 if n > 120 else (15 if n > 40 else 24)


def hemicycle(seats: pd.DataFrame, title: str = "Seats", named_label: str = "named in the sources") -> go.Figure:
    """A parliament chart. seats: one row per seat with columns vote, named (bool), label.

    Named seats are filled circles; seats whose state no source names are open circles,
    so the difference does not rest on colour alone.
    """
    ordered = seats.assign(_order=seats["vote"].map({v: i for i, v in enumerate(SEAT_ORDER)}))
    ordered = ordered.sort_values(["_order", "named"], ascending=[True, False], kind="stable").reset_index(drop=True)
    positions = hemicycle_positions(len(ordered))
    ordered = pd.concat([ordered, positions], axis=1)
    fig = go.Figure()
    for vote in SEAT_ORDER:
        for named in (True, False):
            group = ordered[(ordered["vote"] == vote) & (ordered["named"] == named)]
            if group.empty:
                continue
            suffix = named_label if named else "not named in the sources"
            colour = VOTE_COLOURS.get(vote, UNKNOWN_COLOUR)
            if vote == "unknown":
                suffix = "vote not reported"
            elif vote == "non_voting" and not named:
                suffix = "derived from the tally"
            fig.add_trace(
                go.Scatter(
                    x=group["x"],
                    y=group["y"],
                    mode="markers",
                    name=f"{VOTE_LABELS[vote]}: {len(group)} {suffix}",
                    marker={
                        "size": seat_size(len(ordered)),
                        "color": colour if named else "white",
                        "line": {"color": colour, "width": 2},
                        "symbol": "circle",
                    },
                    text=group["label"],
                    hovertemplate="%{text}<extra></extra>",
                    legendrank=legend_rank(vote, named),
                )
            )
    fig.update_xaxes(visible=False, range=[-2.2, 2.2])
    fig.update_yaxes(visible=False, range=[-0.1, 2.2], scaleanchor="x")
    return _layout(fig, 400, bottom=90, title=title, legend=LEGEND_BELOW, plot_bgcolor="white")


def category_map(
    rows: pd.DataFrame, code: str, name: str, category: str, colours: dict[str, str], labels: dict[str, str], title: str
) -> go.Figure:
    """A world map with one flat colour per category (in the order of `colours`) and a legend entry for each."""
    fig = go.Figure()
    for value, colour in colours.items():
        group = rows[rows[category] == value]
        if group.empty:
            continue
        label = labels.get(value, value)
        fig.add_trace(
            go.Choropleth(
                locations=group[code],
                z=[1] * len(group),
                text=group[name],
                colorscale=[[0, colour], [1, colour]],
                showscale=False,
                name=label,
                hovertemplate=f"%{{text}}: {label}<extra></extra>",
                marker_line_color="white",
                marker_line_width=0.5,
            )
        )
        fig.add_trace(  # a legend entry: choropleths have none of their own
            go.Scattergeo(lon=[None], lat=[None], mode="markers", name=label, marker={"color": colour, "size": 10})
        )
    _world(fig)
    return _layout(fig, 400, bottom=60, title=title, legend=LEGEND_BELOW)


def vote_map(votes: pd.DataFrame, title: str = "Named votes") -> go.Figure:
    """World map of the votes the sources name (columns country_iso3, country, vote), in VOTE_ORDER."""
    return category_map(votes, "country_iso3", "country", "vote", VOTE_COLOURS, VOTE_LABELS, title)


def timeline(events: pd.DataFrame) -> go.Figure:
    """One row per dated event, coloured by body. Day dates are diamonds; month or year dates are dotted
    spans across the whole month or year, marked approximate."""
    fig = go.Figure()
    dated = events[events["date"].notna()].sort_values("date")
    shown: set[str] = set()
    for row in dated.itertuples():
        colour = BODY_COLOURS.get(row.body, "#444444")
        label = BODY_LABELS.get(row.body, row.body)
        start, end = date_span(row.date)
        exact = row.date_precision == "day"
        name = short_label(f"{row.date} · {row.title}")
        hover = f"{row.title}<br>{label}<br>{row.date}" + (
            "" if exact else f" (approximate: {row.date_precision} only)"
        )
        x = [start] if exact else [start, end]
        fig.add_trace(
            go.Scatter(
                x=x,
                y=[name] * len(x),
                mode="markers" if exact else "lines+markers",
                line={"color": colour, "width": 6, "dash": "dot"},
                marker={"color": colour, "size": 12, "symbol": "diamond" if exact else "line-ns-open"},
                name=label,
                legendgroup=label,
                showlegend=label not in shown,
                hovertext=hover,
                hoverinfo="text",
            )
        )
        shown.add(label)
    for name in dict.fromkeys(f"{r.date} · {r.title}" for r in dated.itertuples()):
        fig.add_annotation(  # the event's name above its row, left-aligned: the plot keeps the whole width
            x=0,
            xref="paper",
            xanchor="left",
            y=short_label(name),
            yref="y",
            yshift=15,
            showarrow=False,
            text=html_escape(short_label(name)),
            font={"size": 12, "color": "#1f1f1f"},
            align="left",
        )
    fig.update_xaxes(title="date")
    fig.update_yaxes(autorange="reversed", showticklabels=False, showgrid=True, gridcolor="#EEEEEE")
    height = 80 + 46 * len(dated)
    return _layout(fig, height, bottom=110, title="UN events in the dataset", legend=LEGEND_BELOW)


def short_label(name: str) -> str:
    return name if len(name) <= 48 else name[:47] + "…"


def html_escape(text: str) -> str:
    import html

    return html.escape(text, quote=False)


def date_span(value: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The first and last day a YYYY[-MM[-DD]] date may mean."""
    parts = value.split("-")
    start = pd.Timestamp(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    if len(parts) == 3:
        return start, start
    end = start + (pd.offsets.MonthEnd(0) if len(parts) == 2 else pd.offsets.YearEnd(0))
    return start, end


def agreement_trend(trend: pd.DataFrame, a: str, b: str) -> go.Figure:
    """Voeten score and exact-match rate by year (points sized by the roll calls both voted on)."""
    fig = go.Figure()
    for column, name, colour, dash in (
        ("voeten", "Voeten score", "#0072B2", "solid"),
        ("exact", "Exact-match rate", "#E69F00", "dot"),
    ):
        fig.add_trace(
            go.Scatter(
                x=trend["year"],
                y=trend[column],
                name=name,
                mode="lines+markers",
                line={"color": colour, "dash": dash},
                customdata=trend["n"],
                hovertemplate="%{x}: %{y:.2f} over %{customdata} roll calls<extra>" + name + "</extra>",
            )
        )
    fig.update_yaxes(range=[0, 1.02], title="agreement (1 = always the same vote)")
    fig.update_xaxes(title="year")
    return _layout(fig, 300, bottom=80, title=f"{a} and {b}, by year", legend=LEGEND_BELOW)


def series_bars(series: pd.DataFrame, title: str) -> go.Figure:
    """Yes / no / abstain per year of a recurring resolution (stacked, labelled)."""
    fig = go.Figure()
    for vote in ("yes", "no", "abstain"):
        fig.add_trace(
            go.Bar(
                x=series["year"].astype(str),
                y=series[vote],
                name=VOTE_LABELS[vote],
                marker_color=VOTE_COLOURS[vote],
                text=series[vote],
                textposition="inside",
            )
        )
    fig.update_layout(barmode="stack")
    fig.update_yaxes(title="states")
    return _layout(fig, 320, bottom=80, title=title, legend=LEGEND_BELOW)


SPONSOR_COLOURS = {"sponsor": "#009E73", "additional sponsor": "#56B4E9"}  # green, sky blue (Okabe–Ito)


def _world(fig: go.Figure) -> None:
    fig.update_geos(
        fitbounds=False,
        resolution=50,
        showcountries=True,
        countrycolor="#BBBBBB",
        showland=True,
        landcolor="#EEEEEE",
        showframe=False,
        projection_type="natural earth",
    )


def sponsor_map(sponsors: pd.DataFrame, title: str = "Sponsors") -> go.Figure:
    """World map of the states that sponsored (columns iso3, sponsor, role: 'sponsor' / 'additional sponsor')."""
    states = sponsors.dropna(subset=["iso3"]).drop_duplicates("iso3")
    return category_map(states, "iso3", "sponsor", "role", SPONSOR_COLOURS, {}, title)


STATE_LINE_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]


def ideal_points(points: pd.DataFrame, names: dict[str, str], title: str = "Ideal points by year") -> go.Figure:
    """Each state's ideal point by year with its 5–95 % band (columns iso3, year, ideal_point, low_5, high_95)."""
    fig = go.Figure()
    for i, (iso3, rows) in enumerate(points.groupby("iso3", sort=False)):
        colour = STATE_LINE_COLOURS[i % len(STATE_LINE_COLOURS)]
        name = names.get(iso3, iso3)
        fig.add_trace(
            go.Scatter(
                x=pd.concat([rows["year"], rows["year"][::-1]]),
                y=pd.concat([rows["high_95"], rows["low_5"][::-1]]),
                fill="toself",
                fillcolor=colour,
                opacity=0.15,
                line={"width": 0},
                hoverinfo="skip",
                showlegend=False,
            )
        )
        fig.add_trace(
            go.Scatter(
                x=rows["year"],
                y=rows["ideal_point"],
                name=name,
                mode="lines",
                line={"color": colour},
                hovertemplate=f"{name}, %{{x}}: %{{y:.2f}}<extra></extra>",
            )
        )
    fig.update_yaxes(title="ideal point (higher: closer to the US-led Western position)")
    fig.update_xaxes(title="year")
    return _layout(fig, 340, bottom=80, title=title, legend=LEGEND_BELOW)


def series_overview(years: pd.DataFrame, title: str) -> go.Figure:
    """A recurring resolution year by year: the tally of a recorded vote (stacked), the number of sponsoring
    states of an adoption without a vote (green), and years neither source covers marked as such."""
    x = years["year"].astype(str).tolist()

    def numbers(values: pd.Series) -> list[float | None]:
        return [None if pd.isna(v) else float(v) for v in values]

    fig = go.Figure()
    for vote in ("yes", "no", "abstain"):
        y = numbers(years[vote])
        fig.add_trace(go.Bar(x=x, y=y, name=VOTE_LABELS[vote], marker_color=VOTE_COLOURS[vote], textposition="inside"))
    sponsors = numbers(years["sponsors"].where(years["method"] == "without_vote"))
    fig.add_trace(
        go.Bar(
            x=x,
            y=sponsors,
            name="Sponsoring states (adopted without a vote)",
            marker_color=SPONSOR_COLOURS["sponsor"],
            marker_pattern_shape="/",
            textposition="outside",
        )
    )
    for year in years.loc[~years["covered"], "year"].astype(str):  # x by position: "2012" would read as a number
        fig.add_annotation(x=x.index(year), y=0, text="not in<br>either<br>source", showarrow=False, yanchor="bottom",
                           font={"size": 10, "color": "#555555"})  # fmt: skip
    fig.update_layout(barmode="stack")
    fig.update_traces(selector={"type": "bar"}, texttemplate="%{y:.0f}", textangle=0, cliponaxis=False)
    fig.update_yaxes(title="states")
    fig.update_xaxes(type="category")
    return _layout(fig, 340, bottom=80, title=title, legend=LEGEND_BELOW)
