"""Pure pandas views of the curated tables. No Streamlit here."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import pandas as pd

from dashboard.curated.checks import seats as body_seats
from dashboard.curated.models import Outcome, SponsorRole, Stance
from dashboard.vocabulary import label_of

Frames = dict[str, pd.DataFrame]
VOTES = ["yes", "no", "abstain", "non_voting"]
PERMANENT_FIVE = ["CHN", "FRA", "RUS", "GBR", "USA"]
UNKNOWN = "unknown"
_FOLD = {"‘": "'", "’": "'", "`": "'", "“": '"', "”": '"', "–": "-", "—": "-"}


def sort_key(date: pd.Series) -> pd.Series:
    """Dates as sortable text; unknown dates last."""
    return date.fillna("9999")


def event_label(row: Any) -> str:  # Any: a Series or an itertuples() row
    date = getattr(row, "date", None)
    when = date if isinstance(date, str) else "date unknown"
    return f"{when} · {row.title}"


def events_by_date(frames: Frames, newest_first: bool = True) -> pd.DataFrame:
    events = frames["events"]
    order = sort_key(events["date"]).sort_values(ascending=not newest_first).index
    return events.loc[order]


def recent_events(frames: Frames, n: int = 6) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(the n most recent dated events, newest first; the events no source dates).

    An undated event is never put forward as the most recent: its date is unknown.
    """
    events = events_by_date(frames)
    return events[events["date"].notna()].head(n), events[events["date"].isna()]


def event_options(frames: Frames) -> dict[str, str]:
    """event_id → label, newest first."""
    return {row.event_id: event_label(row) for row in events_by_date(frames).itertuples()}


def dataset_summary(frames: Frames) -> dict[str, object]:
    events = frames["events"]
    states = set(frames["votes"]["country_iso3"])
    for table in ("sponsors", "positions"):
        df = frames[table]
        states |= set(df.loc[df["actor_type"] == "state", "actor_id"])
    dates = events["date"].dropna()
    return {
        "events": len(events),
        "states": len(states),
        "positions": len(frames["positions"]),
        "quotes": int(frames["positions"]["statement"].notna().sum()),
        "votes": len(frames["votes"]),
        "sources": len(frames["sources"]),
        "first": dates.min() if not dates.empty else None,
        "last": dates.max() if not dates.empty else None,
        "undated": int(events["date"].isna().sum()),
    }


@dataclass
class Breakdown:
    """Everything the vote breakdown page shows for one event."""

    event: pd.Series
    tally: dict[str, int | None]
    named: pd.DataFrame  # the votes the sources name
    seats: pd.DataFrame  # one row per seat: vote, named, label (empty when seats or tally unknown)
    seat_total: int | None
    unnamed: dict[str, int]  # per vote value: seats whose state no source names
    derived_absent: int | None  # seats minus the reported tally, when non-voting is not reported
    parent: pd.Series | None
    children: pd.DataFrame
    sponsors: pd.DataFrame
    positions: pd.DataFrame


def event_row(frames: Frames, event_id: str) -> pd.Series | None:
    match = frames["events"][frames["events"]["event_id"] == event_id]
    return None if match.empty else match.iloc[0]


