"""The async pool's network backend (openrouter_ext/_asyncio_network.py), on 127.0.0.1: that our pool uses it,
and that it keeps httpcore's contract: bytes intact both ways under flow control, timeouts and refusals as httpcore's
errors, closed idle connections noticed, TLS, Unix sockets, socket options."""

from __future__ import annotations

import asyncio
import hashlib
import os
import socket
import ssl
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import httpcore
import httpx
import pytest
import trustme
from connection_helpers import API_KEY
from openrouter_api.api.credits_ import get_credits

from openrouter_ext import AsyncOpenRouter, OpenRouter
from openrouter_ext._asyncio_network import (
    _HIGH_WATER,
    _LOW_WATER,
    AsyncioBackend,
    _connected,
    _is_address,
    _Reader,
    use_asyncio_backend,
)
from openrouter_ext.testing import Emulator

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


class Server:
    """An asyncio TCP server on 127.0.0.1 running `handler` per connection; counts the connections."""

    def __init__(self, handler: Handler, ssl_context: ssl.SSLContext | None = None) -> None:
        self.handler = handler
        self.ssl_context = ssl_context
        self.connections = 0
        self.port = 0
        self._server: asyncio.Server | None = None

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            await self.handler(reader, writer)
        finally:
            writer.close()

    async def __aenter__(self) -> Server:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, ssl=self.ssl_context)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()


async def read_request(reader: asyncio.StreamReader) -> tuple[bytes, bytes]:
    """The head and body of one HTTP/1.1 request with a Content-Length (or none)."""
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    return head, await reader.readexactly(length)


def answer(body: bytes, *, close: bool = False) -> bytes:
    connection = b"Connection: close\r\n" if close else b""
    return b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n%s\r\n" % (len(body), connection) + body


@pytest.fixture
async def pool() -> AsyncIterator[httpcore.AsyncConnectionPool]:
    async with httpcore.AsyncConnectionPool(network_backend=AsyncioBackend()) as pool:
        yield pool


# --- Our pool uses it; yours keeps its own ---------------------------------------------------------------------


async def test_the_pool_we_create_connects_through_the_asyncio_backend(emu: Emulator) -> None:
    async with AsyncOpenRouter(API_KEY, base_url=emu.base_url, max_retries=0) as client:
        backend = client._pool._transport._pool._network_backend  # type: ignore[attr-defined]
        assert isinstance(backend, AsyncioBackend)
        result = await client.call(get_credits)
    assert result.data.total_credits > 0


async def test_every_pool_of_a_new_client_takes_it_with_the_httpx_this_package_allows() -> None:
    # False would mean httpx's insides moved: the pools would quietly stay on anyio.
    async with httpx.AsyncClient(mounts={"http://other.test": httpx.AsyncHTTPTransport()}) as pool:
        assert use_asyncio_backend(pool) is True


async def test_proxies_from_the_environment_keep_working_and_use_it_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    async with AsyncOpenRouter(API_KEY, max_retries=0) as client:
        mounts = list(client._pool._mounts.values())
        assert mounts, "httpx did not pick the proxy from the environment"
        for mount in mounts:
            assert isinstance(mount._pool._network_backend, AsyncioBackend)  # type: ignore[union-attr]


async def test_an_http_client_of_yours_keeps_its_backend() -> None:
    yours = httpx.AsyncClient()
    async with AsyncOpenRouter(API_KEY, http_client=yours, max_retries=0) as client:
        assert client._pool is yours
        assert not isinstance(yours._transport._pool._network_backend, AsyncioBackend)  # type: ignore[attr-defined]
    await yours.aclose()


def test_the_sync_client_is_left_to_httpx() -> None:
    with OpenRouter(API_KEY, max_retries=0) as client:
        assert isinstance(client._pool._transport._pool._network_backend, httpcore.SyncBackend)  # type: ignore[attr-defined]


def test_outside_asyncio_it_hands_over_to_httpcores_backend() -> None:
    # No running asyncio loop (trio's case): the connection goes through anyio, which knows the other loops.
    assert isinstance(AsyncioBackend()._fallback(), httpcore.AnyIOBackend)


