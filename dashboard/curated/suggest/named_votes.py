"""The named-votes pass: which state voted how on which event, and the vetoes.

`find_named_votes(article, events)` returns vote candidates (and the veto and "who complained" positions
that come with them), each on the event its sentence refers to (or, where it names none, the event the
paragraph's last sentences reported). A vote goes to the subject of its clause ("China and Russia, allies of
North Korea, voted against": China and Russia, not North Korea) or to the list a vote phrase introduces ("the
negative votes were Russia, …"); never to a state inside a quotation, and never on a decision adopted without
a vote. Where unsure, nothing is proposed.
"""

from __future__ import annotations

import re
from collections import Counter

from dashboard.curated.suggest import rules
from dashboard.curated.suggest.article import Article
from dashboard.curated.suggest.events import VETOED, EventDraft, Events
from dashboard.curated.suggest.names import Mention
from dashboard.curated.suggest.records import Candidate, Collector
from dashboard.curated.suggest.text import Span

I = re.IGNORECASE  # noqa: E741
VOTED_ON = ("resolution", "security_council_draft", "amendment")
NAMED_VOTE_WORD = re.compile(rules.NAMED_VOTE_WORD, I)
VOTE_HELD = re.compile(rules.VOTE_HELD, I)
SUBJECT_PHRASES = rules.compile_all(rules.SUBJECT_VOTE_PHRASES)
LISTED_PHRASES = rules.compile_all(rules.LISTED_VOTE_PHRASES)
AMBIGUOUS = re.compile(r"\b(?:" + "|".join(rules.AMBIGUOUS_STATES) + r")\b")
STATE_KINDS = ("state", "capital")


def find_named_votes(article: Article, events: Events) -> list[Candidate]:
    out = Collector()
    concerned = concerned_states(article)
    main = main_state(article)
    context: EventDraft | None = None  # the event the sentence before was about
    paragraph = None
    for whole_sentence in article.body_sentences():
        refs = events.of(whole_sentence)
        glued = unglued(article, whole_sentence)
        for s in glued:
            if s.paragraph != paragraph:
                paragraph, context = s.paragraph, None
            t = s.text
            if len(glued) > 1:  # "last month.The resolution …": only the events of the bodies this part names
                named = {b for _o, b in article.bodies_in(s, None)}
                refs = [e for e in events.of(whole_sentence) if e.body in named]
            event = next((e for e in refs if voted_on(e, t)), None)
            if event is None and NAMED_VOTE_WORD.search(t):
                event = context or events.main_decision() or voted_session(events, t)
            context = event
            if about_another_text(article, s, main):
                continue  # "a draft on Iran was approved by 74 to 48 (…)": not this article's decision
            if event is not None and votes_possible(article, event):
                sentence_votes(article, s, event, concerned, out)
    return out.candidates


def voted_session(events: Events, sentence: str) -> EventDraft | None:
    """The article's one meeting decided by a vote, where it reports no decision on a text."""
    sessions = [e for e in events.found.values() if e.kind == "session" and voted_on(e, sentence)]
    return sessions[0] if len(sessions) == 1 else None


