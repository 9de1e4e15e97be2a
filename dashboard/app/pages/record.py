"""A state's voting record in one body (the Assembly unless the link says body=): every decision a row, one to eight
states or blocs as columns.
What it shows is computed in dashboard/app/content/record.py (and dashboard.official.record); this page lays it out."""


import streamlit as st

from dashboard.app import format as fmt
from dashboard.app import loading, ui
from dashboard.app.content import record as content
from dashboard.app.content import rollcalls as decisions
from dashboard.official import record
from dashboard.official.vocab import Body

data = ui.dataset()
rc, _ = ui.official()
names = loading.record_names()
methods = content.METHODS
INFO = ":material/info:"
YEAR_BOX = 160  # px: two fit side by side on a 390 px phone

st.title("A state's voting record")
bodies = Body.labels()
body = st.selectbox(
    "Body", list(bodies), index=list(bodies).index(ui.param_choice("body", bodies, content.GA) or content.GA),
    format_func=bodies.get, help="Each body's votes apart: a state's record is read within one body.",
)  # fmt: skip
facts = loading.record_body(body)
years = facts.years
ui.prose(facts.intro, content.examples_html())

KEY = "record_states"
link = {k: st.query_params.get(k) for k in content.LINKED} | {"body": body if body != content.GA else None}
if st.session_state.get("record_link") != link:  # first run, a link (an example above) or the body changed the view
    picked = ui.param_list("states", names, limit=record.MAX_ACTORS)
    st.session_state[KEY] = picked if picked else ["CHN"]
    low, high = ui.param_int("from", years, years[0]), ui.param_int("to", years, years[1])
    st.session_state["record_from"], st.session_state["record_to"] = min(low, high), max(low, high)
chosen = st.multiselect(
    f"States or blocs (one to {record.MAX_ACTORS})",
    list(names),
    key=KEY,
    format_func=lambda c: content.actor_format(names, c),
    max_selections=record.MAX_ACTORS,
    help="A bloc's vote is its members' majority among yes, no and abstain on that date.",
)

years_row = st.container(horizontal=True)  # two year boxes of their own width, side by side on a phone too
start = years_row.number_input("From year", years[0], years[1], step=1, key="record_from", width=YEAR_BOX)
end = years_row.number_input("To year", years[0], years[1], step=1, key="record_to", width=YEAR_BOX)
if start > end:
    st.info(f"From {start} is after to {end}; the two years are swapped.", icon=INFO)
    start, end = end, start
topics = facts.topics  # none outside the Assembly: no topic filter, and a link's topic is said to be left aside
if not topics and st.query_params.get("topic"):
    st.info(content.no_topics_notice(body, ui.shown(st.query_params["topic"])), icon=INFO)
flagged = body == content.GA  # the important-vote flag: unvotes', the Assembly's only
if not flagged and st.query_params.get("important") == "1":
    st.info(decisions.no_important_notice(body), icon=INFO)
# The other filters fold away (on a phone they pushed the counts off the first screen); a line names those in use.
folded = {"topic": topics, "method": methods} if topics else {"method": methods}
with ui.filters_folded(content.filters_label(bool(topics)), folded):
    row1 = st.container(horizontal=True)  # one block each row, not a column per field
    topic = None
    if topics:
        topic = ui.select_param(row1, "Topic (as the record names it)", "topic", topics, all_label="all topics")
    method = ui.select_param(row1, "Adoption method", "method", methods, all_label="any method")
    raw_q = st.query_params.get("q", "")[:200]
    hint = "e.g. Korea, Myanmar"
    text = st.text_input("Words or symbol in the title", value=raw_q, max_chars=200, placeholder=hint)
    important = flagged and st.toggle(  # the two switches one under the other: small, and no block to draw
        "Important votes only",
        value=st.query_params.get("important") == "1",
        help="Votes the US State Department lists as important in 'Voting Practices in the United Nations' (to 2019)",
    )
    dprk = st.toggle(
        "DPRK resolutions only",
        value=st.query_params.get("dprk") == "1",
        help="Decisions whose title names the Democratic People's Republic of Korea",
    )
query = text.strip() or None
ui.set_params(
    body=body if body != content.GA else None,
    states=",".join(chosen),
    topic=topic,
    q=query,
    method=method,
    important="1" if important else None,
    dprk="1" if dprk else None,
    **{"from": str(start) if start != years[0] else None, "to": str(end) if end != years[1] else None},
)
st.session_state["record_link"] = {k: st.query_params.get(k) for k in content.LINKED}
if not chosen:
    st.info("Pick at least one state or bloc.", icon=INFO)
    ui.footer(data)
    st.stop()

asked = (body, tuple(chosen), query, (int(start), int(end)), topic, method, important, dprk)
view = loading.record_view(*asked)
used = content.filters_line(int(start), int(end), topic, query, method and methods[method], important, dprk)
ui.prose(view.matches, fmt.small_text(used))  # the words typed, escaped
span = (int(start), int(end)) if (start, end) != years else None
name = content.file_name(record.file_name(chosen, topic, span, query, method, important, dprk), body)
label = f"Download these {view.rows:,} decisions as CSV"
ui.download_csv(
    label,
    lambda asked=asked: loading.record_query(*asked),  # built when clicked
    name,
    primary=True,
    disabled=not view.rows,
    help=content.download_help(name, body),
)
if not view.rows:
    st.info("No decision matches these filters. Widen the years or clear a filter.", icon=INFO)
    ui.footer(data)
    st.stop()

ui.prose(
    "### How often each voted yes, no, abstained or was absent",
    view.totals,
    fmt.small(
        "Counts of the decisions above. **Absent**: a member that cast no vote. **Not a member**: not yet (or no "
        "longer) a member on that date. **Adopted without a vote**: nobody voted. A bloc's **split or absent**: no "
        "majority."
    ),
)
for spec in view.shares:
    ui.draw_spec(spec)

st.subheader("Decision by decision")
st.dataframe(
    view.shown,
    hide_index=True,
    column_config={
        "date": st.column_config.TextColumn("date", width="small"),
        "title": st.column_config.TextColumn("title", width="large"),
        "open": st.column_config.LinkColumn("decision", display_text="open ↗", help="The decision's whole vote"),
        **{c: st.column_config.TextColumn(content.vote_heading(c)) for c in view.votes},
    },
)
ui.prose(*(fmt.small(line) for line in (view.caption, *view.notes)))  # the table's caption and sources: one
ui.footer(data)
