"""The positions pass on real sentences of the development set (bench/articles/, article number in each test)."""

from __future__ import annotations

from dashboard.curated.suggest import names
from dashboard.curated.suggest.extract import extract

SID = "099_0123456789abcdef"
GAZ = names.build([])
HEAD = "NEW YORK, Nov. 20, 2025 (AFP) -- "
WITHOUT_VOTE = "The Human Rights Council adopted the resolution without a vote. "
VETO = "Russia vetoed a Security Council draft on Thursday that would have extended the panel. "


def candidates(body: str) -> list:
    return extract(HEAD + body, SID, GAZ).candidates


def positions(body: str) -> list[dict]:
    return [c.record for c in candidates(body) if c.table == "positions"]


def stances(body: str) -> set[tuple[str, str]]:
    return {(p["actor_id"], p["stance"]) for p in positions(body)}


def actor(body: str, actor_id: str) -> dict:
    return next(c.record for c in candidates(body) if c.table == "actors" and c.record["id"] == actor_id)


# --- a stance stated of every state of a list --------------------------------------------------------------
def test_states_that_did_not_join_the_consensus_dissociate() -> None:  # 008
    got = stances(WITHOUT_VOTE + "China, Eritrea and Cuba did not join the consensus.")
    assert {("CHN", "dissociate"), ("ERI", "dissociate"), ("CUB", "dissociate")} <= got


def test_joining_the_consensus_is_support_and_not_co_sponsoring_is_no_sponsor() -> None:  # 002
    cands = candidates(
        "The Third Committee adopted the resolution by consensus. "
        "South Korea again did not co-sponsor the resolution, but joined in the consensus."
    )
    assert ("KOR", "support") in {(c.record["actor_id"], c.record["stance"]) for c in cands if c.table == "positions"}
    assert not [c for c in cands if c.table == "sponsorships" and c.record["actor_id"] == "KOR"]


def test_expressed_opposition_of_a_list() -> None:  # 021
    got = stances(
        WITHOUT_VOTE + "Although there was no vote on the resolution, China, Russia, Cuba and Iran did express their "
        "overall opposition to it."
    )
    assert {("CHN", "oppose"), ("RUS", "oppose"), ("CUB", "oppose"), ("IRN", "oppose")} <= got


def test_opposed_is_a_position_without_a_vote_and_each_clause_has_its_own_subject() -> None:  # 028
    sentence = "China and Russia opposed the resolution, while North Korea’s UN ambassador, Kim Song, refuted the claims."
    got = positions("The Third Committee adopted the resolution without a vote. " + sentence)
    assert {("CHN", "oppose"), ("RUS", "oppose"), ("PRK", "reject")} == {(p["actor_id"], p["stance"]) for p in got}
    (kim,) = [p for p in got if p["actor_id"] == "PRK"]
    assert kim["speaker_id"] == "kim-song"  # the second clause's subject, not China's


def test_opposed_where_a_vote_was_taken_is_left_to_the_named_votes() -> None:
    got = stances("The Third Committee adopted the resolution by a vote of 111-19-55. China and Russia opposed the resolution.")
    assert not {("CHN", "oppose"), ("RUS", "oppose")} & got


def test_objections_from_a_list() -> None:  # 025, 024
    assert {("RUS", "oppose"), ("CHN", "oppose")} <= stances(
        "The Security Council held a meeting on North Korea's human rights, despite objections from Russia and China."
    )
    assert ("CHN", "oppose") in stances(
        "The Security Council held a meeting. Owing to the opposition expressed by China at the start of the 2014 "
        "meeting, a procedural vote was held."
    )


def test_opposition_to_something_unnamed_is_not_proposed() -> None:  # 020
    got = stances(
        "Last week, several members of the UN Security Council pushed for a discussion on the regime's human rights "
        "abuses, sparking strong opposition from Pyongyang."
    )
    assert ("PRK", "oppose") not in got


