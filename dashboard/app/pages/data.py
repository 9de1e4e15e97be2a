"""Data: each table with filters, the rows matched, a preview, and a CSV of exactly those rows."""

import streamlit as st

from dashboard.app import charts, nav, ui
from dashboard.app import format as fmt
from dashboard.app.content import data as content
from dashboard.curated import analysis, context, export
from dashboard.curated.tables import COLUMNS
from dashboard.vocabulary import words

data = ui.dataset()
frames = data.frames
tables = {name: name for name in COLUMNS}
events = analysis.event_options(frames)
states = analysis.state_names(frames)
stances = sorted(set(frames["positions"]["stance"]))
bodies = sorted(set(frames["events"]["body"]))
sources = analysis.source_labels(frames)

st.title("Data and downloads")
st.markdown("The curated tables: filter, check the rows, and download exactly those rows as CSV.")
TABLE_LABELS = {
    "sources": "articles (sources)",
    "events": "UN events",
    "votes": "votes the articles name",
    "sponsors": "sponsors and supporters",
    "positions": "positions and quotes",
    "evidence": "evidence passages",
    "links": "links to the official record",
    "actors": "states, organisations and people",
}
table = st.selectbox(
    "Table",
    list(tables),
    index=list(tables).index(ui.param_choice("table", tables, "votes")),
    format_func=lambda t: f"{TABLE_LABELS.get(t, t)} ({t}.csv)",
)

filters: dict[str, str | None] = {}
# The filters fold away (on a phone they took the first screen); the line under the count names those in use.
years = sorted({d[:4] for d in frames["events"]["date"].dropna()})
known = {"body": bodies, "event": events, "state": states, "stance": stances, "source": sources, "from": years}
with ui.filters_folded("Filter the rows", known | {"to": years}):
    filter_row = st.container(horizontal=True)  # one block, not two rows of three columns; narrow screens wrap it
    if analysis.filter_applies(table, "body", frames):
        filters["body"] = ui.select_param(filter_row, "Body", "body", {b: charts.BODY_LABELS.get(b, b) for b in bodies})
        low, high = sorted([ui.param_choice("from", years, years[0]), ui.param_choice("to", years, years[-1])])
        whole = "The whole range means no date filter (undated events stay in)"
        span = filter_row.select_slider("Years", options=years, value=(low, high), help=whole)
        filters["date_from"] = span[0] if span[0] != years[0] else None
        filters["date_to"] = span[1] if span[1] != years[-1] else None
        filters["event"] = ui.select_param(filter_row, "Event", "event", events)
    if analysis.filter_applies(table, "state", frames):
        filters["state"] = ui.select_param(filter_row, "State", "state", {k: f"{v} ({k})" for k, v in states.items()})
    if analysis.filter_applies(table, "stance", frames):
        filters["stance"] = ui.select_param(filter_row, "Stance", "stance", stances)
    if analysis.filter_applies(table, "source", frames):
        filters["source"] = ui.select_param(filter_row, "Source", "source", sources)
ui.set_params(
    table=table,
    body=filters.get("body"),
    event=filters.get("event"),
    state=filters.get("state"),
    stance=filters.get("stance"),
    source=filters.get("source"),
    **{"from": filters.get("date_from"), "to": filters.get("date_to")},
)

rows = analysis.filter_table(frames, table, **filters)
readable = {"body": charts.BODY_LABELS, "event": events, "state": states, "source": sources}
notes = [fmt.active_filters([(k.replace("date_", ""), readable.get(k, {}).get(v, v)) for k, v in filters.items()])]
if (filters.get("date_from") or filters.get("date_to")) and frames["events"]["date"].isna().any():
    notes.append("A year filter leaves out rows about events no source dates (their date is unknown).")
st.markdown(  # the count and the notes under it: one element
    f"**{len(rows)} of {len(frames[table])} rows** match.  \n" + "  \n".join(fmt.small_text(n) for n in notes),
    unsafe_allow_html=True,
)
if rows.empty:
    st.info("No rows match these filters. Clear a filter to see more.", icon=":material/info:")
else:
    fact_column = analysis.row_fact_column(table)
    preview = content.preview_rows(frames, table, rows.head(content.PREVIEW_ROWS))
    config: dict = {  # the event's columns (context): headed "event date", "body", "event title", "official record"
        c: st.column_config.Column(c.removesuffix(" in words"), help=h) for c, h in context.CONTEXT_COLUMNS.items()
    }
    if fact_column:
        preview = preview.assign(passage=preview[fact_column].map(ui.source_url))
        config["passage"] = ui.source_column("passage")
    elif table == "sources":
        preview = preview.assign(passage=preview["source_id"].map(lambda s: nav.SOURCES.url(source=s)))
        config["passage"] = st.column_config.LinkColumn("article", display_text="read ↗")
    headers = {"country_iso3": "country code (ISO 3166)", "actor_id": "actor code", "iso3": "country code"}
    for column, description in COLUMNS[table].items():
        config.setdefault(
            column, st.column_config.Column(headers.get(column, words(column)), help=description)
        )
    order = content.preview_columns(table, list(preview.columns))
    st.dataframe(preview, hide_index=True, column_config=config, column_order=order)
st.markdown(fmt.small_text(content.preview_note(len(rows))), unsafe_allow_html=True)  # what the preview and CSV hold
name = "_".join([table, *(f"{k.replace('date_', '')}-{v}" for k, v in filters.items() if v)]) + ".csv"
ui.download_csv(
    f"Download {len(rows)} rows as CSV ({name})",
    lambda frames=frames, table=table, rows=rows: context.with_context(frames, table, rows),
    name,
    primary=True,
    disabled=rows.empty,
    help="The table's columns, then: " + ", ".join(context.CONTEXT_COLUMNS) + " (where they apply).",
)
ui.download(
    "Download the whole data package (all tables + datapackage.json, zip)",
    lambda: export.package_zip(frames),
    f"{export.PACKAGE_NAME}.zip",
    "application/zip",
)
ui.footer(data)
