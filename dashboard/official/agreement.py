"""Agreement between states in the official roll calls. Pure numpy and pandas.

Definitions (shown on the Agreement page too):
- Over the roll calls where both states cast yes, no or abstain (absent and non-voting left out),
- the **Voeten score** counts the same vote as 1, one abstention against a yes or no as 0.5,
  and yes against no as 0, and divides by the number of such roll calls;
- the **exact-match rate** is the share of those roll calls with the same vote.
- A **bloc**'s vote on a roll call is its members' majority among yes, no and abstain (members
  at that date only, the compared state included when it is one); a tie gives the bloc no vote on
  that roll call. Majority rather than the mean of per-member scores, so a bloc reads as one actor
  and the 3×3 combinations and divergent votes stay defined.
- All-members matrix: the same Voeten score for every pair at once, as three 0/1 indicator
  matrices (yes, abstain, no) multiplied together (float32 matmul; ~10 ms for 2000–2019).
"""

from __future__ import annotations

from dataclasses import dataclass

import countrygroups
import numpy as np
import pandas as pd

from dashboard.official.rollcalls import RollCalls
from dashboard.official.vocab import Body, Vote

CODES = {Vote.yes.value: 1, Vote.abstain.value: 2, Vote.no.value: 3}  # 0: absent or non-voting
LABELS = {code: vote for vote, code in CODES.items()}  # the matrix's int8 codes back to the vote codes

#: Permanent members of the Security Council. China's seat was held by the Republic of China (TWN)
#: until 25 October 1971 (resolution 2758). The Soviet Union: RUS throughout, because the record
#: itself codes the USSR's votes as Russia's (the Russian Federation continued the USSR's seat in
#: December 1991); a separate SUN code would split one seat's series for no gain.
P5_SEATS = [
    ("USA", None, None),
    ("GBR", None, None),
    ("FRA", None, None),
    ("RUS", None, None),
    ("TWN", None, "1971-10-24"),
    ("CHN", "1971-10-25", None),
]
#: European Union members (EEC/EC before 1993) by accession date (Treaty of Rome in force 1958-01-01;
#: enlargements 1973, 1981, 1986, 1995, 2004, 2007, 2013); the United Kingdom left on 31 January 2020.
#: DEU is the Federal Republic before 1990 (see rollcalls.BY_NAME); the GDR (DDR) was never a member.
EU_SEATS = (
    [(c, "1958-01-01", None) for c in ("BEL", "FRA", "DEU", "ITA", "LUX", "NLD")]
    + [
        ("DNK", "1973-01-01", None),
        ("IRL", "1973-01-01", None),
        ("GBR", "1973-01-01", "2020-01-31"),
        ("GRC", "1981-01-01", None),
        ("PRT", "1986-01-01", None),
        ("ESP", "1986-01-01", None),
        ("AUT", "1995-01-01", None),
        ("FIN", "1995-01-01", None),
        ("SWE", "1995-01-01", None),
    ]
    + [(c, "2004-05-01", None) for c in ("CYP", "CZE", "EST", "HUN", "LVA", "LTU", "MLT", "POL", "SVK", "SVN")]
    + [
        ("BGR", "2007-01-01", None),
        ("ROU", "2007-01-01", None),
        ("HRV", "2013-07-01", None),
    ]
)
#: The UN regional groups as the `countrygroups` package lists them (today's composition, applied to every
#: year: a state counts only on roll calls where it was a member and voted). Türkiye is in both the
#: Asia-Pacific Group and WEOG there, and the United States (a WEOG observer, counted with it for elections) in WEOG.
REGIONAL_GROUPS = {
    "AFRICAN_GROUP": "African Group",
    "ASIA_PACIFIC_GROUP": "Asia-Pacific Group",
    "EASTERN_EUROPEAN_GROUP": "Eastern European Group",
    "GRULAC": "Latin American and Caribbean Group",
    "WEOG": "Western European and Others Group",
}
BLOCS = {
    "P5": ("Permanent five (Security Council)", P5_SEATS),
    "EU": ("European Union members (by date)", EU_SEATS),
} | {
    code: (
        f"{label} (UN regional group)",
        [(iso3, None, None) for iso3 in getattr(countrygroups.UN_REGIONAL_GROUPS, code)],
    )
    for code, label in REGIONAL_GROUPS.items()
}


def bloc_contains(bloc: str, iso3: str) -> bool:
    """Whether the state is (or was) a member of the bloc."""
    return bloc in BLOCS and any(code == iso3 for code, _, _ in BLOCS[bloc][1])


def regional_groups(iso3: str) -> list[str]:
    """The UN regional groups a state belongs to (codes of BLOCS)."""
    return [code for code in REGIONAL_GROUPS if bloc_contains(code, iso3)]


