"""The Group cohesion page in AppTest (issue 16, item 2): a shared link restores the view, the Council's rows carry
their notice, a hostile link gives notices and never a traceback, and the first run is quick."""

from __future__ import annotations

import time

from dashboard.app import loading
from dashboard.app.content import cohesion as content
from dashboard.official.cohesion import GROUPS
from tests.test_pages import open_page, text_of


def test_a_shared_link_restores_the_view() -> None:
    params = {"body": "security_council", "group": "P5", "from": "2010", "to": "2024", "member": "CHN"}
    at = open_page("cohesion", **params)
    assert at.radio[0].value == "security_council"
    assert at.selectbox[0].value == "P5"
    assert [n.value for n in at.number_input] == [2010, 2024]
    assert {k: at.query_params[k] for k in params} == params  # the link stays as it came
    text = text_of(at)
    assert "In the Security Council, 2010–2024, the least cohesive group was" in text
    assert "Hix, S., Noury, A. and Roland, G. (2007) *Democratic Politics in the European Parliament*" in text
    assert "**China (CHN):" in text and "against the Permanent five (Security Council) majority" in text
    assert not at.info
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Download the per-group per-year figures as CSV", "Download this list as CSV"]
    breakers = at.dataframe[0].value
    assert breakers["share"].is_monotonic_decreasing and len(breakers) == 5  # the five permanent members
    assert breakers["state"].iloc[0].endswith("(RUS)") and breakers["state"].iloc[1] == "China (CHN)"
    decisions = at.dataframe[1].value
    assert len(decisions) == breakers["broke from the majority"].iloc[1]  # China's count, row by row
    assert decisions["open"].str.startswith("/rollcalls?").all()
    assert set(decisions["its vote"]) | set(decisions["group majority"]) <= {"Yes", "No", "Abstained"}  # in words


def test_the_council_view_shows_the_commission_and_its_notice() -> None:
    at = open_page("cohesion", body="human_rights_council", group="AFRICAN_GROUP", to="2010")
    text = text_of(at)
    assert "continues the Commission's" in text
    assert "PolyForm Noncommercial" in text and "Required Notice" in text
    assert text.count("In the Human Rights Council (Commission on Human Rights before 2006), 1947–2010") == 1


def test_a_hostile_link_gives_notices_not_a_traceback() -> None:
    at = open_page("cohesion", body="<script>alert(1)</script>", group="../etc", member="<img src=x>", to="20x")
    notices = [i.value for i in at.info]
    assert len(notices) == 4, notices  # body, group, to, member: each falls back to its default
    assert at.radio[0].value == "general_assembly" and at.selectbox[0].value == "EU"
    for hostile in ("<script>", "<img", "../"):
        assert hostile not in text_of(at)


def test_a_state_outside_the_group_is_said_so() -> None:
    at = open_page("cohesion", group="AFRICAN_GROUP", member="FRA", **{"from": "2000"})
    assert [i.value for i in at.info] == [
        "France (FRA) is not among the members of the African Group (UN regional group) with a vote counted in "
        f"2000–2026; showing {at.dataframe[0].value['state'].iloc[0]} instead."
    ]


def test_choosing_another_group_drops_the_linked_member_quietly() -> None:
    at = open_page("cohesion", group="EU", member="FRA")
    assert at.query_params["member"] == "FRA" and not at.info
    at.selectbox[0].set_value("AFRICAN_GROUP").run()
    assert not at.exception and not at.info  # France is no African state, but the reader did not ask for it
    top = at.dataframe[0].value["state"].iloc[0]
    assert top.endswith(f"({at.query_params['member']})") and at.query_params["group"] == "AFRICAN_GROUP"


def test_the_warm_run_is_quick() -> None:
    """The page's work on a warm cache (the Assembly, every year: the largest view) in well under a second. CPU time
    of the process (AppTest's own overhead and the footer included; ~0.22 s): wall time on the shared test machine
    swings several-fold with the other processes' load."""
    at = open_page("cohesion")
    started = time.process_time()
    at.run()
    took = time.process_time() - started
    assert not at.exception and took < 0.8, took


def test_a_long_list_shows_its_newest_rows_and_the_csv_holds_all() -> None:
    at = open_page("cohesion", member="FRA")  # the Assembly, the EU, every year: over a thousand breaks
    count = int(at.dataframe[0].value.set_index("state").loc["France (FRA)", "broke from the majority"])
    assert count > content.SHOWN
    shown = at.dataframe[1].value
    assert len(shown) == content.SHOWN and shown["date"].is_monotonic_decreasing
    assert f"newest first, the {content.SHOWN} newest shown (the CSV holds all)" in text_of(at)
    matrix = loading.cohesion_matrix("general_assembly")
    years = int(matrix.years.min()), int(matrix.years.max())
    csv = content.breaks_csv(loading.cohesion_breaks("general_assembly", "EU", "FRA", *years), "France", "EU")
    assert len(csv) == count and list(csv["date"].head(content.SHOWN)) == list(shown["date"])


def test_the_whole_period_is_a_table_of_every_group_and_the_years_one_on_request() -> None:
    at = open_page("cohesion", body="security_council")
    under = next(m.value for m in at.markdown if "**Over the whole period**" in m.value)  # under the chart
    assert under.startswith("<small>The **Security Council**'s recorded votes")  # the chart's caption first
    table = under[under.index("**Over the whole period**") :]
    assert table.splitlines()[2] == "| group | recorded votes | mean AI |"
    assert len(table.splitlines()) == 4 + len(GROUPS)  # the heading, a blank line, the header, its rule, a group a row
    assert len(at.dataframe) == 2 and "by_year" not in at.query_params  # the ranking and the member's decisions
    at.toggle[0].set_value(True).run()
    assert at.query_params["by_year"] == "1" and len(at.dataframe) == 3
    years = at.dataframe[0].value
    assert list(years.columns) == ["year", *content.SHORT.values()] and years["year"].is_monotonic_decreasing
    shared = open_page("cohesion", body="security_council", by_year="1")  # the link restores it
    assert shared.toggle[0].value and len(shared.dataframe) == 3
