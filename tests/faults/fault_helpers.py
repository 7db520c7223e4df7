"""Shared pieces of the fault-injection suite (imported by name: pytest puts this directory on sys.path)."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from openrouter_api.api.chat import send_chat_completion_request
from openrouter_api.models.chat_request import ChatRequest

from openrouter_ext import AsyncOpenRouter, OpenRouter
from openrouter_ext.testing import Emulator

# A key that must never show up in an error or a log line. The emulator accepts only this one, so every request
# in the suite also proves the key was sent.
API_KEY = "sk-or-v1-faultsuite-3f9c2e71d4b86a05"

USER = [{"role": "user", "content": "Hello"}]
PARAMS: dict[str, dict[str, Any]] = {
    "chat": {"model": "emulator/count", "messages": USER},
    "responses": {"model": "emulator/count", "input": "Hello"},
    "messages": {"model": "emulator/count", "max_tokens": 64, "messages": USER},
}
ROUTES = {"chat": "POST /chat/completions", "responses": "POST /responses", "messages": "POST /messages"}
ENDPOINTS = tuple(ROUTES)

# The emulated model's whole answer (Behaviour's defaults: "count" mode, 5 chunks).
FULL_TEXT = "1 2 3 4 5"

# Data events sent before the third text delta, per endpoint: a fault placed there leaves the partial "1 2".
AFTER_TWO_DELTAS = {"chat": 3, "responses": 6, "messages": 5}
TWO_DELTAS = "1 2"

# "No hang": every failure below is expected well within this, even on a loaded machine.
NO_HANG_SECONDS = 10.0


def sync_client(emu: Emulator, **options: Any) -> OpenRouter:
    options.setdefault("max_retries", 2)
    options.setdefault("timeout", 5.0)
    return OpenRouter(api_key=API_KEY, base_url=emu.base_url, **options)


def async_client(emu: Emulator, **options: Any) -> AsyncOpenRouter:
    options.setdefault("max_retries", 2)
    options.setdefault("timeout", 5.0)
    return AsyncOpenRouter(api_key=API_KEY, base_url=emu.base_url, **options)


def result_text(endpoint: str, result: Any) -> str:
    """The text of a stream's snapshot (an error's `partial`) or of its final result (the operation's typed model)."""
    text = getattr(result, "output_text" if endpoint == "responses" else "text", None)
    if isinstance(text, str):
        return text
    if endpoint == "chat":
        return str(result.choices[0].message.content or "")
    blocks = result.content if endpoint == "messages" else [part for item in result.output for part in item.content]
    return "".join(block.text for block in blocks if isinstance(getattr(block, "text", None), str))


def attempts(emu: Emulator, route: str) -> int:
    return sum(1 for request in emu.requests if request.route == route)


def assert_key_nowhere(error: BaseException | None, logs: pytest.LogCaptureFixture) -> None:
    """The key is in no error of the chain (str and repr) and in no log record the client wrote."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        assert API_KEY not in str(error)
        assert API_KEY not in repr(error)
        assert API_KEY not in repr(getattr(error, "partial", None))
        error = error.__cause__ or error.__context__
    for record in logs.records:
        assert API_KEY not in record.getMessage()
    assert API_KEY not in logs.text


def assert_all_closed(emu: Emulator) -> None:
    """The server saw every stream end and every connection close (call after closing the client)."""
    assert emu.wait_for_streams_closed(NO_HANG_SECONDS), "a stream was left open"
    assert all(not stream.open for stream in emu.streams)
    assert emu.wait_for_idle(NO_HANG_SECONDS), f"{emu.open_connections} connection(s) left open"


def chat_body() -> Any:
    """The non-streamed chat request as the generated model `client.call` takes."""
    return ChatRequest.from_dict(PARAMS["chat"])


def call_text(result: Any) -> str:
    return str(result.choices[0].message.content)


def stream_once(client: OpenRouter, endpoint: str, **options: Any) -> str:
    """Stream one answer to the end and return its text as it streamed (raises whatever the stream raises).

    The final result is asked for too, and must be complete: `final()` raises on any stream that was not.
    """
    resource = {"chat": client.chat, "responses": client.responses, "messages": client.messages}[endpoint]
    with resource.stream(**PARAMS[endpoint], **options) as stream:
        text = "".join(stream.text())
        final = stream.final()
    # A responses result is the `response.completed` the server sent, which the emulator writes without the text
    # of an injected (oversized) event; everywhere else the result holds exactly the text that streamed.
    if endpoint != "responses" or len(text) == len(FULL_TEXT):
        assert result_text(endpoint, final) == text
    return text


async def astream_once(client: AsyncOpenRouter, endpoint: str, **options: Any) -> str:
    resource = {"chat": client.chat, "responses": client.responses, "messages": client.messages}[endpoint]
    async with resource.stream(**PARAMS[endpoint], **options) as stream:
        text = "".join([piece async for piece in stream.text()])
        final = await stream.final()
    if endpoint != "responses" or len(text) == len(FULL_TEXT):
        assert result_text(endpoint, final) == text
    return text


# Where a request can meet a fault that comes before the body: a plain call or any of the streams, sync or async.
SURFACES = ("call", "acall", "stream:chat", "stream:responses", "stream:messages", "astream:chat")


def surface_route(surface: str) -> str:
    return ROUTES["chat" if surface in ("call", "acall") else surface.partition(":")[2]]


def run_surface(emu: Emulator, surface: str, **client_options: Any) -> tuple[str | BaseException, float]:
    """Send one request through `surface`; return its text or the exception it raised, and the time it took.

    The client is closed before this returns, so the emulator can then be asked whether anything was left open.
    """
    kind, _, endpoint = surface.partition(":")
    started = time.monotonic()
    outcome: str | BaseException
    try:
        if kind == "call":
            with sync_client(emu, **client_options) as client:
                outcome = call_text(client.call(send_chat_completion_request, body=chat_body()))
        elif kind == "stream":
            with sync_client(emu, **client_options) as client:
                outcome = stream_once(client, endpoint)
        else:
            outcome = asyncio.run(_run_async(emu, kind, endpoint, client_options))
    except Exception as exc:  # the outcome under test
        outcome = exc
    return outcome, time.monotonic() - started


async def _run_async(emu: Emulator, kind: str, endpoint: str, client_options: dict[str, Any]) -> str:
    async with async_client(emu, **client_options) as client:
        if kind == "acall":
            return call_text(await client.call(send_chat_completion_request, body=chat_body()))
        return await astream_once(client, endpoint)
