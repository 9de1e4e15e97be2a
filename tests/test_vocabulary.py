"""Each closed vocabulary is one Enum with its words; the app turns codes into words only through them."""

from __future__ import annotations

import re

import pandas as pd
from pydantic import BaseModel, ConfigDict

from dashboard.app import charts
from dashboard.curated import context, models
from dashboard.curated.suggest import extract
from dashboard.official import vocab
from dashboard.vocabulary import Vocabulary, label_of, words
from tests.conftest import ROOT


class Colour(Vocabulary):
    """A test vocabulary."""

    dark_red = "dark_red", "Dark red", "#8B0000", "red"  # a label, a colour and a short form
    sky_blue = "sky_blue"  # the defaults


def test_a_member_is_its_code_with_its_words() -> None:
    assert Colour.dark_red == "dark_red" and f"{Colour.dark_red}" == "dark_red" and Colour("dark_red") is Colour.dark_red
    assert (Colour.dark_red.label, Colour.dark_red.colour, Colour.dark_red.short) == ("Dark red", "#8B0000", "red")
    assert (Colour.sky_blue.label, Colour.sky_blue.colour, Colour.sky_blue.short) == ("sky blue", None, "sky blue")
    assert Colour.labels() == {"dark_red": "Dark red", "sky_blue": "sky blue"}
    assert Colour.shorts() == {"dark_red": "red", "sky_blue": "sky blue"}
    assert Colour.colours() == {"dark_red": "#8B0000"}
    assert Colour.codes() == ["dark_red", "sky_blue"]
    assert words("call_for_dialogue") == "call for dialogue"


def test_label_of_keeps_what_is_not_a_code() -> None:
    assert label_of(Colour, "sky_blue") == "sky blue"
    assert label_of(Colour, "mauve") == "mauve" and label_of(Colour, "mauve", "unknown") == "unknown"
    assert label_of(Colour, None) is None and pd.isna(label_of(Colour, float("nan")))
    assert pd.Series(["dark_red", "sky_blue"]).map(Colour.labels()).tolist() == ["Dark red", "sky blue"]


def test_pydantic_validates_and_serialises_plain_codes() -> None:
    class Row(BaseModel):
        model_config = ConfigDict(use_enum_values=True)
        colour: Colour

    row = Row(colour="sky_blue")
    assert row.colour == "sky_blue" and type(row.colour) is str
    assert row.model_dump_json() == '{"colour":"sky_blue"}'
    event = models.Event.model_json_schema()["$defs"]["Body"]
    assert event["enum"] == [b.value for b in models.Body] and event["type"] == "string"


def test_the_bodies_have_one_home() -> None:
    assert charts.BODY_LABELS["ga_third_committee"] == "GA Third Committee" and charts.BODY_LABELS["ohchr"] == "OHCHR"
    assert context.BODIES["ohchr"] == "UN Human Rights Office (OHCHR)"
    assert extract.BODY_NAMES["ga_plenary"] == "General Assembly"
    assert list(charts.BODY_COLOURS) == list(charts.BODY_LABELS) == [b.value for b in models.Body]


def test_the_vote_colours_and_words_come_from_the_vocabularies() -> None:
    assert charts.VOTE_COLOURS == {v.value: v.colour for v in models.VoteValue}
    assert charts.VOTE_LABELS["non_voting"] == "Absent or did not vote"
    assert vocab.Vote.abstain.label == "Abstained" and vocab.Method.unknown.short == "unknown"
    assert charts.SPONSOR_COLOURS == {"sponsor": "#009E73", "additional sponsor": "#56B4E9"}


def test_no_code_is_turned_into_words_by_hand_in_the_app() -> None:
    by_hand = re.compile(r"""\.replace\(\s*["']_["']\s*,\s*["'] ["']\s*\)""")
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sorted((ROOT / "dashboard" / "app").rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if by_hand.search(line)
    ]
    assert not found, f"use the vocabulary's label (dashboard.vocabulary.label_of), not replace: {found}"
    assert by_hand.search("""x.replace('_', ' ')""") and by_hand.search('x.str.replace("_", " ")')
