"""A state's whole voting record: decisions as rows, states or blocs as columns. Pure pandas, no Streamlit.

Each cell says what the official record says that state did on that decision, in words:

- `yes`, `no`, `abstain`: its recorded vote;
- `absent`: a member with no vote on a recorded vote (recorded as non-voting, or derived: see
  rollcalls' docstring);
- `not a member`: the state was not a member of the UN on that date (or had not yet voted at all);
- `adopted without a vote`: there was no vote, so nobody voted;
- `names not recorded`: a recorded vote whose per-state votes the source does not list;
- `method unknown`: the source does not say how it was decided.

A bloc's cell is its members' majority among yes, no and abstain on that date (agreement.bloc_column);
`split or absent` where there is none. A state's `sponsored` column is `sponsor`, `additional sponsor`
or `no` on decisions whose sponsors the source lists (the UN extract, from session 74 on), and
`not listed in the source` elsewhere: an older decision's sponsors are unknown here, not absent.

Also here: the same join for the curated layer (`official_for_events`), a state's agreement with the
permanent five and its UN regional group (blocs from agreement.BLOCS), and its ideal points.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from dashboard.official import agreement, rollcalls
from dashboard.official.rollcalls import RollCalls
from dashboard.official.vocab import SHARE_CELLS, Body, Cell, Method, SponsorRole

MAX_ACTORS = 8
BODY = "General Assembly plenary"
NOT_LISTED = "not listed in the source"
#: "DPRK resolutions": titles naming the Democratic People's Republic of Korea (letters and digits only,
#: so the typographic apostrophe of the UN extract matches too).
DPRK_NEEDLE = "democraticpeoplesrepublicofkorea"
#: The needle's letters with anything but letters between them ("Democratic People's Republic of Korea").
DPRK_PATTERN = r"[\W_]*".join(DPRK_NEEDLE)


def actor_names(rc: RollCalls) -> dict[str, str]:
    """Code → name of every state in the record and every bloc agreement knows, states first by name."""
    names = dict(sorted(rc.names.items(), key=lambda item: item[1]))
    names.update({code: label.removesuffix(" (UN regional group)") for code, (label, _) in agreement.BLOCS.items()})
    return names


def actor_label(rc: RollCalls, code: str) -> str:
    return f"{actor_names(rc).get(code, code)} ({code})"


def filter_decisions(
    rc: RollCalls,
    text: str | None = None,
    year_range: tuple[int, int] | None = None,
    topic: str | None = None,
    method: str | None = None,
    important: bool = False,
    dprk: bool = False,
    body: str = Body.general_assembly.value,
    searched: pd.Series | None = None,
) -> pd.DataFrame:
    """One body's decisions matching every filter, oldest first (rollcalls.find_rollcalls plus the DPRK filter;
    searched: rollcalls.search_text(rc), if the caller keeps it)."""
    important_only = True if important else None
    found = rollcalls.find_rollcalls(rc, text, year_range, None, topic, important_only, method, body, searched)
    if dprk:
        found = found[found["title"].str.contains(DPRK_PATTERN, regex=True, case=False)]
    return found.sort_values(["date", "rcid"]).reset_index(drop=True)


def _members(rc: RollCalls, calls: pd.DataFrame, iso3: str) -> np.ndarray:
    """Whether the state counted as a member on each decision's date (rollcalls.members_table spans)."""
    m = rollcalls.members_table(rc)
    spans = m[m["iso3"].astype(str) == iso3]
    keys = ["session", "body"] if "body" in spans.columns and "body" in calls.columns else ["session"]
    # each body has its own members: the Council's and the Security Council's sessions are both calendar years
    joined = calls[["rcid", "date", *keys]].merge(spans, on=keys, how="left")
    inside = (joined["first"] <= joined["date"]) & (joined["last"] >= joined["date"])
    return (
        joined.assign(inside=inside.fillna(False))
        .groupby("rcid", sort=False)["inside"]
        .any()
        .reindex(calls["rcid"])
        .fillna(False)
        .to_numpy(dtype=bool)
    )


