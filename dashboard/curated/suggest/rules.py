"""Every word list and pattern the suggester uses, in one place a curator can read and extend.

Patterns are Python regular expressions, compiled case-insensitively unless noted. A number is
`NUM` (digits, or a number word up to twenty). Each rule has a name; the draft records which rule
proposed each candidate, so a wrong candidate points at the rule to fix.
"""

from __future__ import annotations

import re

# --- numbers ---------------------------------------------------------------------------------------
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "no": 0, "none": 0, "zero": 0,
}  # fmt: skip
NUM = r"(?:\d{1,3}|" + "|".join(w for w in NUMBER_WORDS if w not in ("no", "none")) + r")"


def number(word: str) -> int:
    """'111' → 111, 'nine' → 9."""
    word = word.strip().lower()
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


# --- bodies ----------------------------------------------------------------------------------------
#: Body → phrases naming it (first match wins, in this order: the committee before the Assembly).
BODY_PATTERNS: list[tuple[str, str]] = [
    # "the Third Committee (Social, Humanitarian and Cultural) of the UN General Assembly" is one name, as are
    # "UNGA's Third Committee" and "the General Assembly's human rights committee"
    ("ga_third_committee", r"Third Committee(?:\s*\([^)]{0,60}\))?(?:\s*\[[^\]]{0,40}\])?\s+of\s+the\s+"
     r"(?:UN\s+|U\.N\.\s+|United Nations\s+)?General Assembly|Third Committee|"
     r"(?:General Assembly|Assembly|\bUNGA)(?:'s|’s)? (?:\w+ ){0,3}committee|"
     r"committee of the (?:UN |U\.N\. )?General Assembly|General Assembly (?:\w+ ){0,3}committee"),
    # "The Assembly adopted without a vote" (capitalised, and deciding: not "said the Assembly 'condemns …'")
    # "UNGA" as a word only: case-insensitively it is inside "Hungary" (speaking for the European Union)
    ("ga_plenary", r"General Assembly|\bUNGA\b|193-(?:member|nation)|"
     r"(?-i:\b[Tt]he Assembly\b)(?=(?:\s+\w+){0,3}\s+(?:adopted|approved|passed|voted|rejected)\b)"),
    ("security_council", r"Security Council|UNSC|15-member (?:council|body|organ)"),
    ("human_rights_council", r"Human Rights Council|UNHRC|\bHRC\b|rights council|47[- ]member|"
     r"top human rights body|Geneva-based (?:council|forum|body)"),
    ("commission_of_inquiry", r"commission of inquiry|\bCOI\b|UN inquiry|U\.N\. inquiry|inquiry led by|the inquiry\b"),
    ("ohchr", r"High Commissioner|OHCHR|human rights office|rights office"),
]  # fmt: skip
#: "the council" and similar: the last council-like body named before.
COUNCIL_ANAPHORA = r"\b(?:the|this|its) (?:council|forum|body)\b"
BODY_ABBREVIATIONS = {
    "ga_third_committee": "ga3",
    "ga_plenary": "ga",
    "security_council": "unsc",
    "human_rights_council": "hrc",
    "commission_of_inquiry": "coi",
    "ohchr": "ohchr",
}
#: A body named just after these words is addressed ("asking the Security Council to refer", "to request that
#: the Security Council refer", "a measure which would have the General Assembly urge", "language encouraging the UN
#: Security Council to refer"), not deciding.
ADDRESSED = (
    r"\b(?:ask(?:s|ed|ing)?|call(?:s|ed|ing)? (?:on|upon)|call(?:s|ed)? for|urg(?:e|es|ed|ing)|request(?:s|ed|ing)?|"
    r"invit(?:e|es|ed|ing)|refer(?:red)? (?:\w+ )*?to|whether|for|would have|encourag(?:e|es|ed|ing)|"
    r"recommend(?:s|ed|ing)?|press(?:es|ed|ing)?|demand(?:s|ed|ing)?)\s+(?:that\s+)?(?:the\s+)?"
    r"(?:UN\s+|U\.N\.\s+|full\s+)?"
)
#: A deciding body named just before these words is the source of a text, not the one deciding on it:
#: "General Assembly Adopts 59 Third Committee Draft Resolutions", "the Third Committee's recommendations".
SOURCE_OF_TEXT_AFTER = r"^(?:['’]s)?\s+(?:draft|drafts|recommendations?)\b"
#: … or after these: "Acting on the recommendations of its Third Committee", "texts recommended by the committee".
SOURCE_OF_TEXT_BEFORE = r"\b(?:recommendations?|report|approval) of (?:its |the )?$|\brecommended by (?:its |the )?$"
#: A bracketed abbreviation right after a body names the same body: "human rights committee (HRC)".
BRACKETED_AFTER_BODY = r"\(\s*$"
#: Bodies that take decisions (the others issue reports).
DECIDING_BODIES = ("ga_third_committee", "ga_plenary", "security_council", "human_rights_council")

