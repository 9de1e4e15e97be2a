"""The series page in AppTest: the DPRK across bodies for one state (issue 16, item 1)."""

from __future__ import annotations

from tests.test_pages import open_page, text_of


def test_south_africa_across_the_bodies() -> None:
    at = open_page("series", iso3="ZAF")
    grid = "\n".join(element.proto.body for element in at.get("html"))
    for cell in ("abstained: A/HRC/RES/7/15", "abstained: A/HRC/RES/25/25", "not a member: A/HRC/RES/16/8",
                 "abstained: A/RES/60/173", "voted yes: A/RES/62/167", "not in either source"):  # fmt: skip
        assert cell in grid, cell
    assert grid.count('<tr style="border-top') == 22  # 2005–2026, every year a row
    text = text_of(at)
    assert "Szoszkiewicz" in text and "PolyForm Noncommercial" in text and "Required Notice" in text
    labels = [b.proto.label for b in at.get("download_button")]
    assert "Download the three bodies' table as CSV" in labels
    assert "“categorically and totally rejects”" in text  # a quote beside its year (2017)


def test_china_s_veto_in_the_security_council() -> None:
    at = open_page("series", iso3="CHN")
    grid = "\n".join(element.proto.body for element in at.get("html"))
    assert "voted no: S/2022/431 (its veto)" in grid and "abstained: S/2024/255" in grid
