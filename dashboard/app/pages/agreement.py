"""Agreement between two states, or a state and a bloc, over a chosen period of the official record."""

import html

import streamlit as st

from dashboard.app import agreement_sections, charts, loading, ui
from dashboard.app import format as fmt
from dashboard.app.content import agreement as content
from dashboard.app.content.tables import markdown_table

data = ui.dataset()
rc, _ = ui.official()
names = rc.names
st.title("Agreement in the official record")
bodies = list(content.BODIES)
body = ui.param_choice("body", content.BODIES, bodies[0]) or bodies[0]
body = st.radio("Body", bodies, index=bodies.index(body), format_func=content.BODIES.get, horizontal=True)
ui.set_params(body=None if body == "general_assembly" else body)
matrix = ui.body_matrix(body)
actors = content.actors(matrix, names)
years = (int(matrix.years.min()), int(matrix.years.max()))
LINK = {"open": st.column_config.LinkColumn("decision", display_text="open ↗")}
YEAR_BOX = 130  # px: the two year boxes keep their width beside the two choices, and fit two to a phone's row


st.markdown(content.scope(body))  # the definitions come under the score, folded
FULL_RUN, DRAWN, SHOWN = "agreement_full_run", "agreement_drawn", "agreement_sections"


@st.fragment
def pair_section() -> tuple[str, str, int, int]:
    """The two states or blocs, the period, and everything that compares that pair. Changing the second
    one reruns only this part (the sections below depend on the first one and the period only);
    changing the first one or the period reruns the page. Returns (a, b, start, end)."""
    row = st.container(horizontal=True)  # one block, not a column per field (each block costs the browser)
    a, b = ui.param_choice("a", actors, "USA") or "USA", ui.param_choice("b", actors, "CHN") or "CHN"
    a = row.selectbox("State or bloc", list(actors), index=list(actors).index(a), format_func=actors.get)
    b = row.selectbox("compared with", list(actors), index=list(actors).index(b), format_func=actors.get)
    low, high = ui.param_int("from", years, years[0]), ui.param_int("to", years, years[1])
    low = row.number_input("From year", *years, value=min(low, high), step=1, width=YEAR_BOX)
    high = row.number_input("To year", *years, value=max(low, high), step=1, width=YEAR_BOX)
    start, end = int(min(low, high)), int(max(low, high))
    ui.set_params(a=a, b=b, **content.period_params(start, end, years))
    if not st.session_state.pop(FULL_RUN, False) and st.session_state.get(DRAWN) != (a, start, end):
        st.rerun()  # the first state or the period changed: the sections below use them too
    for warning in content.bloc_warnings(a, b, actors):
        st.warning(warning, icon=":material/warning:")
    pair = loading.agreement_pair(body, a, b, start, end)
    overall, span = pair.overall, f"{a}_{b}_{start}-{end}"
    if pair.shared_membership is not None:
        st.markdown(f"**{pair.shared_membership:,} recorded votes** of the {content.BODIES[body]} in {start}–{end} "
                    f"came while both were members; both cast a vote on {overall['n']:,} of them.")  # fmt: skip
    if overall["n"] < content.MIN_SHARED:
        st.info(f"Not enough shared votes: {actors[a]} and {actors[b]} both voted on {overall['n']} recorded "
                f"vote{'s' if overall['n'] != 1 else ''} of the {content.BODIES[body]} in {start}–{end}, fewer than "
                f"{content.MIN_SHARED}, so no score is shown. Widen the period or pick others.")  # fmt: skip
        st.caption(content.sources(rc, body))
        return a, b, start, end
    ui.figures(
        [
            ("Voeten score", f"{overall['voeten']:.2f}", content.METRIC_HELP["voeten"]),
            ("Exact-match rate", f"{overall['exact']:.0%}", content.METRIC_HELP["exact"]),
            ("Roll calls both voted on", f"{overall['n']:,}", None),
        ]
    )
    trend = pair.trend[pair.trend["n"] >= 5]
    few = "Years in which they both voted on fewer than 5 roll calls are left out of the chart below."
    ui.prose(  # the definitions folded, the sources and the chart's note: one element
        fmt.folded("How the scores are computed", content.INTRO),
        fmt.small(content.sources(rc, body)),
        fmt.small(few) if len(trend) < len(pair.trend) else None,
    )
    ui.chart(charts.agreement_trend(trend, actors[a], actors[b]))
    left, right = st.columns(2)  # two small tables as Markdown: no grid to mount
    axes = html.escape(f"Rows: {actors[a]}; columns: {actors[b]}. Counts of roll calls.")
    combinations = markdown_table(content.combos_table(pair.combos), index=a)
    ui.prose("### Vote combinations", fmt.small(axes), combinations, container=left)
    no_topics = content.topic_note(body, pair.by_topic)
    topics = no_topics or markdown_table(content.topic_table(pair.by_topic), index="topic")
    ui.prose("### By topic", topics, container=right)
    downloads = st.columns(3)
    ui.download_csv("Trend by year (CSV)", pair.trend, f"trend_{span}.csv", container=downloads[0])
    combos = pair.combos.reset_index(names=a)
    ui.download_csv("Vote combinations (CSV)", combos, f"combinations_{span}.csv", container=downloads[1])
    if not no_topics:
        ui.download_csv("By topic (CSV)", pair.by_topic, f"topics_{span}.csv", container=downloads[2])
    diverged, listed = pair.diverged, pair.diverged_shown
    ui.prose("### Where they diverged: one voted yes, the other no", content.diverged_line(diverged, listed))
    st.dataframe(listed, hide_index=True, height=300,
                 column_config=LINK | {"title": st.column_config.TextColumn(width="large")})  # fmt: skip
    ui.download_csv(f"Download {len(diverged):,} rows as CSV", diverged, f"diverged_{span}.csv")
    if pair.cosponsorship is not None:
        agreement_sections.cosponsorship(rc, body, pair, a, b, start, end, span)
    return a, b, start, end


