"""Agreement between two states, or a state and a bloc, over a chosen period of the official record."""

import pandas as pd
import streamlit as st

from dashboard.app import charts, nav, ui
from dashboard.official import agreement

data = ui.dataset()
rc, matrix = ui.official()
names = rc.names
actors = {code: f"{label} (bloc)" for code, (label, _) in agreement.BLOCS.items()}
actors |= {code: f"{names.get(code, code)} ({code})" for code in sorted(matrix.states, key=lambda c: names.get(c, c))}
years = (int(matrix.years.min()), int(matrix.years.max()))


def ideal_points_section(start: int, end: int, a: str, b: str) -> None:
    st.subheader("Ideal points over time")
    st.markdown(
        "A state's position on a single dimension estimated from all its General Assembly votes of the year (higher: "
        "closer to the United States' votes), with the 5–95 % band of the estimate. From Bailey, Strezhnev and Voeten "
        "(2017), *Estimating dynamic state preferences from United Nations voting data*, Journal of Conflict "
        "Resolution "
        "61(2): 430–56; data: Erik Voeten, *United Nations General Assembly Voting Data*, Harvard Dataverse, "
        "hdl:1902.1/12379 (July 2025 release, CC0), 1946–2024."
    )
    points = rc.idealpoints
    if points is None:
        st.info("The ideal points are not in this record; import them with `python -m dashboard import-votes "
                "../shared/reference/idealpoints`.")  # fmt: skip
    else:
        states = {c: names.get(c, c) for c in sorted(set(points["iso3"]), key=lambda c: names.get(c, c))}
        picked = ui.param_list("ideal", states, limit=8)
        picked = st.multiselect(
            "States (up to eight)",
            list(states),
            default=picked or [c for c in (a, b) if c in states] or ["USA", "CHN"],
            format_func=lambda c: f"{states[c]} ({c})",
            max_selections=8,
            key="ideal_states",
        )
        ui.set_params(ideal=",".join(picked) or None)
        shown = points[points["iso3"].isin(picked) & points["year"].between(start, end)]
        shown = shown.set_index("iso3").loc[[c for c in picked if c in set(shown["iso3"])]].reset_index()
        if shown.empty:
            st.info("No estimates for these states in this period.")
        else:
            ui.chart(charts.ideal_points(shown, names, f"Ideal points, {start}–{end}"), key="ideal_chart")
            ui.download_csv(
                f"Download these {len(shown):,} estimates as CSV",
                shown.assign(source="Bailey, Strezhnev and Voeten (2017); Voeten, Harvard Dataverse"),
                f"idealpoints_{'-'.join(picked)}_{start}-{end}.csv",
            )


st.title("Agreement in the official record")
st.markdown(
    "Over the roll calls on which **both** cast a vote (yes, no or abstain; absent and non-voting are left out):  \n"
    "- **Voeten score**: the same vote counts 1, one abstention against a yes or a no counts 0.5, yes against no "
    "counts 0; the sum divided by the number of roll calls.  \n"
    "- **Exact-match rate**: the share of those roll calls with the same vote.  \n"
    "- A **bloc**'s vote on a roll call is its members' majority (members at that date only: the EU by accession "
    "date, the EEC/EC before 1993, the UK until 31 January 2020; China's seat held by the Republic of China until "
    "25 October 1971; the five **UN regional groups** in today's composition, from the `countrygroups` package); "
    "a tie gives the bloc no vote on that roll call.\n\n"
    "Roll calls 1946–2019: Erik Voeten's data (unvotes, CC0); 2019–2026: source **United Nations** (extract of "
    "adopted resolutions)."
)
FULL_RUN, DRAWN = "agreement_full_run", "agreement_drawn"


