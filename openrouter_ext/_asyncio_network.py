"""The async pool's sockets: an httpcore network backend on asyncio's own transports and protocols.

httpcore reaches asyncio through anyio, whose cancel scope per read and objects per connection are a large share of
what each open stream costs in memory and CPU (the benchmark docs give the figures). This backend reads through a
small `asyncio.Protocol` instead: the chunks received, one future to wait on, a timer for the timeout. It is used
by the pool our AsyncOpenRouter creates, and only while asyncio runs it: under any other event loop (trio) the
connection goes through httpcore's own backend. An `http_client=` of yours keeps the backend you gave it.

Flow control both ways: reading pauses while more than `_HIGH_WATER` bytes wait unread and resumes once they are
taken, so a slow consumer makes the server wait instead of the buffer growing; a write waits while the transport's
own buffer is over its limit. Errors are httpcore's (ConnectError, ReadTimeout, ...), which httpx maps to its own.
"""

from __future__ import annotations

import asyncio
import ipaddress
import select
import socket
import ssl
import sys
from collections.abc import Iterable
from typing import Any, cast

import httpcore
import httpx

__all__ = ["AsyncioBackend", "use_asyncio_backend"]

# Unread bytes past which the transport stops reading (and below which, once read, it starts again).
_HIGH_WATER = 256 * 1024
_LOW_WATER = 64 * 1024
# RFC 8305's recommended wait before trying the next address of a host name (IPv6 and IPv4, say).
_HAPPY_EYEBALLS_DELAY = 0.25

SocketOption = tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]


class _Reader(asyncio.Protocol):
    """Keeps what the connection received until the stream reads it; wakes the one reader waiting."""

    __slots__ = ("at_eof", "buffered", "chunks", "drained", "error", "reading_paused", "transport", "waiter")

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.chunks: list[bytes] = []
        self.buffered = 0
        self.waiter: asyncio.Future[None] | None = None
        self.at_eof = False
        self.error: BaseException | None = None
        # Set while the transport's write buffer is over its high-water mark.
        self.drained: asyncio.Future[None] | None = None
        self.reading_paused = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        self.chunks.append(bytes(data))  # some loops hand over a bytearray
        self.buffered += len(data)
        if self.buffered > _HIGH_WATER and not self.reading_paused and self.transport is not None:
            self.reading_paused = True
            self.transport.pause_reading()
        self._wake()

    def eof_received(self) -> bool:
        self.at_eof = True
        self._wake()
        return False  # let the transport close: a client has nothing left to send once the server is done

    def connection_lost(self, exc: Exception | None) -> None:
        self.at_eof = True
        self.error = exc
        self._wake()
        if self.drained is not None and not self.drained.done():
            self.drained.set_result(None)

    def pause_writing(self) -> None:
        if self.drained is None or self.drained.done():
            self.drained = asyncio.get_running_loop().create_future()

    def resume_writing(self) -> None:
        if self.drained is not None and not self.drained.done():
            self.drained.set_result(None)

    def _wake(self) -> None:
        waiter, self.waiter = self.waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def take(self, max_bytes: int) -> bytes:
        chunks = self.chunks
        # Usually one chunk waits; several are taken at once, which keeps this linear however many queued up.
        chunk = chunks.pop() if len(chunks) == 1 else b"".join(chunks)
        chunks.clear()
        if len(chunk) > max_bytes:
            chunk, rest = chunk[:max_bytes], chunk[max_bytes:]
            chunks.append(rest)
        self.buffered -= len(chunk)
        if self.reading_paused and self.buffered <= _LOW_WATER and self.transport is not None:
            self.reading_paused = False
            self.transport.resume_reading()
        return chunk


async def _wait(future: asyncio.Future[None], timeout: float | None) -> None:
    """Await `future`, raising TimeoutError after `timeout` seconds (a timer, not a task per wait)."""
    if timeout is None:
        await future
        return
    timer = asyncio.get_running_loop().call_later(timeout, _expire, future)
    try:
        await future
    finally:
        timer.cancel()