def cosponsorship(
    rc: RollCalls,
    a: str,
    b: str,
    start: int | None = None,
    end: int | None = None,
    body: str = Body.general_assembly.value,
) -> dict:
    """How often two states sponsored the same texts (sponsor or additional sponsor), in the years given.

    Only the UN extract lists sponsors (2019–2026); `decisions` counts the decisions with a sponsor list
    in the period. `overlap` is the share of the texts either sponsored that both sponsored (Jaccard).
    """
    listed = rc.decisions[rc.decisions["rcid"].isin(rc.sponsorships["rcid"]) & (rc.decisions["body"] == body)]
    if start is not None:
        listed = listed[listed["year"] >= start]
    if end is not None:
        listed = listed[listed["year"] <= end]
    rows = rc.sponsorships[rc.sponsorships["rcid"].isin(listed["rcid"])]
    of_a = set(rows.loc[rows["iso3"] == a, "rcid"])
    of_b = set(rows.loc[rows["iso3"] == b, "rcid"])
    either = of_a | of_b
    return {
        "decisions": int(len(listed)),
        "a": len(of_a),
        "b": len(of_b),
        "both": len(of_a & of_b),
        "overlap": len(of_a & of_b) / len(either) if either else None,
        "shared": sorted(of_a & of_b),
    }


@dataclass
class VoteMatrix:
    """Roll calls × states, int8 codes (0 absent or non-voting, 1 yes, 2 abstain, 3 no)."""

    codes: np.ndarray
    rcids: np.ndarray
    dates: np.ndarray  # datetime64[D] per roll call
    years: np.ndarray
    states: list[str]
    topics: pd.Series  # per roll call, '; '-joined

    def column(self, iso3: str) -> np.ndarray:
        return self.codes[:, self.states.index(iso3)]

    def rows(self, start: int | None = None, end: int | None = None) -> np.ndarray:
        """A boolean mask of roll calls in the years [start, end]."""
        mask = np.ones(len(self.rcids), dtype=bool)
        if start is not None:
            mask &= self.years >= start
        if end is not None:
            mask &= self.years <= end
        return mask


def vote_matrix(rc: RollCalls, body: str = Body.general_assembly.value) -> VoteMatrix:
    """The dense matrix every agreement view works on: one body's recorded votes with names (cached by the app's
    loader). Agreement is computed within one body, never across bodies."""
    decisions = rc.decisions[rc.decisions["body"] == body]
    calls = decisions[(decisions["method"] == "recorded_vote") & (decisions["names"] == "listed")].sort_values("rcid")
    votes = rc.votes[rc.votes["rcid"].isin(calls["rcid"])]
    iso = votes["iso3"].astype("category")
    vote = votes["vote"].astype("category")
    states = sorted(str(c) for c in iso.cat.categories)
    col = pd.Index(states).get_indexer(iso.cat.categories.astype(str))[iso.cat.codes.to_numpy()]
    row = pd.Index(calls["rcid"]).get_indexer(votes["rcid"])
    lookup = np.array([CODES.get(str(c), 0) for c in vote.cat.categories], dtype=np.int8)
    code = lookup[vote.cat.codes.to_numpy()]
    codes = np.zeros((len(calls), len(states)), dtype=np.int8)
    codes[row, col] = code
    return VoteMatrix(
        codes,
        calls["rcid"].to_numpy(),
        calls["date"].to_numpy().astype("datetime64[D]"),
        calls["year"].to_numpy(),
        states,
        calls["topics"].reset_index(drop=True),
    )


def pair_scores(a: np.ndarray, b: np.ndarray) -> dict[str, float | int | None]:
    """Voeten score, exact-match rate and the count of roll calls both cast a vote on."""
    both = (a > 0) & (b > 0)
    n = int(both.sum())
    if n == 0:
        return {"voeten": None, "exact": None, "n": 0}
    x, y = a[both], b[both]
    same = x == y
    half = (x != y) & ((x == 2) | (y == 2))
    return {"voeten": float((same.sum() + 0.5 * half.sum()) / n), "exact": float(same.mean()), "n": n}


def bloc_column(m: VoteMatrix, bloc: str) -> np.ndarray:
    """The bloc's majority vote per roll call, members counted only while members."""
    counts = np.zeros((len(m.rcids), 4), dtype=np.int32)
    for iso3, start, end in BLOCS[bloc][1]:
        if iso3 not in m.states:
            continue
        member = np.ones(len(m.rcids), dtype=bool)
        if start:
            member &= m.dates >= np.datetime64(start)
        if end:
            member &= m.dates <= np.datetime64(end)
        codes = np.where(member, m.column(iso3), 0)
        for value in (1, 2, 3):
            counts[:, value] += codes == value
    top = counts[:, 1:].max(axis=1)
    winners = (counts[:, 1:] == top[:, None]).sum(axis=1)
    majority = counts[:, 1:].argmax(axis=1) + 1
    return np.where((top > 0) & (winners == 1), majority, 0).astype(np.int8)