def event_breakdown(frames: Frames, event_id: str) -> Breakdown:
    """Reported tally, named votes, and the seats of the body with the unnamed ones kept visible."""
    event = event_row(frames, event_id)
    if event is None:
        raise KeyError(event_id)
    tally = {v: (None if pd.isna(event[v]) else int(event[v])) for v in VOTES}
    named = frames["votes"][frames["votes"]["event_id"] == event_id].sort_values(["vote", "country"])
    total = body_seats(event["body"], None if pd.isna(event["date"]) else event["date"])
    counts = named["vote"].value_counts().to_dict()
    unnamed = {v: max(0, (tally[v] or 0) - counts.get(v, 0)) for v in VOTES if tally[v] is not None}
    reported = sum(t for t in tally.values() if t is not None)
    derived = None
    if total is not None and tally["non_voting"] is None and any(t is not None for t in tally.values()):
        derived = max(0, total - reported)
    rows = [{"vote": r.vote, "named": True, "label": f"{r.country}: {r.vote}"} for r in named.itertuples()]
    for vote, count in unnamed.items():
        rows += [{"vote": vote, "named": False, "label": f"{vote}: state not named in the sources"}] * count
    if derived:
        label = f"did not vote or absent (derived: {total} members minus the {reported} votes reported)"
        rows += [{"vote": "non_voting", "named": False, "label": label}] * derived
    if not unnamed and total is not None and not named.empty:  # no tally: the other seats' votes are unknown
        rows += [{"vote": "unknown", "named": False, "label": "vote not reported"}] * (total - len(named))
    seats = pd.DataFrame(rows, columns=["vote", "named", "label"])
    parent = event_row(frames, event["parent_event_id"]) if not pd.isna(event["parent_event_id"]) else None
    children = frames["events"][frames["events"]["parent_event_id"] == event_id]
    return Breakdown(
        event=event,
        tally=tally,
        named=named,
        seats=seats,
        seat_total=total,
        unnamed=unnamed,
        derived_absent=derived,
        parent=parent,
        children=children,
        sponsors=frames["sponsors"][frames["sponsors"]["event_id"] == event_id],
        positions=frames["positions"][frames["positions"]["event_id"] == event_id],
    )


ROLE_ORDER = ["main_sponsor", "co_sponsor", "amendment_proposer", "supporter"]


def who_stood_where(b: Breakdown) -> pd.DataFrame:
    """For a decision without a vote: one row per actor and part (sponsor role or stance), sponsors first.

    Columns: actor, actor_id, part, fact_id (the first fact saying so, to cite), facts (how many say so).
    """
    rows: list[dict[str, object]] = []
    sponsors = b.sponsors.assign(_o=b.sponsors["role"].map({r: i for i, r in enumerate(ROLE_ORDER)}))
    for row in sponsors.sort_values("_o", kind="stable").itertuples():
        rows.append({"actor": row.actor, "actor_id": row.actor_id, "part": row.role, "fact_id": row.sponsorship_id})
    for row in b.positions.itertuples():
        rows.append({"actor": row.actor, "actor_id": row.actor_id, "part": row.stance, "fact_id": row.position_id})
    df = pd.DataFrame(rows, columns=["actor", "actor_id", "part", "fact_id"])
    grouped = df.groupby(["actor", "actor_id", "part"], sort=False, as_index=False).agg(
        fact_id=("fact_id", "first"), facts=("fact_id", "size")
    )
    grouped["part"] = grouped["part"].map({**SponsorRole.labels(), **Stance.labels()})
    return grouped


def with_events(frames: Frames, df: pd.DataFrame) -> pd.DataFrame:
    """df joined with its event's date, title and body, sorted by date."""
    events = frames["events"][["event_id", "date", "date_precision", "title", "body"]]
    out = df.merge(events, on="event_id", how="left")
    return out.loc[sort_key(out["date"]).sort_values().index].reset_index(drop=True)


def state_names(frames: Frames) -> dict[str, str]:
    """ISO3 → name of every state in the dataset, by name."""
    names = dict(zip(frames["votes"]["country_iso3"], frames["votes"]["country"], strict=True))
    for table in ("sponsors", "positions"):
        df = frames[table][frames[table]["actor_type"] == "state"]
        names.update(zip(df["actor_id"], df["actor"], strict=True))
    return dict(sorted(names.items(), key=lambda item: item[1]))


def country_profile(frames: Frames, iso3: str) -> dict[str, pd.DataFrame]:
    """A state's votes, sponsorships and positions, each with its event and in date order."""
    return {
        "votes": with_events(frames, frames["votes"][frames["votes"]["country_iso3"] == iso3]),
        "sponsors": with_events(frames, frames["sponsors"][frames["sponsors"]["actor_id"] == iso3]),
        "positions": with_events(frames, frames["positions"][frames["positions"]["actor_id"] == iso3]),
    }


