"""What the "Adopted without a vote" page shows, computed: its words, the yearly shares and the agenda items
compared between two periods, as tables and CSVs (source and licence on every row). Pure: no Streamlit."""

from __future__ import annotations

import pandas as pd

from dashboard.official import consensus, sources
from dashboard.official.vocab import Body

BODIES = Body.labels()
DEFAULT_BODY = Body.human_rights_council.value
MIN_N = 5  # decisions an agenda item needs in each period to be compared
MIN_BOUNDS = (1, 100)
COMPARED = 20  # the default periods: the body's last twenty full years, in two halves
MIN_YEAR = 10  # decisions taken a year needs to be drawn in the chart (the CSV keeps every year)

CAUTION = (
    "**“Without a vote” is not unanimity.** A text adopted without a vote is one no member asked to put to a vote: "
    "states may still dissociate themselves from it, speak against it, or simply choose not to block a consensus "
    "they do not share."
)
DENOMINATOR = (
    "**The share**: decisions adopted without a vote ÷ decisions taken, per body and year. **Decisions taken** are "
    "those adopted without a vote, by a recorded vote or by a non-recorded vote, whatever their outcome (a draft "
    "rejected or vetoed in a vote was decided too). **Left out**, and counted in the CSV: decisions whose method the "
    "source does not state (never guessed), withdrawn drafts and those not considered (no vote taken: nothing was "
    "decided), and votes on amendments or separate paragraphs (steps towards a decision, listed only when voted on)."
)
COVERAGE = (
    "A share is shown only for years whose decisions the record lists however they were taken: the **General "
    "Assembly** from 10 October 2019 (the United Nations' extract; Erik Voeten's data before it list recorded votes "
    "only), the **Human Rights Council** and the **Commission on Human Rights** throughout (the OHCHR records), the "
    "**Security Council** from 2000 (the United Nations' extract; before it the record holds vetoed drafts only, "
    "and drafts that failed for want of nine votes only from 2023). A hollow point is a year covered in part; a year "
    f"with fewer than {MIN_YEAR} decisions taken is left out of the chart (not of the CSV). The Commission's "
    "records before 1974 hold few adoptions without a vote and many non-recorded votes: whether that was its "
    "practice or the records' gap, the source does not say."
)
KEYS = {
    Body.general_assembly.value: (
        "Grouped by **agenda item title** (the extract's `short`), which recurs session after session (96 titles in "
        "all seven sessions 74–80); its topics would not do: they are derived by rule and 41 % of its decisions have "
        "none, and agenda item numbers change every session."
    ),
    Body.human_rights_council.value: (
        "Grouped by **agenda item**, by its name: the Council's ten items have been fixed since its "
        "institution-building package of 2007 (resolution 5/1)."
    ),
    Body.commission_on_human_rights.value: (
        "Grouped by **agenda item**, by its name (the Commission renumbered its items from year to year, so "
        "numbers would not match across years; names mostly do)."
    ),
    Body.security_council.value: (
        "Grouped by **agenda item** (“The situation in Somalia”). The Security Council adopts nearly every "
        "resolution in a vote, so its shares stay near zero."
    ),
}


def covered_years(years: pd.DataFrame, body: str) -> tuple[int, int]:
    """The first and last year of the body the record covers in full or in part (years: consensus.yearly)."""
    mine = years.loc[(years["body"] == body) & (years["coverage"] != "not covered"), "year"]
    return int(mine.min()), int(mine.max())


def default_periods(years: pd.DataFrame, body: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """The body's last COMPARED full years (at most), in two halves (years: consensus.yearly)."""
    full = years.loc[(years["body"] == body) & (years["coverage"] == "full"), "year"]
    span = sorted(full)[-COMPARED:]
    half = len(span) // 2
    return (span[0], span[half - 1]), (span[half], span[-1])


def credits(codes: str) -> tuple[str, str]:
    """(source, licence) of rows drawn from these '; '-joined source codes, each credited once, ' | '-joined."""
    found = [c for c in codes.split("; ") if c]
    return " | ".join(sources.credit(c) for c in found), " | ".join(sources.licence_line(c) for c in found)


def yearly_view(years: pd.DataFrame) -> pd.DataFrame:
    """The yearly rows for the chart: the body in words, no share where fewer than MIN_YEAR decisions were taken;
    only the columns the chart reads (the others are the CSV's: each is data the browser would parse for nothing)."""
    view = years.assign(body=years["body"].map(BODIES), share=years["share"].where(years["taken"] >= MIN_YEAR))
    return view[["body", "year", "share", "taken", "without_vote", "coverage", "note"]]


def yearly_csv(years: pd.DataFrame) -> pd.DataFrame:
    """The yearly rows as their CSV: counts blank where the year is not covered, share in per cent, source and
    licence of the decisions counted."""
    out = years.assign(body=years["body"].map(BODIES))
    blank = out["coverage"] == "not covered"
    for column in consensus.COUNTS:
        out[column] = out[column].astype("Int64").mask(blank)
    out["share_without_vote_pct"] = (out["share"] * 100).round(1)
    pairs = [credits(c) for c in out["sources"]]
    out = out.rename(columns={"unknown": "left_out_method_unknown", "no_vote_taken": "left_out_no_vote_taken",
                              "steps": "left_out_amendment_or_paragraph_votes"})  # fmt: skip
    return out.drop(columns=["share", "sources"]).assign(source=[p[0] for p in pairs], licence=[p[1] for p in pairs])


def items_view(table: pd.DataFrame) -> pd.DataFrame:
    """The compared agenda items as the page shows them: shares in per cent, change in points."""
    view = table.drop(columns="sources")
    for name in ("first", "second"):
        view[f"share_{name}"] = (view[f"share_{name}"] * 100).round(1)
    view = view.assign(change=view["change"].round(1))
    order = ["item", "change", "share_first", "share_second", "taken_first", "without_first", "taken_second",
             "without_second"]  # fmt: skip
    return view[order]


def items_csv(
    table: pd.DataFrame, body: str, first: tuple[int, int], second: tuple[int, int], min_n: int
) -> pd.DataFrame:
    """The compared agenda items as their CSV: body, both periods and the minimum on every row, source, licence."""
    out = items_view(table)
    pairs = [credits(c) for c in table["sources"]]
    out.insert(0, "min_decisions_each_period", min_n)
    out.insert(0, "second_period", f"{second[0]}–{second[1]}")
    out.insert(0, "first_period", f"{first[0]}–{first[1]}")
    out.insert(0, "body", BODIES[body])
    return out.rename(columns={"change": "change_points"}).assign(
        source=[p[0] for p in pairs], licence=[p[1] for p in pairs]
    )