# --- decisions -------------------------------------------------------------------------------------
DECISION_NOUN = r"(?:draft resolution|resolution|draft|text|measure|motion|decision|document)"
ADOPTED = r"(?:adopted|approved|passed|agreed|endorsed|carried)"
REJECTED = r"(?:rejected|defeated|voted down|failed)"
#: Event rules: name → pattern. A sentence matching one proposes (or adds evidence to) an event.
EVENT_RULES: dict[str, str] = {
    # "The Council adopted a resolution", "a resolution … passed by a vote of", "agreed on Friday to widen"
    "decision.adopted": rf"\b{ADOPTED}\b(?:\s+\w+){{0,6}}?\s+{DECISION_NOUN}|{DECISION_NOUN}\b[^.;]{{0,160}}?\b{ADOPTED}\b|"  # noqa: E501
    rf"\b(?:council|assembly|committee|body|forum)\s+(?:\w+\s+){{0,3}}{ADOPTED}\b|"
    # the body as subject of a resolution's verb: "Members of the UN's General Assembly on Thursday urged the
    # Security Council to refer" (not "the Council has been urged")
    r"\b(?:council|assembly|committee)(?:\s+(?!been\b)\w+){0,3}\s+(?:urged|condemned|demanded)\b|"
    # "It passed through the General Assembly’s Third Committee last month"; "passed the Third Committee"
    r"\bpassed\s+(?:through\s+)?the\s+(?:\w+['’]s\s+|full\s+)?(?:\w+\s+){0,3}(?:committee|council|assembly)\b|"
    # passive, the body as agent: "Approved by the 47 member council, the resolution …"
    rf"\b{ADOPTED}\s+(?:\w+\s+){{0,2}}?by\s+the\b[^.;]{{0,40}}?\b(?:council|assembly|committee|body|forum)\b|"
    # "voted Tuesday in favor of a draft resolution", "voted to request that the Security Council refer"
    r"\bvoted\s+(?:\w+\s+){0,2}?(?:in\s+favou?r\s+of|to\s+(?:adopt|approve|pass|request|condemn|urge|refer|"
    r"extend|renew))\b",
    "decision.rejected": rf"{DECISION_NOUN}\b[^.;]{{0,120}}?\b(?:was|were)\s+{REJECTED}\b",
    "decision.vetoed": r"\bveto(?:ed)?\b",
    # "will go to the full General Assembly for a vote next month"
    # "will go to the full General Assembly for a vote next month"; "will be presented to the plenary session";
    # "will leave the human rights committee and head to the General Assembly plenary"; "It is expected to pass
    # the full General Assembly next month"; "proceeds to the General Assembly, which is expected to approve";
    # "was then forwarded to the General Assembly for consideration"
    "decision.pending": r"\b(?:will|is to|is expected to|are expected to|is set to|is due to|is likely to)\s+"
    r"(?:[^;]{0,60}?\s)?(?:go|head|be sent|be forwarded|be presented|be submitted|be put|be taken up|come up|move|"
    r"pass|proceed)\b[^;]{0,60}?\b(?:plenary|General Assembly|UNGA)\b|"
    r"\b(?:proceeds?|(?:was|were|is|are) (?:then |now )?(?:forwarded|sent|submitted|referred))\s+to\s+(?:the\s+)?"
    r"(?:full\s+|193-member\s+)?(?:UN\s+|U\.N\.\s+)?(?:General Assembly|plenary)\b|"
    # "is scheduled for a plenary session of the UN General Assembly next month"; "If the resolution is officially
    # approved in the General Assembly plenary session next month" (a condition: the vote is still to come)
    r"\b(?:is|are) (?:scheduled|slated|set|due) for\b[^;]{0,40}?\b(?:plenary|General Assembly)\b|"
    r"\bif\b[^;]{0,60}?\b(?:approved|adopted|passed|endorsed)\b[^;]{0,40}?\b(?:plenary|General Assembly)\b",
    "amendment": r"\bamendments?\b",
    # "started discussion of human rights record in DPRK on Monday"
    "session": r"\b(?:review|session|debate|meeting|interactive dialogue|hearing|discussion)\b",
    "report": r"\breport\b",
}
#: A meeting announced: "The Security Council is expected to take up the issue as early as next week".
SESSION_PENDING = (
    r"\b(?:is|are) (?:expected|set|scheduled|due|likely) to "
    r"(?:take up|meet|discuss|consider|hold a (?:meeting|debate))\b"
)
#: A session is an event only with one of these verbs (a "four-week session" is not one).
SESSION_VERBS = (
    r"\b(?:held|hold|holds|boycott(?:ed|s)?|shun(?:ned|s)?|refused to attend|attended|took part|convened|opened|"
    r"started|began)\b"
)
#: A vote on holding a meeting, not on a text (the Security Council's procedural vote on its agenda): the meeting
#: is then decided by a recorded vote, and a tally in the sentence is the meeting's. "the members held a vote on
#: whether DPRK human rights record should be included on the Security Council's agenda"; "By eleven in favour,
#: two against, and two abstentions, the Council decided to proceed with the meeting."
AGENDA_VOTE = (
    r"\b(?:vote|voted|voting|in favou?r)\b[^.;]{0,120}\b(?:agenda|proceed with the meeting|procedural)\b|"
    r"\b(?:agenda|procedural)\b[^.;]{0,120}\b(?:vote|voted|voting|in favou?r)\b"
)
#: A sentence about other texts than the article's decision: "The Council also adopted several resolutions by
#: consensus without a vote, including the resolution submitted by Finland and Germany on the right to housing".
OTHER_DECISIONS = (
    r"\b(?:also|several|other|many|a number of|\d+|two|three|four|five|six)\s+(?:other\s+)?"
    r"(?:resolutions|texts|drafts|decisions)\b"
)
#: A sentence that opens by pointing back at the decision just reported, case-sensitive: "This decision was adopted
#: with 11 concurring votes", "The vote was 13 to 1".
DECISION_REFERS_BACK = r"^(?:This|That|The) (?:decision|vote)\b"
#: A report is an event when it is published (past) or mandated (future).
REPORT_PUBLISHED = (
    r"\b(?:released|published|issued|presented|catalogued|documented|detailed|found|concluded|"
    r"landmark|based on|report that)\b|\b(?:19|20)\d\d (?:\w+ )?report\b|report (?:in|of) (?:19|20)\d\d"
)
REPORT_MANDATED = (
    r"\b(?:to prepare|to be published|will publish|mandated|asks? .{0,80}to (?:prepare|produce|present))\b|"
    r"\b(?:demand|request|call)s? (?:for|that) [^.;]{0,80}\bto (?:prepare|produce|present|submit)\b|"
    r"\bnew report\b|\bupcoming report\b"
)
WITHOUT_VOTE = r"\bwithout (?:a )?vot(?:e|ing)\b|\bby consensus\b|\bby acclamation\b|\bconsensus\b"

# --- tallies ---------------------------------------------------------------------------------------
#: Each tally rule gives yes, no, abstain (and non_voting) as named groups.
TALLY_RULES: dict[str, str] = {
    # "97 votes in favour, 23 against and 61 abstentions"; "97 in favour to 23 against, with 61 abstentions"
    "tally.in-favour-against": rf"(?P<yes>{NUM})\s+(?:votes?\s+)?in\s+favou?r(?:\s+of\s+it)?,?\s+(?:to\s+)?(?P<no>{NUM})\s+"  # noqa: E501
    rf"(?:votes?\s+)?against,?\s+(?:and|with)\s+(?P<abstain>{NUM})\s+(?:abstentions?|abstaining|abstained)",
    # "passed 97-23 with 61 abstentions"; "a vote of 111 to 19 with 55 abstentions"; "approved 97 to 23, with 61 abstaining"  # noqa: E501
    # "adopted a non-binding resolution by 116 votes to 20, with 52 abstentions"
    "tally.x-to-y-with-z": rf"\b(?:vote|voted|votes|passed|adopted|approved|margin|tally|count|carried|rejected|defeated)"  # noqa: E501
    rf"\b[^.;\d]{{0,40}}?\b(?P<yes>\d{{1,3}})(?:\s+votes?)?\s*(?:-|–|—|\bto\b)\s*(?P<no>\d{{1,3}})\b(?!-)"
    rf"(?:,?\s*(?:with|and)\s+(?P<abstain>{NUM})\s+(?:abstentions?|abstaining|abstained|countries abstaining))?",
    # "97 countries voted in support … 23 countries voted against it and 61 countries abstained"
    "tally.countries-voted": rf"(?P<yes>{NUM})\s+(?:countries|states|nations|members|member states)\s+voted\s+"
    rf"(?:in\s+(?:support|favou?r)|for)\b[^.]{{0,200}}?(?P<no>{NUM})\s+(?:countries\s+|states\s+|nations\s+)?voted\s+"
    rf"against\b[^.]{{0,60}}?(?P<abstain>{NUM})\s+(?:countries\s+|states\s+|nations\s+)?(?:abstained|abstaining)",
    # the Security Council's words: "adopted with 11 concurring votes; 2 contrary votes (China and the Russian
    # Federation) and 2 abstentions"; "by 13 affirmative votes, 1 negative vote and 1 abstention"
    "tally.concurring-contrary": rf"(?P<yes>{NUM})\s+(?:concurring|affirmative)\s+votes?\s*(?:\([^)]*\))?[;,]?\s+"
    rf"(?P<no>{NUM})\s+(?:contrary|negative)\s+votes?\s*(?:\([^)]*\))?[;,]?\s+(?:and\s+)?"
    rf"(?P<abstain>{NUM})\s+abstentions?",
    # "an earlier vote of the plenary session of the General Assembly (116:20:55)"
    "tally.colons": r"\((?P<yes>\d{1,3}):(?P<no>\d{1,3}):(?P<abstain>\d{1,3})\)",
    # "a vote of 111-19-55"; "by 97-23-61"
    "tally.x-y-z": r"\b(?P<yes>\d{1,3})\s*[-–—]\s*(?P<no>\d{1,3})\s*[-–—]\s*(?P<abstain>\d{1,3})\b(?![-–—]?\d)",
}  # fmt: skip
#: A tally in any order, each part on its own: "passed with 28 yes votes, 13 abstentions and 5 no votes" (yes and
#: no both needed).
TALLY_PARTS = {
    "yes": rf"(?P<n>{NUM})\s+(?:yes|affirmative|favou?rable)(?:\s+votes?)?\b",  # "116 yes, 20 no, and 53 abstentions"
    "no": rf"(?P<n>{NUM})\s+(?:no|negative)(?:\s+votes?)?\b",
    "abstain": rf"(?P<n>{NUM})\s+abstentions?\b",
}
NON_VOTING = (
    rf"(?P<non_voting>{NUM})\s+(?:countries\s+|states\s+|members\s+)?(?:did not vote|not voting|absent|non-voting)"
)

# --- named votes -----------------------------------------------------------------------------------
#: Words before a vote phrase that make it a prediction, not a vote.
HYPOTHETICAL = (
    r"\b(?:expected|likely|set|poised|due|planning|plan|threatened|may|might|would|could|will|to)\s+(?:\w+\s+)?$"
)
#: After the vote phrase, only states in these lists voted (not "the resolution on North Korea").
ALONG_WITH = r"\b(?:along with|together with|as well as|joined by|including|such as|alongside)\b"
#: A clause ends here: states after it are not the voters.
CLAUSE_END = r",\s*(?:who|which|whose|while|but|although|saying|arguing|after)\b|;|\s[—–]\s|\bwhile\b|\bbut\b"

