"""The six unvotes topics for decisions the unvotes data do not cover (2019–2026): a documented rule.

unvotes tags roll calls 1946–2019 with six topics. The UN extract gives a title, an agenda item and
UN subject terms (UNBIS Thesaurus) instead. A decision gets a topic when its title or agenda item
name contains one of the topic's terms below (case-insensitive, at a word start); for the topics in
SUBJECT_TOPICS its UN subject terms count too (they are specific there, broad elsewhere). A decision
may get several topics or none, as in unvotes. Every "Situation of human rights in …" text is
"Human rights". Topics given this way are marked derived (`topics_derived`) on every row.
Checked against unvotes' own topics on the session-74 roll calls both sources hold
(tests/test_topics.py prints the agreement).
"""

from __future__ import annotations

import re

#: topic → terms; a term matches at a word start in the title, agenda item name or subject terms.
TERMS: dict[str, list[str]] = {
    "Human rights": [
        "human rights",
        "situation of human rights",
        "torture",
        "racism",
        "racial discrimination",
        "xenophobia",
        "right to development",
        "rights of the child",
        "rights of indigenous",
        "self-determination",
        "unilateral coercive measures",
        "death penalty",
        "moratorium on the use of the death penalty",
        "extrajudicial",
        "freedom of",
        "glorification of nazism",
    ],
    "Palestinian conflict": [
        "palestin",
        "israel",
        "occupied syrian golan",
        "occupied territories",
        "east jerusalem",
        "unrwa",
        "the middle east",
        "jerusalem",
    ],
    "Nuclear weapons and nuclear material": [
        "nuclear",
        "fissile material",
        "radioactive",
        "non-proliferation",
    ],
    "Arms control and disarmament": [
        "disarmament",
        "arms control",
        "arms trade",
        "small arms",
        "conventional arms",
        "chemical weapons",
        "biological",
        "weapons of mass destruction",
        "anti-personnel mines",
        "cluster munitions",
        "outer space",
        "missiles",
        "arms race",
        "lethal autonomous",
        "information and telecommunications in the context of international security",
    ],
    "Colonialism": [
        "decolonization",
        "non-self-governing territories",
        "granting of independence to colonial",
        "colonial",
        "self-governing",
        "western sahara",
        "new caledonia",
        "french polynesia",
        "tokelau",
        "gibraltar",
        "falkland",
        "american samoa",
        "guam",
        "question of",
    ],
    "Economic development": [
        "economic development",
        "sustainable development",
        "development cooperation",
        "trade and development",
        "international trade",
        "external debt",
        "financing for development",
        "poverty",
        "least developed countries",
        "landlocked developing",
        "unilateral economic measures",
        "economic, commercial and financial embargo",
        "agricultural",
        "industrial development",
        "globalization",
        "macroeconomic",
    ],
}
#: Topics whose UN subject terms are specific enough to count (NUCLEAR WEAPONS, DECOLONIZATION, …).
SUBJECT_TOPICS = {
    "Nuclear weapons and nuclear material",
    "Arms control and disarmament",
    "Colonialism",
    "Palestinian conflict",
}
PATTERNS = {topic: re.compile(r"\b(?:" + "|".join(map(re.escape, terms)) + ")", re.I) for topic, terms in TERMS.items()}
#: "Question of …" is colonial only under the decolonization agenda (Fourth Committee, Special Committee).
COLONIAL_AGENDA = re.compile(r"decoloni|non-self-governing|granting of independence", re.I)


def derive(title: str, agenda_item_name: str, subjects: str) -> list[str]:
    """The topics a decision gets by the rule above, in unvotes' alphabetical order."""
    found = []
    for topic, pattern in PATTERNS.items():
        text = f"{title} | {agenda_item_name}" + (f" | {subjects}" if topic in SUBJECT_TOPICS else "")
        match = pattern.search(text)
        if not match:
            continue
        if topic == "Colonialism" and not COLONIAL_AGENDA.search(text) and match.group(0).lower() == "question of":
            continue
        found.append(topic)
    if re.search(r"situation of human rights in", title, re.I) and "Human rights" not in found:
        found.append("Human rights")
    return sorted(found)