st.session_state[FULL_RUN] = True
a, b, start, end = pair_section()
st.session_state[DRAWN] = (a, start, end)

if SHOWN not in st.session_state:  # the page's first run: the link decides
    st.session_state[SHOWN] = content.sections_shown(st.query_params)
shown = st.pills(f"More, {start}–{end}", list(content.SECTIONS), format_func=content.SECTIONS.get,
                 selection_mode="multi", key=SHOWN)  # fmt: skip
ui.set_params(show=",".join(shown) or None)
if not shown:
    st.caption(f"Open a section above: several states or blocs compared at once; the members closest to and "
               f"furthest from {actors[a]}, with every member's scores as CSV; the ideal points over time.")

if "group" in shown:
    st.subheader(f"Several states or blocs, {start}–{end}")
    group = ui.param_list("group", actors, limit=8)
    group = st.multiselect("States or blocs (two to eight)", list(actors), default=group or content.GROUP,
                           format_func=actors.get, max_selections=8)  # fmt: skip
    ui.set_params(group=",".join(group) or None)
    if len(group) >= 2:
        table = content.group_table(matrix, group, actors, start, end)
        st.dataframe(table.round(2))
        st.caption("Voeten scores over the period; 1 on the diagonal.")
        matrix_csv = table.round(4).reset_index(names="state")
        ui.download_csv("Download this matrix as CSV", matrix_csv, f"agreement_group_{start}-{end}.csv")
    else:
        st.info("Pick at least two states or blocs.")
else:
    ui.set_params(group=None)

if "members" in shown:
    st.subheader(f"All members, {start}–{end}")
    view = loading.agreement_closest(body, a, start, end)
    cols = st.columns(2)
    scores = view.assign(**{"Voeten score": view["Voeten score"].map("{:.2f}".format)})
    closest = markdown_table(scores.head(10), index="iso3")  # ten rows as Markdown: no grid
    ui.prose(f"**Closest to {html.escape(actors[a])}**", closest, container=cols[0])  # one element a column
    furthest = markdown_table(scores.tail(10).iloc[::-1], index="iso3")
    ui.prose(f"**Furthest from {html.escape(actors[a])}**", furthest, container=cols[1])
    everyone_file = f"agreement_all_members_{start}-{end}.csv"
    ui.download_csv("Download the agreement matrix of all members as CSV",
                    lambda s=start, e=end: content.everyone(matrix, s, e), everyone_file)  # fmt: skip

if "ideal" in shown:
    agreement_sections.ideal_points(rc, start, end, a, b)
else:
    ui.set_params(ideal=None)
ui.footer(data)
