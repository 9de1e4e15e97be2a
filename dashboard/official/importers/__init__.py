"""`python -m dashboard import-votes PATH`: official roll calls from a source the user names.

One module per source layout, detected from the path:
- `unvotes`: the unvotes/Voeten tables (a folder, or one of its files);
- `undl_csv`: the UN Digital Library's General Assembly voting CSV (the July 2025 layout: ms_code,
  ms_vote with Y/N/A/X; and the September 2024 layout: ms_codes, ms_votes with NV, plural names).
The normalised tables of dashboard.official.rollcalls are written to a temporary folder beside
out_dir and swapped in only when everything was read, so a malformed or unknown file leaves the
existing data untouched.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from dashboard.official import rollcalls
from dashboard.official.importers import undl_csv, unvotes
from dashboard.official.importers.common import ImportError_, ImportFailed, ImportReport

__all__ = ["ImportError_", "ImportFailed", "ImportReport", "import_votes", "main", "read_any"]


def read_any(path: Path, scratch: Path) -> tuple[rollcalls.RollCalls, str, list[str], list[str]]:
    """Tables from the Library's CSV or the unvotes folder (the latter written to scratch as it is read)."""
    if not path.exists():
        raise ImportFailed(f"{path}: no such file or folder")
    folder = path if path.is_dir() else path.parent
    has_unvotes = any((folder / f"un_roll_calls.csv{ext}").exists() for ext in (".gz", ""))
    if path.is_dir() or (has_unvotes and path.name.startswith("un_")):
        if not has_unvotes:
            raise ImportFailed(f"{path}: a folder without un_roll_calls.csv(.gz) and un_votes.csv(.gz)")
        try:
            tables = unvotes.build_from_unvotes(folder, scratch)
        except rollcalls.SourceError as exc:
            raise ImportFailed(str(exc)) from exc
        except (KeyError, ValueError, TypeError) as exc:
            raise ImportFailed(f"{folder}: unvotes tables not readable: {exc}") from exc
        return tables, "unvotes tables", tables.provenance["unmapped_countries"], []
    try:
        return undl_csv.read_undl(path)
    except rollcalls.SourceError as exc:
        raise ImportFailed(str(exc)) from exc


def import_votes(path: Path | str, out_dir: Path | str) -> ImportReport:
    """Read PATH and replace out_dir's tables with it, all or nothing."""
    path, out_dir = Path(path), Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".import-", dir=out_dir.parent))
    backup = out_dir.with_name(f".{out_dir.name}.previous")
    try:
        tables, layout, unmapped, mismatches = read_any(path, scratch)
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
    calls = tables.roll_calls
    return ImportReport(
        layout,
        len(tables.votes),
        len(calls),
        str(calls["date"].min().date()),
        str(calls["date"].max().date()),
        unmapped,
        mismatches,
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