# --- sponsors --------------------------------------------------------------------------------------
#: Role → the phrases that introduce the sponsors' list (passive: "brought by X and Y").
SPONSOR_BY: dict[str, str] = {
    "co_sponsor": r"\bco-?sponsored\s+by\b",
    "main_sponsor": r"\b(?:brought(?:\s+forth|\s+forward)?|drafted|sponsored|tabled|put\s+forward|submitted|"
    r"introduced|presented|proposed|led|penned)\s+by\b",
    "supporter": r"\b(?:backed|supported|endorsed)\s+by\b",
}
#: "With 54 cosponsors", "co-sponsored by more than 60 countries", "had 62 co-sponsors"
COSPONSOR_COUNT = [
    r"(?P<qual>more than|over|at least|some|about|around|nearly|almost|roughly)?\s*(?P<n>\d{1,3})\s+co-?sponsors\b",
    r"\bco-?sponsored\s+by\s+(?P<qual>more than|over|at least|some|about|around|nearly|almost|roughly)?\s*(?P<n>\d{1,3})"  # noqa: E501
    r"\s+(?:countries|states|nations|members|member states|delegations)",
]
QUALIFIERS = {
    None: "exactly", "": "exactly", "more than": "more_than", "over": "more_than", "at least": "at_least",
    "some": "about", "about": "about", "around": "about", "nearly": "about", "almost": "about", "roughly": "about",
}  # fmt: skip
#: "an amendment presented by Cuba"; "An amendment to remove this language from the resolution, offered by Cuba";
#: "the European Union introduced a minor amendment"
AMENDMENT_BY = (
    r"\bamendment\b[^.;]{0,60}?\b(?:presented|proposed|introduced|tabled|submitted|put forward|sponsored|offered)"
    r"\s+by\b"
)
AMENDMENT_SUBJECT = (
    r"\b(?:introduced|presented|proposed|tabled|submitted|put forward)\s+(?:an?\s+|its\s+)?(?:\w+\s+){0,2}amendment"
)

# --- positions and quotes --------------------------------------------------------------------------
SPEECH_VERBS = (
    r"(?:said|says|told|added|adds|declared|stated|insisted|warned|stressed|noted|argued|wrote|"
    r"remarked|explained|complained|urged|tweeted|announced|replied|responded|commented|asserted)"
)
#: A quoted fragment ('despite "political obstacles,"') is a few words, not a statement: it is folded into
#: the same speaker's statement of the same stance, at most this many sentences away, with no other
#: speaker quoted between.
FRAGMENT_MAX_WORDS = 3
FRAGMENT_REACH = 4
#: A quotation: straight or typographic double quotes, at least one letter inside.
QUOTE = r"[\"“](?P<q>[^\"“”]*?[A-Za-z][^\"“”]*?)[\"”]"
#: Stance rules, tried in order on the words around (and inside) a statement; the first that fires wins.
STANCE_RULES: list[tuple[str, str]] = [
    ("veto", r"\bveto(?:ed|es)?\b"),
    ("boycott", r"\bboycott(?:ed|ing|s)?\b|\brefused to attend\b|\bstayed away\b|\bshun(?:ned|s)?\b|\bwalked out\b"),
    ("dissociate", r"\bdissociat(?:ed|es|e)\b"),
    ("reject", r"\breject(?:ed|s|ion)?\b|\bdenounc(?:ed|es)\b|\bfabrications?\b|\blies\b|\bplots?\b|\bhostile policy\b|"
     r"\bpoliticall?y[- ]motivated\b|\binterference\b|\bdouble standards\b|\bpoliticisation\b|\bpoliticization\b|"
     r"\bslander\b|\bnothing more than\b|\bfraudulent\b|\bbreaking off\b|\bbroke off\b"),
    ("warn", r"\bwarn(?:ed|s|ing)?\b|\bthreaten(?:ed|s)?\b|\bconsequences\b|\bheld responsible\b|\bnuclear tests?\b"),
    ("call_for_dialogue", r"\bdialogue\b|\bfurther discussion\b|\bavoid provocation\b|\bcomplex and sensitive\b|"
     r"\brestraint\b|\bbigger picture\b|\bengagement\b|\bcooperation rather\b"),
    ("call_for_accountability", r"\baccountab\w*\b|\bpunish\w*\b|\bheld to account\b|\bcriminal trials?\b|"
     r"\binvestigation\b|\btribunal\b|\bprosecut\w*\b|\brefer\w*\b[^.]{0,60}\b(?:ICC|International Criminal Court)\b|"
     r"\btargeted killings?\b"),
    ("concern", r"\bconcern(?:ed|s)?\b|\balarm(?:ed)?\b|\bdeplor\w+\b|\bappalled\b|\bgrave\b"),
    ("support", r"\bwelcom\w+\b|\bpraised?\b|\bhail(?:ed|s)?\b|\bstep closer\b|\bvictory\b|\bapplaud\w*\b|\bsupport(?:ed|s)?\b"),  # noqa: E501
    ("oppose", r"\bopposed?\b|\bunfairly target\w*\b|\bcomplained\b"),
]  # fmt: skip
#: Without a quotation, a sentence whose subject is an actor proposes a position only on these verbs.
ACTION_STANCES: list[tuple[str, str]] = [
    ("boycott", r"\b(?:boycotted|refused to attend|stayed away from|shunned|walked out of)\b"),
    ("dissociate", r"\bdissociated\b"),
    ("reject", r"\b(?:rejected|rejects|denounced)\b"),
    ("call_for_dialogue", r"\b(?:called for|urged|seeking|sought|still seeking)\s+(?:\w+\s+){0,2}(?:dialogue|discussion|talks)\b"),  # noqa: E501
    ("call_for_accountability", r"\b(?:called for|urged|backed the call)\b[^.]{0,80}\b(?:accountab\w*|investigation|"
     r"refer\w*|justice|prosecut\w*|tribunal)\b"),
    ("warn", r"\bwarned\b|\bthreatened\b"),
    ("support", r"\b(?:welcomed|praised|hailed)\b"),
]  # fmt: skip
#: Titles and roles that make a phrase a speaker (for unnamed speakers: "its envoy", "Pyongyang's deputy ambassador").
ROLE_WORDS = (
    r"(?:deputy |permanent |special |senior |chief |top |vice[- ])?(?:ambassador|envoy|representative|"
    r"diplomat|delegate|delegation|minister|spokes(?:man|woman|person)|counsell?or|official|rapporteur|director|"
    r"head|president|secretary[- ]general|chair(?:man|woman|person)?|commissioner|expert|investigator|mission|"
    r"foreign ministry|ministry)"
)
#: A person's name: two to four capitalised words ("Pak Chol", "Tomas Ojea Quintana", "Kim Song").
PERSON_NAME = r"(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:\s+|$)){1,3}[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"
#: Words that look like a capitalised name but are not one.
NOT_NAMES = {
    "The", "This", "That", "North", "South", "Korea", "Korean", "United", "Nations", "Council", "Human", "Rights",
    "General", "Assembly", "Security", "European", "Union", "Watch", "Court", "International", "Criminal", "Geneva",
    "Commission", "Inquiry", "Office", "High", "Commissioner", "Supreme", "Leader", "Panel", "Experts", "Minister",
    "President", "Foreign", "Ministry", "Special", "Rapporteur", "State", "Department", "Committee", "People",
    "Democratic", "Republic",
}  # fmt: skip
#: Leaders named in passing ("Kim Jong Un", "Vladimir Putin") are not speakers unless they are quoted.

