"""General Assembly decisions: the chosen decision first (votes by name, or sponsors), then a searchable list."""

import html

import pandas as pd
import streamlit as st

from dashboard.app import charts, nav, ui
from dashboard.app import format as fmt
from dashboard.curated.models import LinkRelation
from dashboard.official import rollcalls, views
from dashboard.official.vocab import Method, SponsorKind, SponsorRole, Vote

data = ui.dataset()
rc, _ = ui.official()
calls = rc.decisions
prov = rc.provenance

st.title("General Assembly decisions")
st.markdown(
    f"Every adopted resolution and recorded vote of the General Assembly from {prov['first_date']} to "
    f"{prov['last_date']}: **{prov['roll_calls']:,}** recorded votes and **{prov['without_vote']:,}** adoptions "
    "without a vote. 1946–2019 from Erik Voeten's data (unvotes, CC0); sessions 74–80 (2019–2026) from the "
    "**United Nations**' own extract of adopted resolutions, with sponsors."
)


def choose() -> int | None:
    """The decision named in the link (symbol, or the older rcid), with a notice for one the record lacks."""
    symbol = st.query_params.get("symbol")
    if symbol:
        found = views.by_symbol(rc, symbol[:60])
        if found is None:
            st.info(f"No decision {ui.shown(symbol)} in the record; search for it below.", icon=":material/info:")
        return found
    if st.query_params.get("rcid"):
        rcid = ui.param_int("rcid", (int(calls["rcid"].min()), int(calls["rcid"].max())), -1)
        if rcid in set(calls["rcid"]):
            return rcid
        if rcid != -1:
            st.info("That roll call is not in the record; search for it below.", icon=":material/info:")
    return None


def show_votes(call: pd.Series, rcid: int, rows: pd.DataFrame, count: dict[str, int]) -> None:
    derived = int(rows["derived"].sum())
    st.markdown(
        f"**{count['yes']} yes, {count['no']} no, {count['abstain']} abstentions**, {count['non_voting']} "
        f"absent or not voting, counted from the {len(rows)} members' rows."
    )
    if derived:
        how = "neither the UN extract nor unvotes lists absent members"
        st.caption(
            f"The {derived} absent or non-voting members are derived ({how}): states that were members on that "
            "date (from their first recorded vote on; to their last where the state or its seat ended) with no "
            "vote on this decision."
        )
    left, right = st.columns([2, 3])
    ui.chart(charts.tally_bar(count, "Tally (counted from the rows)"), left)
    seats = pd.DataFrame(
        {
            "vote": rows["vote"],
            "named": ~rows["derived"],
            "label": rows["country"] + ": " + rows["vote"].map(Vote.labels()).str.lower(),
        }
    )
    ui.chart(charts.hemicycle(seats, f"The {len(rows)} members", named_label="in the official record"), right)
    st.subheader("Who voted how")
    lists = views.names_by_vote(rows)
    for column, (vote, names) in zip(st.columns(4), lists.items(), strict=True):
        column.markdown(f"**{Vote(vote).label} ({len(names)})**")
        column.markdown(", ".join(html.escape(n) for n in names) or "none", unsafe_allow_html=True)
    ui.chart(charts.vote_map(rows.rename(columns={"iso3": "country_iso3"}), "Every member's vote"))
    keys = Vote.codes()
    wanted = [v for v in (st.query_params.get("vote") or "").split(",") if v in keys]
    chosen = st.multiselect(
        "Show votes", keys, default=wanted or keys, format_func=lambda v: Vote(v).label, key=f"votes_{rcid}"
    )
    ui.set_params(vote=",".join(chosen) if chosen and set(chosen) != set(keys) else None)
    table = views.vote_rows(rc, rcid, chosen, rows)
    st.dataframe(table[["country", "iso3", "vote", "how_known"]], hide_index=True, height=320)
    which = "-".join(chosen) if set(chosen) != set(keys) else "all"
    ui.download_csv(
        f"Download these {len(table)} votes as CSV",
        table,
        f"votes_{views.file_part(call['symbol'] or str(rcid))}_{which}.csv",
    )


def show_sponsors(call: pd.Series, rcid: int) -> None:
    rows = views.sponsor_rows(rc, rcid)
    if rows.empty:
        if call["source"] == "unvotes":
            st.caption("Sponsors: the unvotes data (1946–2019) do not list them; unknown here.")
        else:
            st.caption("Sponsors: the United Nations' extract lists none for this decision.")
        return
    states = rows[rows["entry"] == SponsorKind.state.label]
    roles = states.drop_duplicates("iso3")["role"].value_counts()
    st.subheader(f"Sponsors: {states['iso3'].nunique()} states")
    st.markdown(
        f"**{int(roles.get(SponsorRole.sponsor.label, 0))} sponsors** and "
        f"**{int(roles.get(SponsorRole.additional_sponsor.label, 0))} additional "
        "sponsors** (states that joined after the draft was tabled), as the United Nations' extract lists them."
    )
    others = rows[rows["entry"] != SponsorKind.state.label]
    if not others.empty:
        st.caption("Also listed, not as a state: " + "; ".join(html.escape(x) for x in others["as_written"]))
    left, right = st.columns([3, 2])
    ui.chart(charts.sponsor_map(states, "Sponsoring states"), left)
    right.dataframe(rows[["sponsor", "role", "on_behalf_of"]], hide_index=True, height=360)
    ui.download_csv(
        f"Download the {len(rows)} sponsor entries as CSV",
        rows,
        f"sponsors_{views.file_part(call['symbol'] or str(rcid))}.csv",
    )


