"""The official record's sources as data: the registry, the coverage counted from the rows, and each
renderer (a CSV row's source and licence, the footer, the documentation's table)."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pandas as pd
import pytest

from dashboard.cli import main, parser
from dashboard.official import rollcalls, sources
from dashboard.official.vocab import Body, Source
from tests.conftest import ROOT

SHARED = ROOT.parent / "shared" / "reference"
NOTICE = "Required Notice: Copyright © 2026 Łukasz Szoszkiewicz — https://github.com/lszoszk/hrc-voting"


@pytest.fixture(scope="module")
def rc() -> rollcalls.RollCalls:
    return rollcalls.load_rollcalls()


def small_record(dates: dict[str, list[str]]) -> rollcalls.RollCalls:
    """A record of a few decisions: source → their dates (each in the body REGISTRY gives it first), one
    yes vote and one sponsor row each."""
    rows = []
    for source, days in dates.items():
        body = sources.REGISTRY[source].bodies[0]
        for day in days:
            rows.append(
                {
                    "rcid": len(rows) + 1,
                    "date": pd.Timestamp(day),
                    "session": 80,
                    "symbol": f"X/{len(rows)}",
                    "title": "t",
                    "source": source,
                    "body": body,
                }
            )
    decisions = rollcalls.conform(pd.DataFrame(rows), "unvotes")
    votes = pd.DataFrame({"rcid": decisions["rcid"], "iso3": "FRA", "vote": "yes"})
    sponsors = rollcalls.conform_sponsorships(
        pd.DataFrame(
            {
                "rcid": decisions["rcid"],
                "role": "sponsor",
                "iso3": "FRA",
                "name": "FRANCE",
                "kind": "state",
                "on_behalf_of": None,
            }
        )
    )
    countries = pd.DataFrame({"iso3": ["FRA"], "name": ["France"]})
    return rollcalls.RollCalls(
        decisions=decisions, votes=votes, countries=countries, provenance={}, sponsorships=sponsors
    )


def test_one_entry_per_source_code_each_complete() -> None:
    assert list(sources.REGISTRY) == Source.codes()
    for code, info in {**sources.REGISTRY, **sources.COMPANIONS}.items():
        assert info.code == code
        for field in ("producer", "title", "credit", "citation", "licence", "terms", "url", "version", "gives"):
            assert getattr(info, field).strip(), f"{code}: {field} is empty"
        assert info.url.startswith("https://"), code
        assert info.bodies and set(info.bodies) <= set(Body.codes()), code
        assert not re.search(r"\b(19|20)\d\d\s*[–-]\s*(19|20)?\d\d\b", info.credit), f"{code}: years in its credit"
    assert [code for code, info in sources.REGISTRY.items() if not info.shipped] == ["UN Digital Library"]


def test_hrc_voting_carries_its_notice_and_citation_as_its_files_state() -> None:
    info = sources.REGISTRY["hrc-voting"]
    licence = " ".join((SHARED / "hrc-voting" / "LICENSE").read_text(encoding="utf-8").split())
    assert info.notice in licence and info.notice == NOTICE
    cff = (SHARED / "hrc-voting" / "CITATION.cff").read_text(encoding="utf-8")
    assert 'doi: "10.5281/zenodo.21281232"' in cff and "10.5281/zenodo.21281232" in info.citation
    assert 'version: "1.0.0"' in cff and "1.0.0" in info.citation
    assert info.licence == "PolyForm Noncommercial 1.0.0" and "PolyForm-Noncommercial-1.0.0" in cff
    line = sources.licence_line("hrc-voting")
    assert line.startswith("PolyForm Noncommercial 1.0.0: research, education, non-profit") and line.endswith(NOTICE)
    assert "doi:10.5281/zenodo.21281232" in sources.credit("hrc-voting")


def test_the_commits_are_those_of_the_reference_readmes() -> None:
    folders = {
        "unvotes": "unvotes",
        "UN extract": "ga-resolutions-74-80",
        "hrc-voting": "hrc-voting",
        "UN HRC extract": "hrc-resolutions",
        "UN SC extract": "sc-resolutions",
        "UN SC drafts": "sc-resolutions",
        "SC veto list": "sc-vetoes",
    }
    for code, folder in folders.items():
        commit = re.search(r"commit ([0-9a-f]{7,8})", sources.REGISTRY[code].version)
        assert commit, code
        assert commit.group(1) in (SHARED / folder / "README.md").read_text(encoding="utf-8"), code


def test_coverage_matches_the_provenance_of_the_shipped_record(rc: rollcalls.RollCalls) -> None:
    covers = sources.coverage(rc)
    by_source = rc.provenance["by_source"]
    for code, counts in by_source.items():
        mine = [c for c in covers if c.source == code]
        assert sum(c.decisions for c in mine) == counts["decisions"], code
        assert sum(c.votes for c in mine) == counts["votes"], code
        assert min(c.first for c in mine) == pd.Timestamp(counts["first_date"]), code
        assert max(c.last for c in mine) == pd.Timestamp(counts["last_date"]), code
    for body, counts in rc.provenance["bodies"].items():
        mine = [c for c in covers if c.body == body and c.decisions]
        assert sum(c.decisions for c in mine) == counts["decisions"] and sum(c.votes for c in mine) == counts["votes"]
        assert sorted({c.source for c in mine}) == sorted(counts["sources"]), body
    hrc = next(c for c in covers if c.source == "UN HRC extract")  # it gives the Council's sponsors, no decision
    assert (hrc.body, hrc.decisions, hrc.sponsorships) == ("human_rights_council", 0, 4983)
    assert hrc.sponsorships == rc.provenance["sources"]["UN HRC extract"]["sponsorships"]
    ga = {c.source: c.sessions for c in covers if c.body == "general_assembly"}
    assert ga == {"unvotes": (1, 74), "UN extract": (74, 80)}
    assert sum(c.sponsorships for c in covers) == len(rc.sponsorships)
    assert not any(c.source == "UN Digital Library" for c in covers)  # not shipped: no rows


def test_coverage_is_computed_from_the_rows() -> None:
    covers = sources.coverage(small_record({"unvotes": ["1990-03-01", "1992-05-02"], "SC veto list": ["2001-01-01"]}))
    assert [(c.source, c.body, c.years, c.decisions, c.votes, c.sponsorships) for c in covers] == [
        ("unvotes", "general_assembly", "1990–1992", 2, 2, 2),
        ("SC veto list", "security_council", "2001", 1, 1, 1),
    ]
    later = sources.coverage(small_record({"unvotes": ["1990-03-01", "1995-05-02"]}))
    assert later[0].years == "1990–1995" and later[0].sessions == (80, 80)


def test_a_source_without_a_registry_entry_fails() -> None:
    record = small_record({"unvotes": ["1990-03-01"]})
    record.decisions["source"] = record.decisions["source"].cat.rename_categories({"unvotes": "stray"})
    with pytest.raises(ValueError, match="stray"):
        sources.coverage(record)


def test_csv_columns_credit_each_row() -> None:
    codes = pd.Series(["unvotes", "hrc-voting", "UN SC extract"], index=[5, 6, 7], dtype="category")
    columns = sources.csv_columns(codes)
    assert list(columns.index) == [5, 6, 7] and list(columns.columns) == ["source", "licence"]
    assert columns.loc[5, "source"].startswith("Erik Voeten, United Nations General Assembly Voting Data")
    assert columns.loc[5, "licence"].startswith("CC0 1.0")
    assert columns.loc[6, "licence"].endswith(NOTICE) and "*" not in columns.loc[6, "source"]
    assert columns.loc[7, "source"].startswith("United Nations, machine-readable extract of adopted Security Council")
    assert "acknowledged as the source" in columns.loc[7, "licence"]


def test_the_footer_groups_by_body_with_computed_dates(rc: rollcalls.RollCalls) -> None:
    text = sources.footer_markdown(rc)
    positions = [text.index(f"*{body.label}*:") for body in Body]
    assert positions == sorted(positions)  # the bodies in Body's order
    assert (
        "1946–2020 (sessions 1–74): Erik Voeten" in text
        and "2019–2026 (sessions 74–80): source: **United Nations**" in text
    )
    assert "sponsors 2023–2025: source: **United Nations**, machine-readable extract of Human Rights Council" in text
    assert text.count(NOTICE) == 1 and "PolyForm Noncommercial 1.0.0: research, education" in text
    assert "*Commission on Human Rights*: 1946–2006: Łukasz Szoszkiewicz" in text and "as above" in text
    assert "1946–2022: World Politics Data Lab" in text and ", MIT" in text
    assert "Ideal points 1946–2024" in text and "CC0" in text
    moved = sources.footer_markdown(small_record({"unvotes": ["1990-03-01", "1992-05-02"]}))
    assert "*General Assembly*: 1990–1992: Erik Voeten" in moved and "Human Rights Council" not in moved
    unreadable = sources.footer_markdown(None)  # the record could not be read: its sources, no dates
    assert "source: **United Nations**" in unreadable and NOTICE in unreadable
    assert "OHCHR Voting Records" in unreadable and not re.search(r"\b19\d\d–", unreadable)


def test_the_app_footer_writes_no_source_by_hand() -> None:
    from dashboard.app import ui

    code = inspect.getsource(ui.footer)
    assert "footer_markdown" in code
    for hand_written in ("1946", "2019", "74–80", "Voeten", "CC0", "hdl:", "UNxml"):
        assert hand_written not in code, hand_written


DOC = ROOT / "docs" / "official-record.md"


def test_docs_have_the_current_source_table(rc: rollcalls.RollCalls) -> None:
    table = sources.markdown_table(rc)
    assert table in DOC.read_text(encoding="utf-8"), (
        "docs/official-record.md is stale: run `python -m dashboard sources --update`"
    )
    for code in Source.codes():
        assert f"(`{code}`)" in table, code
    assert "| 3,264 decisions, 48,191 state votes |" in table and "sponsors of 185 decisions (4,983 rows)" in table


def test_sources_update_rewrites_only_the_generated_part(tmp_path: Path, rc: rollcalls.RollCalls) -> None:
    target = tmp_path / "record.md"
    target.write_text(f"# Kept above\n\n{sources.BEGIN}\nstale\n{sources.END}\n\nKept below.\n", encoding="utf-8")
    assert main(["sources", "--update", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == f"# Kept above\n\n{sources.markdown_table(rc)}\n\nKept below.\n"
    assert parser().parse_args(["sources", "--update"]).update == DOC  # the default file
    assert parser().parse_args(["sources"]).update is None  # without --update it prints


def test_the_documented_counts_per_body_are_the_record_s(rc: rollcalls.RollCalls) -> None:
    text = DOC.read_text(encoding="utf-8")
    for body, counts in rc.provenance["bodies"].items():
        row = f"| {Body(body).label} | {counts['decisions']:,} |"
        assert row in text and f"| {counts['votes']:,} |" in text, body
    total = f"**{len(rc.decisions):,} decisions**, **{len(rc.votes):,} state votes** and {len(rc.sponsorships):,}"
    assert total in text
    for listed in rc.provenance["sources"]["UN HRC extract"]["comparison"]["listed"]:  # the 9 differences
        symbol = listed.split(":")[0].split(",")[0]
        assert symbol.rsplit("/", 1)[-1] in text, listed
