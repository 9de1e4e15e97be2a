"""Score `suggest` on the development set (bench/articles/) and the five seeds, each against its own key.

    .venv/bin/python bench/suggest_score.py              # every article and seed
    .venv/bin/python bench/suggest_score.py --only 015   # the articles whose file name starts so
    .venv/bin/python bench/suggest_score.py --detail     # also what each article's draft missed

Each article's key (bench/articles/keys/<stem>.yaml) is written by hand from that article's own words
(bench/articles/README.md). The draft is made with an empty data folder (no registry, no events): what the
rules find by themselves.

Kinds and what makes a proposal correct:
- events: same body and the same year (a key that states no year: the proposal states none either);
  a proposal of the same body that gives no year where the key has one is paired (its votes and
  sponsors are scored) but not correct (it says less);
- named votes: same event (paired as above), state and vote;
- sponsors and counts: same event, actor and role; and each co-sponsor count with its qualifier;
- positions: same actor and stance (and the same event, where both name one);
- quotes: same speaker (same name; or, where either side names nobody, the same state or body) and
  overlapping quoted words (one contains the other, or five words in a row in common).
Recall = key facts found / key facts; precision = correct proposals / proposals.

Wrong facts (each counted and listed): a proposed event of a body the article does not state (body) or
of a year it does not state (year); a tally figure or a method it does not state; a named vote it does
not state; a speaker it does not name; a stance it does not give that actor or speaker.
Non-verbatim: candidate passages not found in the article (must be 0).
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from dashboard.curated.checks import normalise
from dashboard.curated.models import TABLES
from dashboard.curated.suggest.draft import make_draft, verbatim_failures
from dashboard.curated.suggest.sourceid import text_hash

ROOT = Path(__file__).resolve().parent.parent

KEYS_DIR = ROOT / "bench" / "articles" / "keys"
KINDS = ["events", "named votes", "sponsors and counts", "positions", "quotes"]
WRONG = ["body", "year", "tally", "method", "named vote", "speaker", "stance"]
TARGETS = {"recall": 90, "wrong facts": 0, "non-verbatim": 0}


@dataclass
class Score:
    """Key facts, proposals, key facts found, correct proposals; per kind."""

    counts: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0, 0, 0] for k in KINDS})
    wrong: list[tuple[str, str, str]] = field(default_factory=list)  # (category, article, what)
    nonverbatim: list[str] = field(default_factory=list)
    extra: list[tuple[str, str]] = field(default_factory=list)  # a second proposal of a stated event
    detail: list[tuple[str, str, str]] = field(default_factory=list)  # (article, kind, "missed …"/"unmatched …")

    def add(self, kind: str, key: int, got: int, found: int, correct: int) -> None:
        row = self.counts[kind]
        for i, n in enumerate((key, got, found, correct)):
            row[i] += n


# Kept for tests/test_suggest.py, which adds an article "on known decisions" to the curated data without it.
def leave_out(records: dict, source_id: str) -> dict:
    """The curated records without this article's evidence (and what only it introduced)."""
    out: dict = {name: [] for name in records}
    for name, rows in records.items():
        for row in rows:
            if name == "sources":
                if row.id != source_id:
                    out[name].append(row)
                continue
            if not hasattr(row, "evidence"):
                out[name].append(row)
                continue
            kept = [e for e in row.evidence if e.source != source_id]
            if kept:
                out[name].append(row.model_copy(update={"evidence": kept}))
    events = {e.id for e in out["events"]}
    for name in ("votes", "sponsorships", "positions", "links"):
        out[name] = [r for r in out[name] if r.event_id is None or r.event_id in events]
    out["events"] = [
        e.model_copy(update={"parent_event_id": None, "relation": None})
        if e.parent_event_id and e.parent_event_id not in events
        else e
        for e in out["events"]
    ]
    used = {r.actor_id for r in out["sponsorships"] + out["positions"]} | {
        r.speaker_id for r in out["positions"] if r.speaker_id
    }
    actors = {a.id: a for a in out["actors"]}
    changed = True
    while changed:
        before = len(used)
        used |= {actors[a].speaks_for for a in list(used) if a in actors and actors[a].speaks_for}
        changed = len(used) != before
    out["actors"] = [a for a in out["actors"] if a.type == "state" or a.id in used]
    return out


