"""One decision of the official record laid out (Streamlit): its outcome, tally, seats, who voted how, map,
votes table and sponsors. The Decisions page (nav.ROLLCALLS) calls `show`; the words and tables come
from dashboard/app/content/rollcalls.py."""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from dashboard.app import format as fmt
from dashboard.app import loading, nav, ui
from dashboard.app.content import rollcalls as content
from dashboard.curated.load import Dataset
from dashboard.curated.models import LinkRelation
from dashboard.official import rollcalls
from dashboard.official.rollcalls import RollCalls
from dashboard.official.vocab import NamesStatus, Vote

INFO = ":material/info:"


def show_votes(rc: RollCalls, call: pd.Series, rcid: int, votes: loading.DecisionVotes) -> None:
    rows, count = votes.rows, votes.count
    note = content.derived_note(rows)
    ui.prose(content.tally_line(rows, count), fmt.small(note) if note else None)
    left, right = st.columns([2, 3])
    ui.prose(votes.tally, container=left)  # HTML bars: one Vega view fewer to draw
    ui.draw_spec(votes.seats, right)
    how = content.membership_note(rc.provenance, call) if call["body"] != content.GA else None
    ui.prose(fmt.small_text(how) if how else None, content.who_voted(votes.names))  # one element
    ui.draw_spec(votes.map)
    keys = Vote.codes()
    wanted = content.chosen_votes(st.query_params.get("vote"))
    chosen = st.multiselect(
        "Show votes", keys, default=wanted or keys, format_func=lambda v: Vote(v).label, key=f"votes_{rcid}"
    )
    ui.set_params(vote=",".join(chosen) if chosen and set(chosen) != set(keys) else None)
    table = loading.decision_votes_table(rcid, tuple(chosen))
    shown = [c for c in ("country", "iso3", "seat", "vote", "how_known") if c in table.columns]
    st.dataframe(table[shown], hide_index=True, height=320, column_config={"how_known": "how known"})
    label = f"Download these {len(table)} votes as CSV"
    ui.download_csv(label, table, content.votes_file(call, rcid, chosen))


def show_sponsors(rc: RollCalls, call: pd.Series, rcid: int, found: loading.Decision, lead: str) -> None:
    """The sponsors, after `lead` (the votes' source line) in the same element."""
    rows = found.sponsors
    if found.sponsor_summary is None or found.sponsor_map is None:
        ui.prose(lead, fmt.small(content.no_sponsors_caption(call)))
        return
    _, heading, line, also = found.sponsor_summary
    ui.prose(lead, f"### {heading}", line, fmt.small(also) if also else None)
    left, right = st.columns([3, 2])
    ui.draw_spec(found.sponsor_map, left)
    listed = rows[["sponsor", "role", "on_behalf_of"]]
    right.dataframe(listed.drop(columns=content.empty_columns(listed)), hide_index=True, height=360,
                    column_config={"on_behalf_of": "on behalf of"})  # fmt: skip
    if content.sponsor_source(call) != str(call["source"]):
        st.caption(content.source_terms(rc.provenance, content.sponsor_source(call)))
    label = f"Download the {len(rows)} sponsor entries as CSV"
    ui.download_csv(label, rows, content.sponsors_file(call, rcid))


def show(rc: RollCalls, data: Dataset, rcid: int) -> None:
    """The decision `rcid`, whole (the page draws the rule after it)."""
    found = loading.decision(rcid)
    call = found.call
    damaged = "Some characters of this title were lost in the source data; they show as �."
    ui.prose(  # heading, title, session and topics, outcome: one element
        f"## {html.escape(content.heading(call, rcid))}",
        f"**{html.escape(call['title'])}**",
        fmt.small(damaged) if call["text_damaged"] else None,
        fmt.small_text(content.meta_line(call)),
        found.outcome,
    )
    if call["note"]:
        st.warning(call["note"], icon=":material/report:")
    if found.votes is not None:
        show_votes(rc, call, rcid, found.votes)
    elif call["names"] == NamesStatus.vetoers_only:
        line, others = content.vetoers_only(rc, call, rollcalls.members_at(rc, rcid))
        st.info(line, icon=":material/block:")
        st.caption(others)
    else:
        st.info(content.no_names_notice(call), icon=INFO)
    # The rows' source and terms after the tally and the votes (on a phone the tally is on the first screen).
    show_sponsors(rc, call, rcid, found, fmt.small(content.source_terms(rc.provenance, str(call["source"]))))
    for link in data.frames["links"][data.frames["links"]["rcid"] == rcid].itertuples():
        relation = LinkRelation(link.relation).label
        label = f"What the articles report ({relation}): open the curated event"
        st.page_link(nav.BREAKDOWN.file, label=label, icon=":material/link:", query_params={"event": link.event_id})
