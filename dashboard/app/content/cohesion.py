"""What the Group cohesion page shows, computed: its words, each group's cohesion by year and over the period,
the members who break from their group's majority and the decisions behind each count, and the CSVs with
source and licence on every row. Pure: no Streamlit (the numbers are dashboard/official/cohesion.py's)."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from dashboard.app import nav
from dashboard.official import sources as registry
from dashboard.official.cohesion import GROUPS
from dashboard.official.rollcalls import RollCalls
from dashboard.official.vocab import Body, Source, Vote
from dashboard.vocabulary import label_of

#: The bodies to choose from, and the bodies whose recorded votes each one reads (the Council continues
#: the Commission: its recorded votes 1947–2005 come first).
BODIES = {
    Body.general_assembly.value: Body.general_assembly.label,
    Body.human_rights_council.value: "Human Rights Council (Commission on Human Rights before 2006)",
    Body.security_council.value: Body.security_council.label,
}
READS = {
    Body.general_assembly.value: [Body.general_assembly.value],
    Body.human_rights_council.value: [Body.commission_on_human_rights.value, Body.human_rights_council.value],
    Body.security_council.value: [Body.security_council.value],
}
#: Short names for the chart's legend and the table's columns.
SHORT = {
    "AFRICAN_GROUP": "African",
    "ASIA_PACIFIC_GROUP": "Asia-Pacific",
    "EASTERN_EUROPEAN_GROUP": "Eastern European",
    "GRULAC": "Latin America & Caribbean",
    "WEOG": "Western European & Others",
    "EU": "EU",
    "P5": "P5",
}
HRC_NOTICE = (
    "Human Rights Council and Commission rows: "
    + registry.credit(Source.hrc_voting.value)
    + ". "
    + registry.licence_line(Source.hrc_voting.value)
    + "."
)
MIN_COUNTED = 10  # a member counted on fewer recorded votes is ranked after the others
SHOWN = 100  # rows of a member's decisions drawn (the newest); the CSV holds all

DEFINITION = (
    "**How cohesion is measured.** On each recorded vote, count the group's members who voted **yes** (Y), **no** "
    "(N) or **abstained** (A). The **Agreement Index** is  \n"
    "AI = (max(Y, N, A) − ½ · (Y + N + A − max(Y, N, A))) / (Y + N + A):  \n"
    "**1** when all voted alike, **0** when they split evenly three ways (two members, one yes and one no: 0.25). "
    "A group's AI for a year is the **mean over that year's recorded votes on which at least two of its members "
    "voted**, each vote weighing the same. Absent and non-voting members are **not counted** (the record does not "
    "say why a state did not vote). Only the body's members of the day vote, so only they count (the Assembly's "
    "193 today, the Council's 47, the Commission's 53, the Security Council's 15). Index from Hix, S., "
    "Noury, A. and Roland, G. (2007) *Democratic Politics in the European Parliament*, Cambridge University Press."
)
GROUPS_NOTE = (
    "**Groups**: the five **UN regional groups** in today's composition (the `countrygroups` package; Türkiye sits "
    "in both the Asia-Pacific Group and WEOG, the United States with WEOG); the **EU** by date of accession (the "
    "EEC/EC before 1993, the United Kingdom until 31 January 2020); the **P5**, the Security Council's permanent "
    "members (China's seat held by the Republic of China until 25 October 1971; the Soviet Union's votes are "
    "recorded as Russia's)."
)
BREAK_NOTE = (
    "A group's **majority** on a recorded vote is the most common vote among yes, no and abstain of its members "
    "who voted (at least two). Where two votes tie for the most, the group has no majority and that vote counts "
    "for none of its members. A member **breaks** from the majority when it voted otherwise; its share is over "
    "the recorded votes on which it voted and its group had a majority (its own vote is part of that majority)."
)


def scope(body: str, years: tuple[int, int]) -> str:
    """Which recorded votes the chosen body's figures read (years: the first and last in the record)."""
    if body == Body.human_rights_council.value:
        return (
            "The **Human Rights Council** replaced the **Commission on Human Rights** in 2006: its line continues "
            "the Commission's, whose recorded votes run 1947–2005 (the Council's from 2006). Both sets come from "
            "hrc-voting (PolyForm Noncommercial)."
        )
    if body == Body.security_council.value:
        return (
            f"The **Security Council**'s recorded votes with every member's vote, {years[0]}–{years[1]} (the veto "
            "list names the vetoers only, so its drafts are left out). Its 15 seats hold one to five of a group."
        )
    return f"The **General Assembly**'s recorded plenary votes, {years[0]}–{years[1]}."


