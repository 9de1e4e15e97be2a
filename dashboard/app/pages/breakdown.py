"""Vote breakdown: one event's tally, seats, map, per-country table, sponsors and positions."""

import pandas as pd
import streamlit as st

from dashboard.app import charts, nav, ui
from dashboard.app import format as fmt
from dashboard.curated import analysis
from dashboard.curated.models import CountQualifier, Method, Outcome, SponsorRole, Stance
from dashboard.vocabulary import label_of

data = ui.dataset()
frames = data.frames
options = analysis.event_options(frames)

st.title("Vote breakdown")
default = "ga3-2014-dprk-resolution" if "ga3-2014-dprk-resolution" in options else next(iter(options))
chosen = ui.param_choice("event", options, default)
event_id = st.selectbox("Event", list(options), index=list(options).index(chosen), format_func=options.get)
ui.set_params(event=event_id)
b = analysis.event_breakdown(frames, event_id)
event = b.event


links = frames["links"][frames["links"]["event_id"] == event_id]
st.header(event["title"])
when = fmt.partial_date(event["date"], event["date_precision"])
reported, official_col = st.columns([3, 2]) if not links.empty else (st.container(), None)
with reported:
    st.markdown("**As the articles report it**" if not links.empty else "")
    facts = st.columns(4) if links.empty else st.columns(2) + st.columns(2)
    facts[0].markdown(f"**Body**  \n{charts.BODY_LABELS.get(event['body'], event['body'])}")
    facts[1].markdown(f"**Date**  \n{when}")
    facts[2].markdown(f"**Outcome**  \n{fmt.known(label_of(Outcome, event['outcome']))}")
    facts[3].markdown(f"**Adoption method**  \n{fmt.known(label_of(Method, event['method']))}")
if official_col is not None:
    from dashboard.official import record as official_record
    from dashboard.official import rollcalls

    rc, _ = ui.official()
    with official_col.container(border=True):
        st.markdown("**What the official record says**")
        for link in links.itertuples():
            lead = {
                "same_vote": "This event is",
                "earlier_stage": "The plenary vote on the same text, later and in another body:",
            }.get(link.relation, "Linked:")
            st.markdown(
                f"{lead} **{link.symbol}**, General Assembly plenary: "
                f"**{official_record.official_outcome(rc, int(link.rcid))}** (yes–no–abstain)."
            )
        st.caption("The two are shown side by side and never merged: see *Reported versus the official record* below.")
if isinstance(event["summary"], str):
    st.markdown(event["summary"])
notes = []
if isinstance(event["date_derivation"], str):
    notes.append(f"Date: {event['date_derivation']}")
if isinstance(event["symbol"], str):
    notes.append(f"Symbol: {event['symbol']}")
else:
    notes.append("Document symbol: not given by the sources.")
st.caption(" · ".join(notes) + f" · [evidence for this event ↗]({ui.source_url(event_id)})")
PARENT_LABEL = {"amends": "Amends", "next_stage_of": "Earlier stage of the same text", "mandated_by": "Mandated by"}
CHILD_LABEL = {"amends": "Amendment", "next_stage_of": "Later stage", "mandated_by": "Mandated report"}
if b.parent is not None:
    st.markdown(f"**{PARENT_LABEL.get(event['relation'], 'Related to')}:**")
    st.page_link(
        nav.BREAKDOWN.file,
        label=analysis.event_label(b.parent),
        query_params={"event": b.parent["event_id"]},
    )
if not b.children.empty:
    st.markdown("**Amendments and later stages:**")
    for child in b.children.itertuples():
        st.page_link(
            nav.BREAKDOWN.file,
            label=f"{CHILD_LABEL.get(child.relation, 'Related')}: {child.title} — {child.outcome}",
            query_params={"event": child.event_id},
        )

if event["method"] == "without_vote":
    st.success(
        "**Adopted without a vote.** There is no tally and no state voted: below is who brought it forward "
        "or backed it, and who dissociated, boycotted or rejected it.",
        icon=":material/handshake:",
    )
    who = analysis.who_stood_where(b)
    if who.empty:
        st.write("The sources name no one who joined, backed, dissociated from, boycotted or rejected it.")
    else:
        who = ui.with_source_links(who, "fact_id")
        who["passages"] = who["facts"].map(lambda n: f"{n} fact" + ("s" if n > 1 else ""))
        st.dataframe(
            who[["actor", "part", "source", "passages"]],
            hide_index=True,
            column_config={
                "part": st.column_config.TextColumn("what the sources report", width="medium"),
                "source": ui.source_column(),
                "passages": st.column_config.TextColumn(
                    "facts", help="How many curated facts say so; each is quoted with its source further down"
                ),
            },
        )
