"""The draft (a folder that validates on its own) and the YAML patch (what a curator accepted).

Draft folder, written by `python -m dashboard suggest ARTICLE.txt --out DIR`:

    DIR/data/*.yaml       every candidate, valid against the models; a `# CANDIDATE` comment above
                          each record names the rule, and says when it is new evidence on an
                          existing record (it then carries that record's id and fields)
    DIR/seeds/ID.txt      the article, so DIR/data validates against it
    DIR/csv/              the same tables as `export` (CSV + datapackage.json)
    DIR/candidates.csv    one row per candidate: status "candidate", rule, passage, notes
    DIR/patch.yaml        the patch that accepting every candidate gives (see below)

Patch (`patch.yaml`, and the review page's download): `add` lists new records by table; `evidence`
lists passages to add to existing records; `source_file` names the article's file in seeds/.
`apply_patch` writes both into a data folder; `patch_problems` checks a patch in memory first.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from pydantic import ValidationError

from dashboard.curated import checks
from dashboard.curated.load import DATA_DIR, SEEDS_DIR, Yaml12Loader, read_dataset, read_table
from dashboard.curated.models import TABLES
from dashboard.curated.suggest import names
from dashboard.curated.suggest.extract import Candidate, Draft, extract
from dashboard.curated.suggest.match import match
from dashboard.curated.suggest.sourceid import new_source_id
from dashboard.problems import Problem

if TYPE_CHECKING:
    from dashboard.official.rollcalls import RollCalls

ORDER = ["sources", "actors", "events", "votes", "sponsorships", "positions"]


def read_records(data_dir: Path) -> dict[str, list[Any]]:
    """The records of a data folder that parse (problems are validate's business, not the suggester's)."""
    return {
        name: read_table(data_dir / f"{name}.yaml", model)[0] if (data_dir / f"{name}.yaml").exists() else []
        for name, model in TABLES.items()
    }


def make_draft(
    text: str,
    source_id: str | None = None,
    data_dir: Path = DATA_DIR,
    seeds_dir: Path = SEEDS_DIR,
    records: dict[str, list[Any]] | None = None,
    official: RollCalls | None = None,
) -> Draft:
    """Extract every candidate from the article and match it to the data folder's records."""
    text = text.replace("\r\n", "\n")
    records = read_records(data_dir) if records is None else records
    source_id = source_id or new_source_id(text, seeds_dir)
    draft = extract(text, source_id, names.build(records.get("actors", [])))
    match(draft, records, official)
    return draft


def clean(record: dict[str, Any]) -> dict[str, Any]:
    """A record without empty optional fields, as the hand-written files are."""
    keep = {
        "id",
        "published_precision",
        "rights",
        "date_precision",
        "kind",
        "body",
        "outcome",
        "method",
        "type",
        "name",
    }
    return {k: v for k, v in record.items() if k in keep or v not in (None, [], "")}


def selection(
    draft: Draft, keys: set[str] | None, edits: dict[str, dict] | None = None
) -> tuple[list[Candidate], list[str]]:
    """The accepted candidates (all if keys is None), edited, plus those they need; and the keys added so."""
    index = draft.by_key()
    chosen = set(index) if keys is None else {k for k in keys if k in index}
    chosen |= {k for k in index if k.startswith("sources:")}
    added: list[str] = []
    todo = list(chosen)
    while todo:
        for need in index[todo.pop()].requires:
            if need in index and need not in chosen:
                chosen.add(need)
                added.append(need)
                todo.append(need)
    out = []
    for c in draft.candidates:
        if c.key in chosen:
            c = copy.deepcopy(c)
            if edits and c.key in edits:
                c.record = edits[c.key]
            out.append(c)
    return out, added


def build_patch(draft: Draft, keys: set[str] | None = None, edits: dict[str, dict] | None = None) -> dict[str, Any]:
    chosen, _added = selection(draft, keys, edits)
    add: dict[str, list[dict]] = {}
    evidence = []
    for c in chosen:
        if not c.existing:
            add.setdefault(c.table, []).append(clean(c.record))
        elif c.table != "actors":
            evidence.append({"table": c.table, "id": c.id, "add": c.record["evidence"]})
    return {
        "source_file": f"seeds/{draft.source_id}.txt",
        "add": {t: add[t] for t in ORDER if t in add},
        "evidence": evidence,
    }


def dump(value: Any) -> str:
    return yaml.safe_dump(value, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)


def patch_yaml(patch: dict[str, Any]) -> str:
    head = (
        "# A patch of curated records, from the curation assistant (python -m dashboard suggest, or the\n"
        "# 'Add an article' page). Apply it with: python -m dashboard apply-patch THIS.zip (or copy each\n"
        "# record under `add` to data/<table>.yaml, and each passage under `evidence` to that record).\n"
    )
    return head + dump(patch)


