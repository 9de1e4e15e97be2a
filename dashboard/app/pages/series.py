"""The DPRK resolutions across the years and bodies: a state's position per year in the Assembly, the Council and
the Security Council, then the Assembly's votes and sponsors in detail, beside the curated events."""

import html

import streamlit as st

from dashboard.app import format as fmt
from dashboard.app import loading, ui
from dashboard.app.content import series

data = ui.dataset()
rc, _ = ui.official()

st.title("A resolution across the years")
st.markdown(
    "**Situation of human rights in the Democratic People's Republic of Korea**: where a state stood on it, year "
    "by year, in the General Assembly, the Human Rights Council and the Security Council, then the Assembly's "
    "resolution in detail, beside what the articles reported."
)
shared = loading.cached_series_shared()  # what every state's page shows or reads, built once
states = shared.states
@st.fragment
def state_section() -> None:
    """Everything that depends on the state. Choosing another reruns this part only: the sponsors' table and
    the footer below name no state, so neither the server nor the browser redraws them."""
    iso3 = ui.param_state("iso3", states, "CHN")
    iso3 = st.selectbox(
        "State", list(states), index=list(states).index(iso3), format_func=lambda c: f"{states[c]} ({c})"
    )
    ui.set_params(iso3=iso3)

    ui.prose(
        f"### {html.escape(states[iso3])} on the DPRK, {series.ACROSS[0]}–{series.ACROSS[1]}, in three bodies",
        fmt.small("A grey cell is a year the sources do not cover, never an abstention."),
    )
    across = loading.series_across(iso3)
    st.html(loading.series_grid_html(iso3))
    ui.prose(  # the key, what each row holds and the sources: one element, after the grid (first on a phone)
        fmt.small(series.legend_html()),
        fmt.small(
            "Each year: the **General Assembly**'s and the **Human Rights Council**'s resolution on the situation "
            "of human rights in the DPRK (the **Commission on Human Rights** before the Council, in 2005), and "
            "every **Security Council** decision on the DPRK (sanctions, the Panel of Experts, vetoed drafts). A "
            "member's vote the source does not name is said so."
        ),
        fmt.small(
            "Sources: Assembly, unvotes (CC0) to 2019 and the **United Nations** extract from late 2019; Council "
            f"and Commission, {series.hrc_credit(rc)}; Security Council, the **United Nations** extract of "
            "resolutions 2000–2026 and of drafts not adopted 2023–2025, and the World Politics Data Lab's veto list "
            "(MIT) to 2022 (so a draft not adopted before 2023 is known only if vetoed). Membership of the Council "
            "is read from its recorded votes, of the Security Council from its voting lists."
        ),
    )
    ui.download_csv(
        "Download the three bodies' table as CSV",
        lambda rc=rc, across=across, iso3=iso3: series.across_csv(rc, across, iso3),  # written when clicked
        f"series_dprk_bodies_{iso3}_{series.ACROSS[0]}-{series.ACROSS[1]}.csv",
        help="One row per decision, or per year and body without one; body, symbol, source and licence on every row",
    )
    lead = "**The articles' events on the DPRK, and their quotes, by year** (the state's own words first)"
    ui.prose(series.years_folded(lead, loading.series_events(iso3, states[iso3])))  # every year folded: one element

    ui.prose(
        "### The General Assembly's resolution in detail",
        "**Situation of human rights in the Democratic People's Republic of Korea**, General Assembly plenary, "
        f"{series.FIRST}–{series.LAST}. Recorded votes 2005–2015 come from Erik Voeten's data (unvotes, CC0); the "
        "resolutions of 2019–2025 were **adopted without a vote**, so their **sponsors** are the record of who stood "
        "where (source: **United Nations**, extract of adopted resolutions). Years in neither source (2012–2013, "
        "2016–2018) are shown as such: unvotes lists recorded votes only, and the UN extract starts in late 2019."
    )
    view, shown = loading.series_assembly(iso3)
    ui.draw_spec(shared.overview)  # charts.series_overview, whole at 390 px

    st.subheader(f"{states[iso3]}, year by year")  # between the chart and the table: an element of its own
    st.dataframe(
        shown,
        hide_index=True,
        column_config={
            "open": st.column_config.LinkColumn("decision", display_text="open ↗"),
            "sponsors": "sponsoring states",
            "position": st.column_config.TextColumn(f"{states[iso3]}", help="Its vote, or whether it sponsored"),
        },
    )
    ui.download_csv(
        "Download this table as CSV",
        series.assembly_csv(view, states[iso3]),
        f"series_dprk_{iso3}_{series.FIRST}-{series.LAST}.csv",
    )


state_section()

matrix = shared.sponsors
ui.prose(
    "### Who sponsored, year by year",
    f"**{len(matrix)} states** sponsored at least one of these resolutions since 2019 "
    "(sponsor: on the draft as tabled; additional sponsor: joined later). Source: United Nations."
)
st.dataframe(matrix.drop(columns="iso3"), hide_index=True, height=360)
ui.download_csv("Download the sponsorship table as CSV", matrix, "series_dprk_sponsors_2019-2025.csv")

ui.footer(data)
