"""Country profile, computed: the articles' facts about a state by event, and its official record (DPRK votes,
shares of its votes, agreement with the permanent five and its group, sponsorships). Pure: no Streamlit."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from dashboard.app import format as fmt
from dashboard.app import nav
from dashboard.curated import analysis
from dashboard.curated.analysis import Frames
from dashboard.curated.models import Body as EventBody
from dashboard.official import agreement, record
from dashboard.official.agreement import VoteMatrix
from dashboard.official.rollcalls import RollCalls
from dashboard.official.vocab import Cell

SHORT_CELLS = {code: short for code, short in Cell.shorts().items() if short != code}


@dataclass
class Quote:
    """A position under an event: its stance code, words (or summary), who said it and its fact id."""

    stance: str
    statement: str | None
    summary: str
    who: str
    fact_id: str


@dataclass
class EventFacts:
    """One event's heading (Markdown) and the state's facts in it: a Markdown line, or a Quote."""

    heading: str
    items: list[str | Quote] = field(default_factory=list)


def article_counts(frames: Frames, iso3: str) -> dict[str, int]:
    """The four numbers over the articles' side."""
    profile = analysis.country_profile(frames, iso3)
    return {
        "Votes the articles name": len(profile["votes"]),
        "Sponsorships": len(profile["sponsors"]),
        "Positions": len(profile["positions"]),
        "Quoted in its own words": int(profile["positions"]["statement"].notna().sum()),
    }


def events_of(frames: Frames, iso3: str) -> list[EventFacts]:
    """The state's facts grouped by event, oldest first; facts about no event last under their own heading."""
    positions = analysis.country_profile(frames, iso3)["positions"].set_index("position_id")
    timeline = analysis.country_timeline(frames, iso3)
    out = []
    for event_id, rows in timeline.groupby(timeline["event_id"].fillna(""), sort=False):
        first = rows.iloc[0]
        if event_id:
            when = fmt.partial_date(first["date"], first["date_precision"])
            body = EventBody.shorts().get(first["body"], first["body"])
            heading = f"**{when} · {first['title']}**  \n{body} · [breakdown ↗]({nav.BREAKDOWN.url(event=event_id)})"
        else:
            heading = "**On the issue at large** (no particular event)"
        facts = EventFacts(heading)
        for row in rows.itertuples():
            if row.kind != "position":
                link = f"[source passage ↗]({nav.SOURCES.url(fact=row.fact_id)})"
                facts.items.append(f"- **{row.what.capitalize()}** · {link}")
                continue
            pos = positions.loc[row.fact_id]
            who = pos["speaker"] if isinstance(pos["speaker"], str) else pos["actor"]
            role = f", {pos['speaker_role']}" if isinstance(pos["speaker_role"], str) else ""
            facts.items.append(Quote(str(row.what), pos["statement"], pos["summary"], f"{who}{role}", str(row.fact_id)))
        out.append(facts)
    return out


def dprk_votes(rc: RollCalls, matrix: VoteMatrix, iso3: str, name: str) -> tuple[pd.DataFrame, str]:
    """Its votes on the Assembly's DPRK resolutions, newest first (date, symbol, short cell), and the vote column."""
    table = record.record_table(rc, matrix, record.filter_decisions(rc, dprk=True), [iso3])
    vote = f"{name} ({iso3}) vote"
    return table.sort_values("date", ascending=False)[["date", "symbol", vote]].replace(SHORT_CELLS), vote


def vote_shares(matrix: VoteMatrix, iso3: str) -> str:
    """'**All recorded votes:** 5,432 cast — yes 80%, no 5%, abstain 15%.', or '' when it cast none."""
    mine = matrix.column(iso3)
    cast = {label: int((mine == code).sum()) for code, label in agreement.LABELS.items()}
    total = sum(cast.values())
    if not total:
        return ""
    shares = ", ".join(f"{label} {cast[label] / total:.0%}" for label in ("yes", "no", "abstain"))
    return f"**All recorded votes:** {total:,} cast — {shares}."


def agreement_scores(rc: RollCalls, matrix: VoteMatrix, iso3: str, group: str | None) -> pd.DataFrame:
    """Its Voeten score with each other permanent member and its regional group, since 2000 and in all years."""
    others = [c for c in analysis.PERMANENT_FIVE if c != iso3] + ([group] if group else [])
    recent = record.agreement_with(matrix, iso3, others, start=2000).set_index("with")
    ever = record.agreement_with(matrix, iso3, others).set_index("with")
    return pd.DataFrame(
        {
            "with": [record.actor_names(rc).get(c, c) for c in recent.index],
            "since 2000": recent["voeten"].to_numpy(),
            "votes since 2000": recent["n"].to_numpy(),
            "all years": ever["voeten"].reindex(recent.index).to_numpy(),
        }
    )


def sponsorships(rc: RollCalls, iso3: str) -> tuple[str, pd.DataFrame]:
    """The sentence on its sponsorships and the newest 200 (date, symbol, role, title)."""
    sponsored = record.sponsorship_summary(rc, iso3)
    listed = rc.decisions[rc.decisions["source"].astype(str) == "UN extract"]
    line = (
        f"**Sponsorships:** {len(sponsored):,} of the {len(listed):,} decisions whose sponsors the record lists "
        f"(session 74 on, {listed['year'].min()}–{listed['year'].max()})."
    )
    top = sponsored.head(200)
    return line, top.assign(date=top["date"].dt.strftime("%Y-%m-%d"))[["date", "symbol", "role", "title"]]
