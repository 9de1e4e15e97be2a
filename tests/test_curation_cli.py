"""new-source, suggest, apply-patch, and validate's hint for a passage not found verbatim."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from dashboard.curated.load import Yaml12Loader, read_dataset
from tests.conftest import FIXTURES, ROOT

ARTICLE = FIXTURES / "articles" / "made_up_committee_vote.txt"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dashboard", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def in_copy(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run("--data", str(project / "data"), "--seeds", str(project / "seeds"), *args)


def test_new_source_computes_the_next_id_and_copies(project_copy: Path) -> None:
    from dashboard.curated.suggest.sourceid import text_hash

    want = f"005_{text_hash(ARTICLE.read_text(encoding='utf-8'))}"
    result = in_copy(project_copy, "new-source", str(ARTICLE))
    assert result.returncode == 0 and result.stdout.strip() == want
    assert not (project_copy / "seeds" / f"{want}.txt").exists()
    result = in_copy(project_copy, "new-source", str(ARTICLE), "--copy")
    assert (project_copy / "seeds" / f"{want}.txt").read_text(encoding="utf-8") == ARTICLE.read_text(encoding="utf-8")
    skeleton = yaml.load(result.stdout.split("check every field):\n", 1)[1], Loader=Yaml12Loader)
    assert skeleton[0]["id"] == want and skeleton[0]["agency"] == "AFP" and skeleton[0]["published"] == "2025-11-20"
    again = in_copy(project_copy, "new-source", str(project_copy / "seeds" / f"{want}.txt"))
    assert "already in seeds/" in again.stdout


def test_suggest_writes_a_draft_that_validates_and_its_patch_applies(project_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "draft"
    result = in_copy(project_copy, "suggest", str(ARTICLE), "--out", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "97–23–61" in result.stdout and "not verbatim" not in result.stdout
    events = (out / "data" / "events.yaml").read_text(encoding="utf-8")
    assert "# CANDIDATE for review (rule decision.adopted + tally.x-to-y-with-z)" in events
    _data, problems = read_dataset(out / "data", out / "seeds")
    assert problems == []
    assert (out / "csv" / "votes.csv").read_text(encoding="utf-8").count("\n") == 4  # header + BLR, CUB, CHN
    assert "candidate" in (out / "candidates.csv").read_text(encoding="utf-8")
    patch = out / "patch.yaml"  # names seeds/ID.txt beside it
    applied = in_copy(project_copy, "apply-patch", str(patch))
    assert applied.returncode == 0, applied.stdout + applied.stderr
    assert in_copy(project_copy, "validate").stdout.startswith("ok: 6 sources, ")


def test_apply_patch_refuses_one_that_would_not_validate(project_copy: Path, tmp_path: Path) -> None:
    bad = tmp_path / "p" / "patch.yaml"
    (tmp_path / "p" / "seeds").mkdir(parents=True)
    (tmp_path / "p" / "seeds" / "005_0000000000000000.txt").write_text("Some article text here.", encoding="utf-8")
    bad.write_text(
        "source_file: seeds/005_0000000000000000.txt\nadd:\n  votes:\n  - id: v-x\n    event_id: nowhere\n"
        "    country_iso3: CHN\n    vote: 'no'\n    evidence:\n    - {source: '005_0000000000000000', quote: Some article text}\n",
        encoding="utf-8",
    )
    before = (project_copy / "data" / "votes.yaml").read_text(encoding="utf-8")
    result = in_copy(project_copy, "apply-patch", str(bad))
    assert result.returncode == 1 and "unknown event id 'nowhere'" in result.stdout
    assert (project_copy / "data" / "votes.yaml").read_text(encoding="utf-8") == before


def test_validate_names_the_closest_passage(project_copy: Path) -> None:
    path = project_copy / "data" / "sponsorships.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "the resolution was brought forth by", "the resolution was brought forward by"
    )
    path.write_text(text, encoding="utf-8")
    result = in_copy(project_copy, "validate")
    assert result.returncode == 1
    line = next(line for line in result.stdout.splitlines() if "passage not found" in line)
    assert "closest passage" in line and '"forward" → "forth"' in line