def country_timeline(frames: Frames, iso3: str) -> pd.DataFrame:
    """Everything the state did, one row per fact in date order (undated last).

    Columns: date, date_precision, event_id, title, body, kind (vote, sponsorship, position),
    what (e.g. "voted no", "main sponsor", "reject"), words (quoted words, where any), fact_id.
    """
    profile = country_profile(frames, iso3)
    parts = []
    for kind, df, fact, what in (
        ("vote", profile["votes"], "vote_id", lambda d: "voted " + d["vote"]),
        ("sponsorship", profile["sponsors"], "sponsorship_id", lambda d: d["role"].map(SponsorRole.labels())),
        ("position", profile["positions"], "position_id", lambda d: d["stance"].map(Stance.labels())),
    ):
        if df.empty:
            continue
        words = df["statement"] if "statement" in df.columns else pd.Series(pd.NA, index=df.index, dtype="string")
        parts.append(
            pd.DataFrame(
                {
                    "date": df["date"],
                    "date_precision": df["date_precision"],
                    "event_id": df["event_id"],
                    "title": df["title"],
                    "body": df["body"],
                    "kind": kind,
                    "what": what(df),
                    "words": words,
                    "fact_id": df[fact],
                }
            )
        )
    columns = ["date", "date_precision", "event_id", "title", "body", "kind", "what", "words", "fact_id"]
    if not parts:
        return pd.DataFrame(columns=columns)
    out = pd.concat(parts, ignore_index=True)
    return out.loc[sort_key(out["date"]).sort_values(kind="stable").index, columns].reset_index(drop=True)


def cell_facts(frames: Frames, states: list[str]) -> dict[tuple[str, str], tuple[str, list[str]]]:
    """(event, state) → the cell's text (votes, sponsor roles, then stances) and the facts it rests on.

    One pass over each table: the cells of the states asked for that any fact touches; the others are unknown.
    """
    wanted = set(states)
    parts: dict[tuple[str, str], list[str]] = defaultdict(list)
    facts: dict[tuple[str, str], list[str]] = defaultdict(list)
    stances: dict[tuple[str, str], dict[str, None]] = defaultdict(dict)
    tables = (  # table, its state column, the words of its cell, the fact id column; in the cell's order
        ("votes", "country_iso3", "vote", lambda vote: f"voted {vote}", "vote_id"),
        ("sponsors", "actor_id", "role", lambda role: label_of(SponsorRole, role), "sponsorship_id"),
        ("positions", "actor_id", "stance", lambda stance: label_of(Stance, stance), "position_id"),
    )
    for name, state, column, words, fact_id in tables:
        rows = frames[name][frames[name][state].isin(wanted)]
        keys = zip(rows["event_id"], rows[state], strict=True)
        for key, value, fact in zip(keys, rows[column], rows[fact_id], strict=True):
            if name == "positions":  # each stance once
                stances[key][words(value)] = None
            else:
                parts[key].append(words(value))
            facts[key].append(fact)
    return {key: ("; ".join(parts[key] + list(stances[key])), facts[key]) for key in facts}


def stance_matrix(frames: Frames, states: list[str]) -> pd.DataFrame:
    """Events × states: each cell the vote, sponsorship role or stances the sources give; else 'unknown'."""
    names = state_names(frames)
    events = events_by_date(frames, newest_first=False)
    cells = cell_facts(frames, states)
    rows = {}
    for event in events.event_id:
        rows[event] = {names.get(s, s): cells.get((event, s), (UNKNOWN, []))[0] for s in states}
    matrix = pd.DataFrame.from_dict(rows, orient="index")
    matrix.index.name = "event_id"
    known = matrix[(matrix != UNKNOWN).any(axis=1)] if not matrix.empty else matrix
    return known


def matrix_facts(frames: Frames, matrix: pd.DataFrame, states: list[str]) -> pd.DataFrame:
    """Same shape as stance_matrix(frames, states): each cell the facts (ids) its text rests on; [] for unknown."""
    names = state_names(frames)
    cells = cell_facts(frames, states)
    return pd.DataFrame(
        {names.get(s, s): [cells.get((e, s), (UNKNOWN, []))[1] for e in matrix.index] for s in states},
        index=matrix.index,
    )