def test_a_listed_state_after_a_preposition_is_an_object() -> None:
    got = stances(WITHOUT_VOTE + "The representatives of Cuba and Venezuela did not join the consensus.")
    assert not got & {("CUB", "dissociate"), ("VEN", "dissociate")}


# --- a veto criticised ---------------------------------------------------------------------------------------
def test_critics_of_a_veto_support_the_vetoed_draft() -> None:  # 022, 023
    body = (
        VETO + "Britain's Ambassador to the UN expressed deep concern over the veto. "
        "The US Deputy Ambassador condemned Russia's decision. "
        "South Korea's Foreign Ministry also labeled Russia's veto as irresponsible. "
        "Barbara Woodward, the British Ambassador to the UN, expressed serious concern about Russia's veto."
    )
    got = positions(body)
    support = {p["actor_id"] for p in got if p["stance"] == "support"}
    assert support == {"GBR", "USA", "KOR"}
    assert all(p["event_id"] == got[0]["event_id"] for p in got)  # the vetoed draft
    assert {p["speaker_id"] for p in got if p["actor_id"] == "GBR"} >= {"barbara-woodward"}
    assert not [p for p in got if p["speaker_id"] and "deputy-ambassador" == p["speaker_id"]]  # a title, not a name
    assert ("RUS", "support") not in stances(VETO + "Russia condemned the decision.")


def test_a_decision_criticised_without_a_veto_is_not_support() -> None:
    got = stances("The General Assembly adopted the resolution. The US Deputy Ambassador condemned Russia's decision.")
    assert ("USA", "support") not in got


# --- speakers and the verbs that introduce them ----------------------------------------------------------------
def test_introducing_the_draft_for_a_group_is_the_groups_support() -> None:  # 005
    body = (
        "The Third Committee approved the draft without a vote. Introducing the draft, the representative of Hungary, "
        "speaking on behalf of the European Union, noted that the annual draft has been approved for the past 20 years."
    )
    (p,) = [p for p in positions(body) if p["stance"] == "support"]
    assert p["actor_id"] == "eu"
    speaker = actor(body, p["speaker_id"])
    assert speaker["speaks_for"] == "eu" and "Hungary" in speaker["role"] and "European Union" in speaker["role"]


def test_the_presenters_delegate_speaking_on_the_draft_supports_it() -> None:  # 015
    body = (
        VETO + "If adopted, the resolution — presented by the United States — would have extended the mandate. "
        "Speaking before the vote, the representative of the United States said that, for 14 years, the 15-member "
        "organ had come together unanimously to renew the mandate."
    )
    assert ("USA", "support") in stances(body)
    other = body.replace("representative of the United States", "representative of France")
    assert ("FRA", "support") not in stances(other)  # a delegate who did not present the draft: no stance stated


def test_the_stance_verb_before_a_quotation_outranks_its_cue_words() -> None:  # 029, 003
    got = positions(
        "The Third Committee adopted the resolution by consensus. North Korean Ambassador to the UN Kim Song denounced "
        'the resolution as false and politically fabricated, expressing "deep concern" that the EU and other '
        '"hostile forces" are promoting confrontation on the UN stage.'
    )
    assert [(p["actor_id"], p["speaker_id"], p["stance"]) for p in got] == [("PRK", "kim-song", "reject")]
    got = positions(
        "The General Assembly adopted the resolution. Kim Song, the North Korean ambassador, had also warned the "
        'adoption of the resolution by the UN General Assembly would "constitute a hostile policy aimed at '
        'overthrowing our system."'
    )
    assert [p["stance"] for p in got] == ["warn"]


def test_a_stance_verb_after_the_quotation_does_not_outrank_it() -> None:
    got = positions(
        "The General Assembly adopted the resolution. "
        '"It is a victory for the victims," the US ambassador said, after he warned of more abuses last year.'
    )
    assert [(p["actor_id"], p["stance"]) for p in got if p["statement"]] == [("USA", "support")]


