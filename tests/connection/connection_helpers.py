"""Servers on 127.0.0.1 for the connection tests: an HTTP/2 one (TLS, the `h2` library) and an HTTP/1.1 one that
answers with encoded or endless bodies, which the emulator does not do.

Imported by name (pytest puts this directory on sys.path).
"""

from __future__ import annotations

import gzip
import http.server
import json
import socket
import ssl
import sys
import threading
import time
import zlib
from collections.abc import Callable
from typing import Any

import brotli
import h2.config
import h2.connection
import h2.events
import h2.exceptions
import trustme
import zstandard

API_KEY = "sk-or-v1-connection-suite-7d41c0a9e2b5"

CREDITS = {"data": {"total_credits": 12.5, "total_usage": 2.25}}


class H2Server:
    """Speaks HTTP/2 only (ALPN "h2") over TLS with a certificate from `ca`; answers every request with `body`.

    Records each request's method, path and headers, the protocol each connection negotiated, how many connections
    came, and the most streams that were open at once on one connection.
    """

    def __init__(self, ca: trustme.CA, body: bytes = json.dumps(CREDITS).encode()) -> None:
        self.body = body
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self.protocols: list[str | None] = []
        self.connections = 0
        self.peak_concurrent_streams = 0
        # A request waits this long before its answer, so that concurrent requests overlap.
        self.delay = 0.0
        self._context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert("127.0.0.1").configure_cert(self._context)
        self._context.set_alpn_protocols(["h2"])
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self.port = self._listener.getsockname()[1]
        self.url = f"https://127.0.0.1:{self.port}/api/v1"

    def __enter__(self) -> H2Server:
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()
        for thread in self._threads:
            thread.join(5)
        self._listener.close()

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                raw, _ = self._listener.accept()
            except TimeoutError:
                continue
            with self._lock:
                self.connections += 1
            thread = threading.Thread(target=self._serve, args=(raw,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, raw: socket.socket) -> None:
        try:
            conn = self._context.wrap_socket(raw, server_side=True)
        except (ssl.SSLError, OSError):
            raw.close()
            return
        with self._lock:
            self.protocols.append(conn.selected_alpn_protocol())
        conn.settimeout(0.2)
        h2conn = h2.connection.H2Connection(h2.config.H2Configuration(client_side=False, header_encoding="utf-8"))
        h2conn.initiate_connection()
        conn.sendall(h2conn.data_to_send())
        pending: dict[int, dict[str, str]] = {}
        due: list[tuple[float, int]] = []
        try:
            while not self._stopping.is_set():
                for when, stream_id in [item for item in due if item[0] <= time.monotonic()]:
                    due.remove((when, stream_id))
                    self._answer(h2conn, stream_id)
                conn.sendall(h2conn.data_to_send())
                try:
                    data = conn.recv(65536)
                except TimeoutError:
                    continue
                if not data:
                    return
                for event in h2conn.receive_data(data):
                    if isinstance(event, h2.events.RequestReceived):
                        headers = dict(event.headers)  # type: ignore[arg-type]
                        pending[event.stream_id] = headers
                        with self._lock:
                            self.requests.append((headers[":method"], headers[":path"], headers))
                    elif isinstance(event, h2.events.DataReceived):
                        h2conn.acknowledge_received_data(event.flow_controlled_length, event.stream_id)
                    elif isinstance(event, h2.events.StreamEnded):
                        pending.pop(event.stream_id, None)
                        due.append((time.monotonic() + self.delay, event.stream_id))
                        with self._lock:
                            self.peak_concurrent_streams = max(self.peak_concurrent_streams, len(due))
                    elif isinstance(event, h2.events.ConnectionTerminated):
                        return
                conn.sendall(h2conn.data_to_send())
        except (OSError, ssl.SSLError, h2.exceptions.ProtocolError):
            return
        finally:
            conn.close()

    def _answer(self, h2conn: h2.connection.H2Connection, stream_id: int) -> None:
        h2conn.send_headers(
            stream_id,
            [(":status", "200"), ("content-type", "application/json"), ("content-length", str(len(self.body)))],
        )
        h2conn.send_data(stream_id, self.body, end_stream=True)


ENCODERS: dict[str, Callable[[bytes], bytes]] = {
    "gzip": gzip.compress,
    "deflate": zlib.compress,
    "br": brotli.compress,
    "zstd": zstandard.ZstdCompressor().compress,
}


class _QuietServer(http.server.ThreadingHTTPServer):
    """Says nothing when a client resets the connection: the tests that refuse an oversized body do that on purpose
    (a socket closed with the body unread is reset), and the traceback would land in the test run's output."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionResetError):
            super().handle_error(request, client_address)


class BodyServer:
    """HTTP/1.1 on 127.0.0.1 (stdlib): a GET is answered with `body` in the encoding named by `?encoding=`, or
    plain when the request's Accept-Encoding does not list it; with `endless` on, with a chunked body of
    `chunk_size` bytes at a time until the client goes away or `endless_cap` bytes are out.

    Records each request's headers and, for the endless body, how many bytes went out before the client left.
    """

    def __init__(self, body: bytes = json.dumps(CREDITS).encode()) -> None:
        self.body = body
        self.seen_headers: list[dict[str, str]] = []
        self.endless_sent: list[int] = []
        self.chunk_size = 64 * 1024
        self.endless_cap = 256 * 1024 * 1024
        self.endless = False
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                owner.seen_headers.append({name.lower(): value for name, value in self.headers.items()})
                if owner.endless:
                    owner._endless(self)
                else:
                    owner._encoded(self)

        self._server = _QuietServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/api/v1"
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self) -> BodyServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _encoded(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        query = handler.path.partition("?")[2]
        wanted = dict(part.partition("=")[::2] for part in query.split("&") if part).get("encoding", "")
        accepted = [item.strip() for item in handler.headers.get("Accept-Encoding", "").split(",")]
        body, encoding = self.body, None
        if wanted in ENCODERS and wanted in accepted:
            body, encoding = ENCODERS[wanted](self.body), wanted
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(body)))
        if encoding:
            handler.send_header("Content-Encoding", encoding)
        handler.end_headers()
        handler.wfile.write(body)

    def _endless(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        piece = b" " * self.chunk_size
        frame = f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
        sent = 0
        try:
            while sent < self.endless_cap:
                handler.wfile.write(frame)
                sent += len(piece)
            handler.wfile.write(b"0\r\n\r\n")
        except OSError:
            pass
        finally:
            self.endless_sent.append(sent)
            handler.close_connection = True


class Clock:
    """The circuit breaker's clock, moved by hand (the `clock` fixture puts it in place)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
