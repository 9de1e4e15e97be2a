"""Sources: each article with its metadata and text, evidence passages highlighted, and the facts drawn from each."""

import html

import streamlit as st

from dashboard.app import format as fmt
from dashboard.app import nav, ui
from dashboard.app.content import sources as content
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
    st.success(  # the fact, and the passages that state it: one element
        f"**{html.escape(analysis.fact_descriptions(frames).get(fact, fact), quote=False)}**: "
        f"{fmt.count(len(rows), 'passage states', 'passages state')} it, highlighted in darker yellow below.\n\n"
        + content.fact_quotes([(row.quote, label(row.source_id)) for row in rows.itertuples()])
    )
    others = [s for s in fact_sources if s != source_id]
    for other in others:
        st.page_link(
            nav.SOURCES.file,
            label=f"The same fact in {label(other)}",
            query_params={"source": other, "fact": fact},
        )

text = data.texts[source_id]
passages = analysis.source_passages(frames, text, source_id)
focus = (
    set(evidence.loc[(evidence["fact_id"] == fact) & (evidence["source_id"] == source_id), "quote"]) if fact else set()
)
# the headline, the metadata, the notes and the text with its passages highlighted: one element
st.markdown(
    content.article_markdown(sources.loc[source_id], content.highlighted_text(text, passages, focus)),
    unsafe_allow_html=True,
)
missing = passages["start"].isna().sum()
if missing:
    st.warning(
        f"{fmt.count(int(missing), 'passage')} could not be located in the text; "
        "listed below without a highlight."
    )
described = analysis.fact_descriptions(frames)
st.markdown(content.passages_markdown(passages, described, analysis.fact_events(frames), fact), unsafe_allow_html=True)
ui.footer(data)
