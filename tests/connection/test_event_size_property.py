"""The per-event limit in the SSE decoder, over every way a stream can be cut into chunks and each line ending."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from openrouter_ext._exceptions import EventTooLargeError
from openrouter_ext._limits import LIMITS_EXTENSION, ResponseLimits
from openrouter_ext.streaming._decoder import aiter_events, iter_events

LIMIT = 64
# The counted size of an event may include up to two bytes of its line endings.
SLACK = 2


def wire(payloads: list[str], newline: str) -> bytes:
    return "".join(f"data: {payload}{newline}{newline}" for payload in payloads).encode()


def cut(body: bytes, sizes: list[int]) -> list[bytes]:
    chunks, at = [], 0
    for size in sizes:
        if at >= len(body):
            break
        chunks.append(body[at : at + size])
        at += size
    if at < len(body):
        chunks.append(body[at:])
    return chunks


def collect(source: httpx.Response) -> tuple[list[str], EventTooLargeError]:
    """The data of the events delivered before the stream raised EventTooLargeError, and the error."""
    delivered: list[str] = []
    with pytest.raises(EventTooLargeError) as caught:
        delivered.extend(event.data for event in iter_events(source))
    return delivered, caught.value


def response(chunks: list[bytes], limit: int = LIMIT) -> httpx.Response:
    return httpx.Response(
        200,
        headers={"content-type": "text/event-stream"},
        stream=httpx.ByteStream(b"") if not chunks else _Chunks(chunks),
        extensions={LIMITS_EXTENSION: ResponseLimits(max_event_bytes=limit)},
    )


class _Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.closed = False

    def __iter__(self):  # type: ignore[no-untyped-def]
        yield from self.chunks

    async def __aiter__(self):  # type: ignore[no-untyped-def]
        for chunk in self.chunks:
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


payload_sizes = st.lists(st.integers(min_value=1, max_value=LIMIT - len("data: ") - SLACK), min_size=1, max_size=12)
newlines = st.sampled_from(["\n", "\r\n", "\r"])
chunk_sizes = st.lists(st.integers(min_value=1, max_value=3 * LIMIT), max_size=40)


@given(payload_sizes, newlines, chunk_sizes)
# A CRLF event end cut after its first CRLF: the LF still to come once counted as one byte too many.
@example(sizes=[1, 1, 1, 1, 1, 22, 56], newline="\r\n", splits=[1, 1, 1, 1, 1, 1, 1, 144])
def test_events_within_the_limit_all_arrive(sizes: list[int], newline: str, splits: list[int]) -> None:
    payloads = ["x" * size for size in sizes]
    events = list(iter_events(response(cut(wire(payloads, newline), splits))))
    assert [event.data for event in events] == payloads


@given(payload_sizes, st.integers(min_value=0, max_value=12), newlines, chunk_sizes, st.integers(1, 4 * LIMIT))
def test_an_oversized_event_is_refused_after_the_ones_before_it(
    sizes: list[int], position: int, newline: str, splits: list[int], extra: int
) -> None:
    payloads = ["x" * size for size in sizes]
    at = min(position, len(payloads))
    oversized = "y" * (LIMIT + extra)
    payloads.insert(at, oversized)
    source = response(cut(wire(payloads, newline), splits))
    delivered, error = collect(source)
    assert delivered == payloads[:at]
    assert error.max_bytes == LIMIT
    assert error.size > LIMIT
    assert source.stream.closed  # type: ignore[attr-defined]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_a_cut_right_after_an_event_end_still_delivers_that_event(newline: str) -> None:
    first = wire(["a"], newline)
    source = response([first, wire(["b" * 200], newline)])
    delivered, _ = collect(source)
    assert delivered == ["a"]


async def test_async_refuses_the_same() -> None:
    payloads = ["a" * 10, "b" * 200, "c"]
    source = response(cut(wire(payloads, "\n"), [7, 300]))
    delivered: list[str] = []

    async def read() -> None:
        async for event in aiter_events(source):
            delivered.append(event.data)

    with pytest.raises(EventTooLargeError):
        await read()
    assert delivered == ["a" * 10]
    assert source.stream.closed  # type: ignore[attr-defined]


def test_a_response_from_elsewhere_gets_the_default_limit() -> None:
    body = wire(["z" * (8 * 1024 * 1024)], "\n")
    plain = httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=_Chunks([body]))
    with pytest.raises(EventTooLargeError) as caught:
        list(iter_events(plain))
    assert caught.value.max_bytes == 8 * 1024 * 1024
