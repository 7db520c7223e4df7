"""The HTTP/1.1 server: parses requests, applies faults, writes JSON bodies and chunked event streams."""

from __future__ import annotations

import contextlib
import json
import select
import socket
import struct
import threading
import time
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar
from urllib.parse import parse_qs, parse_qsl, urlsplit

from openrouter_ext.testing._api import EmulatedApi, Route
from openrouter_ext.testing._errors import (
    ApiProblem,
    anthropic_error_body,
    default_message,
    openrouter_error_body,
)
from openrouter_ext.testing._faults import (
    FAULT_TAG_HEADER,
    EndWithoutTerminator,
    ErrorEvent,
    FailedChoice,
    Fault,
    FaultBook,
    HttpError,
    IdleGap,
    InvalidUtf8,
    KeepAliveOnly,
    ListChange,
    MalformedEvent,
    OversizedEvent,
    ResetBeforeHeaders,
    ResetMidStream,
    SlowFirstByte,
    TrickleBytes,
)
from openrouter_ext.testing._multipart import FormPart, MultipartError, parse_form
from openrouter_ext.testing._records import Observations, RecordedRequest, StreamRecord, redact_headers
from openrouter_ext.testing._replies import Call, JsonReply, RawReply, StreamReply
from openrouter_ext.testing._sse import KEEPALIVE_COMMENT, encode_json

API_PREFIX = "/api/v1"
_F = TypeVar("_F")
# With no delay between events, frames are gathered into writes of about this size: one syscall per event
# would make 10,000-event streams needlessly slow.
_COALESCE_BYTES = 32 * 1024
_PAUSE_SLICE = 0.25
_BAD_UTF8_MARK = "\u2063bad-utf8\u2063"
_MALFORMED_EVENT = b'data: {"id": "malformed", "choices": [{"delta": {"content": "unterminated\n\n'


class _ClientGone(Exception):
    """The client closed its end (or the emulator is stopping) while we were sending."""


class _ConnectionReset(Exception):
    """A fault reset the connection on purpose."""


