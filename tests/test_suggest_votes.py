"""Named votes on real sentences (bench/articles/ and the issue's phrasings): the subject of the clause votes,
never the nearest state name; no vote on a decision adopted without one; a statement is not a vote."""

from __future__ import annotations

import pytest

from dashboard.curated.suggest import names
from dashboard.curated.suggest.extract import extract

SID = "099_0123456789abcdef"
GAZ = names.build([])
HEAD = "NEW YORK, Nov. 20, 2025 (AFP) -- "


def votes(body: str, head: str = HEAD) -> set[tuple[str, str]]:
    cands = extract(head + body, SID, GAZ).candidates
    return {(c.record["country_iso3"], c.record["vote"]) for c in cands if c.table == "votes"}


GA3_TALLY = (
    "The General Assembly's Third Committee adopted a resolution condemning North Korea with 111 votes in favor, "
    "19 against and 55 abstentions. "
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 001_upi: an apposition between the voters and their verb says nothing of North Korea's vote
        (
            GA3_TALLY + "China and Russia, allies of North Korea, were among the 19 countries that opposed the resolution.",
            {("CHN", "no"), ("RUS", "no")},
        ),
        # the shape, with other names
        (
            GA3_TALLY + "Cuba and Syria, allies of Iran, were among the 19 countries that opposed the resolution.",
            {("CUB", "no"), ("SYR", "no")},
        ),
        # 012_joongang
        (GA3_TALLY + "China and Russia, close to the North, voted against it.", {("CHN", "no"), ("RUS", "no")}),
        # 004 (seed): a list after "along with"
        (
            GA3_TALLY + "Both China and Russia voted against the resolution on Tuesday along with Cuba, Iran, Syria, "
            "Belarus, Venezuela, Uzbekistan and Sudan, who complained that the measure unfairly targeted North Korea.",
            {(s, "no") for s in ("CHN", "RUS", "CUB", "IRN", "SYR", "BLR", "VEN", "UZB", "SDN")},
        ),
        # 010_dw: "as well as"
        (
            "The 193-member assembly adopted a non-binding resolution by 116 votes to 20, with 52 abstentions. "
            "Permanent Security Council members China and Russia voted against the resolution, as well as Belarus, "
            "Cuba, Iran, Syria and Venezuela.",
            {(s, "no") for s in ("CHN", "RUS", "BLR", "CUB", "IRN", "SYR", "VEN")},
        ),
        # a state after a preposition is not the subject
        (GA3_TALLY + "Allies of North Korea voted against it.", set()),
    ],
)
def test_the_subject_of_the_clause_votes(body: str, expected: set) -> None:
    assert votes(body) == expected


def test_lists_after_a_vote_phrase() -> None:
    # 007_unwatch
    assert votes(
        "The Human Rights Council condemned North Korea in a resolution that passed with 28 yes votes, 13 abstentions "
        "and 5 no votes. Gabon did not vote. The negative votes were Russia, Indonesia, Egypt, Cuba and China."
    ) == {("GAB", "non_voting"), *((s, "no") for s in ("RUS", "IDN", "EGY", "CUB", "CHN"))}
    # 016_piie
    assert votes(
        "The Human Rights Council adopted the resolution by 30 in favor, 6 against and 11 abstentions. Those voting "
        "in favor were largely a coalition of developed and developing country democracies; those opposed were "
        "China, Cuba, Pakistan, Russia, Venezuela and Viet Nam. Among the democratic abstentions were India, "
        "Indonesia, and South Africa."
    ) == {*((s, "no") for s in ("CHN", "CUB", "PAK", "RUS", "VEN", "VNM")), ("IND", "abstain"), ("IDN", "abstain"),
          ("ZAF", "abstain")}  # fmt: skip


def test_bracketed_lists_of_the_security_council() -> None:
    # 009_michaelkirby: "Chad" (also a first name) counts beside a known state; the remark in brackets is left out
    assert votes(
        "The Security Council adopted the decision with 11 concurring votes; 2 contrary votes (China and the Russian "
        "Federation) and 2 abstentions (Chad (the current President) and Nigeria)."
    ) == {("CHN", "no"), ("RUS", "no"), ("TCD", "abstain"), ("NGA", "abstain")}
    # a bracket that holds more than states names no one
    assert votes("The Security Council adopted the decision with 2 abstentions (after a long debate on Chad).") == set()


def test_the_event_of_the_sentence_before() -> None:
    # 025_elkaos: the agenda vote of the sentence before, not the Assembly's resolution of the paragraph above
    body = (
        "The move follows the UN General Assembly non-binding resolution adopted last Thursday.\n"
        "Before the Security Council meeting on North Korea, the members held a vote on whether DPRK human rights "
        "record should be included on the Security Council's agenda. China and Russia voted against it, but because "
        "the council’s vote was procedural, no vetoes could be used. Chad and Nigeria abstained."
    )
    cands = extract(HEAD + body, SID, GAZ).candidates
    bodies = {c.record["id"]: c.record["body"] for c in cands if c.table == "events"}
    found = {(c.record["country_iso3"], c.record["vote"], bodies[c.record["event_id"]]) for c in cands if c.table == "votes"}
    assert found == {(s, v, "security_council") for s, v in (("CHN", "no"), ("RUS", "no"), ("TCD", "abstain"), ("NGA", "abstain"))}


