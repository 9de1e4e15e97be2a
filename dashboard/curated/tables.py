"""The tidy tables built from validated records: one row per fact, the same columns the export writes."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pycountry

from dashboard.curated.models import (
    ActorType,
    DatePrecision,
    EventKind,
    Method,
    Outcome,
    Relation,
    SponsorRole,
    VoteValue,
)

#: Each table's columns, in order, with a description (the export's data dictionary).
COLUMNS: dict[str, dict[str, str]] = {
    "sources": {
        "source_id": "Source id: the article's file stem in seeds/.",
        "file": "Path of the article in the project.",
        "headline": "Headline as printed; empty where the text has none.",
        "outlet": "Publication, where the text names it.",
        "agency": "Wire agency credited (Reuters, AFP).",
        "byline": "Author, where named.",
        "published": "Publication date, YYYY[-MM[-DD]].",
        "published_precision": f"{DatePrecision.listing()}.",
        "published_derivation": "How the date was derived where the text does not state it whole.",
        "dateline": "Place the story was filed from.",
        "rights": "Copyright or licence terms as far as the text states them.",
        "notes": "Curator's notes on the article.",
    },
    "events": {
        "event_id": "Event id.",
        "kind": f"{EventKind.listing()}.",
        "body": "The organ or mandate (a GA main committee and the plenary differ).",
        "date": "YYYY[-MM[-DD]] as far as known; empty if unknown.",
        "date_precision": f"{DatePrecision.listing()}.",
        "date_derivation": "How the date was worked out where no source states it whole.",
        "title": "Short subject in our words.",
        "summary": "What it decided or did, in our words.",
        "outcome": f"{Outcome.listing()}.",
        "method": f"{Method.listing()}.",
        "yes": "Votes in favour as reported; empty when not reported.",
        "no": "Votes against as reported; empty when not reported.",
        "abstain": "Abstentions as reported; empty when not reported.",
        "non_voting": "Non-voting members as reported; empty when not reported.",
        "symbol": "UN document symbol, only where a source gives it.",
        "parent_event_id": "The event this one amends, follows or was mandated by.",
        "relation": f"{Relation.listing()}.",
        "cosponsor_count": "Co-sponsors counted without names.",
        "cosponsor_count_qualifier": "exactly, more_than (a lower bound), at_least or about.",
    },
    "votes": {
        "vote_id": "Vote id.",
        "event_id": "The event voted on.",
        "country_iso3": "The state, ISO 3166-1 alpha-3.",
        "country": "The state's name.",
        "vote": f"{VoteValue.listing()}.",
    },
    "sponsors": {
        "sponsorship_id": "Sponsorship id.",
        "event_id": "The text or amendment sponsored.",
        "actor_id": "ISO3 for a state; a slug for other actors.",
        "actor": "The actor's name.",
        "actor_type": f"{ActorType.listing()}.",
        "role": f"{SponsorRole.listing()}.",
    },
    "positions": {
        "position_id": "Position id.",
        "event_id": "The event it concerns; empty: the issue at large.",
        "actor_id": "ISO3 for a state; a slug for other actors.",
        "actor": "The actor's name.",
        "actor_type": f"{ActorType.listing()}.",
        "speaker_id": "The person who spoke, where named or described.",
        "speaker": "The speaker's name (or description where unnamed).",
        "speaker_role": "The speaker's role as the sources give it.",
        "stance": "From the closed vocabulary (see the data dictionary).",
        "statement": "The speaker's own words, where quoted; fragments joined by ' … '.",
        "summary": "One line in our words.",
    },
    "evidence": {
        "evidence_id": "fact_id#n: the n-th passage of that fact.",
        "fact_id": "The id of an event, vote, sponsorship or position.",
        "fact_table": "The table fact_id belongs to.",
        "source_id": "The article the passage comes from.",
        "quote": "The passage, verbatim.",
    },
    "links": {
        "link_id": "Link id.",
        "event_id": "The curated event.",
        "rcid": "Decision id in the official record.",
        "symbol": "The decision's symbol in the official record (a vetoed draft's).",
        "relation": "same_vote, same_decision (taken without a vote) or earlier_stage (a committee vote on the "
        "draft the plenary adopted).",
        "rationale": "Why the two are the same text, and how they were matched where no source gives the symbol.",
    },
    "actors": {
        "actor_id": "ISO3 for a state; a slug for other actors.",
        "type": "state, organisation or person.",
        "name": "Display name.",
        "aliases": "Other names in the sources, separated by '; '.",
        "role": "A person's role.",
        "speaks_for": "The state or body a person speaks for.",
    },
}

#: Primary key of each table and the links between them (the data package's keys).
PRIMARY_KEYS = {name: next(iter(cols)) for name, cols in COLUMNS.items()}
FOREIGN_KEYS: dict[str, list[tuple[str, str, str]]] = {
    "events": [("parent_event_id", "events", "event_id")],
    "votes": [("event_id", "events", "event_id")],
    "sponsors": [("event_id", "events", "event_id"), ("actor_id", "actors", "actor_id")],
    "positions": [
        ("event_id", "events", "event_id"),
        ("actor_id", "actors", "actor_id"),
        ("speaker_id", "actors", "actor_id"),
    ],
    "evidence": [("source_id", "sources", "source_id")],
    "links": [("event_id", "events", "event_id")],
    "actors": [("speaks_for", "actors", "actor_id")],
}
INTEGER_COLUMNS = {"yes", "no", "abstain", "non_voting", "cosponsor_count", "rcid"}
FACT_TABLE_NAMES = {
    "events": "events",
    "votes": "votes",
    "sponsorships": "sponsors",
    "positions": "positions",
    "links": "links",
}


def country_name(iso3: str, actors: dict[str, Any]) -> str:
    """The registry's name for a state, else pycountry's common name."""
    if iso3 in actors:
        return actors[iso3].name
    country = pycountry.countries.get(alpha_3=iso3)
    return getattr(country, "common_name", None) or getattr(country, "name", iso3)


def frame(name: str, rows: list[dict[str, Any]]) -> pd.DataFrame:
    """A table with exactly its declared columns, nullable integers and strings."""
    df = pd.DataFrame(rows, columns=list(COLUMNS[name]))
    for column in df.columns:
        df[column] = df[column].astype("Int64" if column in INTEGER_COLUMNS else "string")
    return df


def build(records: dict[str, list[Any]], texts: dict[str, str]) -> dict[str, pd.DataFrame]:
    """All tables from validated records."""
    actors = {a.id: a for a in records["actors"]}

    def name(actor_id: str | None) -> str | None:
        return (
            None
            if actor_id is None
            else (actors[actor_id].name if actor_id in actors else country_name(actor_id, actors))
        )

    def kind(actor_id: str) -> str:
        return actors[actor_id].type if actor_id in actors else "state"

    out = {
        "sources": frame(
            "sources",
            [
                {"source_id": s.id, "file": f"seeds/{s.id}.txt", **s.model_dump(exclude={"id"})}
                for s in records["sources"]
            ],
        ),
        "events": frame(
            "events", [{"event_id": e.id, **e.model_dump(exclude={"id", "evidence"})} for e in records["events"]]
        ),
        "votes": frame(
            "votes",
            [
                {
                    "vote_id": v.id,
                    "event_id": v.event_id,
                    "country_iso3": v.country_iso3,
                    "country": country_name(v.country_iso3, actors),
                    "vote": v.vote,
                }
                for v in records["votes"]
            ],
        ),
        "sponsors": frame(
            "sponsors",
            [
                {
                    "sponsorship_id": s.id,
                    "event_id": s.event_id,
                    "actor_id": s.actor_id,
                    "actor": name(s.actor_id),
                    "actor_type": kind(s.actor_id),
                    "role": s.role,
                }
                for s in records["sponsorships"]
            ],
        ),
        "positions": frame(
            "positions",
            [
                {
                    "position_id": p.id,
                    "event_id": p.event_id,
                    "actor_id": p.actor_id,
                    "actor": name(p.actor_id),
                    "actor_type": kind(p.actor_id),
                    "speaker_id": p.speaker_id,
                    "speaker": name(p.speaker_id),
                    "speaker_role": actors[p.speaker_id].role if p.speaker_id else None,
                    "stance": p.stance,
                    "statement": p.statement,
                    "summary": p.summary,
                }
                for p in records["positions"]
            ],
        ),
        "evidence": frame(
            "evidence",
            [
                {
                    "evidence_id": f"{row.id}#{n + 1}",
                    "fact_id": row.id,
                    "fact_table": FACT_TABLE_NAMES[table],
                    "source_id": item.source,
                    "quote": " ".join(item.quote.split()),
                }
                for table in FACT_TABLE_NAMES
                for row in records[table]
                for n, item in enumerate(row.evidence)
            ],
        ),
        "links": frame(
            "links",
            [{"link_id": k.id, **k.model_dump(exclude={"id", "evidence"})} for k in records["links"]],
        ),
        "actors": frame(
            "actors",
            [
                {
                    "actor_id": a.id,
                    "type": a.type,
                    "name": a.name,
                    "aliases": "; ".join(a.aliases) or None,
                    "role": a.role,
                    "speaks_for": a.speaks_for,
                }
                for a in records["actors"]
            ],
        ),
    }
    return out
