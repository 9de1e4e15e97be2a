"""Vote breakdown: one event's tally, seats, map, per-country table, sponsors and positions."""

import html
from contextlib import AbstractContextManager, nullcontext

import streamlit as st

from dashboard.app import charts, loading, nav, ui
from dashboard.app import format as fmt
from dashboard.app.content import breakdown as content
from dashboard.app.content.country import quote_markdown
from dashboard.app.content.tables import markdown_table
from dashboard.curated import analysis

data = ui.dataset()
frames = data.frames
options = loading.cached_event_options()

st.title("Vote breakdown")
chosen = ui.param_choice("event", options, content.default_event(options))
event_id = st.selectbox("Event", list(options), index=list(options).index(chosen), format_func=options.get)
ui.set_params(event=event_id)
linked = not content.event_links(frames, event_id).empty
if linked:
    rc, _ = ui.official()  # a clear notice, not a traceback, where the record cannot be read
view = loading.breakdown_view(event_id, linked)
b, links = view.b, view.links
event = b.event

# The event's title and its facts on one line (one Markdown element), and the tally (the page's answer) straight
# after them, on a phone within the first screen; the official record's outcome, the summary and the notes after.
st.markdown(f"## {event['title']}\n\n{content.facts_line(event, reported=not links.empty)}")
if event["method"] == "without_vote":
    st.success(content.WITHOUT_VOTE, icon=":material/handshake:")
    if view.who.empty:
        st.write("The sources name no one who joined, backed, dissociated from, boycotted or rejected it.")
    else:
        config = {"part": st.column_config.TextColumn("what the sources report", width="medium")}
        config["passages"] = st.column_config.TextColumn("facts", help=content.FACTS_HELP)
        ui.fact_table(view.who, "fact_id", ["actor", "part", "source", "passages"], config)
elif content.has_tally(b) or not b.named.empty:
    left, right = st.columns([2, 3])
    with left:  # the tally (bars in HTML: no Vega view to draw for four numbers) and what it leaves unsaid: one element
        tally = charts.tally_html(b.tally, "Reported tally (as the sources give it)") if content.has_tally(b) else None
        ui.prose(
            tally or content.no_tally_text(b),
            content.unnamed_text(b) if b.unnamed else None,
            fmt.small(content.derived_absent_text(b)) if b.derived_absent else None,
        )
    with right:
        if not b.seats.empty:
            ui.chart(charts.hemicycle(b.seats, f"The {b.seat_total} seats of the body"))
        else:
            st.info("The body's membership at this date is not known, so no seat chart is drawn.")
else:
    st.info(content.unknown_method_text(event))

reported, official_col = st.columns([3, 2]) if not links.empty else (st.container(), None)
with reported:  # the summary, its notes and the heading over the related events: one element (curated text escaped)
    notes = html.escape(content.event_notes(event), quote=False)
    later = "**Amendments and later stages:**" if not b.children.empty else None
    ui.prose(
        html.escape(event["summary"], quote=False) if isinstance(event["summary"], str) else None,
        fmt.small(f"{notes} · [evidence for this event ↗]({ui.source_url(event_id)})"),
        content.parent_heading(event) if b.parent is not None else later,
    )
    if b.parent is not None:
        parent = {"event": b.parent["event_id"]}
        st.page_link(nav.BREAKDOWN.file, label=analysis.event_label(b.parent), query_params=parent)
        if later:
            st.markdown(later)
    for child in b.children.itertuples():
        st.page_link(nav.BREAKDOWN.file, label=content.child_label(child), query_params={"event": child.event_id})
if official_col is not None:
    with official_col.container(border=True):
        ui.prose(
            "**What the official record says**",
            *(html.escape(lead, quote=False) for lead in view.leads),
            fmt.small("The two are shown side by side and never merged: see *Reported versus the official record* "
                      "below."),
        )

if not b.named.empty:
    # The map says what the table says: drawn on request (map=1), as it is the page's costliest element to draw;
    # beside the table when drawn, the table alone (no columns to draw) when not. The heading and the few named
    # votes are one element (a Markdown table: no grid to mount), the switch for the map under them.
    on_map = st.session_state.get("breakdown_map", st.query_params.get("map") == "1")  # the switch below, as set
    table_col: AbstractContextManager[object] = nullcontext()  # the page itself: no block to draw
    if on_map:
        table_col, map_col = st.columns([2, 3])
        ui.chart(charts.vote_map(b.named, "Named votes"), container=map_col)
    with table_col:
        ui.prose("### Votes the sources name", ui.fact_markdown(view.named, "vote_id", ["country", "vote"]))
        csv = {"table": "votes", "event": event_id}
        st.page_link(nav.DATA.file, label="Download these votes as CSV", icon=":material/download:", query_params=csv)
    on_map = st.toggle("Show them on a world map", value=on_map, key="breakdown_map")
    ui.set_params(map="1" if on_map else None)

# Consecutive prose is one element: `pending` holds what is still to be written before the next table or link.
pending: list[str | None] = []
if not links.empty:
    pending.append("### Reported versus the official record")
    for link, compared in zip(links.itertuples(), view.comparisons, strict=True):
        if compared is None:
            ui.prose(*pending)
            pending = []
            st.warning(f"The linked roll call {link.rcid} is not in the loaded official record.")
            continue
        rationale = html.escape(link.rationale, quote=False)
        why = fmt.small(f"Why linked: {rationale} [evidence ↗]({ui.source_url(link.link_id)})")
        summary = html.escape(compared.summary, quote=False)
        agreement = compared.agreement  # how many named states the record confirms, over its table
        # the summary, the claims checked and the named states checked: Markdown tables of a few rows in the prose
        # (st.table parses each cell as Markdown of its own; a grid is a mount of its own): one element
        claims = None if compared.claims is None else fmt.scroll_box(markdown_table(compared.claims))
        shown = compared.checked[list(compared.columns)].rename(columns=compared.headers)
        checked = fmt.scroll_box(markdown_table(shown))
        verdict = html.escape(compared.verdict, quote=False) if compared.verdict else None
        ui.prose(*pending, summary, verdict, claims, why, agreement, checked if agreement else None)
        pending = []
        full = f"The decision in the official record: {link.symbol}"
        st.page_link(nav.ROLLCALLS.file, label=full, icon=":material/gavel:", query_params={"rcid": str(link.rcid)})
        pending.append(fmt.small_text(compared.source))

pending.append("### Sponsors and supporters")
if b.sponsors.empty:
    pending.append("The sources name no sponsors for this event.")
else:  # a few rows: a Markdown table in the prose around it
    columns = {"actor": "who", "actor_type": "a state or an organisation", "role": "role"}
    pending.append(ui.fact_markdown(view.sponsors, "sponsorship_id", list(columns), columns))
pending += [content.cosponsor_text(event), "### Positions and quotes on this event"]
if b.positions.empty:
    pending.append("No positions on this event in the sources.")
for said in view.statements:  # every quote in the same element as the headings before it
    pending.append(f"{said.heading}\n\n{quote_markdown(said.statement, said.summary, said.who, said.fact_id)}")
ui.prose(*pending)
ui.footer(data)