def patch_zip(draft: Draft, patch: dict[str, Any]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"seeds/{draft.source_id}.txt", draft.text)
        archive.writestr("patch.yaml", patch_yaml(patch))
    return buffer.getvalue()


def read_patch_zip(content: bytes) -> tuple[dict[str, Any], str, str]:
    """(patch, article text, source id) from a patch zip."""
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        patch = yaml.load(archive.read("patch.yaml").decode("utf-8"), Loader=Yaml12Loader)
        article_name = patch["source_file"]
        text = archive.read(article_name).decode("utf-8")
    return patch, text, Path(article_name).stem


def patched_records(patch: dict[str, Any], records: dict[str, list[Any]]) -> tuple[dict[str, list[Any]], list[Problem]]:
    """The records with the patch applied, in memory; problems where a patched record does not validate."""
    out = {name: [r.model_copy(deep=True) for r in rows] for name, rows in records.items()}
    problems: list[Problem] = []
    for table, rows in patch.get("add", {}).items():
        model = TABLES[table]
        for row in rows:
            try:
                out[table].append(model.model_validate(row))
            except ValidationError as exc:  # reported field by field, as validate does
                for error in exc.errors():
                    where = ".".join(str(part) for part in error["loc"])
                    problems.append(Problem(f"patch:add.{table}", str(row.get("id", "?")), where, error["msg"]))
    for item in patch.get("evidence", []):
        target = next((r for r in out.get(item["table"], []) if r.id == item["id"]), None)
        if target is None:
            problems.append(
                Problem(
                    "patch:evidence", item["id"], "", f"no {item['table']} record {item['id']!r} to add evidence to"
                )
            )
            continue
        for ev in item["add"]:
            target.evidence.append(type(target.evidence[0]).model_validate(ev))
    return out, problems


def patch_problems(
    patch: dict[str, Any], text: str, source_id: str, data_dir: Path = DATA_DIR, seeds_dir: Path = SEEDS_DIR
) -> list[Problem]:
    """Every problem `validate` would report once the patch is applied (checked in memory, nothing written)."""
    dataset, _ = read_dataset(data_dir, seeds_dir)
    records, problems = patched_records(patch, dataset.records)
    texts = dict(dataset.texts)
    texts[source_id] = text
    paths = {name: f"data/{name}.yaml" for name in TABLES}
    return problems + checks.run_all(records, texts, paths, "seeds")


def _scalar(value: str) -> str:
    """A source id as YAML: quoted where it would read as a number ("005_0000000000000000")."""
    return json.dumps(value) if re.fullmatch(r"[\d_.eE+-]+", value) else value


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _list_lines(lines: list[str], at: int) -> list[str]:
    """The lines of the block list under the key on line `at` (items may sit at the key's own indent)."""
    key = _indent(lines[at])
    out = []
    for line in lines[at + 1 :]:
        if line.strip() and (_indent(line) < key or (_indent(line) == key and not line.lstrip().startswith("-"))):
            break
        out.append(line)
    while out and not out[-1].strip():
        out.pop()
    return out


def _unshare(lines: list[str], at: int, anchor: str, name: str) -> list[str]:
    """Give the list on line `at` its own copy where it is an alias (*a) of, or the anchor (&a) for, a shared one.

    Adding a passage to one record must not add it to the others that share the list: an alias is
    replaced by a copy of the anchored items; an anchor's other users each get a copy, and the anchor goes.
    """
    defined = next((i for i, line in enumerate(lines) if re.search(rf":\s*&{re.escape(anchor)}\s*$", line)), None)
    if defined is None:
        raise ValueError(f"{name}: the YAML anchor &{anchor} is not a block list; add the passage by hand")
    items = _list_lines(lines, defined)

    def copy(ref: int) -> list[str]:
        shift = _indent(lines[ref]) - _indent(lines[defined])
        moved = [(" " * shift + line if shift > 0 else line[-shift:]) if line.strip() else line for line in items]
        return [lines[ref].split("*", 1)[0].rstrip() + "\n", *moved]

    users = [at] if lines[at].split(":", 1)[1].strip().startswith("*") else [
        i for i, line in enumerate(lines) if re.search(rf":\s*\*{re.escape(anchor)}\s*$", line)
    ]  # fmt: skip
    out: list[str] = []
    for i, line in enumerate(lines):
        if i in users:
            out += copy(i)
        elif i == defined and at == defined:
            out.append(line.split("&", 1)[0].rstrip() + "\n")  # the anchor's users now hold copies
        else:
            out.append(line)
    return out


