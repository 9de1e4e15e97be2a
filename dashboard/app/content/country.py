"""Country profile, computed: the articles' facts about a state by event, and its official record (DPRK votes,
shares of its votes, agreement with the permanent five and its group, sponsorships). Pure: no Streamlit."""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

from dashboard.app import format as fmt
from dashboard.app import nav
from dashboard.curated import analysis
from dashboard.curated.analysis import Frames
from dashboard.curated.models import Body as EventBody
from dashboard.official import agreement, record, rollcalls
from dashboard.official.agreement import VoteMatrix
from dashboard.official.rollcalls import RollCalls
from dashboard.official.vocab import Body, Cell, Outcome

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


def split_zeros(counts: Mapping[str, int]) -> tuple[dict[str, int], str | None]:
    """The counts that are not zero, to show as figures, and a line naming the zero ones (None if there are none):
    a row of zeros says less than one line, and on a phone takes a screen."""
    shown = {label: n for label, n in counts.items() if n}
    zeros = [label.lower() for label, n in counts.items() if not n]
    return shown, (f"None in the articles: {', '.join(zeros)}." if zeros else None)


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


def quote_markdown(statement: str | None, summary: str, who: str, fact_id: str) -> str:
    """A quote as ui.quote_block shows it, as Markdown (its link in <small>: draw with unsafe_allow_html): the
    words quoted (or, where none are, the summary), the speaker, a link to the source passage. Escaped."""
    who = html.escape(who, quote=False)
    if isinstance(statement, str) and statement:
        said = f"> “{html.escape(statement, quote=False)}”  \n> — {who}"
    else:
        said = f"{html.escape(summary, quote=False)} — *{who}* (no words quoted)"
    return f"{said}\n\n<small>[source passage ↗]({nav.SOURCES.url(fact=fact_id)})</small>"


def event_markdown(event: EventFacts) -> str:
    """One event's heading and the state's facts in it as one Markdown block (one element, not three a quote):
    each fact's line, each position's stance then its quote (quote_markdown)."""
    parts = [event.heading]
    for item in event.items:
        parts += [item] if isinstance(item, str) else [f"`{item.stance}`", quote_markdown(
            item.statement, item.summary, item.who, item.fact_id)]  # fmt: skip
    return "\n\n".join(parts)


def dprk_votes(
    rc: RollCalls, matrix: VoteMatrix, iso3: str, name: str, calls: pd.DataFrame | None = None
) -> tuple[pd.DataFrame, str]:
    """Its votes on the Assembly's DPRK resolutions, newest first (date, symbol, short cell), and the vote column.
    calls: those resolutions (record.filter_decisions(rc, dprk=True)) where the caller holds them already;
    only the state's cells are computed per state (record_table's other columns went unused: ~0.1 s)."""
    del matrix  # a state's cells come from its rows (record.state_cells), as record.record_table's do
    calls = record.filter_decisions(rc, dprk=True) if calls is None else calls
    vote = f"{name} ({iso3}) vote"
    table = pd.DataFrame(
        {
            "date": calls["date"].dt.strftime("%Y-%m-%d"),
            "symbol": calls["symbol"].fillna("").astype(str),
            vote: record.state_cells(rc, calls, iso3),
        },
        index=calls.index,
    ).reset_index(drop=True)
    return table.sort_values("date", ascending=False).replace(SHORT_CELLS), vote


ALL_VOTES = "**All recorded votes:** "
OFFICIAL_ANCHOR = "official-record"  # the official record's heading, linked from the top of the page


def vote_shares(matrix: VoteMatrix, iso3: str) -> str:
    """'**All recorded votes:** 5,432 cast — yes 80%, no 5%, abstain 15%.', or '' when it cast none."""
    mine = matrix.column(iso3)
    cast = {label: int((mine == code).sum()) for code, label in agreement.LABELS.items()}
    total = sum(cast.values())
    if not total:
        return ""
    shares = ", ".join(f"{label} {cast[label] / total:.0%}" for label in ("yes", "no", "abstain"))
    return f"{ALL_VOTES}{total:,} cast — {shares}."


def official_teaser(shares: str) -> str:
    """One line at the top of the page: the state's Assembly votes in brief (vote_shares' figures) and a link down
    to the official record, which on a phone comes after every event the articles tell."""
    brief = shares.removeprefix(ALL_VOTES) if shares else "none cast."
    return (f"**Recorded votes in the General Assembly (official record):** {brief} [Its DPRK votes, agreement "
            f"and sponsorships ↓](#{OFFICIAL_ANCHOR})")  # fmt: skip


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


