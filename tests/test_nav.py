"""The page registry is the only place a page's path is written, and it matches the pages on disk."""

from __future__ import annotations

import re

from dashboard.app import nav
from tests.conftest import ROOT

#: What writing a page's path by hand looks like: a script path, an address, or page_url("...").
PATH_LITERALS = [
    re.compile(r"""pages/\w+\.py"""),
    re.compile(r"""["'(]\.?/(?:""" + "|".join(re.escape(p.path) for p in nav.PAGES) + r""")(?=[?"')])"""),
    re.compile(r"""page_url\(\s*["']"""),
    re.compile(r"""url_path\s*=\s*["']"""),
]


def test_every_page_is_registered_once_and_exists() -> None:
    scripts = sorted(p.stem for p in (ROOT / nav.PAGES_DIR).glob("*.py") if p.stem != "__init__")
    assert sorted(p.script for p in nav.PAGES) == scripts
    for field in ("title", "path", "script"):
        values = [getattr(p, field) for p in nav.PAGES]
        assert len(set(values)) == len(values), field
    assert [p for p in nav.PAGES if p.default] == [nav.OVERVIEW]
    assert list(nav.sections()) == [nav.CURATED, nav.OFFICIAL]
    assert sum(len(pages) for pages in nav.sections().values()) == len(nav.PAGES)


def test_a_page_url_carries_only_the_given_parameters() -> None:
    assert nav.BREAKDOWN.url(event="ga3-2014-dprk-resolution") == "/breakdown?event=ga3-2014-dprk-resolution"
    assert nav.SOURCES.url(source=None, fact="") == "/sources"
    assert nav.ROLLCALLS.url(symbol="A/RES/69/188") == "/rollcalls?symbol=A%2FRES%2F69%2F188"
    assert nav.ADD_ARTICLE.file == "dashboard/app/pages/add_article.py" and nav.ADD_ARTICLE.url() == "/add-article"


def test_no_file_but_the_registry_writes_a_page_path() -> None:
    files = [ROOT / "app.py", *sorted((ROOT / "dashboard").rglob("*.py"))]
    found = [
        f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
        for path in files
        if path != ROOT / "dashboard" / "app" / "nav.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if any(pattern.search(line) for pattern in PATH_LITERALS)
    ]
    assert not found, "write page paths only in dashboard/app/nav.py:\n" + "\n".join(found)
    caught = ['"dashboard/app/pages/data.py"', 'f"[x](/breakdown?event={e})"', "ui.page_url('sources', x=1)"]
    assert all(any(p.search(text) for p in PATH_LITERALS) for text in caught)
    assert not any(p.search('frames["sources"]') for p in PATH_LITERALS)