# --- source metadata ---------------------------------------------------------------------------------
AGENCIES = {
    "Reuters": "Reuters", "AFP": "AFP", "Agence France-Presse": "AFP", "AP": "AP", "Associated Press": "AP",
    "Yonhap": "Yonhap", "Kyodo": "Kyodo", "Xinhua": "Xinhua", "dpa": "dpa", "EFE": "EFE", "ANSA": "ANSA",
    "TASS": "TASS", "IANS": "IANS", "PTI": "PTI", "Bernama": "Bernama", "KCNA": "KCNA", "UPI": "UPI",
}  # fmt: skip
#: Lines that are page furniture, never a headline or a fact.
FURNITURE = (
    r"^(?:click to expand|we need your help|support from readers|advertisement|subscribe|sign up|share this|"
    r"read more|read:|more:|related:|your voice|readers comments|submit a report|please help us|thank you for|"
    r"your feedback|photo:|image:|file photo|caption:)"
)
#: Appeals for money or subscriptions, anywhere in a line: page furniture.
APPEAL = (
    r"\b(?:please contribute|contribute what you can|donate|subscribe now|become a (?:member|supporter)|"
    r"you are visiting us|advertising revenue|support (?:our|independent) journalism|readers like you)\b"
)
#: A caption or a credit: it names a photograph or carries a copyright sign. "image" after a possessive is a
#: reputation, not a picture: "a political scheme aimed at tarnishing the North's image".
CAPTION = (
    r"\bphoto(?:graph)?s?\b|(?<!['’]s )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bour )\bimages?\b|"
    r"©|\(c\)|\bpictured\b|\bvia AP\b|\bfile picture\b"
)
#: Places a story is filed from (a dateline): the UN's seats and common capitals. Extend freely.
DATELINE_PLACES = [
    "United Nations", "New York", "Geneva", "Vienna", "Nairobi", "The Hague", "Seoul", "Pyongyang", "Tokyo", "Beijing",
    "Washington", "Moscow", "Brussels", "London", "Paris", "Berlin", "Bangkok", "Jakarta", "Manila", "Hong Kong",
    "Singapore", "Sydney", "Canberra", "Ottawa", "Havana", "Tehran", "Damascus", "Caracas", "Minsk", "Kuala Lumpur",
    "Panmunjom", "Dandong", "Vladivostok", "Ulaanbaatar", "Hanoi", "Taipei", "Osaka",
]  # fmt: skip

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"


def compile_all(patterns: dict[str, str], flags: int = re.IGNORECASE) -> dict[str, re.Pattern[str]]:
    return {name: re.compile(pattern, flags) for name, pattern in patterns.items()}


# --- patterns of the passes ----------------------------------------------------------------------------
# Each is used with the flags its pass names (most case-insensitively; "case-sensitive" says otherwise).

# source metadata (source_meta.py)
#: A byline on its own line, case-sensitive: "By Stephanie Nebehay", "By Tom Miles and Stephanie Nebehay."
BYLINE = (
    r"By\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
    r"(?:\s+and\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})?)\.?"
)
#: An outlet's appeal naming itself, case-sensitive: "Your support keeps The Diplomat open".
OUTLET_KEEPS = r"keeps\s+(?P<outlet>The\s+[A-Z]\w+(?:\s+[A-Z]\w+)?)\s+(?:open|going|alive|free)"
#: The word that marks an outlet's own appeal (such a line is not an appeal for others): "keeps".
OUTLET_APPEAL_WORD = "keeps"
#: A comments box or a thank-you line: "Readers Comments", "Your Voice", "Thank you for reading".
COMMENTS_LINE = r"(?:Readers\s+)?Comments?|Your Voice|Thank you.*"
#: A photo credit rather than the story's credit (with CAPTION): "© Reuters/Denis Balibouse", "Getty Images".
PHOTO_CREDIT = r"/|Images?"
#: A caption ending in a bracketed photo credit, case-sensitive: "… in Geneva. (Yonhap Photo)".
CAPTION_PHOTO_TAIL = r"\((?:[^)]*Photo[^)]*)\)\s*$"
#: The agency line of a wire copy, case-sensitive ({agencies} filled in): "Reuters Geneva, Switzerland Mar 24, 2017".
AGENCY_LINE = (
    r"^\s*(?P<agency>{agencies})\s+(?P<place>[A-Z][a-z]+(?:[ ,]+[A-Z][a-z]+)*?)\s+"
    r"(?P<date>" + MONTH + r"\s+\d{{1,2}},?\s+\d{{4}})"
)
#: A dateline with month and day, case-sensitive: "GENEVA, March 23 (Reuters) -", "NEW YORK, Dec. 3 (AFP) --".
DATELINE = (
    r"(?<![A-Z])(?P<place>[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+)*),\s*(?P<month>" + MONTH + r")\s+(?P<day>\d{1,2})"
    r"(?:,\s*(?P<year>\d{4}))?\s*(?:\((?P<agency>[A-Za-z .-]+)\))?\s*[-–—]{1,2}"
)
#: A known place opening the first line, case-sensitive ({places} filled in): "Geneva. The Human Rights Council …".
DATELINE_PLACE_LINE = r"^(?P<place>{places})\.\s+[A-Z]"
#: A dateline without a date, case-sensitive: "UNITED NATIONS (AP) —", "SEOUL -- ".
DATELINE_UNDATED = (
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+)*)\s*(?:\((?P<agency>[A-Za-z .-]+)\))?\s*[-–—]{1,2}\s"
)
#: An agency in brackets opening a line: "(AFP) — The UN General Assembly …".
AGENCY_PAREN = r"^\s*\((?P<agency>[A-Za-z .-]+)\)\s*[-–—]"
#: The end of a line that is running text, not a headline: "… said on Friday." or "Related:".
SENTENCE_FINAL = r"[.:]$"

# events (events.py)
#: A veto cast: "Russia vetoed the draft", "China's veto", "cast its veto" (not "veto power"), "owing to the
#: negative vote of a permanent member", "due to a veto cast by the Russian Federation".
VETOED = (
    r"\bvetoed\b|['’]s veto\b(?!\s+power)|\b(?:cast|used|exercised) (?:its|a|their) veto\b|"
    r"\bnegative vote of (?:a|one|two) (?:of its )?permanent members?\b|\bdue to a veto\b"
)
#: A report named in a sentence about a decision: "a report released in February" dates the report, not the vote.
REPORT_CLAUSE = r"\b(?:[\w-]+\s+){0,2}report\b[^.;]{0,60}"
#: The word report: "the Commission's report".
REPORT_WORD = r"\breport\b"
#: A decision spoken of as possible, not taken: "the Council should adopt", "could also pass".
HYPOTHETICAL_DECISION = r"\b(?:should|could|would|may|might)\s+(?:also\s+)?(?:\w+\s+)?(?:adopt|pass|approve)"
#: A UN document symbol, case-sensitive: "A/C.3/69/L.28", "A/HRC/RES/34/24", "S/2022/431".
SYMBOL = r"\b(?:A|S|A/HRC|A/C\.3)/(?:RES/)?\d{1,2}/(?:L\.)?\d{1,4}(?:/Rev\.\d)?\b"
#: A mandated report referring back to one already named: "the new report", "this upcoming report".
REPORT_REFERS_BACK = r"\b(?:new|upcoming|the|this)\s+(?:\w+\s+)?report\b"
#: A report's named organisation, case-sensitive: "a 2014 UN report", "a U.N. report".
UN_WORD = r"\b(?:UN|U\.N\.|United Nations)\b"
#: A mandated report's publication month, case-sensitive: "to be published in September 2025", "by March 2026".
REPORT_DUE = (
    r"\b(?:to be published|due|published|by)\s+(?:in\s+)?(?P<month>" + MONTH + r")\s+(?P<year>(?:19|20)\d\d)"
)
#: The plenary vote comes the month after: "for a vote next month".
NEXT_MONTH = r"\bnext month\b"

# actors in lists (article.py)
#: Between two actors of one list: "Japan and the European Union", "Cuba, Iran, Syria and Sudan".
LIST_GAP = r"\s*(?:,\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s*&\s*|\s+as well as\s+)(?:the\s+)?"
#: Before the first actor of a list: "by the European Union", "by fellow members".
LIST_START = r"\s*(?:the\s+)?(?:fellow\s+)?"

# named votes (named_votes.py)
#: A sentence that may report votes: "voted", "abstained", "opposed".
VOTE_WORD = r"\b(?:vot|abstain|oppos)"
#: After a state's name, it vetoed: "Russia's veto", "China vetoed", "Russia cast …".
VETO_AFTER_NAME = r"['’]s veto|\s+vetoed|\s+(?:cast|used)"
#: What the states "were among": "voted against", "opposed", "abstaining", "in favour".
AMONG_WHAT = (
    r"(?P<what>voted against|against|opposed|opposing|abstained|abstaining|voted in favou?r|in favou?r|supported)"
)
#: The voters against complained: "…, who complained that it was politicised".
VOTERS_COMPLAINED = r",\s*who\s+(?:complained|said|argued|protested|objected|insisted)\b"
#: The start of the clause a vote phrase belongs to: "…; China", "…, but Russia", "… while Cuba".
SUBJECT_CLAUSE_START = r"[;:]|,\s*(?:but|while|and)\s|\bwhile\b|\bbut\b|—|–"
#: Between states of one list before a verb: "China, Russia and Cuba", "China & Russia".
SUBJECT_LIST_GAP = r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?"
#: A long gap between the states and the verb is allowed for "were among": "Cuba and Iran … were among the 19".
WERE_AMONG_TAIL = r"[^.]*\bwere among\b.*"

