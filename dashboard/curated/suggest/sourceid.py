"""The source id of a new article: NNN_<16 hex>.

The existing ids' 16 hex digits are not a hash of their text that can be recomputed (md5, sha1,
sha256, blake2 of the bytes, stripped or normalised text were all tried), so new ids follow a
documented rule: the next free three-digit number in seeds/, then the first 16 hex digits of the
SHA-256 of the article's UTF-8 bytes. The same text always gets the same hex part, so a file copied
twice is recognised.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

ID = re.compile(r"^(\d{3})_([0-9a-f]{16})$")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def existing_ids(seeds_dir: Path) -> list[str]:
    return sorted(p.stem for p in seeds_dir.glob("*.txt") if ID.match(p.stem)) if seeds_dir.is_dir() else []


def same_text(text: str, seeds_dir: Path) -> str | None:
    """The id of an article in seeds/ with exactly this text, if there is one."""
    for sid in existing_ids(seeds_dir):
        if (seeds_dir / f"{sid}.txt").read_text(encoding="utf-8") == text:
            return sid
    return None


def new_source_id(text: str, seeds_dir: Path) -> str:
    """The next free NNN and the text's hash; an article already in seeds/ keeps its id."""
    found = same_text(text, seeds_dir)
    if found:
        return found
    numbers = [int(ID.match(sid).group(1)) for sid in existing_ids(seeds_dir)]  # type: ignore[union-attr]
    return f"{max(numbers, default=-1) + 1:03d}_{text_hash(text)}"
