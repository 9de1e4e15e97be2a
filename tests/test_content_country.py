"""What the Country profile shows, computed (dashboard/app/content/country.py), against the data themselves."""

from __future__ import annotations

from dashboard.app.content import country
from dashboard.curated.load import load_dataset
from dashboard.official import agreement, rollcalls

RC = rollcalls.load_rollcalls()
MATRIX = agreement.vote_matrix(RC)
FRAMES = load_dataset().frames


def test_china_in_the_articles_by_event_oldest_first() -> None:
    counts = country.article_counts(FRAMES, "CHN")
    assert counts["Votes the articles name"] >= 1 and counts["Positions"] >= counts["Quoted in its own words"] >= 1
    events = country.events_of(FRAMES, "CHN")
    headings = [e.heading for e in events]
    first = next(i for i, h in enumerate(headings) if "2014 (year only) · Human rights in North Korea" in h)
    later = next(i for i, h in enumerate(headings) if "2017-03-24 · Human rights in North Korea" in h)
    assert first < later
    lines = [item for e in events for item in e.items if isinstance(item, str)]
    assert "- **Voted no** · [source passage ↗](/sources?fact=ga3-2014-dprk-chn)" in lines
    quotes = [item for e in events for item in e.items if isinstance(item, country.Quote)]
    assert any(q.fact_id == "chn-dissociates-hrc-2017" and q.stance == "dissociate" for q in quotes)


def test_the_official_record_of_france() -> None:
    dprk, vote = country.dprk_votes(RC, MATRIX, "FRA", "France")
    assert vote == "France (FRA) vote" and dprk.set_index("symbol").loc["A/RES/69/188", vote] == "yes"
    shares = country.vote_shares(MATRIX, "FRA")
    assert shares.startswith("**All recorded votes:** ") and "yes " in shares and "abstain " in shares
    teaser = country.official_teaser(shares)  # the line at the top of the page, linking down to the record
    assert teaser == (f"**Recorded votes in the General Assembly (official record):** {shares.removeprefix(country.ALL_VOTES)} "
                      "[Its DPRK votes, agreement and sponsorships ↓](#official-record)")  # fmt: skip
    assert " none cast. [" in country.official_teaser("")
    scores = country.agreement_scores(RC, MATRIX, "FRA", "WEOG")
    assert list(scores["with"])[:4] == ["China", "Russia", "United Kingdom", "United States"]
    assert scores["since 2000"].between(0, 1).all() and (scores["votes since 2000"] > 100).all()
    line, rows = country.sponsorships(RC, "FRA")
    assert line.startswith("**Sponsorships:** ") and list(rows.columns) == ["date", "symbol", "role", "title"]
    assert len(rows) == country.SPONSORED_SHOWN  # France sponsored more: the newest listed, and the line says so
    assert f"The newest {country.SPONSORED_SHOWN} below; all of them in the CSV." in line
    csv = country.sponsorships_csv(RC, "FRA")
    assert line.startswith(f"**Sponsorships:** {len(csv):,} of the ") and len(csv) > len(rows)
    assert list(csv["symbol"].head(len(rows))) == list(rows["symbol"])  # the table is the CSV's head
    assert {"General Assembly", "Human Rights Council", "Security Council"} <= set(csv["body"])
    assert csv["source"].str.len().gt(0).all() and csv["licence"].str.len().gt(0).all()
    council = csv[csv["body"] == "Human Rights Council"]  # its sponsor lists: the UN's extract, not hrc-voting
    assert council["source"].str.contains("United Nations").all()
    assert rows["date"].is_monotonic_decreasing
    line, rows = country.sponsorships(RC, "SSD")  # South Sudan sponsored fewer: all listed
    assert 0 < len(rows) < country.SPONSORED_SHOWN and "newest" not in line
    assert line.startswith(f"**Sponsorships:** {len(rows)} of the ")


def test_south_africa_in_the_other_bodies() -> None:
    parts = {p.body: p for p in country.body_records(RC, "ZAF")}
    assert list(parts) == country.OTHER_BODIES
    council = parts["human_rights_council"]
    assert council.membership.startswith("member in 2006–2010") and "PolyForm Noncommercial" in council.credit
    assert "Required Notice" in council.credit
    row = council.dprk.set_index("symbol").loc["A/HRC/RES/55/21"]
    assert row["its vote"] == "without a vote" and row["outcome"] == "adopted"
    sc = parts["security_council"].dprk.set_index("symbol")
    assert sc.loc["S/2024/255", "outcome"] == "not adopted: negative vote of a permanent member"
    assert sc.loc["S/2024/255", "its vote"] == "not a member" and sc.loc["S/2022/431", "its vote"] == "not a member"
    assert list(parts["security_council"].dprk.columns) == ["date", "symbol", "its vote", "outcome"]
    assert "United Nations (SC resolutions extract)" in parts["security_council"].credit
    assert country.years_text([2006, 2007, 2008, 2014, 2016, 2017]) == "2006–2008, 2014, 2016–2017"


def test_shares_by_body_never_pool_bodies() -> None:
    matrices = {b: agreement.vote_matrix(RC, body=b) for b in ["general_assembly", "security_council"]}
    table = country.shares_by_body(matrices, "CHN").set_index("body")
    sc = matrices["security_council"].column("CHN")
    assert table.loc["Security Council", "votes cast"] == int((sc > 0).sum())
    assert table.loc["General Assembly", "votes cast"] > table.loc["Security Council", "votes cast"]
    assert abs(table.loc["Security Council", ["yes %", "no %", "abstain %"]].sum() - 100) <= 2