# sponsors (sponsors.py)
#: Words just before "proposed by" that make it an amendment's proposer: "an amendment proposed by Cuba".
AMENDMENT_BEFORE = r"amendment[^.]{0,40}$"

# positions and quotes (positions.py)
#: A pronoun or a bare role that continues the last named speaker: "he", "the envoy".
BARE_ROLE = r"(?:the\s+)?(?:rapporteur|envoy|ambassador|diplomat|official|expert)"
#: "its envoy", "their ambassador": a role of the last state named.
POSSESSIVE_ROLE = r"^(?:its|their)\s+"
#: A state's role after its name: "Pyongyang's deputy ambassador", "China's foreign ministry".
ROLE_AFTER_NAME = r"^['’`]s\s+(?P<role>(?:[\w-]+\s+){0,2}" + ROLE_WORDS + r"\b.*)$"
#: The short form of a role: "deputy ambassador" in "deputy ambassador to the UN in Geneva".
ROLE_CORE = r"^(?:[\w-]+\s+){0,2}?" + ROLE_WORDS
#: A single-name speaker known from the registry, case-sensitive: "Mun", "Ojea Quintana".
SHORT_NAME = r"(?P<n>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
#: An article before a role: "the head of …", "a member of …".
LEADING_ARTICLE = r"^(?:the|a|an)\s+"
#: A word in a quotation: counts a fragment's words.
QUOTED_WORD = r"[\w'’-]+"
#: Speaker after the quotation, case-sensitive ({verbs} filled in): '…," its envoy said'; ', Mun said.'
SPEAKER_AFTER = r"^[\s,.]*(?P<who>[^\"“”]{{1,160}}?)\s+(?P<verb>{verbs})\b"
#: A tail that starts with a speech verb, case-sensitive ({verbs} filled in): '…," said …'.
VERB_FIRST = r"^(?:{verbs})\b"
#: Verb then speaker after the quotation, case-sensitive: '…," said William Mozdzierz, head of the US delegation.'
SAID_SPEAKER = r"^[\s,.]*(?P<verb>said|says|added|wrote)\s+(?P<who>[^\"“”]{2,160}?)[.\s]*$"
#: Speaker in the last clause after the quotation, case-sensitive ({verbs} filled in):
#: '…" and all sides should avoid provocation …, Chinese diplomat Jiang Yingfeng said.'
SPEAKER_LAST_CLAUSE = r",\s*(?P<who>[^,\"“”]{{2,80}}?)\s+(?P<verb>{verbs})\b[^,\"“”]*$"
#: Speaker before the quotation, case-sensitive ({verbs} filled in): 'North Korea said it "…"'.
SPEAKER_BEFORE = (
    r"^(?P<who>.{{2,200}}?)\s+(?:has\s+|had\s+|also\s+)?(?P<verb>{verbs}|denounced|called|described|rejected|saying)\b"
)
#: A connective opening the sentence, case-sensitive: "However, North Korea said …".
OPENING_CONNECTIVE = r"^(?:However|But|And|Meanwhile|Separately|Still),?\s+"
#: The actor a sentence opens with, before an action verb, case-sensitive: "North Korea boycotted the review".
ACTION_SUBJECT = (
    r"^(?:However,?\s+|But\s+|Both\s+|Meanwhile,?\s+)?(?P<who>.{2,160}?)\s+(?:has\s+|had\s+|also\s+|was\s+|is\s+)?"
    r"(?:said|boycotted|refused|reacted|rejected|denounced|dissociated|called|urged|welcomed|warned|threatened|"
    r"stayed|shunned|walked|praised|hailed|slammed|refuted|condemned|labell?ed|expressed|protested|dismissed)\b"
)
#: "boycotted" in a stance pattern also reads "boycotting" ("said after boycotting the debate").
BOYCOTT_FORMS = "boycott(?:ed|ing)"
#: A sentence about a session: "the review", "the session", "the debate".
SESSION_WORD = r"\b(?:review|session|debate)\b"
#: A sentence about a decision: "the resolution", "the vote", "the document", "'resolution'".
DECISION_TOPIC = r"\b(?:" + DECISION_NOUN + r"|vote|document)\b|['‘]resolution['’]"
#: What makes an "among the …" phrase a vote against: "opposed", "voted against".
AGAINST_WORDS = r"against|oppos"
#: A state's id, case-sensitive: "PRK" (organisations such as "eu" are not states and cast no vote).
ISO3 = r"[A-Z]{3}"

