"""What the Outvoted page shows, computed: the rule in words, the ranking and a state's decisions as tables and
CSVs (source and licence on every row). Pure: no Streamlit."""

from __future__ import annotations

import pandas as pd

from dashboard.app import format as fmt
from dashboard.app import nav
from dashboard.curated.models import VoteValue
from dashboard.official import outvoted, sources
from dashboard.official.outvoted import Outvoted
from dashboard.official.rollcalls import RollCalls
from dashboard.official.vocab import Body, NamesStatus, Outcome, Vote

BODIES = Body.labels()
DEFAULT_BODY = Body.general_assembly.value
SPAN = 10  # the default period: the body's last ten years
CHART_TOP = 20  # states in the bar chart
SHOWN = 100  # rows of a state's decisions drawn (the newest); the CSV holds all

RULE = (
    "**The rule.** A state is **outvoted** on a decision when it voted **no** on a text that was adopted, or "
    "**yes** on a text that was not adopted (vetoed included). An **abstention** is on neither side, and a member "
    "that cast no vote is not counted. **Share**: the times it was outvoted ÷ the recorded votes it cast (yes, no "
    "or abstain) on the decisions counted. Only recorded votes whose per-state votes the source lists count; votes "
    "on amendments and paragraphs count like any other, by their own outcome."
)
OUTCOMES = {
    Body.general_assembly.value: (
        "**Where the source states no outcome.** Erik Voeten's data (unvotes, to 2019) never state one, so it is "
        "derived from the tally only where the Charter settles it (Article 18): **adopted** when two-thirds of the "
        "states voting said yes (enough for any question), **not adopted** when yes did not outnumber no (too few for "
        "any). Between the two, the result hangs on whether the question was an 'important' one needing two-thirds, "
        "which the source does not say: such votes are **left out**. The United Nations' extract (from late 2019) "
        "lists adopted resolutions only, so each of its recorded votes was adopted."
    ),
    Body.human_rights_council.value: (
        "**Where the source states no outcome** (mostly votes on amendments): the Council decides by a simple "
        "majority of the members present and voting, so a text is taken as **adopted** when yes outnumbered no in "
        "the official totals (the per-state rows where no total is stated), and **not adopted** otherwise, a tie "
        "included."
    ),
    Body.commission_on_human_rights.value: (
        "Every recorded vote of the Commission has its outcome stated in the source; none is derived."
    ),
    Body.security_council.value: (
        "**Vetoes.** A draft vetoed by a permanent member was not adopted: the permanent member whose **no** was the "
        "veto was on the **winning** side, not outvoted, and so was any other member voting no; the members voting "
        "yes were outvoted, even thirteen of them. 'Outvoted' means on the losing side, not in the minority. Drafts "
        "known only from the veto list (1946–2022) name their vetoers and no other vote, so they count for nobody; "
        "drafts not adopted for want of nine votes are in the record from 2023 only. Every outcome counted is "
        "stated by the source; none is derived."
    ),
}


def years_of(rc: RollCalls, body: str) -> tuple[int, int]:
    """The first and last year of the body's recorded votes with their per-state votes listed."""
    d = rc.decisions[["body", "names", "year"]]
    years = d.loc[(d["body"] == body) & (d["names"] == NamesStatus.listed), "year"]
    return int(years.min()), int(years.max())


def default_period(years: tuple[int, int]) -> tuple[int, int]:
    return max(years[0], years[1] - SPAN + 1), years[1]


def period_params(start: int, end: int, default: tuple[int, int]) -> dict[str, str | None]:
    """The link's from and to: left out where they are the default period's."""
    return {"from": str(start) if start != default[0] else None, "to": str(end) if end != default[1] else None}


def summary(result: Outvoted, body: str, start: int, end: int) -> str:
    """What was counted, in one sentence."""
    known = result.decisions[result.decisions["won"] != ""]
    derived = int((~known["basis"].isin(["stated", "extract"])).sum())
    text = (
        f"**{len(known):,} recorded votes** of the {BODIES[body]} in {start}–{end} counted, "
        f"{len(result.votes):,} votes cast on them"
    )
    if derived:
        text += f"; the outcome of {derived:,} derived from the tally as below"
    if result.left_out:
        text += f"; {fmt.count(result.left_out, 'vote')} left out (outcome neither stated nor settled by the rule)"
    return text + "."


def shown_note(rows: int) -> str:
    """'; the 100 newest shown (the CSV holds all)' where a state's list is longer than SHOWN, else ''."""
    return f"; the {SHOWN} newest shown (the CSV holds all)" if rows > SHOWN else ""