def agreement_rows(matrix: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(events where the states known agree, where they differ, where the sources know only one state)."""
    groups: dict[str, list[str]] = {"agree": [], "differ": [], "one": []}
    for event_id, row in matrix.iterrows():
        known = [v for v in row if v != UNKNOWN]
        kind = "one" if len(known) < 2 else ("agree" if len(set(known)) == 1 else "differ")
        groups[kind].append(event_id)
    return matrix.loc[groups["agree"]], matrix.loc[groups["differ"]], matrix.loc[groups["one"]]


def group_positions(positions: pd.DataFrame) -> list[pd.DataFrame]:
    """Positions that say the same thing (stance, speaker, words, summary) grouped, in first-seen order."""
    if positions.empty:
        return []
    keys = positions[["stance", "speaker_id", "statement", "summary"]].fillna("").astype(str).agg("|".join, axis=1)
    return [positions[keys == key] for key in dict.fromkeys(keys)]


def states_named_in(frames: Frames, event_id: str) -> list[str]:
    ids = set(frames["votes"].loc[frames["votes"]["event_id"] == event_id, "country_iso3"])
    for table in ("sponsors", "positions"):
        df = frames[table]
        ids |= set(df.loc[(df["event_id"] == event_id) & (df["actor_type"] == "state"), "actor_id"])
    return sorted(ids)


def filter_positions(
    frames: Frames,
    actor: str | None = None,
    stance: str | None = None,
    event: str | None = None,
    source: str | None = None,
    text: str | None = None,
    quotes_only: bool = False,
) -> pd.DataFrame:
    """Positions matching every given filter; text searches statement, summary, actor and speaker.

    actor matches the actor taking the position (a state, an organisation) or the person who spoke.
    """
    df = frames["positions"]
    if actor:
        df = df[(df["actor_id"] == actor) | (df["speaker_id"] == actor)]
    if stance:
        df = df[df["stance"] == stance]
    if event:
        df = df[df["event_id"] == event]
    if source:
        ids = frames["evidence"].loc[frames["evidence"]["source_id"] == source, "fact_id"]
        df = df[df["position_id"].isin(ids)]
    if quotes_only:
        df = df[df["statement"].notna()]
    if text:
        needle = text.casefold()
        hay = df[["statement", "summary", "actor", "speaker"]].fillna("").agg(" ".join, axis=1).str.casefold()
        df = df[hay.str.contains(needle, regex=False)]
    return with_events(frames, df)


def position_actors(frames: Frames) -> dict[str, str]:
    """Everyone a position can be filtered by: states and organisations taking positions, then speakers.

    actor_id → "Name · state", "Name · organisation" or "Name · person, for X"; states first, by name.
    """
    positions = frames["positions"]
    actors = frames["actors"].set_index("actor_id")
    takers = dict(zip(positions["actor_id"], positions["actor"], strict=True))
    kinds = dict(zip(positions["actor_id"], positions["actor_type"], strict=True))
    order = {"state": 0, "organisation": 1, "person": 2}
    ranked = sorted(takers.items(), key=lambda item: (order.get(kinds[item[0]], 3), item[1]))
    out = {k: f"{v} · {kinds[k]}" for k, v in ranked}
    speakers = positions.dropna(subset=["speaker_id"])
    people = dict(zip(speakers["speaker_id"], speakers["speaker"], strict=True))
    for pid, name in sorted(people.items(), key=lambda item: item[1]):
        if pid in out:
            continue
        speaks_for = actors["speaks_for"].get(pid) if pid in actors.index else None
        who = takers.get(speaks_for, speaks_for) if isinstance(speaks_for, str) else None
        out[pid] = f"{name} · person" + (f", for {who}" if who else "")
    return out


def source_labels(frames: Frames) -> dict[str, str]:
    """source_id → "001 · headline (outlet or agency, date)"; an article without a headline says so."""
    out = {}
    for row in frames["sources"].itertuples():
        title = row.headline if isinstance(row.headline, str) else "untitled article"
        by = ", ".join(x for x in (row.outlet, row.agency) if isinstance(x, str)) or "publisher not named"
        when = row.published if isinstance(row.published, str) else "undated"
        out[row.source_id] = f"{row.source_id[:3]} · {title} ({by}, {when})"
    return out


def fact_descriptions(frames: Frames) -> dict[str, str]:
    """fact_id → one readable line: what the fact says and about which event."""
    titles = dict(zip(frames["events"]["event_id"], frames["events"]["title"], strict=True))

    def about(event_id: object) -> str:
        return titles.get(event_id, event_id) if isinstance(event_id, str) else "the issue at large"

    out: dict[str, str] = {}
    for e in frames["events"].itertuples():
        tally = ""
        if not pd.isna(e.yes):
            tally = f", {e.yes}–{e.no if not pd.isna(e.no) else '?'}–{e.abstain if not pd.isna(e.abstain) else '?'}"
        out[e.event_id] = f"Event: {e.title} ({label_of(Outcome, e.outcome)}{tally})"
    for v in frames["votes"].itertuples():
        out[v.vote_id] = f"Vote: {v.country} voted {v.vote} on {about(v.event_id)}"
    for s in frames["sponsors"].itertuples():
        out[s.sponsorship_id] = f"Sponsorship: {s.actor}, {label_of(SponsorRole, s.role)} of {about(s.event_id)}"
    for p in frames["positions"].itertuples():
        who = p.actor if not isinstance(p.speaker, str) else f"{p.speaker} ({p.actor})"
        out[p.position_id] = f"Position: {who}, {label_of(Stance, p.stance)}, on {about(p.event_id)}"
    for k in frames["links"].itertuples():
        out[k.link_id] = f"Link: {about(k.event_id)} is roll call {k.rcid} ({k.symbol}) in the official record"
    return out


def row_fact_column(table: str) -> str | None:
    """The column of an export table whose value is a fact id with evidence (None: the row is no fact)."""
    return {
        "events": "event_id",
        "votes": "vote_id",
        "sponsors": "sponsorship_id",
        "positions": "position_id",
        "links": "link_id",
        "evidence": "fact_id",
    }.get(table)


def fact_events(frames: Frames) -> dict[str, str]:
    """fact_id → the event it belongs to (an event belongs to itself); positions on the issue at large have none."""
    out = {e: e for e in frames["events"]["event_id"]}
    for table, key in (
        ("votes", "vote_id"),
        ("sponsors", "sponsorship_id"),
        ("positions", "position_id"),
        ("links", "link_id"),
    ):
        df = frames[table].dropna(subset=["event_id"])
        out.update(zip(df[key], df["event_id"], strict=True))
    return out


def passage_pattern(quote: str) -> re.Pattern[str]:
    """A regex finding the quote in the original text, folding white space, quotes and dashes."""
    words = []
    for word in quote.split():
        parts = []
        for char in word:
            folded = _FOLD.get(char, char)
            if folded == "'":
                parts.append("['‘’`]")
            elif folded == '"':
                parts.append('["“”]')
            elif folded == "-":
                parts.append("[-–—]")
            else:
                parts.append(re.escape(char))
        words.append("".join(parts))
    return re.compile(r"\s+".join(words))


def source_passages(frames: Frames, text: str, source_id: str) -> pd.DataFrame:
    """Each evidence passage of the source with its start and end in the text and the facts drawn from it."""
    ev = frames["evidence"][frames["evidence"]["source_id"] == source_id]
    rows = []
    for quote, group in ev.groupby("quote", sort=False):
        match = passage_pattern(quote).search(text)
        rows.append(
            {
                "quote": quote,
                "start": match.start() if match else None,
                "end": match.end() if match else None,
                "facts": list(group["fact_id"]),
                "tables": list(group["fact_table"]),
            }
        )
    df = pd.DataFrame(rows, columns=["quote", "start", "end", "facts", "tables"])
    return df.sort_values("start", na_position="last").reset_index(drop=True)


def highlight_spans(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str | None]]:
    """Split text into (piece, passage id or None); overlapping passages merge into the first."""
    pieces: list[tuple[str, str | None]] = []
    cursor = 0
    for start, end, pid in sorted(spans):
        if end <= cursor:
            continue
        start = max(start, cursor)
        if start > cursor:
            pieces.append((text[cursor:start], None))
        pieces.append((text[start:end], pid))
        cursor = end
    if cursor < len(text):
        pieces.append((text[cursor:], None))
    return pieces


def filter_table(
    frames: Frames,
    table: str,
    body: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    event: str | None = None,
    state: str | None = None,
    stance: str | None = None,
    source: str | None = None,
) -> pd.DataFrame:
    """Rows of one export table matching every given filter (filters that do not apply are ignored)."""
    df = frames[table]
    events = frames["events"]
    keep = events
    if body:
        keep = keep[keep["body"] == body]
    if date_from:
        keep = keep[keep["date"].notna() & (keep["date"].str[: len(date_from)] >= date_from)]
    if date_to:
        keep = keep[keep["date"].notna() & (keep["date"].str[: len(date_to)] <= date_to)]
    if event:
        keep = keep[keep["event_id"] == event]
    event_ids = set(keep["event_id"])
    filtered_events = bool(body or date_from or date_to or event)
    if filtered_events and "event_id" in df.columns:
        df = df[df["event_id"].isin(event_ids)]
    if state:
        for column in ("country_iso3", "actor_id"):
            if column in df.columns:
                df = df[df[column] == state]
                break
        else:
            if table == "evidence":
                facts = set(frames["votes"].loc[frames["votes"]["country_iso3"] == state, "vote_id"])
                facts |= set(frames["sponsors"].loc[frames["sponsors"]["actor_id"] == state, "sponsorship_id"])
                facts |= set(frames["positions"].loc[frames["positions"]["actor_id"] == state, "position_id"])
                df = df[df["fact_id"].isin(facts)]
    if stance and "stance" in df.columns:
        df = df[df["stance"] == stance]
    if source:
        facts = set(frames["evidence"].loc[frames["evidence"]["source_id"] == source, "fact_id"])
        key = df.columns[0]
        if table in ("sources", "evidence"):
            df = df[df["source_id"] == source]
        else:
            df = df[df[key].isin(facts)]
    if table == "evidence" and filtered_events:
        facts = _facts_of_events(frames, event_ids)
        df = df[df["fact_id"].isin(facts)]
    return df


def _facts_of_events(frames: Frames, event_ids: set[str]) -> set[str]:
    return {fact for fact, event in fact_events(frames).items() if event in event_ids}


def filter_applies(table: str, name: str, frames: Frames) -> bool:
    """Whether a filter means something for a table (the Data page shows only those)."""
    columns = set(frames[table].columns)
    if name in ("body", "date", "event"):
        return "event_id" in columns or table == "evidence"
    if name == "state":
        return bool(columns & {"country_iso3", "actor_id"}) or table == "evidence"
    if name == "stance":
        return "stance" in columns
    if name == "source":
        return table != "actors"
    return False


def reported_vs_official(frames: Frames, official: pd.DataFrame, event_id: str) -> pd.DataFrame:
    """Each state a source names with a vote on the event, beside its vote in the linked official roll call."""
    named = frames["votes"][frames["votes"]["event_id"] == event_id][["country_iso3", "country", "vote"]]
    record = official.set_index("iso3")["vote"]
    out = named.rename(columns={"vote": "reported"}).assign(
        official=named["country_iso3"].map(record).fillna("not in the record")
    )
    out["check"] = [
        "agrees" if r == o else ("not in the record" if o == "not in the record" else "differs")
        for r, o in zip(out["reported"], out["official"], strict=True)
    ]
    return out.reset_index(drop=True)
