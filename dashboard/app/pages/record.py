"""A state's voting record: every General Assembly decision as a row, one to eight states or blocs as columns."""

import html

import streamlit as st

from dashboard.app import charts, nav, ui
from dashboard.official import record
from dashboard.official.vocab import Method

data = ui.dataset()
rc, matrix = ui.official()
calls = rc.decisions
names = record.actor_names(rc)
years = (int(calls["year"].min()), int(calls["year"].max()))
topics = sorted({t for ts in calls["topics"] for t in ts.split("; ") if t})
methods = Method.shorts()  # the words of the table's "adoption method" column

st.title("A state's voting record")
st.markdown(
    f"Every General Assembly plenary decision in the official record ({calls['date'].min():%Y}–"
    f"{calls['date'].max():%Y}), one row each, with how each state you pick voted. "
    "Choose states or blocs, narrow the decisions, download exactly these rows as CSV."
)
EXAMPLES = (
    ("China on human rights, 2000–2019", {"states": "CHN", "topic": "Human rights", "from": "2000", "to": "2019"}),
    ("The permanent five on the DPRK resolutions", {"states": "CHN,FRA,RUS,GBR,USA", "dprk": "1"}),
    ("The US and its regional group since 2000", {"states": "USA,WEOG", "from": "2000"}),
)
st.markdown(  # plain links (a fresh load of the page), so that the link alone decides the view
    "Try: "
    + " · ".join(
        f'<a href="{html.escape(nav.RECORD.url(**params))}" target="_self">{html.escape(label)}</a>'
        for label, params in EXAMPLES
    ),
    unsafe_allow_html=True,
)

KEY = "record_states"
LINKED = ("states", "from", "to")  # the keyed widgets' parameters
link = {k: st.query_params.get(k) for k in LINKED}
if st.session_state.get("record_link") != link:  # first run, or a link (an example above) changed the view
    picked = ui.param_list("states", names, limit=record.MAX_ACTORS)
    st.session_state[KEY] = picked if picked else ["CHN"]
    low, high = ui.param_int("from", years, years[0]), ui.param_int("to", years, years[1])
    st.session_state["record_from"], st.session_state["record_to"] = min(low, high), max(low, high)
chosen = st.multiselect(
    f"States or blocs (one to {record.MAX_ACTORS})",
    list(names),
    key=KEY,
    format_func=lambda c: f"{names[c]} ({c})" if not record.is_bloc(c) else f"{names[c]} (bloc)",
    max_selections=record.MAX_ACTORS,
    help="A bloc's vote is its members' majority among yes, no and abstain on that date.",
)

row1 = st.columns([1, 1, 2])
start = row1[0].number_input("From year", years[0], years[1], step=1, key="record_from")
end = row1[1].number_input("To year", years[0], years[1], step=1, key="record_to")
if start > end:
    st.info(f"From {start} is after to {end}; the two years are swapped.", icon=":material/info:")
    start, end = end, start
topic = ui.select_param(row1[2], "Topic (as the record names it)", "topic", topics, all_label="all topics")
row2 = st.columns([2, 2])
raw_q = st.query_params.get("q", "")[:200]
text = row2[0].text_input("Words or symbol in the title", value=raw_q, max_chars=200, placeholder="e.g. Korea, Myanmar")
method = ui.select_param(row2[1], "Adoption method", "method", methods, all_label="any method")
row3 = st.columns(2)
important = row3[0].toggle(
    "Important votes only",
    value=st.query_params.get("important") == "1",
    help="Votes the US State Department lists as important in 'Voting Practices in the United Nations' (to 2019)",
)
dprk = row3[1].toggle(
    "DPRK resolutions only",
    value=st.query_params.get("dprk") == "1",
    help="Decisions whose title names the Democratic People's Republic of Korea",
)
query = text.strip() or None
ui.set_params(
    states=",".join(chosen),
    topic=topic,
    q=query,
    method=method,
    important="1" if important else None,
    dprk="1" if dprk else None,
    **{"from": str(start) if start != years[0] else None, "to": str(end) if end != years[1] else None},
)
st.session_state["record_link"] = {k: st.query_params.get(k) for k in LINKED}
if not chosen:
    st.info("Pick at least one state or bloc.", icon=":material/info:")
    ui.footer(data)
    st.stop()

found = record.filter_decisions(rc, query, (int(start), int(end)), topic, method, important, dprk)
table = record.record_table(rc, matrix, found, chosen)
counts = found["method"].astype(str).value_counts()
summary = ", ".join(f"{counts[m]:,} {methods[m]}" for m in methods if counts.get(m, 0))
st.markdown(f"**{len(table):,} decisions** match" + (f" ({summary})." if summary else "."))
span = (int(start), int(end)) if (start, end) != years else None
name = record.file_name(chosen, topic, span, query, method, important, dprk)
ui.download_csv(
    f"Download these {len(table):,} decisions as CSV",
    table,
    name,
    primary=True,
    help=f"{name}: symbol, date, session, title, topics, adoption method, body, the Assembly's tally, source, "
    "and each state's vote (and sponsorship where the record lists sponsors). UTF-8 for Excel and LibreOffice.",
)
if table.empty:
    st.info("No decision matches these filters. Widen the years or clear a filter.", icon=":material/info:")
    ui.footer(data)
    st.stop()

st.subheader("How often each voted yes, no, abstained or was absent")
totals = record.totals(table)
st.dataframe(totals, column_config={"_index": st.column_config.TextColumn("state or bloc")})
st.caption(
    "Counts of the decisions above. **Absent**: a member that cast no vote. **Not a member**: not yet (or no longer) "
    "a member on that date. **Adopted without a vote**: nobody voted. A bloc's **split or absent**: no majority."
)
shares = record.shares_by_year(table)
if not shares.empty and shares["year"].nunique() > 1:
    ui.chart(charts.vote_shares(shares))

st.subheader("Decision by decision")
view = table.sort_values("date", ascending=False).assign(
    open=lambda d: d["decision id"].map(lambda r: nav.ROLLCALLS.url(rcid=str(r)))
)
votes = record.vote_columns(view)
sponsored = [c for c in view.columns if c.endswith(" sponsored")]
SHOWN = 1000
st.dataframe(
    view.head(SHOWN)[["date", "symbol", *votes, "title", "adoption method", "topics", *sponsored, "open"]],
    hide_index=True,
    column_config={
        "date": st.column_config.TextColumn("date", width="small"),
        "title": st.column_config.TextColumn("title", width="large"),
        "open": st.column_config.LinkColumn("decision", display_text="open ↗", help="The decision's whole vote"),
        **{c: st.column_config.TextColumn(c.removesuffix(" vote").rsplit(" (", 1)[0]) for c in votes},
    },
)
st.caption(
    ("Newest first; the first 1,000 are shown and the CSV holds all. " if len(view) > SHOWN else "Newest first. ")
    + "Sources: "
    + "; ".join(sorted(set(table["source"])))
    + ". Sponsors are listed only from session 74 (2019) on; earlier ones are not in the record."
)
ui.footer(data)
