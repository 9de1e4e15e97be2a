"""Compare states, computed: the stance matrix with the official rows under linked events, the DPRK votes, the
agreement scores and the statements side by side. Pure: no Streamlit."""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from dashboard.app import format as fmt
from dashboard.app import nav
from dashboard.app.content import provenance
from dashboard.app.content.tables import markdown_table
from dashboard.curated import analysis
from dashboard.curated.analysis import Frames
from dashboard.curated.models import LinkRelation
from dashboard.official import agreement, record, rollcalls
from dashboard.official.agreement import VoteMatrix
from dashboard.official.rollcalls import RollCalls
from dashboard.official.vocab import Body, Cell, Method, NamesStatus, Outcome, Vote
from dashboard.vocabulary import label_of

LIMIT = 12  # the 2014 committee vote names eleven states: a quick pick never has to drop one
INTRO = (
    "Two layers, always labelled. **As the articles report**: a state's vote, part as sponsor or stance, "
    "each linked to its passage (**unknown** means no article says: it is not a “no”). **Official record**: "
    "the state's vote in the decision the event is linked to, in that decision's own body (General Assembly, Human "
    "Rights Council or Security Council), under its symbol and with its source."
)
FIVE_NOTE = "The permanent five: China, France, Russia, the United Kingdom, the United States."
LEGEND = (
    "Left bar: the vote's colour (blue yes, brown no, amber abstain, dark grey absent; light grey unknown; "
    "white: no vote, only a role or stance). ↗ opens the passage a cell rests on. Shaded rows: the official "
    "record, never merged into the article's cell."
)


def event_pick(frames: Frames, event_id: str, events: Mapping[str, str], names: Mapping[str, str]) -> tuple[
    list[str] | None, str
]:
    """The states the articles name in the event (at most LIMIT) and the note saying so; None: keep the selection."""
    in_event = analysis.states_named_in(frames, event_id)
    if not in_event:
        return None, f"The articles name no state in “{events[event_id]}”; your selection is unchanged."
    left_out = in_event[LIMIT:]
    note = f"The {len(in_event)} states the articles name in this event." + (
        f" Left out (at most {LIMIT} at once): {', '.join(names.get(s, s) for s in left_out)}." if left_out else ""
    )
    return in_event[:LIMIT], note


@dataclass
class Stances:
    """The stance matrix (events × state names), the fact ids of its cells, and the official rows by event."""

    table: pd.DataFrame
    facts: pd.DataFrame
    official: dict[str, tuple[str, dict[str, str]]]


def stances(frames: Frames, rc: RollCalls, chosen: list[str], labels: Mapping[str, str]) -> Stances:
    """Every event the articles give one of the states a part in, or linked to the record, oldest first."""
    named = analysis.state_names(frames)
    table = analysis.stance_matrix(frames, chosen)
    links = frames["links"]
    order = list(analysis.events_by_date(frames, newest_first=False)["event_id"])
    keep = [e for e in order if e in table.index or e in set(links["event_id"])]
    table = table.reindex(keep, fill_value=analysis.UNKNOWN)  # a linked event stays, with its official row
    table.index.name = "event_id"
    facts = analysis.matrix_facts(frames, table, chosen)
    rename = {named.get(s, s): labels[s] for s in chosen}
    table, facts = table.rename(columns=rename), facts.rename(columns=rename)
    official = {}
    for row in linked_rows(rc, links[links["event_id"].isin(table.index)], chosen).itertuples():
        official[str(row.event_id)] = (official_label(row), {labels[s]: getattr(row, s) for s in chosen})
    return Stances(table, facts, official)


