"""What the Group cohesion page shows (dashboard/app/content/cohesion.py) and its chart: the tables, the headline,
the CSVs' source and licence on every row, and the links to the decisions behind a member's count."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.app import charts, nav
from dashboard.app.content import cohesion as content
from dashboard.official import agreement, cohesion, rollcalls, views
from tests.test_cohesion import FIXTURE


@pytest.fixture(scope="module")
def record() -> rollcalls.RollCalls:
    return rollcalls.load_rollcalls()


def test_period_view_and_headline_by_hand() -> None:
    calls = cohesion.call_scores(cohesion.all_groups(FIXTURE))
    period = content.period_view(calls)
    # P5 (votes 1–4): (0.625 + 0.25 + 0.5 + 0.25)/4 = 0.40625. WEOG (FRA, GBR, USA): vote 1 Y3: 1; 2 A2 Y1:
    # (2 − ½)/3 = 0.5; 3 N2: 1; 4 N1 Y1: 0.25; 5 USA alone: not counted; (1 + 0.5 + 1 + 0.25)/4 = 0.6875.
    # EU (FRA, GBR): 1 Y2: 1; 2 A2: 1; 3 and 4 GBR alone: not counted; 1.0. Least cohesive first.
    assert period.to_dict("list") == {
        "group": ["P5", "WEOG", "EU"],
        "name": ["P5", "Western European & Others", "EU"],
        "roll_calls": [4, 4, 2],
        "ai": [0.40625, 0.6875, 1.0],
    }
    line = content.headline(period, "Security Council", 2000, 2001)
    assert "least cohesive group was **Permanent five (Security Council)** (mean AI 0.41 over 4 recorded votes)" in line
    assert "the most cohesive **European Union members (by date)** (1.00 over 2)" in line
    assert content.headline(period.iloc[0:0], "Security Council", 2000, 2001).startswith("No recorded vote")


def test_yearly_view_is_years_by_groups() -> None:
    rows = cohesion.yearly(cohesion.all_groups(FIXTURE))
    view = content.yearly_view(rows)
    assert view.columns.tolist() == ["year", "Western European & Others", "EU", "P5"]  # GROUPS' order
    # WEOG 2000: (1 + 0.5)/2 = 0.75, 2001: (1 + 0.25)/2 = 0.625; the EU has no vote counted in 2001
    assert view["year"].tolist() == [2001, 2000] and view["P5"].tolist() == pytest.approx([0.375, 0.4375])
    assert view["Western European & Others"].tolist() == pytest.approx([0.625, 0.75])
    assert view["EU"].isna().tolist() == [True, False]


def test_breakers_view_puts_few_votes_last() -> None:
    rows = pd.DataFrame({"iso3": ["AAA", "BBB"], "counted": [3, 40], "breaks": [3, 4], "share": [1.0, 0.1]})
    view = content.breakers_view(rows, {"BBB": "Bravo"})
    assert view["state"].tolist() == ["Bravo (BBB)", "AAA (AAA)"]  # AAA: 3 votes counted, fewer than MIN_COUNTED


def test_the_yearly_csv_credits_every_row(record: rollcalls.RollCalls) -> None:
    m = agreement.vote_matrix(record)
    groups = cohesion.all_groups(m, 2018, 2020)
    calls, rows = cohesion.call_scores(groups), cohesion.yearly(groups)
    csv = content.yearly_csv(record, rows, calls)
    assert csv.columns.tolist() == ["group", "group_code", "body", "year", "roll_calls_counted", "members_voting",
                                    "agreement_index", "source", "licence"]  # fmt: skip
    assert len(csv) == len(rows) == 21 and csv["source"].str.len().gt(0).all() and csv["licence"].str.len().gt(0).all()
    assert set(csv["body"]) == {"General Assembly"}
    # 2018 from unvotes alone; 2020 from the UN extract and one roll call of unvotes: both credited, both licences
    eu = csv[csv["group_code"] == "EU"].set_index("year")
    assert eu.loc[2018, "source"].startswith("Erik Voeten") and "|" not in eu.loc[2018, "source"]
    assert "Voeten" in eu.loc[2020, "source"] and "United Nations" in eu.loc[2020, "source"]
    assert "CC0" in eu.loc[2020, "licence"] and "United Nations terms" in eu.loc[2020, "licence"]


def test_council_rows_carry_the_polyform_notice(record: rollcalls.RollCalls) -> None:
    both = cohesion.combine([agreement.vote_matrix(record, b) for b in content.READS["human_rights_council"]])
    groups = cohesion.all_groups(both, 2004, 2007)
    csv = content.yearly_csv(record, cohesion.yearly(groups), cohesion.call_scores(groups))
    assert set(csv.loc[csv["year"] == 2005, "body"]) == {"Commission on Human Rights"}
    assert set(csv.loc[csv["year"] == 2007, "body"]) == {"Human Rights Council"}
    assert csv["licence"].str.contains("PolyForm Noncommercial 1.0.0").all()
    assert csv["licence"].str.contains("Required Notice").all()
    assert "Required Notice" in content.HRC_NOTICE


def test_under_the_chart_the_scope_then_the_table_and_the_council_notice_only_for_the_council() -> None:
    period = content.period_view(cohesion.call_scores(cohesion.all_groups(FIXTURE)))
    council = content.under_chart("human_rights_council", (1947, 2025), period)
    assembly = content.under_chart("general_assembly", (1946, 2025), period)
    assert council.startswith("<small>The **Human Rights Council** replaced") and content.HRC_NOTICE in council
    assert assembly == (
        "<small>The **General Assembly**'s recorded plenary votes, 1946–2025.</small>\n\n**Over the whole period**"
        f"\n\n{content.period_table(period)}"
    )


def test_decision_links_open_the_roll_call_itself(record: rollcalls.RollCalls) -> None:
    d = record.decisions
    amend = d["amend"].fillna(False).astype(bool)
    shared = set(d.loc[amend, "symbol"].dropna()) & set(d.loc[~amend & ~d["para"].fillna(False).astype(bool), "symbol"])
    amendment = d[amend & d["symbol"].isin(shared)].iloc[0]  # its symbol opens the resolution, not the amendment
    alone = d[amend & d["symbol"].notna() & ~d["symbol"].isin(shared)].iloc[0]  # its symbol opens it
    plain = d[(d["symbol"] == "A/RES/69/188")].iloc[0]
    rcids = [int(amendment["rcid"]), int(alone["rcid"]), int(plain["rcid"])]
    links = content.decision_links(record, pd.Series(rcids))
    assert links.tolist() == [
        f"/rollcalls?rcid={rcids[0]}",
        nav.ROLLCALLS.url(symbol=alone["symbol"]),
        "/rollcalls?symbol=A%2FRES%2F69%2F188",
    ]
    assert views.by_symbol(record, amendment["symbol"]) != rcids[0] and views.by_symbol(record, alone["symbol"]) == rcids[1]


def test_breaks_view_and_csv(record: rollcalls.RollCalls) -> None:
    m = agreement.vote_matrix(record, "security_council")
    rows = cohesion.breaks_of(m, "P5", "CHN", 2022, 2022)
    view = content.breaks_view(record, rows)
    assert len(view) == len(rows) > 0 and view["open"].str.startswith("/rollcalls?").all()
    shown = content.breaks_shown(view, 3)
    assert len(shown) == min(3, len(view)) and "source_code" not in shown
    assert set(shown["its vote"]) | set(shown["group majority"]) <= {"Yes", "No", "Abstained"}  # in words
    csv = content.breaks_csv(view, "China", "P5")
    assert "open" not in csv and csv["licence"].str.contains("United Nations").all()
    assert set(csv["its vote"]) <= {"yes", "no", "abstain"}  # the CSV keeps the codes
    assert set(csv["group"]) == {"Permanent five (Security Council)"}


def test_the_cohesion_chart() -> None:
    rows = cohesion.yearly(cohesion.all_groups(FIXTURE))
    chart = charts.cohesion_lines(rows, content.SHORT, "EU", "Cohesion")
    spec = chart.to_dict(validate=True)
    assert spec["encoding"]["y"]["scale"]["domain"] == [0, 1]
    assert charts.legend_labels(chart) == list(content.SHORT.values())
    data = pd.DataFrame(spec["datasets"][spec["data"]["name"]])
    assert data.groupby("group")["opacity"].min().to_dict() == {"EU": 1.0, "P5": 0.25, "WEOG": 0.25}
    assert data.groupby("group")["width"].min().to_dict() == {"EU": 3.0, "P5": 1.2, "WEOG": 1.2}
    assert spec["encoding"]["opacity"] == {"field": "opacity", "type": "quantitative", "scale": None}  # as it is
    plain = pd.DataFrame(charts.cohesion_lines(rows, content.SHORT, None, "t").to_dict()["datasets"].popitem()[1])
    assert (plain["opacity"] == 1.0).all() and (plain["width"] == 1.6).all()  # nothing highlighted: every line in full


def test_table_height_fits_its_rows() -> None:
    assert content.table_height(5) == 35 * 6 + 3 and content.table_height(500) == 300