def state_cells(rc: RollCalls, calls: pd.DataFrame, iso3: str) -> pd.Series:
    """What the record says the state did on each decision (see the module docstring), indexed like calls."""
    votes = rc.votes[(rc.votes["iso3"] == iso3) & rc.votes["rcid"].isin(calls["rcid"])]
    own = calls["rcid"].map(votes.set_index("rcid")["vote"].astype(str)).replace({"non_voting": Cell.absent.value})
    member = pd.Series(_members(rc, calls, iso3), index=calls.index)
    cells = own.where(own.notna(), np.where(member, Cell.absent.value, Cell.not_a_member.value))
    return _undecided(calls, cells).astype(str)


def _undecided(calls: pd.DataFrame, cells: pd.Series) -> pd.Series:
    """cells, with the decisions nobody's vote is known on in words: no names, no vote, method unknown."""
    cells = cells.where(calls["names"].astype(str) != "missing", Cell.names_not_recorded.value)
    cells = cells.where(calls["method"].astype(str) != Method.without_vote, Cell.without_vote.value)
    return cells.where(calls["method"].astype(str) != Method.unknown, Cell.method_unknown.value)


def bloc_cells(rc: RollCalls, matrix: agreement.VoteMatrix, calls: pd.DataFrame, bloc: str) -> pd.Series:
    """The bloc's majority vote on each decision; words for decisions without one."""
    column = bloc_series(matrix, bloc)
    by_rcid = pd.Series(column, index=matrix.rcids).map({**agreement.LABELS, 0: Cell.split_or_absent.value})
    cells = _undecided(calls, calls["rcid"].map(by_rcid))
    return cells.fillna(Cell.split_or_absent.value).astype(str)


def sponsored_cells(rc: RollCalls, calls: pd.DataFrame, iso3: str) -> pd.Series:
    """sponsor / additional sponsor / no where the source lists sponsors; NOT_LISTED elsewhere."""
    s = rc.sponsorships
    listed = s["rcid"].unique()
    own = s[(s["iso3"] == iso3) & s["rcid"].isin(calls["rcid"])].sort_values("role").drop_duplicates("rcid")
    roles = calls["rcid"].map(own.set_index("rcid")["role"].astype(str).map(SponsorRole.labels())).astype(object)
    has_list = calls["rcid"].isin(listed) | (calls["source"].astype(str) == "UN extract")
    return roles.where(roles.notna(), np.where(has_list, "no", NOT_LISTED)).astype(str)


def record_table(rc: RollCalls, matrix: agreement.VoteMatrix, calls: pd.DataFrame, actors: list[str]) -> pd.DataFrame:
    """One row per decision: what a reader needs without the app, then each actor's vote (and sponsorship).

    Columns: symbol, date (ISO), session, title, topics, adoption method, body, yes, no, abstain (the
    whole Assembly's tally; empty without a vote), source, then "<name> (<code>) vote" per actor and
    "<name> (<code>) sponsored" per state when any of the rows has a sponsor list, and last the decision id.
    """
    names = actor_names(rc)
    tallies = rollcalls.tallies(rc, calls["rcid"]).set_index("rcid")
    out = pd.DataFrame(
        {
            "symbol": calls["symbol"].fillna("").astype(str),
            "date": calls["date"].dt.strftime("%Y-%m-%d"),
            "session": calls["session"].astype(int),
            "title": calls["title"].astype(str),
            "topics": calls["topics"].astype(str),
            "adoption method": calls["method"].astype(str).map(Method.shorts()),
            "body": BODY,
            "yes (all states)": calls["rcid"].map(tallies["yes"]).astype("Int32").to_numpy(),
            "no (all states)": calls["rcid"].map(tallies["no"]).astype("Int32").to_numpy(),
            "abstain (all states)": calls["rcid"].map(tallies["abstain"]).astype("Int32").to_numpy(),
            "source": calls["source"].astype(str).map(rollcalls.SOURCES),
        },
        index=calls.index,
    )
    any_lists = bool((calls["source"].astype(str) == "UN extract").any())
    for code in actors:
        label = f"{names.get(code, code)} ({code})"
        if is_bloc(code):
            out[f"{label} vote"] = bloc_cells(rc, matrix, calls, code)
        else:
            out[f"{label} vote"] = state_cells(rc, calls, code)
            if any_lists:
                out[f"{label} sponsored"] = sponsored_cells(rc, calls, code)
    out["decision id"] = calls["rcid"].to_numpy()  # the record's rcid: unvotes' roll-call id below 100,000
    return out.reset_index(drop=True)


