"""Official General Assembly roll calls: normalised tables in data/rollcalls/, and views of them.

Tables (Parquet, zstd; built by `dashboard.official.importers`, one module per source layout):
- roll_calls: one row per roll call: rcid, session, date, year, symbol (`A/RES/69/188` form),
  title (the source's `descr`, repaired), short (repaired), text_repaired, text_damaged, topics
  ('; '-joined), important (the source's `importantvote`), amend, para (nullable booleans).
- votes: one row per state per roll call as recorded: rcid, iso3 (category), vote (category:
  yes / no / abstain / non_voting).
- members: who counts as a member on each roll call (see below): session, iso3, first, last.
- countries: iso3 → name (the name the record uses last, or the ISO name of a re-dated code).
- provenance.json: dataset, version, licence, counts, date range and every normalisation choice.

Members who did not vote: neither unvotes nor the UN extract lists them. A state counts as a member
on a roll call from its first recorded vote in the whole record on; a state that was dissolved or
lost its seat (SEAT_ENDED: Czechoslovakia, Yugoslavia, Serbia and Montenegro, the GDR, South Yemen,
Zanzibar, the Republic of China) until its last; every other state to the record's end, since no
member has left the UN otherwise. So a member that cast no vote for a while (Venezuela under
Article 19, Afghanistan since 2021) counts as absent.
`members` holds, per session and state, the dates [first, last] that rule gives; a member without
a row on a roll call is `non_voting` there (derived=True in `breakdown`). Files that record
non-voting themselves (the UN Digital Library's X or NV) keep those rows as recorded `non_voting`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import ftfy
import numpy as np
import pandas as pd
import pycountry

from dashboard.official.titles import clean_title
from dashboard.official.vocab import Body, Cell, Method, NamesStatus, Outcome, Source, SponsorKind, SponsorRole, Vote
from dashboard.safecsv import Prepared, csv_bytes

ROLLCALL_DIR = Path(__file__).resolve().parent.parent.parent / "data" / "rollcalls"
VOTE_VALUES = Vote.codes()  # the codes of votes.parquet (dashboard.official.vocab has their words)
UNVOTES_COMMIT = "7eb7034"
HANDLE = "hdl:1902.1/12379"

#: States the record codes with an ISO 3166-3 (withdrawn) alpha-2 code.
HISTORICAL = {
    "CS": "CSK",  # Czechoslovakia
    "YU": "YUG",  # Yugoslavia (SFRY 1946–1992, FRY 2000–2003; re-dated below)
    "DD": "DDR",  # German Democratic Republic
    "YD": "YMD",  # Yemen People's Republic (South Yemen)
}
#: States the record names without a code. DEU and YEM are the ISO 3166 codes these states held
#: themselves (ISO 3166, 1974: DE/DEU the Federal Republic, YE/YEM the Yemen Arab Republic), and
#: their seats continued as Germany's and Yemen's in 1990: one series each.
BY_NAME = {
    "Federal Republic of Germany": "DEU",
    "Yemen Arab Republic": "YEM",
    # Zanzibar (member 1963-12-16 to the union with Tanganyika, 1964) never had an ISO code:
    # XZZ, from ISO 3166-1's user-assigned range XAA–XZZ, so it is never mistaken for a real code.
    "Zanzibar": "XZZ",
}
#: The record keeps "Yugoslavia" (YU) for its successors; the code follows the state at the date.
REDATED = {"YUG": [("2003-02-04", "SCG"), ("2006-06-03", "SRB")]}
NAMES = {
    "CSK": "Czechoslovakia",
    "YUG": "Yugoslavia",
    "SCG": "Serbia and Montenegro",
    "SRB": "Serbia",
    "DDR": "German Democratic Republic",
    "YMD": "Yemen People's Republic",
    "XZZ": "Zanzibar",
}
ISO3_EXTRA = set(NAMES)  # codes accepted beside pycountry's current ISO 3166-1 list

# Characters a PDF extraction left as codes (<d3> closes a quote; <90> is an apostrophe in context).
PLACEHOLDERS = {"d3": "”", "90": "’"}
RULES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (re.compile(r"(?:\t[\d.]*)+\s*$"), ""),  # the tail of a broken CSV row: tab-separated numbers
    (re.compile(r"\\+\"*"), '"'),  # backslash-escaped quotes of the oldest records
    (re.compile(r'"{2,}'), '"'),
    (re.compile(r"<([0-9a-fA-F]{2})>"), lambda m: PLACEHOLDERS.get(m.group(1).lower(), m.group(0))),
    (re.compile(r"(?<=entitled)_(?=\w)"), " “"),  # "entitled_Small arms”": an opening quote lost as _
    (re.compile(r"(?<=\s)_(?=\w)"), "“"),
    (re.compile(r"(?<=\s)_(?=\s)"), "–"),  # " _ " a dash lost as _
    (re.compile(r"(?<=\w)\?Æ(?=s\b)"), "’"),  # People?Ã†s (after ftfy: ?Æs): a lost apostrophe
]
LOST_HYPHEN = re.compile(r"(?<=[A-Za-z])\?(?=[A-Za-z])")  # co?operation, Non?Proliferation
DAMAGE = re.compile(r"\?[^\x00-\x7f]+|[ÃÂ][\u0080-\u00ff]|<[0-9a-fA-F]{2}>|(?<=\w)[?_](?=\w)")


#: The decisions table: column → (dtype, value where a source does not give it, description).
DECISION_COLUMNS: dict[str, tuple[str, object, str]] = {
    "rcid": (
        "int32",
        None,
        "Decision id, stable per source (dashboard/official/bodies.py ID_RANGES): the unvotes roll-call id "
        "(below 100,000), 100,000 and up for the GA extract; other bodies from their source's own key.",
    ),
    "session": (
        "int16",
        None,
        "Regular General Assembly session (special sessions by date); for the other bodies the calendar year "
        "(their membership period).",
    ),
    "date": ("datetime64[ms]", None, "Date of adoption or of the vote."),
    "year": ("int16", None, "Year of date."),
    "symbol": ("str", None, "Resolution symbol, A/RES/69/188 form; empty for some early roll calls."),
    "title": ("str", "", "Title as the source gives it (mojibake repaired, cataloguing tails removed)."),
    "title_raw": ("str", "", "The title as the source writes it, where cleaning changed it; empty otherwise."),
    "short": ("str", "", "unvotes' short title, or the extract's agenda item name."),
    "committee": ("str", "", "Main Committee whose report it came from, or 'Without reference to a Main Committee'."),
    "agenda_item": ("str", "", "Agenda item, as the extract gives it."),
    "meeting": ("str", "", "Meeting record symbol (A/79/PV.3)."),
    "method": (
        "category",
        "recorded_vote",
        "recorded_vote, without_vote, non_recorded_vote (a vote without a roll call: stated totals at most), "
        "no_vote_taken (withdrawn or not considered), or unknown (never guessed).",
    ),
    "yes_stated": ("Int16", None, "Votes in favour as the source states them (the extract); empty otherwise."),
    "no_stated": ("Int16", None, "Votes against as stated; empty otherwise."),
    "abstain_stated": ("Int16", None, "Abstentions as stated; empty otherwise."),
    "names": (
        "category",
        "listed",
        "listed (per-state votes present), missing (a tally without names), not applicable, or vetoers only "
        "(the veto list: who vetoed; no tally and no other member's vote in the record).",
    ),
    "topics": ("str", "", "unvotes topics, '; '-joined."),
    "topics_derived": (
        "bool",
        False,
        "True where topics come from the documented rule (dashboard/official/topics.py).",
    ),
    "subjects": ("str", "", "UN subject terms (UNBIS Thesaurus and others), '; '-joined; extract only."),
    "important": ("boolean", None, "unvotes' important-vote flag (US State Department list); empty elsewhere."),
    "amend": ("boolean", None, "A vote on an amendment (unvotes)."),
    "para": ("boolean", None, "A vote on a paragraph (unvotes)."),
    "text_repaired": ("bool", False, "The title was repaired."),
    "text_damaged": ("bool", False, "Characters the source lost show as �."),
    "source": ("category", None, "unvotes (Voeten, CC0), UN extract (United Nations) or UN Digital Library."),
    "body": (
        "category",
        "general_assembly",
        "general_assembly, human_rights_council, commission_on_human_rights or security_council.",
    ),
    "outcome": (
        "category",
        "",
        "adopted, not_adopted, vetoed, withdrawn or not_considered where the source states it; empty where it "
        "does not (unvotes).",
    ),
    "vetoed_by": (
        "str",
        "",
        "Security Council: the permanent members whose negative vote was a veto, ISO3 '; '-joined (RUS for the USSR "
        "too); "
        "empty otherwise. Their own vote row (if any) is no.",
    ),
    "note": ("str", "", "A defect of the source met on this decision, in words."),
}
METHODS = Method.codes()
NAMES_STATUS = NamesStatus.codes()
SOURCES = Source.labels()  # source code → the credit the pages and downloads give
BODIES = Body.codes()
OUTCOMES = Outcome.codes()
SPONSOR_COLUMNS = {
    "rcid": "The decision sponsored.",
    "role": "sponsor or additional_sponsor.",
    "iso3": "The state, ISO 3166-1 alpha-3; empty for an entry that is not a state.",
    "name": "The entry as the extract writes it.",
    "kind": "state, other (an office, body or procedure, kept as written) or unmapped (listed by import-votes).",
    "on_behalf_of": "The group a state sponsored for ('the Group of 77 and China'), where stated.",
}


def conform(decisions: pd.DataFrame, source: str) -> pd.DataFrame:
    """The decisions in DECISION_COLUMNS' order and types; columns a source lacks get its default."""
    out = decisions.copy()
    if "source" not in out.columns:
        out["source"] = source
    out["year"] = pd.to_datetime(out["date"]).dt.year
    if "title" in out.columns:  # the catalogue's tails (" : resolution /") off; the raw title kept
        raw = out["title"].fillna("").astype(str)
        cleaned = raw.map(clean_title)
        kept = out["title_raw"].fillna("").astype(str) if "title_raw" in out.columns else pd.Series("", index=out.index)
        out["title_raw"] = kept.where((kept != "") | (cleaned == raw), raw)
        out["title"] = cleaned
    categories = {
        "method": METHODS,
        "names": NAMES_STATUS,
        "source": list(SOURCES),
        "body": BODIES,
        "outcome": OUTCOMES,
    }
    for column, (dtype, default, _) in DECISION_COLUMNS.items():
        if column not in out.columns:
            out[column] = default
        if column in categories:
            values = out[column].astype(object).where(out[column].notna(), default).astype(str)
            out[column] = pd.Categorical(values, categories=categories[column])
        elif dtype == "str":
            out[column] = out[column].fillna("").astype(str) if column != "symbol" else out[column].astype("str")
        else:
            out[column] = out[column].astype(dtype)
    return out[list(DECISION_COLUMNS)]