def test_labeled_and_added_are_one_speakers_statement() -> None:  # 010
    got = positions(
        "The General Assembly adopted the resolution. North Korea's deputy ambassador An Myong Hun labeled the "
        'resolution claiming that it was "the product of a political plot and confrontation." Hun added that the '
        'resolution was based on a "fabricated" report and that the UN should instead focus on "CIA torture crimes '
        'committed by the United States."'
    )
    (p,) = got
    assert (p["actor_id"], p["speaker_id"], p["stance"]) == ("PRK", "an-myong-hun", "reject")
    assert "political plot" in p["statement"] and "CIA torture crimes" in p["statement"]


def test_an_aside_and_an_adverb_are_not_the_speaker() -> None:  # 027
    body = (
        "The General Assembly's human rights committee adopted the resolution 111 to 19. North Korea’s U.N. permanent "
        "representative Choe Myong-nam already denounced the resolution as a plot to sow instability in the country. "
        "According to Reuters, Choe added that “the outrageous and unreasonable human rights campaign staged by the "
        "United States is compelling us not to refrain any further from conducting nuclear tests.”"
    )
    got = {(p["actor_id"], p["speaker_id"], p["stance"]) for p in positions(body)}
    assert got == {("PRK", "choe-myong-nam", "reject"), ("PRK", "choe-myong-nam", "warn")}
    assert "already" not in (actor(body, "choe-myong-nam")["role"] or "")


def test_a_quotation_paragraph_continues_the_speaker_before() -> None:  # 019
    body = (
        "The General Assembly adopted the resolution.\n"
        '"The delegation of the DPRK totally rejects the draft resolution as a grave politically motivated '
        'provocation," North Korean Ambassador to the U.N. Kim Song said. DPRK stands for the North\'s official name.\n'
        '"The draft resolution, tabled by the European Union, is nothing but a political plot." (Yonhap)'
    )
    (p,) = positions(body)
    assert p["speaker_id"] == "kim-song" and "nothing but a political plot" in p["statement"]


def test_a_quotation_paragraph_after_another_speaker_is_not_continued() -> None:
    body = (
        "The General Assembly adopted the resolution.\n"
        '"We totally reject the draft resolution as a political plot," Kim Song, the North Korean ambassador, said. '
        "The US ambassador said the vote mattered.\n"
        '"The draft resolution is nothing but a political plot."'
    )
    (p,) = positions(body)
    assert "nothing but" not in p["statement"]


def test_cue_words_of_the_other_side_do_not_turn_a_speaker() -> None:  # 013
    got = stances(
        "The Third Committee approved the draft by a vote of 91 in favour to 21 against, with 60 abstentions. "
        "The representative of the Democratic People’s Republic of Korea rejected the resolution as “a political plot "
        "of the United States and its satellite countries.” He said that those human rights violations were the "
        "gravest concern of the world today, rather than “fictitious” human rights issues in his country."
    )
    assert got == {("PRK", "reject")}


def test_a_vote_sending_a_message_is_support_as_well() -> None:  # 010
    got = positions(
        "The General Assembly adopted the resolution. “Today's vote sends a powerful message that the world is gravely "
        "concerned about the horrific human rights situation in North Korea,” said HRW Senior Counsel Param-Preet Singh."
    )
    assert {(p["actor_id"], p["stance"]) for p in got} == {("hrw", "concern"), ("hrw", "support")}


def test_reacting_angrily_is_not_a_rejection_and_threatening_is_a_warning() -> None:  # seed 004, 011
    assert ("PRK", "reject") not in stances(
        "The General Assembly adopted the resolution. North Korea reacted angrily to the vote and announced that it "
        "was breaking off talks on improving human rights with the European Union."
    )
    assert stances(
        "The General Assembly adopted the resolution. Still, the North has protested strongly against the resolution, "
        "threatening a nuclear test in response."
    ) == {("PRK", "warn")}


def test_slammed_the_resolution_is_a_rejection() -> None:  # 020
    got = positions(
        "The General Assembly adopted the resolution. Speaking to the Assembly, North Korean Ambassador to the UN Kim "
        "Song slammed the resolution as having nothing to do with the true protection of human rights."
    )
    assert [(p["actor_id"], p["speaker_id"], p["stance"]) for p in got] == [("PRK", "kim-song", "reject")]