def linked_rows(rc: RollCalls, links: pd.DataFrame, states: list[str]) -> pd.DataFrame:
    """One row per link to a decision in the record: event_id, relation, rcid, symbol, outcome, then each state's
    cell (record.state_cells' words)."""
    rows = []
    for link in links.itertuples():
        rcid = int(link.rcid)
        if rollcalls.roll_call(rc, rcid) is None:
            continue
        call = rc.decisions[rc.decisions["rcid"] == rcid]
        row = {"event_id": link.event_id, "relation": link.relation, "rcid": rcid, "symbol": call["symbol"].iloc[0]}
        row |= {"body": str(call["body"].iloc[0]), "outcome": outcome_words(rc, rcid)}
        row["credit"] = provenance.decision_credit(rc, rcid)
        rows.append(row | decision_cells(rc, rcid, states))
    columns = ["event_id", "relation", "rcid", "symbol", "body", "outcome", "credit", *states]
    return pd.DataFrame(rows, columns=columns)


def outcome_words(rc: RollCalls, rcid: int) -> str:
    """The Assembly's words as record.official_outcome gives them; in the other bodies the outcome as the source
    states it, the vetoers named, and the tally where the record has one ("adopted without a vote on 24 March 2017",
    "not adopted: negative vote of a permanent member (Russia), 28 March 2024, 13–1–1")."""
    call = rollcalls.roll_call(rc, rcid)
    if call is None:
        return "not in the official record"
    if str(call["body"]) == Body.general_assembly.value:
        return record.official_outcome(rc, rcid)
    when = fmt.long_date(call["date"])
    if str(call["method"]) == Method.without_vote.value:
        return f"adopted without a vote on {when}"
    words = Outcome.labels().get(str(call["outcome"]), "decided")
    vetoers = [rc.names.get(c, c) for c in str(call["vetoed_by"] or "").split("; ") if c]
    words += f" ({', '.join(vetoers)})" if vetoers else ""
    t = rollcalls.tallies(rc, pd.Series([rcid])).iloc[0]
    tally = "" if pd.isna(t["yes"]) else f", {t['yes']}–{t['no']}–{t['abstain']}"
    return f"{words}, {when}{tally}"


def decision_cells(rc: RollCalls, rcid: int, states: list[str]) -> dict[str, str]:
    """What the record says each state did on one decision, in record.state_cells' words, membership taken in
    the decision's own body (rollcalls.members_at): a state not a member of that body is "not a member"."""
    call = rollcalls.roll_call(rc, rcid)
    if call is None:
        raise KeyError(rcid)
    method, names = str(call["method"]), str(call["names"])
    undecided = {
        Method.without_vote.value: Cell.without_vote.value,
        Method.unknown.value: Cell.method_unknown.value,
        Method.no_vote_taken.value: Method.no_vote_taken.label,
        Method.non_recorded_vote.value: Cell.names_not_recorded.value,
    }.get(method)
    if undecided is None and names == NamesStatus.missing.value:
        undecided = Cell.names_not_recorded.value
    if undecided is not None:
        return dict.fromkeys(states, undecided)
    rows = rc.votes[rc.votes["rcid"] == rcid]
    votes = rows["vote"].astype(str).replace({Vote.non_voting.value: Cell.absent.value})
    own = dict(zip(rows["iso3"].astype(str), votes, strict=True))
    members = rollcalls.members_at(rc, rcid)
    if names == NamesStatus.vetoers_only.value:  # the veto list names its vetoers only: nobody else's vote is known
        unknown = {s: Cell.names_not_recorded.value if s in members else Cell.not_a_member.value for s in states}
        return {s: own.get(s, unknown[s]) for s in states}
    return {s: own.get(s, Cell.absent.value if s in members else Cell.not_a_member.value) for s in states}


def official_label(row: object) -> str:
    """The official row's first cell (HTML): its symbol linked to the decision, which vote, the outcome."""
    symbol = html.escape(str(row.symbol))  # type: ignore[attr-defined]
    url = html.escape(nav.ROLLCALLS.url(rcid=str(row.rcid)))  # type: ignore[attr-defined]
    stage = label_of(LinkRelation, row.relation)  # type: ignore[attr-defined]
    body = "" if row.body == Body.general_assembly.value else f"{html.escape(Body.labels()[row.body])} · "  # type: ignore[attr-defined]
    credit = f'<br><span style="font-size:0.75rem;color:#444">{html.escape(row.credit)}</span>'  # type: ignore[attr-defined]
    outcome = html.escape(row.outcome)  # type: ignore[attr-defined]
    return f'{body}<a href="{url}" target="_self"><b>{symbol}</b></a> · {stage}, {outcome}{credit}'