@pytest.mark.parametrize(
    "body",
    [
        # 028_viewusglobal: "opposed" a decision adopted without a vote is a position
        "The Third Committee adopted the resolution by consensus without a vote. China and Russia opposed the resolution.",
        # "joined the consensus" / "did not block" are not votes
        "The Human Rights Council adopted the resolution without a vote. China joined the consensus and Russia did not "
        "block it.",
        # 011_koreatimesus: a protest against the resolution is not a vote
        "A total of 116 nations voted for the resolution in the General Assembly and 20 nations against it, with 53 "
        "abstentions. Still, the North has protested strongly against the resolution, threatening a nuclear test.",
        # 018_yonhap: a state inside a quotation
        'The General Assembly adopted the resolution by 116 votes to 20, with 53 abstentions. "The draft resolution, '
        'which is a product of a hostile policy of the United States and its followers against the DPRK, has nothing to '
        'do with human rights," the North Korean diplomat told the meeting.',
        # the DPRK "rejected" / "opposed" the resolution: its statement, even where a vote was held
        "The General Assembly adopted a resolution on North Korea by 116 votes to 20, with 53 abstentions. North Korea "
        "rejected the resolution. North Korea opposed the resolution as a plot against the DPRK.",
        # a prediction
        "The Security Council is unlikely to approve a referral of North Korea as China and Russia are sure to veto it.",
    ],
)
def test_statements_and_consensus_are_not_votes(body: str) -> None:
    assert votes(body) == set()


def test_the_dprk_voted_when_the_text_says_so() -> None:
    body = "The General Assembly adopted a resolution on North Korea by 116 votes to 20. North Korea voted against it."
    assert votes(body) == {("PRK", "no")}


def test_a_veto_is_a_permanent_members_no() -> None:
    # 023_pratidintime and 022_inkl
    assert votes(
        "Russia vetoed the draft resolution in the Security Council. However, Russia opposed the renewal and China "
        "chose to abstain."
    ) == {("RUS", "no"), ("CHN", "abstain")}
    assert votes(
        "The draft resolution was vetoed by the Russian Federation in the Security Council. "
        "The vote in the Security Council saw 13 members in favor, with Russia opposing and China abstaining."
    ) == {("RUS", "no"), ("CHN", "abstain")}
    # only a permanent member vetoes
    assert ("KOR", "no") not in votes("South Korea vetoed the draft resolution in the Security Council.")


def test_glued_sentences_are_read_apart() -> None:
    # 012_joongang, as the page gives it: no space after the full stops
    assert votes(
        "The UN General Assembly on Monday adopted a resolution on North Korea.It passed through the General "
        "Assembly’s Third Committee last month.Before the vote started, the North argued that the resolution was led "
        "by the United States to bring down its regime.China and Russia, close to the North, voted against it."
    ) == {("CHN", "no"), ("RUS", "no")}


def test_articles_outside_the_development_set() -> None:
    # chinascope.org (Global Times, 2015): "was one of 19", "also voted against"
    assert votes(
        "The United Nations General Assembly passed a resolution condemning North Korea’s long term human rights "
        "violations. China was one of 19 countries that voted against the resolution. Cuba, Russia and Syria also "
        "voted against it."
    ) == {("CHN", "no"), ("CUB", "no"), ("RUS", "no"), ("SYR", "no")}
    # almanar.com.lb (2015): a procedural vote on a meeting, its voters in three clauses, lines apart
    found = votes(
        "Russia and China on Thursday failed to prevent a UN Security Council meeting on the human rights situation "
        "in North Korea.\nIn a procedural vote on whether to hold the meeting, nine council members - the US, "
        "Britain, France, Chile, Jordan, Lithuania, Malaysia, New Zealand and Spain - voted in favor of convening the "
        "session.\nThursday's meeting was the second formal council meeting on the issue.\nNigeria and Chad abstained "
        "from the procedural vote, while Russia, China, Venezuela and Angola opposed the session.\nNine votes are "
        "required to win a procedural vote, in which a negative vote cast by any of the five permanent members -- "
        "Britain, China, France, Russia and the US -- does not invalidate a decision, unlike resolutions."
    )
    assert found == {
        *((s, "yes") for s in ("USA", "GBR", "FRA", "CHL", "JOR", "LTU", "MYS", "NZL", "ESP")),
        ("NGA", "abstain"), ("TCD", "abstain"), *((s, "no") for s in ("RUS", "CHN", "VEN", "AGO")),
    }  # fmt: skip
    # "as did"
    assert votes(GA3_TALLY + "China voted against the resolution, as did Cuba and Syria.") == {
        ("CHN", "no"), ("CUB", "no"), ("SYR", "no")
    }  # fmt: skip


def test_another_texts_votes_are_not_this_ones() -> None:
    # press.un.org GA/SHC/3909 (2007): the bracketed lists are the votes on the Palestinian people's text
    body = (
        "Draft resolutions on the human rights situations in Myanmar, Iran and the Democratic People’s Republic of "
        "Korea were approved today by the Third Committee. In other action, the Committee approved a draft resolution "
        "on the right of the Palestinian people to self-determination by a recorded vote of 172 in favour to 5 "
        "against (Israel, Marshall Islands, Federated States of Micronesia, Palau and United States), with 5 "
        "abstentions (Australia, Canada, Cameroon, Equatorial Guinea and Fiji). The draft resolution on the situation "
        "of human rights in the Democratic People’s Republic of Korea was approved by a recorded vote of 97 in favour "
        "to 23 against (Belarus, China and Cuba), with 60 abstentions. North Korea rejected it."
    )
    assert votes(body) == {("BLR", "no"), ("CHN", "no"), ("CUB", "no")}


def test_a_press_releases_annex() -> None:
    assert votes(
        "The Third Committee approved the draft resolution on the situation of human rights in North Korea by a "
        "recorded vote of 97 in favour to 23 against, with 60 abstentions.\nAgainst: Belarus, China, Cuba, Iran, "
        "Syria.\nAbstain: India, Indonesia."
    ) == {*((s, "no") for s in ("BLR", "CHN", "CUB", "IRN", "SYR")), ("IND", "abstain"), ("IDN", "abstain")}
