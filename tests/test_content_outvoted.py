"""The Outvoted page's content: its tables, CSVs (source and licence on every row) and chart, on the hand-worked
record of tests/test_outvoted.py."""

from __future__ import annotations

import re

from dashboard.app.content import outvoted as content
from dashboard.official import outvoted, sources
from tests.test_outvoted import GA, NAMES, assembly  # noqa: F401 (a fixture)


def test_ranking_csv_credits_each_state_s_sources(assembly) -> None:  # noqa: F811
    result = outvoted.outvoted(assembly, GA, (2000, 2000))
    table = outvoted.ranking(result, NAMES)
    csv = content.ranking_csv(result, table, GA, 2000, 2000).set_index("iso3")
    assert csv.loc["BBB", "source"] == sources.credit("unvotes")  # voted on unvotes' decisions only
    assert csv.loc["AAA", "source"] == sources.credit("unvotes") + " | " + sources.credit("UN extract")
    assert csv.loc["AAA", "licence"].endswith("acknowledged as the source")
    assert csv.loc["AAA", ["outvoted", "votes_cast", "share_outvoted"]].tolist() == [2, 4, 0.5]
    assert (csv["body"] == "General Assembly").all() and csv["source"].str.len().gt(0).all()


def test_a_state_s_decisions_link_to_the_decisions_page(assembly) -> None:  # noqa: F811
    result = outvoted.outvoted(assembly, GA, (2000, 2000))
    view = content.decisions_view(result, "AAA")  # yes on 2 (not adopted, derived), no on 5 (the extract's)
    assert list(view["symbol"]) == ["X/5", "X/2"]
    assert list(view["open"]) == ["/rollcalls?symbol=X%2F5", "/rollcalls?symbol=X%2F2"]
    assert list(view["outcome"]) == ["adopted", "not adopted"] and list(view["its vote"]) == ["No", "Yes"]
    assert list(view["yes–no–abstain"]) == ["1–1–0", "2–2–0"]
    csv = content.decisions_csv(view, "AAA", "Alpha", GA)
    assert list(csv["source"]) == [sources.credit("UN extract"), sources.credit("unvotes")]
    assert "open" not in csv and csv["licence"].str.len().gt(0).all() and (csv["state"] == "Alpha").all()


def test_the_bars_drawn_on_the_page_keep_the_ranking_s_order_and_scale(assembly) -> None:  # noqa: F811
    table = outvoted.ranking(outvoted.outvoted(assembly, GA, (2000, 2000)), NAMES)
    bars = content.bars_html(table, "The <20> states")
    names = re.findall(r'text-align:right;font-size:0.85rem">([^<]+)</span>', bars)
    assert names == ["Alpha", "Delta", "Beta", "Gamma"] and "The &lt;20&gt; states" in bars
    widths = [float(w) for w in re.findall(r"width:([\d.]+)%", bars)]
    top = table["outvoted"].max()
    assert widths == [round(100 * n / (top * 1.2), 1) for n in table["outvoted"]]  # one scale, the largest at 1/1.2
    assert "Alpha: outvoted 2 times in 4 votes cast (50.0%)" in bars  # the tooltip: share and votes cast
