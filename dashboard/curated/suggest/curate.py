"""The command-line steps: new-source, suggest, apply-patch (each prints what it did; exit 0 or 1)."""

from __future__ import annotations

import sys
from pathlib import Path

from dashboard.curated.load import read_dataset
from dashboard.curated.suggest import draft as drafts
from dashboard.curated.suggest.sourceid import new_source_id, same_text


def _read(article: Path) -> str | None:
    try:
        return article.read_text(encoding="utf-8").replace("\r\n", "\n")
    except UnicodeDecodeError as exc:
        print(f"error: {article} is not UTF-8 text ({exc.reason} at byte {exc.start})", file=sys.stderr)
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
    return None


def new_source(article: Path, data_dir: Path, seeds_dir: Path, copy: bool) -> int:
    text = _read(article)
    if text is None:
        return 1
    already = same_text(text, seeds_dir)
    sid = new_source_id(text, seeds_dir)
    if already:
        print(f"{sid} (already in {seeds_dir.name}/ with this exact text)")
        return 0
    print(sid)
    if copy:
        target = seeds_dir / f"{sid}.txt"
        target.write_text(text, encoding="utf-8")
        draft = drafts.make_draft(text, sid, data_dir, seeds_dir)
        source = next(c for c in draft.candidates if c.table == "sources")
        print(f"copied to {target}; a skeleton record for {data_dir.name}/sources.yaml (check every field):")
        print(drafts.dump([drafts.clean(source.record)]).rstrip())
    return 0


def suggest(article: Path, data_dir: Path, seeds_dir: Path, out: Path) -> int:
    text = _read(article)
    if text is None:
        return 1
    sid = article.stem if _is_source_id(article.stem) else new_source_id(text, seeds_dir)
    draft = drafts.make_draft(text, sid, data_dir, seeds_dir)
    problems = drafts.write_draft(draft, out)
    counts: dict[str, list[int]] = {}
    for c in draft.candidates:
        counts.setdefault(c.table, [0, 0])[1 if c.existing else 0] += 1
    parts = [
        f"{n} {table}" + (f" (+{e} already recorded)" if e else "")
        for table, (n, e) in counts.items()
        if table != "sources"
    ]
    print(f"{sid}: {', '.join(parts)} proposed; draft in {out}/ (data/, seeds/, csv/, candidates.csv, patch.yaml)")
    for c in draft.candidates:
        if c.table == "sources":
            continue
        flag = "+" if c.existing else "*"
        print(f"  {flag} {c.label()}  [{c.rule}]")
        for note in c.notes:
            print(f"      {note}")
    for line in draft.skipped:
        print(f"  - not proposed: {line}")
    bad = drafts.verbatim_failures(draft)
    for line in bad:
        print(f"  ! passage not verbatim: {line}")
    for problem in problems:
        print(f"  ! draft does not validate: {problem}")
    return 1 if bad or problems else 0


def _is_source_id(stem: str) -> bool:
    from dashboard.curated.suggest.sourceid import ID

    return bool(ID.match(stem))


def apply(patch_path: Path, data_dir: Path, seeds_dir: Path) -> int:
    import yaml

    from dashboard.curated.load import Yaml12Loader

    try:
        if patch_path.suffix == ".zip":
            patch, text, sid = drafts.read_patch_zip(patch_path.read_bytes())
        else:
            patch = yaml.load(patch_path.read_text(encoding="utf-8"), Loader=Yaml12Loader)
            article = patch_path.parent / patch["source_file"]
            text, sid = article.read_text(encoding="utf-8"), article.stem
    except (OSError, KeyError, ValueError, yaml.YAMLError) as exc:
        print(f"error: cannot read the patch {patch_path}: {exc}", file=sys.stderr)
        return 1
    problems = drafts.patch_problems(patch, text, sid, data_dir, seeds_dir)
    if problems:
        for problem in problems:
            print(problem)
        print("nothing written: the data would not validate with this patch", file=sys.stderr)
        return 1
    backup = {p: p.read_bytes() for p in data_dir.glob("*.yaml")}
    try:
        written = drafts.apply_patch(patch, text, data_dir, seeds_dir)
    except ValueError as exc:
        for path, content in backup.items():
            path.write_bytes(content)
        print(f"error: {exc}; nothing written", file=sys.stderr)
        return 1
    _dataset, after = read_dataset(data_dir, seeds_dir)
    if after:
        for path, content in backup.items():
            path.write_bytes(content)
        (seeds_dir / f"{sid}.txt").unlink(missing_ok=True)
        for problem in after:
            print(problem)
        print("rolled back: the written files did not validate", file=sys.stderr)
        return 1
    print(f"applied: {', '.join(str(p) for p in written)}; validate: ok")
    return 0
