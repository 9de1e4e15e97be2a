"""A download button's file kept until the reader's browser has fetched it (Streamlit 1.67).

A deferred download button (`st.download_button(data=callable)`) builds its file when clicked and stores it
unreferenced by any session; `remove_orphaned_files()`, which runs at the end of *every* session's script
run, marks such a file and deletes it on its next pass. Under load two other runs can finish between the
click and the browser's `GET /media/…`, and the reader gets a 404 (docs/performance.md).

`kept(build, …)` wraps the button's callable so that the file it builds is also registered, through the
media file manager's public `add()` (what a button given bytes does on every run), as a file of the
clicking session. The stored file's id is a hash of its bytes, MIME type and name, so it is the very file
the button's URL names: it stays until that session's next full run or its end, as a button's file
given as bytes does, and is then freed the same way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from streamlit import runtime
from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx


def kept(build: Callable[[], bytes], mime: str, file_name: str, label: str) -> Callable[[], bytes]:
    """`build`, whose bytes are also held for the session running now (call it during a script run)."""
    ctx = get_script_run_ctx(suppress_warning=True)
    if ctx is None or not runtime.exists():  # bare mode or a test without a server: nothing to keep
        return build
    coordinates = f"kept-download:{label}:{file_name}"  # one kept file per button; never an element's path

    def build_and_keep() -> bytes:
        data = build()
        # The media file manager files a download under the session of the thread's script run context.
        # Streamlit runs this callable in a shared worker thread that has none, so register from a
        # short-lived thread given the clicking session's context (add_script_run_ctx's documented use).
        register = threading.Thread(
            target=runtime.get_instance().media_file_mgr.add,
            args=(data, mime, coordinates),
            kwargs={"file_name": file_name, "is_for_static_download": True},
            name="kept-download",
        )
        add_script_run_ctx(register, ctx)
        register.start()
        register.join()
        return data

    return build_and_keep
