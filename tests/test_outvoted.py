"""Who is outvoted: a small record worked out by hand, and real figures counted again from the rows."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.official import outvoted, rollcalls
from dashboard.official.vocab import Vote

NAMES = {"AAA": "Alpha", "BBB": "Beta", "CCC": "Gamma", "DDD": "Delta", "EEE": "Epsilon", "RUS": "Russia",
         "FRA": "France", "USA": "United States", "CHN": "China"}  # fmt: skip


def decision(rcid: int, body: str, **fields: object) -> dict:
    return {"rcid": rcid, "session": 2000, "date": pd.Timestamp("2000-06-01"), "symbol": f"X/{rcid}", "title": "t",
            "body": body, "method": "recorded_vote", "names": "listed", **fields}  # fmt: skip


def record(rows: list[tuple[str, list[dict]]], votes: dict[int, dict[str, str]]) -> rollcalls.RollCalls:
    """A record from (source, decisions) pairs and {rcid: {iso3: vote}}."""
    decisions = pd.concat([rollcalls.conform(pd.DataFrame(d), source) for source, d in rows], ignore_index=True)
    flat = [(rcid, iso3, vote) for rcid, cast in votes.items() for iso3, vote in cast.items()]
    frame = pd.DataFrame(flat, columns=["rcid", "iso3", "vote"])
    frame = frame.astype({"rcid": "int32", "iso3": "category"})
    frame["vote"] = pd.Categorical(frame["vote"], categories=Vote.codes())
    countries = pd.DataFrame({"iso3": list(NAMES), "name": list(NAMES.values())})
    return rollcalls.RollCalls(decisions=decisions, votes=frame, countries=countries, provenance={})


GA = "general_assembly"


@pytest.fixture
def assembly() -> rollcalls.RollCalls:
    """unvotes states no outcome: it is derived from the tally, where the Charter's majorities agree."""
    unvotes = [decision(1, GA), decision(2, GA), decision(3, GA), decision(4, GA),
               decision(6, GA, method="without_vote", names="not applicable")]  # fmt: skip
    extract = [decision(5, GA)]  # the UN extract lists adopted resolutions only
    votes = {
        1: {"AAA": "yes", "BBB": "yes", "CCC": "yes", "DDD": "no", "EEE": "non_voting"},  # 3–1: 9 ≥ 8, adopted
        2: {"AAA": "yes", "BBB": "yes", "CCC": "no", "DDD": "no"},  # 2–2: yes does not outnumber no, not adopted
        3: {"AAA": "yes", "BBB": "yes", "CCC": "yes", "DDD": "no", "EEE": "no"},  # 3–2: 9 < 10, undecided
        4: {"AAA": "yes", "BBB": "yes", "CCC": "abstain", "DDD": "no"},  # 2–1: 6 ≥ 6, exactly two-thirds, adopted
        5: {"AAA": "no", "DDD": "yes"},  # 1–1 but listed by the extract: adopted
    }
    return record([("unvotes", unvotes), ("UN extract", extract)], votes)


def test_assembly_by_hand(assembly: rollcalls.RollCalls) -> None:
    result = outvoted.outvoted(assembly, GA, (2000, 2000))
    bases = dict(zip(result.decisions["rcid"], result.decisions["basis"], strict=True))
    assert bases == {1: "two_thirds", 2: "no_majority", 3: "undecided", 4: "two_thirds", 5: "extract"}
    assert result.left_out == 1  # rcid 3; rcid 6 was adopted without a vote: not a recorded vote
    table = outvoted.ranking(result, NAMES).set_index("iso3")
    # AAA: lost 2 (yes on 2, no on 5) of 4 cast (1, 2, 4, 5); DDD: lost 2 (no on 1 and 4) of 4 (no on 2 won,
    # yes on 5 won); BBB: lost 1 (2) of 3; CCC: lost 0 of 3 (its abstention on 4 is on neither side);
    # EEE: only the left-out 3 and a non-vote on 1: no row.
    assert table["outvoted"].to_dict() == {"AAA": 2, "DDD": 2, "BBB": 1, "CCC": 0}
    assert table["cast"].to_dict() == {"AAA": 4, "DDD": 4, "BBB": 3, "CCC": 3}
    assert table["share"].to_dict() == pytest.approx({"AAA": 0.5, "DDD": 0.5, "BBB": 1 / 3, "CCC": 0.0})
    assert table["rank"].to_dict() == {"AAA": 1, "DDD": 1, "BBB": 3, "CCC": 4}  # a tie shares its rank
    assert list(outvoted.state_decisions(result, "DDD")["rcid"]) == [4, 1]  # same day: the later id first
    assert outvoted.sources_by_state(result) == {"AAA": ["unvotes", "UN extract"], "BBB": ["unvotes"],
                                                  "CCC": ["unvotes"], "DDD": ["unvotes", "UN extract"]}  # fmt: skip


