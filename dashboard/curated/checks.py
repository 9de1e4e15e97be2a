"""Cross-record checks. Each check is a named function returning the problems it found."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any, NamedTuple

import pycountry

from dashboard.curated.models import Body, DatePrecision, Method, VoteValue, precision_of
from dashboard.problems import Problem

Records = dict[str, list[Any]]
FACT_TABLES = ("events", "votes", "sponsorships", "positions", "links")

#: Seats of each body, where its membership is fixed (UN Charter Art. 23; GA res. 60/251).
#: The General Assembly has had 193 members since 14 July 2011; earlier dates are not checked.
SEATS: dict[str, int] = {
    Body.security_council.value: 15,
    Body.human_rights_council.value: 47,
    Body.ga_plenary.value: 193,
    Body.ga_third_committee.value: 193,  # a committee of the whole Assembly
}
GA_193_SINCE = "2011-07-14"

_QUOTES = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "`": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "−": "-",
    }
)


def normalise(text: str) -> str:
    """Fold white space, typographic quotes and dashes; nothing else."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip()


def seats(body: str, date: str | None) -> int | None:
    """Members of the body on that date, where known."""
    if body in (Body.ga_plenary.value, Body.ga_third_committee.value):
        if date is not None and date[:4] < GA_193_SINCE[:4]:
            return None
    return SEATS.get(body)


def is_iso3(code: str) -> bool:
    return pycountry.countries.get(alpha_3=code) is not None


def check_unique_ids(records: Records, paths: dict[str, str]) -> list[Problem]:
    """Ids are unique within the project, across tables: evidence refers to them by id alone."""
    seen: dict[str, str] = {}
    problems = []
    for table, rows in records.items():
        for row in rows:
            if row.id in seen:
                where = "" if seen[row.id] == table else f" (also in {paths[seen[row.id]]})"
                problems.append(Problem(paths[table], row.id, "id", f"duplicate id{where}"))
            else:
                seen[row.id] = table
    return problems


def check_actors(records: Records, paths: dict[str, str]) -> list[Problem]:
    """State actors carry real ISO 3166-1 alpha-3 codes; aliases resolve to one actor only."""
    problems = []
    owners: dict[str, str] = {}
    for actor in records["actors"]:
        if actor.type == "state" and not is_iso3(actor.id):
            problems.append(Problem(paths["actors"], actor.id, "id", f"{actor.id!r} is not an ISO 3166-1 alpha-3 code"))
        if actor.type != "state" and re.fullmatch(r"[A-Z]{3}", actor.id):
            problems.append(Problem(paths["actors"], actor.id, "id", "only states use an ISO-style upper-case id"))
        for alias in [actor.name, *actor.aliases]:
            key = alias.casefold()
            if key in owners and owners[key] != actor.id:
                problems.append(Problem(paths["actors"], actor.id, "aliases", f"{alias!r} already names {owners[key]}"))
            owners[key] = actor.id
    return problems


def check_references(records: Records, paths: dict[str, str]) -> list[Problem]:
    """Every event, actor and parent id a record names exists."""
    events = {e.id for e in records["events"]}
    actors = {a.id: a for a in records["actors"]}
    problems = []

    def need(table: str, rid: str, field: str, value: str | None, known: set[str] | dict, what: str) -> None:
        if value is not None and value not in known:
            problems.append(Problem(paths[table], rid, field, f"unknown {what} {value!r}"))

    for event in records["events"]:
        need("events", event.id, "parent_event_id", event.parent_event_id, events, "event id")
        if event.parent_event_id == event.id:
            problems.append(Problem(paths["events"], event.id, "parent_event_id", "an event cannot be its own parent"))
    for table in ("votes", "sponsorships", "positions", "links"):
        for row in records[table]:
            need(table, row.id, "event_id", row.event_id, events, "event id")
    for vote in records["votes"]:
        if not is_iso3(vote.country_iso3):
            problems.append(
                Problem(
                    paths["votes"], vote.id, "country_iso3", f"{vote.country_iso3!r} is not an ISO 3166-1 alpha-3 code"
                )
            )
    for table in ("sponsorships", "positions"):
        for row in records[table]:
            need(table, row.id, "actor_id", row.actor_id, actors, "actor id")
    for position in records["positions"]:
        need("positions", position.id, "speaker_id", position.speaker_id, actors, "actor id")
        speaker = actors.get(position.speaker_id or "")
        if speaker is not None and speaker.type != "person":
            problems.append(Problem(paths["positions"], position.id, "speaker_id", f"{speaker.id!r} is not a person"))
    for actor in records["actors"]:
        need("actors", actor.id, "speaks_for", actor.speaks_for, actors, "actor id")
    return problems


