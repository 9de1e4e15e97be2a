"""Sources: each article with its metadata and text, evidence passages highlighted, and the facts drawn from each."""

import html

import pandas as pd
import streamlit as st

from dashboard import analysis, ui

data = ui.dataset()
frames = data.frames
sources = frames["sources"].set_index("source_id")
evidence = frames["evidence"]

st.title("Sources")
fact = ui.param_choice("fact", set(evidence["fact_id"]), None)
fact_sources = list(dict.fromkeys(evidence.loc[evidence["fact_id"] == fact, "source_id"])) if fact else []
default = fact_sources[0] if fact_sources else sources.index[0]
chosen = ui.param_choice("source", list(sources.index), default)


def label(source_id: str) -> str:
    row = sources.loc[source_id]
    title = row["headline"] if isinstance(row["headline"], str) else "(no headline)"
    return f"{source_id[:3]} · {title} · {row['published']}"


source_id = st.selectbox("Article", list(sources.index), index=list(sources.index).index(chosen), format_func=label)
ui.set_params(source=source_id, fact=fact if fact and source_id in fact_sources else None)

if fact:
    rows = evidence[evidence["fact_id"] == fact]
    st.success(f"Evidence for **{fact}** ({rows['fact_table'].iloc[0]}): {len(rows)} passage(s), highlighted below.")
    for row in rows.itertuples():
        st.markdown(f"> {html.escape(row.quote, quote=False)}  \n> — *{label(row.source_id)}*")
    others = [s for s in fact_sources if s != source_id]
    for other in others:
        st.page_link(
            "dashboard/pages/sources.py",
            label=f"The same fact in {label(other)}",
            query_params={"source": other, "fact": fact},
        )

meta = sources.loc[source_id]
st.header(meta["headline"] if isinstance(meta["headline"], str) else "Article without a headline")


def value(v: object) -> str:
    return "not stated" if pd.isna(v) else str(v)


fields = {"Outlet": "outlet", "Agency": "agency", "Byline": "byline", "Published": "published", "Dateline": "dateline"}
st.markdown(" · ".join(f"**{name}:** {value(meta[column])}" for name, column in fields.items()))
notes = [
    f"Date: {meta['published_derivation']}" if isinstance(meta["published_derivation"], str) else None,
    meta["notes"] if isinstance(meta["notes"], str) else None,
    f"Rights: {meta['rights']}",
    f"File: {meta['file']}",
]
st.caption(" · ".join(n for n in notes if n))

text = data.texts[source_id]
passages = analysis.source_passages(frames, text, source_id)
focus = (
    set(evidence.loc[(evidence["fact_id"] == fact) & (evidence["source_id"] == source_id), "quote"]) if fact else set()
)
spans = [(int(p.start), int(p.end), f"p{i}") for i, p in passages.iterrows() if not pd.isna(p.start)]
pieces = analysis.highlight_spans(text, spans)
quote_of = {f"p{i}": p.quote for i, p in passages.iterrows()}
out = []
for piece, pid in pieces:
    if pid is None:
        out.append(html.escape(piece, quote=False))
    else:
        colour = "#FFD54F" if quote_of[pid] in focus else "#FFF3C4"
        out.append(f'<mark id="{pid}" style="background:{colour}">{html.escape(piece, quote=False)}</mark>')
st.markdown(
    '<div style="white-space: pre-wrap; font-family: Georgia, serif; line-height: 1.55; max-width: 60rem; '
    'border-left: 3px solid #ddd; padding-left: 1rem">' + "".join(out) + "</div>",
    unsafe_allow_html=True,
)

st.subheader(f"{len(passages)} passages used as evidence, and the facts drawn from each")
event_of = analysis.fact_events(frames)
for p in passages.itertuples():
    with st.expander(f"“{p.quote[:90]}{'…' if len(p.quote) > 90 else ''}”", expanded=p.quote in focus):
        st.markdown(f"> {html.escape(p.quote, quote=False)}")
        for fact_id, table in zip(p.facts, p.tables, strict=True):
            event_id = event_of.get(fact_id)
            link = f" · [event breakdown ↗]({ui.page_url('breakdown', event=event_id)})" if event_id else ""
            st.markdown(f"- `{table}` · **{fact_id}**{link}")
ui.footer(data)
