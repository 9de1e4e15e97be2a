"""Start the app's server (`bash scripts/run` runs `python -m dashboard.app.serve ARGS`, which is
`streamlit run app.py ARGS`) and, meanwhile, import the app's modules and load its data in a thread.

Streamlit loads app.py only when the first browser tab connects, so on a cold start the pages'
imports (pandas, pyarrow, Altair, pydantic) and the data loading would wait until the browser has
fetched and compiled the front end, and then run while that tab waits. Begun at server start, they
overlap with it. The data go into the same `st.cache_resource` caches (dashboard.app.loading) the
sessions use; a session that asks before the thread is done waits for that one load, never a second.
"""

from __future__ import annotations

import logging
import sys
import threading
import time


def warm_up() -> None:
    """Import what the pages import and fill the loading boundary's caches (errors are left for the
    pages, which show them to the reader with the file and field: nothing is swallowed there)."""
    from streamlit.runtime import Runtime

    while not (Runtime.exists() and Runtime.instance().state.name != "INITIAL"):  # the server answers first
        time.sleep(0.05)
    quiet = logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # "missing ScriptRunContext": expected outside a script run
    try:
        from dashboard.app import charts, loading, ui  # noqa: F401

        loading.cached_dataset()
        loading.cached_rollcalls()
    except Exception:  # noqa: BLE001 - the first page load meets the same error and reports it
        return
    finally:
        quiet.setLevel(level)


def main() -> int:
    threading.Thread(target=warm_up, name="warm-up", daemon=True).start()
    from streamlit.web import cli

    sys.argv = ["streamlit", "run", "app.py", *sys.argv[1:]]
    return cli.main(prog_name="streamlit")


if __name__ == "__main__":
    sys.exit(main())
