"""Group cohesion in the official roll calls: the Agreement Index of Hix, Noury and Roland per group and year,
and the members who break from their group's majority. Pure numpy and pandas over `agreement.VoteMatrix`.

Definitions (the Cohesion page shows them):
- On one recorded vote, of a group's members who voted yes (Y), no (N) or abstain (A) (absent and non-voting
  members are not counted; a state counts only while a member of the group: the EU by date of accession, China's
  seat in the P5 by date), AI = (max(Y,N,A) − ½·(Y+N+A − max(Y,N,A))) / (Y+N+A): 1 when all vote alike, 0 when
  they split evenly three ways (Hix, Noury and Roland 2007, *Democratic Politics in the European Parliament*).
- A group's AI of a year: the mean over the year's recorded votes on which at least MIN_VOTERS of its members
  voted, each vote weighing the same. Only the body's members vote, so only they are counted.
- A group's majority on a recorded vote: the plurality among yes, no and abstain of its members who voted (at
  least MIN_VOTERS); a tie for the most votes gives no majority, and that vote then counts for none of them.
  A member breaks from the majority when it voted otherwise (its own vote is part of the majority it is
  compared with, as in agreement.bloc_column).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.official.agreement import BLOCS, LABELS, REGIONAL_GROUPS, VoteMatrix

#: The groups, in the order of the page's legend: the five UN regional groups, the EU, the P5.
GROUPS: dict[str, str] = {code: BLOCS[code][0] for code in [*REGIONAL_GROUPS, "EU", "P5"]}
Seats = list[tuple[str, str | None, str | None]]  # (iso3, first day, last day) of each member of a group
MIN_VOTERS = 2  # a recorded vote counts for a group when at least two of its members voted on it


@dataclass(frozen=True)
class GroupVotes:
    """One group's members' votes on the period's recorded votes: calls × members, int8 codes of VoteMatrix
    (1 yes, 2 abstain, 3 no; 0 where absent, non-voting, or not a member of the group or the body that day)."""

    rcids: np.ndarray
    years: np.ndarray
    states: list[str]
    codes: np.ndarray

    @property
    def counts(self) -> np.ndarray:
        """calls × 3: how many members voted yes, abstain, no."""
        return np.stack([(self.codes == code).sum(axis=1) for code in (1, 2, 3)], axis=1)

    @property
    def counted(self) -> np.ndarray:
        """The recorded votes on which at least MIN_VOTERS members voted."""
        return (self.codes > 0).sum(axis=1) >= MIN_VOTERS


def combine(matrices: Sequence[VoteMatrix]) -> VoteMatrix:
    """Several bodies' matrices as one (the Commission's votes, then the Council's), states aligned by code."""
    if len(matrices) == 1:
        return matrices[0]
    states = sorted({s for m in matrices for s in m.states})
    codes = np.zeros((sum(len(m.rcids) for m in matrices), len(states)), dtype=np.int8)
    row = 0
    for m in matrices:
        codes[row : row + len(m.rcids), pd.Index(states).get_indexer(m.states)] = m.codes
        row += len(m.rcids)
    return VoteMatrix(
        codes,
        np.concatenate([m.rcids for m in matrices]),
        np.concatenate([m.dates for m in matrices]),
        np.concatenate([m.years for m in matrices]),
        states,
        pd.concat([m.topics for m in matrices], ignore_index=True),
    )


def group_votes(m: VoteMatrix, group: str, start: int | None = None, end: int | None = None) -> GroupVotes:
    """The group's members' votes on the recorded votes of the years [start, end], each member counted only
    on the days it was one (BLOCS' seats with their dates)."""
    rows = m.rows(start, end)
    return _members(m.codes[rows], m.dates[rows], m.rcids[rows], m.years[rows], m.states, group)


def all_groups(m: VoteMatrix, start: int | None = None, end: int | None = None) -> dict[str, GroupVotes]:
    """Every group's GroupVotes over the years [start, end] (the matrix sliced once)."""
    rows = m.rows(start, end)
    codes, dates, rcids, years = m.codes[rows], m.dates[rows], m.rcids[rows], m.years[rows]
    return {group: _members(codes, dates, rcids, years, m.states, group) for group in GROUPS}


def _members(
    codes: np.ndarray, dates: np.ndarray, rcids: np.ndarray, years: np.ndarray, states: list[str], group: str
) -> GroupVotes:
    index = {s: i for i, s in enumerate(states)}
    listed: Seats = BLOCS[group][1]  # type: ignore[assignment]  # BLOCS' values are (label, seats)
    seats = [(iso3, first, last) for iso3, first, last in listed if iso3 in index]
    members = list(dict.fromkeys(iso3 for iso3, _, _ in seats))
    out = np.zeros((len(rcids), len(members)), dtype=np.int8)
    for iso3, first, last in seats:
        during = np.ones(len(dates), dtype=bool)
        if first:
            during &= dates >= np.datetime64(first)
        if last:
            during &= dates <= np.datetime64(last)
        column = members.index(iso3)
        out[:, column] = np.where(during, codes[:, index[iso3]], out[:, column])
    return GroupVotes(rcids, years, members, out)