# --- dates (dates.py) ----------------------------------------------------------------------------------
# Compiled case-insensitively unless "case-sensitive" is said.
#: A full date, month first: "March 14, 2017", "Mar 24, 2017", "Dec. 3, 2014".
DATE_MDY = r"\b(?P<month>" + MONTH + r")\s+(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d\d)\b"
#: A full date, day first: "14 March 2017", "18 December 2014".
DATE_DMY = r"\b(?P<day>\d{1,2})\s+(?P<month>" + MONTH + r")\s+(?P<year>(?:19|20)\d\d)\b"
#: A full date in ISO form, case-sensitive: "2017-03-14", "Written: 2021-11-18 08:23:16".
DATE_ISO = r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"
#: A month and day without a year, case-sensitive: "on April 4", "4 April" (not "April 4, 2024").
MONTH_DAY = (
    r"\b(?P<month>" + MONTH + r")\s+(?P<day>\d{1,2})(?!\d|,?\s+(?:19|20)\d\d)\b|"
    r"\b(?P<day2>\d{1,2})\s+(?P<month2>" + MONTH + r")(?!\s+(?:19|20)\d\d)\b"
)
#: A month and year: "in February 2014", "of December 2014" ("until April 2025" is a bound: see DATE_BOUND).
MONTH_YEAR = r"\b(?:in|by|until|from|of|since)\s+(?P<month>" + MONTH + r")\s+(?P<year>(?:19|20)\d\d)\b"
#: A month alone, case-sensitive: "released in February", "concluded in a February report", "late November".
MONTH_ONLY = (
    r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?)\s+(?:a\s+|the\s+)?(?P<month>" + MONTH + r")(?!\s+\d)\b"
)
#: A weekday, case-sensitive, with an optional day/month: "on Friday", "Monday (13/03)".
WEEKDAY_WORD = r"\b(?P<weekday>" + WEEKDAY + r")\b(?:\s*\((?P<dd>\d{1,2})/(?P<mm>\d{1,2})\))?"
#: A year, case-sensitive: "2014".
YEAR = r"\b(?P<year>(?:19|20)\d\d)\b"
#: A date relative to the article's: "yesterday", "last month", "next year".
RELATIVE = r"\b(?P<rel>yesterday|today|last week|last month|next month|this month|last year|next year)\b"
#: A credit line with a year: "© AFP 2014", "© – AFP 2014", "©2017 Reuters".
CREDIT = r"©\s*[–—-]?\s*(?P<who>[^\n\d]{0,40}?)\s*(?P<year>(?:19|20)\d\d)(?P<rest>[^\n]*)"
#: A copyright line: "Copyright 2014 The Associated Press", "Copyright (c) 2017".
COPYRIGHT_WORD = r"\bCopyright\s+(?:\(c\)\s*)?(?P<year>(?:19|20)\d\d)\b(?P<rest>[^\n]*)"
#: Before a year announced as ahead of the article: "to be published in 2025", "due by March 2026".
FUTURE_YEAR = (
    r"\b(?:(?:to be|will be|is due to be|is expected to be)\s+\w+|due|by|until|planned for|expected)"
    r"\s+(?:in\s+|on\s+)?(?:(?:early|mid|late|end)[- ]?\s*)?(?:" + MONTH + r"\s+)?(?:\d{1,2},?\s+)?$"
)
#: Before a date that bounds a period rather than dating the event: "extended until 30 April 2025",
#: "since 2005", "the mandate expires on 30 April" ("a report from 2014" is the report's date).
DATE_BOUND = (
    r"\b(?:until|till|through|since|between|expir(?:e|es|ing|ed)(?: on)?|ending(?: on)?|"
    r"as of|as early as|no later than|by the end of)\s+(?:the\s+)?(?:(?:early|mid|late|end)[- ]?\s*)?"
    r"(?:(?:\d{1,2}\s+)?" + MONTH + r"\s+)?(?:\d{1,2},?\s+)?$"
)
#: A year of the history of the texts, not of the event: "first adopted in 2005", "the first time since it was
#: first adopted in 2005", "for the 16th time since 2005", "annually since 2005"; and the year of an earlier
#: text cited by number: "resolution 1718 (2006)", "resolutions 2270 (2016), 2321 (2016)"; a body's founding: "The
#: Panel was established in 2006".
HISTORY_YEAR = (
    r"\bfirst\b[^.;]{0,80}?\b(?:in|since)\s+$|\b(?:each|every) year\b[^.;]{0,40}$|"
    r"\b(?:established|created|set up|founded|formed)\s+in\s+$|"
    r"\b\d{2,4}(?:/\d+)?\s*\($"
)
#: How many days a dateline may follow (or, across time zones, precede) a full date the article states and still
#: take its year: "NEW YORK, Nov. 19" after "passed … on Nov. 18, 2014" is 2014; "WASHINGTON, Nov. 16" under a
#: page dated "2022-11-17" is 2022.
DATELINE_STATED_REACH_DAYS = 7
DATELINE_STATED_BEFORE_DAYS = 2
#: A page's own date line opening the text, case-sensitive: " date 2022-11-17 U.N. Third Committee passes …",
#: "Written: 2021-11-18 08:23:16", "Published 14 March 2017".
PAGE_DATE_LINE = r"^\s*(?:date|Date|Written|Published|Posted|Updated)\s*:?\s*(?:on\s+)?"
#: A date alone on its line, day first and unambiguous (the day above 12), case-sensitive: "23/12/14".
NUMERIC_DATE_LINE = r"^\s*(?P<day>1[3-9]|2\d|3[01])/(?P<month>0?[1-9]|1[0-2])/(?P<year>\d{2}|\d{4})\s*$"
# --- named votes and sponsors (named_votes.py, sponsors.py) --------------------------------------------
# Compiled case-insensitively unless "case-sensitive" is said. A vote goes to the subject of its clause or to
# a list that a vote phrase introduces, never to the nearest state name.
#: A sentence that may name votes: "voted", "abstained", "abstentions", "opposed", "the negative votes", an annex's
#: "Against:" or "In favour:".
NAMED_VOTE_WORD = r"\b(?:vot|abstain|abstention|oppos|contrary vote)|^(?:against|in\s+favou?r)\s*:"
#: Vote phrases after their voters, the subject of the clause: "China and Russia voted against it",
#: "Russia opposed the renewal and China chose to abstain", "Gabon did not vote".
SUBJECT_VOTE_PHRASES: dict[str, str] = {
    "no": r"\bvoted\s+(?:against|no)\b|\bvoting\s+against\b|\bcast\s+(?:a\s+|their\s+)?(?:negative|no)\s+votes?\b|"
    r"\bopposed\b|\bopposing\b",
    "yes": r"\bvoted\s+(?:in\s+favou?r|for|yes|in\s+support)\b|\bvoting\s+(?:in\s+favou?r|for)\b",
    "abstain": r"\babstained\b|\babstaining\b|\b(?:chose|decided|opted|preferred|elected)\s+to\s+abstain\b",
    "non_voting": r"\bdid\s+not\s+(?:vote|take\s+part\s+in\s+the\s+vote)\b",
}
#: Of the phrases above, those that are a stance as much as a vote ("opposed"): a vote only where one was held,
#: and never for the state the text is about ("North Korea opposed the resolution" is its statement).
STANCE_VOTE_WORDS = r"^oppos"
#: Vote phrases before their voters, a list: "The negative votes were Russia, Indonesia, Egypt, Cuba and China",
#: "those opposed were China, Cuba, …", "Among the democratic abstentions were India, Indonesia, and South
#: Africa", "2 contrary votes (China and the Russian Federation)", "2 abstentions (Chad (the current President)
#: and Nigeria)", a press release's annex "Against: Belarus, China, …". A pattern ending in "(" reads the list
#: inside the brackets, and only a list that fills them.
LISTED_VOTE_PHRASES: dict[str, str] = {
    "no": r"\b(?:negative|contrary|no)\s+votes?\s+(?:were|came\s+from|included)\s+|"
    r"\bvotes?\s+against\s+(?:it\s+)?(?:were|came\s+from|included)\s+|"
    r"\bthose\s+(?:who\s+)?(?:opposed|opposing|against|voted\s+against|voting\s+against)\s+(?:it\s+)?(?:were|included)\s+|"
    r"\bamong\s+(?:the|those)\s+(?:\w+\s+)?(?:(?:who|that)\s+)?(?:opposed|opposing|voted\s+against|voting\s+against|"
    r"against|negative\s+votes|no\s+votes)\s+(?:it\s+)?were\s+|"
    rf"\b{NUM}\s+(?:contrary|negative|no)\s+votes?\s*\(|\b{NUM}\s+(?:votes?\s+)?against\s*\(|^Against\s*:\s*",
    "abstain": r"\b(?:abstentions|abstainers)\s+(?:were|came\s+from|included)\s+|"
    r"\bthose\s+(?:who\s+)?(?:abstained|abstaining)\s+(?:were|included)\s+|"
    r"\bamong\s+(?:the|those)\s+(?:\w+\s+)?(?:(?:who|that)\s+)?(?:abstentions|abstainers|abstained|abstaining)\s+were\s+|"
    rf"\b{NUM}\s+abstentions?\s*\(|^Abstain(?:ing)?\s*:\s*",
    "yes": r"\bthose\s+(?:who\s+)?(?:voted|voting)\s+(?:in\s+favou?r|for)(?:\s+of\s+it)?\s+(?:were|included)\s+|"
    rf"\b{NUM}\s+(?:concurring|affirmative)\s+votes?\s*\(|\b{NUM}\s+(?:votes?\s+)?in\s+favou?r\s*\(|^In\s+favou?r\s*:\s*",
}
#: The voters are among a counted group, before it: "China and Russia … were among the 19 countries that opposed
#: the resolution", "China was one of 19 countries that voted against the resolution", "were among those abstaining".
AMONG_VOTERS = (
    rf"\b(?:were\s+among|was\s+among|(?:was|were)\s+(?:one|two|three|four|five)\s+of)\s+(?:the\s+|those\s+)?{NUM}?\s*"
    r"(?:countries|states|nations|members|member states)?\s*(?:that|who|which)?\s*"
)
#: More voters after the vote phrase: "China voted against, as did Cuba and Syria" (with rules.ALONG_WITH).
AS_DID = r"\bas\s+did\s+"
#: An apposition between the voters and their verb, left out: "China and Russia, allies of North Korea, were
#: among …", "China and Russia, close to the North, voted against it", "Russia (a permanent member) voted".
APPOSITION_BEFORE_VERB = r"(?:,\s*[^,;()\"“”]{2,80}?,|\s*\([^()]{1,80}\))\s*$"
#: A state right after these words is not a subject: "allies of North Korea voted against", "a text by Japan".
NOT_SUBJECT_BEFORE = (
    r"\b(?:of|to|from|by|for|than|like|against|at|in|on|about|towards?|unlike|besides|except|including|"
    r"between|among|over|under|into|onto|upon|via|per)\s+(?:the\s+)?$"
)
#: "with" before a state is a subject only of a participle: "with Russia opposing and China abstaining".
WITH_BEFORE = r"\bwith\s+(?:the\s+)?$"
#: A state named in a list may be a country name that is also a first name: taken only beside a known state
#: ("Chad and Nigeria abstained"), case-sensitive.
AMBIGUOUS_STATES = {"Chad": "TCD", "Jordan": "JOR", "Georgia": "GEO", "Guinea": "GIN", "Dominica": "DMA"}
#: The permanent members of the Security Council: only they veto ("Russia vetoed the draft").
PERMANENT_MEMBERS = ("CHN", "FRA", "GBR", "RUS", "USA")
#: A veto and the states that cast it, listed after: "due to a veto cast by the Russian Federation", "vetoed by".
VETO_BY = r"\bveto(?:ed)?\s+(?:cast\s+|used\s+|exercised\s+)?by\s+"
#: A vote was held in the sentence: "the vote", "voted", "voting".
VOTE_HELD = r"\bvot(?:e|es|ed|ing)\b"
#: A decision the article says was adopted without a vote names no votes ("without a formal vote").
WITHOUT_FORMAL_VOTE = r"\bwithout\s+(?:a\s+)?(?:formal\s+|recorded\s+)?vot(?:e|ing)\b"

