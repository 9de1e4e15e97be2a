"""The Outvoted page in AppTest: a shared link restores the view; a hostile link gives notices, not a traceback."""

from __future__ import annotations

from dashboard.app import loading
from dashboard.app.content import outvoted as content
from tests.test_pages import open_page, text_of


def test_a_shared_link_restores_the_view() -> None:
    at = open_page("outvoted", body="human_rights_council", **{"from": "2010", "to": "2015"}, state="CUB")
    assert at.radio[0].value == "human_rights_council"
    assert [n.value for n in at.number_input] == [2010, 2015]
    assert at.selectbox[0].value == "CUB"
    assert dict(at.query_params) == {"body": "human_rights_council", "from": "2010", "to": "2015", "state": "CUB"}
    text = text_of(at)
    assert "**Cuba** was outvoted" in text and "Human Rights Council in 2010–2015 counted" in text
    assert "PolyForm Noncommercial" in text and "Required Notice" in text  # hrc-voting's terms on its page
    credit = next(m.value for m in at.markdown if m.value.startswith("<small>Sources: "))  # under the ranking
    assert "Required Notice" in credit and credit.endswith("</small>\n\n### The decisions behind a state's count")
    decisions = at.dataframe[1].value
    assert len(decisions) > 10 and decisions["open"].str.startswith("/rollcalls?symbol=").all()
    assert set(decisions["its vote"]) <= {"Yes", "No"}  # an abstention is never on a losing side
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Download the ranking as CSV", "Download Cuba's decisions as CSV"]
    ranking = at.dataframe[0].value
    assert list(ranking["outvoted"]) == sorted(ranking["outvoted"], reverse=True)


def test_the_security_council_explains_vetoes() -> None:
    at = open_page("outvoted", body="security_council", state="RUS")
    text = text_of(at)  # the rule folded under the count, in the same element
    assert "Russia" in text and "whose **no** was the veto was on the **winning** side" in text
    counted = next(m.value for m in at.markdown if "recorded votes** of the Security Council" in m.value)
    assert "<details>" in counted and "**Vetoes.**" in counted and not at.expander


def test_hostile_parameters_give_notices() -> None:
    at = open_page("outvoted", body="<script>alert(1)</script>", **{"from": "19x", "to": "3000"}, state="ZZZ")
    notices = " ".join(i.value for i in at.info)
    assert "Unknown body" in notices and "from" in notices and "to" in notices and "Unknown state" in notices
    assert at.radio[0].value == "general_assembly" and "<script>" not in text_of(at)
    assert "**Sources.**" in text_of(at)


def test_a_long_list_shows_its_newest_rows_and_the_csv_holds_all() -> None:
    at = open_page("outvoted", state="USA")  # the Assembly's last ten years: hundreds of decisions
    count = int(at.dataframe[0].value.set_index("iso3").loc["USA", "outvoted"])
    assert count > content.SHOWN
    shown = at.dataframe[1].value
    assert len(shown) == content.SHOWN and shown["date"].is_monotonic_decreasing
    assert f"newest first; the {content.SHOWN} newest shown (the CSV holds all)" in text_of(at)
    view = loading.outvoted_decisions("general_assembly", *content.default_period(content.years_of(
        loading.cached_rollcalls()[0], "general_assembly")), "USA")  # fmt: skip
    csv = content.decisions_csv(view, "USA", "United States", "general_assembly")
    assert len(csv) == count and list(csv["date"].head(content.SHOWN)) == list(shown["date"])
