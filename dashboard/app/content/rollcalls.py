"""The Decisions page, computed: the words, seats, lists and tables of one decision and of a search.
Pure: no Streamlit; the page lays these out."""

from __future__ import annotations

import html

import pandas as pd

from dashboard.app import format as fmt
from dashboard.official import rollcalls, views
from dashboard.official.rollcalls import RollCalls
from dashboard.official.vocab import Method, SponsorKind, SponsorRole, Vote

PREVIEW = 300  # rows listed under the search; the CSV holds all


def intro(prov: dict) -> str:
    return (
        f"Every adopted resolution and recorded vote of the General Assembly from {prov['first_date']} to "
        f"{prov['last_date']}: **{prov['roll_calls']:,}** recorded votes and **{prov['without_vote']:,}** adoptions "
        "without a vote. 1946–2019 from Erik Voeten's data (unvotes, CC0); sessions 74–80 (2019–2026) from the "
        "**United Nations**' own extract of adopted resolutions, with sponsors."
    )


def known_rcid(rc: RollCalls, rcid: int) -> bool:
    return bool((rc.decisions["rcid"] == rcid).any())


def heading(call: pd.Series, rcid: int) -> str:
    return f"{call['symbol'] or 'Roll call ' + str(rcid)} · {fmt.long_date(call['date'])}"


def meta_line(call: pd.Series) -> str:
    """Session, committee, agenda item, meeting, topics and the vote's kind, ' · '-joined."""
    topics = call["topics"] or "none assigned"
    meta = [
        f"Session {call['session']}",
        call["committee"] or None,
        call["agenda_item"] or None,
        f"meeting record {call['meeting']}" if call["meeting"] else None,
        f"Topics: {topics}" + (" (derived by rule)" if call["topics_derived"] else ""),
        "Important vote (US State Department)" if call["important"] is True else None,
        "Vote on an amendment" if call["amend"] is True else None,
        "Vote on a paragraph" if call["para"] is True else None,
    ]
    return " · ".join(m for m in meta if m)


def outcome_block(call: pd.Series, count: dict[str, int] | None) -> str:
    """The outcome, the source and links to the document."""
    links = views.document_links(call["symbol"])
    source = rollcalls.SOURCES[str(call["source"])]
    return f"**Outcome:** {views.outcome_line(call, count)}  \n**Source:** {source}" + (
        "".join(f" · [{label} ↗]({url})" for label, url in links.items()) if links else ""
    )


def no_names_notice(call: pd.Series) -> str:
    if call["method"] == Method.recorded_vote:
        return "The source states the tally but lists no names, so no state's vote is shown."
    return f"No tally: {Method(str(call['method'])).label}."


def tally_line(rows: pd.DataFrame, count: dict[str, int]) -> str:
    return (
        f"**{count['yes']} yes, {count['no']} no, {count['abstain']} abstentions**, {count['non_voting']} "
        f"absent or not voting, counted from the {len(rows)} members' rows."
    )


def derived_note(rows: pd.DataFrame) -> str | None:
    """How the absent members were derived, where any were."""
    derived = int(rows["derived"].sum())
    if not derived:
        return None
    how = "neither the UN extract nor unvotes lists absent members"
    return (
        f"The {derived} absent or non-voting members are derived ({how}): states that were members on that "
        "date (from their first recorded vote on; to their last where the state or its seat ended) with no "
        "vote on this decision."
    )


def seats(rows: pd.DataFrame) -> pd.DataFrame:
    """One seat per member for the hemicycle: vote, whether the record names it, its label."""
    return pd.DataFrame(
        {
            "vote": rows["vote"],
            "named": ~rows["derived"],
            "label": rows["country"] + ": " + rows["vote"].map(Vote.labels()).str.lower(),
        }
    )


