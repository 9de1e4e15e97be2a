"""One decision of the official record, as the decision page and its downloads show it. Pure pandas."""

from __future__ import annotations

import re
from urllib.parse import quote

import pandas as pd

from dashboard.official.rollcalls import SOURCES, RollCalls, breakdown, roll_call, sponsors_of
from dashboard.official.vocab import SponsorKind, SponsorRole, Vote


def by_symbol(rc: RollCalls, symbol: str) -> int | None:
    """The decision id of a symbol (the resolution itself where amendment votes share it), or None."""
    wanted = " ".join(symbol.split()).upper()
    rows = rc.decisions[rc.decisions["symbol"].str.upper() == wanted]
    if rows.empty:
        return None
    whole = rows[~rows["amend"].fillna(False).astype(bool) & ~rows["para"].fillna(False).astype(bool)]
    return int((whole if not whole.empty else rows)["rcid"].iloc[-1])


def file_part(text: str) -> str:
    """A piece of a file name: A/RES/69/188 → A-RES-69-188."""
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:60] or "all"


def document_links(symbol: str | None) -> dict[str, str]:
    """Plain links to the document (undocs.org) and its Digital Library record search; nothing is fetched."""
    if not symbol:
        return {}
    base = symbol.split(" ")[0]
    return {
        "Document (undocs.org)": f"https://undocs.org/{quote(base, safe='/')}",
        "UN Digital Library record": f"https://digitallibrary.un.org/search?p={quote(symbol)}",
    }


def outcome_line(call: pd.Series, count: dict[str, int] | None) -> str:
    """'adopted 18 December 2014, 116–20–53' (or without a vote, or the stated tally where names are missing)."""
    when = f"{call['date'].day} {call['date']:%B %Y}"
    if call["method"] == "without_vote":
        return f"adopted without a vote on {when}"
    if call["method"] == "unknown":
        return f"adopted on {when} (the source does not say how)"
    if call["names"] == "missing":
        yes, no, abstain = (call[f"{v}_stated"] for v in ("yes", "no", "abstain"))
        return f"adopted {when}, {yes}–{no}–{abstain} (stated; the source lists no names)"
    assert count is not None
    verb = "adopted" if count["yes"] > count["no"] else "voted"
    return f"{verb} {when}, {count['yes']}–{count['no']}–{count['abstain']}"


def vote_rows(
    rc: RollCalls, rcid: int, votes: list[str] | None = None, rows: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Every member's vote, each row self-describing: symbol, date, session, title, source; optionally filtered.
    `rows` is the decision's breakdown where the caller has it already."""
    call = roll_call(rc, rcid)
    rows = breakdown(rc, rcid) if rows is None else rows
    if votes:
        rows = rows[rows["vote"].isin(votes)]
    return pd.DataFrame(
        {
            "symbol": call["symbol"],
            "date": call["date"].date().isoformat(),
            "session": int(call["session"]),
            "title": call["title"],
            "country": rows["country"],
            "iso3": rows["iso3"],
            "vote": rows["vote"].map(Vote.labels()),
            "how_known": rows["derived"].map({True: "derived from membership", False: "recorded"}),
            "source": SOURCES[str(call["source"])],
        }
    ).reset_index(drop=True)


def sponsor_rows(rc: RollCalls, rcid: int) -> pd.DataFrame:
    """The sponsors of one decision, each row self-describing, in the source's order."""
    call = roll_call(rc, rcid)
    rows = sponsors_of(rc, rcid)
    return pd.DataFrame(
        {
            "symbol": call["symbol"],
            "date": call["date"].date().isoformat(),
            "title": call["title"],
            "role": rows["role"].astype(str).map(SponsorRole.labels()),
            "sponsor": rows["country"],
            "iso3": rows["iso3"],
            "entry": rows["kind"].map(SponsorKind.labels()),
            "on_behalf_of": rows["on_behalf_of"],
            "as_written": rows["name"],
            "source": SOURCES[str(call["source"])],
        }
    )


def names_by_vote(rows: pd.DataFrame) -> dict[str, list[str]]:
    """Country names under each vote, alphabetical: for plain lists of who voted how."""
    return {
        vote: sorted(rows.loc[rows["vote"] == vote, "country"].astype(str))
        for vote in Vote.codes()
    }


def series_years(table: pd.DataFrame, first: int, last: int) -> pd.DataFrame:
    """One row per year first..last of a recurring resolution's `series` table; years without one are kept,
    marked as not covered by either source (nothing is guessed about them)."""
    by_year = table.drop_duplicates("year", keep="last").set_index("year")
    years = pd.DataFrame({"year": range(first, last + 1)})
    out = years.join(by_year, on="year")
    out["covered"] = out["symbol"].notna()
    return out


def sponsorship_by_year(rc: RollCalls, table: pd.DataFrame) -> pd.DataFrame:
    """States × years: 'sponsor', 'additional sponsor' or '' for the decisions of a series table."""
    rows = rc.sponsorships[rc.sponsorships["rcid"].isin(table["rcid"]) & (rc.sponsorships["kind"] == "state")]
    rows = rows.assign(year=rows["rcid"].map(table.set_index("rcid")["year"]), role=rows["role"].astype(str))
    rows = rows.drop_duplicates(["iso3", "year"])
    wide = rows.pivot(index="iso3", columns="year", values="role").fillna("")
    wide = wide.replace(SponsorRole.labels())
    wide.insert(0, "years", (wide != "").sum(axis=1))
    wide.insert(0, "state", wide.index.map(lambda c: rc.names.get(c, c)))
    wide.columns = [str(c) for c in wide.columns]
    return wide.sort_values(["years", "state"], ascending=[False, True]).reset_index(names="iso3")
