"""The Agreement page within one body (AppTest): the Security Council's and the Council's votes, never mixed."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.page_support import figures_of


def open_agreement(**params: str) -> AppTest:
    at = AppTest.from_file("../app.py", default_timeout=90)
    at.run()
    at.switch_page("dashboard/app/pages/agreement.py")
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def text_of(at: AppTest) -> str:
    return "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption] + [i.value for i in at.info])


def test_security_council_agreement_counts_shared_membership() -> None:
    at = open_agreement(a="USA", b="CHN", body="security_council")
    assert at.radio[0].value == "security_council"
    text = text_of(at)
    assert "Within the Security Council's recorded votes only" in text
    assert "came while both were members" in text and "United Nations (SC resolutions extract)" in text
    values = figures_of(at)
    assert int(values["Roll calls both voted on"].replace(",", "")) > 1000  # 2000–2026, both permanent
    assert float(values["Voeten score"]) > 0.9  # most Council resolutions are adopted unanimously
    # no topic codes in this body: a sentence says so, no empty table with headers, no empty download
    assert "The Security Council's record carries no topic codes, so its votes are not split by topic." in text
    assert not [m.value for m in at.markdown if "| topic |" in m.value]
    assert "By topic (CSV)" not in [b.proto.label for b in at.get("download_button")]
    # the divergent votes: no "important" column (unvotes' flag, the Assembly's only), the newest first
    listed = next(df.value for df in at.dataframe if "USA" in df.value.columns)
    assert list(listed.columns) == ["date", "symbol", "title", "USA", "CHN", "open"]
    assert "roll calls**, the most recent first." in text


def test_few_shared_votes_give_no_score() -> None:
    at = open_agreement(a="ZAF", b="JPN", body="security_council", **{"from": "2007", "to": "2007"})
    assert any(i.value.startswith("Not enough shared votes") for i in at.info)
    assert "Voeten score" not in set(figures_of(at))


def test_council_rows_carry_the_polyform_notice() -> None:
    at = open_agreement(a="USA", b="CHN", body="human_rights_council")
    text = text_of(at)
    assert "PolyForm Noncommercial 1.0.0" in text and "Required Notice: Copyright © 2026 Łukasz Szoszkiewicz" in text
    assert at.query_params["body"] == "human_rights_council"
