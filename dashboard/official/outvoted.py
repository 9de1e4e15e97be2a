"""Who is outvoted: per state, how often its recorded vote was on the losing side of a body's decisions.

A state is outvoted on a decision when it voted no on a text that was adopted, or yes on a text that was not
adopted (vetoed included). An abstention is on neither side; a member without a vote is not counted. A vetoed
Security Council draft was not adopted, so the permanent member whose no was the veto won, and the members who
voted yes lost, however many they were: "outvoted" means on the losing side, not in the minority.

Where the source states no outcome (`outcome` ""), the outcome is derived from the tally only where the body's
rule settles it (WHY holds the words of each basis):
- General Assembly, unvotes: adopted if two-thirds of those voting said yes (adopted under either majority the
  Charter's Article 18 asks for), not adopted if yes did not outnumber no (fails under either); between the two
  it hangs on whether the question was "important", which the source does not say: left out.
- General Assembly, the UN extract: it lists adopted resolutions only, so every one was adopted.
- Human Rights Council and Commission on Human Rights: a simple majority of the members present and voting
  (the official totals where stated, else the rows): adopted if yes outnumbered no, not adopted otherwise.
- Security Council: never derived (nine votes and no veto); without a stated outcome: left out.
Only recorded votes whose per-state votes the source lists count (the veto list's drafts name their vetoers only).
Pure: no Streamlit.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.official.rollcalls import RollCalls
from dashboard.official.vocab import Body, Method, NamesStatus, Outcome, Source, Vote

#: The basis of each decision's outcome, in words (the pages, the CSV).
WHY = {
    "stated": "outcome as the source states it",
    "extract": "adopted: the UN extract lists adopted resolutions only",
    "two_thirds": "adopted (derived): two-thirds of those voting said yes",
    "no_majority": "not adopted (derived): yes did not outnumber no",
    "simple": "adopted (derived): yes outnumbered no, a simple majority",
    "simple_failed": "not adopted (derived): yes did not outnumber no, a simple majority",
    "undecided": "left out: a simple but not a two-thirds majority (whether the question was important, "
    "the source does not say)",
    "unstated": "left out: the source states no outcome and the body's rule is not applied",
}
SIMPLE_MAJORITY = {Body.human_rights_council.value, Body.commission_on_human_rights.value}
ADOPTED_ONLY = {Source.un_extract.value}  # sources that list adopted texts only
WON_BY = {Outcome.adopted.value: Vote.yes.value, Outcome.not_adopted.value: Vote.no.value,
          Outcome.vetoed.value: Vote.no.value}  # fmt: skip
SIDES = [Vote.yes.value, Vote.no.value, Vote.abstain.value]


@dataclass
class Outvoted:
    """The decisions in scope with the side that won, and every vote cast on them with whether it lost."""

    decisions: pd.DataFrame  # rcid, date, year, symbol, title, source, yes, no, abstain, won ("" unknown), basis
    votes: pd.DataFrame  # rcid, iso3, vote (yes / no / abstain), lost (bool); decisions with a known winner only
    left_out: int  # recorded votes in scope whose outcome is neither stated nor derivable


def vote_codes(rc: RollCalls) -> np.ndarray:
    """Each vote row's position in SIDES (-1: not a vote cast)."""
    categories = list(rc.votes["vote"].cat.categories.astype(str))
    lookup = np.array([SIDES.index(c) if c in SIDES else -1 for c in categories] + [-1])
    return lookup[rc.votes["vote"].cat.codes.to_numpy()]


def stated_or_counted(rc: RollCalls, decisions: pd.DataFrame) -> pd.DataFrame:
    """yes, no and abstain per decision: the official totals where the source states them, else counted from
    its per-state rows."""
    at = pd.Index(decisions["rcid"]).get_indexer(rc.votes["rcid"])
    side = vote_codes(rc)
    kept = (at >= 0) & (side >= 0)
    counted = np.bincount(at[kept] * 3 + side[kept], minlength=3 * len(decisions)).reshape(-1, 3)
    out = pd.DataFrame(index=decisions.index)
    for i, name in enumerate(SIDES):
        stated = decisions[f"{name}_stated"].astype("Int64").to_numpy(dtype=float, na_value=np.nan)
        out[name] = np.where(np.isnan(stated), counted[:, i], stated).astype(int)
    return out