#: The agreement table's scores as the page shows them (two decimals).
SCORES = ["since 2000", "all years"]


def agreement_shown(scores: pd.DataFrame) -> pd.DataFrame:
    """agreement_scores as a static table shows them: the scores with two decimals, "—" where none (a static
    table of six rows costs the browser less than a grid)."""
    return scores.assign(**{c: [f"{v:.2f}" if pd.notna(v) else "—" for v in scores[c]] for c in SCORES})


#: The newest sponsorships the page lists; the voting record has them all (its table and CSV).
SPONSORED_SHOWN = 100


def sponsorships(rc: RollCalls, iso3: str) -> tuple[str, pd.DataFrame]:
    """The sentence on its sponsorships (saying how many of them the table lists) and the newest
    SPONSORED_SHOWN (date, symbol, role, title)."""
    sponsored = record.sponsorship_summary(rc, iso3)
    listed = rc.decisions[rc.decisions["source"].astype(str) == "UN extract"]
    line = (
        f"**Sponsorships:** {len(sponsored):,} of the {len(listed):,} decisions whose sponsors the record lists "
        f"(session 74 on, {listed['year'].min()}–{listed['year'].max()})."
    )
    if len(sponsored) > SPONSORED_SHOWN:
        line += f" The newest {SPONSORED_SHOWN} below; all of them in the CSV."
    top = sponsored.head(SPONSORED_SHOWN)
    return line, top.assign(date=top["date"].dt.strftime("%Y-%m-%d"))[["date", "symbol", "role", "title"]]


def sponsorships_csv(rc: RollCalls, iso3: str) -> pd.DataFrame:
    """Every decision the state sponsored, newest first, as its CSV: the state, date, symbol, body, role, title,
    adoption method, and on each row the source of the sponsor list and its terms (as Agreement's CSV of texts
    both sponsored credits them)."""
    from dashboard.official import sources as registry

    sponsored = record.sponsorship_summary(rc, iso3)
    calls = rc.decisions.set_index("rcid").loc[sponsored["rcid"]]
    supplier = registry.sponsor_supplier()
    listed_by = calls["source"].astype(str).map(lambda code: supplier.get(code, code)).reset_index(drop=True)
    table = pd.DataFrame(
        {
            "state": rc.names.get(iso3, iso3),
            "iso3": iso3,
            "date": sponsored["date"].dt.date,
            "symbol": sponsored["symbol"],
            "body": calls["body"].astype(str).map(Body.labels()).to_numpy(),
            "role": sponsored["role"],
            "title": sponsored["title"],
            "adoption method": sponsored["adoption method"],
        }
    )
    return pd.concat([table, registry.csv_columns(listed_by)], axis=1)


#: The bodies shown beside the Assembly, in the page's order.
OTHER_BODIES = [Body.human_rights_council.value, Body.commission_on_human_rights.value, Body.security_council.value]


NEVER_MEMBER = "not a member in any year of the record"


@dataclass
class BodyRecord:
    """A state in one body: the years it was a member ('member in 2006–2010', or NEVER_MEMBER), its DPRK-related
    decisions (its vote before the outcome) and the credit of the rows."""

    body: str
    label: str
    membership: str
    dprk: pd.DataFrame
    credit: str


def years_text(years: list[int]) -> str:
    """[2006, 2007, 2008, 2014] → '2006–2008, 2014'."""
    spans: list[list[int]] = []
    for year in sorted(set(years)):
        if spans and year == spans[-1][1] + 1:
            spans[-1][1] = year
        else:
            spans.append([year, year])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in spans)


def shares_by_body(matrices: Mapping[str, VoteMatrix], iso3: str) -> pd.DataFrame:
    """Per body: the recorded votes with names the state cast, and its share of yes, no and abstain (Voeten codes)."""
    rows = []
    for body, matrix in matrices.items():
        cast = {label: 0 for label in ("yes", "no", "abstain")}
        if iso3 in matrix.states:
            mine = matrix.column(iso3)
            cast = {label: int((mine == agreement.CODES[label]).sum()) for label in cast}
        total = sum(cast.values())
        shares = {f"{k} %": round(100 * v / total) if total else None for k, v in cast.items()}
        rows.append({"body": Body.labels()[body], "votes cast": total, **shares})
    return pd.DataFrame(rows).astype({f"{k} %": "Int64" for k in ("yes", "no", "abstain")})