def conform_sponsorships(rows: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "rcid": rows["rcid"].astype("int32"),
            "role": pd.Categorical(rows["role"], categories=SponsorRole.codes()),
            "iso3": rows["iso3"].astype("string"),
            "name": rows["name"].astype(str),
            "kind": pd.Categorical(rows["kind"], categories=SponsorKind.codes()),
            "on_behalf_of": rows["on_behalf_of"].astype("string"),
        }
    ).reset_index(drop=True)


def empty_sponsorships() -> pd.DataFrame:
    return conform_sponsorships(pd.DataFrame(columns=list(SPONSOR_COLUMNS)))


@dataclass
class RollCalls:
    """The official record: decisions, per-state votes, sponsorships, members, countries, ideal points."""

    decisions: pd.DataFrame
    votes: pd.DataFrame
    countries: pd.DataFrame
    provenance: dict
    members: pd.DataFrame | None = None
    sponsorships: pd.DataFrame = field(default_factory=empty_sponsorships)
    idealpoints: pd.DataFrame | None = None

    @property
    def names(self) -> dict[str, str]:
        """ISO3 → name (a fresh dict each time). Read from `countries` once per frame: iterating its text
        columns cost ~0.5 ms a call, and pages called it per row."""
        read = self.__dict__.get("_names")
        if read is None or read[0] is not self.countries:
            read = (self.countries, dict(zip(self.countries["iso3"], self.countries["name"], strict=True)))
            self.__dict__["_names"] = read
        return dict(read[1])


