"""`python -m dashboard import-votes PATH`: official roll calls from a source the user names.

One module per source layout, detected from the path:
- `unvotes`: the unvotes/Voeten tables (a folder, or one of its files);
- `ga_extract`: the UN's extract of adopted GA resolutions, sessions 74–80 (a folder of 74.json …),
  merged with the unvotes tables (`dashboard.official.merge`): from the folder `unvotes` beside it,
  or else from the record's own unvotes rows;
- `idealpoints`: Voeten's ideal points per state and year (a folder or its Idealpoints*.csv.gz),
  added to the current record;
- `undl_csv`: the UN Digital Library's General Assembly voting CSV (the July 2025 layout: ms_code,
  ms_vote with Y/N/A/X; and the September 2024 layout: ms_codes, ms_votes with NV, plural names);
- `hrc_voting`, `hrc_extract`, `sc_extract`, `sc_vetoes`: the Human Rights Council and Commission on
  Human Rights (hrc-voting), the UN HRC extract (hrc-resolutions), Security Council resolutions and
  drafts not adopted (sc-resolutions) and the veto list (sc-vetoes). Each adds or replaces its own
  rows in the existing record and keeps the others (dashboard.official.bodies); a General Assembly
  import likewise keeps the other bodies' rows.
The normalised tables of dashboard.official.rollcalls are written to a temporary folder beside
out_dir and swapped in only when everything was read, so a malformed or unknown file leaves the
existing data untouched.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from dashboard.official import bodies, merge, rollcalls
from dashboard.official.importers import ga_extract, idealpoints, undl_csv, unvotes
from dashboard.official.importers.common import ImportError_, ImportFailed, ImportReport

__all__ = ["ImportError_", "ImportFailed", "ImportReport", "import_votes", "main", "read_any"]


def read_unvotes(folder: Path, scratch: Path) -> rollcalls.RollCalls:
    try:
        return unvotes.build_from_unvotes(folder, scratch)
    except rollcalls.SourceError as exc:
        raise ImportFailed(str(exc)) from exc
    except (KeyError, ValueError, TypeError) as exc:
        raise ImportFailed(f"{folder}: unvotes tables not readable: {exc}") from exc


def has_unvotes(folder: Path) -> bool:
    return any((folder / f"un_roll_calls.csv{ext}").exists() for ext in (".gz", ""))


def unvotes_base(extract_dir: Path, out_dir: Path, scratch: Path) -> tuple[rollcalls.RollCalls, str]:
    """The unvotes part to merge the extract with: the folder beside it, else the record's own unvotes rows."""
    beside = extract_dir.parent / "unvotes"
    if has_unvotes(beside):
        return read_unvotes(beside, scratch / "unvotes"), str(beside)
    if not (out_dir / "decisions.parquet").exists():
        raise ImportFailed(f"{extract_dir}: no unvotes tables beside it ({beside}) nor in {out_dir} to merge with")
    current = rollcalls.load_rollcalls(out_dir)
    keep = current.decisions["source"] == "unvotes"
    current.decisions = current.decisions[keep]
    current.votes = current.votes[current.votes["rcid"].isin(current.decisions["rcid"])]
    current.provenance = current.provenance.get("sources", {}).get("unvotes", current.provenance)
    return current, f"the unvotes rows of {out_dir}"


def read_extract(path: Path, out_dir: Path, scratch: Path) -> tuple[rollcalls.RollCalls, list[str], list[str]]:
    extract = ga_extract.read_extract(path)
    base, where = unvotes_base(path, out_dir, scratch)
    record, comparison = merge.merge(base, extract)
    record.provenance = merge.provenance(base.provenance, extract, comparison, record, path)
    by_source = record.provenance["by_source"]
    details = [
        f"UN extract: {extract.lines:,} lines, {len(extract.decisions):,} decisions "
        f"({comparison.decisions} of them also in unvotes), {len(extract.votes):,} state votes, "
        f"{len(extract.sponsorships):,} sponsorship rows",
        f"merged with unvotes from {where}: {by_source['unvotes']['decisions']:,} decisions, "
        f"{by_source['unvotes']['votes']:,} votes",
        f"session 74: {comparison.summary()}",
        *[f"  {d}" for d in comparison.disagreements[:20]],
        f"defects handled ({len(extract.defects)}):",
        *[f"  {d}" for d in extract.defects],
    ]
    return record, extract.unmapped, details


