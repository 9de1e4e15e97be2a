"""Titles as the UN writes them: the library catalogue's tails removed, one rule for every body.

The OHCHR and UN libraries catalogue a title with its kind of document and, for the General
Assembly, a cut-off statement of responsibility: "Situation of human rights in … : resolution /",
"… : amendment /", "… : decision /", "… : resolution / adopted by the General Assembly" (also cut
short: "… : resolution / ado"). `clean_title` removes that tail; the raw title is kept beside it
(decisions.title_raw). A subtitle before the tail ("… : follow-up to resolution 8/4 : resolution /")
stays.
"""

from __future__ import annotations

import re

TAIL = re.compile(
    r"\s*:\s*(?:draft\s+)?(?:resolution|decision|amendments?|presidential statement)\s*/[^:]*$",
    re.IGNORECASE,
)


def clean_title(title: str) -> str:
    """The title without a cataloguing tail (unchanged when it has none)."""
    cleaned = TAIL.sub("", title).strip()
    return cleaned or title