class SourceError(ValueError):
    """A source table that cannot be read; the message names file, row and column."""


def iso3_of(code: str, name: str) -> str | None:
    """ISO 3166-1 alpha-3 for a record's alpha-2 code (or name, where it has no code)."""
    if name in BY_NAME:
        return BY_NAME[name]
    if code in HISTORICAL:
        return HISTORICAL[code]
    country = pycountry.countries.get(alpha_2=code) if code else None
    return country.alpha_3 if country else None


def is_iso3(code: str) -> bool:
    return code in ISO3_EXTRA or pycountry.countries.get(alpha_3=code) is not None


def redate(iso3: pd.Series, dates: pd.Series) -> pd.Series:
    """Codes that follow the state at the date (Yugoslavia → Serbia and Montenegro → Serbia)."""
    out = iso3.astype(str)
    for old, steps in REDATED.items():
        for start, new in steps:
            out = out.mask((out.isin([old] + [n for _, n in steps])) & (dates >= pd.Timestamp(start)), new)
    return out


def normalise_symbol(value: str) -> str | None:
    """`R/69/188` → `A/RES/69/188`; special (SS) and emergency special (ES) sessions likewise."""
    value = value.strip()
    if not value:
        return None
    for prefix, session in (("R/", ""), ("SS/", "S-"), ("ES/", "ES-")):
        if value.startswith(prefix):
            return f"A/RES/{session}{value[len(prefix) :]}"
    return value


