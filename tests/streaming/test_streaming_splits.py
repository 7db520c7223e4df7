"""Property: however the recorded bodies of the three endpoints are cut into reads, the stream reads the same."""

from __future__ import annotations

import os
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from streaming_helpers import open_sync, split_at

from openrouter_ext._exceptions import StreamError
from openrouter_ext.streaming import ChatStream, MessageStream, ResponseStream

CASSETTES = os.path.join(os.path.dirname(__file__), "cassettes")
BODIES = {
    "chat": ("test_cassette_chat_tools_and_reasoning.yaml", ChatStream),
    "chat-error": ("test_cassette_chat_error_mid_stream.yaml", ChatStream),
    "responses": ("test_cassette_responses_reasoning_text_and_call.yaml", ResponseStream),
    "responses-failed": ("test_cassette_responses_failed.yaml", ResponseStream),
    "messages": ("test_cassette_messages_thinking_text_and_tool_use.yaml", MessageStream),
    "messages-error": ("test_cassette_messages_error.yaml", MessageStream),
}


def body_of(name: str) -> bytes:
    with open(os.path.join(CASSETTES, BODIES[name][0]), encoding="utf-8") as handle:
        cassette = yaml.safe_load(handle)
    text: str = cassette["interactions"][0]["response"]["body"]["string"]
    return text.encode()


def read(name: str, parts: list[bytes]) -> tuple[list[dict[str, Any]], Any, str | None]:
    """The raw events, the result (or the partial) as a dict, and the error message if the stream failed."""
    stream_class = BODIES[name][1]
    events: list[dict[str, Any]] = []
    with open_sync(parts) as response, stream_class(response) as stream:
        try:
            events.extend(stream.events())
            return events, stream.final().to_dict(), None
        except StreamError as exc:
            return events, stream.snapshot.to_dict(), f"{type(exc).__name__}: {exc.message}"


@pytest.mark.parametrize("name", sorted(BODIES))
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(data=st.data())
def test_any_split_reads_the_same(name: str, data: st.DataObject) -> None:
    body = body_of(name)
    whole = read(name, [body])
    cuts = data.draw(st.lists(st.integers(min_value=0, max_value=len(body)), max_size=60))
    assert read(name, split_at(body, cuts)) == whole
    # And one byte per read, the harshest split of all.
    if not cuts:
        assert read(name, [body[i : i + 1] for i in range(len(body))]) == whole


def test_the_recorded_bodies_are_read_as_expected() -> None:
    # Guards the property above against comparing two equally empty readings.
    assert read("chat", [body_of("chat")])[1]["choices"][0]["message"]["content"] == "Let me check both cities."
    assert read("chat-error", [body_of("chat-error")])[2] == "StreamError: Provider returned error"
    assert read("responses", [body_of("responses")])[1]["status"] == "completed"
    assert read("messages", [body_of("messages")])[1]["stop_reason"] == "tool_use"
    assert read("messages-error", [body_of("messages-error")])[2] == "StreamError: Overloaded"
