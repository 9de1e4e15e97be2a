"""Adopted without a vote: per body and year, the share of decisions taken that were adopted without a vote, and
the agenda items whose mode of adoption changed most between two periods.

Decisions taken (the denominator): those adopted without a vote, by a recorded vote or by a non-recorded vote,
whatever their outcome (a draft rejected or vetoed in a vote was decided too). Left out and counted apart: a
method the source does not state (never guessed), no vote taken (withdrawn or not considered: nothing was
decided), and votes on amendments or separate paragraphs (steps towards a decision, which the sources list only
when voted on). "Without a vote" is not unanimity: states may dissociate, speak against, or not block consensus.

A share is computed only where the record lists every decision however taken (COMPLETE): the General Assembly
from the UN extract's first date (late 2019; unvotes before it lists recorded votes only), the Council and the
Commission throughout (hrc-voting), the Security Council from the UN extract's first date (2000; before it
the veto list names vetoed drafts only). A year the complete source covers in part is marked so.
Agenda items are grouped by their name as the source gives it (`short`: the Assembly's agenda item title, the
Council's and Commission's agenda item, the Security Council's item), compared case-, quote- and full-stop-blind.
Pure: no Streamlit.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.official.rollcalls import RollCalls
from dashboard.official.vocab import Body, Method, Source

#: The source of each body that lists every decision, however taken.
COMPLETE = {
    Body.general_assembly.value: Source.un_extract.value,
    Body.human_rights_council.value: Source.hrc_voting.value,
    Body.commission_on_human_rights.value: Source.hrc_voting.value,
    Body.security_council.value: Source.un_sc_extract.value,
}
#: Why a body's years before its complete source are not covered.
BEFORE = {
    Body.general_assembly.value: "unvotes lists recorded votes only",
    Body.security_council.value: "the veto list names vetoed drafts only",
}
TAKEN = [Method.without_vote.value, Method.recorded_vote.value, Method.non_recorded_vote.value]
NO_KEY = "(agenda item not given)"
COUNTS = ["taken", "without_vote", "recorded_vote", "non_recorded_vote", "unknown", "no_vote_taken", "steps"]


def coverage(rc: RollCalls) -> dict[str, tuple[pd.Timestamp, pd.Timestamp, pd.Timestamp]]:
    """body → (its first decision, the complete source's first date, its last decision), from the rows."""
    d = rc.decisions[["body", "source", "date"]]
    out = {}
    for body, source in COMPLETE.items():
        mine = d[d["body"] == body]
        complete = mine.loc[mine["source"] == source, "date"]
        if len(complete):
            out[body] = (mine["date"].min(), complete.min(), mine["date"].max())
    return out


def is_step(decisions: pd.DataFrame) -> pd.Series:
    """A vote on an amendment or a separate paragraph."""
    return decisions["amend"].fillna(False).astype(bool) | decisions["para"].fillna(False).astype(bool)


def covered(rc: RollCalls, decisions: pd.DataFrame) -> pd.Series:
    """Whether each decision falls within its body's complete span."""
    starts = {body: span[1] for body, span in coverage(rc).items()}
    start = decisions["body"].astype(str).map(starts)
    return (decisions["date"] >= start).fillna(False).astype(bool)


def yearly(rc: RollCalls) -> pd.DataFrame:
    """One row per body and year from its first decision to its last: the counts (COUNTS), `share` (without a
    vote ÷ taken; missing where the year is not covered or none was taken), `coverage` (full, partial, not
    covered), a `note`, and `sources` (the codes of the rows counted, '; '-joined)."""
    d = rc.decisions[["body", "year", "method", "amend", "para", "date", "source"]]
    method, step = d["method"].astype(str), is_step(d)
    inside = covered(rc, d)
    frame = pd.DataFrame({"body": d["body"].astype(str), "year": d["year"].astype(int)})
    for name in TAKEN + [Method.unknown.value, Method.no_vote_taken.value]:
        frame[name] = (method == name) & ~step & inside
    frame["taken"] = frame[TAKEN].any(axis=1)
    frame["steps"] = step & inside
    counts = frame.groupby(["body", "year"])[COUNTS].sum().astype(int)
    sources = source_codes(frame[frame["taken"]].assign(source=d["source"].astype(str)))
    rows = []
    for body, (first, start, last) in coverage(rc).items():
        for year in range(first.year, last.year + 1):
            rows.append({"body": body, "year": year, **year_coverage(body, year, first, start, last)})
    out = pd.DataFrame(rows).merge(counts.reset_index(), on=["body", "year"], how="left")
    out[COUNTS] = out[COUNTS].fillna(0).astype(int)
    out["share"] = (out["without_vote"] / out["taken"].replace(0, np.nan)).where(out["coverage"] != "not covered")
    out["sources"] = [sources.get((b, y), "") for b, y in zip(out["body"], out["year"], strict=True)]
    return out[["body", "year", *COUNTS, "share", "coverage", "note", "sources"]]


def source_codes(rows: pd.DataFrame) -> dict[tuple[str, int], str]:
    """(body, year) → the source codes among rows (body, year, source), '; '-joined in vocab.Source's order."""
    pairs = rows[["body", "year", "source"]].drop_duplicates()
    pairs = pairs.assign(order=pairs["source"].map(Source.codes().index)).sort_values(["body", "year", "order"])
    out: dict[tuple[str, int], str] = {}
    for body, year, source in zip(pairs["body"], pairs["year"], pairs["source"], strict=True):
        key = (str(body), int(year))
        out[key] = f"{out[key]}; {source}" if key in out else str(source)
    return out


def year_coverage(body: str, year: int, first: pd.Timestamp, start: pd.Timestamp, last: pd.Timestamp) -> dict:
    """{coverage, note} of one body's year: full, partial (the complete source starts or the record ends within
    it), or not covered (before the complete source)."""
    if year < start.year:
        return {"coverage": "not covered", "note": f"before {start:%-d %B %Y}: {BEFORE.get(body, 'not covered')}"}
    notes = []
    if year == start.year and start > first and start.day_of_year > 7:
        notes.append(f"from {start:%-d %B %Y} only ({BEFORE.get(body, 'earlier rows are incomplete')} before)")
    if year == last.year and last.day_of_year < 335:
        notes.append(f"to {last:%-d %B %Y}, where the record ends")
    return {"coverage": "partial" if notes else "full", "note": "; ".join(notes)}


def item_key(short: pd.Series) -> pd.Series:
    """An agenda item's name compared case-, quote- and full-stop-blind ("" where the source gives none)."""
    text = short.fillna("").astype(str).str.replace("’", "'", regex=False).str.replace(r"\s+", " ", regex=True)
    return text.str.strip().str.rstrip(".").str.strip().str.casefold()


def by_item(rc: RollCalls, body: str, first: tuple[int, int], second: tuple[int, int], min_n: int) -> pd.DataFrame:
    """Per agenda item of the body with at least `min_n` decisions taken in each period (years inclusive): the
    decisions taken and adopted without a vote in each, the shares, `change` (second share − first, in
    percentage points) and `sources` (their codes, '; '-joined), the largest change either way first."""
    d = rc.decisions[["body", "method", "amend", "para", "short", "year", "date", "source"]]
    mine = d[(d["body"] == body) & d["method"].isin(TAKEN) & ~is_step(d)]
    mine = mine[covered(rc, mine)]
    period = np.select([mine["year"].between(*first), mine["year"].between(*second)], ["first", "second"], "")
    frame = pd.DataFrame(
        {
            "key": item_key(mine["short"]).to_numpy(),
            "label": mine["short"].fillna("").astype(str).str.strip().to_numpy(),
            "period": period,
            "without": (mine["method"] == Method.without_vote).to_numpy(),
            "source": mine["source"].astype(str).to_numpy(),
        }
    )
    frame = frame[frame["period"] != ""]
    found = source_codes(frame.assign(body=frame["key"], year=0))
    spelled = frame.groupby(["key", "label"]).size().rename("n").reset_index()
    labels = spelled.sort_values(["n", "label"], ascending=[False, True]).drop_duplicates("key").set_index("key")
    table = frame.pivot_table(index="key", columns="period", values="without", aggfunc=["size", "sum"])
    out = pd.DataFrame(index=table.index)
    for name in ("first", "second"):
        out[f"taken_{name}"] = table.get(("size", name), pd.Series(0, index=table.index)).fillna(0).astype(int)
        out[f"without_{name}"] = table.get(("sum", name), pd.Series(0, index=table.index)).fillna(0).astype(int)
        out[f"share_{name}"] = out[f"without_{name}"] / out[f"taken_{name}"].replace(0, np.nan)
    out = out[(out["taken_first"] >= min_n) & (out["taken_second"] >= min_n)]
    out["change"] = (out["share_second"] - out["share_first"]) * 100
    out.insert(0, "item", out.index.map(labels["label"]).map(lambda s: s or NO_KEY))
    out["sources"] = [found.get((key, 0), "") for key in out.index]
    out = out.assign(size=out["change"].abs()).sort_values(["size", "item"], ascending=[False, True])
    return out.drop(columns="size").reset_index(drop=True)