@st.fragment
def pair_section() -> tuple[str, str, int, int]:
    """The two states or blocs, the period, and everything that compares that pair. Changing the second
    one reruns only this part (the sections below depend on the first one and the period only);
    changing the first one or the period reruns the page. Returns (a, b, start, end)."""
    cols = st.columns([3, 3, 4])
    a = ui.param_choice("a", actors, "USA")
    b = ui.param_choice("b", actors, "CHN")
    a = cols[0].selectbox("State or bloc", list(actors), index=list(actors).index(a), format_func=actors.get)
    b = cols[1].selectbox("compared with", list(actors), index=list(actors).index(b), format_func=actors.get)
    low, high = ui.param_int("from", years, years[0]), ui.param_int("to", years, years[1])
    period = cols[2].columns(2)
    low = period[0].number_input("From year", *years, value=min(low, high), step=1)
    high = period[1].number_input("To year", *years, value=max(low, high), step=1)
    start, end = int(min(low, high)), int(max(low, high))
    ui.set_params(
        a=a, b=b, **{"from": str(start) if start != years[0] else None, "to": str(end) if end != years[1] else None}
    )
    if not st.session_state.pop(FULL_RUN, False) and st.session_state.get(DRAWN) != (a, start, end):
        st.rerun()  # the first state or the period changed: the sections below use them too

    for state, bloc in ((a, b), (b, a)):
        if agreement.bloc_contains(bloc, state):
            st.warning(
                f"{actors[state]} is a member of {actors[bloc]}: the bloc's majority includes its own votes, so the "
                "agreement is higher than with the others alone.",
                icon=":material/warning:",
            )
    result = agreement.compare(matrix, a, b, start, end)
    overall = result["overall"]
    if overall["n"] == 0:
        st.info(f"{actors[a]} and {actors[b]} never both voted in {start}–{end}. Widen the period or pick others.")
        return a, b, start, end
    metrics = st.columns(3)
    metrics[0].metric("Voeten score", f"{overall['voeten']:.2f}")
    metrics[1].metric("Exact-match rate", f"{overall['exact']:.0%}")
    metrics[2].metric("Roll calls both voted on", f"{overall['n']:,}")
    trend = result["trend"][result["trend"]["n"] >= 5]
    ui.chart(charts.agreement_trend(trend, actors[a], actors[b]))
    if len(trend) < len(result["trend"]):
        st.caption("Years in which they both voted on fewer than 5 roll calls are left out of the chart.")
    left, right = st.columns(2)
    with left:
        st.subheader("Vote combinations")
        st.caption(f"Rows: {actors[a]}; columns: {actors[b]}. Counts of roll calls.")
        st.dataframe(result["combos"])
    with right:
        st.subheader("By topic")
        by_topic = result["by_topic"].rename(
            columns={"voeten": "Voeten score", "exact": "exact match", "n": "roll calls"}
        )
        st.dataframe(
            by_topic,
            hide_index=True,
            column_config={
                "Voeten score": st.column_config.NumberColumn(format="%.2f"),
                "exact match": st.column_config.NumberColumn(format="%.2f"),
            },
        )
    downloads = st.columns(3)
    ui.download_csv("Trend by year (CSV)", result["trend"], f"trend_{a}_{b}_{start}-{end}.csv", container=downloads[0])
    ui.download_csv(
        "Vote combinations (CSV)",
        result["combos"].reset_index(names=a),
        f"combinations_{a}_{b}_{start}-{end}.csv",
        container=downloads[1],
    )
    ui.download_csv("By topic (CSV)", result["by_topic"], f"topics_{a}_{b}_{start}-{end}.csv", container=downloads[2])
    st.subheader("Where they diverged: one voted yes, the other no")
    diverged = result["diverged"].merge(rc.decisions[["rcid", "date", "symbol", "title", "important"]], on="rcid")
    diverged = diverged.sort_values(["important", "date"], ascending=[False, False], na_position="last")
    diverged["open"] = diverged["symbol"].map(lambda s: nav.ROLLCALLS.url(symbol=s) if s else None)
    st.markdown(f"**{len(diverged):,} roll calls**, important votes first, then the most recent.")
    st.dataframe(
        diverged.assign(date=diverged["date"].dt.date),
        hide_index=True,
        height=300,
        column_config={
            "open": st.column_config.LinkColumn("decision", display_text="open ↗"),
            "title": st.column_config.TextColumn(width="large"),
        },
    )
    ui.download_csv(
        f"Download {len(diverged):,} rows as CSV", diverged.drop(columns="open"), f"diverged_{a}_{b}_{start}-{end}.csv"
    )

    if a not in agreement.BLOCS and b not in agreement.BLOCS:
        st.subheader("Co-sponsorship: did they bring the same texts?")
        shared = agreement.cosponsorship(rc, a, b, start, end)
        if shared["decisions"] == 0:
            st.info("Sponsor lists exist only for 2019–2026 (the United Nations' extract); none in this period.")
        else:
            cols = st.columns(4)
            cols[0].metric(f"{names.get(a, a)} sponsored", f"{shared['a']:,}")
            cols[1].metric(f"{names.get(b, b)} sponsored", f"{shared['b']:,}")
            cols[2].metric("Both sponsored", f"{shared['both']:,}")
            cols[3].metric("Overlap", "–" if shared["overlap"] is None else f"{shared['overlap']:.0%}")
            st.caption(
                f"Of the {shared['decisions']:,} decisions with a sponsor list in {max(start, 2019)}–{end} (source: "
                "United Nations). Overlap: the texts both sponsored, as a share of those either sponsored. Sponsor or "
                "additional sponsor both count."
            )
            both = rc.decisions[rc.decisions["rcid"].isin(shared["shared"])][["date", "symbol", "title", "method"]]
            both = both.sort_values("date", ascending=False).assign(date=lambda d: d["date"].dt.date)
            both["open"] = both["symbol"].map(lambda s: nav.ROLLCALLS.url(symbol=s))
            st.dataframe(
                both,
                hide_index=True,
                height=240,
                column_config={"open": st.column_config.LinkColumn("decision", display_text="open ↗")},
            )
            ui.download_csv(
                f"Download the {len(both):,} texts both sponsored as CSV",
                both.drop(columns="open").assign(source="United Nations (GA resolutions extract)"),
                f"cosponsored_{a}_{b}_{start}-{end}.csv",
            )
    return a, b, start, end