def yearly_view(rows: pd.DataFrame) -> pd.DataFrame:
    """Years × groups: each group's AI (short names as columns), the newest year first."""
    table = rows.pivot(index="year", columns="group", values="ai")
    table = table.reindex(columns=[g for g in GROUPS if g in table.columns]).rename(columns=SHORT)
    return table.sort_index(ascending=False).reset_index()


def period_view(calls: pd.DataFrame) -> pd.DataFrame:
    """Each group over the whole period: recorded votes counted and their mean AI, least cohesive first."""
    out = calls.groupby("group", sort=False).agg(roll_calls=("ai", "size"), ai=("ai", "mean")).reset_index()
    out = out.assign(name=out["group"].map(SHORT))
    return out.sort_values("ai", kind="stable").reset_index(drop=True)[["group", "name", "roll_calls", "ai"]]


def period_table(period: pd.DataFrame) -> str:
    """period_view as a Markdown table: group, recorded votes, mean AI (least cohesive first)."""
    lines = ["| group | recorded votes | mean AI |", "|---|--:|--:|"]
    lines += [f"| {row.name} | {row.roll_calls:,} | {row.ai:.2f} |" for row in period.itertuples()]
    return "\n".join(lines)


def under_chart(body: str, years: tuple[int, int], period: pd.DataFrame) -> str:
    """The chart's caption (scope; the Council's source and licence) in small type, then the period's table: one
    Markdown element (drawn with unsafe_allow_html; every word ours)."""
    notice = f" {HRC_NOTICE}" if body == Body.human_rights_council.value else ""
    return f"<small>{scope(body, years)}{notice}</small>\n\n**Over the whole period**\n\n{period_table(period)}"


def shown_note(rows: int) -> str:
    """', the 100 newest shown (the CSV holds all)' where a member's list is longer than SHOWN, else ''."""
    return f", the {SHOWN} newest shown (the CSV holds all)" if rows > SHOWN else ""


def headline(period: pd.DataFrame, body_label: str, start: int, end: int) -> str:
    """One sentence with the answer: the least and the most cohesive group of the period."""
    if period.empty:
        return f"No recorded vote of the {body_label} in {start}–{end} had two members of any group voting."
    low, high = period.iloc[0], period.iloc[-1]
    return (
        f"In the {body_label}, {start}–{end}, the least cohesive group was **{GROUPS[low['group']]}** "
        f"(mean AI {low['ai']:.2f} over {low['roll_calls']:,} recorded votes), the most cohesive "
        f"**{GROUPS[high['group']]}** ({high['ai']:.2f} over {high['roll_calls']:,})."
    )


def _credits(codes: pd.Series) -> pd.DataFrame:
    """`source` and `licence` of rows each holding one or several source codes ("a; b"), every code credited."""
    joined = {
        value: (
            " | ".join(registry.credit(c) for c in value.split("; ")),
            " | ".join(registry.licence_line(c) for c in value.split("; ")),
        )
        for value in codes.unique()
    }
    return pd.DataFrame(
        {"source": codes.map(lambda v: joined[v][0]), "licence": codes.map(lambda v: joined[v][1])}, index=codes.index
    )


def yearly_csv(rc: RollCalls, rows: pd.DataFrame, calls: pd.DataFrame) -> pd.DataFrame:
    """The per-group per-year figures as their CSV: group, body, year, roll calls counted, members voting, AI,
    and the source and licence of the recorded votes behind each row (the body too: the Commission's or the
    Council's)."""
    meta = rc.decisions.set_index("rcid")
    behind = calls[["group", "year"]].assign(
        body=calls["rcid"].map(meta["body"]).astype(str), source=calls["rcid"].map(meta["source"]).astype(str)
    )
    kinds = behind.drop_duplicates().sort_values(["body", "source"])
    per_row = kinds.groupby(["group", "year"], sort=False).agg(
        body=("body", lambda b: "; ".join(Body(x).label for x in dict.fromkeys(b))),
        sources=("source", lambda s: "; ".join(dict.fromkeys(s))),
    )
    out = rows.merge(per_row.reset_index(), on=["group", "year"], how="left")
    table = pd.DataFrame(
        {
            "group": out["group"].map(GROUPS),
            "group_code": out["group"],
            "body": out["body"],
            "year": out["year"],
            "roll_calls_counted": out["roll_calls"],
            "members_voting": out["members_voting"],
            "agreement_index": out["ai"].round(4),
        }
    )
    return pd.concat([table, _credits(out["sources"])], axis=1)


