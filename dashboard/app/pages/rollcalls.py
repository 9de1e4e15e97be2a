"""Decisions of every body: the chosen decision first (votes by name, or sponsors), then a search across bodies.
What it shows is computed in dashboard/app/content/rollcalls.py; this page lays it out."""

import streamlit as st

from dashboard.app import decision, loading, ui
from dashboard.app import format as fmt
from dashboard.app.content import rollcalls as content
from dashboard.official import rollcalls
from dashboard.official.vocab import Body, Method

data = ui.dataset()
rc, _ = ui.official()
calls = rc.decisions
INFO = ":material/info:"

st.title("Decisions")
# The record's scope folded under the lead, in the same element: the decision comes first, on a phone too.
ui.prose(content.LEAD, fmt.folded("What the record holds, body by body", content.intro(rc.provenance)))


def choose() -> int | None:
    """The decision named in the link (symbol, or the older rcid), with a notice for one the record lacks."""
    symbol = st.query_params.get("symbol")
    if symbol:
        found = loading.decision_by_symbol(symbol[:60])
        if found is None:
            st.info(f"No decision {ui.shown(symbol)} in the record; search for it below.", icon=INFO)
        return found
    if st.query_params.get("rcid"):
        rcid = ui.param_int("rcid", (int(calls["rcid"].min()), int(calls["rcid"].max())), -1)
        if content.known_rcid(rc, rcid):
            return rcid
        if rcid != -1:
            st.info("That roll call is not in the record; search for it below.", icon=INFO)
    return None


if (rcid := choose()) is not None:
    decision.show(rc, data, rcid)

ui.prose("---" if rcid is not None else None, "### Find a decision")  # the rule closes the decision above
years = (int(calls["year"].min()), int(calls["year"].max()))
BODY_BOX = 270  # px: "Commission on Human Rights" whole in the row of fields
row = st.container(horizontal=True)  # one block, not a column each: the fields wrap on a narrow screen
body = ui.select_param(row, "Body", "body", Body.labels(), all_label="all bodies", width=BODY_BOX)  # decides the rest
assembly = body in (None, Body.general_assembly.value)  # topics, sessions, the important flag: the Assembly's only
hint = "e.g. Korea, A/HRC/RES/25/25, S/2024/255"
text = row.text_input("Words or symbol", value=st.query_params.get("q", "")[:200], placeholder=hint)
low = row.number_input("From year", *years, value=ui.param_int("from", years, years[0]), step=1)
high = row.number_input("To year", *years, value=ui.param_int("to", years, years[1]), step=1)
span = (int(min(low, high)), int(max(low, high)))
topic = ui.select_param(row, "Topic", "topic", loading.cached_topics()) if assembly else None
method = ui.select_param(row, "How adopted", "method", Method.labels())
session = ui.select_param(row, "Session (Assembly)", "session", content.sessions_of(rc)) if assembly else None
if not assembly and (asked := content.assembly_only_asked(st.query_params)):
    st.info(content.assembly_only_notice(str(body), asked), icon=INFO)
important = assembly and st.toggle(
    "Important votes only",
    value=st.query_params.get("important") == "1",
    help="Listed as an important vote in the US State Department's 'Voting Practices in the United Nations' (to 2019)",
)
found = rollcalls.find_rollcalls(
    rc, text.strip() or None, span, int(session) if session else None, topic, True if important else None, method, body,
    loading.cached_search_text(),
).sort_values("date", ascending=False)
ui.set_params(
    body=body,
    session=session,
    q=text.strip() or None,
    topic=topic,
    method=method,
    important="1" if important else None,
    **{"from": str(span[0]) if span[0] != years[0] else None, "to": str(span[1]) if span[1] != years[1] else None},
)
st.markdown(content.matches_line(len(found)))
preview = loading.decision_listing(tuple(found["rcid"].head(content.PREVIEW).tolist()))
picked = st.dataframe(
    content.listing_shown(preview),
    hide_index=True,
    height=300,
    on_select="rerun",
    selection_mode="single-row",
    key="decision_list",
    column_config={"title": st.column_config.TextColumn(width="large"), "sponsors": "sponsoring states",
                   "vetoed_by": "vetoed by"},  # fmt: skip
)
if picked.selection.rows:
    ui.set_params(**content.picked_params(preview.iloc[picked.selection.rows[0]]))
    st.rerun()
ui.download_csv(
    f"Download these {len(found):,} decisions as CSV",
    lambda found=found: content.listing_csv(rc, found),  # built only when the button is clicked
    content.search_file(text.strip(), topic, method, span, body),
    disabled=found.empty,
    help="Each row names its body, source and the source's terms (licence column).",
)
sources = content.listed_sources(found.head(content.PREVIEW))
ui.prose(*(fmt.small(content.source_terms(rc.provenance, source)) for source in sources))  # one element
ui.footer(data)
