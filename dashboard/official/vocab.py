"""The official record's closed vocabularies, each code with the words the app and its downloads use.

The codes are what data/rollcalls/*.parquet store (rollcalls.py builds their categories from these Enums);
the labels are the words of the pages and the self-describing CSVs.
"""

from __future__ import annotations

from dashboard.vocabulary import Vocabulary


class Vote(Vocabulary):
    """A state's vote on a roll call, as votes.parquet stores it."""

    yes = "yes", "Yes"  # voted in favour
    no = "no", "No"  # voted against
    abstain = "abstain", "Abstained"  # abstained
    non_voting = "non_voting", "Absent or not voting"  # recorded as not voting, or a member with no vote (derived)


class Method(Vocabulary):
    """How a decision was taken; short: the word of the voting-record table."""

    recorded_vote = "recorded_vote", "recorded vote"  # a recorded vote: yes, no, abstain per state
    without_vote = "without_vote", "adopted without a vote"  # adopted by consensus, without a vote
    unknown = "unknown", "method not stated in the source", None, "unknown"  # the source does not say (never guessed)
    non_recorded_vote = "non_recorded_vote", "non-recorded vote"  # a vote counted but not by name (totals only)
    no_vote_taken = "no_vote_taken", "no vote taken"  # withdrawn or not considered: nothing was decided


class NamesStatus(Vocabulary):
    """Whether a decision's per-state votes are in the record."""

    listed = "listed"  # the per-state votes are present
    missing = "missing"  # a tally stated without names
    not_applicable = "not applicable"  # no vote, so no names
    vetoers_only = "vetoers only"  # a vetoed draft known from the veto list: its vetoers, no other vote, no tally


class Source(Vocabulary):
    """Which source a decision comes from; the label credits it."""

    unvotes = "unvotes", "unvotes (Erik Voeten's data, CC0)"  # roll calls 1946–2019 (the unvotes package)
    un_extract = "UN extract", "United Nations (GA resolutions extract)"  # adopted resolutions, sessions 74–80
    un_digital_library = "UN Digital Library", "United Nations Digital Library voting data"  # the Library's CSV
    hrc_voting = (
        "hrc-voting",
        "OHCHR voting records via Ł. Szoszkiewicz, hrc-voting (PolyForm Noncommercial 1.0.0)",
    )  # Human Rights Council and Commission on Human Rights, 1946–2026
    un_hrc_extract = "UN HRC extract", "United Nations (HRC resolutions extract)"  # Council sponsors, 2023–2025
    un_sc_extract = "UN SC extract", "United Nations (SC resolutions extract)"  # adopted SC resolutions, 2000–2026
    un_sc_drafts = "UN SC drafts", "United Nations (SC drafts not adopted, AKN4UN XML)"  # drafts not adopted, 2023–2025
    sc_veto_list = (
        "SC veto list",
        "World Politics Data Lab, UN Security Council vetoes 1946–2022 (MIT)",
    )  # who vetoed which draft, no other vote


class Body(Vocabulary):
    """The UN organ that took an official decision."""

    general_assembly = "general_assembly", "General Assembly"  # plenary decisions (not its committees)
    human_rights_council = "human_rights_council", "Human Rights Council"  # Geneva, 47 elected members, since 2006
    commission_on_human_rights = (
        "commission_on_human_rights",
        "Commission on Human Rights",
    )  # the Council's predecessor, 1946–2006
    security_council = "security_council", "Security Council"  # 15 members, 5 permanent with a veto


class Outcome(Vocabulary):
    """What became of a decision, where the source states it (empty where it does not: unvotes)."""

    unstated = "", "not stated in the source"  # the source does not say
    adopted = "adopted"  # adopted
    not_adopted = "not_adopted", "not adopted"  # put to the vote and not adopted
    vetoed = "vetoed", "not adopted: negative vote of a permanent member"  # a permanent member's no (a veto)
    withdrawn = "withdrawn"  # withdrawn by its sponsors before action
    not_considered = "not_considered", "not considered"  # no action taken on it


class SponsorRole(Vocabulary):
    """A state's part in sponsoring a resolution (the UN extract); colour: the sponsor map and series chart."""

    sponsor = "sponsor", "sponsor", "#009E73"  # on the draft as tabled (green)
    additional_sponsor = "additional_sponsor", "additional sponsor", "#56B4E9"  # joined later (sky blue)


class SponsorKind(Vocabulary):
    """What a sponsor entry of the extract names."""

    state = "state"  # a member state, by ISO3
    other = "other", "not a state"  # an office, body or procedure, kept as written
    unmapped = "unmapped", "name not recognised"  # a name import-votes could not map (it lists them)


class Cell(Vocabulary):
    """What a state's (or bloc's) cell of the voting record says; the order every legend and table uses.

    short: the words of narrow tables (the CSV keeps the label)."""

    yes = "yes"  # its recorded vote: yes
    no = "no"  # its recorded vote: no
    abstain = "abstain"  # its recorded vote: abstain
    absent = "absent"  # a member with no vote on a recorded vote (recorded as non-voting, or derived)
    not_a_member = "not a member"  # not a member on that date (or had not yet voted at all)
    without_vote = "adopted without a vote", None, None, "without a vote"  # there was no vote
    names_not_recorded = "names not recorded", None, None, "not by name"  # a tally whose names the source lacks
    method_unknown = "method unknown"  # the source does not say how it was decided
    split_or_absent = "split or absent"  # a bloc with no majority among yes, no and abstain
    no_vote_taken = "no vote taken"  # withdrawn or not considered: nothing was decided, nobody voted


#: The cells that count as a vote cast or withheld in a state's yearly shares.
SHARE_CELLS = [Cell.yes.value, Cell.no.value, Cell.abstain.value, Cell.absent.value]
