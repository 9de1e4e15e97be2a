"""Country profile: what the articles say a state did (with passages) beside its official record (with symbols)."""

import html

import streamlit as st

from dashboard.app import format as fmt
from dashboard.app import loading, nav, ui
from dashboard.app.content import country
from dashboard.app.content.tables import markdown_table
from dashboard.curated import analysis
from dashboard.official import record

data = ui.dataset()
frames = data.frames
rc, matrix = ui.official()
states = ui.all_states(frames, rc)
named = analysis.state_names(frames)

st.title("Country profile")
iso3 = ui.param_choice("iso3", states, "PRK") or "PRK"
iso3 = st.selectbox("State", list(states), index=list(states).index(iso3), format_func=lambda c: f"{states[c]} ({c})")
ui.set_params(iso3=iso3)
name = states[iso3]
group = record.group_of(iso3)
st.header(name)
found = loading.country_assembly(iso3, name, group) if iso3 in matrix.states else None
ui.prose(  # its group (a caption's look) and, on a phone where the official record comes after every event the
    # articles tell, a line summing the record up and linking to it: one element
    fmt.small_text(f"UN regional group: {record.actor_names(rc)[group]}") if group else None,
    country.official_teaser(found.vote_shares) if found is not None and iso3 in named else None,
)

articles, official = st.columns(2, gap="large")

with articles:
    told_how = "Each fact links to the passage it rests on. Unknown means no article says."
    ui.prose(ui.layer_markdown("articles", told_how))
    if iso3 not in named:
        st.info(
            f"The five articles never name {name}. Its official record is beside this (below on a phone).",
            icon=":material/info:",
        )
    else:
        told = loading.country_articles(iso3)
        ui.figures([(label, value, None) for label, value in told.counts.items()])
        # what the articles never say of it, then every event (its heading, facts and quotes), a rule between
        # events: one element, not a bordered box and an element an event
        ui.prose(fmt.small(told.zeros) if told.zeros else None, "\n\n---\n\n".join(told.events))
        st.page_link(
            nav.DATA.file,
            label=f"Download the votes the articles name for {name} (CSV)",
            icon=":material/download:",
            query_params={"table": "votes", "state": iso3},
        )

with official:
    ui.layer_heading(
        st,
        "official",
        f"General Assembly plenary decisions, {rc.decisions['year'].min()}–{rc.decisions['year'].max()}: "
        "each row names its resolution symbol.",
        anchor=country.OFFICIAL_ANCHOR,
    )
    if found is None:
        st.info(f"{name} has no recorded vote in the official record.", icon=":material/info:")
    else:
        shown = found.dprk.rename(columns={found.vote_column: "its vote"})
        line, sponsored = found.sponsorship_line, found.sponsored
        # Its DPRK votes, its shares of votes, its agreement scores, their definition and its sponsorships' line: one
        # element, the two small tables Markdown tables in it (st.table parses each cell as Markdown of its own:
        # ~90 parses here, bench/profile_change.py), the long one scrolling within 400 px as before.
        ui.prose(
            "**Its votes on the DPRK human-rights resolutions**",
            fmt.scroll_box(markdown_table(shown), 400),
            found.vote_shares,
            "**Agreement with the permanent five and its regional group**",
            markdown_table(country.agreement_shown(found.agreement)),
            fmt.small(
                "Voeten score: the same vote counts 1, an abstention against yes or no 0.5, yes against no 0, over "
                "the roll calls both voted on. A group's vote is its members' majority. "
                f"[Agreement in detail ↗]({nav.AGREEMENT.url(a=iso3, b=group or 'P5')})"
            ),
            html.escape(line, quote=False),
        )
        if not sponsored.empty:
            st.dataframe(
                sponsored,
                hide_index=True,
                height=220,
                column_config={"title": st.column_config.TextColumn(width="large")},
            )
            ui.download_csv(
                "Download all its sponsorships as CSV",
                lambda rc=rc, iso3=iso3: country.sponsorships_csv(rc, iso3),  # written when clicked
                f"sponsorships_{iso3}.csv",
                help="Every decision it sponsored; the sponsor list's source and terms on every row",
            )

        if found.ideal_chart is not None:  # charts.ideal_points' spec, built once a state (as ui.chart draws it)
            ui.draw_spec(found.ideal_chart)
            st.caption(
                "Ideal point: one number per year placing a state's votes on one dimension (Bailey, Strezhnev and "
                "Voeten 2017); higher sits nearer the United States' positions. The band is its 90 % interval."
            )
        st.page_link(
            nav.RECORD.file,
            label=f"{name}'s whole voting record, as a table and CSV",
            icon=":material/table_view:",
            query_params={"states": iso3},
        )

shares_by_body, body_records = loading.country_bodies(iso3)
counts = ", ".join(f"{len(part.dprk)} in the {part.label}" for part in body_records)
ui.prose(  # the heading, how the bodies are kept apart, each body on its own line, the table's heading: one element
    "### :material/gavel: The same state in the other bodies (official record)",
    fmt.small(
        "Each body on its own: votes are never pooled across bodies. Membership is derived from the rows as the "
        "sources allow (Council and Commission: the states listed on a recorded vote that year; Security Council: "
        "the permanent five and the states named in that year's votes, elected members known from 2000)."
    ),
    f"**{html.escape(name, quote=False)}'s recorded votes by body** (share of the votes it cast by name)",
    country.bodies_lines(shares_by_body, body_records),
    f"**Its DPRK-related decisions in these bodies** ({counts})",
)
# ~50 rows: a grid (it draws the rows in view; the same rows as a Markdown table cost more, bench/element_costs.py)
table = country.bodies_dprk(body_records)
st.dataframe(table, hide_index=True, height=min(38 + 35 * len(table), 320))
st.caption("  \n".join(f"**{part.label}.** {part.credit}" for part in body_records))  # each body's sources
st.page_link(
    nav.COMPARE.file,
    label=f"Compare {name} with others",
    icon=":material/compare_arrows:",
    query_params={"states": ",".join(dict.fromkeys([iso3, "CHN", "USA"]))},
)
ui.footer(data)