def agreement_index(counts: np.ndarray) -> np.ndarray:
    """Hix, Noury and Roland's AI of each row of (yes, abstain, no) counts; NaN where fewer than MIN_VOTERS voted."""
    total = counts.sum(axis=1)
    top = counts.max(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total >= MIN_VOTERS, (top - 0.5 * (total - top)) / total, np.nan)


def call_scores(groups: Mapping[str, GroupVotes]) -> pd.DataFrame:
    """Each group's AI on every recorded vote it is counted on: group, rcid, year, yes, abstain, no, ai."""
    frames = []
    for group, votes in groups.items():
        counts, keep = votes.counts, votes.counted
        frames.append(
            pd.DataFrame(
                {
                    "group": group,
                    "rcid": votes.rcids[keep],
                    "year": votes.years[keep],
                    "yes": counts[keep, 0],
                    "abstain": counts[keep, 1],
                    "no": counts[keep, 2],
                    "ai": agreement_index(counts[keep]),
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def yearly(groups: Mapping[str, GroupVotes]) -> pd.DataFrame:
    """Each group's cohesion per year: group, year, roll_calls (the recorded votes counted), members_voting
    (its members who voted on at least one of them), ai (their mean AI). A year with none counted has no row."""
    frames = []
    for group, votes in groups.items():
        keep = votes.counted
        order = np.argsort(votes.years[keep], kind="stable")
        years = votes.years[keep][order]
        if len(years) == 0:
            continue
        ai = agreement_index(votes.counts[keep][order])
        voted = (votes.codes[keep] > 0)[order]
        found, first = np.unique(years, return_index=True)
        frames.append(
            pd.DataFrame(
                {
                    "group": group,
                    "year": found.astype(int),
                    "roll_calls": np.diff(np.append(first, len(years))),
                    "members_voting": np.logical_or.reduceat(voted, first, axis=0).sum(axis=1),
                    "ai": np.add.reduceat(ai, first) / np.diff(np.append(first, len(years))),
                }
            )
        )
    columns = ["group", "year", "roll_calls", "members_voting", "ai"]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)


def majority(counts: np.ndarray) -> np.ndarray:
    """The majority's code per row of (yes, abstain, no) counts (1 yes, 2 abstain, 3 no); 0 for a tie for the
    most votes or fewer than MIN_VOTERS voters."""
    top = counts.max(axis=1)
    single = (counts == top[:, None]).sum(axis=1) == 1
    return np.where(single & (counts.sum(axis=1) >= MIN_VOTERS), counts.argmax(axis=1) + 1, 0).astype(np.int8)


def breakers(m: VoteMatrix, group: str, start: int | None = None, end: int | None = None) -> pd.DataFrame:
    """The group's members by how often they voted against its majority: iso3, counted (the recorded votes on
    which it voted and the group had a majority), breaks, share (breaks / counted); highest share first, then
    the most breaks. A member never counted has no row."""
    votes = group_votes(m, group, start, end)
    major = majority(votes.counts)[:, None]
    counted = (votes.codes > 0) & (major > 0)
    broke = counted & (votes.codes != major)
    out = pd.DataFrame({"iso3": votes.states, "counted": counted.sum(axis=0), "breaks": broke.sum(axis=0)})
    out = out[out["counted"] > 0].assign(share=lambda d: d["breaks"] / d["counted"])
    return out.sort_values(["share", "breaks", "iso3"], ascending=[False, False, True]).reset_index(drop=True)


def breaks_of(
    m: VoteMatrix, group: str, iso3: str, start: int | None = None, end: int | None = None
) -> pd.DataFrame:
    """The recorded votes on which a member voted against its group's majority: rcid, year, vote, majority
    (vote codes), and the group's yes, abstain and no counts. Empty when it never did (or is not a member)."""
    votes = group_votes(m, group, start, end)
    if iso3 not in votes.states:
        return pd.DataFrame(columns=["rcid", "year", "vote", "majority", "yes", "abstain", "no"])
    counts = votes.counts
    major = majority(counts)
    own = votes.codes[:, votes.states.index(iso3)]
    broke = (own > 0) & (major > 0) & (own != major)
    return pd.DataFrame(
        {
            "rcid": votes.rcids[broke],
            "year": votes.years[broke],
            "vote": pd.Series(own[broke]).map(LABELS).to_numpy(),
            "majority": pd.Series(major[broke]).map(LABELS).to_numpy(),
            "yes": counts[broke, 0],
            "abstain": counts[broke, 1],
            "no": counts[broke, 2],
        }
    )