def test_a_veto_wins_for_the_vetoer() -> None:
    """A vetoed draft: Russia's no (the veto) and the other no won; the three who voted yes lost."""
    sc = "security_council"
    rows = [decision(10, sc, outcome="vetoed", vetoed_by="RUS"), decision(11, sc, outcome="adopted")]
    votes = {10: {"FRA": "yes", "USA": "yes", "AAA": "yes", "RUS": "no", "BBB": "no", "CHN": "abstain"},
             11: {"FRA": "yes", "USA": "yes", "AAA": "yes", "RUS": "no", "BBB": "yes", "CHN": "yes"}}  # fmt: skip
    result = outvoted.outvoted(record([("UN SC drafts", rows)], votes), sc, (2000, 2000))
    table = outvoted.ranking(result, NAMES).set_index("iso3")["outvoted"].to_dict()
    # 10: FRA, USA, AAA lost; 11 (adopted): RUS's no lost (a no on an adopted text, here drawn by hand)
    assert table == {"AAA": 1, "FRA": 1, "USA": 1, "RUS": 1, "BBB": 0, "CHN": 0}
    assert list(outvoted.state_decisions(result, "RUS")["rcid"]) == [11]


def test_the_council_follows_its_official_totals() -> None:
    """An amendment without a stated outcome: the official 10–20 decides (not adopted), not the rows' 1–1; a
    15–15 tie fails; a stated outcome is kept."""
    hrc = "human_rights_council"
    rows = [decision(20, hrc, yes_stated=10, no_stated=20, abstain_stated=0),
            decision(21, hrc, yes_stated=15, no_stated=15, abstain_stated=2),
            decision(22, hrc, yes_stated=30, no_stated=10, abstain_stated=7),
            decision(23, hrc, outcome="adopted")]  # fmt: skip
    votes = {20: {"AAA": "yes", "BBB": "no"}, 21: {"AAA": "yes", "BBB": "no"}, 22: {"AAA": "no", "BBB": "yes"},
             23: {"AAA": "no", "BBB": "yes"}}  # fmt: skip
    result = outvoted.outvoted(record([("hrc-voting", rows)], votes), hrc, (2000, 2000))
    assert list(result.decisions["basis"]) == ["simple_failed", "simple_failed", "simple", "stated"]
    assert list(result.decisions["yes"]) == [10, 15, 30, 1]  # stated totals first, the rows where none are stated
    table = outvoted.ranking(result, NAMES).set_index("iso3")["outvoted"].to_dict()
    assert table == {"AAA": 4, "BBB": 0}  # AAA on the losing side of all four


@pytest.fixture(scope="module")
def rc() -> rollcalls.RollCalls:
    return rollcalls.load_rollcalls()


def test_russia_in_the_security_council_counted_again(rc: rollcalls.RollCalls) -> None:
    """Every Security Council outcome is stated: Russia's losing votes counted straight from the rows."""
    calls = rc.decisions[(rc.decisions["body"] == "security_council") & (rc.decisions["names"] == "listed")
                         & (rc.decisions["method"] == "recorded_vote")]  # fmt: skip
    mine = rc.votes[rc.votes["iso3"] == "RUS"].merge(calls[["rcid", "outcome"]], on="rcid")
    vote, outcome = mine["vote"].astype(str), mine["outcome"].astype(str)
    lost = ((vote == "no") & (outcome == "adopted")) | ((vote == "yes") & outcome.isin(["not_adopted", "vetoed"]))
    result = outvoted.outvoted(rc, "security_council", (1946, 2026))
    row = outvoted.ranking(result, rc.names).set_index("iso3").loc["RUS"]
    assert row["outvoted"] == lost.sum() and row["cast"] == vote.isin(["yes", "no", "abstain"]).sum()
    assert lost.sum() > 0
    own = outvoted.state_decisions(result, "RUS")
    assert "S/2022/431" not in set(own["symbol"])  # its veto of the DPRK draft: it won


def test_china_in_the_council_counted_again(rc: rollcalls.RollCalls) -> None:
    """The Council's amendments state no outcome: the official totals' simple majority, counted again here."""
    d = rc.decisions
    calls = d[(d["body"] == "human_rights_council") & (d["names"] == "listed") & (d["method"] == "recorded_vote")]
    yes, no = calls["yes_stated"].astype(float), calls["no_stated"].astype(float)
    adopted = calls["outcome"].astype(str).map({"adopted": True, "not_adopted": False})
    adopted = adopted.where(calls["outcome"].astype(str) != "", yes > no)
    mine = rc.votes[rc.votes["iso3"] == "CHN"].merge(calls[["rcid"]].assign(adopted=adopted.astype(bool)), on="rcid")
    vote = mine["vote"].astype(str)
    lost = ((vote == "no") & mine["adopted"]) | ((vote == "yes") & ~mine["adopted"])
    result = outvoted.outvoted(rc, "human_rights_council", (2006, 2026))
    table = outvoted.ranking(result, rc.names)
    assert table.set_index("iso3").loc["CHN", "outvoted"] == lost.sum() > 100
    assert table.iloc[0]["iso3"] == "CHN"  # the Council's most often outvoted member, 2006–2026