def repair_text(text: str) -> tuple[str, bool, bool]:
    """(text, repaired, damaged): ftfy, then the source's own artefacts (RULES); what stays lost shows as �."""
    original = " ".join(text.split())
    fixed = ftfy.fix_text(text, uncurl_quotes=False)
    for pattern, replacement in RULES:
        fixed = pattern.sub(replacement, fixed)
    if "? " not in fixed:  # no ? used as punctuation: one between letters can only be a lost hyphen
        fixed = LOST_HYPHEN.sub("-", fixed)
    fixed = " ".join(fixed.split())
    damaged = bool(DAMAGE.search(fixed))
    if damaged:
        fixed = DAMAGE.sub("�", fixed)
    return fixed, fixed != original, damaged


def make_votes(rcid: pd.Series, iso3: pd.Series, vote: pd.Series, path: Path | str) -> pd.DataFrame:
    """The votes table; one vote per state per roll call, else SourceError naming the row."""
    votes = pd.DataFrame(
        {
            "rcid": rcid.astype("int32").to_numpy(),
            "iso3": pd.Categorical(iso3.astype(str)),
            "vote": pd.Categorical(vote, categories=VOTE_VALUES),
        }
    )
    twice = votes.duplicated(["rcid", "iso3"]).to_numpy()
    if twice.any():
        row = int(twice.nonzero()[0][0])
        where = f"{path}:row {rcid.index[row] + 2}:rcid"
        raise SourceError(f"{where}: a second vote of {iso3.iloc[row]} on roll call {rcid.iloc[row]}")
    return votes


def countries_table(iso3: pd.Series, names: pd.Series, order: pd.Series) -> pd.DataFrame:
    """iso3 → the last name the record uses (re-dated and historical codes: their ISO names)."""
    table = pd.DataFrame({"iso3": iso3.astype(str).to_numpy(), "name": names.astype(str).str.strip().to_numpy()})
    table = table.iloc[order.to_numpy().argsort(kind="stable")].drop_duplicates("iso3", keep="last")
    table["name"] = table["iso3"].map(NAMES).fillna(table["name"])
    return table.sort_values("name").reset_index(drop=True)


#: Seats that ended: states that ceased to exist, and the Republic of China's seat (to the People's
#: Republic on 25 October 1971). Their membership ends at their last recorded vote.
SEAT_ENDED = {"CSK", "YUG", "SCG", "DDR", "YMD", "XZZ", "TWN"}


def derive_members(decisions: pd.DataFrame, votes: pd.DataFrame) -> pd.DataFrame:
    """Per session and state: [first, last] dates it counts as a member (see the module docstring)."""
    dated = votes[["rcid", "iso3"]].assign(iso3=votes["iso3"].astype(str))
    dated = dated.merge(decisions[["rcid", "date"]], on="rcid")
    span = dated.groupby("iso3")["date"].agg(first_vote="min", last_vote="max")
    # no other member has left the UN: the others count to the record's end
    span.loc[~span.index.isin(SEAT_ENDED), "last_vote"] = decisions["date"].max()
    bounds = decisions.groupby("session")["date"].agg(start="min", end="max").reset_index()
    pairs = bounds.merge(span.reset_index(), how="cross")
    pairs = pairs[(pairs["first_vote"] <= pairs["end"]) & (pairs["last_vote"] >= pairs["start"])]
    return (
        pd.DataFrame(
            {
                "session": pairs["session"].astype("int16"),
                "iso3": pairs["iso3"].astype("category"),
                "first": pairs[["first_vote", "start"]].max(axis=1).astype("datetime64[ms]"),
                "last": pairs[["last_vote", "end"]].min(axis=1).astype("datetime64[ms]"),
                "body": pd.Categorical(["general_assembly"] * len(pairs), categories=BODIES),
            }
        )
        .sort_values(["session", "iso3"])
        .reset_index(drop=True)
    )


