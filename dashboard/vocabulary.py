"""The base of every closed vocabulary: a string Enum whose members carry their words.

    class Vote(Vocabulary):
        yes = "yes", "Yes", "#2166AC"  # voted in favour

A member is its code (it compares and serialises as the plain string "yes"), with `.label`, the words a
reader sees (by default the code with spaces for underscores), `.colour` where a chart needs one, and
`.short`, a compact form for narrow places (by default the label).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


def words(code: str) -> str:
    """A code in words, by the one default rule: `call_for_dialogue` → `call for dialogue`."""
    return code.replace("_", " ")


class Vocabulary(StrEnum):
    """A closed vocabulary: codes with their words (and colours)."""

    label: str
    colour: str | None
    short: str

    def __new__(cls, value: str, label: str | None = None, colour: str | None = None, short: str | None = None):
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label if label is not None else words(value)
        member.colour = colour
        member.short = short if short is not None else member.label
        return member

    @classmethod
    def labels(cls) -> dict[str, str]:
        """code → label, in the vocabulary's order (for `Series.map`)."""
        return {m.value: m.label for m in cls}

    @classmethod
    def shorts(cls) -> dict[str, str]:
        """code → short form, in the vocabulary's order."""
        return {m.value: m.short for m in cls}

    @classmethod
    def colours(cls) -> dict[str, str]:
        """code → colour of the members that have one, in the vocabulary's order."""
        return {m.value: m.colour for m in cls if m.colour is not None}

    @classmethod
    def codes(cls) -> list[str]:
        return [m.value for m in cls]

    @classmethod
    def listing(cls) -> str:
        """The codes as a reader's list, for descriptions: 'day, month, year or unknown'."""
        *first, last = cls.codes()
        return f"{', '.join(first)} or {last}" if first else last


def label_of(vocabulary: type[Vocabulary], code: Any, default: str | None = None) -> Any:
    """The label of a code; a code outside the vocabulary as it is (or `default`), a missing value unchanged."""
    if not isinstance(code, str):
        return code
    try:
        return vocabulary(code).label
    except ValueError:
        return code if default is None else default