def bodies_lines(shares: pd.DataFrame, records: list[BodyRecord]) -> str:
    """One Markdown line per body, never pooled: the years the state was a member (the other bodies; every
    state votes in the Assembly) and the recorded votes it cast by name with its shares of yes, no and
    abstain (shares_by_body's row), or that it cast none."""
    membership = {part.label: part.membership for part in records}
    lines = []
    for row in shares.to_dict("records"):
        words = [f"**{row['body']}**"] + ([membership[row["body"]]] if row["body"] in membership else [])
        cast = int(row["votes cast"])
        if cast:
            words.append(f"{cast:,} recorded votes cast by name: yes {row['yes %']} %, no {row['no %']} %, "
                         f"abstain {row['abstain %']} %")  # fmt: skip
        else:
            words.append("no recorded vote by name")
        lines.append("- " + " · ".join(words))
    return "\n".join(lines)


def bodies_dprk(records: list[BodyRecord]) -> pd.DataFrame:
    """The DPRK-related decisions of the other bodies in one table (one grid, not one a body): the body,
    then each body's decisions newest first (date, symbol, its vote, outcome)."""
    table = pd.concat([part.dprk.assign(body=part.label) for part in records], ignore_index=True)
    return table[["body", "date", "symbol", "its vote", "outcome"]]


@dataclass
class BodiesBase:
    """What body_records reads for any state, gathered once: per body its DPRK-related decisions newest first
    (date, symbol, outcome) with every state's cell on each (compare.decision_cells, and the cell of a state
    listed nowhere), the sessions each state was a member of each body, and each body's credit."""

    calls: dict[str, pd.DataFrame]
    cells: dict[str, list[tuple[dict[str, str], str]]]  # per decision, in calls' order: (cell by state, else)
    sessions: dict[tuple[str, str], list[int]]  # (body, iso3) → its member sessions (years)
    credits: dict[str, str]


def bodies_base(rc: RollCalls) -> BodiesBase:
    """BodiesBase of the record (~0.3 s; loading caches it once per process)."""
    from dashboard.app.content import compare, provenance

    members = rollcalls.members_table(rc)
    keys = zip(members["body"].astype(str), members["iso3"].astype(str), members["session"].astype(int), strict=True)
    sessions: dict[tuple[str, str], list[int]] = {}
    for body, iso3, session in keys:
        sessions.setdefault((body, iso3), []).append(session)
    states = sorted({iso3 for _, iso3 in sessions} | set(rc.names))
    calls, cells, credits = {}, {}, {}
    for body in OTHER_BODIES:
        found = record.filter_decisions(rc, dprk=True, body=body).sort_values("date", ascending=False)
        calls[body] = pd.DataFrame(
            {
                "date": found["date"].dt.strftime("%Y-%m-%d"),
                "symbol": found["symbol"].astype(str),
                "outcome": found["outcome"].astype(str).map(Outcome.labels()),
            }
        )
        by_state = [compare.decision_cells(rc, int(r), [*states, ""]) for r in found["rcid"]]
        cells[body] = [(cell, cell.pop("")) for cell in by_state]  # "": a code no row names
        credits[body] = provenance.body_credit(rc, body)
    return BodiesBase(calls, cells, sessions, credits)


def body_records(rc: RollCalls, iso3: str, base: BodiesBase | None = None) -> list[BodyRecord]:
    """The state in the Council, the Commission and the Security Council: membership years (from the members
    table, as the record derives it), its DPRK-related decisions newest first, and the rows' sources.
    base: bodies_base(rc), where the caller holds it (then a state costs a few milliseconds)."""
    base = bodies_base(rc) if base is None else base
    out = []
    for body in OTHER_BODIES:
        calls = base.calls[body]
        its = [cell.get(iso3, otherwise) for cell, otherwise in base.cells[body]]
        dprk = pd.DataFrame(
            {
                "date": calls["date"],
                "symbol": calls["symbol"],
                "its vote": its,
                "outcome": calls["outcome"],
            }
        ).replace({"its vote": SHORT_CELLS})
        years = base.sessions.get((body, iso3), [])
        membership = f"member in {years_text(years)}" if years else NEVER_MEMBER
        out.append(BodyRecord(body, Body.labels()[body], membership, dprk, base.credits[body]))
    return out
