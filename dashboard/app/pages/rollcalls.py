"""Official roll calls: search all of them, and break any one down (every member, absent ones included)."""

import pandas as pd
import streamlit as st

from dashboard import safecsv
from dashboard.app import charts, ui
from dashboard.official import rollcalls

data = ui.dataset()
rc, _ = ui.official()
calls = rc.decisions
prov = rc.provenance

st.title("Official roll calls")
st.markdown(
    f"All **{prov['roll_calls']:,}** recorded General Assembly plenary votes from {prov['first_date']} to "
    f"{prov['last_date']} ({prov['votes']:,} country votes). Source: {prov['dataset']}; {prov['licence']}."
)

years = (int(calls["year"].min()), int(calls["year"].max()))
topics = sorted({t for ts in calls["topics"] for t in ts.split("; ") if t})
with st.expander("Search and filter", expanded=True):
    cols = st.columns([3, 3, 2, 2, 2])
    text = cols[0].text_input(
        "Words or symbol", value=st.query_params.get("q", "")[:200], placeholder="e.g. Korea, A/RES/69/188"
    )
    low, high = ui.param_int("from", years, years[0]), ui.param_int("to", years, years[1])
    span = cols[1].slider("Years", years[0], years[1], (min(low, high), max(low, high)))
    sessions = {str(n): f"session {n}" for n in sorted(calls["session"].unique())}
    session = ui.select_param(cols[2], "Session", "session", sessions)
    topic = ui.select_param(cols[3], "Topic", "topic", topics)
    important = cols[4].toggle(
        "Important only",
        value=st.query_params.get("important") == "1",
        help="Listed as an important vote in the US State Department's 'Voting Practices in the United Nations'",
    )
found = rollcalls.find_rollcalls(
    rc, text.strip() or None, span, int(session) if session else None, topic, True if important else None
)
found = found.sort_values("date", ascending=False)
ui.set_params(
    session=session,
    q=text.strip() or None,
    topic=topic,
    important="1" if important else None,
    **{"from": str(span[0]) if span[0] != years[0] else None, "to": str(span[1]) if span[1] != years[1] else None},
)
tallies = rollcalls.tallies(rc, found["rcid"])
table = found[["rcid", "date", "session", "symbol", "title", "topics", "important"]].merge(
    tallies, on="rcid", how="left"
)
PREVIEW = 300
shown_note = f" The newest {PREVIEW} are listed; the CSV holds all of them." if len(table) > PREVIEW else ""
st.markdown(f"**{len(table):,} roll calls** match.{shown_note}")
st.dataframe(
    table.head(PREVIEW).assign(date=table["date"].head(PREVIEW).dt.date),
    hide_index=True,
    height=260,
    column_config={"title": st.column_config.TextColumn(width="large")},
)
st.download_button(
    f"Download these {len(table):,} roll calls as CSV",
    safecsv.csv_bytes(table),
    file_name="rollcalls_filtered.csv",
    mime="text/csv",
    disabled=table.empty,
)

st.divider()
choices = list(found["rcid"]) or list(calls["rcid"])
default = 5377 if 5377 in choices else choices[0]
rcid = ui.param_int("rcid", (int(calls["rcid"].min()), int(calls["rcid"].max())), default)
if rcid not in set(calls["rcid"]):
    st.info(f"No roll call {rcid} in the record; showing {default}.")
    rcid = default
labels = calls.set_index("rcid")
rcid = st.selectbox(
    "Break down roll call",
    sorted({rcid, *choices[:500]}),
    index=sorted({rcid, *choices[:500]}).index(rcid),
    format_func=lambda r: (
        f"{r} · {labels.at[r, 'date'].date()} · {labels.at[r, 'symbol'] or 'no symbol'} · {labels.at[r, 'title'][:80]}"
    ),
)
ui.set_params(rcid=str(rcid))
call = rollcalls.roll_call(rc, rcid)
rows = rollcalls.breakdown(rc, rcid)
count = rollcalls.tally(rows)

st.header(f"{call['symbol'] or 'Roll call ' + str(rcid)} · {call['date'].date()}")
st.markdown(call["title"])
if call["text_damaged"]:
    st.caption("Some characters of this title were lost in the source data; they show as �.")
meta = [
    f"Session {call['session']}",
    f"Topics: {call['topics'] or 'none assigned'}",
    "Important vote (US State Department)" if call["important"] is True else None,
    "Vote on an amendment" if call["amend"] is True else None,
    "Vote on a paragraph" if call["para"] is True else None,
]
st.caption(" · ".join(m for m in meta if m))
derived = int(rows["derived"].sum())
st.markdown(
    f"**{count['yes']} yes, {count['no']} no, {count['abstain']} abstentions**, "
    f"{count['non_voting']} non-voting or absent, computed from the {len(rows)} members' rows."
)
if derived:
    st.caption(
        f"{derived} non-voting members are derived: states with a recorded vote in session {call['session']} and none "
        "on this roll call (the record has no row for absent members)."
    )
left, right = st.columns([2, 3])
left.plotly_chart(charts.tally_bar(count, "Tally (computed from the rows)"))
seats = pd.DataFrame(
    {
        "vote": rows["vote"],
        "named": ~rows["derived"],
        "label": rows["country"] + ": " + rows["vote"].str.replace("_", " "),
    }
)
right.plotly_chart(charts.hemicycle(seats, f"The {len(rows)} members", named_label="in the official record"))
map_col, table_col = st.columns([3, 2])
map_col.plotly_chart(
    charts.vote_map(rows.rename(columns={"iso3": "country_iso3"}), "Every member's vote"), config=ui.TOPOJSON
)
vote_filter = table_col.multiselect("Show votes", rollcalls.VOTE_VALUES, default=rollcalls.VOTE_VALUES)
shown = rows[rows["vote"].isin(vote_filter)]
table_col.dataframe(shown[["country", "iso3", "vote", "derived"]], hide_index=True, height=380)
table_col.download_button(
    f"Download {len(shown)} rows as CSV",
    safecsv.csv_bytes(shown),
    file_name=f"rollcall_{rcid}_{'-'.join(vote_filter) or 'none'}.csv",
    mime="text/csv",
)
links = data.frames["links"][data.frames["links"]["rcid"] == rcid]
for link in links.itertuples():
    st.page_link(
        "dashboard/app/pages/breakdown.py",
        label=f"Curated event linked ({link.relation.replace('_', ' ')}): {link.event_id}",
        icon=":material/link:",
        query_params={"event": link.event_id},
    )
ui.footer(data)
