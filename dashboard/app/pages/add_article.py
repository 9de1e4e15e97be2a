"""Add an article: paste or upload it, review every proposed fact, download the accepted ones as a patch."""

import streamlit as st

from dashboard.app import ui
from dashboard.app.content import add_article as content
from dashboard.app.loading import cached_rollcalls
from dashboard.curated.load import SEEDS_DIR
from dashboard.curated.suggest import review
from dashboard.curated.suggest.draft import make_draft
from dashboard.curated.suggest.sourceid import new_source_id

data = ui.dataset()
st.title("Add an article")
st.caption(content.INTRO)
uploaded = st.file_uploader("Upload the article (plain text, UTF-8)", type=["txt"])
pasted = st.text_area("…or paste its text", height=180, key="article_text")
text, error = content.article_text(uploaded.getvalue() if uploaded is not None else None, pasted)
if error:
    st.error(error)
if not text.strip():
    st.info("Paste or upload an article to see the proposed facts.", icon=":material/info:")
    ui.footer(data)
    st.stop()

try:
    official = cached_rollcalls()[0]
except Exception:  # noqa: BLE001 — the comparison says "not available" instead
    official = False
source_id = new_source_id(text.replace("\r\n", "\n"), SEEDS_DIR)
draft = make_draft(text, source_id, records=data.records, official=official if official is not False else None)
candidates = review.reviewable(draft)
source = next(c for c in draft.candidates if c.table == "sources")
meta = source.record
st.markdown(content.source_markdown(source_id, meta), unsafe_allow_html=True)
if notice := content.source_id_notice(source_id, data.texts):
    (st.warning if notice[0] == "warning" else st.info)(notice[1])

summary = content.candidates_summary([c.table for c in candidates])  # the count and the highlighted text: one
st.markdown(f"{summary}\n\n{review.highlighted_html(draft, candidates)}", unsafe_allow_html=True)
if draft.skipped:
    with st.expander(f"{len(draft.skipped)} thing(s) seen but not proposed"):
        st.markdown(content.skipped_markdown(draft.skipped))

st.subheader("Review")
both = st.container(horizontal=True)  # one block, not two columns
if both.button("Accept all", key="accept-all"):
    for c in candidates:
        st.session_state[f"accept-{c.key}"] = True
if both.button("Clear all", key="clear-all"):
    for c in candidates:
        st.session_state[f"accept-{c.key}"] = False
accepted: set[str] = set()
edits: dict[str, dict] = {}
for n, c in enumerate(candidates, start=1):  # each: a rule, its words, its tick and its editor (no box: fewer blocks)
    quotes = [item["quote"] for item in c.record.get("evidence", [])]
    st.markdown(content.candidate_markdown(n, c.label(), c.rule, quotes, c.notes), unsafe_allow_html=True)
    if st.checkbox(f"Accept [{n}]", key=f"accept-{c.key}"):
        accepted.add(c.key)
    with st.expander("Edit this record (YAML)"):
        edited = st.text_area("Record", value=review.record_yaml(c), height=220, key=f"edit-{c.key}")
        if edited.strip() != review.record_yaml(c).strip():
            record, error = review.parse_edit(c, edited, draft.text)
            if error:
                st.error(f"Not used: {error}")
            else:
                edits[c.key] = record
                st.success("Edited record used in the patch.")

outcome = review.build(draft, accepted, edits, data.records, data.texts)
if not accepted:
    st.info("Accept at least one candidate to build a patch.", icon=":material/info:")
else:
    st.markdown(content.accepted_summary(len(accepted), outcome.added))
    if outcome.problems:
        st.error("With these records the data would not validate:")
        st.code("\n".join(str(p) for p in outcome.problems[:30]), language=None)
    else:
        st.success("The patch validates: applied to data/, `python -m dashboard validate` would print ok.")
    with st.expander("The patch (YAML)"):
        st.code(review.drafts.patch_yaml(outcome.patch), language="yaml")
ui.download(
    "Download the patch and the article (zip)",
    outcome.zip_bytes,
    f"{source_id}-patch.zip",
    "application/zip",
    disabled=not accepted,
    key="download-patch",
)
ui.footer(data)