def test_a_sentence_about_the_committee_refers_to_its_vote() -> None:  # 003 (Korea Herald)
    cands = candidates(
        "The General Assembly adopted a resolution on Wednesday. The resolution's passage came nearly a month after "
        "the Third Committee of the UN General Assembly passed the resolution with unanimous consent. The chief of "
        "the North's diplomatic mission to the UN had strongly denounced the passage of the resolution by the UN "
        'committee on Nov. 18, calling it a "cooked-up political slander."'
    )
    committee = {c.record["id"] for c in cands if c.table == "events" and c.record["body"] == "ga_third_committee"}
    (p,) = [c.record for c in cands if c.table == "positions"]
    assert p["actor_id"] == "PRK" and p["stance"] == "reject" and p["event_id"] in committee


def test_a_negated_listed_stance_is_not_proposed() -> None:
    assert not stances(WITHOUT_VOTE + "Cuba and Venezuela never joined the consensus.")
    assert not stances(WITHOUT_VOTE + "China and Russia did not express their opposition to it.")


def test_lists_that_welcome_reject_or_boycott() -> None:  # the variety: lists, not only single subjects
    assert {("JPN", "support"), ("KOR", "support"), ("USA", "support")} <= stances(
        WITHOUT_VOTE + "Japan, South Korea and the United States welcomed the resolution."
    )
    assert {("PRK", "reject"), ("SYR", "reject")} <= stances(
        WITHOUT_VOTE + "North Korea and Syria rejected the resolution."
    )
    assert {("PRK", "boycott"), ("ERI", "boycott")} <= stances(
        "The Human Rights Council held a review of the country. North Korea and Eritrea boycotted the review."
    )


def test_a_veto_called_something_else_than_blame_is_no_criticism() -> None:
    assert ("CHN", "support") not in stances(VETO + "China called Russia's veto a necessary step.")
    assert ("CHN", "support") in stances(VETO + "China called Russia's veto irresponsible.")


# --- words that look like other things: "image", "Hungary", a body's expert group ---------------------------
def test_image_after_a_possessive_is_running_text_not_a_caption() -> None:  # 017
    kim = (
        "North Korean Ambassador to the U.N. Kim Song said North Korea flatly rejects the resolution passed by the "
        "committee, calling it a political scheme aimed at tarnishing the North's image."
    )
    got = stances("The Third Committee adopted the resolution without a vote.\n" + kim)
    assert ("PRK", "reject") in got
    caption = "An image of the Third Committee's vote in New York, in which North Korea rejects the resolution."
    assert ("PRK", "reject") not in stances("The Third Committee adopted the resolution without a vote.\n" + caption)


def test_the_representative_of_hungary_is_not_the_general_assembly() -> None:  # 005: "hUNGAry"
    cands = candidates(
        "The draft (document A/C.3/79/L.34) was approved by the Third Committee without a vote. "
        "Introducing the draft, the representative of Hungary, speaking on behalf of the European Union, noted "
        "that the annual draft has been approved for the past 20 years, and highlighted updates to the text."
    )
    bodies = {c.record["id"]: c.record["body"] for c in cands if c.table == "events"}
    assert set(bodies.values()) == {"ga_third_committee"}
    (eu,) = [c.record for c in cands if c.table == "positions" and c.record["actor_id"] == "eu"]
    assert eu["stance"] == "support" and bodies[eu["event_id"]] == "ga_third_committee"


def test_a_member_of_the_councils_expert_group_speaks_for_the_group() -> None:  # 003 (seed)
    got = positions(
        "The Human Rights Council held a review of the country. Sara Hossain, a member of the Council's group of "
        'independent experts on accountability, said that despite "political obstacles," they backed the call for '
        "the Security Council to refer the situation in North Korea to the International Criminal Court (ICC)."
    )
    assert [(p["actor_id"], p["speaker_id"], p["stance"]) for p in got] == [
        ("experts-accountability", "sara-hossain", "call_for_accountability")
    ]
