"""The Country profile shows a state in the Council and the Security Council beside the Assembly (AppTest)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def test_south_africa_in_every_body() -> None:
    at = AppTest.from_file("../app.py", default_timeout=90)
    at.run()
    at.switch_page("dashboard/app/pages/country.py")
    at.query_params["iso3"] = "ZAF"
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    text = "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption])
    for body in ["General Assembly", "Human Rights Council", "Commission on Human Rights", "Security Council"]:
        assert f"- **{body}** · " in text  # a line each, with its votes cast by name
    assert text.count("recorded votes cast by name: yes ") == 4
    assert "- **Human Rights Council** · member in 2006–2010" in text and "- **Security Council** · member in" in text
    assert "Required Notice: Copyright © 2026 Łukasz Szoszkiewicz" in text
    (council,) = [df.value for df in at.dataframe if "A/HRC/RES/55/21" in set(df.value.get("symbol", []))]
    assert list(council.columns) == ["body", "date", "symbol", "its vote", "outcome"]  # the three bodies, one grid
    assert council.set_index("symbol").loc["A/HRC/RES/55/21", "its vote"] == "without a vote"
    assert {"Human Rights Council", "Commission on Human Rights", "Security Council"} == set(council["body"])
