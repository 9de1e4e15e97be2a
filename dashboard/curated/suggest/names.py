"""Who is named in a text: states (pycountry names, aliases, demonyms, capitals) and organisations.

A `Gazetteer` is built from the tables below plus the project's actor registry (data/actors.yaml),
so "Pyongyang", "Beijing", "the North" or a registered person's name resolve to the registry's ids.
Extend the tables freely; each entry is a phrase → id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pycountry

#: Short or usual names pycountry does not give as such (phrase → ISO3).
STATE_ALIASES = {
    "North Korea": "PRK", "DPRK": "PRK", "D.P.R.K.": "PRK", "the North": "PRK",
    "Democratic People's Republic of Korea": "PRK", "Democratic People’s Republic of Korea": "PRK",
    "South Korea": "KOR", "Republic of Korea": "KOR", "ROK": "KOR", "the South": "KOR",
    "United States": "USA", "United States of America": "USA", "US": "USA", "U.S.": "USA", "USA": "USA",
    "America": "USA", "United Kingdom": "GBR", "UK": "GBR", "U.K.": "GBR", "Britain": "GBR", "Great Britain": "GBR",
    "Russia": "RUS", "Russian Federation": "RUS", "Iran": "IRN", "Syria": "SYR", "Venezuela": "VEN", "Bolivia": "BOL",
    "Tanzania": "TZA", "Vietnam": "VNM", "Viet Nam": "VNM", "Laos": "LAO", "Moldova": "MDA", "Micronesia": "FSM",
    "Congo": "COG", "Democratic Republic of the Congo": "COD", "DR Congo": "COD", "DRC": "COD", "Ivory Coast": "CIV",
    "Côte d'Ivoire": "CIV", "Czech Republic": "CZE", "Czechia": "CZE", "Turkey": "TUR", "Türkiye": "TUR",
    "Netherlands": "NLD", "the Netherlands": "NLD", "Holland": "NLD", "Brunei": "BRN", "Cape Verde": "CPV",
    "Swaziland": "SWZ", "Eswatini": "SWZ", "Burma": "MMR", "Myanmar": "MMR", "East Timor": "TLS", "Palestine": "PSE",
    "Vatican": "VAT", "Holy See": "VAT", "UAE": "ARE", "United Arab Emirates": "ARE", "Gambia": "GMB",
    "the Gambia": "GMB", "Bahamas": "BHS", "the Bahamas": "BHS", "Philippines": "PHL", "the Philippines": "PHL",
    "Taiwan": "TWN", "Kyrgyzstan": "KGZ", "Macedonia": "MKD", "North Macedonia": "MKD", "Sudan": "SDN",
    "South Sudan": "SSD", "Niger": "NER", "Nigeria": "NGA", "China": "CHN", "People's Republic of China": "CHN",
}  # fmt: skip
#: Demonyms and adjectives (phrase → ISO3): "Chinese diplomat", "a Cuban amendment".
DEMONYMS = {
    "North Korean": "PRK", "South Korean": "KOR", "Chinese": "CHN", "Russian": "RUS", "Japanese": "JPN",
    "American": "USA", "British": "GBR", "French": "FRA", "German": "DEU", "Cuban": "CUB", "Iranian": "IRN",
    "Syrian": "SYR", "Belarusian": "BLR", "Belarussian": "BLR", "Venezuelan": "VEN", "Uzbek": "UZB",
    "Sudanese": "SDN", "Australian": "AUS", "Canadian": "CAN", "Indian": "IND", "Pakistani": "PAK",
    "Brazilian": "BRA", "Mexican": "MEX", "Egyptian": "EGY", "Saudi": "SAU", "Turkish": "TUR", "Israeli": "ISR",
    "Italian": "ITA", "Spanish": "ESP", "Dutch": "NLD", "Swedish": "SWE", "Norwegian": "NOR", "Danish": "DNK",
    "Finnish": "FIN", "Polish": "POL", "Ukrainian": "UKR", "Vietnamese": "VNM", "Laotian": "LAO", "Thai": "THA",
    "Malaysian": "MYS", "Indonesian": "IDN", "Filipino": "PHL", "Myanmar's": "MMR", "Burmese": "MMR",
    "Mongolian": "MNG", "Nicaraguan": "NIC", "Bolivian": "BOL", "Zimbabwean": "ZWE", "Eritrean": "ERI",
    "South African": "ZAF", "Nigerian": "NGA", "Kenyan": "KEN", "Swiss": "CHE", "Austrian": "AUT",
    "Belgian": "BEL", "Irish": "IRL", "New Zealand": "NZL", "Argentine": "ARG", "Chilean": "CHL",
}  # fmt: skip
#: Capitals used for their governments ("Pyongyang rejected", "Beijing's envoy"): actors only as a
#: subject or a possessive, never as a place ("the office in Seoul").
CAPITALS = {
    "Pyongyang": "PRK", "Seoul": "KOR", "Beijing": "CHN", "Moscow": "RUS", "Washington": "USA", "Tokyo": "JPN",
    "Tehran": "IRN", "Havana": "CUB", "Damascus": "SYR", "Caracas": "VEN", "Minsk": "BLR", "London": "GBR",
    "Paris": "FRA", "Berlin": "DEU", "Canberra": "AUS", "Ottawa": "CAN", "Brussels": "eu",
}  # fmt: skip
#: Organisations known before any article (phrase → id, display name). The registry adds its own.
ORGANISATIONS = {
    "European Union": ("eu", "European Union"), "EU": ("eu", "European Union"),
    "Human Rights Watch": ("hrw", "Human Rights Watch"), "HRW": ("hrw", "Human Rights Watch"),
    "Amnesty International": ("amnesty-international", "Amnesty International"),
    "Amnesty": ("amnesty-international", "Amnesty International"),
    "special rapporteur on human rights in the DPRK": ("sr-dprk", "UN Special Rapporteur on human rights in the DPRK"),
    "special rapporteur on the situation of human rights in the DPRK":
        ("sr-dprk", "UN Special Rapporteur on human rights in the DPRK"),
    "special rapporteur on North Korea": ("sr-dprk", "UN Special Rapporteur on human rights in the DPRK"),
    "special rapporteur on human rights in North Korea": ("sr-dprk", "UN Special Rapporteur on human rights in the DPRK"),  # noqa: E501
    "UN rights rapporteur": ("sr-dprk", "UN Special Rapporteur on human rights in the DPRK"),
    "Office of the UN High Commissioner for Human Rights": ("ohchr", "Office of the UN High Commissioner for Human Rights"),  # noqa: E501
    "OHCHR": ("ohchr", "Office of the UN High Commissioner for Human Rights"),
    "Organisation of Islamic Cooperation": ("oic", "Organisation of Islamic Cooperation"),
    "Non-Aligned Movement": ("nam", "Non-Aligned Movement"),
    # the Human Rights Council's group of independent experts on accountability (data/actors.yaml)
    "group of independent experts on accountability":
        ("experts-accountability", "Human Rights Council group of independent experts on accountability (DPRK)"),
}  # fmt: skip


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    actor_id: str
    kind: str  # state, demonym, capital, organisation, person


@dataclass
class Gazetteer:
    """Phrase → actor id, for states, organisations and registered people."""

    phrases: dict[str, tuple[str, str]] = field(default_factory=dict)  # phrase → (id, kind)
    names: dict[str, str] = field(default_factory=dict)  # id → display name
    types: dict[str, str] = field(default_factory=dict)  # id → state / organisation / person
    speaks_for: dict[str, str] = field(default_factory=dict)  # person id → actor id
    roles: dict[str, str] = field(default_factory=dict)  # person id → role
    _pattern: re.Pattern[str] | None = None

    def add(self, phrase: str, actor_id: str, kind: str, name: str | None = None) -> None:
        phrase = phrase.strip()
        if len(phrase) < 2 or phrase in self.phrases:
            return
        self.phrases[phrase] = (actor_id, kind)
        if name:
            self.names.setdefault(actor_id, name)
        self._pattern = None

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._pattern is None:
            alternatives = sorted(self.phrases, key=len, reverse=True)
            body = "|".join(
                re.escape(p).replace("\\ ", r"\s+").replace("'", "['’`]").replace("’", "['’`]") for p in alternatives
            )
            self._pattern = re.compile(rf"(?<![\w.])(?:{body})(?![\w-])")
        return self._pattern

    def mentions(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Every actor named in text[start:end], longest phrase first, with absolute offsets."""
        end = len(text) if end is None else end
        found = []
        for m in self.pattern.finditer(text, start, end):
            phrase = self._lookup(m.group(0))
            if phrase is None:
                continue
            actor_id, kind = self.phrases[phrase]
            found.append(Mention(m.start(), m.end(), m.group(0), actor_id, kind))
        return found

    def _lookup(self, matched: str) -> str | None:
        if matched in self.phrases:
            return matched
        folded = re.sub(r"\s+", " ", matched).replace("’", "'").replace("`", "'")
        for phrase in self.phrases:
            if phrase.replace("’", "'") == folded:
                return phrase
        return None

    def name(self, actor_id: str) -> str:
        if actor_id in self.names:
            return self.names[actor_id]
        country = pycountry.countries.get(alpha_3=actor_id) if re.fullmatch(r"[A-Z]{3}", actor_id) else None
        return (getattr(country, "common_name", None) or country.name) if country else actor_id

    def type_of(self, actor_id: str) -> str:
        if actor_id in self.types:
            return self.types[actor_id]
        return "state" if re.fullmatch(r"[A-Z]{3}", actor_id) else "organisation"