def show_decision(rcid: int) -> None:
    call = rollcalls.roll_call(rc, rcid)
    st.header(f"{call['symbol'] or 'Roll call ' + str(rcid)} · {fmt.long_date(call['date'])}")
    st.markdown(f"**{html.escape(call['title'])}**")
    if call["text_damaged"]:
        st.caption("Some characters of this title were lost in the source data; they show as �.")
    topics = call["topics"] or "none assigned"
    meta = [
        f"Session {call['session']}",
        call["committee"] or None,
        call["agenda_item"] or None,
        f"meeting record {call['meeting']}" if call["meeting"] else None,
        f"Topics: {topics}" + (" (derived by rule)" if call["topics_derived"] else ""),
        "Important vote (US State Department)" if call["important"] is True else None,
        "Vote on an amendment" if call["amend"] is True else None,
        "Vote on a paragraph" if call["para"] is True else None,
    ]
    st.caption(" · ".join(m for m in meta if m))
    links = views.document_links(call["symbol"])
    source = rollcalls.SOURCES[str(call["source"])]
    named = rollcalls.has_names(rc, rcid)
    rows = rollcalls.breakdown(rc, rcid) if named else None
    count = rollcalls.tally(rows) if named else None
    st.markdown(
        f"**Outcome:** {views.outcome_line(call, count)}"
        f"  \n**Source:** {source}"
        + ("".join(f" · [{label} ↗]({url})" for label, url in links.items()) if links else "")
    )
    if call["note"]:
        st.warning(call["note"], icon=":material/report:")
    if named:
        show_votes(call, rcid, rows, count)
    elif call["method"] == "recorded_vote":
        st.info("The source states the tally but lists no names, so no state's vote is shown.", icon=":material/info:")
    else:
        st.info(f"No tally: {Method(str(call['method'])).label}.", icon=":material/info:")
    show_sponsors(call, rcid)
    linked = data.frames["links"][data.frames["links"]["rcid"] == rcid]
    for link in linked.itertuples():
        st.page_link(
            nav.BREAKDOWN.file,
            label=f"What the articles report ({LinkRelation(link.relation).label}): open the curated event",
            icon=":material/link:",
            query_params={"event": link.event_id},
        )
    st.divider()


rcid = choose()
if rcid is not None:
    show_decision(rcid)

st.subheader("Find a decision")
years = (int(calls["year"].min()), int(calls["year"].max()))
topics = sorted({t for ts in calls["topics"] for t in ts.split("; ") if t})
cols = st.columns([3, 1, 1, 2, 2, 2])
text = cols[0].text_input(
    "Words or symbol", value=st.query_params.get("q", "")[:200], placeholder="e.g. Korea, A/RES/69/188"
)
low = cols[1].number_input("From year", *years, value=ui.param_int("from", years, years[0]), step=1)
high = cols[2].number_input("To year", *years, value=ui.param_int("to", years, years[1]), step=1)
span = (int(min(low, high)), int(max(low, high)))
topic = ui.select_param(cols[3], "Topic", "topic", topics)
methods = Method.labels()
method = ui.select_param(cols[4], "How adopted", "method", methods)
sessions = {str(n): f"session {n}" for n in sorted(calls["session"].unique())}
session = ui.select_param(cols[5], "Session", "session", sessions)
important = st.toggle(
    "Important votes only",
    value=st.query_params.get("important") == "1",
    help="Listed as an important vote in the US State Department's 'Voting Practices in the United Nations' (to 2019)",
)
found = rollcalls.find_rollcalls(
    rc, text.strip() or None, span, int(session) if session else None, topic, True if important else None, method
).sort_values("date", ascending=False)
ui.set_params(
    session=session,
    q=text.strip() or None,
    topic=topic,
    method=method,
    important="1" if important else None,
    **{"from": str(span[0]) if span[0] != years[0] else None, "to": str(span[1]) if span[1] != years[1] else None},
)


def listing(rows: pd.DataFrame) -> pd.DataFrame:
    """The decisions as listed and downloaded: tallies where there was a vote, sponsoring states where listed."""
    table = rows[["rcid", "date", "session", "symbol", "title", "method", "topics", "source"]].merge(
        rollcalls.tallies(rc, rows["rcid"]), on="rcid", how="left"
    )
    table["sponsors"] = table["rcid"].map(rollcalls.sponsor_counts(rc, table["rcid"])).astype("Int32")
    table["method"] = table["method"].astype(str).map(Method.labels())
    table["source"] = table["source"].astype(str).map(rollcalls.SOURCES)
    return table


PREVIEW = 300
more = f" The newest {PREVIEW} are listed; the CSV holds all." if len(found) > PREVIEW else ""
st.markdown(f"**{len(found):,} decisions** match. Click a row to open it.{more}")
preview = listing(found.head(PREVIEW))
picked = st.dataframe(
    preview.assign(date=preview["date"].dt.date).drop(columns="rcid"),
    hide_index=True,
    height=300,
    on_select="rerun",
    selection_mode="single-row",
    key="decision_list",
    column_config={"title": st.column_config.TextColumn(width="large"), "sponsors": "sponsoring states"},
)
if picked.selection.rows:
    chosen = preview.iloc[picked.selection.rows[0]]
    if chosen["symbol"]:
        ui.set_params(symbol=chosen["symbol"], rcid=None, vote=None)
    else:
        ui.set_params(rcid=str(chosen["rcid"]), symbol=None, vote=None)
    st.rerun()
name = "_".join(views.file_part(p) for p in (text.strip(), topic or "", method or "", f"{span[0]}-{span[1]}") if p)


def found_csv(found: pd.DataFrame = found) -> pd.DataFrame:  # built only when the button is clicked
    table = listing(found)
    return table.assign(date=table["date"].dt.date)


ui.download_csv(
    f"Download these {len(found):,} decisions as CSV", found_csv, f"decisions_{name}.csv", disabled=found.empty
)
ui.footer(data)
