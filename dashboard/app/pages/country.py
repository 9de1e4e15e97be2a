"""Country profile: what the articles say a state did (with passages) beside its official record (with symbols)."""

import pandas as pd
import streamlit as st

from dashboard.app import charts, nav, ui
from dashboard.app import format as fmt
from dashboard.curated import analysis
from dashboard.official import agreement, record

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
if group:
    st.caption(f"UN regional group: {record.actor_names(rc)[group]}")

articles, official = st.columns(2, gap="large")

with articles:
    ui.layer_heading(st, "articles", "Each fact links to the passage it rests on. Unknown means no article says.")
    if iso3 not in named:
        st.info(
            f"The five articles never name {name}. Its official record is beside this (below on a phone).",
            icon=":material/info:",
        )
    else:
        profile = analysis.country_profile(frames, iso3)
        timeline = analysis.country_timeline(frames, iso3)
        counts = st.columns(2) + st.columns(2)
        counts[0].metric("Votes the articles name", len(profile["votes"]))
        counts[1].metric("Sponsorships", len(profile["sponsors"]))
        counts[2].metric("Positions", len(profile["positions"]))
        counts[3].metric("Quoted in its own words", int(profile["positions"]["statement"].notna().sum()))
        positions = profile["positions"].set_index("position_id")
        for event_id, group_rows in timeline.groupby(timeline["event_id"].fillna(""), sort=False):
            first = group_rows.iloc[0]
            with st.container(border=True):
                if event_id:
                    when = fmt.partial_date(first["date"], first["date_precision"])
                    body = charts.BODY_LABELS.get(first["body"], first["body"])
                    st.markdown(
                        f"**{when} · {first['title']}**  \n{body} · "
                        f"[breakdown ↗]({nav.BREAKDOWN.url(event=event_id)})"
                    )
                else:
                    st.markdown("**On the issue at large** (no particular event)")
                for row in group_rows.itertuples():
                    if row.kind != "position":
                        st.markdown(f"- **{row.what.capitalize()}** · {ui.fact_link(row.fact_id)}")
                        continue
                    pos = positions.loc[row.fact_id]
                    who = pos["speaker"] if isinstance(pos["speaker"], str) else pos["actor"]
                    role = f", {pos['speaker_role']}" if isinstance(pos["speaker_role"], str) else ""
                    st.markdown(f"`{row.what}`")
                    ui.quote_block(pos["statement"], pos["summary"], f"{who}{role}", row.fact_id)
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
    )
    if iso3 not in matrix.states:
        st.info(f"{name} has no recorded vote in the official record.", icon=":material/info:")
    else:
        dprk = record.record_table(rc, matrix, record.filter_decisions(rc, dprk=True), [iso3])
        vote = f"{name} ({iso3}) vote"
        st.markdown("**Its votes on the DPRK human-rights resolutions**")
        st.dataframe(
            dprk.sort_values("date", ascending=False)[["date", "symbol", vote]].replace(ui.SHORT_CELLS),
            hide_index=True,
            column_config={vote: st.column_config.TextColumn("its vote")},
        )
        mine = matrix.column(iso3)
        cast = {label: int((mine == code).sum()) for code, label in agreement.LABELS.items()}
        total = sum(cast.values())
        if total:
            st.markdown(
                f"**All recorded votes:** {total:,} cast — "
                + ", ".join(f"{label} {cast[label] / total:.0%}" for label in ("yes", "no", "abstain"))
                + "."
            )

        st.markdown("**Agreement with the permanent five and its regional group**")
        others = [c for c in analysis.PERMANENT_FIVE if c != iso3] + ([group] if group else [])
        recent = record.agreement_with(matrix, iso3, others, start=2000).set_index("with")
        ever = record.agreement_with(matrix, iso3, others).set_index("with")
        scores = pd.DataFrame(
            {
                "with": [record.actor_names(rc).get(c, c) for c in recent.index],
                "since 2000": recent["voeten"].to_numpy(),
                "votes since 2000": recent["n"].to_numpy(),
                "all years": ever["voeten"].reindex(recent.index).to_numpy(),
            }
        )
        st.dataframe(
            scores,
            hide_index=True,
            column_config={
                "since 2000": st.column_config.NumberColumn(format="%.2f", help="Voeten score, 1 = always the same"),
                "all years": st.column_config.NumberColumn(format="%.2f"),
            },
        )
        st.caption(
            "Voeten score: the same vote counts 1, an abstention against yes or no 0.5, yes against no 0, over the "
            "roll calls both voted on. A group's vote is its members' majority. "
            f"[Agreement in detail ↗]({nav.AGREEMENT.url(a=iso3, b=group or 'P5')})"
        )

        sponsored = record.sponsorship_summary(rc, iso3)
        listed = rc.decisions[rc.decisions["source"].astype(str) == "UN extract"]
        st.markdown(
            f"**Sponsorships:** {len(sponsored):,} of the {len(listed):,} decisions whose sponsors the record lists "
            f"(session 74 on, {listed['year'].min()}–{listed['year'].max()})."
        )
        if not sponsored.empty:
            st.dataframe(
                sponsored.head(200).assign(date=sponsored["date"].head(200).dt.strftime("%Y-%m-%d"))[
                    ["date", "symbol", "role", "title"]
                ],
                hide_index=True,
                height=220,
                column_config={"title": st.column_config.TextColumn(width="large")},
            )

        points = record.ideal_points(rc, iso3)
        if not points.empty:
            ui.chart(charts.ideal_points(points.assign(iso3=iso3), {iso3: name}, f"{name}'s ideal point by year"))
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

st.page_link(
    nav.COMPARE.file,
    label=f"Compare {name} with others",
    icon=":material/compare_arrows:",
    query_params={"states": ",".join(dict.fromkeys([iso3, "CHN", "USA"]))},
)
ui.footer(data)