def check_dates(records: Records, paths: dict[str, str]) -> list[Problem]:
    """A date's precision matches the date; a date that is not stated whole says how it was derived."""
    problems = []
    for table, date_field in (("events", "date"), ("sources", "published")):
        for row in records[table]:
            value = getattr(row, date_field)
            stated = getattr(row, f"{date_field}_precision")
            if precision_of(value).value != stated:
                problems.append(
                    Problem(
                        paths[table], row.id, f"{date_field}_precision", f"{stated!r} does not match the date {value!r}"
                    )
                )
    for event in records["events"]:
        if event.date_precision != DatePrecision.day.value and not event.date_derivation:
            problems.append(
                Problem(
                    paths["events"],
                    event.id,
                    "date_derivation",
                    "a partial or unknown date needs a note on what the sources say",
                )
            )
    return problems


def check_events(records: Records, paths: dict[str, str]) -> list[Problem]:
    """Relations come with a parent; tallies only with recorded votes; co-sponsor counts with a qualifier."""
    problems = []
    for event in records["events"]:
        where = (paths["events"], event.id)
        if (event.parent_event_id is None) != (event.relation is None):
            problems.append(Problem(*where, "relation", "parent_event_id and relation go together"))
        if event.kind == "amendment" and event.relation != "amends":
            problems.append(Problem(*where, "relation", "an amendment names the draft it amends (relation: amends)"))
        tally = [event.yes, event.no, event.abstain]
        if any(v is not None for v in tally) and event.method != Method.recorded_vote.value:
            problems.append(Problem(*where, "method", "a tally is given, so the method is recorded_vote"))
        if (event.cosponsor_count is None) != (event.cosponsor_count_qualifier is None):
            problems.append(
                Problem(*where, "cosponsor_count_qualifier", "cosponsor_count and its qualifier go together")
            )
    return problems


def check_tallies(records: Records, paths: dict[str, str]) -> list[Problem]:
    """A tally fits the body's seats; named votes of a kind never outnumber that kind's tally."""
    problems = []
    named: dict[str, Counter] = {}
    for vote in records["votes"]:
        named.setdefault(vote.event_id, Counter())[vote.vote] += 1
    seen: Counter = Counter((v.event_id, v.country_iso3) for v in records["votes"])
    for (event_id, iso3), count in seen.items():
        if count > 1:
            problems.append(
                Problem(paths["votes"], f"{event_id}/{iso3}", "country_iso3", f"{iso3} has {count} votes on {event_id}")
            )
    for event in records["events"]:
        parts = {v.value: getattr(event, v.value) for v in VoteValue}
        total = sum(v for v in parts.values() if v is not None)
        limit = seats(event.body, event.date)
        if limit is not None and total > limit:
            problems.append(
                Problem(paths["events"], event.id, "yes", f"tally {total} exceeds the {limit} seats of {event.body}")
            )
        for kind, count in named.get(event.id, Counter()).items():
            if parts[kind] is not None and count > parts[kind]:
                problems.append(
                    Problem(
                        paths["events"],
                        event.id,
                        kind,
                        f"{count} states are named voting {kind} but the tally says {parts[kind]}",
                    )
                )
        if event.method == Method.without_vote.value and named.get(event.id):
            problems.append(
                Problem(paths["events"], event.id, "method", "adopted without a vote, yet votes are recorded")
            )
    return problems


def check_evidence(records: Records, texts: dict[str, str], paths: dict[str, str]) -> list[Problem]:
    """Every fact has evidence, and every passage is found verbatim in its article."""
    normalised = {sid: normalise(text) for sid, text in texts.items()}
    problems = []
    for table in FACT_TABLES:
        for row in records[table]:
            for index, item in enumerate(row.evidence):
                field = f"evidence.{index}"
                if item.source not in normalised:
                    problems.append(Problem(paths[table], row.id, f"{field}.source", f"unknown source {item.source!r}"))
                elif normalise(item.quote) not in normalised[item.source]:
                    from dashboard.curated.nearest import hint

                    problems.append(
                        Problem(
                            paths[table],
                            row.id,
                            f"{field}.quote",
                            f"passage not found in seeds/{item.source}.txt: {item.quote[:60]!r}; "
                            + hint(normalise(item.quote), normalised[item.source]),
                        )
                    )
    return problems


