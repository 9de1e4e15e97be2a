"""The launcher of `bash scripts/run`: streamlit run app.py with the caller's arguments, and the pages'
imports and data loaded in a thread once the server is up (tests/test_serving.py starts it for real)."""

from __future__ import annotations

import sys
import threading
from types import SimpleNamespace

import pytest
from streamlit.runtime import Runtime
from streamlit.web import cli

from dashboard.app import loading, serve


def test_main_is_streamlit_run_app_py_with_the_arguments_given(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}
    monkeypatch.setattr(sys, "argv", ["serve", "--server.port", "8599"])
    monkeypatch.setattr(serve, "warm_up", lambda: seen.setdefault("warmed", threading.current_thread().name))
    monkeypatch.setattr(cli, "main", lambda prog_name: seen.update(argv=list(sys.argv), prog=prog_name) or 0)
    assert serve.main() == 0
    assert seen["argv"] == ["streamlit", "run", "app.py", "--server.port", "8599"]
    assert seen["prog"] == "streamlit"
    assert seen["warmed"] == "warm-up"  # in its own thread, not the server's


def test_warm_up_waits_for_the_server_then_fills_the_loading_caches(monkeypatch: pytest.MonkeyPatch) -> None:
    state = SimpleNamespace(name="INITIAL")
    monkeypatch.setattr(Runtime, "exists", staticmethod(lambda: True))
    monkeypatch.setattr(Runtime, "instance", staticmethod(lambda: SimpleNamespace(state=state)))
    loading.cached_dataset.clear()
    loading.cached_rollcalls.clear()
    calls: list[str] = []
    real = loading.load_dataset
    monkeypatch.setattr(loading, "load_dataset", lambda: calls.append("dataset") or real())
    thread = threading.Thread(target=serve.warm_up, daemon=True)
    thread.start()
    thread.join(0.3)
    assert thread.is_alive() and calls == []  # the server is not up: nothing loaded, its start not slowed
    state.name = "NO_SESSIONS_CONNECTED"
    thread.join(60)
    assert not thread.is_alive() and calls == ["dataset"]
    dataset = loading.cached_dataset()  # served from the cache the thread filled: no second load
    assert calls == ["dataset"] and len(dataset.records["events"]) > 0
    assert len(loading.cached_rollcalls()[0].decisions) > 8000


def test_warm_up_builds_the_record_wide_views_only_while_no_reader_is_active(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(Runtime, "exists", staticmethod(lambda: True))
    monkeypatch.setattr(Runtime, "instance", staticmethod(lambda: SimpleNamespace(state=SimpleNamespace(name="X"))))
    built: list[str] = []
    monkeypatch.setattr(serve, "record_wide_views", lambda: [lambda: built.append("view")])
    thread = threading.Thread(target=serve.warm_up, daemon=True)
    loading.note_activity()
    thread.start()
    for _ in range(10):  # a reader clicking every 0.1 s for a second: the view waits
        loading.note_activity()
        thread.join(0.1)
    assert built == [] and thread.is_alive()
    thread.join(30)  # the reader stopped: built once the server is quiet
    assert built == ["view"] and not thread.is_alive()


def test_the_record_wide_views_build_from_the_record_alone() -> None:
    views = serve.record_wide_views()
    assert loading.cached_series_shared in views and len(views) >= 5
    for view in views:  # each takes no query (a renamed view or a new parameter fails here, not in the thread)
        assert view() is not None
