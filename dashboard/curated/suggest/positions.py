"""The positions pass: statements and actions of states, bodies and people, with speaker, role and stance.

`find_positions(article, events)` returns `Positions`: the position candidates (a quotation with its
speaker, or an action such as "boycotted the review"), the people met as speakers (new actor records),
and what was seen but not proposed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from dashboard.curated.suggest import rules
from dashboard.curated.suggest.article import Article
from dashboard.curated.suggest.events import EventDraft, Events
from dashboard.curated.suggest.listed_positions import listed_stances
from dashboard.curated.suggest.names import slug
from dashboard.curated.suggest.records import Candidate, Collector
from dashboard.curated.suggest.text import Span

I = re.IGNORECASE  # noqa: E741
QUOTE = re.compile(rules.QUOTE)
VERBS = rules.SPEECH_VERBS
VERB_STANCES = [(stance, re.compile(p, I)) for stance, p in rules.VERB_STANCES]
VOTE_MESSAGE = re.compile(rules.VOTE_MESSAGE, I)
CLAUSE_SPLIT = re.compile(rules.CLAUSE_SPLIT, I)
VETO_CRITICISM = re.compile(rules.VETO_CRITICISM, I)


@dataclass
class Positions:
    candidates: list[Candidate]
    persons: dict[str, dict[str, Any]]  # id → actor record of people met in the text
    skipped: list[str] = field(default_factory=list)


def find_positions(article: Article, events: Events) -> Positions:
    finder = _Finder(article, events)
    finder.run()
    return Positions(finder.out.candidates, finder.persons, finder.skipped)


def action_pattern(pattern: str) -> str:
    """A stance pattern that reads "boycotting" wherever it reads "boycotted"."""
    return pattern.replace("boycotted", rules.BOYCOTT_FORMS)


def stance_of(text: str, actions: bool = False) -> str | None:
    """The first stance whose cue the text holds (the action verbs only, with actions=True)."""
    table = rules.ACTION_STANCES if actions else rules.STANCE_RULES
    for stance, pattern in table:
        if re.search(action_pattern(pattern), text, I):
            return stance
    return None


def verb_stance(text: str) -> str | None:
    """The stance the verb before a statement states: "denounced the resolution as" → reject."""
    for stance, rx in VERB_STANCES:
        if rx.search(text):
            return stance
    return None


def clause_stances(clause: str) -> list[str]:
    """The action stances of a clause without quotation, each once: its action verbs, then its stance verbs."""
    found = [stance for stance, pattern in rules.ACTION_STANCES if re.search(action_pattern(pattern), clause, I)]
    return found + [stance for stance, rx in VERB_STANCES if rx.search(clause) and stance not in found]


def clause_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause that may have its own subject."""
    cuts = [0] + [x for m in CLAUSE_SPLIT.finditer(text) for x in (m.start(), m.end())] + [len(text)]
    return list(zip(cuts[::2], cuts[1::2], strict=True))


def clean_who(who: str) -> str:
    """A subject phrase without an opening aside or connective and without trailing auxiliaries and adverbs:
    "According to Reuters, Choe" → "Choe"; "The chief … to the UN had strongly" → "The chief … to the UN"."""
    who = re.sub(rules.OPENING_ASIDE, "", who.strip())
    who = re.sub(rules.OPENING_CONNECTIVE, "", who)
    return re.sub(rf"(?:\s+(?:{rules.SUBJECT_TAIL_WORDS}))+\s*$", "", who.strip().rstrip(",")).strip()


def fragment(q: str) -> str:
    return q.strip().rstrip(",").strip()


