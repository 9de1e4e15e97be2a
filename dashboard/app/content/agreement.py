"""Agreement, computed: the states and blocs to pick, the tables of a pair (divergent votes, co-sponsored texts),
several at once, the closest and furthest members, and the ideal points shown. Pure: no Streamlit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.app import nav
from dashboard.app.content import provenance
from dashboard.official import agreement, rollcalls
from dashboard.official import sources as registry
from dashboard.official.agreement import VoteMatrix
from dashboard.official.rollcalls import RollCalls
from dashboard.official.vocab import Body, Method, Vote

INTRO = (
    "Over the roll calls on which **both** cast a vote (yes, no or abstain; absent and non-voting are left out):  \n"
    "- **Voeten score**: the same vote counts 1, one abstention against a yes or a no counts 0.5, yes against no "
    "counts 0; the sum divided by the number of roll calls.  \n"
    "- **Exact-match rate**: the share of those roll calls with the same vote.  \n"
    "- A **bloc**'s vote on a roll call is its members' majority (members at that date only: the EU by accession "
    "date, the EEC/EC before 1993, the UK until 31 January 2020; China's seat held by the Republic of China until "
    "25 October 1971; the five **UN regional groups** in today's composition, from the `countrygroups` package); "
    "a tie gives the bloc no vote on that roll call.\n\n"
)
#: The figures' one-line definitions (their tooltips); INTRO gives them in full.
METRIC_HELP = {
    "voeten": "The same vote counts 1, an abstention against yes or no 0.5, yes against no 0; averaged over the "
    "roll calls both voted on. 1 = always the same vote.",
    "exact": "The share of the roll calls both voted on where they cast the same vote.",
}
ASSEMBLY_SOURCES = (
    "Roll calls 1946–2019: Erik Voeten's data (unvotes, CC0); 2019–2026: source **United Nations** (extract of "
    "adopted resolutions)."
)
IDEAL_POINTS = (
    "A state's position on a single dimension estimated from all its General Assembly votes of the year (higher: "
    "closer to the United States' votes), with the 5–95 % band of the estimate. From Bailey, Strezhnev and Voeten "
    "(2017), *Estimating dynamic state preferences from United Nations voting data*, Journal of Conflict "
    "Resolution "
    "61(2): 430–56; data: Erik Voeten, *United Nations General Assembly Voting Data*, Harvard Dataverse, "
    "hdl:1902.1/12379 (July 2025 release, CC0), 1946–2024."
)
BODIES = Body.labels()  # the bodies agreement is computed within, one at a time
MIN_SHARED = 10  # fewer recorded votes both cast: no score, "not enough shared votes"
GROUP = ["USA", "CHN", "RUS", "GBR", "FRA"]  # the group shown before any pick
SCORES = ["Voeten score", "exact match"]  # by_topic's score columns
IDEAL_SOURCE = "Bailey, Strezhnev and Voeten (2017); Voeten, Harvard Dataverse"
DIVERGED_SHOWN = 100  # the divergent roll calls listed on the page (important first, then the newest); the CSV has all
#: The sections under the pair, each drawn (and computed) only when the reader opens it: URL value → label.
SECTIONS = {
    "group": "Several states or blocs",
    "members": "Closest and furthest members",
    "ideal": "Ideal points over time",
}


def actors(matrix: VoteMatrix, names: Mapping[str, str]) -> dict[str, str]:
    """Code → label of every bloc, then every state with a vote in the matrix, by name."""
    out = {code: f"{label} (bloc)" for code, (label, _) in agreement.BLOCS.items()}
    cast = np.asarray((matrix.codes > 0).any(axis=0), dtype=bool)
    voted = [s for i, s in enumerate(matrix.states) if cast[i]]
    return out | {c: f"{names.get(c, c)} ({c})" for c in sorted(voted, key=lambda c: names.get(c, c))}


def bloc_warnings(a: str, b: str, labels: Mapping[str, str]) -> list[str]:
    """A warning for each side that is a member of the other (a bloc's majority includes its own votes)."""
    return [
        f"{labels[state]} is a member of {labels[bloc]}: the bloc's majority includes its own votes, so the "
        "agreement is higher than with the others alone."
        for state, bloc in ((a, b), (b, a))
        if agreement.bloc_contains(bloc, state)
    ]


def period_params(start: int, end: int, years: tuple[int, int]) -> dict[str, str | None]:
    """The link's from and to: left out where they are the record's first and last year."""
    return {"from": str(start) if start != years[0] else None, "to": str(end) if end != years[1] else None}


#: diverged's columns that are not one of the two votes.
DIVERGED_OTHERS = ("date", "symbol", "title", "important", "rcid")


def diverged(rc: RollCalls, result: dict) -> pd.DataFrame:
    """The roll calls where one voted yes and the other no: important first, then the newest (the CSV's rows).
    Columns: date, symbol, title, the two votes, important, and the record's internal id (rcid) last."""
    rows = result["diverged"].merge(rc.decisions[["rcid", "date", "symbol", "title", "important"]], on="rcid")
    rows = rows.sort_values(["important", "date"], ascending=[False, False], na_position="last", ignore_index=True)
    votes = [c for c in result["diverged"].columns if c != "rcid"]
    return rows[["date", "symbol", "title", *votes, "important", "rcid"]]


def with_links(rows: pd.DataFrame) -> pd.DataFrame:
    """The rows as the page lists them: the day only, the votes in words, 'open' (the link to each decision's page,
    none without a symbol) in place of the internal id; no `important` column where no row has the flag (unvotes'
    to 2019: the Assembly's only)."""
    links = rows["symbol"].map(lambda s: nav.ROLLCALLS.url(symbol=s) if s else None)
    votes = {c: rows[c].astype(str).map(Vote.labels()) for c in rows.columns if c not in DIVERGED_OTHERS}
    shown = rows.drop(columns="rcid").assign(date=rows["date"].dt.date, **votes, open=links)
    return shown if shown["important"].notna().any() else shown.drop(columns="important")


def diverged_line(diverged: pd.DataFrame, listed: pd.DataFrame) -> str:
    """The count of divergent roll calls and their order (important first only where the list has the flag)."""
    order = "important votes first, then the most recent" if "important" in listed.columns else "the most recent first"
    capped = f" The first {len(listed):,} are listed; the CSV has all {len(diverged):,}."
    return f"**{len(diverged):,} roll calls**, {order}." + (capped if len(listed) < len(diverged) else "")


@dataclass
class Pair:
    """What the page shows of two states or blocs in one body over a period (computed once per query:
    loading.agreement_pair)."""

    overall: dict  # voeten, exact, n (agreement.pair_scores)
    trend: pd.DataFrame
    combos: pd.DataFrame
    by_topic: pd.DataFrame  # as agreement.compare gives it (the CSV)
    diverged: pd.DataFrame  # every roll call where one voted yes and the other no (the CSV)
    diverged_shown: pd.DataFrame  # its first DIVERGED_SHOWN rows, with their link (with_links)
    shared_membership: int | None  # None in the Assembly and for a bloc (shared_membership)
    cosponsorship: dict | None  # agreement.cosponsorship of two states; None for a bloc
    cosponsored: pd.DataFrame | None  # the texts both sponsored, as listed (cosponsored)


def pair(rc: RollCalls, matrix: VoteMatrix, body: str, a: str, b: str, start: int, end: int) -> Pair:
    """Everything the page computes of the pair: scores, trend, combinations, topics, divergent votes, the votes
    taken while both were members (not in the Assembly) and their co-sponsorship (two states only)."""
    result = agreement.compare(matrix, a, b, start, end)
    rows = diverged(rc, result)
    states = a not in agreement.BLOCS and b not in agreement.BLOCS
    shared = shared_membership(rc, matrix, body, a, b, start, end) if body != Body.general_assembly.value else None
    sponsors = agreement.cosponsorship(rc, a, b, start, end, body=body) if states else None
    return Pair(
        overall=result["overall"],
        trend=result["trend"],
        combos=result["combos"],
        by_topic=result["by_topic"],
        diverged=rows,
        diverged_shown=with_links(rows.head(DIVERGED_SHOWN)),
        shared_membership=shared,
        cosponsorship=sponsors,
        cosponsored=cosponsored(rc, sponsors) if sponsors and sponsors["decisions"] else None,
    )


def combos_table(combos: pd.DataFrame) -> pd.DataFrame:
    """The vote combinations as the page shows them: the votes in words, the counts with thousands commas (the CSV
    keeps the codes)."""
    return combos.map("{:,}".format).rename(index=Vote.labels(), columns=Vote.labels())


def topic_table(by_topic: pd.DataFrame) -> pd.DataFrame:
    """By topic as the page shows it: the scores to two decimals, the counts with thousands commas."""
    table = by_topic.rename(columns={"voeten": "Voeten score", "exact": "exact match", "n": "roll calls"})
    if table.empty:  # no topic in this body's record
        return pd.DataFrame(columns=[*SCORES, "roll calls"], index=pd.Index([], name="topic"))
    scores = {c: table[c].map(lambda v: "–" if pd.isna(v) else f"{v:.2f}") for c in SCORES}
    return table.assign(**scores, **{"roll calls": table["roll calls"].map("{:,}".format)}).set_index("topic")


def topic_note(body: str, by_topic: pd.DataFrame) -> str | None:
    """Why there is no table by topic (only the Assembly's roll calls carry topic codes); None when there is one."""
    if not by_topic.empty:
        return None
    if body != Body.general_assembly.value:
        return f"The {BODIES[body]}'s record carries no topic codes, so its votes are not split by topic."
    return "None of the roll calls both voted on in this period carries a topic code."


def cosponsorship_line(shared: dict, a: str, b: str) -> str:
    """The co-sponsorship figures in one sentence."""
    overlap = "–" if shared["overlap"] is None else f"{shared['overlap']:.0%}"
    return (
        f"{a} sponsored **{shared['a']:,}** of these texts, {b} **{shared['b']:,}**; both sponsored "
        f"**{shared['both']:,}**: an overlap of **{overlap}**."
    )


def sections_shown(params: Mapping[str, str]) -> list[str]:
    """The sections a link opens: those its `show` names, and those whose own parameter it carries (group,
    ideal), in the page's order."""
    named = {v.strip().lower() for v in params.get("show", "").split(",")}
    named |= {key for key in ("group", "ideal") if params.get(key)}
    return [key for key in SECTIONS if key in named]


def cosponsored(rc: RollCalls, shared: dict) -> pd.DataFrame:
    """The texts both sponsored, newest first (date, symbol, title, method in words, open)."""
    both = rc.decisions[rc.decisions["rcid"].isin(shared["shared"])][["date", "symbol", "title", "method"]]
    both = both.sort_values("date", ascending=False).assign(date=lambda d: d["date"].dt.date)
    both = both.assign(method=both["method"].astype(str).map(Method.labels()))
    return both.assign(open=both["symbol"].map(lambda s: nav.ROLLCALLS.url(symbol=s)))


def cosponsored_csv(rc: RollCalls, shared: dict) -> pd.DataFrame:
    """The texts both sponsored as the CSV gives them: each row credits the source of its sponsor list."""
    rows = rc.decisions[rc.decisions["rcid"].isin(shared["shared"])].sort_values("date", ascending=False)
    supplier = registry.sponsor_supplier()
    listed_by = rows["source"].astype(str).map(lambda code: supplier.get(code, code))
    table = rows[["date", "symbol", "title", "method"]].assign(date=rows["date"].dt.date)
    return pd.concat([table, registry.csv_columns(listed_by)], axis=1).reset_index(drop=True)


def sponsor_lists_caption(body: str) -> str:
    """Where sponsor lists come from in this body, for the co-sponsorship section."""
    listed_by = {
        Body.general_assembly.value: "the United Nations' extract of Assembly resolutions (2019–2026)",
        Body.human_rights_council.value: "the United Nations' extract of Council resolutions (2023–2025)",
        Body.security_council.value: "the United Nations' extract of Security Council resolutions (2000–2026)",
    }
    return listed_by.get(body, "no source in the record")


def group_table(matrix: VoteMatrix, group: list[str], labels: Mapping[str, str], start: int, end: int) -> pd.DataFrame:
    table = agreement.group_matrix(matrix, group, start, end)
    table.index = table.columns = [labels[g] for g in group]
    return table


def closest(matrix: VoteMatrix, a: str, names: Mapping[str, str], start: int, end: int) -> pd.DataFrame:
    """Every state's Voeten score with `a` (at least 10 votes in the period), highest first, with its name."""
    scores = agreement.one_against_all(matrix, a, start, end, min_votes=10).drop(a, errors="ignore").dropna()
    view = scores.sort_values(ascending=False).rename("Voeten score").to_frame()
    return view.assign(state=view.index.map(lambda c: names.get(c, c)))[["state", "Voeten score"]]


def everyone(matrix: VoteMatrix, start: int, end: int) -> pd.DataFrame:
    return agreement.all_members(matrix, start, end, min_votes=10).round(4).reset_index(names="iso3")


def ideal_rows(points: pd.DataFrame, picked: list[str], start: int, end: int) -> pd.DataFrame:
    """The picked states' estimates in the period, in the order picked."""
    shown = points[points["iso3"].isin(picked) & points["year"].between(start, end)]
    return shown.set_index("iso3").loc[[c for c in picked if c in set(shown["iso3"])]].reset_index()


def sources(rc: RollCalls, body: str) -> str:
    """Where the body's roll calls come from, with their terms."""
    return ASSEMBLY_SOURCES if body == Body.general_assembly.value else provenance.body_credit(rc, body)


def scope(body: str) -> str:
    """What the scores are computed over, said on the page."""
    if body == Body.general_assembly.value:
        return "Within the General Assembly's plenary roll calls only."
    return (
        f"Within the {BODIES[body]}'s recorded votes only, never mixed with another body's: two states are compared "
        "only on the votes taken while both were members (membership as the record derives it)."
    )


def shared_membership(rc: RollCalls, matrix: VoteMatrix, body: str, a: str, b: str, start: int, end: int) -> int | None:
    """How many of the body's recorded votes in the period came while both states were members (None for a bloc)."""
    if a in agreement.BLOCS or b in agreement.BLOCS:
        return None
    calls = rc.decisions[rc.decisions["rcid"].isin(matrix.rcids[matrix.rows(start, end)])][["rcid", "session", "date"]]
    members = rollcalls.members_table(rc)
    members = members[members["body"].astype(str) == body]
    both = None
    for iso3 in (a, b):
        spans = members[members["iso3"].astype(str) == iso3][["session", "first", "last"]]
        joined = calls.merge(spans, on="session")
        inside = set(joined.loc[(joined["first"] <= joined["date"]) & (joined["date"] <= joined["last"]), "rcid"])
        both = inside if both is None else both & inside
    return len(both or set())