def _pycountry_names() -> dict[str, str]:
    names: dict[str, str] = {}
    bases: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if not value:
                continue
            if "," in value:  # "Korea, Republic of" → "Republic of Korea"
                head, tail = (part.strip() for part in value.split(",", 1))
                value = f"{tail} {head}"
            names.setdefault(value, country.alpha_3)
            base = re.split(r" \(|,", value)[0].strip()
            bases.setdefault(base, set()).add(country.alpha_3)
    for base, codes in bases.items():
        if len(codes) == 1:
            names.setdefault(base, next(iter(codes)))
    return names


def build(actors: list | None = None) -> Gazetteer:
    """The gazetteer: built-in tables, then the registry's actors and their aliases (registry wins)."""
    gaz = Gazetteer()
    for actor in actors or []:
        kind = {"state": "state", "organisation": "organisation", "person": "person"}[str(actor.type)]
        gaz.names[actor.id] = actor.name
        gaz.types[actor.id] = kind
        if actor.speaks_for:
            gaz.speaks_for[actor.id] = actor.speaks_for
        if actor.role:
            gaz.roles[actor.id] = actor.role
        for phrase in [actor.name, *actor.aliases]:
            if kind == "person" and "(not named)" in phrase:
                continue
            sub = "capital" if phrase in CAPITALS else ("demonym" if phrase in DEMONYMS else kind)
            gaz.add(phrase, actor.id, sub)
    for phrase, iso3 in STATE_ALIASES.items():
        gaz.add(phrase, iso3, "state")
    for phrase, iso3 in _pycountry_names().items():
        gaz.add(phrase, iso3, "state")
    for phrase, iso3 in DEMONYMS.items():
        gaz.add(phrase, iso3, "demonym")
    for phrase, actor_id in CAPITALS.items():
        gaz.add(phrase, actor_id, "capital")
    for phrase, (actor_id, name) in ORGANISATIONS.items():
        gaz.add(phrase, actor_id, "organisation", name)
        gaz.types.setdefault(actor_id, "organisation")
    # "Korea" alone is ambiguous, and a few country names are common words or first names.
    for phrase in ("Korea", "Chad", "Jordan", "Georgia", "Guinea", "Dominica", "Man", "Jersey"):
        gaz.phrases.pop(phrase, None)
    for iso3 in {v for v, _k in gaz.phrases.values() if re.fullmatch(r"[A-Z]{3}", v)}:
        gaz.types.setdefault(iso3, "state")
    return gaz


def slug(text: str) -> str:
    """A record id from a name: 'Tomas Ojea Quintana' → 'tomas-ojea-quintana'."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60] or "x"
