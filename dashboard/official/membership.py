"""Who was a member of the Human Rights Council, the Commission and the Security Council, from the rows.

The members table holds, per body, year (its `session` column for these bodies) and state, the dates
[first, last] the state counts as a member; `rollcalls.members_at` reads it for a decision's body.

Human Rights Council and Commission on Human Rights (`listed_spans`): a state listed on a recorded
vote (with any vote code, "." absent included) was a member on that date; a state not listed was not.
Membership runs by calendar year (the Council's terms since 2013, the Commission's throughout; the
Council's first terms, 2006–2012, changed in June: the spans below follow that too). Within a year a
state's span runs over its consecutive recorded votes, and reaches back to 1 January when it is
listed on the year's first vote day and on to 31 December when listed on its last. So a decision
without a vote counts the states listed on the recorded votes around it that year; a state that
left in mid-year (the United States in June 2018) stops at its last listed vote. A year without a
recorded vote of the body has no members rows: membership unknown, never guessed.

Security Council (`security_council`): 15 members a year; the elected members are the states named
in any per-member list of that year's decisions, each counted for the whole year; the permanent
five are members every year of the record (China's seat held by the Republic of China, TWN, to
25 October 1971; the USSR's seat is RUS throughout, as the record codes it). Before 2000 only
the veto list covers the Council: its years have the permanent five alone (elected members unknown).
"""

from __future__ import annotations

import pandas as pd

PRC_SEAT = pd.Timestamp("1971-10-25")


def listed_spans(body: str, calls: pd.DataFrame, listed: pd.DataFrame) -> pd.DataFrame:
    """Members rows of one body from its recorded votes (calls: rcid, date) and who each lists (rcid, iso3)."""
    rows = []
    on = listed.merge(calls[["rcid", "date"]], on="rcid")
    for year, days in calls.groupby(calls["date"].dt.year)["date"]:
        dates = sorted(days.unique())
        present = on[on["date"].dt.year == year].groupby("iso3")["date"].agg(set)
        for iso3, seen in present.items():
            start = None
            for i, day in enumerate(dates):
                if day in seen and start is None:
                    start = i
                if start is not None and (day not in seen or i == len(dates) - 1):
                    end = i if day in seen else i - 1
                    first = pd.Timestamp(year=year, month=1, day=1) if start == 0 else dates[start]
                    last = pd.Timestamp(year=year, month=12, day=31) if end == len(dates) - 1 else dates[end]
                    rows.append((year, iso3, first, last))
                    start = None
    out = pd.DataFrame(rows, columns=["session", "iso3", "first", "last"])
    return out.assign(body=body)


def permanent_five(year: int) -> list[tuple[str, pd.Timestamp, pd.Timestamp]]:
    """(iso3, first, last) of the permanent members in one year."""
    start, end = pd.Timestamp(year=year, month=1, day=1), pd.Timestamp(year=year, month=12, day=31)
    seats = [("FRA", start, end), ("GBR", start, end), ("USA", start, end)]
    if year < PRC_SEAT.year:
        seats.append(("TWN", start, end))
    elif year == PRC_SEAT.year:
        seats += [("TWN", start, PRC_SEAT - pd.Timedelta(days=1)), ("CHN", PRC_SEAT, end)]
    else:
        seats.append(("CHN", start, end))
    seats.append(("RUS", start, end))  # the USSR's seat, coded RUS throughout the record
    return seats


def permanent_on(date: pd.Timestamp) -> set[str]:
    return {iso3 for iso3, first, last in permanent_five(date.year) if first <= date <= last}


def security_council(decisions: pd.DataFrame, votes: pd.DataFrame) -> pd.DataFrame:
    """Members rows of the Security Council from its decisions (rcid, session = year, names) and votes."""
    listed = decisions[decisions["names"].astype(str) == "listed"]
    named = votes[votes["rcid"].isin(listed["rcid"])].merge(listed[["rcid", "session"]], on="rcid")
    rows = []
    for year in sorted(decisions["session"].unique()):
        permanent = permanent_five(int(year))
        rows += [(year, iso3, first, last) for iso3, first, last in permanent]
        seats = {iso3 for iso3, _, _ in permanent}
        elected = set(named.loc[named["session"] == year, "iso3"].astype(str)) - seats
        start, end = pd.Timestamp(year=int(year), month=1, day=1), pd.Timestamp(year=int(year), month=12, day=31)
        rows += [(year, iso3, start, end) for iso3 in sorted(elected)]
    out = pd.DataFrame(rows, columns=["session", "iso3", "first", "last"])
    return out.assign(body="security_council")


def sizes(members: pd.DataFrame, body: str) -> pd.Series:
    """States counted as members per year of a body (for the import report)."""
    rows = members[members["body"].astype(str) == body]
    return rows.groupby("session")["iso3"].nunique()