def insert_evidence(path: Path, record_id: str, items: list[dict[str, str]]) -> None:
    """Add passages to one record's evidence list in a YAML file, leaving the rest of the file as it is."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if re.match(rf"^-\s+id:\s*{re.escape(record_id)}\s*$", line)), None)
    if start is None:
        raise ValueError(f"{path.name}: no block record {record_id!r} to add evidence to; add the passage by hand")
    end = next((i for i in range(start + 1, len(lines)) if lines[i][:1] not in (" ", "\n", "#", "")), len(lines))
    at = next((i for i in range(start, end) if re.match(r"^\s+evidence:", lines[i])), None)
    if at is None:
        raise ValueError(f"{path.name}:{record_id}: no evidence list found")
    rest = lines[at].split("evidence:", 1)[1].strip()
    if rest.startswith(("*", "&")):  # a list shared through a YAML alias: this record gets its own copy
        lines = _unshare(lines, at, rest[1:].split()[0], path.name)
        end = next((i for i in range(start + 1, len(lines)) if lines[i][:1] not in (" ", "\n", "#", "")), len(lines))
    item_line = next((lines[i] for i in range(at + 1, end) if re.match(r"^\s*-\s", lines[i])), None)
    indent = (
        re.match(r"^(\s*)", item_line).group(1) if item_line else " " * (len(lines[at]) - len(lines[at].lstrip()) + 2)
    )  # type: ignore[union-attr]
    new = "".join(
        f"{indent}- source: {_scalar(item['source'])}\n"
        f"{indent}  quote: {json.dumps(item['quote'], ensure_ascii=False)}\n"
        for item in items
    )
    lines.insert(at + 1, new)
    path.write_text("".join(lines), encoding="utf-8")


def apply_patch(patch: dict[str, Any], text: str, data_dir: Path, seeds_dir: Path) -> list[Path]:
    """Write the article into seeds/ and the patch into data/: new records appended, passages inserted."""
    seeds_dir.mkdir(parents=True, exist_ok=True)
    article = seeds_dir / Path(patch["source_file"]).name
    article.write_text(text, encoding="utf-8")
    written = [article]
    for table, rows in patch.get("add", {}).items():
        path = data_dir / f"{table}.yaml"
        before = path.read_text(encoding="utf-8") if path.exists() else ""
        if before.strip() in ("[]", ""):
            before = before.replace("[]", "")
        block = f"\n# Added from {patch['source_file']} by the curation assistant (reviewed).\n" + dump(rows)
        path.write_text(before.rstrip("\n") + "\n" + block, encoding="utf-8")
        written.append(path)
    for item in patch.get("evidence", []):
        path = data_dir / f"{item['table']}.yaml"
        insert_evidence(path, item["id"], item["add"])
        if path not in written:
            written.append(path)
    return written


def _comment(c: Candidate) -> str:
    lines = [f"# CANDIDATE for review (rule {c.rule})" + (": new evidence on an existing record" if c.existing else "")]
    lines += [f"#   {note}" for note in c.notes]
    return "\n".join(lines) + "\n"


def write_draft(draft: Draft, out: Path) -> list[Problem]:
    """The draft folder (see the module's doc); returns what `validate` says of DIR/data against DIR/seeds."""
    from dashboard.curated.export import write_package

    data, seeds = out / "data", out / "seeds"
    data.mkdir(parents=True, exist_ok=True)
    seeds.mkdir(parents=True, exist_ok=True)
    (seeds / f"{draft.source_id}.txt").write_text(draft.text, encoding="utf-8")
    for table in [*ORDER, "links"]:
        cands = [c for c in draft.candidates if c.table == table]
        head = f"# Draft {table} from seeds/{draft.source_id}.txt: every record is a candidate for review.\n"
        body = "".join(_comment(c) + dump([clean(c.record)]) + "\n" for c in cands)
        (data / f"{table}.yaml").write_text(head + (body or "[]\n"), encoding="utf-8")
    (out / "patch.yaml").write_text(patch_yaml(build_patch(draft)), encoding="utf-8")
    with (out / "candidates.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["key", "table", "id", "status", "existing", "rule", "label", "passages", "notes"])
        for c in draft.candidates:
            passages = " | ".join(e["quote"] for e in c.record.get("evidence", []))
            writer.writerow(
                [
                    c.key,
                    c.table,
                    c.id,
                    "candidate",
                    "yes" if c.existing else "no",
                    c.rule,
                    c.label(),
                    passages,
                    " ".join(c.notes),
                ]
            )
    dataset, problems = read_dataset(data, seeds)
    if not problems:
        write_package(dataset.frames, out / "csv")
    return problems


def verbatim_failures(draft: Draft) -> list[str]:
    """Candidate passages that are not found verbatim in the article (must be none)."""
    text = checks.normalise(draft.text)
    bad = []
    for c in draft.candidates:
        for item in c.record.get("evidence", []):
            if item["source"] == draft.source_id and checks.normalise(item["quote"]) not in text:
                bad.append(f"{c.key}: {item['quote'][:60]!r}")
    return bad