#: The state a text is about is named after these words: "the human rights situation in North Korea",
#: "a resolution condemning North Korea", "Situation of human rights in the Democratic People’s Republic of Korea".
CONCERNED_CUE = (
    r"\b(?:human\s+rights\s+(?:situation\s+|violations\s+|abuses\s+|record\s+|conditions\s+)?(?:in|of|by)|"
    r"situation\s+(?:of\s+human\s+rights\s+)?in|resolution\s+(?:on|condemning|against)|condemning)\s+(?:the\s+)?"
)
#: A sentence end with no space after it, case-sensitive: "last month.The resolution", "its regime.China and".
GLUED_SENTENCE_END = r"(?<=[a-z][a-z][.!?])(?=[A-Z][a-z])"

#: Role → the phrases that introduce the sponsors' list (passive): "written by the European Union and Japan",
#: "drafted by European Union member states", "led by European Union countries", "tabled by the European Union
#: every year", "submitted to this meeting by the European Union", "co-sponsored by South Korea".
#: "sponsored" is the main sponsor only where no one else is named as such ("led by the EU" and "sponsored by
#: South Korea": South Korea co-sponsors).
SPONSOR_PHRASES: dict[str, str] = {
    "co_sponsor": r"\bco-?sponsored\s+by\s+",
    "main_sponsor": r"\b(?:brought(?:\s+forth|\s+forward)?|drafted|written|authored|tabled|put\s+forward|"
    r"submitted(?:\s+to(?:\s+\w+){1,3}?)?|introduced|presented|proposed|led|penned|spearheaded|initiated)\s+by\s+",
    "sponsored": r"\b(?<!co-)(?<!co)sponsored\s+by\s+",
    "supporter": r"\b(?:backed|supported|endorsed)\s+by\s+",
}
#: "the European Union, which drafted the resolution with Japan"
SPONSOR_WHICH_DRAFTED = (
    r",?\s*(?:which|who)\s+(?:drafted|sponsored|tabled|wrote|brought|presented|introduced|submitted)\s+(?:the\s+)?"
    rf"{DECISION_NOUN}(?:\s+with\s+)?"
)
#: After the sponsors, the topic of another text (a sponsor of it is not one of this): "the resolution submitted by
#: Finland and Germany on the right to adequate housing"; "on the situation … in the DPRK" names the state concerned.
OTHER_TEXT_AFTER = (
    r"\s+(?:on|about|concerning|regarding)\s+(?!(?:the\s+)?(?:final|last|first|opening|closing|same|next|previous)\b|"
    r"(?:the\s+)?\w+day\b|(?:the\s+)?\d|" + MONTH + r")"
)
#: A text and its topic, case-sensitive for the body's name: "a draft resolution on the right of the Palestinian
#: people", "the report of the Human Rights Council on the preparations"; where the topic does not name the state
#: the article is about, the votes and sponsors of the sentence are another text's, and none is proposed.
TEXT_ON_TOPIC = (
    rf"\b(?i:{DECISION_NOUN}s?|reports?)\s+(?:\([^()]*\)\s+)?(?:of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{1,4}})?"
    r"(?i:on|concerning|regarding)\s+(?!(?i:the\s+)?(?i:final|last|first|same|next|previous)\b|(?i:the\s+)?\w+day\b|"
    r"(?:the\s+)?\d|" + MONTH + r")"
)
#: The subject of these drafted the text (active voice): "Japan and the European Union tabled a revised
#: resolution", "the EU drafted the text" (not "Cuba tabled an amendment to the resolution").
SPONSOR_SUBJECT = (
    r"\b(?:tabled|drafted|wrote|authored|submitted|introduced|presented|spearheaded|(?<!co-)(?<!co)sponsored)\s+"
    r"(?:the|a|an|this|its|their)\s+(?:[\w-]+\s+){0,2}?(?:draft|resolution|text)\b"
)
#: Co-sponsors listed after their count: "forty-six co-sponsors, including South Korea and the U.S."
COSPONSORS_INCLUDING = r"\bco-?sponsors?\s*,?\s+(?:including|among\s+them|such\s+as)\s+"
#: The states before these words co-sponsor: "Japan co-sponsored the text", "South Korea joined the co-sponsors".
COSPONSOR_SUBJECT = (
    r"\bco-?sponsor(?:ed|s|ing)?\s+(?:the|this|a|its)\b|\bjoined\s+(?:the\s+|as\s+(?:a\s+)?)?co-?sponsors?\b|"
    r"\b(?:was|were)\s+(?:among\s+)?(?:the\s+|a\s+)?co-?sponsors?\b"
)
#: A negation before a sponsoring verb: nothing is proposed ("South Korea again did not co-sponsor the
#: resolution", "decided not to co-sponsor", "declined to co-sponsor").
SPONSOR_NEGATION = r"\b(?:not|never|no\s+longer|n['’]t|declined\s+to|refused\s+to)\s+(?:\w+\s+)?$"
#: The group a speaker introduced a draft for: "Introducing the draft, the representative of Hungary, speaking
#: on behalf of the European Union, …" (the European Union is the sponsor, Hungary its speaker).
INTRODUCED_ON_BEHALF = (
    r"\bintroduc(?:ing|ed)\s+the\s+(?:draft|text|resolution)\b[^.;]{0,120}?\bon\s+behalf\s+of\s+"
)
#: … or, with no group named, the state whose representative introduced it: "Introducing the draft, the
#: representative of Japan said".
INTRODUCED_BY_REPRESENTATIVE = (
    r"\bintroduc(?:ing|ed)\s+the\s+(?:draft|text|resolution)\s*,\s*the\s+(?:representative|delegate)\s+of\s+"
)
#: The Human Rights Council's core group, its main sponsors: "the core group of Japan and the European Union".
CORE_GROUP = r"\bcore\s+group\s+(?:of|comprising|consisting\s+of|made\s+up\s+of)\s+"
# --- positions and quotes: stated stances of listed states, veto critics, verbs (positions.py) ------------
# Each is used case-insensitively unless it says otherwise; the example is a sentence of the development set.
#: A decision as the object of a stance verb: "the resolution", "the draft", "this text", "the claims".
STANCE_OBJECT = (
    r"(?:the\s+|this\s+|its\s+|that\s+)?(?:[\w-]+\s+){0,2}?(?:resolution|draft|text|measure|document|report|"
    r"claims?|allegations?|passage|adoption)\b"
)
#: A stance stated by the verb that introduces a quotation or an indirect statement, before what is quoted;
#: it outranks cue words inside the quotation ("denounced the resolution as false …, expressing "deep concern"").
VERB_STANCES: list[tuple[str, str]] = [
    # "Kim Song denounced the resolution as false"; "slammed the resolution as"; "refuted the claims"
    ("reject", r"\b(?:denounced|denounces|slammed|slams|rejected|rejects|refuted|refutes|dismissed|dismisses|"
     r"condemned|condemns)\s+(?:\w+ly\s+)?" + STANCE_OBJECT),
    # "Kim Song had also warned the adoption of the resolution … would"; "threatening a nuclear test"
    ("warn", r"\b(?:warned|warns|threatened|threatening)\b"),
]  # fmt: skip
#: One free word between a list and its stance phrase ("again", "also"), never a negation ("never joined").
FREE_WORD = r"(?:(?!not\b|never\b|no\b|neither\b|nor\b)\w+\s+)?"
#: A stance stated of every state of a list just BEFORE it (after the last name):
LISTED_BEFORE: list[tuple[str, str]] = [
    # "China, Eritrea and Cuba did not join the consensus."
    ("dissociate", r"^\s*" + FREE_WORD + r"(?:did\s+not|didn['’]t|declined\s+to|refused\s+to)\s+join\s+(?:in\s+)?"
     r"the\s+consensus\b|^\s*" + FREE_WORD + r"dissociated\s+themselves\b"),
    # "South Korea again did not co-sponsor the resolution, but joined in the consensus."
    ("support", r"^\s*" + FREE_WORD + r"(?:did\s+not\s+co-?sponsor\s+[^.;]{0,60}?,?\s+but\s+)?joined\s+(?:in\s+)?"
     r"the\s+consensus\b"),
    # "China, Russia, Cuba and Iran did express their overall opposition to it."
    ("oppose", r"^\s*" + FREE_WORD + r"(?:did\s+|have\s+|had\s+)?(?:express|expressed|voiced|stated)\s+(?:their|its)\s+"
     r"(?:\w+\s+)?(?:opposition|objections?)\b"),
    # "China and Russia opposed the resolution" (no vote named: a position; votes are the named-votes pass's)
    ("oppose", r"^\s*(?:also\s+)?(?:opposed|objected\s+to)\s+(?:the|this)\s+(?:draft|resolution|text|measure|move|"
     r"meeting|proposal)\b"),
    # "Japan, South Korea and the United States welcomed the resolution"
    ("support", r"^\s*(?:also\s+)?(?:welcomed|praised|hailed|applauded)\s+(?:the|this)\s+(?:\w+\s+)?(?:adoption|"
     r"resolution|decision|vote|draft|text)\b"),
    # "North Korea and Syria rejected the resolution"
    ("reject", r"^\s*(?:also\s+|flatly\s+|categorically\s+)?(?:rejected|denounced)\s+(?:the|this)\s+(?:\w+\s+)?"
     r"(?:resolution|draft|text|report)\b"),
    # "North Korea and Eritrea boycotted the review"
    ("boycott", r"^\s*(?:also\s+)?(?:boycotted|shunned|stayed\s+away\s+from)\s+(?:the|this)\s+(?:\w+\s+)?"
     r"(?:review|session|debate|meeting|dialogue|vote)\b"),
]  # fmt: skip
#: A stance stated of every state of a list just AFTER it (before the first name):
LISTED_AFTER: list[tuple[str, str]] = [
    # "despite objections from Russia and China"; "Owing to the opposition expressed by China" (not "sparking
    # opposition from Pyongyang": what is opposed is not said to be a decision or a meeting)
    ("oppose", r"\b(?:objections?\s+(?:from|by|raised\s+by|voiced\s+by)|opposition\s+(?:expressed|voiced|raised)\s+by)"
     r"\s+(?:the\s+)?$"),
]
#: A word just before a listed state that makes it an object, not the subject: "a resolution against Iran and Syria".
LIST_OBJECT_WORD = r"\b(?:of|on|against|to|with|for|about|in|at|into|than|from|by)\s+(?:the\s+)?$"
#: Criticism of a veto, stated by a state, is support for the vetoed draft (the keys' reading, README):
#: "expressed deep concern over the veto"; "condemned Russia's decision"; "labeled Russia's veto as irresponsible".
VETO_CRITICISM = (
    r"\b(?:(?:expressed|voiced)\s+(?:\w+\s+)?(?:concern|regret|disappointment|dismay|outrage)\s+(?:over|about|at|with)|"
    r"condemned|criticized|criticised|deplored|regretted|denounced|lamented|(?P<called>labell?ed|called))\s+"
    r"(?:the\s+|(?P<owner>[\w.' ’-]{2,30}?)['’]s\s+)(?P<what>veto|decision)\b"
)
#: After "labeled/called the veto", a word of blame that makes it criticism: "labeled Russia's veto as irresponsible".
VETO_BLAME = (
    r"^\s+(?:as\s+)?(?:an?\s+)?(?:\w+\s+)?(?:irresponsible|regrettable|shameful|deplorable|disgraceful|unacceptable|"
    r"reckless|cynical|outrageous|unjustified|short-sighted|dangerous)\b"
)
#: A draft introduced by a speaker: "Introducing the draft, the representative of Hungary, speaking on behalf of …".
INTRODUCING = r"^\s*(?:Introducing|Presenting)\s+(?:the\s+)?(?:draft|text|resolution)\b[^,]*,\s*"
#: A speaker for a group, case-sensitive: "the representative of Hungary, speaking on behalf of the European Union".
ON_BEHALF = (
    r"\bspeaking\s+(?:on\s+behalf\s+of|for)\s+(?:the\s+)?(?P<group>[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*)"
)
#: "the representative of Japan", "the speaker for the Democratic People's Republic of Korea", case-sensitive.
REPRESENTATIVE_OF = r"\b(?:[Tt]he\s+)?(?P<role>representative|speaker|delegate|observer)\s+(?:of|for)\s+(?:the\s+)?"
#: A vote's message, praised: "Today's vote sends a powerful message that the world is gravely concerned".
VOTE_MESSAGE = r"\b(?:vote|resolution|decision)\s+sends?\s+(?:a|an)\s+(?:\w+\s+)?(?:message|signal)\b"
#: Verbs that introduce a quotation or a stance besides the speech verbs: "labeled the resolution", "slammed".
STANCE_SPEECH_VERBS = r"labell?ed|slammed|branded|condemned|dismissed|refuted|criticized|criticised|protested|expressed"
#: An adverb between a speaker and the verb: "had strongly denounced", "flatly rejects".
ADVERB = r"(?:\w+ly\s+)?"
#: An opening that is not the speaker, case-sensitive: "According to Reuters, Choe added …", "Still, the North …".
OPENING_ASIDE = r"^(?:According\s+to\s+[^,]{2,40},|Still,|Earlier,|Later,|Last\s+year,|In\s+response,)\s*"
#: A sentence wholly quoted (a quotation paragraph), with an optional agency credit: '"…." (Yonhap)'.
WHOLE_QUOTE = r"^\s*[\"“][^\"“”]{10,}[\"”]\s*(?:\([A-Za-z .-]+\))?\s*$"
#: At most this many sentences between a speaker's quotation and a quotation paragraph that continues it.
QUOTE_PARAGRAPH_REACH = 2
#: A sentence naming a committee ("by the UN committee on Nov. 18") refers to the committee's vote.
COMMITTEE_WORD = r"\bcommittee\b"
#: A listed stance that is a vote where a vote was taken ("China and Russia opposed the resolution", 111-19-55):
#: the named-votes pass's, not a position.
LISTED_VOTE_LIKE = r"^\s*(?:also\s+)?(?:opposed|objected\s+to)\b"
#: Where one clause ends and another with its own subject begins: "China and Russia opposed the resolution,
#: while North Korea's UN ambassador, Kim Song, refuted the claims."
CLAUSE_SPLIT = r",\s*(?:while|whereas|but)\s+|;\s+"
#: Capitalised titles that are not a person's name: "The US Deputy Ambassador condemned Russia's decision".
TITLE_WORDS = {
    "Ambassador", "Deputy", "Permanent", "Representative", "Envoy", "Spokesman", "Spokeswoman", "Spokesperson",
    "Chief", "Senior", "Counsel", "Counsellor", "Delegate", "Secretary", "Director", "Head", "Chair", "Chairman",
    "Vice", "Mission", "Delegation", "Government", "Speaker", "Mr", "Ms", "Mrs", "Dr",
}  # fmt: skip
#: Words between a subject and its verb that are not part of the subject: "Choe Myong-nam already denounced".
SUBJECT_TAIL_WORDS = r"has|had|have|also|already|again|earlier|later|previously|then|still|reportedly|[a-z]+ly"
#: Stances that take one side of a decision; a speaker who took one side is not read as taking the other in
#: the same article from cue words alone ("He said that those human rights violations were the gravest concern").
AGAINST_STANCES = ("reject", "oppose", "warn", "veto", "boycott", "dissociate")
FOR_STANCES = ("support", "concern", "call_for_accountability")
#: The rest of a clause after "the representative of X" in which X speaks, case-sensitive ({verbs} filled in):
#: "Speaking before the vote, the representative of the United States said that, for 14 years, …".
PRESENTER_SPEAKS = r"^[^.;]{{0,40}}?\b(?:{verbs})\b"
