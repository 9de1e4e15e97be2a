"""The "Adopted without a vote" page in AppTest: the caution, a shared link restoring the view, hostile links."""

from __future__ import annotations

from tests.test_pages import open_page, text_of


def test_the_default_view_says_without_a_vote_is_not_unanimity() -> None:
    at = open_page("consensus")
    text = text_of(at)
    assert "“Without a vote” is not unanimity." in text and "dissociate" in text
    assert "**Decisions taken** are those adopted without a vote, by a recorded vote or by a non-recorded vote" in text
    assert at.radio[0].value == "human_rights_council"
    assert [n.value for n in at.number_input] == [2006, 2015, 2016, 2025, 5]
    assert "PolyForm Noncommercial" in text and "Required Notice" in text
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Download the yearly shares as CSV", "Download the agenda items as CSV"]
    assert not dict(at.query_params).keys() - {"body"}  # the defaults stay out of the link


def test_a_shared_link_restores_the_view() -> None:
    params = {"body": "general_assembly", "a_from": "2020", "a_to": "2022", "b_from": "2023", "b_to": "2025",
              "min": "10"}  # fmt: skip
    at = open_page("consensus", **params)
    assert at.radio[0].value == "general_assembly"
    assert [n.value for n in at.number_input] == [2020, 2022, 2023, 2025, 10]
    items = at.dataframe[0].value
    assert len(items) > 0 and (items["taken_first"] >= 10).all() and (items["taken_second"] >= 10).all()
    assert list(items["change"].abs()) == sorted(items["change"].abs(), reverse=True)
    assert "2020–2022 and in 2023–2025" in text_of(at) and "agenda item title" in text_of(at)


def test_hostile_parameters_give_notices() -> None:
    at = open_page("consensus", body="../etc", a_from="<b>1</b>", b_to="99999", min="-3")
    notices = " ".join(i.value for i in at.info)
    assert "Unknown body" in notices and "a_from" in notices and "b_to" in notices and "min" in notices
    assert at.radio[0].value == "human_rights_council" and "<b>" not in text_of(at)
