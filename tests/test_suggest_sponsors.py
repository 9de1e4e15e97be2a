"""Sponsors on real sentences (bench/articles/ and the issue's phrasings): who wrote, led, tabled or co-sponsored
a text; a negation proposes nothing; the sponsors of another text are not this one's."""

from __future__ import annotations

import pytest

from dashboard.curated.suggest import names
from dashboard.curated.suggest.extract import extract

SID = "099_0123456789abcdef"
GAZ = names.build([])
HEAD = "NEW YORK, Nov. 20, 2025 (AFP) -- "
ADOPTED = "The Third Committee adopted a resolution on North Korea by consensus without a vote. "


def sponsors(body: str) -> set[tuple[str, str]]:
    cands = extract(HEAD + body, SID, GAZ).candidates
    return {(c.record["actor_id"], c.record["role"]) for c in cands if c.table == "sponsorships"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 001_upi
        ("The non-binding resolution was written by the European Union and Japan based on a damning report.",
         {("eu", "main_sponsor"), ("JPN", "main_sponsor")}),
        # 002_kbs, 029_kbs, 017_yonhap
        ("This year's resolution, led by European Union member states, is almost the same as in previous years.",
         {("eu", "main_sponsor")}),
        ("The text, drafted by European Union(EU) member states, said the Assembly condemns the violations.",
         {("eu", "main_sponsor")}),
        ("The resolution, led by European Union countries, expresses concern over illegal detention.",
         {("eu", "main_sponsor")}),
        # 005 (a quotation of the DPRK, as the press release gives it)
        ("The speaker rejected the “anti-DPRK draft resolution on human rights, tabled by the European Union every "
         "year at the instigation of the United States”.", {("eu", "main_sponsor")}),
        # 019_koreatimes
        ("He rejected the draft resolution submitted to this meeting by the European Union.", {("eu", "main_sponsor")}),
        # 005: the group a speaker introduced the draft for
        ("Introducing the draft, the representative of Hungary, speaking on behalf of the European Union, noted that "
         "the annual draft has been approved for the past 20 years.", {("eu", "main_sponsor")}),
        # 028_viewusglobal: co-sponsors listed after their count
        ("The resolution was drafted by the EU and forty-six co-sponsors, including South Korea and the U.S.",
         {("eu", "main_sponsor"), ("KOR", "co_sponsor"), ("USA", "co_sponsor")}),
        # 018_yonhap
        ("The resolution, co-sponsored by South Korea for the first time in four years, calls on Pyongyang to act.",
         {("KOR", "co_sponsor")}),
        ("The resolution, sponsored by the European Union, expresses concerns.", {("eu", "main_sponsor")}),
        # an HRC core group
        ("The resolution was presented by the core group of Japan and the European Union.",
         {("JPN", "main_sponsor"), ("eu", "main_sponsor")}),
        ("Japan co-sponsored the resolution.", {("JPN", "co_sponsor")}),
        # active voice (piie.com, 2014), and not an amendment
        ("Subsequently, Japan and the European Union tabled a revised resolution that welcomed the offer.",
         {("JPN", "main_sponsor"), ("eu", "main_sponsor")}),
    ],
)
def test_sponsor_phrases(sentence: str, expected: set) -> None:
    assert sponsors(ADOPTED + sentence) == expected


def test_sponsored_by_beside_a_main_sponsor_is_a_co_sponsor() -> None:
    # 017_yonhap
    assert sponsors(
        ADOPTED + "The resolution marks the first of its kind in four years to be sponsored by South Korea. "
        "The resolution, led by European Union countries, expresses concern over illegal detention."
    ) == {("KOR", "co_sponsor"), ("eu", "main_sponsor")}


@pytest.mark.parametrize(
    "sentence",
    [
        # 002_kbs and 003_koreaherald
        "South Korea again did not co-sponsor the resolution, but joined in the consensus.",
        "South Korea decided not to co-sponsor the resolution for a second consecutive year.",
        "South Korea declined to co-sponsor the resolution.",
        # 005: "main sponsors" without a name
        "He said the text’s main sponsors are the worst human rights violators in history.",
        # 007_unwatch: the sponsors of other texts adopted the same day
        "The Council also adopted several resolutions by consensus without a vote, including the resolution submitted "
        "by Finland and Germany on the right to adequate housing during mega-events, and the resolution submitted by "
        "Norway on human rights defenders.",
    ],
)
def test_no_sponsor(sentence: str) -> None:
    assert sponsors(ADOPTED + sentence) == set()


def test_the_topic_of_this_text_keeps_its_sponsor() -> None:
    assert sponsors(
        ADOPTED + "The resolution submitted by the European Union on the situation of human rights in North Korea "
        "was adopted."
    ) == {("eu", "main_sponsor")}
    # 000 (seed): "on the final day" is a date, not another text's topic
    assert sponsors(
        ADOPTED + "The resolution was brought forth by the European Union, Japan and supported by the United States "
        "on the final day of the session."
    ) == {("eu", "main_sponsor"), ("JPN", "main_sponsor"), ("USA", "supporter")}


def test_an_amendment_is_not_the_text() -> None:
    # piie.com (2014): Cuba proposed an amendment; it is not the resolution's sponsor
    found = sponsors(ADOPTED + "Cuba tabled an amendment to the resolution that would have deleted the two paragraphs.")
    assert ("CUB", "main_sponsor") not in found and ("CUB", "amendment_proposer") in found