def check_statements(records: Records, paths: dict[str, str]) -> list[Problem]:
    """A quoted statement is the speaker's own words: each fragment lies in the evidence."""
    problems = []
    for position in records["positions"]:
        if not position.statement:
            continue
        passages = " ".join(normalise(e.quote) for e in position.evidence)
        for fragment in position.statement.split("…"):
            if normalise(fragment) and normalise(fragment) not in passages:
                problems.append(
                    Problem(
                        paths["positions"], position.id, "statement", f"not in its evidence: {fragment.strip()[:60]!r}"
                    )
                )
    return problems


def check_sources(records: Records, texts: dict[str, str], paths: dict[str, str], seeds: str) -> list[Problem]:
    """Each article in seeds/ has a source record, and each source record an article."""
    ids = {s.id for s in records["sources"]}
    problems = [
        Problem(paths["sources"], sid, "id", f"no article {seeds}/{sid}.txt") for sid in sorted(ids - texts.keys())
    ]
    problems += [
        Problem(f"{seeds}/{sid}.txt", sid, "", "article has no record in sources") for sid in sorted(texts.keys() - ids)
    ]
    return problems


class Decision(NamedTuple):
    """What the link check needs of one decision of the official record."""

    symbol: str | None
    body: str  # dashboard.official.vocab.Body
    method: str  # dashboard.official.vocab.Method


#: The official record's body of a curated event's body; events of other bodies cannot be linked.
RECORD_BODY = {
    "ga_plenary": "general_assembly",
    "ga_third_committee": "general_assembly",  # only as earlier_stage: the plenary adopts the committee's draft
    "human_rights_council": "human_rights_council",
    "security_council": "security_council",
}
#: The record's methods each relation allows: a "same vote" was a vote, a "same decision" was taken without one.
RELATION_METHODS = {
    "same_vote": {"recorded_vote", "non_recorded_vote"},
    "same_decision": {"without_vote"},
    "earlier_stage": {"recorded_vote", "non_recorded_vote", "without_vote"},
}


def check_links(records: Records, paths: dict[str, str], decisions: dict[int, Decision] | None) -> list[Problem]:
    """A link names a decision of the official record, under the symbol the record gives it, of the event's
    body (a committee's draft: the plenary's), by a method its relation allows."""
    problems = []
    if decisions is None:
        if records["links"]:
            problems.append(Problem(paths["links"], "", "rcid", "no official roll calls to check the links against"))
        return problems
    events = {e.id: e for e in records["events"]}
    for link in records["links"]:
        found = decisions.get(link.rcid)
        if found is None:
            problems.append(
                Problem(paths["links"], link.id, "rcid", f"roll call {link.rcid} is not in the official record")
            )
            continue
        if found.symbol != link.symbol:
            problems.append(Problem(paths["links"], link.id, "symbol", f"the record gives {found.symbol!r}"))
        event = events.get(link.event_id)
        if event is None:  # check_references names it
            continue
        if RECORD_BODY.get(event.body) != found.body:
            problems.append(
                Problem(paths["links"], link.id, "rcid", f"a decision of {found.body}, the event is of {event.body}")
            )
        elif (event.body == "ga_third_committee") != (link.relation == "earlier_stage"):
            problems.append(
                Problem(paths["links"], link.id, "relation", "earlier_stage is a committee vote's, and only its")
            )
        if found.method not in RELATION_METHODS[link.relation]:
            problems.append(
                Problem(paths["links"], link.id, "relation", f"{link.relation}; the record's method: {found.method}")
            )
    return problems


def run_all(records: Records, texts: dict[str, str], paths: dict[str, str], seeds: str) -> list[Problem]:
    """Every check, in order; an empty list means the dataset validates."""
    return (
        check_unique_ids(records, paths)
        + check_actors(records, paths)
        + check_references(records, paths)
        + check_dates(records, paths)
        + check_events(records, paths)
        + check_tallies(records, paths)
        + check_evidence(records, texts, paths)
        + check_statements(records, paths)
        + check_sources(records, texts, paths, seeds)
    )