def unglued(article: Article, s: Span) -> list[Span]:
    """The sentence, cut where a sentence ends with no space after it ("last month.The resolution")."""
    cuts = [s.start + m.end() for m in re.finditer(rules.GLUED_SENTENCE_END, s.text)]
    bounds = [s.start, *cuts, s.end]
    return [Span(a, b, article.text[a:b], s.paragraph) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def sentence_votes(article: Article, s: Span, event: EventDraft, concerned: set[str], out: Collector) -> None:
    """The votes one sentence names: vetoes, the subject's votes, the listed voters."""
    t = s.text
    whole = (s.start, s.end)
    quoted = [(m.start(), m.end()) for m in re.finditer(rules.QUOTE, t)]
    if event.kind == "security_council_draft" and VETOED.search(t):
        for iso3 in vetoers(article, s):
            vote(out, event, iso3, "no", "vote.veto", whole)
            out.position(iso3, None, "veto", None, event, "position.veto", [whole])
    subject_votes(article, s, event, concerned, quoted, out)
    for value, rx in LISTED_PHRASES.items():
        for m in rx.finditer(t):
            if not inside(quoted, m.start()):
                for v in listed_states(article, s.start + m.end(), s.end):
                    vote(out, event, v.actor_id, value, f"vote.{value}-listed", whole)


def subject_votes(
    article: Article, s: Span, event: EventDraft, concerned: set[str], quoted: list[tuple[int, int]], out: Collector
) -> None:
    """Votes whose voters are the subject of the clause: "Both China and Russia voted against … along with Cuba"."""
    t = s.text
    m_among = re.search(rules.AMONG_VOTERS + rules.AMONG_WHAT, t, I)
    if m_among and not inside(quoted, m_among.start()):
        what = m_among.group("what").lower()
        value = "no" if re.search(rules.AGAINST_WORDS, what) else ("abstain" if "abstain" in what else "yes")
        stance_only = re.match(rules.STANCE_VOTE_WORDS, what) is not None
        if not stance_only or vote_held(event, t):
            for v in subject_states(article, s, m_among.start()):
                if not (stance_only and v.actor_id in concerned):
                    vote(out, event, v.actor_id, value, "vote.among-the", (s.start, s.end))
    for value, rx in SUBJECT_PHRASES.items():
        for m in rx.finditer(t):
            if inside(quoted, m.start()) or re.search(rules.HYPOTHETICAL, t[: m.start()], I):
                continue
            if m_among and m_among.start() <= m.start() < m_among.end():
                continue  # read above as "were among the 19 that opposed"
            stance_only = re.match(rules.STANCE_VOTE_WORDS, m.group(0), I) is not None
            if stance_only and not vote_held(event, t):
                continue  # "China and Russia opposed the resolution" adopted without a vote: a position
            voters = subject_states(article, s, m.start(), participle=m.group(0).lower().endswith("ing"))
            rest = t[m.end() :]
            end = re.search(rules.CLAUSE_END, rest, I)
            clause = rest[: end.start()] if end else rest
            along = re.search(rules.ALONG_WITH + "|" + rules.AS_DID, clause, I)
            if voters and along:
                voters += listed_states(article, s.start + m.end() + along.end(), s.end)
            for v in voters:
                if stance_only and v.actor_id in concerned:
                    continue
                vote(out, event, v.actor_id, value, f"vote.{value}-clause", (s.start, s.end))
            complaint = re.search(rules.VOTERS_COMPLAINED, rest, I)
            if voters and complaint and value == "no":
                for v in voters:
                    rule = "position.voters-complained"
                    out.position(v.actor_id, None, "oppose", None, event, rule, [(s.start, s.end)])


def voted_on(e: EventDraft, sentence: str) -> bool:
    """A text voted on, or a meeting decided by a vote ("the members held a vote on whether … agenda")."""
    if e.kind in VOTED_ON:
        return True
    return e.kind == "session" and (e.method == "recorded_vote" or VOTE_HELD.search(sentence) is not None)


def votes_possible(article: Article, e: EventDraft) -> bool:
    """No named votes on a decision adopted without a vote ("by consensus", "without a formal vote")."""
    if e.tally or e.outcome == "vetoed":
        return True
    if e.method == "without_vote":
        return False
    return not any(re.search(rules.WITHOUT_FORMAL_VOTE, article.span_text(sp), I) for sp in e.spans)


def vote_held(e: EventDraft, sentence: str) -> bool:
    """A vote was taken: the event has a tally or was vetoed, or the sentence speaks of the vote."""
    said = VOTE_HELD.search(sentence) is not None
    return bool(e.tally) or e.method == "recorded_vote" or e.outcome == "vetoed" or said


def concerned_states(article: Article) -> set[str]:
    """The states the article is about: its main state and those named after "human rights in", "condemning"."""
    main = main_state(article)
    return {*cue_states(article), *([main] if main else [])}


def cue_states(article: Article) -> list[str]:
    """The states named right after "human rights (situation) in", "a resolution on", "condemning"."""
    text = article.text
    starts = {m.start: m.actor_id for m in article.gaz.mentions(text) if m.kind in (*STATE_KINDS, "demonym")}
    return [starts[cue.end()] for cue in re.finditer(rules.CONCERNED_CUE, text, I) if cue.end() in starts]


def main_state(article: Article) -> str | None:
    """The state the article is about: the one most named after a cue ("human rights in North Korea"), else the
    one it names most (twice at least, and more than any other); None where it cannot tell."""
    mentions = [m.actor_id for m in article.gaz.mentions(article.text) if m.kind in (*STATE_KINDS, "demonym")]
    for pool in (cue_states(article), mentions):
        top = Counter(pool).most_common(2)
        if top and (len(top) == 1 or top[0][1] > top[1][1]) and (pool is not mentions or top[0][1] >= 2):
            return top[0][0]
    return None


def about_another_text(article: Article, s: Span, main: str | None) -> bool:
    """The sentence reports on another text: "a draft resolution on the right of the Palestinian people" where
    the article is about North Korea (neither its topic nor the words before it name the article's state)."""
    if main is None:
        return False
    text = article.text
    for m in re.finditer(rules.TEXT_ON_TOPIC, s.text):
        at = s.start + m.end()
        stop = re.search(r"[.;,(]", text[at : s.end])
        topic_end = at + stop.start() if stop else s.end
        before = max(s.start, s.start + m.start() - 40)  # "the anti-DPRK draft resolution on human rights"
        named = {x.actor_id for x in article.gaz.mentions(text, before, min(topic_end, at + 120))}
        if main not in named:
            return True
    return False


def vetoers(article: Article, s: Span) -> list[str]:
    """The permanent members the sentence says vetoed: "Russia vetoed", "Russia's veto", "a veto cast by Russia"."""
    text = article.text
    found = [
        m.actor_id
        for m in article.gaz.mentions(text, s.start, s.end)
        if m.kind in STATE_KINDS and re.match(rules.VETO_AFTER_NAME, text[m.end : m.end + 12])
    ]
    for m in re.finditer(rules.VETO_BY, s.text, I):
        found += [v.actor_id for v in listed_states(article, s.start + m.end(), s.end)]
    return [iso3 for iso3 in dict.fromkeys(found) if iso3 in rules.PERMANENT_MEMBERS]


def state_mentions(article: Article, start: int, end: int, kinds: tuple[str, ...] = STATE_KINDS) -> list[Mention]:
    """The states (or actors of these kinds) named in text[start:end], with the country names that are also
    first names ("Chad")."""
    text = article.text
    # on the slice: a name right after a glued full stop ("regime.China") is a name too
    found = [
        Mention(m.start + start, m.end + start, m.text, m.actor_id, m.kind)
        for m in article.gaz.mentions(text[start:end])
        if m.kind in kinds
    ]
    for m in AMBIGUOUS.finditer(text, start, end):
        if not any(x.start < m.end() and m.start() < x.end for x in found):
            found.append(Mention(m.start(), m.end(), m.group(0), rules.AMBIGUOUS_STATES[m.group(0)], "ambiguous"))
    return sorted(found, key=lambda m: m.start)


def known(group: list[Mention]) -> list[Mention]:
    """A list is states only if one of them is not also a first name ("Chad and Nigeria", not "Chad" alone)."""
    return group if any(m.kind != "ambiguous" for m in group) else []


def listed_states(article: Article, offset: int, end: int) -> list[Mention]:
    """The states listed from offset: "Russia, Indonesia, Egypt, Cuba and China"; after "(", the whole bracket."""
    text = article.text
    if text[offset - 1] == "(":
        close = closing_bracket(text, offset, end)
        if close is None:
            return []
        group = state_list(article, offset, close)
        rest = re.sub(r"\([^()]*\)", "", text[group[-1].end : close]) if group else "x"
        return group if not rest.strip() else []  # only a bracket that holds nothing but the list
    return state_list(article, offset, end)


def state_list(article: Article, start: int, end: int) -> list[Mention]:
    """The run of states from start: gaps are list separators, a bracketed remark after a name is left out."""
    text = article.text
    out: list[Mention] = []
    cursor = start
    for m in state_mentions(article, start, end):
        gap = re.sub(r"\s*\([^()]*\)", "", text[cursor : m.start])
        if not re.fullmatch(rules.LIST_GAP if out else rules.LIST_START, gap, I):
            break
        out.append(m)
        cursor = m.end
    return known(out)


def closing_bracket(text: str, start: int, end: int) -> int | None:
    depth = 1
    for i in range(start, end):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            return i
    return None


def subject_states(
    article: Article, s: Span, verb_at: int, participle: bool = False, kinds: tuple[str, ...] = STATE_KINDS
) -> list[Mention]:
    """The states that are the subject of the verb at verb_at ("Both China and Russia voted against"): the list
    that runs up to the verb, an apposition after it left out ("China and Russia, allies of North Korea,
    were among …"); none after a preposition ("allies of North Korea voted")."""
    text = article.text
    head = text[s.start : s.start + verb_at]
    cut = s.start + max((m.end() for m in re.finditer(rules.SUBJECT_CLAUSE_START, head)), default=0)
    verb = s.start + verb_at
    apposition = re.search(rules.APPOSITION_BEFORE_VERB, text[cut:verb])
    if apposition:
        group = subject_before(article, cut, cut + apposition.start(), participle, kinds)
        if group:
            return group
    return subject_before(article, cut, verb, participle, kinds)


def subject_before(article: Article, start: int, verb: int, participle: bool, kinds: tuple[str, ...]) -> list[Mention]:
    text = article.text
    mentions = state_mentions(article, start, verb, kinds)
    if not mentions:
        return []
    group = [mentions[-1]]
    for m in reversed(mentions[:-1]):
        if re.fullmatch(rules.SUBJECT_LIST_GAP, re.sub(r"\s*\([^()]*\)", "", text[m.end : group[0].start]), I):
            group.insert(0, m)
        else:
            break
    tail = text[group[-1].end : verb]
    if len(tail) > 40 and not re.fullmatch(rules.WERE_AMONG_TAIL, tail, I):
        return []
    if re.search(rules.NOT_SUBJECT_BEFORE, text[start : group[0].start], I):
        return []
    if not participle and re.search(rules.WITH_BEFORE, text[start : group[0].start], I):
        return []
    return known(group)


def inside(spans: list[tuple[int, int]], at: int) -> bool:
    return any(a <= at < b for a, b in spans)


def vote(out: Collector, event: EventDraft, iso3: str, value: str, rule: str, span: tuple[int, int]) -> None:
    """A state's vote on the event (once per state and event; a further sentence adds its passage)."""
    if not re.fullmatch(rules.ISO3, iso3):
        return
    key = f"votes:{id(event)}:{iso3}"
    found = out.get(key)
    if found is not None:
        if span not in found.spans:
            found.spans.append(span)
        return
    out.add(Candidate(key, "votes", {"event": event, "country_iso3": iso3, "vote": value}, rule, [span]))
