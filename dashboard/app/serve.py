"""Start the app's server (`bash scripts/run` runs `python -m dashboard.app.serve ARGS`, which is
`streamlit run app.py ARGS`) and, meanwhile, import the app's modules and load its data in a thread.

Streamlit loads app.py only when the first browser tab connects, so on a cold start the pages'
imports (pandas, pyarrow, Altair, pydantic) and the data loading would wait until the browser has
fetched and compiled the front end, and then run while that tab waits. Begun at server start, they
overlap with it. The data go into the same `st.cache_resource` caches (dashboard.app.loading) the
sessions use; a session that asks before the thread is done waits for that one load, never a second.

Then, one at a time and only while no reader is active (WARM_QUIET s since the last script run), the
thread builds the record-wide views that several pages read and that would otherwise be built by the
first reader of each of those pages (the Series page's shared grid, the bodies' base for Country
profile, the search text, the record by body, the consensus years): ~0.3–1.7 s each, paid once per
process, never during a reader's page run.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from functools import partial


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
        for build in record_wide_views():
            while loading.seconds_since_activity() < WARM_QUIET:  # a reader's run goes first
                time.sleep(0.2)
            build()
    except Exception:  # noqa: BLE001 - the first page load meets the same error and reports it
        return
    finally:
        quiet.setLevel(level)


#: The warm-up builds a record-wide view only after this many seconds without a script run.
WARM_QUIET = 1.0


def record_wide_views() -> list[Callable[[], object]]:
    """The loading boundary's views that depend on the record alone, slowest-to-first-reader first."""
    from dashboard.app import loading

    bodies = ("general_assembly", "human_rights_council", "security_council")
    return [
        loading.cached_series_shared,
        loading.cached_bodies_base,
        loading.cached_search_text,
        *(partial(loading.record_body, body) for body in bodies),
        loading.consensus_years,
        loading.cached_topics,
        loading.cached_dprk_assembly,
    ]


def main() -> int:
    threading.Thread(target=warm_up, name="warm-up", daemon=True).start()
    from streamlit.web import cli

    sys.argv = ["streamlit", "run", "app.py", *sys.argv[1:]]
    return cli.main(prog_name="streamlit")


if __name__ == "__main__":
    sys.exit(main())