def vote_columns(table: pd.DataFrame) -> list[str]:
    return [c for c in table.columns if c.endswith(" vote")]


def shares_by_year(table: pd.DataFrame) -> pd.DataFrame:
    """Per actor and year: how many recorded votes it cast yes / no / abstain or was absent, and the share.

    Only decisions taken by a recorded vote with names, where the state was a member, count.
    """
    frames = []
    years = table["date"].str[:4].astype(int).to_numpy()
    for column in vote_columns(table):
        cell = pd.Index(SHARE_CELLS).get_indexer(table[column].astype(object))  # -1: not a share cell
        counted = cell >= 0
        found = np.unique(years[counted])
        if not len(found):
            continue
        at = np.searchsorted(found, years[counted])
        counts = np.zeros((len(found), len(SHARE_CELLS)), dtype=int)
        np.add.at(counts, (at, cell[counted]), 1)
        total = counts.sum(axis=1, keepdims=True)
        frames.append(
            pd.DataFrame(
                {
                    "actor": column.removesuffix(" vote"),
                    "year": np.repeat(found.astype(int), len(SHARE_CELLS)),
                    "vote": SHARE_CELLS * len(found),
                    "count": counts.ravel(),
                    "share": (counts / total).ravel().astype(float),
                }
            )
        )
    columns = ["actor", "year", "vote", "count", "share"]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)


def totals(table: pd.DataFrame) -> pd.DataFrame:
    """Per actor: how many rows fall in each cell value (vocab.Cell, in its order), zero columns dropped."""
    counts = {c.removesuffix(" vote"): table[c].value_counts() for c in vote_columns(table)}
    out = pd.DataFrame(counts).T.reindex(columns=Cell.codes()).fillna(0).astype(int)
    return out.loc[:, (out > 0).any(axis=0)]


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()[:40]


def file_name(
    actors: list[str],
    topic: str | None = None,
    years: tuple[int, int] | None = None,
    text: str | None = None,
    method: str | None = None,
    important: bool = False,
    dprk: bool = False,
) -> str:
    """`record_CHN_human-rights_2000-2019.csv`: what was chosen and filtered, in the name."""
    parts = ["record", "-".join(actors) or "none"]
    if dprk:
        parts.append("dprk")
    if topic:
        parts.append(slug(topic))
    if text and slug(text):
        parts.append(slug(text))
    if method:
        parts.append(slug(Method.shorts().get(method, method)))
    if important:
        parts.append("important")
    if years:
        parts.append(f"{years[0]}-{years[1]}")
    return "_".join(parts) + ".csv"


# --- blocs: agreement.BLOCS (P5, EU by date, the five UN regional groups) ---


def is_bloc(code: str) -> bool:
    return code in agreement.BLOCS


def bloc_series(m: agreement.VoteMatrix, code: str) -> np.ndarray:
    return agreement.bloc_column(m, code)


def group_of(iso3: str) -> str | None:
    """The state's UN regional group code (agreement.regional_groups), or None."""
    groups = agreement.regional_groups(iso3)
    return groups[0] if groups else None


