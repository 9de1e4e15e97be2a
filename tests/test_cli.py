"""The command line: exit codes and one clear line per problem, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dashboard", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_validate_passes() -> None:
    result = run("validate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("ok: 5 sources, ")
    assert len(result.stdout.strip().splitlines()) == 1
    for body in ("General Assembly", "Human Rights Council", "Commission on Human Rights", "Security Council"):
        assert f"{body} " in result.stdout  # every body's counts, not the Assembly's alone


def test_validate_fails_on_a_broken_copy(project_copy: Path) -> None:
    votes = project_copy / "data" / "votes.yaml"
    votes.write_text(
        votes.read_text(encoding="utf-8").replace("country_iso3: CUB", "country_iso3: CUX"), encoding="utf-8"
    )
    (project_copy / "data" / "events.yaml").write_text("- id: [unclosed\n", encoding="utf-8")
    result = run("--data", str(project_copy / "data"), "--seeds", str(project_copy / "seeds"), "validate")
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert any(
        line.endswith("events.yaml::: malformed YAML at line 2, column 1: expected ',' or ']', but got '<stream end>'")
        or "events.yaml::: malformed YAML" in line
        for line in lines
    )
    assert any(
        "votes.yaml:ga3-2014-dprk-cub:country_iso3: 'CUX' is not an ISO 3166-1 alpha-3 code" in line for line in lines
    )
    for line in lines:
        assert line.count(":") >= 3, line


def test_export_writes_the_package(tmp_path: Path) -> None:
    result = run("export", "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "datapackage.json").exists()
    assert (
        (tmp_path / "out" / "votes.csv")
        .read_text(encoding="utf-8")
        .startswith("vote_id,event_id,country_iso3,country,vote")
    )


def test_export_refuses_invalid_data(project_copy: Path, tmp_path: Path) -> None:
    (project_copy / "data" / "votes.yaml").write_text("not: [a list", encoding="utf-8")
    result = run("--data", str(project_copy / "data"), "export", "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert not (tmp_path / "out").exists()
    assert "Traceback" not in result.stderr


def test_unknown_command_is_a_usage_error() -> None:
    result = run("frobnicate")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