def winning_side(decisions: pd.DataFrame) -> pd.DataFrame:
    """decisions (with body, source, outcome, yes, no) with `won` (yes where adopted, no where not, "" where
    unknown) and `basis` (a key of WHY)."""
    outcome, body = decisions["outcome"].astype(str), decisions["body"].astype(str)
    source = decisions["source"].astype(str)
    yes, no = decisions["yes"].to_numpy(), decisions["no"].to_numpy()
    stated = outcome.isin(list(WON_BY)).to_numpy()
    unstated = (outcome == Outcome.unstated.value).to_numpy()
    extract = unstated & source.isin(ADOPTED_ONLY).to_numpy()
    assembly = unstated & ~extract & (body == Body.general_assembly.value).to_numpy()
    simple = unstated & body.isin(SIMPLE_MAJORITY).to_numpy()
    two_thirds = 3 * yes >= 2 * (yes + no)
    conditions = [
        stated,
        extract,
        assembly & (yes > no) & two_thirds,
        assembly & (yes <= no),
        assembly,
        simple & (yes > no),
        simple,
    ]
    basis = np.select(conditions, ["stated", "extract", "two_thirds", "no_majority", "undecided", "simple",
                                   "simple_failed"], "unstated")  # fmt: skip
    won = np.select(
        [stated, np.isin(basis, ["extract", "two_thirds", "simple"]), np.isin(basis, ["no_majority", "simple_failed"])],
        [outcome.map(WON_BY).fillna("").to_numpy(), Vote.yes.value, Vote.no.value],
        "",
    )
    return decisions.assign(won=won, basis=basis)


def outvoted(rc: RollCalls, body: str, years: tuple[int, int]) -> Outvoted:
    """The body's recorded votes with listed names in the years (inclusive), who won each, and every vote cast."""
    d = rc.decisions
    scope = d[
        (d["body"] == body)
        & d["year"].between(*years)
        & (d["method"] == Method.recorded_vote)
        & (d["names"] == NamesStatus.listed)
    ]
    columns = ["rcid", "date", "year", "symbol", "title", "source", "body", "outcome", "amend", "para"]
    decisions = winning_side(pd.concat([scope[columns], stated_or_counted(rc, scope)], axis=1))
    known = decisions[decisions["won"] != ""]
    at = pd.Index(known["rcid"]).get_indexer(rc.votes["rcid"])
    side = vote_codes(rc)
    cast = np.flatnonzero((at >= 0) & (side >= 0))
    won = known["won"].map({Vote.yes.value: 0, Vote.no.value: 1}).to_numpy()[at[cast]]
    own = side[cast]
    votes = pd.DataFrame(
        {
            "rcid": rc.votes["rcid"].to_numpy()[cast],
            "iso3": rc.votes["iso3"].array[cast],
            "vote": pd.Categorical.from_codes(own, categories=SIDES),
            "lost": ((own == 0) & (won == 1)) | ((own == 1) & (won == 0)),
        }
    )
    left_out = int((decisions["won"] == "").sum())
    return Outvoted(decisions=decisions.reset_index(drop=True), votes=votes, left_out=left_out)


def ranking(result: Outvoted, names: dict[str, str]) -> pd.DataFrame:
    """One row per state that cast a vote: outvoted (count), its yes / no / abstain, votes cast, share (outvoted ÷
    votes cast), most often outvoted first (ties: higher share, then name)."""
    votes = result.votes
    codes, states = votes["iso3"].cat.codes.to_numpy(), votes["iso3"].cat.categories.astype(str)
    side = votes["vote"].cat.codes.to_numpy()
    n = len(states)
    out = pd.DataFrame({"iso3": states})
    for i, name in enumerate(SIDES):
        out[name] = np.bincount(codes[side == i], minlength=n)
    out["outvoted"] = np.bincount(codes[votes["lost"].to_numpy()], minlength=n)
    out["cast"] = out[SIDES].sum(axis=1)
    out = out[out["cast"] > 0]
    out["share"] = out["outvoted"] / out["cast"]
    out.insert(1, "state", out["iso3"].map(names).fillna(out["iso3"]))
    out = out.sort_values(["outvoted", "share", "state"], ascending=[False, False, True], kind="stable")
    out.insert(0, "rank", out["outvoted"].rank(method="min", ascending=False).astype(int).to_numpy())
    return out[["rank", "iso3", "state", "outvoted", "cast", "share", *SIDES]].reset_index(drop=True)


def state_decisions(result: Outvoted, iso3: str) -> pd.DataFrame:
    """The decisions on which the state was outvoted, newest first: its vote beside the outcome and the tally."""
    own = result.votes[(result.votes["iso3"] == iso3) & result.votes["lost"]]
    found = result.decisions.merge(own[["rcid", "vote"]], on="rcid")
    return found.sort_values(["date", "rcid"], ascending=False).reset_index(drop=True)


def sources_by_state(result: Outvoted) -> dict[str, list[str]]:
    """iso3 → the source codes of the decisions it cast a counted vote on, in vocab.Source's order."""
    codes = Source.codes()
    of_decision = result.decisions["source"].astype(str).map(codes.index).to_numpy()
    at = pd.Index(result.decisions["rcid"]).get_indexer(result.votes["rcid"])
    states = result.votes["iso3"].cat.categories.astype(str)
    pair = result.votes["iso3"].cat.codes.to_numpy() * len(codes) + of_decision[at]
    seen = np.bincount(pair, minlength=len(states) * len(codes)).reshape(len(states), len(codes)) > 0
    return {s: [codes[j] for j in np.flatnonzero(row)] for s, row in zip(states, seen, strict=True) if row.any()}
