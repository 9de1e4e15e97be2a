"""The documentation follows the files: its links resolve, the paths it names exist, every module has
its line in docs/architecture.md, and the README stays short."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

DOCS = sorted((ROOT / "docs").glob("*.md"))
LICENSES = ROOT / "data" / "LICENSES.md"
PAGES = [ROOT / "README.md", ROOT / "CHANGELOG.md", LICENSES, *DOCS]
ARCHITECTURE = ROOT / "docs" / "architecture.md"
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
#: A path in the repository as the documentation writes it: it starts with one of the project's folders.
PATH = re.compile(r"(?<![\w./-])((?:dashboard|tests|bench|scripts|static|docs|data)/[\w./*-]*)")


def names(page: Path) -> str:
    return str(page.relative_to(ROOT))


def anchors(page: Path) -> set[str]:
    """GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens."""
    headings = re.findall(r"^#+ (.+)$", page.read_text(encoding="utf-8"), flags=re.MULTILINE)
    return {re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-") for heading in headings}


def relative_links(page: Path) -> list[str]:
    text = re.sub(r"^(    |\t).*$", "", page.read_text(encoding="utf-8"), flags=re.MULTILINE)  # code blocks
    return [link for link in LINK.findall(text) if not re.match(r"[a-z]+:", link)]


def test_the_pages_are_there() -> None:
    expected = {"architecture", "curation", "data-dictionary", "official-record", "performance", "serving"}
    assert expected <= {page.stem for page in DOCS}
    assert all(page.exists() for page in PAGES)


@pytest.mark.parametrize("page", PAGES, ids=names)
def test_every_relative_link_resolves(page: Path) -> None:
    links = relative_links(page)
    assert links or page.name == "CHANGELOG.md", f"{names(page)} links to nothing"
    for link in links:
        target, _, anchor = link.partition("#")
        path = (page.parent / target).resolve() if target else page
        assert path.exists(), f"{names(page)}: {link} points to a file or folder that does not exist"
        if anchor:
            assert path.suffix == ".md", f"{names(page)}: {link}: an anchor into a file that is not Markdown"
            assert anchor in anchors(path), f"{names(page)}: {link}: no such heading in {path.name}"


@pytest.mark.parametrize("page", [ROOT / "README.md", LICENSES, *DOCS], ids=names)
def test_every_path_named_exists(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    named = {match.rstrip(".,:;") for match in PATH.findall(text)}
    assert named, f"{names(page)} names no file"
    for path in named:
        found = list(ROOT.glob(path)) if "*" in path else [ROOT / path] if (ROOT / path).exists() else []
        assert found, f"{names(page)} names {path}, which does not exist"


def test_the_readme_is_short_and_keeps_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 160
    assert "\n    bash scripts/run\n" in readme and "\n    bash scripts/test\n" in readme


def modules() -> list[Path]:
    """Every module of the package; an __init__.py only when it holds more than a docstring."""
    found = []
    for path in sorted((ROOT / "dashboard").rglob("*.py")):
        body = ast.parse(path.read_text(encoding="utf-8")).body
        docstring_only = all(isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) for node in body)
        if path.name != "__init__.py" or not docstring_only:
            found.append(path)
    return found


def test_every_module_has_its_line_in_the_architecture() -> None:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    listed = set(re.findall(r"^- `(dashboard/[\w/]+\.py)`: \S", text, flags=re.MULTILINE))
    expected = {str(path.relative_to(ROOT)) for path in modules()}
    assert len(expected) > 40  # the walk found the package
    assert not expected - listed, f"modules without a line in docs/architecture.md: {sorted(expected - listed)}"
    assert not listed - expected, f"docs/architecture.md lists modules that do not exist: {sorted(listed - expected)}"
    for folder in {path.parent for path in modules()}:
        assert f"`{folder.relative_to(ROOT)}/`" in text, f"no section for {folder.relative_to(ROOT)}/"


def test_the_licences_are_stated_and_pointed_to() -> None:
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    licences = LICENSES.read_text(encoding="utf-8")
    for terms in ("CC BY 4.0", "CC0 1.0", "PolyForm Noncommercial 1.0.0", "acknowledged as the source"):
        assert terms in licences, terms
    notice = "Required Notice: Copyright © 2026 Łukasz Szoszkiewicz — https://github.com/lszoszk/hrc-voting"
    assert notice in licences  # PolyForm's notices clause: the author's line travels with the data
    for page in (ROOT / "README.md", ROOT / "docs" / "official-record.md", ROOT / "docs" / "curation.md"):
        assert "data/LICENSES.md" in page.read_text(encoding="utf-8"), names(page)