def stated(facts: pd.DataFrame, event_id: str, state: str, value: str) -> str:
    """'China: **voted no** (source ↗)': a state's part in an event, linked to its passage."""
    ids = facts.loc[event_id, state]
    return f"{state}: **{value}**" + (f" ([source ↗]({nav.SOURCES.url(fact=ids[0])}))" if ids else "")


def agreed_lines(table: pd.DataFrame, facts: pd.DataFrame, events: Mapping[str, str]) -> tuple[list[str], list[str]]:
    """Markdown of the events where the articles give them different parts, and the same part."""
    same, differ, _ = analysis.agreement_rows(table)
    different = [
        f"{events[e]}  \n" + "  \n".join(stated(facts, e, k, v) for k, v in row.items()) for e, row in differ.iterrows()
    ]
    alike = []
    for event_id, row in same.iterrows():
        agreed = [k for k, v in row.items() if v != analysis.UNKNOWN]
        alike.append(
            f"{events[event_id]}  \n"
            + "  \n".join(stated(facts, event_id, k, row[k]) for k in agreed)
            + ("" if len(agreed) == len(row) else "  \n*the others: unknown*")
        )
    return different, alike


def dprk_votes(rc: RollCalls, matrix: VoteMatrix, chosen: list[str]) -> tuple[pd.DataFrame, dict[str, str]]:
    """The Assembly's DPRK resolutions, newest first (date, symbol, one short cell per state), and each vote
    column's header (the state's name)."""
    table = record.record_table(rc, matrix, record.filter_decisions(rc, dprk=True), chosen)
    votes = record.vote_columns(table)
    shown = table.sort_values("date", ascending=False)[["date", "symbol", *votes]].replace(SHORT_CELLS)
    return shown, {c: c.removesuffix(" vote").rsplit(" (", 1)[0] for c in votes}


def scores(matrix: VoteMatrix, chosen: list[str], labels: Mapping[str, str]) -> pd.DataFrame:
    """Voeten scores since 2000 between the states that voted in the record, by name."""
    table = agreement.group_matrix(matrix, [s for s in chosen if s in matrix.states], start=2000)
    table.index = table.columns = [labels[s] for s in table.index]
    return table


def dprk_markdown(dprk: pd.DataFrame, headers: Mapping[str, str]) -> str:
    """The DPRK resolutions (dprk_votes) as one Markdown table, each vote column headed by its state's name:
    ~16 rows join the prose around them (a grid would be an element and a mount of its own)."""
    return fmt.scroll_box(markdown_table(dprk.rename(columns=dict(headers))))


def scores_markdown(table: pd.DataFrame) -> str:
    """The Voeten scores (scores) as one Markdown table, two decimals, "—" where two states never voted together."""
    shown = table.map(lambda v: "—" if pd.isna(v) else f"{v:.2f}")
    return fmt.scroll_box(markdown_table(shown, index=""))


def side_by_side(cards: list[str]) -> str:
    """Markdown blocks side by side in a grid that wraps (one a row on a phone), drawn with unsafe_allow_html."""
    cells = "".join(f"<div>\n\n{card}\n\n</div>\n" for card in cards)
    grid = "display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:0 1.5rem"
    return f'<div style="{grid}">\n{cells}</div>'


def statements(frames: Frames, chosen: list[str]) -> dict[str, pd.DataFrame]:
    """Each state the articles quote or summarise: its positions (one profile per state)."""
    named = analysis.state_names(frames)
    out = {}
    for iso3 in chosen:
        if iso3 in named:
            positions = analysis.country_profile(frames, iso3)["positions"]
            if not positions.empty:
                out[iso3] = positions
    return out


def when(date: object) -> str:
    return fmt.known(date, "undated")


#: Shorter words for the record's cells in narrow tables (the CSV keeps the full words), as ui.SHORT_CELLS.
SHORT_CELLS = {code: short for code, short in Cell.shorts().items() if short != code}
