"""Command line: validate, export, import-votes, dictionary, sources, new-source, suggest, apply-patch."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from dashboard.curated.dictionary import DICTIONARY_FILE
from dashboard.curated.load import DATA_DIR, SEEDS_DIR, read_dataset
from dashboard.official.sources import DOC_FILE as SOURCES_FILE

if TYPE_CHECKING:
    from dashboard.problems import Problem


def validate(data_dir: Path, seeds_dir: Path) -> int:
    from dashboard.official.check import check_rollcalls

    dataset, problems = read_dataset(data_dir, seeds_dir)
    record = data_dir / "rollcalls"
    problems: list[Problem | str] = [*problems, *check_rollcalls(record)]  # type: ignore[no-redef]
    if problems:
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return 1
    counts = ", ".join(f"{len(frame)} {name}" for name, frame in dataset.frames.items())
    official = json.loads((record / "provenance.json").read_text(encoding="utf-8"))
    bodies = official.get("bodies") or {"general_assembly": official | {"label": "General Assembly"}}
    record_counts = "; ".join(f"{b['label']} {b['decisions']} decisions, {b['votes']} votes" for b in bodies.values())
    print(f"ok: {counts}; official record: {record_counts}")
    return 0


def export(data_dir: Path, seeds_dir: Path, out: Path) -> int:
    from dashboard.curated.export import write_package

    dataset, problems = read_dataset(data_dir, seeds_dir)
    if problems:
        for problem in problems:
            print(problem)
        print("nothing exported: the data do not validate", file=sys.stderr)
        return 1
    written = write_package(dataset.frames, out)
    print(f"wrote {len(written)} files to {out}: " + ", ".join(p.name for p in written))
    return 0


def new_source(article: Path, data_dir: Path, seeds_dir: Path, copy: bool) -> int:
    from dashboard.curated.suggest import curate

    return curate.new_source(article, data_dir, seeds_dir, copy)


def suggest(article: Path, data_dir: Path, seeds_dir: Path, out: Path) -> int:
    from dashboard.curated.suggest import curate

    return curate.suggest(article, data_dir, seeds_dir, out)


def apply_patch(patch: Path, data_dir: Path, seeds_dir: Path) -> int:
    from dashboard.curated.suggest import curate

    return curate.apply(patch, data_dir, seeds_dir)


def official_sources(update: Path | None, record: Path | None) -> int:
    from dashboard.official import rollcalls, sources

    rc = rollcalls.load_rollcalls(record or rollcalls.ROLLCALL_DIR)
    if update:
        sources.update_file(rc, update)
        print(f"wrote the source table into {update}")
    else:
        print(sources.markdown_table(rc))
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m dashboard", description=__doc__)
    top.add_argument("--data", type=Path, default=DATA_DIR, help="curated data folder (default: data/)")
    top.add_argument("--seeds", type=Path, default=SEEDS_DIR, help="articles folder (default: seeds/)")
    sub = top.add_subparsers(dest="command", required=True)
    sub.add_parser("validate", help="check data/, data/rollcalls/ and seeds/; one line per problem")
    exp = sub.add_parser("export", help="write the tidy CSVs and datapackage.json")
    exp.add_argument("--out", type=Path, required=True, help="folder to write into")
    imp = sub.add_parser("import-votes", help="import official roll-call votes from a CSV")
    imp.add_argument("path", help="UN Digital Library voting CSV or unvotes table")
    imp.add_argument("--out", default=None, help="folder of roll-call tables (default: data/rollcalls)")
    dic = sub.add_parser("dictionary", help="print the data dictionary as Markdown (--update: into docs/)")
    dic.add_argument(
        "--update",
        type=Path,
        nargs="?",
        const=DICTIONARY_FILE,
        metavar="FILE",
        help="rewrite the generated section of FILE (default: docs/data-dictionary.md) instead of printing",
    )
    src = sub.add_parser("sources", help="print the official record's source table (--update: into docs/)")
    src.add_argument(
        "--update",
        type=Path,
        nargs="?",
        const=SOURCES_FILE,
        metavar="FILE",
        help="rewrite the generated section of FILE (default: docs/official-record.md) instead of printing",
    )
    src.add_argument("--record", type=Path, default=None, help="roll-call folder (default: data/rollcalls)")
    new = sub.add_parser("new-source", help="compute a new article's source id; --copy puts it in seeds/")
    new.add_argument("article", type=Path, help="the article as plain UTF-8 text")
    new.add_argument("--copy", action="store_true", help="copy it to seeds/ID.txt and print a skeleton source record")
    sug = sub.add_parser("suggest", help="propose every fact of an article, each with its passage, for review")
    sug.add_argument("article", type=Path, help="the article as plain UTF-8 text")
    sug.add_argument("--out", type=Path, required=True, help="folder for the draft (data/, seeds/, csv/, patch.yaml)")
    app = sub.add_parser("apply-patch", help="write a reviewed patch (zip or patch.yaml) into data/ and seeds/")
    app.add_argument("patch", type=Path, help="the zip from the 'Add an article' page, or a draft's patch.yaml")
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if args.command == "validate":
            return validate(args.data, args.seeds)
        if args.command == "export":
            return export(args.data, args.seeds, args.out)
        if args.command == "dictionary":
            from dashboard.curated.dictionary import markdown, update_file

            if args.update:
                update_file(args.update)
                print(f"wrote the data dictionary into {args.update}")
            else:
                print(markdown())
            return 0
        if args.command == "sources":
            return official_sources(args.update, args.record)
        if args.command == "new-source":
            return new_source(args.article, args.data, args.seeds, args.copy)
        if args.command == "suggest":
            return suggest(args.article, args.data, args.seeds, args.out)
        if args.command == "apply-patch":
            return apply_patch(args.patch, args.data, args.seeds)
        from dashboard.official import importers

        return importers.main(args.path, args.out or str(DATA_DIR / "rollcalls"))
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