def load_key(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def source_id(stem: str, text: str) -> str:
    """A valid source id for the draft: the file's three digits and the text's hash."""
    return stem if re.fullmatch(r"\d{3}_[0-9a-f]{16}", stem) else f"{stem[:3]}_{text_hash(text)}"


def year(date: str | None) -> str | None:
    return date[:4] if date else None


def name_key(name: str | None) -> str | None:
    if not name or "(not named)" in name:
        return None
    return re.sub(r"[\s\-‐]+", " ", normalise(name)).lower().strip()


def same_name(a: str, b: str) -> bool:
    """The same person: one name's words are the other's, or all of them among the other's ("Senior Counsel X Y")."""
    wa, wb = a.split(), b.split()
    short, long_ = sorted((wa, wb), key=len)
    return wa == wb or (len(short) >= 2 and " ".join(short) in " ".join(long_))


def words(text: str) -> list[str]:
    return re.findall(r"[\w']+", normalise(text).lower())


def overlap(a: str, b: str, run: int = 5) -> bool:
    """Quoted words in common: one fragment contains the other, or `run` words in a row are shared."""
    for fa in re.split(r"…|\.\.\.", a):
        for fb in re.split(r"…|\.\.\.", b):
            wa, wb = words(fa), words(fb)
            if not wa or not wb:
                continue
            sa, sb = " ".join(wa), " ".join(wb)
            if sa in sb or sb in sa:
                return True
            grams = {tuple(wa[i : i + run]) for i in range(len(wa) - run + 1)}
            if any(tuple(wb[i : i + run]) in grams for i in range(len(wb) - run + 1)):
                return True
    return False


def pair_events(key_events: list[dict], proposed: list[dict]) -> dict[str, str]:
    """Proposal id → key event id: same body, years that do not disagree; best agreement first."""

    def agreement(k: dict, d: dict) -> tuple:
        family = {"security_council_draft": "resolution"}
        return (
            family.get(k["kind"], k["kind"]) == family.get(d["kind"], d["kind"]),
            year(k["date"]) == year(d.get("date")),
            sum(k.get(f) == d.get(f) for f in ("yes", "no", "abstain")),
        )

    options = []
    for d in proposed:
        for k in key_events:
            ky, dy = year(k["date"]), year(d.get("date"))
            if k["body"] == d["body"] and (ky is None or dy is None or ky == dy):
                options.append((agreement(k, d), d["id"], k["id"]))
    options.sort(key=lambda o: o[0], reverse=True)
    pairs: dict[str, str] = {}
    taken: set[str] = set()
    for _score, did, kid in options:
        if did not in pairs and kid not in taken:
            pairs[did] = kid
            taken.add(kid)
    return pairs


def score_events(name: str, key: dict, proposed: list[dict], pairs: dict[str, str], score: Score) -> None:
    key_events = {k["id"]: k for k in key["events"]}
    correct = 0
    hit: set[str] = set()
    for d in proposed:
        kid = pairs.get(d["id"])
        if kid is None:
            same_body = [k for k in key["events"] if k["body"] == d["body"]]
            dy = year(d.get("date"))
            if any(year(k["date"]) in (None, dy) or dy is None for k in same_body):
                score.extra.append((name, f"{d['body']} {d['kind']} {d.get('date') or ''}".strip()))
            elif same_body:
                stated = sorted({year(k["date"]) or "none" for k in same_body})
                score.wrong.append(("year", name, f"{d['body']} {d.get('date')} (the article: {', '.join(stated)})"))
            else:
                score.wrong.append(("body", name, f"{d['body']} {d['kind']} {d.get('date') or ''}".strip()))
            continue
        k = key_events[kid]
        ky, dy = year(k["date"]), year(d.get("date"))
        if ky is None and dy is not None:
            marked = " [marked inferred]" if "inferred" in (d.get("date_derivation") or "").lower() else ""
            score.wrong.append(("year", name, f"{d['body']} {d.get('date')} (the article states no year){marked}"))
        elif ky == dy:
            correct += 1
            hit.add(kid)
        for f in ("yes", "no", "abstain"):
            if d.get(f) is not None and d.get(f) != k.get(f):
                score.wrong.append(("tally", name, f"{d['body']} {f}={d[f]} (the article: {k.get(f)})"))
        if d.get("method") not in (None, "unknown") and d["method"] != k["method"]:
            score.wrong.append(("method", name, f"{d['body']} {d['method']} (the article: {k['method']})"))
    score.add("events", len(key["events"]), len(proposed), correct, correct)
    for k in key["events"]:
        if k["id"] not in hit:
            what = f"{k['body']} {k['kind']} {k['date'] or 'undated'}"
            if k["id"] in pairs.values():
                said = "with a year it does not state" if k["date"] is None else "without its year"
                what += f" (proposed {said})"
            score.detail.append((name, "events", f"missed {what}"))


def score_votes(name: str, key: dict, proposed: list[dict], pairs: dict[str, str], score: Score) -> None:
    want = {(v["event"], v["state"], v["vote"]) for v in key["votes"]}
    got = {(pairs.get(v["event_id"]), v["country_iso3"], v["vote"]) for v in proposed}
    for event, state, vote in sorted(got - want, key=str):
        where = "" if event else " (on an event not in the article)"
        score.wrong.append(("named vote", name, f"{state} {vote}{where}"))
    score.add("named votes", len(want), len(got), len(want & got), len(want & got))
    score.detail += [(name, "named votes", f"missed {e}: {st} {v}") for e, st, v in sorted(want - got, key=str)]


def score_sponsors(
    name: str, key: dict, sponsors: list[dict], events: list[dict], pairs: dict[str, str], score: Score
) -> None:
    want = {(s["event"], s["actor"], s["role"]) for s in key["sponsors"]}
    want |= {
        (k["id"], "count", k["cosponsor_count"], k["cosponsor_count_qualifier"])
        for k in key["events"]
        if k.get("cosponsor_count") is not None
    }
    got = {(pairs.get(s["event_id"]), s["actor_id"], s["role"]) for s in sponsors}
    got |= {
        (pairs.get(d["id"]), "count", d["cosponsor_count"], d.get("cosponsor_count_qualifier"))
        for d in events
        if d.get("cosponsor_count") is not None
    }
    score.add("sponsors and counts", len(want), len(got), len(want & got), len(want & got))
    score.detail += [(name, "sponsors", f"missed {' '.join(map(str, w))}") for w in sorted(want - got, key=str)]
    score.detail += [(name, "sponsors", f"unmatched {' '.join(map(str, g))}") for g in sorted(got - want, key=str)]


def score_positions(name: str, key: dict, draft, pairs: dict[str, str], score: Score) -> None:
    actors = {c.record["id"]: c.record for c in draft.candidates if c.table == "actors"}
    proposed = [c.record for c in draft.candidates if c.table == "positions"]
    for d in proposed:
        d["_speaker"] = name_key(actors.get(d.get("speaker_id"), {}).get("name")) if d.get("speaker_id") else None
        d["_event"] = pairs.get(d["event_id"]) if d.get("event_id") else None
    keyed = key["positions"]
    for k in keyed:
        k["_speaker"] = name_key(k.get("speaker"))

    def same_position(k: dict, d: dict) -> bool:
        same_event = k["event"] is None or d["_event"] is None or k["event"] == d["_event"]
        return k["actor"] == d["actor_id"] and k["stance"] == d["stance"] and same_event

    def same_speaker(k: dict, d: dict) -> bool:
        if k["_speaker"] and d["_speaker"]:
            return same_name(k["_speaker"], d["_speaker"])
        return k["actor"] == d["actor_id"]

    found = sum(any(same_position(k, d) for d in proposed) for k in keyed)
    correct = sum(any(same_position(k, d) for k in keyed) for d in proposed)
    score.add("positions", len(keyed), len(proposed), found, correct)
    for k in keyed:
        if not any(same_position(k, d) for d in proposed):
            score.detail.append((name, "positions", f"missed {k['actor']} {k['stance']} ({k['event']})"))
    for d in proposed:
        if not any(same_position(k, d) for k in keyed):
            score.detail.append((name, "positions", f"unmatched {d['actor_id']} {d['stance']} ({d['_event']})"))

    key_quotes = [k for k in keyed if k.get("statement")]
    got_quotes = [d for d in proposed if d.get("statement")]

    def quote_hit(k: dict, d: dict) -> bool:
        return same_speaker(k, d) and overlap(k["statement"], d["statement"])

    found = sum(any(quote_hit(k, d) for d in got_quotes) for k in key_quotes)
    correct = sum(any(quote_hit(k, d) for k in key_quotes) for d in got_quotes)
    score.add("quotes", len(key_quotes), len(got_quotes), found, correct)
    for k in key_quotes:
        if not any(quote_hit(k, d) for d in got_quotes):
            score.detail.append((name, "quotes", f"missed {k.get('speaker') or k['actor']}: {k['statement'][:60]!r}"))
    for d in got_quotes:
        if not any(quote_hit(k, d) for k in key_quotes):
            score.detail.append((name, "quotes", f"unmatched {d['actor_id']}: {d['statement'][:60]!r}"))

    for d in proposed:
        who = actors.get(d.get("speaker_id"), {}).get("name") or d["actor_id"]
        if d["_speaker"]:  # a named speaker: the key must name them; their stances are theirs
            mine = [k for k in keyed if k["_speaker"] and same_name(k["_speaker"], d["_speaker"])]
            if not mine:
                score.wrong.append(("speaker", name, f"{who} ({d['actor_id']})"))
                continue
        else:  # no named speaker: the stances the article gives the actor
            mine = [k for k in keyed if k["actor"] == d["actor_id"]]
        if not any(k["stance"] == d["stance"] for k in mine):
            given = ", ".join(sorted({k["stance"] for k in mine})) or "none"
            score.wrong.append(("stance", name, f"{who}: {d['stance']} (the article: {given})"))


def score_article(name: str, text: str, key: dict, score: Score, official=None) -> None:
    draft = make_draft(text, source_id(name, text), records={t: [] for t in TABLES}, official=official)
    proposed = {t: [c.record for c in draft.candidates if c.table == t] for t in ("events", "votes", "sponsorships")}
    pairs = pair_events(key["events"], proposed["events"])
    score_events(name, key, proposed["events"], pairs, score)
    score_votes(name, key, proposed["votes"], pairs, score)
    score_sponsors(name, key, proposed["sponsorships"], proposed["events"], pairs, score)
    score_positions(name, key, draft, pairs, score)
    score.nonverbatim += [f"{name}: {line}" for line in verbatim_failures(draft)]


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.0f} %" if b else "    –  "


