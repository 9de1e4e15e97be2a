"""A Streamlit reader without a browser: Streamlit's own WebSocket protocol (`/_stcore/stream`), spoken
with the pinned package's protobuf classes, as the browser's front end speaks it.

What the browser sends (recorded from Chromium against `bash scripts/run`; tests/test_load_protocol.py
keeps the comparison):

- **A shared link** (a new tab): `GET /path?query` (the page; behind the proxy it sets the replica
  cookie), `GET /_stcore/health` (it sets the XSRF cookie) and `/_stcore/host-config`, the WebSocket
  with the subprotocols `streamlit, <XSRF cookie>`, then a BackMsg `rerun_script` with the query
  string, empty widget states, the page's URL path as `page_name` and the browser's `context_info`.
- **A page change** (the sidebar): `rerun_script` with the page's `page_script_hash` (from the
  server's `navigation` message), empty widget states, no query string, the hashes of the large
  elements the client already holds (`cached_message_hashes`: the server then sends a reference, not
  the element) and `context_info`.
- **A widget change**: `rerun_script` with the page's current query string (from `page_info_changed`),
  every widget's state (its id, as the server reported it, and its value), the page's hash and, for a
  widget inside a fragment, the fragment's id.
- **A download** (the app's download buttons build their file when clicked): `backend_operation_request`
  with the button's `deferred_file_id`; the server answers `backend_operation_response` with a media
  URL, which the browser then fetches (`GET /media/…`).

An action is done when the server says its script finished (`script_finished`, not the "finished
early for a rerun" kind) or, for a download, when the whole file has arrived.
"""

from __future__ import annotations

import asyncio
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import urlsplit

from streamlit.proto.Alert_pb2 import Alert
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.NumberInput_pb2 import NumberInput
from streamlit.proto.WidgetStates_pb2 import WidgetState
from websockets.asyncio.client import connect

DONE = {ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY}
#: The browser's context (headless Chromium here reports these).
CONTEXT = {"timezone": "UTC", "timezone_offset": 0, "locale": "en-US", "is_embedded": False, "color_scheme": "light"}
WIDGETS = ("selectbox", "multiselect", "radio", "text_input", "text_area", "number_input", "checkbox", "slider")


@dataclass
class Result:
    """One action: seconds from the message sent to the run finished (or the file received), bytes
    received meanwhile, and what went wrong (an exception or error element, a timeout, a closed socket)."""

    kind: str
    label: str
    took: float
    received: int
    errors: list[str] = field(default_factory=list)
    finished: bool = False
    url: str = ""  # a download's media URL
    at: float = 0.0  # time.perf_counter() when it was sent


@dataclass
class Widget:
    kind: str  # the Element field: "selectbox", "text_input", …
    proto: object  # that element's message
    fragment_id: str
    main: bool  # in the main area (not the sidebar)


