"""The "Adopted without a vote" page's content: CSVs (source and licence on every row) and chart, on the
hand-worked record of tests/test_consensus.py."""

from __future__ import annotations

from dashboard.app import charts
from dashboard.app.content import consensus as content
from dashboard.official import consensus, sources
from tests.test_consensus import GA, HRC, small  # noqa: F401 (a fixture)


def test_yearly_csv_blanks_years_not_covered(small) -> None:  # noqa: F811
    csv = content.yearly_csv(consensus.yearly(small)).set_index(["body", "year"])
    before = csv.loc[("General Assembly", 2018)]
    assert before.isna()["taken"] and before.isna()["share_without_vote_pct"] and before["source"] == ""
    council = csv.loc[("Human Rights Council", 2010)]
    assert council["share_without_vote_pct"] == 66.7 and council["left_out_amendment_or_paragraph_votes"] == 1
    assert council["source"] == sources.credit("hrc-voting") and "Required Notice" in council["licence"]


def test_items_csv_names_the_periods_and_credits_the_rows(small) -> None:  # noqa: F811
    table = consensus.by_item(small, HRC, (2010, 2011), (2020, 2021), 1)
    csv = content.items_csv(table, HRC, (2010, 2011), (2020, 2021), 1)
    assert list(csv["item"]) == ["Item B", "Item A"] and list(csv["change_points"]) == [100.0, -33.3]
    assert (csv["first_period"] == "2010–2011").all() and (csv["second_period"] == "2020–2021").all()
    assert (csv["licence"] == sources.licence_line("hrc-voting")).all()


def test_default_periods_halve_the_last_full_years(small) -> None:  # noqa: F811
    # Council years 2010–2021 all full (the record ends 15 December 2021): twelve years, 2010–2015 and 2016–2021
    years = consensus.yearly(small)
    assert content.default_periods(years, HRC) == ((2010, 2015), (2016, 2021))
    assert content.covered_years(years, GA) == (2019, 2020)  # 2018 is before the extract: not covered


def test_the_share_chart_is_valid_and_marks_partial_years(small) -> None:  # noqa: F811
    years = consensus.yearly(small)
    view = content.yearly_view(years)
    assert view["share"].isna().all()  # no year of the small record reaches MIN_YEAR
    assert "sources" in years and "sources" not in view and "steps" not in view  # the chart's columns only
    charts.consensus_share(view, "t").to_dict(validate=True)  # all the chart reads is there
    spec = charts.consensus_share(years.assign(body=years["body"].map(content.BODIES)), "t").to_dict(validate=True)
    assert spec["layer"][2]["mark"]["filled"] is False  # a year covered in part: a hollow point
    shown = {(row["body"], row["year"]) for row in spec["datasets"][spec["data"]["name"]]}
    assert ("General Assembly", 2018) not in shown and ("General Assembly", 2019) in shown