async def test_inside_asyncio_it_connects_by_itself() -> None:
    assert AsyncioBackend()._fallback() is None


# --- Bytes both ways -------------------------------------------------------------------------------------------


async def test_a_large_upload_and_download_arrive_byte_for_byte(pool: httpcore.AsyncConnectionPool) -> None:
    upload = os.urandom(3 * 1024 * 1024)

    async def echo_digest(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        _, body = await read_request(reader)
        # Answer with the body reversed, so a corrupted or reordered chunk either way shows.
        writer.write(answer(body[::-1]))
        await writer.drain()

    async with Server(echo_digest) as server:
        response = await pool.request("POST", f"http://127.0.0.1:{server.port}/", content=upload)
    assert response.status == 200
    assert hashlib.sha256(response.content).digest() == hashlib.sha256(upload[::-1]).digest()


async def test_a_slow_reader_pauses_the_connection_instead_of_buffering_everything(
    pool: httpcore.AsyncConnectionPool,
) -> None:
    size = 8 * 1024 * 1024

    async def flood(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % size)
        piece = b"z" * 65536
        for _ in range(size // len(piece)):
            writer.write(piece)
            await writer.drain()

    most_buffered = 0
    received = 0
    async with Server(flood) as server, pool.stream("GET", f"http://127.0.0.1:{server.port}/") as response:
        stream = response.stream
        async for chunk in stream:  # type: ignore[union-attr]
            received += len(chunk)
            reader = response.extensions["network_stream"]._reader
            most_buffered = max(most_buffered, reader.buffered)
            await asyncio.sleep(0.001)
    assert received == size
    # Reading stops past the high-water mark; one socket read (asyncio reads up to 256 KiB) may land on top.
    assert most_buffered <= _HIGH_WATER + 256 * 1024


def test_the_reader_pauses_above_the_high_water_mark_and_resumes_below_the_low() -> None:
    class Transport(asyncio.Transport):
        def __init__(self) -> None:
            super().__init__()
            self.calls: list[str] = []

        def pause_reading(self) -> None:
            self.calls.append("pause")

        def resume_reading(self) -> None:
            self.calls.append("resume")

    transport = Transport()
    reader = _Reader()
    reader.connection_made(transport)
    piece = b"x" * 32 * 1024
    while reader.buffered <= _HIGH_WATER:
        reader.data_received(piece)
    assert transport.calls == ["pause"]
    reader.data_received(piece)  # already paused: no second call
    assert transport.calls == ["pause"]
    taken = b""
    while reader.buffered > _LOW_WATER:
        taken += reader.take(10_000)
    assert transport.calls == ["pause", "resume"]
    assert set(taken) == {ord("x")}


# --- Errors as httpcore's --------------------------------------------------------------------------------------


async def test_a_silent_server_is_a_read_timeout(pool: httpcore.AsyncConnectionPool) -> None:
    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        await asyncio.sleep(2)

    async with Server(silent) as server:
        with pytest.raises(httpcore.ReadTimeout):
            await pool.request("GET", f"http://127.0.0.1:{server.port}/", extensions={"timeout": {"read": 0.1}})


async def test_a_refused_connection_is_a_connect_error(pool: httpcore.AsyncConnectionPool) -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    with pytest.raises(httpcore.ConnectError):
        await pool.request("GET", f"http://127.0.0.1:{port}/")


@pytest.mark.parametrize(("host", "race"), [("127.0.0.1", False), ("::1", False), ("openrouter.ai", True)])
def test_only_a_host_name_races_its_addresses(host: str, race: bool) -> None:
    # A name may resolve to IPv6 and IPv4 addresses, one of them unreachable: those are tried in a staggered race.
    assert _is_address(host) is not race


async def test_a_connection_that_does_not_complete_in_time_is_a_connect_timeout() -> None:
    never: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    with pytest.raises(httpcore.ConnectTimeout, match=r"example\.invalid:443"):
        await _connected(never, 0.05, "example.invalid:443")


async def test_a_server_hanging_up_mid_answer_is_an_error_not_a_short_body(
    pool: httpcore.AsyncConnectionPool,
) -> None:
    async def cut(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + b"y" * 10)
        await writer.drain()

    async with Server(cut) as server:
        with pytest.raises(httpcore.RemoteProtocolError):
            await pool.request("GET", f"http://127.0.0.1:{server.port}/")


async def test_an_idle_connection_the_server_closed_is_replaced_not_reused(
    pool: httpcore.AsyncConnectionPool,
) -> None:
    async def once(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        # Keep-alive is announced, then the server closes anyway, as an idle timeout does.
        await read_request(reader)
        writer.write(answer(b"first"))
        await writer.drain()

    async with Server(once) as server:
        url = f"http://127.0.0.1:{server.port}/"
        first = await pool.request("GET", url)
        await asyncio.sleep(0.1)  # the close reaches the client while the connection sits in the pool
        second = await pool.request("GET", url)
    assert (first.content, second.content) == (b"first", b"first")
    assert server.connections == 2


async def test_closing_hangs_up_at_once(pool: httpcore.AsyncConnectionPool) -> None:
    hung_up = asyncio.Event()

    async def wait_for_eof(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(answer(b"ok"))
        await writer.drain()
        if await reader.read() == b"":
            hung_up.set()

    async with Server(wait_for_eof) as server:
        await pool.request("GET", f"http://127.0.0.1:{server.port}/")
        await pool.aclose()
        await asyncio.wait_for(hung_up.wait(), 5)


# --- TLS, Unix sockets, socket options -------------------------------------------------------------------------


async def test_tls_with_a_trusted_certificate(ca: trustme.CA) -> None:
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_context)
    client_context = ssl.create_default_context()
    ca.configure_trust(client_context)

    async def hello(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(answer(b"over tls"))
        await writer.drain()

    async with (
        Server(hello, server_context) as server,
        httpcore.AsyncConnectionPool(ssl_context=client_context, network_backend=AsyncioBackend()) as pool,
        pool.stream("GET", f"https://127.0.0.1:{server.port}/") as response,
    ):
        content = await response.aread()
        tls_version = response.extensions["network_stream"].get_extra_info("ssl_object").version()
    assert content == b"over tls"
    assert tls_version.startswith("TLS")


async def test_an_untrusted_certificate_is_a_connect_error(ca: trustme.CA) -> None:
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_context)

    async def hello(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read()

    async with (
        Server(hello, server_context) as server,
        httpcore.AsyncConnectionPool(network_backend=AsyncioBackend()) as pool,  # the default trust store
    ):
        with pytest.raises(httpcore.ConnectError, match=r"(?i)certificate"):
            await pool.request("GET", f"https://127.0.0.1:{server.port}/")


# The network guard lets a test reach 127.0.0.1 only; a Unix socket is as local, so its path is let through too.
@pytest.mark.block_network(allowed_hosts=[r"^127\.0\.0\.1$", r".*/api\.sock$"])
@pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets are a POSIX facility")
async def test_a_unix_socket(tmp_path: Path) -> None:
    path = str(tmp_path / "api.sock")

    async def hello(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(answer(b"over a unix socket"))
        await writer.drain()
        writer.close()

    server = await asyncio.start_unix_server(hello, path)
    try:
        async with httpcore.AsyncConnectionPool(uds=path, network_backend=AsyncioBackend()) as pool:
            response = await pool.request("GET", "http://localhost/")
    finally:
        server.close()
    assert response.content == b"over a unix socket"


async def test_socket_options_are_set_on_the_connection(emu: Emulator) -> None:
    options = [(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)]
    async with httpcore.AsyncConnectionPool(socket_options=options, network_backend=AsyncioBackend()) as pool:
        response = await pool.request("GET", f"{emu.base_url}/credits", headers={"Authorization": f"Bearer {API_KEY}"})
        sock = response.extensions["network_stream"].get_extra_info("socket")
        assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) == 1