class _Finder:
    """The state of the positions pass: the last speaker and state, the people met."""

    def __init__(self, article: Article, events: Events) -> None:
        self.a = article
        self.gaz = article.gaz
        self.events = events
        self.out = Collector()
        self.persons: dict[str, dict[str, Any]] = {}
        self.skipped: list[str] = []

    def run(self) -> None:
        last_speaker: dict[str, Any] | None = None
        last_state: str | None = None
        last_position: Candidate | None = None
        for s in self.a.body_sentences():
            t = s.text
            quotes = [q for q in QUOTE.finditer(t) if len(q.group("q").strip()) >= 2]
            event = self.position_event(s, self.events.of(s))
            self.listed(s, event)
            critic = self.veto_critic(s, last_speaker, last_state)
            if critic is not None:
                last_state = critic
            attributed = None
            if quotes:
                attributed = self.attribution(s, quotes, last_speaker, last_state)
                if (
                    attributed is None
                    and last_position is not None
                    and last_position.record.get("statement")
                    and (self.continues(last_position, s) or self.quote_paragraph(last_position, s))
                ):
                    # a quotation right after another of the same speaker continues it
                    fragments = [fragment(q.group("q")) for q in quotes]
                    last_position.record["statement"] += " … " + " … ".join(fragments)
                    last_position.spans.append((s.start, s.end))
                    continue
            if attributed is not None:
                speaker, verb = attributed
                fragments = [fragment(q.group("q")) for q in quotes]
                statement = " … ".join(f for f in fragments if f)
                quoted = " ".join(fragments)
                outside = QUOTE.sub(" ", t)
                said = verb_stance(t[: quotes[0].start()])  # the verb that introduces the statement, before it
                stance = said or stance_of(quoted) or stance_of(outside, actions=True) or stance_of(outside)
                if (
                    verb.lower() == "added"
                    and last_position is not None
                    and last_position.record.get("statement")
                    and last_position.record.get("speaker_id") == speaker.get("person_id")
                    and stance in (None, last_position.record["stance"])
                ):
                    last_position.record["statement"] += " … " + statement
                    last_position.spans.append((s.start, s.end))
                    continue
                prior = self.other_side(speaker, stance) if stance and not said else None
                if prior is not None:  # the other side's cue words from a speaker who took one side: not a turn
                    self.skipped.append(
                        f"'{stance}' cue in the words of a speaker who took the other side, kept with their "
                        f"statement: {t[:90]!r}"
                    )
                    if prior.record.get("statement") and statement:
                        prior.record["statement"] += " … " + statement
                    prior.spans.append((s.start, s.end))
                    last_speaker = speaker
                    continue
                if stance is None:
                    self.skipped.append(f"quotation with no stance cue, not proposed: {t[:90]!r}")
                    last_speaker = speaker
                    continue
                if (
                    event is None
                    and last_position is not None
                    and last_position.record.get("speaker_id") == speaker.get("person_id")
                    and speaker.get("person_id")
                ):
                    event = last_position.record["event"]
                last_position = self.out.position(
                    speaker["actor_id"],
                    speaker.get("person_id"),
                    stance,
                    statement or None,
                    event,
                    "position.quote",
                    [(s.start, s.end)],
                )
                last_speaker = speaker
                if stance != "support" and VOTE_MESSAGE.search(quoted):  # "Today's vote sends a powerful message"
                    self.out.position(
                        speaker["actor_id"],
                        speaker.get("person_id"),
                        "support",
                        statement or None,
                        event,
                        "position.vote-message",
                        [(s.start, s.end)],
                    )
                # the same sentence may report an action too ("said after boycotting the debate")
                for action, pattern in rules.ACTION_STANCES:
                    if action != stance and re.search(action_pattern(pattern), outside, I):
                        self.out.position(
                            speaker["actor_id"],
                            speaker.get("person_id"),
                            action,
                            None,
                            event,
                            f"position.action-{action}",
                            [(s.start, s.end)],
                        )
                last_state = speaker["actor_id"] if self.gaz.type_of(speaker["actor_id"]) == "state" else last_state
                continue
            introduced, rule = self.introducer(s), "position.introduced"
            if introduced is None:
                introduced, rule = self.presenter_speaks(s, event), "position.presenter-speaks"
            if introduced is not None:  # "Introducing the draft, the representative of Hungary, …"
                actor_id, person_id = introduced["actor_id"], introduced.get("person_id")
                last_position = self.out.position(actor_id, person_id, "support", None, event, rule, [(s.start, s.end)])
                last_speaker = introduced
                continue
            # actions without quotation: "North Korea boycotted a review", "China called for dialogue"; each clause
            # with its own subject ("China and Russia opposed the resolution, while … Kim Song refuted the claims")
            subjects = 0
            for start, end in clause_bounds(t):
                clause = t[start:end]
                part = Span(s.start + start, s.start + end, clause, s.paragraph)
                subject = self.subject(part, last_speaker, last_state)
                if subject is None:
                    continue
                subjects += 1
                for action in clause_stances(clause):
                    last_position = self.out.position(
                        subject["actor_id"],
                        subject.get("person_id"),
                        action,
                        None,
                        event,
                        f"position.action-{action}",
                        [(s.start, s.end)],
                    )
                if self.gaz.type_of(subject["actor_id"]) == "state":
                    last_state = subject["actor_id"]
                if subject.get("person_id"):
                    last_speaker = subject
            if not subjects:
                states = [m for m in self.gaz.mentions(self.a.text, s.start, s.end) if m.kind in ("state", "capital")]
                if states:
                    last_state = states[0].actor_id
        self.fold_fragments()

    def fold_fragments(self) -> None:
        """Fold a quoted fragment of a few words into the nearest full statement by the same speaker."""
        candidates = self.out.candidates
        quoted = [c for c in candidates if c.table == "positions" and c.record.get("statement")]
        starts = [s.start for s in self.a.body_sentences()]

        def index(offset: int) -> int:
            return max((i for i, a in enumerate(starts) if a <= offset), default=0)

        def word_count(statement: str) -> int:
            return len(re.findall(rules.QUOTED_WORD, statement))

        for frag in list(quoted):
            speaker = frag.record.get("speaker_id")
            if speaker is None or word_count(frag.record["statement"]) > rules.FRAGMENT_MAX_WORDS:
                continue
            at = index(frag.spans[0][0])
            best: tuple[int, Candidate] | None = None
            for c in quoted:
                if c is frag or c.record.get("speaker_id") != speaker or c.record["stance"] != frag.record["stance"]:
                    continue
                if word_count(c.record["statement"]) <= rules.FRAGMENT_MAX_WORDS:
                    continue
                there = index(c.spans[0][0])
                low, high = sorted((at, there))
                others = [
                    o for o in quoted if o.record.get("speaker_id") != speaker and low < index(o.spans[0][0]) < high
                ]
                if high - low <= rules.FRAGMENT_REACH and not others and (best is None or high - low < best[0]):
                    best = (high - low, c)
            if best is None:
                continue
            target = best[1]
            words = [fragment(frag.record["statement"]), target.record["statement"]]
            if frag.spans[0][0] > target.spans[0][0]:
                words.reverse()
            target.record["statement"] = " … ".join(words)  # the speaker's words in the order of the text
            target.spans = sorted(set(target.spans) | set(frag.spans))
            target.notes.append(
                f'The quoted fragment "{frag.record["statement"]}" is folded into this statement: the same speaker '
                "and stance, a few words rather than a statement of its own."
            )
            if target.record.get("event") is None:
                target.record["event"] = frag.record.get("event")
            candidates.remove(frag)
            quoted.remove(frag)

    def other_side(self, speaker: dict, stance: str) -> Candidate | None:
        """The speaker's earlier position on the other side of the decision from this stance, if any."""
        sides = (rules.AGAINST_STANCES, rules.FOR_STANCES)
        other = next((b for a, b in (sides, sides[::-1]) if stance in a), ())
        for c in self.out.candidates:
            r = c.record
            same = r.get("speaker_id") == speaker.get("person_id") and r["actor_id"] == speaker["actor_id"]
            if c.table == "positions" and same and r["stance"] in other:
                return c
        return None

    def listed(self, s: Span, event: EventDraft | None) -> None:
        """Positions stated of a list of states: "China, Eritrea and Cuba did not join the consensus"."""
        for ids, stance, rule, vote_like in listed_stances(self.a, s):
            if vote_like and event is not None and event.method == "recorded_vote":
                continue  # "China and Russia opposed the resolution" where a vote was taken: named votes, not positions
            for actor in ids:
                self.out.position(actor, None, stance, None, event, rule, [(s.start, s.end)])

    def veto_critic(self, s: Span, last_speaker: dict | None, last_state: str | None) -> str | None:
        """A state criticising a veto supports the vetoed draft: "Britain's Ambassador … expressed deep concern
        over the veto". Returns the critic's state."""
        vetoed = [e for e in self.events.found.values() if e.outcome == "vetoed"]
        m = VETO_CRITICISM.search(s.text)
        if not vetoed or m is None:
            return None
        who = clean_who(s.text[: m.start()])
        critic = self.speaker(who, s, last_speaker, last_state, strict=True) if who else None
        if critic is None or self.gaz.type_of(critic["actor_id"]) != "state":
            return None
        owner = [x.actor_id for x in self.gaz.mentions(m.group("owner") or "")]
        if critic["actor_id"] in owner or (m.group("what") == "decision" and not owner):
            return None  # the vetoing state on its own veto; "the decision" of no one named
        if m.group("called") and not re.match(rules.VETO_BLAME, s.text[m.end() :], I):
            return None  # "called the veto a necessary step" is no criticism
        self.out.position(
            critic["actor_id"], critic.get("person_id"), "support", None, vetoed[0], "position.veto-critic",
            [(s.start, s.end)],
        )  # fmt: skip
        return critic["actor_id"]

    def introducer(self, s: Span) -> dict | None:
        """The speaker who introduces the draft: "Introducing the draft, the representative of Hungary, …"."""
        m = re.match(rules.INTRODUCING, s.text, I)
        if m is None:
            return None
        return self.representative(s.text[m.end() :])

    def presenter_speaks(self, s: Span, event: EventDraft | None) -> dict | None:
        """The delegate of the state that presented the draft, speaking on it: "the resolution — presented by the
        United States — …" then "Speaking before the vote, the representative of the United States said that …"."""
        for m in re.finditer(rules.REPRESENTATIVE_OF, s.text):
            delegate = self.representative(s.text[m.start() :])
            if delegate is None or not re.search(rules.PRESENTER_SPEAKS.format(verbs=VERBS), s.text[m.end() :]):
                continue
            if event is not None and self.presenters().get(delegate["actor_id"]) is event:
                return delegate
        return None

    def presenters(self) -> dict[str, EventDraft | None]:
        """The states that presented, drafted or tabled a draft (not an amendment), each with that draft."""
        found: dict[str, EventDraft | None] = {}
        for s in self.a.body_sentences():
            for m in re.finditer(rules.SPONSOR_BY["main_sponsor"], s.text, I):
                if re.search(rules.AMENDMENT_BEFORE, s.text[: m.start()], I):
                    continue
                for actor in self.a.actor_list(s.start + m.end()):
                    found.setdefault(actor.actor_id, self.position_event(s, self.events.of(s)))
        return found

    def representative(self, who: str) -> dict | None:
        """An unnamed delegate: "the representative of Japan"; one speaking for a group speaks for the group:
        "the representative of Hungary, speaking on behalf of the European Union" → the EU, Hungary's delegate."""
        m = re.match(rules.REPRESENTATIVE_OF, who)
        if m is None:
            return None
        states = [x for x in self.gaz.mentions(who, m.end()) if x.kind == "state" and x.start == m.end()]
        if not states:
            return None
        state = states[0].actor_id
        group_m = re.search(rules.ON_BEHALF, who[states[0].end : states[0].end + 120])
        group = next((x for x in self.gaz.mentions(group_m.group("group")) if x.start == 0), None) if group_m else None
        if group is None:
            return self.unnamed(state, m.group("role"))
        role, state_name, group_name = m.group("role"), self.gaz.name(state), self.gaz.name(group.actor_id)
        pid = f"{state.lower()}-{role}"
        self.persons.setdefault(
            pid,
            {
                "id": pid, "type": "person", "name": f"{state_name}'s {role} (not named)", "aliases": [],
                "speaks_for": group.actor_id, "role": f"{role} of {state_name}, speaking on behalf of {group_name}",
                "notes": f"Speaks for {group_name}: the group's position, stated by {state_name}.",
            },
        )  # fmt: skip
        return {"actor_id": group.actor_id, "person_id": pid}

    def quote_paragraph(self, last: Candidate, s: Span) -> bool:
        """A sentence wholly quoted, a sentence or two after the last speaker's quotation, with no speech between,
        continues it: '"The draft resolution, tabled by the European Union, is nothing but a political plot …"'."""
        if not re.match(rules.WHOLE_QUOTE, s.text):
            return False
        prev_end = max(e for _s, e in last.spans)
        between = [x for x in self.a.body_sentences() if prev_end <= x.start < s.start]
        return len(between) <= rules.QUOTE_PARAGRAPH_REACH and not any(
            QUOTE.search(x.text) or re.search(rf"\b{VERBS}\b", x.text) for x in between
        )

    def continues(self, last: Candidate, s: Span) -> bool:
        prev_end = max(e for _s, e in last.spans)
        between = self.a.text[prev_end : s.start]
        return "\n" not in between.strip(" ") or between.strip() == ""

    def position_event(self, s: Span, refs: list[EventDraft]) -> EventDraft | None:
        t = s.text
        if re.search(rules.COMMITTEE_WORD, t, I) and not any(e.body == "ga_third_committee" for e in refs):
            # "denounced the passage of the resolution by the UN committee on Nov. 18": the committee's vote
            found = self.events.found.values()
            committee = [e for e in found if e.body == "ga_third_committee" and e.kind != "amendment"]
            if len(committee) == 1:
                return committee[0]
        if refs:
            return refs[0]
        if re.search(rules.SESSION_WORD, t, I):
            e = self.events.first_session()
            if e:
                return e
        if re.search(rules.DECISION_TOPIC, t, I):
            return self.events.main_decision()
        return None

    def attribution(
        self, s: Span, quotes: list[re.Match[str]], last_speaker: dict | None, last_state: str | None
    ) -> tuple[dict, str] | None:
        t = s.text
        tail = t[quotes[-1].end() :]
        # '…," John Fisher, the Geneva director … said'; '…," its envoy said'; ', Mun said.'
        m = re.match(rules.SPEAKER_AFTER.format(verbs=VERBS), tail)
        if m and not re.match(rules.VERB_FIRST.format(verbs=VERBS), m.group("who")):
            who = self.speaker(m.group("who"), s, last_speaker, last_state)
            if who:
                return who, m.group("verb")
        # '…," said William Mozdzierz, head of the US delegation.'
        m = re.match(rules.SAID_SPEAKER, tail)
        if m:
            who = self.speaker(m.group("who"), s, last_speaker, last_state)
            if who:
                return who, m.group("verb")
        # '…" and all sides should avoid provocation …, Chinese diplomat Jiang Yingfeng said.'
        m = re.search(rules.SPEAKER_LAST_CLAUSE.format(verbs=VERBS), tail)
        if m:
            who = self.speaker(m.group("who"), s, last_speaker, last_state)
            if who:
                return who, m.group("verb")
        # 'North Korea said it "…"'; 'Sara Hossain, a member of …, said that despite "…"'
        head = t[: quotes[0].start()]
        m = re.search(rules.SPEAKER_BEFORE.format(verbs=f"{VERBS}|{rules.STANCE_SPEECH_VERBS}"), head)
        if m:
            who_text = clean_who(m.group("who"))
            who = self.speaker(who_text, s, last_speaker, last_state)
            if who:
                return who, m.group("verb")
        return None

    def subject(self, s: Span, last_speaker: dict | None, last_state: str | None) -> dict | None:
        """The actor a sentence opens with, if it opens with one (for action stances)."""
        m = re.match(rules.ACTION_SUBJECT, re.sub(rules.OPENING_ASIDE, "", s.text.strip()))
        if not m:
            return None
        return self.speaker(clean_who(m.group("who")), s, last_speaker, last_state, strict=True)

    def speaker(
        self, who: str, s: Span, last_speaker: dict | None, last_state: str | None, strict: bool = False
    ) -> dict | None:
        """Resolve a subject phrase to {actor_id, person_id?}; None if it names no actor."""
        who = who.strip().strip(",").strip()
        low = who.lower()
        if low in ("he", "she") or re.fullmatch(rules.BARE_ROLE, low):
            if last_speaker and last_speaker.get("person_id"):
                return last_speaker
            return None
        if low in ("they", "it"):
            return last_speaker if last_speaker and not last_speaker.get("person_id") else None
        delegate = self.representative(who)
        if delegate is not None:
            return delegate
        if re.match(rules.POSSESSIVE_ROLE, low) and last_state:
            possessed = re.sub(rules.POSSESSIVE_ROLE, "", who)
            if re.search(rules.ROLE_WORDS, possessed, I):
                return self.unnamed(last_state, possessed)
            return None
        # a named person: registry first, then a name in the phrase
        for m in self.gaz.mentions(who):
            if m.kind == "person":
                pid = m.actor_id
                return {"actor_id": self.gaz.speaks_for.get(pid, pid), "person_id": pid}
        name = self.person_name(who)
        if name:
            known = self.known_person(name)
            if known:
                return known
            stated_role = self.role_of(who, name)
            actor = self.affiliation(stated_role) if stated_role else None
            note = None
            if actor is None and stated_role is None and last_speaker:
                actor = last_speaker["actor_id"]
                note = (
                    f"{name}'s affiliation is not stated; read from the speaker before ({self.gaz.name(actor)}): check."
                )
            elif actor is None and stated_role:  # a stated role the registry cannot resolve is not borrowed from others
                note = (
                    f'{name}\'s role ("{stated_role}") names no actor the registry knows: recorded as speaking for '
                    "themselves; add the body as an actor and set speaks_for if it should be one."
                )
            pid = slug(name)
            self.persons[pid] = {
                "id": pid,
                "type": "person",
                "name": name,
                "aliases": [],
                "role": stated_role,
                "speaks_for": actor,
                "notes": note,
            }
            return {"actor_id": actor or pid, "person_id": pid}
        mentions = [m for m in self.gaz.mentions(who) if m.kind != "person"]
        if not mentions:
            return None
        first = mentions[0]
        if first.start > 12 and strict:
            return None
        rest = who[first.end :]
        role_m = re.match(rules.ROLE_AFTER_NAME, rest, I)
        if role_m:
            return self.unnamed(first.actor_id, role_m.group("role"))
        if first.kind == "demonym":
            role = who[first.end :].strip()
            if re.match(rules.ROLE_WORDS, role, I):
                return self.unnamed(first.actor_id, role)
            return None
        if rest.strip() and len(rest.strip().split()) > 2:
            return None  # "North Korean defectors in Seoul" is not North Korea speaking
        return {"actor_id": first.actor_id}

    def unnamed(self, actor_id: str, role: str) -> dict:
        role = re.sub(r"\s+", " ", role).strip(" ,")
        core = re.match(rules.ROLE_CORE, role, I)
        short = core.group(0) if core else role
        pid = f"{actor_id.lower()}-{slug(short)}"
        if pid not in self.persons:
            self.persons[pid] = {
                "id": pid, "type": "person", "name": f"{self.gaz.name(actor_id)}'s {short} (not named)", "aliases": [],
                "role": f"{self.gaz.name(actor_id)}'s {role}", "speaks_for": actor_id, "notes": None,
            }  # fmt: skip
        return {"actor_id": actor_id, "person_id": pid}

    def person_name(self, who: str) -> str | None:
        for m in re.finditer(rules.PERSON_NAME, who):
            words = m.group(0).split()
            while words and (words[0] in rules.NOT_NAMES or words[0] in rules.TITLE_WORDS):
                words.pop(0)
            if not words:
                continue
            name = " ".join(words)
            if any(w in rules.NOT_NAMES or w in rules.TITLE_WORDS for w in words) or self.gaz.mentions(name):
                continue
            if len(words) == 1 and not self.known_person(name):
                continue
            return name
        short = re.fullmatch(rules.SHORT_NAME, who)
        if short and self.known_person(short.group("n")):
            return short.group("n")
        return None

    def known_person(self, name: str) -> dict | None:
        """A person met earlier in the text or in the registry, by full name or part of it ("Mun", "Ojea Quintana")."""
        parts = name.split()
        for pid, rec in list(self.persons.items()) + [
            (k, {"name": v, "speaks_for": self.gaz.speaks_for.get(k)})
            for k, v in self.gaz.names.items()
            if self.gaz.types.get(k) == "person"
        ]:
            full = rec["name"].split()
            if "(not named)" in rec["name"]:
                continue
            if full == parts or any(full[i : i + len(parts)] == parts for i in range(len(full))):
                return {"actor_id": rec.get("speaks_for") or pid, "person_id": pid}
        return None

    def role_of(self, who: str, name: str) -> str | None:
        rest = who.replace(name, "|", 1)
        before, _, after = rest.partition("|")
        after = after.strip(" ,")
        if after:
            after = re.sub(rules.LEADING_ARTICLE, "", after, flags=I)
            return after[0].upper() + after[1:] if after else None
        before = before.strip(" ,").rsplit(",", 1)[-1].strip()  # "…an escalation, Chinese diplomat": the last clause
        return before[0].upper() + before[1:] if before else None

    def affiliation(self, role: str) -> str | None:
        mentions = [m for m in self.gaz.mentions(role) if m.kind != "person"]
        if not mentions:
            return None
        orgs = [m for m in mentions if m.kind == "organisation"]
        return (orgs or mentions)[0].actor_id