def test_zero_counts_fold_into_one_line() -> None:
    counts = country.article_counts(FRAMES, "PRK")
    assert counts["Votes the articles name"] == 0 and counts["Sponsorships"] == 0 and counts["Positions"] > 0
    shown, line = country.split_zeros(counts)
    assert list(shown) == ["Positions", "Quoted in its own words"]
    assert line == "None in the articles: votes the articles name, sponsorships."
    assert country.split_zeros({"Positions": 2}) == ({"Positions": 2}, None)


def test_north_korea_never_voted_in_the_council_said_in_its_line() -> None:
    matrices = {b: agreement.vote_matrix(RC, body=b) for b in ["general_assembly", *country.OTHER_BODIES]}
    shares = country.shares_by_body(matrices, "PRK")
    assert shares["yes %"].isna().sum() == 3  # no share where no vote: missing, never "None" text
    records = country.body_records(RC, "PRK")
    sc = {p.body: p for p in records}["security_council"]
    assert sc.membership == country.NEVER_MEMBER
    lines = country.bodies_lines(shares, records).splitlines()
    assert len(lines) == 4 and lines[0].startswith("- **General Assembly** · ") and "recorded votes cast by name" in lines[0]
    assert lines[3] == f"- **Security Council** · {country.NEVER_MEMBER} · no recorded vote by name"
    assert all(line.endswith("no recorded vote by name") for line in lines[1:])
    china = country.bodies_lines(country.shares_by_body(matrices, "CHN"), country.body_records(RC, "CHN"))
    assert "no recorded vote" not in china and china.count("recorded votes cast by name: yes ") == 4


def test_the_other_bodies_decisions_in_one_table() -> None:
    records = country.body_records(RC, "ZAF")
    table = country.bodies_dprk(records)
    assert list(table.columns) == ["body", "date", "symbol", "its vote", "outcome"]
    assert len(table) == sum(len(p.dprk) for p in records)
    assert list(dict.fromkeys(table["body"])) == ["Human Rights Council", "Commission on Human Rights", "Security Council"]
    council = table[table["body"] == "Human Rights Council"]
    assert council["date"].is_monotonic_decreasing  # each body's newest first
    assert table.set_index("symbol").loc["A/HRC/RES/55/21", "its vote"] == "without a vote"


def test_the_other_bodies_read_once_give_each_state_its_own_record() -> None:
    """body_records from the shared base (gathered once) says what decision_cells and the members table say,
    decision by decision, for a member, a permanent member, a state never a member and a code no row names."""
    from dashboard.app.content import compare
    from dashboard.official import record

    base = country.bodies_base(RC)
    members = rollcalls.members_table(RC)
    for iso3 in ("ZAF", "CHN", "PRK", "XXX"):
        for part in country.body_records(RC, iso3, base):
            calls = record.filter_decisions(RC, dprk=True, body=part.body).sort_values("date", ascending=False)
            expected = [compare.decision_cells(RC, int(r), [iso3])[iso3] for r in calls["rcid"]]
            assert part.dprk["its vote"].tolist() == [country.SHORT_CELLS.get(c, c) for c in expected]
            assert part.dprk["symbol"].tolist() == calls["symbol"].astype(str).tolist()
            mine = members[(members["body"].astype(str) == part.body) & (members["iso3"].astype(str) == iso3)]
            years = [int(y) for y in mine["session"]]
            assert part.membership == (f"member in {country.years_text(years)}" if years else country.NEVER_MEMBER)


def test_dprk_votes_are_the_record_tables_own() -> None:
    """dprk_votes (the state's cells only) gives what record.record_table's vote column gives."""
    from dashboard.official import record

    calls = record.filter_decisions(RC, dprk=True)
    for iso3, name in (("FRA", "France"), ("PRK", "North Korea"), ("SSD", "South Sudan")):
        table, vote = country.dprk_votes(RC, MATRIX, iso3, name, calls)
        full = record.record_table(RC, MATRIX, calls, [iso3]).sort_values("date", ascending=False)
        expected = full[["date", "symbol", vote]].replace(country.SHORT_CELLS)
        assert table.to_dict("list") == expected.to_dict("list")


def test_an_event_s_facts_in_one_block() -> None:
    assert country.quote_markdown("a <b>", "s", "X & Y", "f1") == (
        "> “a &lt;b&gt;”  \n> — X &amp; Y\n\n<small>[source passage ↗](/sources?fact=f1)</small>"
    )
    assert country.quote_markdown(None, "said <i>", "Z", "f2").startswith("said &lt;i&gt; — *Z* (no words quoted)")
    event = country.EventFacts("**heading**", ["- **Voted no** · [source passage ↗](/sources?fact=v1)"])
    event.items.append(country.Quote("reject", "no", "s", "Q", "p1"))
    assert country.event_markdown(event).split("\n\n") == [
        "**heading**", "- **Voted no** · [source passage ↗](/sources?fact=v1)", "`reject`", "> “no”  \n> — Q",
        "<small>[source passage ↗](/sources?fact=p1)</small>",
    ]  # fmt: skip