elif any(v is not None for v in b.tally.values()) or not b.named.empty:
    left, right = st.columns([2, 3])
    with left:
        if any(v is not None for v in b.tally.values()):
            ui.chart(charts.tally_bar(b.tally, "Reported tally (as the sources give it)"))
        else:
            st.markdown(
                "**No tally reported.** The sources give no count of yes, no or abstain votes, only the "
                f"{fmt.count(len(b.named), 'named vote')} below; every other seat's vote is **unknown**."
            )
        if b.unnamed:
            parts = [f"{count} {vote}" for vote, count in b.unnamed.items() if count]
            st.markdown(
                f"**{len(b.named)} states are named** in the sources; "
                f"**{', '.join(parts)}** seats belong to states **not named in the sources**."
            )
        if b.derived_absent:
            st.caption(
                f"{b.derived_absent} seats: did not vote or absent, derived as {b.seat_total} members minus "
                f"the {sum(v for v in b.tally.values() if v)} votes reported (the sources give no non-voting count)."
            )
    with right:
        if not b.seats.empty:
            ui.chart(charts.hemicycle(b.seats, f"The {b.seat_total} seats of the body"))
        else:
            st.info("The body's membership at this date is not known, so no seat chart is drawn.")
else:
    method = fmt.known(label_of(Method, event["method"]))
    st.info(f"The sources do not report how this was decided ({method}); no tally to show.")

if not b.named.empty:
    st.subheader("Votes the sources name")
    map_col, table_col = st.columns([3, 2])
    with map_col:
        ui.chart(charts.vote_map(b.named, "Named votes"))
    with table_col:
        table = ui.with_source_links(b.named, "vote_id")[["country", "vote", "source"]]
        table = table.assign(vote=table["vote"].map(lambda v: charts.VOTE_LABELS.get(v, v).lower()))
        st.dataframe(table, hide_index=True, column_config={"source": ui.source_column()})
        st.page_link(
            nav.DATA.file,
            label="Download these votes as CSV",
            icon=":material/download:",
            query_params={"table": "votes", "event": event_id},
        )

if not links.empty:
    st.subheader("Reported versus the official record")
    for link in links.itertuples():
        call = rollcalls.roll_call(rc, int(link.rcid))
        if call is None:
            st.warning(f"The linked roll call {link.rcid} is not in the loaded official record.")
            continue
        official = rollcalls.breakdown(rc, int(link.rcid))
        count = rollcalls.tally(official)
        relation = {
            "same_vote": "This event is that roll call.",
            "earlier_stage": "This event is an earlier vote on the same text, in another body and on another "
            "date: the tallies differ by nature and are never merged.",
        }.get(link.relation, "")
        st.markdown(
            f"**{link.symbol}**, General Assembly plenary, {call['date'].date()}: **{count['yes']} yes, "
            f"{count['no']} no, {count['abstain']} abstentions**, {count['non_voting']} non-voting or absent "
            f"(official record). {relation}"
        )
        st.caption(f"Why linked: {link.rationale} [evidence ↗]({ui.source_url(link.link_id)})")
        st.page_link(
            nav.ROLLCALLS.file,
            label=f"Full official roll call of {link.symbol}",
            icon=":material/gavel:",
            query_params={"rcid": str(link.rcid)},
        )
        checked = analysis.reported_vs_official(frames, official, event_id)
        if not checked.empty:
            agree = int((checked["check"] == "agrees").sum())
            st.markdown(
                f"States the articles name: **{agree} of {len(checked)}** voted the same way in the official record."
            )
            st.dataframe(
                checked,
                hide_index=True,
                column_order=["country", "reported", "official", "check"],
                column_config={
                    "reported": st.column_config.TextColumn("as the articles report"),
                    "official": st.column_config.TextColumn(f"official record ({link.symbol})"),
                    "check": st.column_config.TextColumn("same?"),
                },
            )

st.subheader("Sponsors and supporters")
if b.sponsors.empty:
    st.write("The sources name no sponsors for this event.")
else:
    sponsors = ui.with_source_links(b.sponsors, "sponsorship_id")[["actor", "actor_type", "role", "source"]]
    st.dataframe(
        sponsors.assign(role=sponsors["role"].map(SponsorRole.labels())),
        hide_index=True,
        column_config={
            "actor": st.column_config.TextColumn("who"),
            "actor_type": st.column_config.TextColumn("a state or an organisation"),
            "source": ui.source_column(),
        },
    )
if not pd.isna(event["cosponsor_count"]):
    qualifier = fmt.known(label_of(CountQualifier, event["cosponsor_count_qualifier"]))
    st.markdown(
        f"Co-sponsors counted without names: **{qualifier} {int(event['cosponsor_count'])}** countries "
        "(a count the article reports; the co-sponsors are not named)."
    )

st.subheader("Positions and quotes on this event")
if b.positions.empty:
    st.write("No positions on this event in the sources.")
for group in analysis.group_positions(b.positions):
    first = group.iloc[0]
    names = ", ".join(group["actor"])
    who = names if not isinstance(first["speaker"], str) else f"{first['speaker']} ({first['actor']})"
    st.markdown(f"**{names}** · `{label_of(Stance, first['stance'])}`")
    ui.quote_block(first["statement"], first["summary"], who, first["position_id"])
ui.footer(data)