def report(score: Score, articles: int, detail: bool = False) -> None:
    print(f"{'kind':<22}{'key':>6}{'proposed':>10}{'found':>7}{'correct':>9}{'recall':>9}{'precision':>11}   target")
    total = [0, 0, 0, 0]
    for kind, (key, got, found, correct) in score.counts.items():
        total = [a + b for a, b in zip(total, (key, got, found, correct), strict=True)]
        line = f"{kind:<22}{key:>6}{got:>10}{found:>7}{correct:>9}{pct(found, key):>9}{pct(correct, got):>11}"
        print(f"{line}   recall ≥ {TARGETS['recall']} %")
    key, got, found, correct = total
    print(f"{'overall':<22}{key:>6}{got:>10}{found:>7}{correct:>9}{pct(found, key):>9}{pct(correct, got):>11}")
    print(f"\nwrong facts: {len(score.wrong)}   (target {TARGETS['wrong facts']})")
    for category in WRONG:
        print(f"  {category:<12}{sum(1 for w in score.wrong if w[0] == category):>4}")
    print(f"non-verbatim passages: {len(score.nonverbatim)}   (target {TARGETS['non-verbatim']})")
    print(f"articles scored: {articles}")
    if score.wrong:
        print("\nwrong facts, one by one:")
        for category, name, what in sorted(score.wrong, key=lambda w: (w[1], WRONG.index(w[0]))):
            print(f"  {name:<44}{category:<12}{what}")
    for line in score.nonverbatim:
        print(f"  non-verbatim {line}")
    if detail:
        print("\nper article: key facts missed, and proposals matching no key fact (not all wrong facts):")
        for name, kind, what in score.detail:
            print(f"  {name:<44}{kind:<12}{what}")
    if score.extra:
        print("\nnot wrong facts: a second proposal of an event the article states (lowers precision only):")
        for name, what in score.extra:
            print(f"  {name:<44}{what}")


def articles(only: str | None) -> list[tuple[str, str, dict]]:
    out = []
    for path in sorted(KEYS_DIR.glob("*.yaml")):
        if only and not path.stem.startswith(only):
            continue
        key = load_key(path)
        out.append((path.stem, (ROOT / key["article"]).read_text(encoding="utf-8"), key))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="score only the keys whose file name starts with this")
    parser.add_argument("--detail", action="store_true", help="also list, per article, what was missed")
    args = parser.parse_args()
    try:
        from dashboard.official import rollcalls

        official = rollcalls.load_rollcalls()
    except Exception:  # noqa: BLE001
        official = None
    score = Score()
    chosen = articles(args.only)
    for name, text, key in chosen:
        score_article(name, text, key, score, official)
    report(score, len(chosen), args.detail)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
