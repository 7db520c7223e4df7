"""Helpers for the streaming tests (imported by name: pytest puts this directory on sys.path).

SSE bodies are served through httpx.MockTransport, in whatever reads we choose.

A body is a list of parts; each part is bytes (one network read) or an exception instance (raised at that point
of the body, as httpx would raise a broken connection or a read timeout).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import httpx

Part = bytes | BaseException


def sse(*events: object, done: bool = True, newline: str = "\n") -> bytes:
    """An SSE body: each event a dict (JSON data), a str (raw lines, sent as is) or bytes; then `[DONE]`."""
    out: list[str] = []
    for event in events:
        if isinstance(event, bytes):
            out.append(event.decode())
        elif isinstance(event, str):
            out.append(event)
        else:
            out.append(f"data: {json.dumps(event, ensure_ascii=False)}{newline}{newline}")
    if done:
        out.append(f"data: [DONE]{newline}{newline}")
    return "".join(out).encode()


def split_at(body: bytes, cuts: Sequence[int]) -> list[bytes]:
    """`body` cut at the given offsets (any order, duplicates allowed), without empty reads."""
    points = sorted({0, len(body), *(min(max(c, 0), len(body)) for c in cuts)})
    return [body[a:b] for a, b in itertools.pairwise(points) if b > a]


def _headers(headers: dict[str, str] | None, content_type: str) -> dict[str, str]:
    out = {"content-type": content_type, "x-generation-id": "gen-test-1"}
    out.update(headers or {})
    return out


class _Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that arrives in the given reads and records whether it was read to the end or closed."""

    def __init__(self, parts: Sequence[Part], seen: list[str] | None) -> None:
        self.parts = parts
        self.seen = seen if seen is not None else []

    def _parts(self) -> Iterator[bytes]:
        for part in self.parts:
            if isinstance(part, BaseException):
                raise part
            yield part
        self.seen.append("exhausted")

    def __iter__(self) -> Iterator[bytes]:
        yield from self._parts()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for part in self._parts():
            yield part

    def close(self) -> None:
        self.seen.append("closed")

    async def aclose(self) -> None:
        self.seen.append("closed")


def _handler(
    parts: Sequence[Part] | bytes, headers: dict[str, str] | None, content_type: str, seen: list[str] | None
) -> httpx.MockTransport:
    body_parts: Sequence[Part] = [parts] if isinstance(parts, bytes) else parts

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=_headers(headers, content_type), stream=_Body(body_parts, seen))

    return httpx.MockTransport(handler)


@contextmanager
def open_sync(
    parts: Sequence[Part] | bytes,
    *,
    headers: dict[str, str] | None = None,
    content_type: str = "text/event-stream",
    seen: list[str] | None = None,
) -> Iterator[httpx.Response]:
    """A streaming httpx.Response whose body arrives in `parts`; `seen` records "exhausted" and "closed"."""
    transport = _handler(parts, headers, content_type, seen)
    with (
        httpx.Client(transport=transport, base_url="http://stream.test") as client,
        client.stream("POST", "/chat/completions", json={"stream": True}) as response,
    ):
        yield response


@asynccontextmanager
async def open_async(
    parts: Sequence[Part] | bytes,
    *,
    headers: dict[str, str] | None = None,
    content_type: str = "text/event-stream",
    seen: list[str] | None = None,
) -> AsyncIterator[httpx.Response]:
    """Async twin of `open_sync`."""
    transport = _handler(parts, headers, content_type, seen)
    async with (
        httpx.AsyncClient(transport=transport, base_url="http://stream.test") as client,
        client.stream("POST", "/chat/completions", json={"stream": True}) as response,
    ):
        yield response


def chunk(*choices: dict[str, Any], **top: Any) -> dict[str, Any]:
    """A chat completion chunk with realistic envelope fields around the given choices."""
    out: dict[str, Any] = {
        "id": "gen-1754400000-k3Jd9",
        "provider": "OpenAI",
        "model": "openai/gpt-4o-mini",
        "object": "chat.completion.chunk",
        "created": 1754400000,
        "choices": list(choices),
    }
    out.update(top)
    return out


def delta(index: int = 0, finish_reason: str | None = None, **fields: Any) -> dict[str, Any]:
    """One choice of a chunk carrying `fields` as its delta."""
    return {"index": index, "delta": fields, "finish_reason": finish_reason, "native_finish_reason": finish_reason}


def _check_result(stream: Any, result: Any) -> Any:
    """`final()` gave the non-streamed call's model, built from the snapshot; the snapshot is returned."""
    from openrouter_api.models.chat_result import ChatResult
    from openrouter_api.models.messages_result import MessagesResult
    from openrouter_api.models.open_responses_result import OpenResponsesResult

    snapshot = stream.snapshot
    name = type(stream).__name__.removeprefix("Async")
    expected = {"ChatStream": ChatResult, "ResponseStream": OpenResponsesResult, "MessageStream": MessagesResult}[name]
    assert type(result) is expected
    assert result.to_dict() == expected.from_dict(snapshot.to_dict()).to_dict()
    if name == "ChatStream" and snapshot.choices:
        assert result.choices[0].message.content == snapshot.choices[0].to_dict()["message"]["content"]
    return snapshot


def final_snapshot(stream: Any) -> Any:
    """`stream.final()`, checked to be the typed result; returns the running snapshot, whose helpers tests read."""
    return _check_result(stream, stream.final())


async def afinal_snapshot(stream: Any) -> Any:
    """The async twin of `final_snapshot`."""
    return _check_result(stream, await stream.final())