class EmulatorHTTPServer(ThreadingHTTPServer):
    """One thread per connection; loopback only; tracks its sockets so that stop() can end them all."""

    daemon_threads = True
    allow_reuse_address = True
    # The standard library default backlog of 5 refuses bursts of concurrent connects (benchmarks open 200+).
    request_queue_size = 1024

    def __init__(
        self,
        address: tuple[str, int],
        *,
        api: EmulatedApi,
        faults: FaultBook,
        observations: Observations,
        keepalive_timeout: float,
    ) -> None:
        self.api = api
        self.faults = faults
        self.observations = observations
        self.keepalive_timeout = keepalive_timeout
        self.stopping = threading.Event()
        self._sockets_lock = threading.Lock()
        self._live_sockets: set[socket.socket] = set()
        super().__init__(address, _Handler)

    def track(self, sock: socket.socket) -> None:
        with self._sockets_lock:
            self._live_sockets.add(sock)

    def untrack(self, sock: socket.socket) -> None:
        with self._sockets_lock:
            self._live_sockets.discard(sock)

    def close_live_connections(self) -> None:
        with self._sockets_lock:
            live = list(self._live_sockets)
        for sock in live:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients dropping connections is routine here; anything else is a bug worth printing.
        import sys

        error = sys.exc_info()[1]
        if isinstance(error, (OSError, _ClientGone, _ConnectionReset)):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: EmulatorHTTPServer
    server_version = "OpenRouterEmulator/1"
    sys_version = ""

    # -- connection lifecycle -----------------------------------------------------------------------------------

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.keepalive_timeout)
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._trickle: TrickleBytes | None = None
        self.server.track(self.connection)
        self.server.observations.connection_opened()

    def finish(self) -> None:
        try:
            with contextlib.suppress(OSError):
                super().finish()
        finally:
            self.server.untrack(self.connection)
            self.server.observations.connection_closed()

    def handle(self) -> None:
        with contextlib.suppress(OSError, _ClientGone, _ConnectionReset):
            super().handle()

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: the emulator's request log is `Emulator.requests`."""

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PATCH(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def __getattr__(self, name: str) -> Any:
        # Any other method (HEAD, OPTIONS, TRACE, ...) gets the API's JSON 405 rather than the stdlib's HTML 501.
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)

    # -- one request --------------------------------------------------------------------------------------------

    def _serve(self) -> None:
        server = self.server
        split = urlsplit(self.path)
        query = dict(parse_qsl(split.query, keep_blank_values=True))
        query_lists = parse_qs(split.query, keep_blank_values=True)
        raw_body = self._read_body()
        headers = {name.lower(): value for name, value in self.headers.items()}
        content_type = headers.get("content-type", "")
        form: dict[str, list[FormPart]] | None = None
        if content_type.lower().startswith("multipart/form-data"):
            body, body_error = None, None
            try:
                form = parse_form(content_type, raw_body)
            except MultipartError as exc:
                body_error = str(exc)
        else:
            body, body_error = _parse_json(raw_body)

        path = split.path
        matched = server.api.match(self.command, path[len(API_PREFIX) :]) if path.startswith(API_PREFIX) else None
        route, params = matched if matched else (None, {})
        faults = server.faults.take(route.name, headers.get(FAULT_TAG_HEADER.lower())) if route else ()
        record = RecordedRequest(
            method=self.command,
            path=path,
            route=route.name if route else None,
            query=query,
            headers=redact_headers(dict(self.headers.items())),
            json=body,
            faults=tuple(type(fault).__name__ for fault in faults),
        )
        server.observations.add_request(record)
        self._trickle = _first(faults, TrickleBytes)

        call = Call(
            method=self.command,
            params=params,
            query=query,
            headers=headers,
            body=body,
            body_error=body_error,
            list_changes=tuple(f for f in faults if isinstance(f, ListChange)),
            query_lists=query_lists,
            raw_body=raw_body,
            content_type=content_type,
            form=form,
        )
        with contextlib.suppress(_ConnectionReset):
            self._serve_with_faults(route, call, faults, record)

    def _serve_with_faults(
        self, route: Route | None, call: Call, faults: tuple[Fault, ...], record: RecordedRequest
    ) -> None:
        anthropic = route.anthropic_errors if route else False
        slow = _first(faults, SlowFirstByte)
        if slow is not None:
            self._pause(slow.seconds)
        if _first(faults, ResetBeforeHeaders) is not None:
            self._reset()
        http_error = _first(faults, HttpError)
        if http_error is not None:
            self._send_fault_status(http_error, anthropic, record)
            return
        if route is None:
            self._send_reply(self._unrouted(), (), record)
            return
        try:
            self.server.api.check_auth(route, call.headers)
            self.server.api.check_request(route, call)
            reply = route.handler(call)
        except ApiProblem as problem:
            status = route.operation.documented_status(problem.status)
            envelope = (
                anthropic_error_body(status, problem.message)
                if anthropic
                else openrouter_error_body(status, problem.message, problem.metadata)
            )
            reply = JsonReply(status, envelope, problem.headers)
        except Exception as exc:  # an emulator bug: answer 500 rather than drop the connection
            reply = JsonReply(500, openrouter_error_body(500, f"Emulator error: {exc!r}"))
        if isinstance(reply, StreamReply):
            self._send_stream(reply, route, faults, record)
        elif isinstance(reply, RawReply):
            self._write_response(reply.status, reply.payload, reply.content_type, reply.headers, faults, record)
        else:
            self._send_reply(reply, faults, record)

    def _unrouted(self) -> JsonReply:
        """404 for a path the spec does not have, 405 (with Allow) for a method it does not document there."""
        path = urlsplit(self.path).path
        allowed = self.server.api.allowed_methods(path[len(API_PREFIX) :]) if path.startswith(API_PREFIX) else []
        if allowed:
            message = f"Method {self.command} is not allowed on {path}; allowed: {', '.join(allowed)}"
            return JsonReply(405, openrouter_error_body(405, message), {"Allow": ", ".join(allowed)})
        return JsonReply(404, openrouter_error_body(404, f"No route {self.command} {path}"))

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            parts: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    return b"".join(parts)
                parts.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    # -- JSON answers -------------------------------------------------------------------------------------------

    def _send_fault_status(self, fault: HttpError, anthropic: bool, record: RecordedRequest) -> None:
        status = fault.status
        message = fault.message or default_message(status)
        headers: dict[str, str] = {}
        if fault.retry_after is not None:
            headers["Retry-After"] = f"{fault.retry_after:g}"
        if status == 429:
            headers["X-RateLimit-Limit"] = "20"
            headers["X-RateLimit-Remaining"] = "0"
            headers["X-RateLimit-Reset"] = str(int((time.time() + (fault.retry_after or 1)) * 1000))
        if fault.html:
            page = (
                f"<!DOCTYPE html>\n<html><head><title>{status} | openrouter.ai</title></head>"
                f"<body><h1>Error {status}</h1><p>{message}</p></body></html>\n"
            )
            self._write_response(status, page.encode(), "text/html; charset=UTF-8", headers, (), record)
            return
        metadata = dict(fault.metadata) if fault.metadata else None
        if metadata is None and status in (502, 529):
            metadata = {"provider_name": "Emulator", "raw": message}
        body = anthropic_error_body(status, message) if anthropic else openrouter_error_body(status, message, metadata)
        self._write_response(status, encode_json(body), "application/json", headers, (), record)

    def _send_reply(self, reply: JsonReply, faults: tuple[Fault, ...], record: RecordedRequest) -> None:
        body = reply.body
        failed = _first(faults, FailedChoice)
        if failed is not None and reply.status == 200:
            body = _fail_first_choice(body, failed)
        payload = encode_json(body)
        if _first(faults, InvalidUtf8) is not None:
            payload = _spoil_utf8(payload)
        self._write_response(reply.status, payload, "application/json", reply.headers, faults, record)

    def _write_response(
        self,
        status: int,
        payload: bytes,
        content_type: str,
        headers: dict[str, str],
        faults: tuple[Fault, ...],
        record: RecordedRequest,
    ) -> None:
        if _first(faults, MalformedEvent) is not None:
            payload = payload[: len(payload) // 2]
        self.server.observations.set_status(record, status)
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command == "HEAD":
            self.close_connection = True
            return
        cut = len(payload) // 2
        if _first(faults, ResetMidStream) is not None:
            self._raw_write(payload[:cut])
            self._reset()
        if _first(faults, EndWithoutTerminator) is not None:
            # Announce the whole length, send half, then close: the client sees a body cut short.
            self._raw_write(payload[:cut])
            self.close_connection = True
            return
        self._raw_write(payload)

    # -- streams ------------------------------------------------------------------------------------------------

    def _send_stream(
        self, reply: StreamReply, route: Route, faults: tuple[Fault, ...], record: RecordedRequest
    ) -> None:
        self.server.observations.set_status(record, 200)
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("X-Generation-Id", reply.generation_id)
        self.end_headers()
        stream = StreamRecord(route=route.name, generation_id=reply.generation_id)
        self.server.observations.stream_started(stream)
        player = _StreamPlayer(self, reply, faults, stream)
        completed = gone = reset = False
        try:
            completed = player.play()
        except _ClientGone:
            gone = not self.server.stopping.is_set()
            self.close_connection = True
        except _ConnectionReset:
            reset = True
            raise
        finally:
            self.server.observations.stream_ended(
                stream, completed=completed, client_disconnected=gone, reset_by_fault=reset
            )
            reply.on_end(completed, gone)

    # -- socket-level tools -------------------------------------------------------------------------------------

    def _raw_write(self, data: bytes) -> None:
        """Send bytes, trickled if a TrickleBytes fault is active; a vanished client raises _ClientGone."""
        try:
            trickle = self._trickle
            if trickle is None:
                self.wfile.write(data)
                return
            step = max(1, trickle.bytes_per_write)
            for start in range(0, len(data), step):
                self.wfile.write(data[start : start + step])
                if trickle.interval:
                    time.sleep(trickle.interval)
        except OSError as exc:
            raise _ClientGone from exc

    def _pause(self, seconds: float) -> None:
        """Wait, noticing meanwhile if the client hangs up (EOF on our socket) or the emulator stops."""
        deadline = time.monotonic() + seconds
        while True:
            if self.server.stopping.is_set():
                raise _ClientGone
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            try:
                readable, _, _ = select.select([self.connection], [], [], min(remaining, _PAUSE_SLICE))
                if readable and not self.connection.recv(1, socket.MSG_PEEK):
                    raise _ClientGone
            except (OSError, ValueError) as exc:
                raise _ClientGone from exc
            if readable:
                # The client sent bytes (a pipelined request): not a hang-up; sit out the rest quietly.
                time.sleep(max(0.0, deadline - time.monotonic()))
                return

    def _reset(self) -> None:
        """Drop the connection with a TCP RST (SO_LINGER 0), then unwind the request."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        # The buffered reader holds a reference to the socket; the descriptor only closes once both are closed.
        with contextlib.suppress(OSError):
            self.rfile.close()
        with contextlib.suppress(OSError):
            self.connection.close()
        raise _ConnectionReset


class _StreamPlayer:
    """Plays one StreamScript onto the connection as HTTP/1.1 chunks, firing the stream faults on the way."""

    def __init__(self, handler: _Handler, reply: StreamReply, faults: tuple[Fault, ...], stream: StreamRecord) -> None:
        self.handler = handler
        self.reply = reply
        self.stream = stream
        self.observations = handler.server.observations
        self.delay = reply.behaviour.chunk_delay
        self.pending: list[Fault] = [
            f for f in faults if _position(f) is not None or isinstance(f, EndWithoutTerminator)
        ]
        self.buffer = bytearray()

    def play(self) -> bool:
        """Send the stream; True when it ended with its terminator."""
        for _ in range(self.reply.behaviour.keepalive_comments):
            self.buffer += KEEPALIVE_COMMENT
        self.flush()
        sent = 0
        for frame in self.reply.script.events:
            if self.fire_due(sent, at_end=False):
                return False
            if sent and self.delay:
                self.flush()
                self.handler._pause(self.delay)
            self.write(frame)
            sent += 1
            self.observations.stream_progress(self.stream, sent)
        if self.fire_due(sent, at_end=True):
            return False
        for frame in self.reply.script.closing():
            self.write(frame)
        self.finish()
        return True

    def write(self, frame: bytes) -> None:
        self.buffer += frame
        if self.delay or len(self.buffer) >= _COALESCE_BYTES:
            self.flush()

    def flush(self) -> None:
        if self.buffer:
            data = bytes(self.buffer)
            self.buffer.clear()
            self.handler._raw_write(b"%x\r\n%s\r\n" % (len(data), data))

    def finish(self) -> None:
        """The chunked body's clean end: the connection stays usable for the next request."""
        self.flush()
        self.handler._raw_write(b"0\r\n\r\n")

    def fire_due(self, sent: int, *, at_end: bool) -> bool:
        """Fire the faults positioned at `sent` events (at the end: all still pending). True if the stream ended."""
        due = [f for f in self.pending if _is_due(f, sent, at_end)]
        for fault in due:
            self.pending.remove(fault)
            if self._fire(fault):
                return True
        return False

    def _fire(self, fault: Fault) -> bool:
        script = self.reply.script
        if isinstance(fault, IdleGap):
            self.flush()
            self.handler._pause(fault.seconds)
        elif isinstance(fault, KeepAliveOnly):
            for _ in range(fault.comments):
                self.buffer += KEEPALIVE_COMMENT
                self.flush()
                self.handler._pause(fault.interval)
        elif isinstance(fault, OversizedEvent):
            self.write(script.text_frame("x" * fault.size))
        elif isinstance(fault, InvalidUtf8):
            frame = script.text_frame(_BAD_UTF8_MARK)
            self.write(frame.replace(_BAD_UTF8_MARK.encode(), b"caf\xc3 \xff\xfe"))
        elif isinstance(fault, MalformedEvent):
            self.write(_MALFORMED_EVENT)
        elif isinstance(fault, ErrorEvent):
            for frame in script.error_frames(fault.code, fault.message):
                self.write(frame)
            self.finish()
            return True
        elif isinstance(fault, ResetMidStream):
            self.flush()
            self.handler._reset()
        elif isinstance(fault, EndWithoutTerminator):
            self.finish()
            return True
        return False


def _fail_first_choice(body: Any, fault: FailedChoice) -> Any:
    """The chat completion `body` with its first choice turned into a failed one (other bodies unchanged)."""
    if not isinstance(body, dict) or not isinstance(body.get("choices"), list) or not body["choices"]:
        return body
    choice = dict(body["choices"][0])
    error: dict[str, Any] = {"code": fault.code, "message": fault.message}
    if fault.metadata is not None:
        error["metadata"] = dict(fault.metadata)
    choice.update(finish_reason="error", native_finish_reason="error", error=error)
    return {**body, "choices": [choice, *body["choices"][1:]]}


def _spoil_utf8(payload: bytes) -> bytes:
    """A JSON body that stays well-formed but is no longer UTF-8: bad bytes open its first string value."""
    start = payload.find(b'":"')
    if start < 0:
        return payload + b" \xff\xfe"
    cut = start + 3
    return payload[:cut] + b"caf\xc3 \xff\xfe" + payload[cut:]


def _position(fault: Fault) -> int | None:
    if isinstance(
        fault, (IdleGap, KeepAliveOnly, OversizedEvent, InvalidUtf8, MalformedEvent, ErrorEvent, ResetMidStream)
    ):
        return fault.after_events
    if isinstance(fault, EndWithoutTerminator):
        return fault.after_events
    return None


def _is_due(fault: Fault, sent: int, at_end: bool) -> bool:
    position = _position(fault)
    if position is None:
        return at_end
    return position == sent or (at_end and position >= sent)


def _first(faults: Iterable[Fault], kind: type[_F]) -> _F | None:
    for fault in faults:
        if isinstance(fault, kind):
            return fault
    return None


def _parse_json(raw: bytes) -> tuple[Any, str | None]:
    if not raw.strip():
        return None, None
    try:
        return json.loads(raw), None
    except (ValueError, UnicodeDecodeError) as exc:
        return None, str(exc)