def _expire(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_exception(TimeoutError())


def _readable(sock: socket.socket | None) -> bool:
    """Whether a read on the socket would return at once (data, or the end): a closed idle connection."""
    if sock is None or sock.fileno() < 0:
        return True
    if sys.platform == "win32" or not hasattr(select, "poll"):
        ready, _, _ = select.select([sock], [], [], 0)
        return bool(ready)
    poller = select.poll()
    poller.register(sock, select.POLLIN)
    return bool(poller.poll(0))


class AsyncioStream(httpcore.AsyncNetworkStream):
    """One connection, plain or TLS, as httpcore reads and writes it."""

    def __init__(self, transport: asyncio.Transport, reader: _Reader) -> None:
        self._transport = transport
        self._reader = reader

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        reader = self._reader
        if not reader.chunks and not reader.at_eof:
            if self._transport.is_closing():
                raise httpcore.ReadError("the connection is closed")
            waiter = reader.waiter = asyncio.get_running_loop().create_future()
            try:
                await _wait(waiter, timeout)
            except (TimeoutError, asyncio.TimeoutError):
                raise httpcore.ReadTimeout(f"no data within {timeout} s") from None
            finally:
                if reader.waiter is waiter:
                    reader.waiter = None
        if reader.chunks:
            return reader.take(max_bytes)
        if reader.error is not None:
            raise httpcore.ReadError(str(reader.error) or type(reader.error).__name__) from reader.error
        return b""

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        reader = self._reader
        if self._transport.is_closing():
            raise httpcore.WriteError("the connection is closed")
        self._transport.write(buffer)
        drained = reader.drained
        if drained is not None and not drained.done():
            try:
                await _wait(drained, timeout)
            except (TimeoutError, asyncio.TimeoutError):
                raise httpcore.WriteTimeout(f"the request could not be sent within {timeout} s") from None
        if reader.error is not None:
            raise httpcore.WriteError(str(reader.error) or type(reader.error).__name__) from reader.error

    async def aclose(self) -> None:
        # asyncio closes the socket in a callback: one turn of the loop lets it run before the caller goes on
        # (perhaps to block), then whatever was still unsent is dropped, as a client that hangs up means.
        self._transport.close()
        try:
            await asyncio.sleep(0)
        finally:
            self._transport.abort()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            transport = await asyncio.wait_for(
                loop.start_tls(self._transport, self._reader, ssl_context, server_hostname=server_hostname),
                timeout,
            )
        except (TimeoutError, asyncio.TimeoutError):  # one class from 3.11 on
            self._transport.close()
            raise httpcore.ConnectTimeout(f"the TLS handshake took longer than {timeout} s") from None
        except (OSError, ssl.SSLError) as exc:  # ssl.SSLError is an OSError; named for the reader
            self._transport.close()
            raise httpcore.ConnectError(str(exc)) from exc
        if transport is None:  # the connection closed during the handshake
            raise httpcore.ConnectError("the connection closed during the TLS handshake")
        self._reader.transport = transport
        return AsyncioStream(transport, self._reader)

    def get_extra_info(self, info: str) -> Any:
        transport = self._transport
        if info == "ssl_object":
            return transport.get_extra_info("ssl_object")
        if info == "client_addr":
            return transport.get_extra_info("sockname")
        if info == "server_addr":
            return transport.get_extra_info("peername")
        if info == "socket":
            return transport.get_extra_info("socket")
        if info == "is_readable":
            reader = self._reader
            if reader.chunks or reader.at_eof or transport.is_closing():
                return True
            return _readable(transport.get_extra_info("socket"))
        return None


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """Connects through the running asyncio loop; under another event loop, through httpcore's default."""

    def __init__(self) -> None:
        self._other: httpcore.AsyncNetworkBackend | None = None

    def _fallback(self) -> httpcore.AsyncNetworkBackend | None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # not asyncio: trio, or asyncio-on-trio adapters
            if self._other is None:
                self._other = httpcore.AnyIOBackend()
            return self._other
        return None

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        other = self._fallback()
        if other is not None:
            return await other.connect_tcp(host, port, timeout, local_address, socket_options)
        loop = asyncio.get_running_loop()
        connecting = loop.create_connection(
            _Reader,
            host,
            port,
            local_addr=None if local_address is None else (local_address, 0),
            happy_eyeballs_delay=None if _is_address(host) else _HAPPY_EYEBALLS_DELAY,
        )
        transport, reader = await _connected(connecting, timeout, f"{host}:{port}")
        _set_options(transport, socket_options)
        return AsyncioStream(transport, reader)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[SocketOption] | None = None
    ) -> httpcore.AsyncNetworkStream:
        other = self._fallback()
        if other is not None:
            return await other.connect_unix_socket(path, timeout, socket_options)
        connecting = asyncio.get_running_loop().create_unix_connection(_Reader, path)
        transport, reader = await _connected(connecting, timeout, path)
        _set_options(transport, socket_options)
        return AsyncioStream(transport, reader)

    async def sleep(self, seconds: float) -> None:
        other = self._fallback()
        if other is not None:
            await other.sleep(seconds)
        else:
            await asyncio.sleep(seconds)


async def _connected(connecting: Any, timeout: float | None, where: str) -> tuple[asyncio.Transport, _Reader]:
    try:
        transport, reader = await asyncio.wait_for(connecting, timeout)
    except (TimeoutError, asyncio.TimeoutError):
        raise httpcore.ConnectTimeout(f"no connection to {where} within {timeout} s") from None
    except OSError as exc:
        raise httpcore.ConnectError(str(exc)) from exc
    return cast(asyncio.Transport, transport), cast(_Reader, reader)


def _is_address(host: str) -> bool:
    """Whether `host` is an IP address: one address to try, so no racing between addresses (it costs a task)."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _set_options(transport: asyncio.Transport, options: Iterable[SocketOption] | None) -> None:
    sock = transport.get_extra_info("socket")
    for option in options or ():
        sock.setsockopt(*option)


def use_asyncio_backend(client: httpx.AsyncClient) -> bool:
    """Point the connection pools of a client we created (its own and its proxies') at AsyncioBackend.

    httpx takes no network backend as an argument, so it is set on the pools it built; the proxies httpx found in
    the environment keep working since the client is built as usual. Returns whether every pool took it (a test
    checks it does with the httpx and httpcore this package allows): a version whose insides differ keeps anyio.
    """
    backend = AsyncioBackend()
    transports = [client._transport, *client._mounts.values()]
    changed = True
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        if pool is not None and isinstance(getattr(pool, "_network_backend", None), httpcore.AsyncNetworkBackend):
            pool._network_backend = backend
        elif transport is not None:
            changed = False
    return changed
