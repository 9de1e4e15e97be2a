"""The development set itself (bench/articles/): its size and spread, and keys that rest on their articles' words."""

from __future__ import annotations

import re
from pathlib import Path

import pycountry
import pytest
import yaml

from dashboard.curated.checks import normalise
from dashboard.curated.load import DATA_DIR, SEEDS_DIR, read_table
from dashboard.curated.models import (
    Actor,
    Body,
    CountQualifier,
    DatePrecision,
    EventKind,
    Method,
    Outcome,
    SponsorRole,
    Stance,
    VoteValue,
    check_date,
    precision_of,
)

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "bench" / "articles"
KEYS = ARTICLES / "keys"
INDEX = yaml.safe_load((ARTICLES / "index.yaml").read_text(encoding="utf-8"))["articles"]
KEY_FILES = sorted(KEYS.glob("*.yaml"))
FOUR_BODIES = {Body.ga_third_committee, Body.ga_plenary, Body.human_rights_council, Body.security_council}
UN_PRESS = re.compile(r"^https://(press\.un\.org|www\.un\.org/press)/")


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def key_of(entry: dict) -> dict:
    return load(KEYS / f"{Path(entry['file']).stem}.yaml")


def test_at_least_25_articles_each_saved_with_a_key() -> None:
    assert len(INDEX) >= 25
    assert len({e["file"] for e in INDEX}) == len(INDEX)
    for entry in INDEX:
        assert re.fullmatch(r"\d{3}_[a-z0-9_]+\.txt", entry["file"]), entry["file"]
        assert (ARTICLES / entry["file"]).read_text(encoding="utf-8").strip(), entry["file"]
        assert (KEYS / f"{Path(entry['file']).stem}.yaml").exists(), entry["file"]
    assert sorted(p.name for p in ARTICLES.glob("*.txt")) == sorted(e["file"] for e in INDEX)


def test_every_seed_has_a_key_against_its_own_text() -> None:
    for seed in SEEDS_DIR.glob("*.txt"):
        assert load(KEYS / f"{seed.stem}.yaml")["article"] == f"seeds/{seed.name}"


def test_no_article_of_the_set_is_a_seed() -> None:
    seeds = {normalise(p.read_text(encoding="utf-8"))[:300] for p in SEEDS_DIR.glob("*.txt")}
    for entry in INDEX:
        assert normalise((ARTICLES / entry["file"]).read_text(encoding="utf-8"))[:300] not in seeds


def test_index_fields_addresses_and_dates() -> None:
    for entry in INDEX:
        assert entry["address"].startswith(("http://", "https://")), entry["file"]
        assert entry["outlet"] and entry["title"], entry["file"]
        assert entry["published"] == "unknown" or check_date(entry["published"]), entry["file"]
        assert check_date(entry["captured"]), entry["file"]


def test_at_least_eight_outlets_and_four_un_press_releases() -> None:
    assert len({e["outlet"] for e in INDEX}) >= 8
    press = [e for e in INDEX if e["un_press"]]
    assert len(press) >= 4
    for entry in press:
        assert UN_PRESS.match(entry.get("original_address", entry["address"])), entry["file"]


def test_the_four_bodies_are_covered_and_the_index_says_which() -> None:
    covered: set[str] = set()
    for entry in INDEX:
        bodies = {e["body"] for e in key_of(entry)["events"]}
        assert set(entry["bodies"]) == bodies, entry["file"]
        covered |= bodies
    assert FOUR_BODIES <= covered


@pytest.mark.parametrize("path", KEY_FILES, ids=[p.stem for p in KEY_FILES])
def test_every_key_passage_and_quote_is_verbatim_in_its_article(path: Path) -> None:
    key = load(path)
    text = normalise((ROOT / key["article"]).read_text(encoding="utf-8"))
    for kind in ("events", "votes", "sponsors", "positions"):
        for item in key[kind]:
            assert item["evidence"], (kind, item)
            for passage in item["evidence"]:
                assert normalise(passage) in text, (kind, passage)
            if item.get("statement"):
                assert normalise(item["statement"]) in text, item["statement"]


def in_vocabulary(value: str | None, vocabulary: type) -> bool:
    return value in {v.value for v in vocabulary}


@pytest.mark.parametrize("path", KEY_FILES, ids=[p.stem for p in KEY_FILES])
def test_every_key_value_is_in_the_models_vocabularies(path: Path) -> None:
    key = load(path)
    registered = {a.id for a in read_table(DATA_DIR / "actors.yaml", Actor)[0]}

    def known_actor(actor: str) -> bool:
        if re.fullmatch(r"[A-Z]{3}", actor):
            return pycountry.countries.get(alpha_3=actor) is not None
        return actor in registered

    events = {e["id"] for e in key["events"]}
    assert len(events) == len(key["events"])
    for e in key["events"]:
        assert in_vocabulary(e["body"], Body) and in_vocabulary(e["kind"], EventKind), e["id"]
        assert in_vocabulary(e["outcome"], Outcome) and in_vocabulary(e["method"], Method), e["id"]
        assert in_vocabulary(e["date_precision"], DatePrecision), e["id"]
        assert check_date(e["date"]) == e["date"] and precision_of(e["date"]) == e["date_precision"], e["id"]
        for count in ("yes", "no", "abstain", "cosponsor_count"):
            assert e.get(count) is None or (isinstance(e[count], int) and e[count] >= 0), (e["id"], count)
        if e.get("cosponsor_count") is not None:
            assert in_vocabulary(e["cosponsor_count_qualifier"], CountQualifier), e["id"]
    for v in key["votes"]:
        assert v["event"] in events and in_vocabulary(v["vote"], VoteValue), v
        assert pycountry.countries.get(alpha_3=v["state"]) is not None, v
    for s in key["sponsors"]:
        assert s["event"] in events and in_vocabulary(s["role"], SponsorRole) and known_actor(s["actor"]), s
    for p in key["positions"]:
        assert p["event"] is None or p["event"] in events, p
        assert in_vocabulary(p["stance"], Stance) and known_actor(p["actor"]), p
