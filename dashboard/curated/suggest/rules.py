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
    ("ga_third_committee", r"Third Committee|(?:General Assembly|Assembly)(?:'s|’s)? (?:\w+ ){0,3}committee|"
     r"committee of the (?:UN |U\.N\. )?General Assembly|General Assembly (?:\w+ ){0,3}committee"),
    ("ga_plenary", r"General Assembly|UNGA|193-(?:member|nation)"),
    ("security_council", r"Security Council|UNSC|15-member (?:council|body)"),
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
#: A body named just after these words is addressed ("asking the Security Council to refer"), not deciding.
ADDRESSED = (
    r"\b(?:ask(?:s|ed|ing)?|call(?:s|ed|ing)? (?:on|upon)|call(?:s|ed)? for|urg(?:e|es|ed|ing)|request(?:s|ed|ing)?|"
    r"invit(?:e|es|ed|ing)|refer(?:red)? (?:\w+ )*?to|whether|for)\s+(?:the\s+)?(?:UN\s+|U\.N\.\s+|full\s+)?"
)
#: Bodies that take decisions (the others issue reports).
DECIDING_BODIES = ("ga_third_committee", "ga_plenary", "security_council", "human_rights_council")

# --- decisions -------------------------------------------------------------------------------------
DECISION_NOUN = r"(?:draft resolution|resolution|draft|text|measure|motion|decision)"
ADOPTED = r"(?:adopted|approved|passed|agreed|endorsed|carried)"
REJECTED = r"(?:rejected|defeated|voted down|failed)"
#: Event rules: name → pattern. A sentence matching one proposes (or adds evidence to) an event.
EVENT_RULES: dict[str, str] = {
    # "The Council adopted a resolution", "a resolution … passed by a vote of", "agreed on Friday to widen"
    "decision.adopted": rf"\b{ADOPTED}\b(?:\s+\w+){{0,6}}?\s+{DECISION_NOUN}|{DECISION_NOUN}\b[^.;]{{0,160}}?\b{ADOPTED}\b|"  # noqa: E501
    rf"\b(?:council|assembly|committee|body|forum)\s+(?:\w+\s+){{0,3}}{ADOPTED}\b",
    "decision.rejected": rf"{DECISION_NOUN}\b[^.;]{{0,120}}?\b(?:was|were)\s+{REJECTED}\b",
    "decision.vetoed": r"\bveto(?:ed)?\b",
    # "will go to the full General Assembly for a vote next month"
    "decision.pending": r"\b(?:will|would|is to|is expected to|are expected to)\s+(?:go|be sent|be forwarded|move|"
    r"come up|be put)\s+(?:\w+\s+){0,2}(?:to\s+)?(?:the\s+)?(?:full\s+|193-member\s+)?General Assembly",
    "amendment": r"\bamendments?\b",
    "session": r"\b(?:review|session|debate|meeting|interactive dialogue|hearing)\b",
    "report": r"\breport\b",
}
#: A session is an event only with one of these verbs (a "four-week session" is not one).
SESSION_VERBS = (
    r"\b(?:held|hold|holds|boycott(?:ed|s)?|shun(?:ned|s)?|refused to attend|attended|took part|convened|opened)\b"
)
#: A report is an event when it is published (past) or mandated (future).
REPORT_PUBLISHED = (
    r"\b(?:released|published|issued|presented|catalogued|documented|detailed|found|concluded|"
    r"landmark|based on|report that)\b|\b(?:19|20)\d\d (?:\w+ )?report\b|report (?:in|of) (?:19|20)\d\d"
)
REPORT_MANDATED = (
    r"\b(?:to prepare|to be published|will publish|mandated|asks? .{0,80}to (?:prepare|produce|present))\b|"
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
    "tally.x-to-y-with-z": rf"\b(?:vote|voted|votes|passed|adopted|approved|margin|tally|count|carried|rejected|defeated)"  # noqa: E501
    rf"\b[^.;\d]{{0,40}}?\b(?P<yes>\d{{1,3}})\s*(?:-|–|—|\bto\b)\s*(?P<no>\d{{1,3}})\b(?!-)"
    rf"(?:,?\s*(?:with|and)\s+(?P<abstain>{NUM})\s+(?:abstentions?|abstaining|abstained|countries abstaining))?",
    # "97 countries voted in support … 23 countries voted against it and 61 countries abstained"
    "tally.countries-voted": rf"(?P<yes>{NUM})\s+(?:countries|states|nations|members|member states)\s+voted\s+"
    rf"(?:in\s+(?:support|favou?r)|for)\b[^.]{{0,200}}?(?P<no>{NUM})\s+(?:countries\s+|states\s+|nations\s+)?voted\s+"
    rf"against\b[^.]{{0,60}}?(?P<abstain>{NUM})\s+(?:countries\s+|states\s+|nations\s+)?(?:abstained|abstaining)",
    # "a vote of 111-19-55"; "by 97-23-61"
    "tally.x-y-z": r"\b(?P<yes>\d{1,3})\s*[-–—]\s*(?P<no>\d{1,3})\s*[-–—]\s*(?P<abstain>\d{1,3})\b(?![-–—]?\d)",
}  # fmt: skip
NON_VOTING = (
    rf"(?P<non_voting>{NUM})\s+(?:countries\s+|states\s+|members\s+)?(?:did not vote|not voting|absent|non-voting)"
)

# --- named votes -----------------------------------------------------------------------------------
#: Vote phrases: the states in the same clause (subject, or an "along with" list) voted so.
VOTE_PHRASES: dict[str, str] = {
    "no": r"\bvoted\s+against\b|\bvoted\s+no\b|\bopposed\b|\bagainst\b(?=\s+(?:it|the))|\bvoting against\b|"
    r"\bthose against\b|\bthe \d+ against\b",
    "yes": r"\bvoted\s+(?:in\s+favou?r|for|yes|in\s+support)\b|\bvoting in favou?r\b",
    "abstain": r"\babstained\b|\babstaining\b|\babstentions? (?:came )?from\b",
}
#: "X and Y were among the 19 (countries that) voted against / opposed / abstaining"
AMONG_THE = rf"\bwere\s+among\s+(?:the\s+)?{NUM}?\s*(?:countries|states|nations|members)?\s*(?:that|who|which)?\s*"
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
#: "the European Union, which drafted the resolution with Japan"
SPONSOR_WHICH = (
    r",?\s*(?:which|who)\s+(?:drafted|sponsored|tabled|wrote|brought|presented|introduced)\s+(?:the\s+)?"
    rf"{DECISION_NOUN}(?:\s+with\s+)?"
)
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
#: "an amendment presented by Cuba"; "the European Union introduced a minor amendment"
AMENDMENT_BY = (
    r"\bamendment\b[^.;]{0,40}?\b(?:presented|proposed|introduced|tabled|submitted|put forward|sponsored)\s+by\b"
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
#: A caption or a credit: it names a photograph or carries a copyright sign.
CAPTION = r"\bphoto(?:graph)?s?\b|\bimages?\b|©|\(c\)|\bpictured\b|\bvia AP\b|\bfile picture\b"
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
#: A veto cast: "Russia vetoed the draft", "China's veto", "cast its veto" (not "veto power").
VETOED = r"\bvetoed\b|['’]s veto\b(?!\s+power)|\b(?:cast|used|exercised) (?:its|a|their) veto\b"
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