def ranking_view(table: pd.DataFrame) -> pd.DataFrame:
    """The ranking as the page shows it: share in per cent."""
    return table.assign(share=(table["share"] * 100).round(1))


BAR_COLOUR = VoteValue.colours()[VoteValue.no.value]  # the colour of a "no", as the Vega bars were


def bars_html(table: pd.DataFrame, title: str) -> str:
    """The states most often outvoted (ranking rows: state, outvoted, cast, share), longest first, as HTML bars
    (format.bars_html) for a Markdown element drawn with unsafe_allow_html: a row per state, its bar to one scale
    (the largest count at 1/1.2 of the width), its count after it, its share and votes cast in the row's tooltip.
    No Vega view to compile and draw (bench/knockout.py: the chart was ~0.14 s of the browser's main thread)."""
    top = max([int(n) for n in table["outvoted"]] + [1]) * 1.2
    rows = [
        fmt.Bar(row.state, int(row.outvoted), BAR_COLOUR, f"{int(row.outvoted):,}",
                f"{row.state}: outvoted {row.outvoted:,} times in {row.cast:,} votes cast ({row.share:.1%})")
        for row in table.itertuples()
    ]  # fmt: skip
    note = "bar: times outvoted (a row's tooltip: votes cast, share)"
    look = fmt.BarLook(label_width="min(10rem,38%)", font_size="0.85rem", line_height=1.45, thickness="0.95rem",
                       note=note)  # fmt: skip
    return fmt.bars_html(title, rows, top, "outvoted-bars", look)


def credits(codes: list[str]) -> tuple[str, str]:
    """(source, licence) of rows drawn from these source codes, each credited once, ' | '-joined."""
    return " | ".join(sources.credit(c) for c in codes), " | ".join(sources.licence_line(c) for c in codes)


def ranking_csv(result: Outvoted, table: pd.DataFrame, body: str, start: int, end: int) -> pd.DataFrame:
    """The ranking as its CSV: the body and period on every row, and the sources of the votes each state cast."""
    by_state = outvoted.sources_by_state(result)
    pairs = [credits(by_state.get(iso3, [])) for iso3 in table["iso3"]]
    return pd.DataFrame(
        {
            "body": BODIES[body],
            "from": start,
            "to": end,
            "rank": table["rank"],
            "iso3": table["iso3"],
            "state": table["state"],
            "outvoted": table["outvoted"],
            "votes_cast": table["cast"],
            "share_outvoted": table["share"].round(4),
            "yes": table["yes"],
            "no": table["no"],
            "abstain": table["abstain"],
            "source": [p[0] for p in pairs],
            "licence": [p[1] for p in pairs],
        }
    )


def decisions_view(result: Outvoted, iso3: str) -> pd.DataFrame:
    """The decisions on which the state was outvoted: its vote, the outcome and how it is known, the tally, a link."""
    rows = outvoted.state_decisions(result, iso3)
    outcome = rows["won"].map({Vote.yes.value: Outcome.adopted.label, Vote.no.value: Outcome.not_adopted.label})
    outcome = outcome.where(rows["outcome"].astype(str) == "", rows["outcome"].astype(str).map(Outcome.labels()))
    tally = rows["yes"].astype(str) + "–" + rows["no"].astype(str) + "–" + rows["abstain"].astype(str)
    return pd.DataFrame(
        {
            "date": rows["date"].dt.date,
            "symbol": rows["symbol"],
            "open": rows["symbol"].map(lambda s: nav.ROLLCALLS.url(symbol=s) if isinstance(s, str) and s else None),
            "its vote": rows["vote"].astype(str).map(Vote.labels()),
            "outcome": outcome,
            "yes–no–abstain": tally,
            "title": rows["title"],
            "how the outcome is known": rows["basis"].map(outvoted.WHY),
            "source_code": rows["source"].astype(str),
        }
    )


def decisions_csv(view: pd.DataFrame, iso3: str, state: str, body: str) -> pd.DataFrame:
    """A state's decisions as their CSV: the state and body on every row, source and licence per decision."""
    out = view.drop(columns=["open", "source_code"]).rename(
        columns={"its vote": "its_vote", "yes–no–abstain": "tally_yes_no_abstain", "how the outcome is known": "basis"}
    )
    out.insert(0, "body", BODIES[body])
    out.insert(0, "state", state)
    out.insert(0, "iso3", iso3)
    return pd.concat([out, sources.csv_columns(view["source_code"])], axis=1)
