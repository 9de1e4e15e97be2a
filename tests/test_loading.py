"""The loading boundary's housekeeping: closed sessions are shut down once their reconnect time is over,
against Streamlit's own session store and file managers (so an upgrade that moves them fails here)."""

from __future__ import annotations

import gc
import inspect
import weakref
from types import SimpleNamespace

import pytest
from streamlit.runtime import media_file_manager, runtime
from streamlit.runtime.dataframe_source_manager import DataframeSourceManager
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.runtime.memory_session_storage import MemorySessionStorage
from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager
from streamlit.runtime.scriptrunner.script_cache import ScriptCache
from streamlit.runtime.session_manager import SessionInfo
from streamlit.runtime.websocket_session_manager import WebsocketSessionManager

from dashboard.app import loading


class Session:
    """Stands for an AppSession: an id, and a shutdown that is counted."""

    def __init__(self, session_id: str) -> None:
        self.id = session_id
        self.shut = 0

    def shutdown(self) -> None:
        self.shut += 1


class Table:
    """Stands for a page's table that a download button's callable keeps alive."""


def runtime_with(ttl: float) -> SimpleNamespace:
    uploads = MemoryUploadedFileManager("/_stcore/upload_file")
    manager = WebsocketSessionManager(
        session_storage=MemorySessionStorage(ttl_seconds=ttl),
        uploaded_file_manager=uploads,
        script_cache=ScriptCache(),
        message_enqueued_callback=None,
    )
    return SimpleNamespace(
        _session_mgr=manager,
        media_file_mgr=MediaFileManager(MemoryMediaFileStorage("/media")),
        dataframe_source_mgr=DataframeSourceManager(),
        uploaded_file_mgr=uploads,
    )


def register_download(rt: SimpleNamespace, session_id: str, monkeypatch: pytest.MonkeyPatch) -> weakref.ref:
    """A download button's callable for `session_id`, as a page run registers it; a weak reference to
    the table it keeps alive."""
    table = Table()
    monkeypatch.setattr(media_file_manager, "_get_session_id", lambda: session_id)
    rt.media_file_mgr.add_deferred(lambda t=table: repr(t), "text/csv", f"coords-{session_id}", "x.csv")
    return weakref.ref(table)


def test_an_expired_session_is_shut_down_and_its_downloads_freed(monkeypatch: pytest.MonkeyPatch) -> None:
    rt = runtime_with(ttl=0)  # every stored session has outlived its reconnect time
    closed = Session("closed")
    rt._session_mgr._session_storage.save(SessionInfo(client=None, session=closed))
    table = register_download(rt, "closed", monkeypatch)
    assert loading.reap_closed_sessions(rt) == 1
    assert closed.shut == 1
    assert rt._session_mgr.list_sessions() == []
    # the fake session's shutdown clears nothing itself: what is left is dropped as a lost session's
    assert rt.media_file_mgr._deferred_callables == {}
    gc.collect()
    assert table() is None


def test_a_session_the_store_already_dropped_loses_its_downloads(monkeypatch: pytest.MonkeyPatch) -> None:
    rt = runtime_with(ttl=3600)
    table = register_download(rt, "dropped", monkeypatch)  # in no store: Streamlit lost it on a write
    assert loading.reap_closed_sessions(rt) == 1
    assert rt.media_file_mgr._deferred_callables == {}
    gc.collect()
    assert table() is None


def test_a_session_that_may_still_reconnect_keeps_its_downloads(monkeypatch: pytest.MonkeyPatch) -> None:
    rt = runtime_with(ttl=3600)
    waiting = Session("waiting")
    rt._session_mgr._session_storage.save(SessionInfo(client=None, session=waiting))
    table = register_download(rt, "waiting", monkeypatch)
    assert loading.reap_closed_sessions(rt) == 0
    assert waiting.shut == 0
    assert len(rt.media_file_mgr._deferred_callables) == 1
    assert table() is not None


def test_without_a_running_server_nothing_is_reaped() -> None:
    assert not runtime.Runtime.exists()
    assert loading.reap_closed_sessions() == 0


def test_the_runtime_still_keeps_its_session_manager_where_the_reaper_looks() -> None:
    assert "self._session_mgr = " in inspect.getsource(runtime.Runtime.__init__)
