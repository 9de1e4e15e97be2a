"""Member-state names as the UN extract spells them (capitals, variants, damage) → ISO 3166-1 alpha-3.

pycountry does the work; ALIASES holds the spellings it cannot read, each a real spelling seen in
the extract. A sponsor entry that is not a state ("SUBMITTED BY THE CHAIR OF THE COMMITTEE", "THE
REPRESENTATIVE OF GHANA ON BEHALF OF THE BUREAU") is kept as written with no state; an entry of
several states ("MAURITANIA AND UNITED REPUBLIC OF TANZANIA") becomes one row per state; a state
speaking "on behalf of" a group keeps that group in `on_behalf_of`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import pycountry

#: Spellings pycountry does not resolve, by their folded form (see `fold`).
ALIASES = {
    "TURKEY": "TUR",
    "TURKIYE": "TUR",  # TÜRKİYE and TÜRKIYE fold to this too
    "TURKYYE": "TUR",  # TÜRKÝYE: the İ lost to a Latin-1 Ý (mojibake)
    "COTE D'IVOIRE": "CIV",  # also CÔTE D’IVOIRE
    "NETHERLANDS (KINGDOM OF THE)": "NLD",
    "NETHERLANDS (KINGDOM OF)": "NLD",  # the HRC extract
    "CHILES": "CHL",  # a typing error in the SC extract ("CHILEs")
    "LIBYAN ARAB JAMAHIRIYA": "LBY",  # Libya's name to 2011
    "LIBYA ARAB JAMAHIRIYA": "LBY",
    "LICHTENSTEIN": "LIE",  # a typing error in one SC sponsor list
    "THE FORMER YUGOSLAV REPUBLIC OF MACEDONIA": "MKD",
    "NETHERLANDS": "NLD",
    "BOLIVIA (PLURINATIONAL STATE OF)": "BOL",
    "IRAN (ISLAMIC REPUBLIC OF)": "IRN",
    "MICRONESIA (FEDERATED STATES OF)": "FSM",
    "MICRONESIA (FEDERATES STATES OF)": "FSM",
    "VENEZUELA (BOLIVARIAN REPUBLIC OF)": "VEN",
    "VENEZUELA (BOLIVARIAN REPUBLIC)": "VEN",
    "DEMOCRATIC REPUBLIC OF THE CONGO": "COD",
    "DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA": "PRK",
    "REPUBLIC OF KOREA": "KOR",
    "LAO PEOPLE'S DEMOCRATIC REPUBLIC": "LAO",
    "STATE OF PALESTINE": "PSE",
    "UNITED KINGDOM": "GBR",
    "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND": "GBR",
    "UNITED STATES": "USA",
    "UNITED STATES OF AMERICA": "USA",
    "RUSSIAN FEDERATION": "RUS",
    "SYRIAN ARAB REPUBLIC": "SYR",
    "REPUBLIC OF MOLDOVA": "MDA",
    "UNITED REPUBLIC OF TANZANIA": "TZA",
    "TIMOR LESTE": "TLS",
    "GUINEA BISSAU": "GNB",
    "CZECH REPUBLIC": "CZE",
    "REPUBLIC OF CAMEROON": "CMR",
    "SWAZILAND": "SWZ",
    "NAMBIA": "NAM",  # a typing error in one sponsor list
    "MALTAS": "MLT",  # idem
    "CABO VERDE": "CPV",
    "BAHAMAS (THE)": "BHS",
}
#: Entries that are not member states: offices, bodies, procedure. Kept as written.
NOT_A_STATE = re.compile(
    r"SUBMITTED BY|INTRODUCED IN|REPRESENTATIVE OF|ON THE BASIS OF|\bCHAIR\b|RAPPORTEUR|BUREAU|COMMITTEE|"
    r"PRESIDENT OF|AMENDMENT|ANNEX|INFORMAL CONSULTATIONS",
)
ON_BEHALF = re.compile(r"^(?P<state>[^()]+?)\s*[,(]\s*(?:on|of) behalf of (?P<group>[^()]+?)\)?$", re.I)
CAPACITY = re.compile(r"^(?P<state>[^()]+?)\s*\(in its capacity as (?P<group>[^()]+?)\)$", re.I)
MEMBERS_OF = re.compile(
    r"^(?:the )?States Members of the United Nations that are members of (?:the members of )?", re.I
)


def fold(name: str) -> str:
    """Upper case, one space, plain apostrophes, accents removed (TÜRKİYE → TURKIYE, TÜRKÝYE → TURKYYE)."""
    text = unicodedata.normalize("NFKD", name.replace("’", "'").replace("\u00a0", " "))
    text = "".join(c for c in text if not unicodedata.combining(c)).upper()
    return " ".join(text.split()).strip(" ,.")


@lru_cache(maxsize=4096)
def _lookup(folded: str) -> str | None:
    if folded in ALIASES:
        return ALIASES[folded]
    try:
        return pycountry.countries.lookup(folded).alpha_3
    except LookupError:
        return None


@lru_cache(maxsize=4096)
def iso3_of(name: str) -> str | None:
    """The ISO 3166-1 alpha-3 code of a member-state name, or None."""
    folded = fold(name)
    candidates = [folded, folded.removeprefix("THE ").removeprefix("THE")]
    # letters split by a stray space ("CZECHI A", "GE RMANY", "THEREPUBLIC OF KOREA"): join one gap at a time
    candidates += [folded[:i] + folded[i + 1 :] for i, c in enumerate(folded) if c == " "]
    for candidate in candidates:
        found = _lookup(candidate) if len(candidate) > 3 else None
        if found:
            return found
    return None


@dataclass(frozen=True)
class Entry:
    """One sponsor row: a state (iso3), or an entry that is not a state (iso3 None, kind 'other')."""

    name: str  # as written in the extract
    iso3: str | None
    kind: str  # 'state', or 'other' (an office, body or procedure), or 'unmapped'
    on_behalf_of: str | None = None


#: State names with "and" in them, kept whole when a list is split at "and".
JOINED = sorted(
    {fold(c.name) for c in pycountry.countries if " and " in c.name}
    | {"UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND"},
    key=len,
    reverse=True,
)


def split_parts(text: str) -> list[str]:
    """Split a list at commas, 'and' and full stops outside parentheses, keeping 'Trinidad and Tobago' whole."""
    upper = fold(text)
    for i, name in enumerate(JOINED):
        upper = upper.replace(name, f"\x00{i}\x00")
    parts = re.split(r",\s*(?![^(]*\))|\s+AND\s+(?![^(]*\))|\.\s+", upper)
    restore = re.compile(r"\x00(\d+)\x00")
    return [restore.sub(lambda m: JOINED[int(m.group(1))], p).strip() for p in parts if p.strip()]


def split_states(text: str) -> list[str] | None:
    """'A, B and C' → [A, B, C] when every part is a state; None otherwise."""
    parts = split_parts(text)
    if len(parts) > 1 and all(iso3_of(p) for p in parts):
        return parts
    return None


def sponsor_entries(raw: str) -> list[Entry]:
    """The rows one sponsor entry of the extract stands for (never none: an unreadable entry is 'unmapped')."""
    name = " ".join(raw.replace("\u00a0", " ").replace("( )", "").split())
    upper = fold(name)
    if not upper:
        return []
    iso = iso3_of(name)
    if iso:
        return [Entry(name, iso, "state")]
    for pattern in (ON_BEHALF, CAPACITY):
        match = pattern.match(name)
        if match and not NOT_A_STATE.search(fold(match.group("state"))):
            group = MEMBERS_OF.sub("", match.group("group").strip(" )"))
            head = fold(match.group("state"))
            states = split_states(head) or [head]
            if all(iso3_of(s) for s in states):
                return [Entry(name, iso3_of(s), "state", group) for s in states]
    if NOT_A_STATE.search(upper):
        return [Entry(name, None, "other")]
    states = split_states(upper)
    if states:
        return [Entry(name, iso3_of(s), "state") for s in states]
    if "ON BEHALF OF" in upper:  # a list with one 'X (on behalf of …)' inside it
        pieces = split_parts(name)
        rows = [entry for piece in pieces for entry in sponsor_entries(piece)]
        if rows and all(e.kind == "state" for e in rows):
            return [Entry(name, e.iso3, "state", e.on_behalf_of) for e in rows]
    return [Entry(name, None, "unmapped")]
