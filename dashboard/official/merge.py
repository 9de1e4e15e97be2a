"""One record from two sources: unvotes (sessions 1–74) and the UN extract (sessions 74–80).

One decision per resolution symbol. Where both hold the same resolution (session 74), the UN
extract's row is kept (it has the method, committee, sponsors and stated counts) under the unvotes
id, with unvotes' topics and important-vote flag; every state's vote in the two sources is compared
and the disagreements counted. What only unvotes holds (A/RES/74/267, amendment and paragraph votes)
stays from unvotes. The extract's other decisions get ids from 100,000 up, in order of date and symbol.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import pycountry

from dashboard.official import rollcalls

FIRST_EXTRACT_ID = 100_000
SOURCE = "UN extract"  # the source name of the extract's rows


@dataclass
class Extract:
    """The UN extract's rows as `importers.ga_extract` reads them; decision ids are 0..n-1 (merge assigns ids).

    Defined here, not in the importers package, so this module imports nothing from that package (whose
    `__init__` imports this module).
    """

    decisions: pd.DataFrame
    votes: pd.DataFrame
    sponsorships: pd.DataFrame
    defects: list[str] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)
    lines: int = 0


@dataclass
class Comparison:
    """Session-74 roll calls held by both sources, compared state by state."""

    decisions: int
    votes: int
    disagreements: list[str]

    def summary(self) -> str:
        return (
            f"{len(self.disagreements)} disagreements in {self.votes:,} state votes on the {self.decisions} "
            "roll calls both unvotes and the UN extract hold"
        )


def plenary(decisions: pd.DataFrame) -> pd.DataFrame:
    """Votes on whole resolutions (not on an amendment or a paragraph)."""
    return decisions[~decisions["amend"].fillna(False).astype(bool) & ~decisions["para"].fillna(False).astype(bool)]


def compare(old: pd.DataFrame, new: pd.DataFrame) -> list[str]:
    """Every (decision, state) whose vote differs between two vote tables, or that only one of them has."""
    both = old.assign(vote=old["vote"].astype(str), iso3=old["iso3"].astype(str)).merge(
        new.assign(vote=new["vote"].astype(str), iso3=new["iso3"].astype(str)),
        on=["rcid", "iso3"],
        how="outer",
        suffixes=("_unvotes", "_extract"),
    )
    differ = both[both["vote_unvotes"].fillna("none") != both["vote_extract"].fillna("none")]
    return [
        f"roll call {r.rcid}, {r.iso3}: unvotes {r.vote_unvotes or 'none'}, extract {r.vote_extract or 'none'}"
        for r in differ.fillna("").itertuples()
    ]


def merge(unvotes: rollcalls.RollCalls, extract: Extract) -> tuple[rollcalls.RollCalls, Comparison]:
    """The merged record (members derived anew) and the session-74 comparison."""
    old = unvotes.decisions
    by_symbol = plenary(old).dropna(subset=["symbol"]).drop_duplicates("symbol", keep=False).set_index("symbol")
    decisions = extract.decisions.copy()
    shared = decisions["symbol"].isin(by_symbol.index)
    ids = pd.Series(-1, index=decisions.index)
    ids[shared] = decisions.loc[shared, "symbol"].map(by_symbol["rcid"]).astype(int)
    fresh = decisions[~shared].sort_values(["date", "symbol"]).index
    ids[fresh] = range(FIRST_EXTRACT_ID, FIRST_EXTRACT_ID + len(fresh))
    id_of = dict(zip(decisions["rcid"], ids, strict=True))
    decisions["rcid"] = ids
    for column in ("topics", "important"):  # unvotes' own topics and flag, where it holds the decision
        given = decisions.loc[shared, "symbol"].map(by_symbol[column])
        decisions.loc[shared, column] = given
    decisions.loc[shared, "topics_derived"] = False
    new_votes = extract.votes.assign(rcid=extract.votes["rcid"].map(id_of))
    overlap = set(ids[shared])
    listed = set(decisions.loc[shared & (decisions["names"] == "listed"), "rcid"])
    old_votes = unvotes.votes[unvotes.votes["rcid"].isin(listed)]
    disagreements = compare(old_votes, new_votes[new_votes["rcid"].isin(listed)])
    comparison = Comparison(len(listed), len(old_votes), disagreements)
    kept = old[~old["rcid"].isin(overlap)]
    merged = pd.concat(
        [rollcalls.conform(kept, "unvotes"), rollcalls.conform(decisions.assign(source=SOURCE), SOURCE)],
        ignore_index=True,
    )
    merged = rollcalls.conform(merged, "unvotes").sort_values("rcid").reset_index(drop=True)
    votes = pd.concat(
        [
            unvotes.votes[~unvotes.votes["rcid"].isin(overlap)].astype({"iso3": str, "vote": str}),
            new_votes.astype({"iso3": str, "vote": str}),
        ],
        ignore_index=True,
    )
    votes = rollcalls.make_votes(votes["rcid"], votes["iso3"], votes["vote"], "merged record")
    sponsorships = rollcalls.conform_sponsorships(
        extract.sponsorships.assign(rcid=extract.sponsorships["rcid"].map(id_of))
    )
    countries = countries_with(unvotes.countries, set(votes["iso3"].astype(str)))
    record = rollcalls.RollCalls(
        decisions=merged,
        votes=votes.sort_values(["rcid", "iso3"]).reset_index(drop=True),
        countries=countries,
        provenance={},
        members=rollcalls.derive_members(merged, votes),
        sponsorships=sponsorships,
        idealpoints=unvotes.idealpoints,
    )
    return record, comparison


def countries_with(countries: pd.DataFrame, codes: set[str]) -> pd.DataFrame:
    """The countries table with a name for every code the votes use (pycountry's for new ones)."""
    missing = sorted(codes - set(countries["iso3"]))
    extra = []
    for code in missing:
        country = pycountry.countries.get(alpha_3=code)
        extra.append({"iso3": code, "name": getattr(country, "common_name", None) or country.name if country else code})
    return pd.concat([countries, pd.DataFrame(extra, columns=["iso3", "name"])], ignore_index=True).sort_values("name")


EXTRACT_PROVENANCE = {
    "dataset": "Adopted General Assembly resolutions, sessions 74–80 (UN machine-readable extract)",
    "source": "United Nations, Department for General Assembly and Conference Management: "
    "UNxml/GAresolutions, data_extract/",
    "version": "commit 42a69b67bb92d23969fc45bba151320b82eb8e52 (2026-07-10)",
    "licence": "United Nations terms: the United Nations must be acknowledged as the source; no warranty",
    "citation": "Source: United Nations. General Assembly resolutions, sessions 74–80, machine-readable extract.",
}


def provenance(
    unvotes_prov: dict, extract: Extract, comparison: Comparison, record: rollcalls.RollCalls, path: object
) -> dict:
    """provenance.json of the merged record: per source, counts, the comparison, every defect met."""
    decisions, votes = record.decisions, record.votes
    source_of = decisions.set_index("rcid")["source"].astype(str)
    vote_source = votes["rcid"].map(source_of)
    by_source = {
        name: {
            "decisions": int((decisions["source"] == name).sum()),
            "votes": int((vote_source == name).sum()),
            "first_date": str(decisions.loc[decisions["source"] == name, "date"].min().date()),
            "last_date": str(decisions.loc[decisions["source"] == name, "date"].max().date()),
        }
        for name in ("unvotes", SOURCE)
    }
    methods = decisions["method"].astype(str).value_counts()
    return {
        "dataset": "Official General Assembly record: unvotes (1946–2019) and the UN extract (2019–2026)",
        "licence": "unvotes: CC0 1.0; UN extract: acknowledge the United Nations as the source",
        "decisions": int(len(decisions)),
        "roll_calls": int(methods.get("recorded_vote", 0)),
        "without_vote": int(methods.get("without_vote", 0)),
        "method_unknown": int(methods.get("unknown", 0)),
        "votes": int(len(votes)),
        "sponsorships": int(len(record.sponsorships)),
        "states": int(votes["iso3"].nunique()),
        "first_date": str(decisions["date"].min().date()),
        "last_date": str(decisions["date"].max().date()),
        "by_source": by_source,
        "session_74_comparison": {
            "decisions": comparison.decisions,
            "votes": comparison.votes,
            "disagreements": len(comparison.disagreements),
            "examples": comparison.disagreements[:20],
        },
        "sources": {
            "unvotes": unvotes_prov,
            SOURCE: EXTRACT_PROVENANCE
            | {
                "path": str(path),
                "lines": extract.lines,
                "decisions": int(len(extract.decisions)),
                "defects": extract.defects,
                "unmapped_names": extract.unmapped,
            },
        },
        "topics_rule": "Decisions of the UN extract that unvotes does not hold get unvotes' six topics by the rule "
        "in dashboard/official/topics.py (terms in title, agenda item and, for four topics, subject terms); "
        "topics_derived marks them.",
        "non_voting": "The extract lists only yes, no and abstain. Members who did not vote are derived as for "
        "unvotes: states with a recorded vote in the same session whose first-to-last span includes the date.",
    }
