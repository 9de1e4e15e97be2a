"""Sources: each article with its metadata and text, evidence passages highlighted, and the facts drawn from each."""

import html

import pandas as pd
import streamlit as st

from dashboard.app import format as fmt
from dashboard.app import nav, ui
from dashboard.curated import analysis

data = ui.dataset()
frames = data.frames
sources = frames["sources"].set_index("source_id")
evidence = frames["evidence"]

st.title("Sources")
fact = ui.param_choice("fact", set(evidence["fact_id"]), None)
fact_sources = list(dict.fromkeys(evidence.loc[evidence["fact_id"] == fact, "source_id"])) if fact else []
default = fact_sources[0] if fact_sources else sources.index[0]
chosen = ui.param_choice("source", list(sources.index), default)


labels = analysis.source_labels(frames)


def label(source_id: str) -> str:
    return labels[source_id]


source_id = st.selectbox("Article", list(sources.index), index=list(sources.index).index(chosen), format_func=label)
if fact and source_id not in fact_sources:  # the reader moved to an article the fact is not drawn from
    fact = None
ui.set_params(source=source_id, fact=fact)

if fact:
    rows = evidence[evidence["fact_id"] == fact]
    st.success(
        f"**{html.escape(analysis.fact_descriptions(frames).get(fact, fact), quote=False)}**: "
        f"{fmt.count(len(rows), 'passage states', 'passages state')} it, highlighted in darker yellow below."
    )
    for row in rows.itertuples():
        st.markdown(f"> {html.escape(row.quote, quote=False)}  \n> — *{label(row.source_id)}*")
    others = [s for s in fact_sources if s != source_id]
    for other in others:
        st.page_link(
            nav.SOURCES.file,
            label=f"The same fact in {label(other)}",
            query_params={"source": other, "fact": fact},
        )

meta = sources.loc[source_id]
st.header(meta["headline"] if isinstance(meta["headline"], str) else "Article without a headline")


fields = {"Outlet": "outlet", "Agency": "agency", "Byline": "byline", "Published": "published", "Dateline": "dateline"}
st.markdown(" · ".join(f"**{name}:** {fmt.known(meta[column], 'not stated')}" for name, column in fields.items()))
notes = [
    f"Date: {meta['published_derivation']}" if isinstance(meta["published_derivation"], str) else None,
    meta["notes"] if isinstance(meta["notes"], str) else None,
    f"Rights: {meta['rights']}",
]
st.caption(" · ".join(n for n in notes if n))

text = data.texts[source_id]
passages = analysis.source_passages(frames, text, source_id)
focus = (
    set(evidence.loc[(evidence["fact_id"] == fact) & (evidence["source_id"] == source_id), "quote"]) if fact else set()
)
spans = [(int(p.start), int(p.end), f"p{i + 1}") for i, p in passages.iterrows() if not pd.isna(p.start)]
pieces = analysis.highlight_spans(text, spans)
quote_of = {f"p{i + 1}": p.quote for i, p in passages.iterrows()}
out = []
offset = 0
for piece, pid in pieces:
    start, offset = offset, offset + len(piece)
    if pid is None:
        out.append(html.escape(piece, quote=False))
        continue
    # every passage this highlighted stretch carries (overlapping passages share one highlight)
    numbers = [n[1:] for s_, e_, n in spans if s_ < offset and e_ > start]
    focused = any(quote_of[f"p{n}"] in focus for n in numbers)
    colour = "#FFD54F" if focused else "#FFF3C4"
    out.append(
        f'<mark id="{pid}" style="background:{colour}">{html.escape(piece, quote=False)}</mark>'
        f'<sup style="color:#8a6d00;font-family:system-ui,sans-serif">[{", ".join(numbers)}]</sup>'
    )
st.caption("Highlighted: the passages used as evidence, numbered as in the list below the article.")
st.markdown(
    '<div style="white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, serif; line-height: 1.55; '
    'max-width: 60rem; border-left: 3px solid #ddd; padding-left: 1rem">' + "".join(out) + "</div>",
    unsafe_allow_html=True,
)

missing = passages["start"].isna().sum()
if missing:
    st.warning(
        f"{fmt.count(int(missing), 'passage')} could not be located in the text; "
        "listed below without a highlight."
    )
st.subheader(f"{len(passages)} passages used as evidence, and the facts drawn from each")
event_of = analysis.fact_events(frames)
described = analysis.fact_descriptions(frames)
for number, p in enumerate(passages.itertuples(), start=1):
    short = fmt.shorten(p.quote, 90)
    with st.expander(f"[{number}] “{short}” — {fmt.count(len(p.facts), 'fact')}", expanded=p.quote in focus):
        st.markdown(f"> {html.escape(p.quote, quote=False)}")
        if not pd.isna(p.start):
            st.caption(f"Characters {int(p.start)}–{int(p.end)} of the article.")
        for fact_id in p.facts:
            event_id = event_of.get(fact_id)
            link = f" · [event breakdown ↗]({nav.BREAKDOWN.url(event=event_id)})" if event_id else ""
            what = html.escape(described.get(fact_id, fact_id), quote=False)
            mark = " ← the fact you followed" if fact_id == fact else ""
            st.markdown(f"- {what}{link}{mark}")
ui.footer(data)
