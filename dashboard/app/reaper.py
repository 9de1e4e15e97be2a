"""Shut down the sessions of closed tabs once their reconnect time is over, through Streamlit's private
internals: guarded, it does nothing (and logs one warning) on a Streamlit it was not written for.

Streamlit 1.67 drops such a session from its reconnect store without shutting it down
(streamlit/streamlit#12506), so its download buttons' callables stay registered in the process-wide
media file manager, and through them the variables of every page it visited, for the life of the
process: memory grows with every visitor. The memory trimmer (dashboard.app.loading) calls
reap_closed_sessions every few seconds.
"""

from __future__ import annotations

import logging
from functools import reduce
from typing import Any

import streamlit

#: The Streamlit release whose private session store and file managers this module reads (the pin in
#: requirements.txt). On any other release the reaper does nothing until it is checked and this is raised.
WRITTEN_FOR = "1.67.0"
#: The private (and public) attributes of the runtime the reaper uses.
INTERNALS = (
    "_session_mgr._storage_lock",
    "_session_mgr._session_storage._cache.expire",
    "_session_mgr.list_sessions",
    "media_file_mgr._lock",
    "media_file_mgr._files_by_session_and_coord",
    "media_file_mgr._deferred_ids_by_session",
    "media_file_mgr.clear_session_refs",
    "media_file_mgr.remove_orphaned_files",
    "dataframe_source_mgr._lock",
    "dataframe_source_mgr._sources_by_session_and_coord",
    "dataframe_source_mgr.clear_all_for_session",
    "uploaded_file_mgr.remove_session_files",
)
_log = logging.getLogger(__name__)
_warned = False


def _has(obj: object, dotted: str) -> bool:
    missing = object()
    return reduce(lambda o, name: getattr(o, name, missing), dotted.split("."), obj) is not missing


def why_not(rt: Any) -> str | None:
    """Why the reaper cannot run on the runtime `rt` (another Streamlit release, an attribute gone), or None."""
    if streamlit.__version__ != WRITTEN_FOR:
        return f"Streamlit {streamlit.__version__} is running; the session reaper was written for {WRITTEN_FOR}"
    gone = [name for name in INTERNALS if not _has(rt, name)]
    if gone:
        return f"Streamlit's runtime lacks {', '.join(gone)}, which the session reaper uses"
    return None


def _warn_once(reason: str) -> None:
    global _warned
    if not _warned:
        _warned = True
        _log.warning("%s: closed sessions are not reaped, so memory grows with every visitor", reason)


def reap_closed_sessions(rt: Any = None) -> int:
    """Shut down the sessions of closed tabs whose reconnect time (disconnectedSessionTTL) is over; the
    number shut down. This runs AppSession.shutdown() for each expired session, as Streamlit does when a
    session ends; and for a session the store already dropped on a write (its object is gone), it clears
    what shutdown clears: its files and callables, its dataframe sources and its uploads. `rt`: the
    Streamlit runtime (the running one by default; Any: a private object, or a test's stand-in).
    On a Streamlit this was not written for, nothing is done and one warning is logged per process."""
    from streamlit import runtime

    if rt is None:
        if not runtime.exists():
            return 0
        rt = runtime.get_instance()
    reason = why_not(rt)
    if reason:
        _warn_once(reason)
        return 0
    manager = rt._session_mgr
    with manager._storage_lock:  # the lock Streamlit's own moves in and out of the store take
        expired = [info.session for _, info in manager._session_storage._cache.expire()]
    for session in expired:
        session.shutdown()
    media, sources = rt.media_file_mgr, rt.dataframe_source_mgr
    with media._lock:
        known = set(media._files_by_session_and_coord) | set(media._deferred_ids_by_session)
    with sources._lock:
        known |= set(sources._sources_by_session_and_coord)
    lost = known - {info.session.id for info in manager.list_sessions()}
    for session_id in lost:
        media.clear_session_refs(session_id)
        sources.clear_all_for_session(session_id)
        rt.uploaded_file_mgr.remove_session_files(session_id)
    if lost:
        media.remove_orphaned_files()
    return len(lost | {session.id for session in expired})