def name_lists(rows: pd.DataFrame) -> list[tuple[str, str]]:
    """(heading, comma-joined escaped names) per vote, in the vocabulary's order."""
    return [
        (f"**{Vote(vote).label} ({len(names)})**", ", ".join(html.escape(n) for n in names) or "none")
        for vote, names in views.names_by_vote(rows).items()
    ]


def chosen_votes(param: str | None) -> list[str]:
    """The vote filter of the link ('no,abstain'), known values only."""
    keys = Vote.codes()
    return [v for v in (param or "").split(",") if v in keys]


def votes_file(call: pd.Series, rcid: int, chosen: list[str]) -> str:
    which = "-".join(chosen) if set(chosen) != set(Vote.codes()) else "all"
    return f"votes_{views.file_part(call['symbol'] or str(rcid))}_{which}.csv"


def no_sponsors_caption(call: pd.Series) -> str:
    if call["source"] == "unvotes":
        return "Sponsors: the unvotes data (1946–2019) do not list them; unknown here."
    return "Sponsors: the United Nations' extract lists none for this decision."


def sponsor_summary(rows: pd.DataFrame) -> tuple[pd.DataFrame, str, str, str | None]:
    """(the sponsoring states, heading, counts line, entries that are not states) of a decision's sponsor rows."""
    states = rows[rows["entry"] == SponsorKind.state.label]
    roles = states.drop_duplicates("iso3")["role"].value_counts()
    line = (
        f"**{int(roles.get(SponsorRole.sponsor.label, 0))} sponsors** and "
        f"**{int(roles.get(SponsorRole.additional_sponsor.label, 0))} additional "
        "sponsors** (states that joined after the draft was tabled), as the United Nations' extract lists them."
    )
    others = rows[rows["entry"] != SponsorKind.state.label]
    also = "Also listed, not as a state: " + "; ".join(html.escape(x) for x in others["as_written"])
    return states, f"Sponsors: {states['iso3'].nunique()} states", line, also if not others.empty else None


def sponsors_file(call: pd.Series, rcid: int) -> str:
    return f"sponsors_{views.file_part(call['symbol'] or str(rcid))}.csv"


def topics_of(rc: RollCalls) -> list[str]:
    return sorted({t for ts in rc.decisions["topics"] for t in ts.split("; ") if t})


def sessions_of(rc: RollCalls) -> dict[str, str]:
    return {str(n): f"session {n}" for n in sorted(rc.decisions["session"].unique())}


def listing(rc: RollCalls, rows: pd.DataFrame) -> pd.DataFrame:
    """The decisions as listed and downloaded: tallies where there was a vote, sponsoring states where listed."""
    table = rows[["rcid", "date", "session", "symbol", "title", "method", "topics", "source"]].merge(
        rollcalls.tallies(rc, rows["rcid"]), on="rcid", how="left"
    )
    table["sponsors"] = table["rcid"].map(rollcalls.sponsor_counts(rc, table["rcid"])).astype("Int32")
    table["method"] = table["method"].astype(str).map(Method.labels())
    table["source"] = table["source"].astype(str).map(rollcalls.SOURCES)
    return table


def listing_csv(rc: RollCalls, rows: pd.DataFrame) -> pd.DataFrame:
    table = listing(rc, rows)
    return table.assign(date=table["date"].dt.date)


def matches_line(found: int) -> str:
    more = f" The newest {PREVIEW} are listed; the CSV holds all." if found > PREVIEW else ""
    return f"**{found:,} decisions** match. Click a row to open it.{more}"


def search_file(text: str, topic: str | None, method: str | None, span: tuple[int, int]) -> str:
    parts = (text, topic or "", method or "", f"{span[0]}-{span[1]}")
    return "decisions_" + "_".join(views.file_part(p) for p in parts if p) + ".csv"


def picked_params(row: pd.Series) -> dict[str, str | None]:
    """The link parameters that open a row of the list."""
    if row["symbol"]:
        return {"symbol": row["symbol"], "rcid": None, "vote": None}
    return {"rcid": str(row["rcid"]), "symbol": None, "vote": None}