def series_of(m: VoteMatrix, actor: str) -> np.ndarray:
    return bloc_column(m, actor) if actor in BLOCS else m.column(actor)


def compare(m: VoteMatrix, a: str, b: str, start: int | None = None, end: int | None = None) -> dict:
    """Scores, trend by year, the 3×3 matrix, agreement by topic and the roll calls where they diverged."""
    mask = m.rows(start, end)
    x, y = series_of(m, a)[mask], series_of(m, b)[mask]
    years, topics, rcids = m.years[mask], m.topics[mask].to_numpy(), m.rcids[mask]
    overall = pair_scores(x, y)
    trend = [{"year": int(yr), **pair_scores(x[years == yr], y[years == yr])} for yr in np.unique(years)]
    both = (x > 0) & (y > 0)
    combos = pd.crosstab(pd.Series(x[both]).map(LABELS).rename(a), pd.Series(y[both]).map(LABELS).rename(b))
    combos = combos.reindex(index=["yes", "abstain", "no"], columns=["yes", "abstain", "no"], fill_value=0)
    by_topic = []
    for topic in sorted({t for ts in topics for t in ts.split("; ") if t}):
        has = np.array([topic in ts for ts in topics])
        by_topic.append({"topic": topic, **pair_scores(x[has], y[has])})
    opposite = both & (((x == 1) & (y == 3)) | ((x == 3) & (y == 1)))
    diverged = pd.DataFrame(
        {
            "rcid": rcids[opposite],
            a: pd.Series(x[opposite]).map(LABELS).to_numpy(),
            b: pd.Series(y[opposite]).map(LABELS).to_numpy(),
        }
    )
    return {
        "overall": overall,
        "trend": pd.DataFrame(trend),
        "combos": combos,
        "by_topic": pd.DataFrame(by_topic),
        "diverged": diverged,
    }


def all_members(
    m: VoteMatrix,
    start: int | None = None,
    end: int | None = None,
    min_votes: int = 1,
    measure: str = "voeten",
) -> pd.DataFrame:
    """The Voeten score (or with measure="exact" the exact-match rate, "n" the roll calls both voted on)
    of every pair of states that cast at least min_votes votes in the period, as a states × states frame."""
    codes = m.codes[m.rows(start, end)]
    active = (codes > 0).sum(axis=0) >= min_votes
    codes = codes[:, active]
    # four products instead of eight: of the roll calls both cast a vote on, `opposite` are yes against no,
    # `half` one abstention against a yes or a no, and the rest the same vote
    cast = (codes > 0).astype(np.float32)
    abstain = (codes == 2).astype(np.float32)
    both = cast.T @ cast
    yes_no = (codes == 1).astype(np.float32).T @ (codes == 3).astype(np.float32)
    opposite = yes_no + yes_no.T
    with_abstain = abstain.T @ cast
    half = with_abstain + with_abstain.T - 2 * (abstain.T @ abstain)
    if measure == "n":
        score = both.astype(np.int32)
    else:
        agree = both - opposite - (half if measure == "exact" else 0.5 * half)
        with np.errstate(invalid="ignore", divide="ignore"):
            score = np.where(both > 0, agree / both, np.nan)
    states = [s for s, keep in zip(m.states, active, strict=True) if keep]
    return pd.DataFrame(score, index=states, columns=states)


def one_against_all(
    m: VoteMatrix, actor: str, start: int | None = None, end: int | None = None, min_votes: int = 1
) -> pd.Series:
    """The Voeten score of one state or bloc against every state that cast at least min_votes votes in the period
    (the same numbers as its row of all_members, without the whole matrix)."""
    mask = m.rows(start, end)
    codes = m.codes[mask]
    mine = series_of(m, actor)[mask][:, None]
    both = (mine > 0) & (codes > 0)
    same = both & (mine == codes)
    half = both & (mine != codes) & ((mine == 2) | (codes == 2))
    n = both.sum(axis=0)
    active = (codes > 0).sum(axis=0) >= min_votes
    with np.errstate(invalid="ignore", divide="ignore"):
        score = np.where(n > 0, (same.sum(axis=0) + 0.5 * half.sum(axis=0)) / n, np.nan)
    states = np.array(m.states)
    return pd.Series(score[active], index=states[active], name=actor)


def group_matrix(m: VoteMatrix, actors: list[str], start: int | None = None, end: int | None = None) -> pd.DataFrame:
    """Voeten scores between every pair of the given states or blocs over the period."""
    mask = m.rows(start, end)
    columns = {a: series_of(m, a)[mask] for a in actors}
    scores = [[pair_scores(columns[a], columns[b])["voeten"] for b in actors] for a in actors]
    return pd.DataFrame(scores, index=actors, columns=actors, dtype=float)
