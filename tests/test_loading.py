"""The loading boundary's housekeeping (dashboard.app.reaper): closed sessions are shut down once their
reconnect time is over, against Streamlit's own session store and file managers; on another Streamlit
release, or without the internals it uses, the reaper does nothing and warns once."""

from __future__ import annotations

import gc
import inspect
import logging
import re
import weakref
from types import SimpleNamespace

import pytest
import streamlit
from streamlit.runtime import media_file_manager, runtime
from streamlit.runtime.dataframe_source_manager import DataframeSourceManager
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.runtime.memory_session_storage import MemorySessionStorage
from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager
from streamlit.runtime.scriptrunner.script_cache import ScriptCache
from streamlit.runtime.session_manager import SessionInfo
from streamlit.runtime.websocket_session_manager import WebsocketSessionManager

from dashboard.app import reaper
from tests.conftest import ROOT


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
    assert reaper.reap_closed_sessions(rt) == 1
    assert closed.shut == 1
    assert rt._session_mgr.list_sessions() == []
    # the fake session's shutdown clears nothing itself: what is left is dropped as a lost session's
    assert rt.media_file_mgr._deferred_callables == {}
    gc.collect()
    assert table() is None


def test_a_session_the_store_already_dropped_loses_its_downloads(monkeypatch: pytest.MonkeyPatch) -> None:
    rt = runtime_with(ttl=3600)
    table = register_download(rt, "dropped", monkeypatch)  # in no store: Streamlit lost it on a write
    assert reaper.reap_closed_sessions(rt) == 1
    assert rt.media_file_mgr._deferred_callables == {}
    gc.collect()
    assert table() is None


def test_a_session_that_may_still_reconnect_keeps_its_downloads(monkeypatch: pytest.MonkeyPatch) -> None:
    rt = runtime_with(ttl=3600)
    waiting = Session("waiting")
    rt._session_mgr._session_storage.save(SessionInfo(client=None, session=waiting))
    table = register_download(rt, "waiting", monkeypatch)
    assert reaper.reap_closed_sessions(rt) == 0
    assert waiting.shut == 0
    assert len(rt.media_file_mgr._deferred_callables) == 1
    assert table() is not None


def test_without_a_running_server_nothing_is_reaped() -> None:
    assert not runtime.Runtime.exists()
    assert reaper.reap_closed_sessions() == 0


def test_the_runtime_still_keeps_its_session_manager_where_the_reaper_looks() -> None:
    assert "self._session_mgr = " in inspect.getsource(runtime.Runtime.__init__)


def test_the_reaper_was_written_for_the_pinned_streamlit() -> None:
    pinned = re.search(r"^streamlit==(\S+)$", (ROOT / "requirements.txt").read_text(encoding="utf-8"), re.M)
    assert pinned is not None and pinned.group(1) == reaper.WRITTEN_FOR == streamlit.__version__
    assert reaper.why_not(runtime_with(ttl=0)) is None  # every internal it uses is where it looks


@pytest.fixture
def reaper_log(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """What the reaper logs, from a process in which it has not warned yet."""
    monkeypatch.setattr(reaper, "_warned", False)
    caplog.set_level(logging.WARNING, logger=reaper.__name__)
    return caplog


def test_on_another_streamlit_release_the_reaper_does_nothing_and_warns_once(
    monkeypatch: pytest.MonkeyPatch, reaper_log: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(streamlit, "__version__", "1.68.0")
    rt = runtime_with(ttl=0)
    closed = Session("closed")
    rt._session_mgr._session_storage.save(SessionInfo(client=None, session=closed))
    table = register_download(rt, "closed", monkeypatch)
    assert reaper.reap_closed_sessions(rt) == 0
    assert reaper.reap_closed_sessions(rt) == 0
    assert closed.shut == 0 and table() is not None
    assert reaper_log.messages == [
        "Streamlit 1.68.0 is running; the session reaper was written for 1.67.0: "
        "closed sessions are not reaped, so memory grows with every visitor"
    ]


def test_without_the_private_internals_the_reaper_does_nothing_and_warns_once(
    monkeypatch: pytest.MonkeyPatch, reaper_log: pytest.LogCaptureFixture
) -> None:
    rt = runtime_with(ttl=0)
    closed = Session("closed")
    rt._session_mgr._session_storage.save(SessionInfo(client=None, session=closed))
    monkeypatch.delattr(type(rt.media_file_mgr), "clear_session_refs")
    del rt._session_mgr._storage_lock
    assert reaper.reap_closed_sessions(rt) == 0
    assert reaper.reap_closed_sessions(rt) == 0
    assert closed.shut == 0
    assert reaper_log.messages == [
        "Streamlit's runtime lacks _session_mgr._storage_lock, media_file_mgr.clear_session_refs, which the "
        "session reaper uses: closed sessions are not reaped, so memory grows with every visitor"
    ]


def test_a_download_built_counts_as_activity_for_the_memory_trimmer(monkeypatch: pytest.MonkeyPatch) -> None:
    """A download runs no script: building its file must still wake the trimmer (it trims for TRIM_FOR s
    after the last activity), or memory freed after a late download would never go back to the OS."""
    from dashboard.app import loading, ui

    given: dict[str, object] = {}
    monkeypatch.setattr(ui.st, "download_button", lambda label, **kw: given.update(kw))
    ui.download("CSV", lambda: b"a,b\n", "x.csv", "text/csv")
    monkeypatch.setattr(loading, "_last_run", 0.0)
    assert given["data"]() == b"a,b\n"  # type: ignore[operator]
    assert loading._last_run > 0.0