def write_tables(tables: RollCalls, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    members = tables.members if tables.members is not None else derive_members(tables.decisions, tables.votes)
    frames = {
        "decisions": tables.decisions,
        "votes": tables.votes,
        "members": members,
        "sponsorships": tables.sponsorships,
        "countries": tables.countries,
    }
    if tables.idealpoints is not None:
        frames["idealpoints"] = tables.idealpoints
    for name, frame in frames.items():
        frame.to_parquet(out_dir / f"{name}.parquet", compression="zstd", index=False)
    (out_dir / "provenance.json").write_text(json.dumps(tables.provenance, indent=2, ensure_ascii=False) + "\n")


def provenance(roll_calls: pd.DataFrame, votes: pd.DataFrame, dataset: str, unmapped: list[str]) -> dict:
    repaired, damaged = roll_calls["text_repaired"], roll_calls["text_damaged"]
    return {
        "dataset": dataset,
        "source": "Erik Voeten, 'United Nations General Assembly Voting Data', Harvard Dataverse, " + HANDLE,
        "version": f"unvotes R package (dgrtwo/unvotes) commit {UNVOTES_COMMIT}",
        "licence": "CC0 1.0",
        "citation": f"Erik Voeten, 'United Nations General Assembly Voting Data', Harvard Dataverse, {HANDLE}",
        "roll_calls": int(len(roll_calls)),
        "votes": int(len(votes)),
        "states": int(votes["iso3"].nunique()),
        "first_date": str(roll_calls["date"].min().date()),
        "last_date": str(roll_calls["date"].max().date()),
        "unmapped_countries": unmapped,
        "text_repaired": int(repaired.sum()),
        "text_damaged_rcids": [int(r) for r in roll_calls.loc[damaged, "rcid"]],
        "columns": "title is the source's descr (repaired), important its importantvote (a nullable boolean).",
        "normalisation": {
            "countries": "ISO 3166-1 alpha-3 via pycountry; CSK, YUG, DDR, YMD from ISO 3166-3. The Federal Republic "
            "of Germany as DEU and the Yemen Arab Republic as YEM: the ISO codes those states held, and their seats "
            "continued as Germany's and Yemen's in 1990. Zanzibar (no ISO code ever) as XZZ, a user-assigned code. "
            "The record's 'Yugoslavia' follows the state at the date: YUG to 2003-02-03, SCG (Serbia and "
            "Montenegro) to 2006-06-02, SRB (Serbia) from 2006-06-03. The USSR's votes are RUS, as in the record.",
            "symbols": "R/69/188 → A/RES/69/188; SS/n/x → A/RES/S-n/x; ES/n/x → A/RES/ES-n/x; others as given.",
            "text": "Mojibake repaired with ftfy; then the source's own artefacts: <d3> → ”, <90> → ’, an opening "
            'quote lost as _ → “, backslash-escaped quotes → ", the tail of a broken row (tab-separated numbers) '
            "dropped, ?Æs → ’s, and ? between letters → - where the text uses no ? as punctuation. Characters still "
            "lost show as � and set text_damaged; text_repaired marks any change.",
            "non_voting": "Recorded where the file records it (X, NV). Otherwise derived per roll call: the states "
            "with a recorded vote in the same session whose first-to-last recorded vote span includes the roll call's "
            "date, and no row on it (members.parquet holds [first, last] per session and state).",
        },
    }


def load_rollcalls(data_dir: Path = ROLLCALL_DIR) -> RollCalls:
    """The shipped tables (pure: no caching here; load.py caches)."""
    data_dir = Path(data_dir)

    def optional(name: str) -> pd.DataFrame | None:
        path = data_dir / f"{name}.parquet"
        return pd.read_parquet(path) if path.exists() else None

    sponsorships = optional("sponsorships")
    members = optional("members")
    if members is not None and "body" not in members.columns:  # a record written before the other bodies
        members["body"] = pd.Categorical(["general_assembly"] * len(members), categories=BODIES)
    return RollCalls(
        decisions=pd.read_parquet(data_dir / "decisions.parquet"),
        votes=pd.read_parquet(data_dir / "votes.parquet"),
        countries=pd.read_parquet(data_dir / "countries.parquet"),
        provenance=json.loads((data_dir / "provenance.json").read_text(encoding="utf-8")),
        members=members,
        sponsorships=sponsorships if sponsorships is not None else empty_sponsorships(),
        idealpoints=optional("idealpoints"),
    )


def members_table(rc: RollCalls) -> pd.DataFrame:
    return rc.members if rc.members is not None else derive_members(rc.decisions, rc.votes)


def members_at(rc: RollCalls, rcid: int) -> set[str]:
    """The states counted as members on this roll call."""
    call = roll_call(rc, rcid)
    if call is None:
        raise KeyError(rcid)
    m = members_table(rc)
    if "body" in m.columns and "body" in call.index:  # each body has its own members
        m = m[m["body"] == call["body"]]
    m = m[(m["session"] == call["session"]) & (m["first"] <= call["date"]) & (m["last"] >= call["date"])]
    return set(m["iso3"].astype(str))


def members_of_session(rc: RollCalls, session: int) -> set[str]:
    """States with at least one recorded vote in the session."""
    m = members_table(rc)
    return set(m.loc[m["session"] == session, "iso3"].astype(str))


def roll_call(rc: RollCalls, rcid: int) -> pd.Series | None:
    """The decision's row, or None (found on the id column alone: a boolean mask over every column cost 5×)."""
    found = np.flatnonzero(rc.decisions["rcid"].to_numpy() == rcid)
    return None if len(found) == 0 else rc.decisions.iloc[int(found[0])]


def has_names(rc: RollCalls, rcid: int) -> bool:
    """Whether the decision was a recorded vote whose per-state votes the source lists."""
    call = roll_call(rc, rcid)
    return call is not None and call["method"] == Method.recorded_vote and call["names"] == NamesStatus.listed


def breakdown(rc: RollCalls, rcid: int) -> pd.DataFrame:
    """Every member's vote on one roll call: recorded rows plus derived non-voting members (derived=True).

    Empty for a decision without a vote, of unknown method, or whose names the source does not list:
    nobody is derived absent where nobody is recorded.
    """
    if not has_names(rc, rcid):
        return pd.DataFrame(columns=["rcid", "iso3", "country", "vote", "derived"])
    recorded = rc.votes[rc.votes["rcid"] == rcid]
    rows = pd.DataFrame({"iso3": recorded["iso3"].astype(str), "vote": recorded["vote"].astype(str), "derived": False})
    absent = sorted(members_at(rc, rcid) - set(rows["iso3"]))
    derived = pd.DataFrame({"iso3": absent, "vote": Vote.non_voting.value, "derived": True})
    rows = pd.concat([rows, derived], ignore_index=True)
    rows["country"] = rows["iso3"].map(rc.names).fillna(rows["iso3"])
    rows.insert(0, "rcid", rcid)
    return rows.sort_values(["vote", "country"]).reset_index(drop=True)[["rcid", "iso3", "country", "vote", "derived"]]


def tallies(rc: RollCalls, rcids: pd.Series | None = None) -> pd.DataFrame:
    """Yes / no / abstain per decision: counted from the rows, or as stated where the names are missing.

    Empty (missing) for a decision without a vote: no tally is not a tally of zero.
    """
    calls = rc.decisions if rcids is None else rc.decisions[rc.decisions["rcid"].isin(rcids)]
    votes = rc.votes[rc.votes["rcid"].isin(calls["rcid"])]
    counts = votes.groupby(["rcid", "vote"], observed=True).size().unstack(fill_value=0)
    counts = counts.reindex(index=calls["rcid"], columns=["yes", "no", "abstain"], fill_value=0).astype("Int32")
    stated = calls.set_index("rcid")
    missing = stated["names"].isin(["missing", "vetoers only"]).to_numpy()  # the veto list has no tally
    for vote in ("yes", "no", "abstain"):
        counts.loc[missing, vote] = stated.loc[missing, f"{vote}_stated"].astype("Int32").to_numpy()
    counts.loc[(stated["method"] != "recorded_vote").to_numpy(), :] = pd.NA
    return counts.reset_index()


def tally(source: pd.DataFrame | RollCalls, rcid: int | None = None) -> dict[str, int]:
    """Counts per vote value, absent members included: `tally(rc, rcid)`, or `tally(rows)` of a breakdown."""
    rows = breakdown(source, rcid) if isinstance(source, RollCalls) else source
    counts = rows["vote"].value_counts()
    return {v: int(counts.get(v, 0)) for v in VOTE_VALUES}


def find_rollcalls(
    rc: RollCalls,
    text: str | None = None,
    year_range: tuple[int, int] | None = None,
    session: int | None = None,
    topic: str | None = None,
    important: bool | None = None,
    method: str | None = None,
    body: str | None = None,
    searched: pd.Series | None = None,
) -> pd.DataFrame:
    """Decisions matching every given filter; text searches symbol, title, short title and UN subject terms,
    ignoring punctuation; method is recorded_vote, without_vote or unknown; body one body's code.
    searched: search_text(rc), if the caller keeps it (it is the same for every search)."""
    df = rc.decisions
    if body:
        df = df[df["body"] == body]
    if method:
        df = df[df["method"] == method]
    if year_range:
        df = df[(df["year"] >= year_range[0]) & (df["year"] <= year_range[1])]
    if session is not None:
        df = df[df["session"] == session]
    if topic:
        df = df[df["topics"].str.contains(topic, regex=False)]
    if important is not None:
        df = df[df["important"].fillna(False) == important]
    if text:  # letters and digits only, so "People's" finds "People’s" and "A/RES/69/188" finds "ARES69188"
        needle = re.sub(r"\W|_", "", text.casefold())
        hay = search_text(df) if searched is None else searched.loc[df.index]
        df = df[hay.str.contains(needle, regex=False)]
    return df


def search_text(source: RollCalls | pd.DataFrame) -> pd.Series:
    """What a text search looks in, per decision: symbol, title, short title and UN subject terms, case-folded,
    letters and digits only (indexed like the decisions)."""
    df = source.decisions if isinstance(source, RollCalls) else source
    hay = (df["symbol"].fillna("") + " " + df["title"] + " " + df["short"] + " " + df["subjects"]).str.casefold()
    return hay.str.replace(r"\W|_", "", regex=True)


def series(
    rc: RollCalls, title_substring: str, iso3: str | None = None, body: str | None = "general_assembly"
) -> pd.DataFrame:
    """Plenary decisions on one recurring resolution (by title), with one state's vote or sponsorship.

    `vote` is the state's recorded vote, `non_voting` where it was a member without a vote, `not a
    member` otherwise, and `adopted without a vote` where there was no vote. `sponsored` is sponsor,
    additional sponsor or empty (only the UN extract lists sponsors: empty before 2019 means unknown).
    """
    calls = rc.decisions[rc.decisions["title"].str.contains(title_substring, case=False, regex=False)]
    if body and "body" in calls.columns:  # one body's series (the Assembly's unless told)
        calls = calls[calls["body"] == body]
    calls = calls[~calls["amend"].fillna(False) & ~calls["para"].fillna(False)]
    columns = ["rcid", "date", "year", "session", "symbol", "title", "method", "source"]
    out = calls[columns].merge(tallies(rc, calls["rcid"]), on="rcid")
    out["sponsors"] = out["rcid"].map(sponsor_counts(rc, out["rcid"])).astype("Int32")
    if iso3:
        out = with_state(rc, out, iso3, out["rcid"].map(lambda r: iso3 in members_at(rc, int(r))))
    return out.sort_values("date").reset_index(drop=True)


def with_state(rc: RollCalls, table: pd.DataFrame, iso3: str, member: pd.Series) -> pd.DataFrame:
    """series' table with the state's `vote` (its own, else derived: not voting as a member, not a member,
    without a vote) and `sponsored` role; `member`, aligned with the table, says whether it was a member."""
    out = table.copy()
    votes = rc.votes[rc.votes["rcid"].isin(out["rcid"])]
    own = votes[votes["iso3"] == iso3].set_index("rcid")["vote"].astype(str)
    derived = member.map({True: Vote.non_voting.value, False: Cell.not_a_member.value})
    derived = derived.where(out["method"] == Method.recorded_vote, Cell.without_vote.value)
    out["vote"] = out["rcid"].map(own).astype("str").fillna(derived)  # str even when the state cast no vote
    roles = rc.sponsorships[(rc.sponsorships["iso3"] == iso3) & rc.sponsorships["rcid"].isin(out["rcid"])]
    role = roles.drop_duplicates("rcid").set_index("rcid")["role"].astype(str)
    out["sponsored"] = out["rcid"].map(role).astype("string")
    return out


def sponsor_counts(rc: RollCalls, rcids: pd.Series) -> pd.Series:
    """States sponsoring (sponsors and additional sponsors) per decision; missing where none are listed."""
    rows = rc.sponsorships[rc.sponsorships["rcid"].isin(rcids) & (rc.sponsorships["kind"] == "state")]
    return rows.drop_duplicates(["rcid", "iso3"]).groupby("rcid").size()


def sponsors_of(rc: RollCalls, rcid: int) -> pd.DataFrame:
    """The decision's sponsor entries in the extract's order, states named, other entries as written."""
    rows = rc.sponsorships[rc.sponsorships["rcid"] == rcid].copy()
    rows["country"] = rows["iso3"].map(rc.names).fillna(rows["name"])
    return rows[["role", "iso3", "country", "kind", "on_behalf_of", "name"]].reset_index(drop=True)


def _repeat(table: pd.Series, rows: pd.Index | pd.api.extensions.ExtensionArray | object) -> pd.Categorical:
    """table's values at these row positions, as a categorical: each distinct value stored once."""
    codes, uniques = pd.factorize(table, use_na_sentinel=True)
    return pd.Categorical.from_codes(codes[rows], categories=uniques)


def votes_table(rc: RollCalls, iso3: str | None = None) -> pd.DataFrame:
    """The recorded votes (one state's, if iso3) with date, symbol, title, country and source joined.
    For the whole record the joined columns are categoricals, so a title repeated on 190 rows is stored
    once; one state votes once per decision, so its rows take the decisions' values directly."""
    votes = rc.votes if iso3 is None else rc.votes.iloc[state_rows(rc, iso3)]
    at = pd.Index(rc.decisions["rcid"]).get_indexer(votes["rcid"])
    if (at < 0).any():
        raise KeyError(f"votes on decisions not in the record: {sorted(set(votes['rcid'][at < 0]))[:5]}")
    calls = rc.decisions[["date", "symbol", "title", "source"]]
    if iso3 is not None:  # only the decisions this state voted on are formatted, one row each
        calls = calls.iloc[at]

    def joined(values: pd.Series) -> pd.Categorical | pd.api.extensions.ExtensionArray:
        return _repeat(values, at) if iso3 is None else values.array

    states, names = votes["iso3"].cat.categories.astype(str), rc.names
    return pd.DataFrame(
        {
            "rcid": votes["rcid"].to_numpy(),
            "date": joined(calls["date"].dt.strftime("%Y-%m-%d")),
            "symbol": joined(calls["symbol"]),
            "title": joined(calls["title"]),
            "iso3": votes["iso3"].array,
            "country": _repeat(pd.Series(states.map(lambda c: names.get(c, c))), votes["iso3"].cat.codes.to_numpy()),
            "vote": votes["vote"].array,
            "source": joined(calls["source"].astype(str).map(SOURCES)),
        }
    )


def votes_csv_bytes(rc: RollCalls, iso3: str | None = None) -> bytes:
    """All recorded votes (or one state's) as one CSV (date, symbol, title, source and country joined), formula-safe."""
    return csv_bytes(votes_table(rc, iso3))


def votes_csv(rc: RollCalls) -> Prepared:
    """The all-votes CSV prepared once (each distinct cell formatted once; ~35 MB of codes for ~1M rows):
    `.to_bytes()` writes the whole record, `.to_bytes(state_rows(rc, "CHN"))` one state's rows, quickly.
    Worth caching once per process (dashboard.app.loading)."""
    return Prepared(votes_table(rc))


def state_rows(rc: RollCalls, iso3: str) -> np.ndarray:
    """Row positions of one state's votes in rc.votes (and in votes_csv's rows)."""
    categories = rc.votes["iso3"].cat.categories
    if iso3 not in categories:
        return np.empty(0, dtype=np.int64)
    return np.flatnonzero(rc.votes["iso3"].cat.codes.to_numpy() == categories.get_loc(iso3))