def read_any(
    path: Path, scratch: Path, out_dir: Path
) -> tuple[rollcalls.RollCalls, str, list[str], list[str], list[str]]:
    """(tables, layout, unmapped names, total mismatches, details to print) for any known layout."""
    if not path.exists():
        raise ImportFailed(f"{path}: no such file or folder")
    if ga_extract.looks_like(path):
        record, unmapped, details = read_extract(path, out_dir, scratch)
        return record, "UN extract of GA resolutions (sessions 74–80) merged with unvotes", unmapped, [], details
    if idealpoints.looks_like(path):
        if not (out_dir / "decisions.parquet").exists():
            raise ImportFailed(f"{path}: import the votes first; ideal points are added to an existing record")
        record = rollcalls.load_rollcalls(out_dir)
        record.idealpoints, details = idealpoints.read_idealpoints(path)
        record.provenance["idealpoints"] = idealpoints.PROVENANCE | {"rows": len(record.idealpoints)}
        return record, "ideal points (Bailey, Strezhnev and Voeten)", [], [], details
    folder = path if path.is_dir() else path.parent
    if path.is_dir() or (has_unvotes(folder) and path.name.startswith("un_")):
        if not has_unvotes(folder):
            raise ImportFailed(f"{path}: a folder without un_roll_calls.csv(.gz) and un_votes.csv(.gz)")
        tables = read_unvotes(folder, scratch)
        return tables, "unvotes tables", tables.provenance["unmapped_countries"], [], []
    try:
        tables, layout, unmapped, mismatches = undl_csv.read_undl(path)
    except rollcalls.SourceError as exc:
        raise ImportFailed(str(exc)) from exc
    return tables, layout, unmapped, mismatches, []


def other_body(path: Path, out_dir: Path) -> tuple[rollcalls.RollCalls, str, list[str], list[str], list[str]] | None:
    """The record with the rows of a Human Rights Council or Security Council source, if path is one."""
    from dashboard.official.importers import hrc_extract, hrc_voting, sc_extract, sc_vetoes

    layouts = [
        (hrc_voting, "Human Rights Council and Commission on Human Rights votes (hrc-voting)"),
        (hrc_extract, "UN extract of Human Rights Council resolutions, merged with hrc-voting"),
        (sc_extract, "UN extract of Security Council resolutions and drafts not adopted"),
        (sc_vetoes, "Security Council veto list 1946–2022"),
    ]
    for module, layout in layouts:
        if module.looks_like(path):
            record, details = module.build(path, out_dir)
            return record, layout, [], [], details
    return None


def import_votes(path: Path | str, out_dir: Path | str) -> ImportReport:
    """Read PATH and replace out_dir's tables with the record it gives, all or nothing."""
    path, out_dir = Path(path), Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".import-", dir=out_dir.parent))
    backup = out_dir.with_name(f".{out_dir.name}.previous")
    try:
        other = other_body(path, out_dir) if path.exists() else None
        if other is not None:
            tables, layout, unmapped, mismatches, details = other
        else:
            tables, layout, unmapped, mismatches, details = read_any(path, scratch, out_dir)
            tables = bodies.keep_other_bodies(tables, out_dir)  # a General Assembly import keeps the other bodies
        if tables.votes.empty:
            raise ImportFailed(f"{path}: no votes could be read (no row has a known country code)")
        rollcalls.write_tables(tables, scratch)
        rollcalls.load_rollcalls(scratch)  # what was written reads back
        shutil.rmtree(backup, ignore_errors=True)
        if out_dir.exists():
            out_dir.rename(backup)
        try:
            scratch.rename(out_dir)
        except OSError:
            if backup.exists():
                backup.rename(out_dir)  # put the old tables back
            raise
        shutil.rmtree(backup, ignore_errors=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    calls = tables.decisions
    return ImportReport(
        layout,
        len(tables.votes),
        len(calls),
        str(calls["date"].min().date()),
        str(calls["date"].max().date()),
        unmapped,
        mismatches,
        details,
    )


def main(path: str, out_dir: str) -> int:
    """The command: a summary line and exit 0, or one clear error line on stderr and exit 1 (never a traceback)."""
    try:
        report = import_votes(Path(path), Path(out_dir))
    except ImportFailed as exc:
        print(f"error: {exc}; nothing was changed", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: {path}: {exc.strerror or exc}; nothing was changed", file=sys.stderr)
        return 1
    except Exception as exc:  # one line, never a traceback
        print(
            f"error: {path}: could not be imported ({type(exc).__name__}: {exc}); nothing was changed", file=sys.stderr
        )
        return 1
    print(report.summary())
    return 0
