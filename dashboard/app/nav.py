"""The registry of pages: title, URL path, script, icon and section of each, in the order of the menu.

app.py builds the navigation from it, and every link between pages goes through it (`st.page_link(PAGE.file,
...)`, `PAGE.url(...)` in Markdown and link columns): no other file writes a page's path
(tests/test_nav.py checks). No Streamlit here.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

PAGES_DIR = "dashboard/app/pages"
CURATED = "Curated from the articles"
OFFICIAL = "Official roll calls"


@dataclass(frozen=True)
class Page:
    """One page of the app."""

    title: str
    path: str  # the URL path, /breakdown
    script: str  # the file's stem in PAGES_DIR
    icon: str
    section: str
    default: bool = False

    @property
    def file(self) -> str:
        """The script's path from the repository's root, as st.Page and st.page_link take it."""
        return f"{PAGES_DIR}/{self.script}.py"

    def url(self, **params: str | None) -> str:
        """The page's address with these query parameters (empty ones left out), for Markdown and link columns."""
        query = urlencode({k: v for k, v in params.items() if v})
        return f"/{self.path}?{query}" if query else f"/{self.path}"


OVERVIEW = Page("Overview", "overview", "overview", ":material/home:", CURATED, default=True)
BREAKDOWN = Page("Vote breakdown", "breakdown", "breakdown", ":material/how_to_vote:", CURATED)
COUNTRY = Page("Country profile", "country", "country", ":material/flag:", CURATED)
COMPARE = Page("Compare states", "compare", "compare", ":material/compare_arrows:", CURATED)
POSITIONS = Page("Positions and quotes", "positions", "positions", ":material/format_quote:", CURATED)
SOURCES = Page("Sources", "sources", "sources", ":material/newspaper:", CURATED)
DATA = Page("Data and downloads", "data", "data", ":material/download:", CURATED)
ADD_ARTICLE = Page("Add an article", "add-article", "add_article", ":material/post_add:", CURATED)
RECORD = Page("A state's voting record", "record", "record", ":material/table_view:", OFFICIAL)
ROLLCALLS = Page("Decisions", "rollcalls", "rollcalls", ":material/gavel:", OFFICIAL)
AGREEMENT = Page("Agreement", "agreement", "agreement", ":material/join_inner:", OFFICIAL)
SERIES = Page("A resolution over the years", "series", "series", ":material/timeline:", OFFICIAL)
COHESION = Page("Group cohesion", "cohesion", "cohesion", ":material/groups:", OFFICIAL)
OUTVOTED = Page("Outvoted", "outvoted", "outvoted", ":material/thumb_down:", OFFICIAL)
CONSENSUS = Page("Adopted without a vote", "consensus", "consensus", ":material/handshake:", OFFICIAL)

#: Every page, in the menu's order.
PAGES = [
    OVERVIEW,
    BREAKDOWN,
    COUNTRY,
    COMPARE,
    POSITIONS,
    SOURCES,
    DATA,
    ADD_ARTICLE,
    RECORD,
    ROLLCALLS,
    AGREEMENT,
    SERIES,
    COHESION,
    OUTVOTED,
    CONSENSUS,
]


def sections() -> dict[str, list[Page]]:
    """The pages under their section headings, in the menu's order."""
    out: dict[str, list[Page]] = {}
    for page in PAGES:
        out.setdefault(page.section, []).append(page)
    return out