def agreement_with(
    m: agreement.VoteMatrix, iso3: str, others: list[str], start: int | None = None, end: int | None = None
) -> pd.DataFrame:
    """The state's Voeten score and exact-match rate with each other state or bloc (agreement's definitions)."""
    if iso3 not in m.states:
        return pd.DataFrame(columns=["with", "voeten", "exact", "n"])
    mask = m.rows(start, end)
    mine = m.column(iso3)[mask]
    rows = []
    for other in others:
        if other == iso3:
            continue
        if is_bloc(other):
            theirs = bloc_series(m, other)[mask]
        elif other in m.states:
            theirs = m.column(other)[mask]
        else:
            continue
        rows.append({"with": other, **agreement.pair_scores(mine, theirs)})
    return pd.DataFrame(rows, columns=["with", "voeten", "exact", "n"])


def ideal_points(rc: RollCalls, iso3: str) -> pd.DataFrame:
    """The state's ideal point per year with its 90 % interval (empty where the record has none)."""
    if rc.idealpoints is None:
        return pd.DataFrame(columns=["year", "ideal_point", "low_5", "high_95", "votes"])
    rows = rc.idealpoints[rc.idealpoints["iso3"] == iso3]
    return rows[["year", "ideal_point", "low_5", "high_95", "votes"]].sort_values("year").reset_index(drop=True)


def sponsorship_summary(rc: RollCalls, iso3: str) -> pd.DataFrame:
    """The decisions the state sponsored (sponsor or additional sponsor), newest first, with symbol and title."""
    s = rc.sponsorships[rc.sponsorships["iso3"] == iso3]
    calls = rc.decisions.set_index("rcid")
    rows = s.drop_duplicates("rcid").assign(role=lambda d: d["role"].astype(str).map(SponsorRole.labels()))[
        ["rcid", "role"]
    ]
    rows = rows.join(calls[["symbol", "date", "title", "method"]], on="rcid")
    rows["adoption method"] = rows["method"].astype(str).map(Method.shorts())
    return rows.sort_values("date", ascending=False).reset_index(drop=True)


# --- the curated layer beside the official one ---


def official_for_events(rc: RollCalls, links: pd.DataFrame, states: list[str]) -> pd.DataFrame:
    """For every curated event linked to a roll call: the symbol, date, tally and each state's official vote.

    One row per link: event_id, relation, rcid, symbol, date, outcome (words), then one column per state.
    """
    rows = []
    for link in links.itertuples():
        call = rollcalls.roll_call(rc, int(link.rcid))
        if call is None:
            continue
        calls = rc.decisions[rc.decisions["rcid"] == int(link.rcid)]
        row = {
            "event_id": link.event_id,
            "relation": link.relation,
            "rcid": int(link.rcid),
            "symbol": call["symbol"],
            "date": call["date"],
            "outcome": official_outcome(rc, int(link.rcid)),
        }
        for iso3 in states:
            row[iso3] = state_cells(rc, calls, iso3).iloc[0] if not is_bloc(iso3) else ""
        rows.append(row)
    return pd.DataFrame(rows)


def official_outcome(rc: RollCalls, rcid: int) -> str:
    """ "adopted 18 December 2014, 116–20–53" (the tally yes–no–abstain), or "adopted without a vote on …"."""
    call = rollcalls.roll_call(rc, rcid)
    if call is None:
        return "not in the official record"
    when = f"{call['date'].day} {call['date']:%B %Y}"
    if call["method"] == "without_vote":
        return f"adopted without a vote on {when}"
    if call["method"] != "recorded_vote":
        return f"decided on {when} (method not recorded)"
    t = rollcalls.tallies(rc, pd.Series([rcid])).iloc[0]
    adopted = str(call["symbol"] or "").startswith("A/RES/") and call["amend"] is not True and call["para"] is not True
    verb = "adopted" if adopted else "voted on"
    return f"{verb} {when}, {t['yes']}–{t['no']}–{t['abstain']}"
