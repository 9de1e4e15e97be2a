"""Log every file the Python process opens for writing, creates, renames or removes (bench/faults.py).

Put this folder first on PYTHONPATH and set WRITE_AUDIT_LOG to a file: Python imports `sitecustomize`
at start-up, before any other module, and this installs an audit hook (PEP 578) on the events that
change a file: `open` with a writing mode or flags (the builtin `open`, `io`, `os.open`, `pathlib`'s
write_text all raise it), `os.rename`/`os.replace`, `os.remove`, `os.mkdir`, `os.rmdir`, `os.truncate`,
`shutil.copyfile`, `shutil.move`. One line per event: the event, its path, the mode.
Not seen: files a C extension opens itself (pyarrow, for instance), hence also the data's hashes.
"""

from __future__ import annotations

import os
import sys

_LOG = os.environ.get("WRITE_AUDIT_LOG")
_WRITING = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC
_CHANGES = {"os.rename", "os.remove", "os.mkdir", "os.rmdir", "os.truncate", "shutil.copyfile", "shutil.move"}


def _writes(event: str, args: tuple) -> bool:
    if event == "open":
        _, mode, flags = args
        return bool(isinstance(mode, str) and set(mode) & set("wax+")) or bool((flags or 0) & _WRITING)
    return event in _CHANGES


if _LOG:
    _fd = os.open(_LOG, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)  # opened before the hook exists

    def _hook(event: str, args: tuple) -> None:
        if _writes(event, args):
            os.write(_fd, f"{event}\t{args[0]!r}\t{args[1:]!r}\n".encode(errors="replace"))

    sys.addaudithook(_hook)