st.session_state[FULL_RUN] = True
a, b, start, end = pair_section()
st.session_state[DRAWN] = (a, start, end)

st.subheader(f"Several states or blocs, {start}–{end}")
group = ui.param_list("group", actors, limit=8)
group = st.multiselect(
    "States or blocs (two to eight)",
    list(actors),
    default=group or ["USA", "CHN", "RUS", "GBR", "FRA"],
    format_func=actors.get,
    max_selections=8,
)
ui.set_params(group=",".join(group) or None)
if len(group) >= 2:
    table = agreement.group_matrix(matrix, group, start, end)
    table.index = table.columns = [actors[g] for g in group]
    st.dataframe(table.round(2))
    st.caption("Voeten scores over the period; 1 on the diagonal.")
    ui.download_csv(
        "Download this matrix as CSV", table.round(4).reset_index(names="state"), f"agreement_group_{start}-{end}.csv"
    )
else:
    st.info("Pick at least two states or blocs.")

st.subheader(f"All members, {start}–{end}")
closest = agreement.one_against_all(matrix, a, start, end, min_votes=10).drop(a, errors="ignore").dropna()
closest = closest.sort_values(ascending=False)
view = closest.rename("Voeten score").to_frame().assign(state=lambda d: d.index.map(lambda c: names.get(c, c)))
cols = st.columns(2)
cols[0].markdown(f"**Closest to {actors[a]}**")
cols[0].dataframe(
    view.head(10)[["state", "Voeten score"]],
    column_config={"Voeten score": st.column_config.NumberColumn(format="%.2f")},
)
cols[1].markdown(f"**Furthest from {actors[a]}**")
cols[1].dataframe(
    view.tail(10)[["state", "Voeten score"]].iloc[::-1],
    column_config={"Voeten score": st.column_config.NumberColumn(format="%.2f")},
)


def everyone_csv(start: int = start, end: int = end) -> pd.DataFrame:  # built only when the button is clicked
    everyone = agreement.all_members(matrix, start, end, min_votes=10)
    return everyone.round(4).reset_index(names="iso3")


ui.download_csv(
    "Download the agreement matrix of all members as CSV", everyone_csv, f"agreement_all_members_{start}-{end}.csv"
)
ideal_points_section(start, end, a, b)
ui.footer(data)