def breakers_view(rows: pd.DataFrame, names: Mapping[str, str]) -> pd.DataFrame:
    """The ranking as shown: state, share, breaks, votes counted (the share first: a phone shows it); members
    counted on fewer than MIN_COUNTED recorded votes after the others (a share of 1 in 2 says little)."""
    few = rows["counted"] < MIN_COUNTED
    ranked = pd.concat([rows[~few], rows[few]], ignore_index=True)
    return pd.DataFrame(
        {
            "state": ranked["iso3"].map(lambda c: f"{names.get(c, c)} ({c})"),
            "iso3": ranked["iso3"],
            "share": ranked["share"],
            "broke from the majority": ranked["breaks"],
            "votes counted": ranked["counted"],
        }
    )


def decision_links(rc: RollCalls, rcids: pd.Series) -> pd.Series:
    """The Decisions page's address of each roll call: by its symbol where the symbol opens this very roll call
    (views.by_symbol's choice: the resolution itself over amendment and paragraph votes), by its id otherwise."""
    d = rc.decisions
    keys = d["symbol"].fillna("").astype(str).str.upper()
    wanted = set(keys[d["rcid"].isin(rcids)]) - {""}
    same = d.loc[keys.isin(wanted), ["rcid", "symbol", "amend", "para"]]
    whole = ~same["amend"].fillna(False).astype(bool) & ~same["para"].fillna(False).astype(bool)
    same = same.assign(key=keys[same.index], whole=whole)
    opened = same.sort_values("whole", kind="stable").groupby("key").tail(1)  # by_symbol: last whole, else last
    opens = set(opened["rcid"].astype(int))
    symbol = dict(zip(same["rcid"].astype(int), same["symbol"], strict=True))
    return rcids.astype(int).map(
        lambda r: nav.ROLLCALLS.url(symbol=symbol[r]) if r in opens else nav.ROLLCALLS.url(rcid=str(r))
    )


def table_height(rows: int, most: int = 300) -> int:
    """A table's height in pixels: its rows (35 px each, and the header), at most `most`."""
    return min(most, 35 * (rows + 1) + 3)


def breaks_view(rc: RollCalls, rows: pd.DataFrame) -> pd.DataFrame:
    """The recorded votes behind one member's count, newest first: date, symbol, title, its vote, the group's
    majority and tally (yes–no–abstain), title, source; the link to the decision beside the symbol."""
    found = rows.merge(rc.decisions[["rcid", "date", "symbol", "title", "source"]], on="rcid")
    found = found.sort_values("date", ascending=False).reset_index(drop=True)
    return pd.DataFrame(
        {
            "date": found["date"].dt.date,
            "symbol": found["symbol"],
            "open": decision_links(rc, found["rcid"]),
            "its vote": found["vote"],
            "group majority": found["majority"],
            "group yes–no–abstain": found["yes"].astype(str) + "–" + found["no"].astype(str) + "–"
            + found["abstain"].astype(str),
            "title": found["title"],
            "source_code": found["source"].astype(str),
        }
    )  # fmt: skip


def breaks_shown(view: pd.DataFrame, limit: int) -> pd.DataFrame:
    """The first `limit` rows of breaks_view as the grid lists them: the votes in words (the CSV keeps the codes)."""
    shown = view.head(limit).drop(columns="source_code")
    words = {c: shown[c].map(lambda v: label_of(Vote, v)) for c in ("its vote", "group majority")}
    return shown.assign(**words)


def breaks_csv(view: pd.DataFrame, state: str, group: str) -> pd.DataFrame:
    """The list behind one count as its CSV: the state and group named, source and licence on every row."""
    rows = view.drop(columns=["open", "source_code"]).assign(state=state, group=GROUPS[group])
    return pd.concat([rows, registry.csv_columns(view["source_code"])], axis=1)


def period_params(body: str, start: int, end: int, years: tuple[int, int]) -> dict[str, str | None]:
    """The link's body, from and to: left out where they are the defaults (the Assembly, the body's years)."""
    return {
        "body": None if body == Body.general_assembly.value else body,
        "from": str(start) if start != years[0] else None,
        "to": str(end) if end != years[1] else None,
    }


def file_part(body: str, start: int, end: int) -> str:
    """cohesion_general_assembly_1990-2019."""
    return f"cohesion_{body}_{start}-{end}"