class Reader:
    """One reader's tab: its cookies, its WebSocket, and what the server has told it so far."""

    def __init__(self, base: str, timeout: float = 30.0, agent: str = "load-protocol") -> None:
        self.base, self.timeout, self.agent = base.rstrip("/"), timeout, agent
        self.cookies: dict[str, str] = {}
        self.session_id = ""
        self.pages: dict[str, str] = {}  # URL path -> page_script_hash
        self.page_hash, self.path, self.query = "", "", ""
        self.widgets: dict[tuple[int, ...], Widget] = {}  # by delta path
        self.downloads: dict[tuple[int, ...], object] = {}  # DownloadButton elements by delta path
        self.cache: dict[str, ForwardMsg] = {}  # the client's message cache: hash -> element message
        self.view: dict[tuple[int, ...], Widget] = {}  # this run's headings and widgets, by delta path
        self.values: dict[str, object] = {}  # the widgets' values this reader chose, by widget id
        self.replica = ""  # the X-Dashboard-Replica header of the last HTTP reply (behind the proxy)
        self.lost: asyncio.Event | None = None  # set when the server closes the socket (not by close())
        self.sent: list[BackMsg] = []  # every BackMsg, for the comparison with the browser's
        self._ws = None
        self._receiver: asyncio.Task | None = None
        self._waiting: asyncio.Future | None = None
        self._request_id = ""
        self._received = 0
        self._errors: list[str] = []
        self._fragments: set[str] = set()  # the fragments this run reruns (none: a whole run)
        self._touched: set[tuple[int, ...]] = set()  # delta paths drawn in this run

    # -- HTTP --------------------------------------------------------------------------------------
    def _get(self, path: str) -> bytes:
        request = urllib.request.Request(self.base + path, headers={"User-Agent": self.agent})
        if self.cookies:
            request.add_header("Cookie", "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        with urllib.request.urlopen(request, timeout=self.timeout) as reply:
            self.replica = reply.headers.get("X-Dashboard-Replica", self.replica)
            for header in reply.headers.get_all("Set-Cookie") or []:
                self.cookies.update({k: m.value for k, m in SimpleCookie(header).items()})
            return reply.read()

    # -- the socket --------------------------------------------------------------------------------
    async def open(self, path: str, query: str = "", kind: str = "link") -> Result:
        """Arrive on a shared link: the page, the socket, the first run. As `kind="reconnect"`: what the
        front end does when its socket was lost (the health check and host config again, a new socket,
        and a run of the page in its address bar, query string included); the page is not fetched."""
        started = time.perf_counter()
        page = [path + (f"?{query}" if query else "")] if kind == "link" else []
        try:
            for step in (*page, "/_stcore/health", "/_stcore/host-config"):
                await asyncio.to_thread(self._get, step)  # the page, then what its script asks first
            host = urlsplit(self.base).netloc
            self._ws = await connect(
                f"ws://{host}/_stcore/stream",
                subprotocols=["streamlit", self.cookies["_streamlit_xsrf"]],  # type: ignore[list-item]
                additional_headers={
                    "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
                    "User-Agent": self.agent,
                },
                origin=self.base,  # type: ignore[arg-type]
                max_size=None,
                open_timeout=self.timeout,
                ping_interval=None,  # browsers send no pings (the server's own pings are answered)
            )
        except Exception as exc:  # noqa: BLE001 - counted as this action's error
            return Result(kind, path, time.perf_counter() - started, 0, [f"connect: {type(exc).__name__}: {exc}"])
        self.lost = asyncio.Event()
        self.values.clear()  # a new session: its page is drawn from the link alone
        self._receiver = asyncio.create_task(self._receive())
        self.path, self.query = path, query
        msg = BackMsg()
        msg.rerun_script.query_string = query
        msg.rerun_script.widget_states.SetInParent()
        msg.rerun_script.page_name = path.strip("/")
        self._context(msg)
        return await self._run(kind, path, msg, started)

    async def close(self) -> None:
        self.lost = None
        if self._ws is not None:
            await self._ws.close()
        if self._receiver is not None:
            self._receiver.cancel()

    def _context(self, msg: BackMsg) -> None:
        info = msg.rerun_script.context_info
        for key, value in CONTEXT.items():
            setattr(info, key, value)
        info.url = self.base + self.path

    async def _run(
        self, kind: str, label: str, msg: BackMsg, started: float | None = None, fetch: bool = True
    ) -> Result:
        """Send msg and wait for its script run (or its backend response, then its file unless not
        `fetch`) to finish."""
        started = time.perf_counter() if started is None else started
        if kind != "download":  # a download cut off with its socket left its id: this run's end is awaited
            self._request_id = ""
        loop = asyncio.get_running_loop()
        self._waiting, self._received, self._errors = loop.create_future(), 0, []
        result = Result(kind, label, 0.0, 0, at=started)
        try:
            self.sent.append(msg)
            await self._ws.send(msg.SerializeToString())
            reply = await asyncio.wait_for(self._waiting, self.timeout)
            result.finished = True
            if kind == "download":
                url = reply.backend_operation_response.deferred_file.url
                if not url:
                    raise RuntimeError(reply.backend_operation_response.error_msg or "no file URL")
                result.url = url
                if fetch:
                    result.received += len(await asyncio.to_thread(self._get, url))
        except TimeoutError:
            self._errors.append(f"timeout after {self.timeout:.0f} s")
        except Exception as exc:  # noqa: BLE001 - a closed socket, a refused download: counted
            self._errors.append(f"{type(exc).__name__}: {exc}")
            result.finished = False
        result.took = time.perf_counter() - started
        result.received += self._received
        result.errors = list(self._errors)
        self._waiting = None
        return result

    async def _receive(self) -> None:
        try:
            async for frame in self._ws:
                self._received += len(frame)
                msg = ForwardMsg()
                msg.ParseFromString(frame)
                self._handle(msg)
        except Exception as exc:  # noqa: BLE001 - the socket closed: whoever waits is told
            if self._waiting is not None and not self._waiting.done():
                self._waiting.set_exception(ConnectionError(f"socket closed: {exc}"))
        else:
            if self._waiting is not None and not self._waiting.done():
                self._waiting.set_exception(ConnectionError("socket closed by the server"))
        if self.lost is not None:
            self.lost.set()

    def _handle(self, msg: ForwardMsg) -> None:
        kind = msg.WhichOneof("type")
        if kind == "ref_hash":  # an element this client holds: the server sent its hash only
            cached = self.cache.get(msg.ref_hash)
            if cached is None:
                self._errors.append(f"unknown cached message {msg.ref_hash}")
                return
            cached.metadata.CopyFrom(msg.metadata)
            msg, kind = cached, "delta"
        if kind == "new_session":
            self.session_id = msg.new_session.initialize.session_id or self.session_id
            self._fragments, self._touched = set(msg.metadata.run.fragment_ids), set()
            if not self._fragments:  # a whole run redraws the page
                self.widgets.clear()
                self.view.clear()
                self.downloads.clear()
        elif kind == "navigation":
            self.pages = {p.url_pathname: p.page_script_hash for p in msg.navigation.app_pages}
            self.page_hash = msg.navigation.page_script_hash
        elif kind == "page_info_changed":
            self.query = msg.page_info_changed.query_string
        elif kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            self._element(msg)
        elif kind == "delta" and msg.delta.WhichOneof("type") == "add_block":
            self._replace(tuple(msg.metadata.delta_path))
        elif kind == "script_finished":
            if msg.script_finished in DONE and self._fragments:
                self._drop_stale()
            if msg.script_finished == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                self._errors.append("script compile error")
            if msg.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN and self._waiting is not None:
                if not self._waiting.done() and not self._request_id:
                    self._waiting.set_result(msg)
        elif kind == "backend_operation_response":
            response = msg.backend_operation_response
            if response.request_id == self._request_id and self._waiting is not None and not self._waiting.done():
                self._request_id = ""
                self._waiting.set_result(msg)

    def _element(self, msg: ForwardMsg) -> None:
        if msg.metadata.cacheable and msg.hash:
            self.cache[msg.hash] = msg
        element = msg.delta.new_element
        which = element.WhichOneof("type")
        path = tuple(msg.metadata.delta_path)
        self._touched.add(path)
        self._replace(path)
        if which == "heading" or which in WIDGETS:
            self.view[path] = Widget(which, getattr(element, which), msg.delta.fragment_id, path[:1] == (0,))
        if which == "exception":
            self._errors.append(f"exception: {element.exception.type}: {element.exception.message[:120]}")
        elif which == "alert" and element.alert.format == Alert.ERROR:
            self._errors.append(f"error element: {element.alert.body[:120]}")
        elif which == "download_button":
            self.downloads[path] = element.download_button
        elif which in WIDGETS:
            self.widgets[path] = Widget(which, getattr(element, which), msg.delta.fragment_id, path[:1] == (0,))

    def _replace(self, path: tuple[int, ...]) -> None:
        """Something new drawn at `path`: whatever was there (an element, or a block and all it held) goes."""
        for drawn in (self.widgets, self.view, self.downloads):
            for old in [p for p in drawn if p[: len(path)] == path]:
                del drawn[old]

    def _drop_stale(self) -> None:
        """After a fragment's run, forget what the fragment drew last time and not this time, as the front
        end clears a fragment's stale elements."""
        for drawn in (self.widgets, self.view):
            stale = [p for p, w in drawn.items() if w.fragment_id in self._fragments and p not in self._touched]
            for path in stale:
                del drawn[path]

    # -- the reader's actions ----------------------------------------------------------------------
    def _rerun(self) -> BackMsg:
        msg = BackMsg()
        msg.rerun_script.widget_states.SetInParent()
        msg.rerun_script.cached_message_hashes.extend(self.cache)
        self._context(msg)
        return msg

    async def change_page(self, path: str) -> Result:
        """The sidebar link to the page at this URL path."""
        msg = self._rerun()
        msg.rerun_script.page_script_hash = self.pages[path]
        self.query = ""  # the browser's address bar drops the old page's query; the new page may set its own
        result = await self._run("page", path or "overview", msg)
        self.path = "/" + path
        return result

    def selectboxes(self) -> list[tuple[int, ...]]:
        """The main area's selectboxes with a choice to make, in page order."""
        found = self.widgets.items()
        return sorted(p for p, w in found if w.kind == "selectbox" and w.main and len(w.proto.options) > 1)

    async def change_widget(self, path: tuple[int, ...], step: int = 1) -> Result:
        """Pick the option `step` places after the current one in this selectbox."""
        target = self.widgets[path]
        options = list(target.proto.options)
        now = self.values.get(target.proto.id, widget_value(target))
        index = options.index(now) if now in options else 0
        choice = options[(index + step) % len(options)]
        msg = self._rerun()
        msg.rerun_script.query_string = self.query
        msg.rerun_script.page_script_hash = self.page_hash
        if target.fragment_id:
            msg.rerun_script.fragment_id = target.fragment_id
        for where, widget in sorted(self.widgets.items()):
            state = widget_state(widget, choice if where == path else self.values.get(widget.proto.id))
            if state is not None:
                msg.rerun_script.widget_states.widgets.append(state)
        result = await self._run("widget", f"{self.path} {target.proto.label}", msg)
        if result.finished:
            self.values[target.proto.id] = choice  # the browser keeps the value it sent
        return result

    def seen(self) -> list[str]:
        """What the page shows the reader: its headings, and each widget's label and value (the one this
        reader chose, else the one the server drew it with), sorted: a notice above them moves their positions."""
        shown = []
        for _, item in sorted(self.view.items()):
            if item.kind == "heading":
                shown.append(f"heading: {item.proto.body}")
            else:
                value = self.values.get(item.proto.id, widget_value(item))
                shown.append(f"{item.kind}: {item.proto.label} = {value}")
        return sorted(shown)

    def csv_downloads(self) -> list[tuple[int, ...]]:
        """This page's enabled download buttons that build a CSV when clicked."""
        return sorted(
            p for p, b in self.downloads.items() if b.deferred_file_id and not b.disabled and "CSV" in b.label
        )

    async def download(self, path: tuple[int, ...], fetch: bool = True) -> Result:
        """Click a deferred download button: the server builds the file and answers its URL, which
        is then fetched (unless not `fetch`: the URL is in the result, for `get`)."""
        button = self.downloads[path]
        msg = BackMsg()
        self._request_id = str(uuid.uuid4())
        request = msg.backend_operation_request
        request.request_id, request.session_id = self._request_id, self.session_id
        request.deferred_file.file_id = button.deferred_file_id
        return await self._run("download", f"{self.path} {button.label}", msg, fetch=fetch)

    async def get(self, path: str) -> bytes:
        """A GET with this reader's cookies (a media URL, say); HTTPError on a status ≥ 400."""
        return await asyncio.to_thread(self._get, path)


def widget_value(widget: Widget) -> object:
    """The widget's current value, as its element reports it (its set value, else its default)."""
    p = widget.proto
    if widget.kind in ("selectbox", "radio"):
        if p.set_value:
            return p.raw_value
        return p.options[p.default] if p.HasField("default") and p.default < len(p.options) else None
    if widget.kind == "multiselect":
        return list(p.raw_values) if p.set_value else [p.options[i] for i in p.default]
    if widget.kind == "slider" and p.options:  # a select_slider: its options' labels
        return list(p.raw_value) if p.set_value else [p.options[int(i)] for i in p.default]
    if widget.kind == "slider":
        return list(p.value) if p.set_value else list(p.default)
    return p.value if p.set_value else p.default


def widget_state(widget: Widget, value: object = None) -> WidgetState | None:
    """The WidgetState the browser sends for this widget (None: no value to send)."""
    value = widget_value(widget) if value is None else value
    if value is None:
        return None
    state = WidgetState(id=widget.proto.id)
    if widget.kind in ("selectbox", "radio", "text_input", "text_area"):
        state.string_value = value
    elif widget.kind == "multiselect" or (widget.kind == "slider" and widget.proto.options):
        state.string_array_value.data.extend(value)
    elif widget.kind == "slider":
        state.double_array_value.data.extend(value)
    elif widget.kind == "checkbox":
        state.bool_value = value
    elif widget.proto.data_type == NumberInput.INT:
        state.int_value = int(value)
    else:
        state.double_value = value
    return state
