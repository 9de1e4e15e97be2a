"""The curated events linked to decisions of the official record: each link resolves to its decision by
symbol, of the event's body, by a method its relation allows (data/links.yaml, checks.check_links)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.curated import checks
from dashboard.curated.load import DATA_DIR, load_dataset, read_decisions
from tests.test_checks import edit, problems_of


def problems(root: Path) -> list[str]:
    """The problems found, their paths relative to the copy."""
    return [p.removeprefix(f"{root}/") for p in problems_of(root)]


LINKED = {
    "hrc-2017-dprk-resolution": ("A/HRC/RES/34/24", "same_decision", "human_rights_council", "without_vote"),
    "hrc-2024-dprk-resolution": ("A/HRC/RES/55/21", "same_decision", "human_rights_council", "without_vote"),
    "unsc-2024-panel-of-experts-draft": ("S/2024/255", "same_vote", "security_council", "recorded_vote"),
    "ga-2014-dprk-resolution-plenary": ("A/RES/69/188", "same_vote", "general_assembly", "recorded_vote"),
    "ga3-2014-dprk-resolution": ("A/RES/69/188", "earlier_stage", "general_assembly", "recorded_vote"),
}


def test_each_event_links_to_its_decision_in_the_record() -> None:
    links = load_dataset().frames["links"].set_index("event_id")
    decisions = read_decisions(DATA_DIR / "rollcalls" / "decisions.parquet")
    assert decisions is not None and set(links.index) == set(LINKED)
    for event_id, (symbol, relation, body, method) in LINKED.items():
        link = links.loc[event_id]
        assert (link["symbol"], link["relation"]) == (symbol, relation)
        assert decisions[int(link["rcid"])] == checks.Decision(symbol, body, method)


def test_a_link_without_the_symbol_says_how_it_was_matched() -> None:
    links = load_dataset().frames["links"].set_index("event_id")
    for event_id in ("hrc-2017-dprk-resolution", "hrc-2024-dprk-resolution", "unsc-2024-panel-of-experts-draft"):
        assert (
            "give no symbol" in links.loc[event_id, "rationale"]
            or "gives no symbol" in links.loc[event_id, "rationale"]
        )
    assert "A/HRC/RES/52/28" in links.loc["hrc-2024-dprk-resolution", "rationale"]  # the other 4 April is named


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"symbol": "A/HRC/RES/34/25"},
            "data/links.yaml:link-hrc-2017-a-hrc-res-34-24:symbol: the record gives 'A/HRC/RES/34/24'",
        ),
        (
            {"rcid": 5377, "symbol": "A/RES/69/188", "relation": "same_vote"},
            "data/links.yaml:link-hrc-2017-a-hrc-res-34-24:rcid: a decision of general_assembly, the event is of human_rights_council",
        ),
        (
            {"relation": "same_vote"},
            "data/links.yaml:link-hrc-2017-a-hrc-res-34-24:relation: same_vote; the record's method: without_vote",
        ),
        (
            {"rcid": 123456789},
            "data/links.yaml:link-hrc-2017-a-hrc-res-34-24:rcid: roll call 123456789 is not in the official record",
        ),
    ],
)
def test_a_wrong_council_link_is_named(project_copy: Path, changes: dict[str, object], expected: str) -> None:
    edit(project_copy, "links", "link-hrc-2017-a-hrc-res-34-24", **changes)
    assert problems(project_copy) == [expected]


def test_the_veto_cannot_be_a_decision_without_a_vote(project_copy: Path) -> None:
    edit(project_copy, "links", "link-unsc-2024-s-2024-255", relation="same_decision")
    assert problems(project_copy) == [
        "data/links.yaml:link-unsc-2024-s-2024-255:relation: same_decision; the record's method: recorded_vote"
    ]


def test_only_a_committee_vote_is_an_earlier_stage(project_copy: Path) -> None:
    edit(project_copy, "links", "link-ga-2014-plenary-a-res-69-188", relation="earlier_stage")
    assert problems(project_copy) == [
        "data/links.yaml:link-ga-2014-plenary-a-res-69-188:relation: earlier_stage is a committee vote's, and only its"
    ]
