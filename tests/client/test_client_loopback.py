"""The retry path over real sockets on 127.0.0.1: resets, stalls, HTML error pages and Retry-After."""

from __future__ import annotations

import socket
import struct
import threading
import types
from collections.abc import Callable, Iterator

import pytest
from client_helpers import API_KEY

from openrouter_ext import APITimeoutError, OpenRouter, ProviderError

Behaviour = Callable[[socket.socket], None]


def _read_request(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


def reply(status: int, body: bytes, content_type: str = "application/json", **headers: str) -> Behaviour:
    def behave(conn: socket.socket) -> None:
        _read_request(conn)
        extra = "".join(f"{name.replace('_', '-')}: {value}\r\n" for name, value in headers.items())
        head = (
            f"HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
            f"Connection: close\r\n{extra}\r\n"
        )
        conn.sendall(head.encode() + body)

    return behave


def reset(conn: socket.socket) -> None:
    """Read the request, then abort the connection with a TCP RST instead of answering."""
    _read_request(conn)
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def stall(release: threading.Event) -> Behaviour:
    def behave(conn: socket.socket) -> None:
        _read_request(conn)
        release.wait(10)

    return behave


class LoopbackServer:
    """Answers each new connection with the next behaviour; records how many connections came."""

    def __init__(self, behaviours: list[Behaviour]) -> None:
        self.behaviours = behaviours
        self.connections = 0
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/api/v1"

    def _serve(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            behaviour = self.behaviours.pop(0) if self.behaviours else None
            # One thread per connection, so that a stalled answer does not hold up the next connection.
            threading.Thread(target=self._handle, args=(conn, behaviour), daemon=True).start()

    @staticmethod
    def _handle(conn: socket.socket, behaviour: Behaviour | None) -> None:
        with conn:
            if behaviour is not None:
                behaviour(conn)

    def close(self) -> None:
        self.stopped.set()
        self.thread.join(5)
        self.sock.close()


@pytest.fixture
def serve() -> Iterator[Callable[..., LoopbackServer]]:
    servers: list[LoopbackServer] = []

    def start(*behaviours: Behaviour) -> LoopbackServer:
        server = LoopbackServer(list(behaviours))
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


OK = b'{"data": {"total_credits": 3, "total_usage": 1}}'


def test_retry_after_then_success(
    serve: Callable[..., LoopbackServer], sleeps: list[float], get_credits: types.ModuleType
) -> None:
    server = serve(reply(429, b'{"error": {"code": 429, "message": "slow"}}', Retry_After="2"), reply(200, OK))
    with OpenRouter(API_KEY, base_url=server.base_url) as client:
        assert client.call(get_credits) == {"total_credits": 3, "total_usage": 1}  # type: ignore[arg-type]
    assert sleeps == [2.0]
    assert server.connections == 2


def test_connection_reset_is_retried(
    serve: Callable[..., LoopbackServer], sleeps: list[float], get_credits: types.ModuleType
) -> None:
    server = serve(reset, reply(200, OK))
    with OpenRouter(API_KEY, base_url=server.base_url) as client:
        assert client.call(get_credits)["total_credits"] == 3  # type: ignore[arg-type]
    assert server.connections == 2
    assert len(sleeps) == 1


def test_read_timeout_gives_up_with_typed_error(
    serve: Callable[..., LoopbackServer], sleeps: list[float], get_credits: types.ModuleType
) -> None:
    release = threading.Event()
    server = serve(stall(release), stall(release))
    try:
        with (
            OpenRouter(API_KEY, base_url=server.base_url, timeout=0.3, max_retries=1) as client,
            pytest.raises(APITimeoutError),
        ):
            client.call(get_credits)  # type: ignore[arg-type]
    finally:
        release.set()
    assert server.connections == 2


def test_html_502_from_the_edge(
    serve: Callable[..., LoopbackServer], sleeps: list[float], get_credits: types.ModuleType
) -> None:
    page = b"<html><body><h1>502 Bad Gateway</h1>cloudflare</body></html>"
    server = serve(*(reply(502, page, content_type="text/html") for _ in range(3)))
    with OpenRouter(API_KEY, base_url=server.base_url) as client, pytest.raises(ProviderError) as info:
        client.call(get_credits)  # type: ignore[arg-type]
    assert "502 Bad Gateway" in info.value.message
    assert info.value.status_code == 502
    assert server.connections == 3
