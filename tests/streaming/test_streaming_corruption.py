"""Property: corrupting any one event of a recorded stream never yields a shorter result without an error.

The streams are the real recordings in tests/recorded/*.sse (chat and responses) and, for /messages, of which no
real recording exists, the bodies of this folder's messages cassettes. One event is corrupted in one of three ways:

- its JSON is cut short (invalid JSON);
- one value in it, at any depth, is replaced by a value of another JSON type;
- the body ends inside or right after it (the stream is cut short).

The stream must then either raise a typed StreamError whose `partial` is the stream's snapshot and whose generation
id is the stream's, and raise it again on every later read; or, where the corruption is harmless, give exactly the
result the untouched stream gives (the answer's texts, tool calls, finish reasons, usage).
"""

from __future__ import annotations

import glob
import json
import os
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from streaming_helpers import final_snapshot, open_sync

from openrouter_ext._exceptions import StreamError
from openrouter_ext.streaming import (
    ChatCompletionSnapshot,
    ChatStream,
    MessageSnapshot,
    MessageStream,
    ResponseSnapshot,
    ResponseStream,
)

HERE = os.path.dirname(__file__)
RECORDED = os.path.join(os.path.dirname(HERE), "recorded")
GENERATION_ID = "gen-test-1"  # the X-Generation-Id header streaming_helpers serves


def _cassette_body(name: str) -> bytes:
    with open(os.path.join(HERE, "cassettes", name), encoding="utf-8") as handle:
        text: str = yaml.safe_load(handle)["interactions"][0]["response"]["body"]["string"]
    return text.encode()


def _bodies() -> dict[str, tuple[bytes, type[Any]]]:
    out: dict[str, tuple[bytes, type[Any]]] = {}
    for path in sorted(glob.glob(os.path.join(RECORDED, "*.sse"))):
        with open(path, "rb") as handle:
            body = handle.read()
        name = os.path.basename(path)
        out[name] = (body, ResponseStream if name.startswith("responses.") else ChatStream)
    for name in ("test_cassette_messages_thinking_text_and_tool_use.yaml", "test_cassette_messages_error.yaml"):
        out[name] = (_cassette_body(name), MessageStream)
    return out


BODIES = _bodies()


def result_of(result: object) -> object:
    """What a user reads as the answer."""
    if isinstance(result, ChatCompletionSnapshot):
        return (
            result.id,
            result.model,
            result.provider,
            result.usage,
            [
                (
                    c.index,
                    c.role,
                    c.content,
                    c.reasoning,
                    c.refusal,
                    c.reasoning_details,
                    [(t.index, t.id, t.type, t.name, t.arguments) for t in c.tool_calls],
                    c.finish_reason,
                    c.native_finish_reason,
                )
                for c in result.choices
            ],
        )
    if isinstance(result, ResponseSnapshot):
        return (
            result.id,
            result.status,
            result.usage,
            result.output_text,
            result.reasoning_text,
            result.reasoning_summaries,
            [(c.get("call_id"), c.get("name"), c.get("arguments")) for c in result.function_calls],
        )
    assert isinstance(result, MessageSnapshot)
    return (result.id, result.text, result.thinking, result.tool_uses, result.stop_reason, result.usage)


def read(stream_class: type[Any], body: bytes) -> tuple[object, StreamError | None, Any]:
    """The result (None if the stream failed), the error, and the stream."""
    with open_sync([body]) as response, stream_class(response) as stream:
        try:
            return final_snapshot(stream), None, stream
        except StreamError as exc:
            error = exc
        # Remembered: every later read raises the same error.
        for again in (stream.final, lambda: list(stream.text()), lambda: list(stream)):
            with pytest.raises(StreamError) as info:
                again()
            assert info.value is error
        return None, error, stream


def blocks(body: bytes) -> list[bytes]:
    """The body's SSE blocks, each with its blank line (the recordings use LF only)."""
    parts = body.split(b"\n\n")
    out = [part + b"\n\n" for part in parts[:-1]]
    if parts[-1]:
        out.append(parts[-1])
    return out


def data_blocks(body: bytes) -> list[int]:
    return [i for i, block in enumerate(blocks(body)) if b"data: {" in block]


def paths(value: object, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a non-null value inside `value` (not the root)."""
    out: list[tuple[Any, ...]] = []
    items: list[tuple[Any, Any]] = []
    if isinstance(value, dict):
        items = list(value.items())
    elif isinstance(value, list):
        items = list(enumerate(value))
    for key, item in items:
        if item is None:
            continue
        out.append((*prefix, key))
        out.extend(paths(item, (*prefix, key)))
    return out


def json_kind(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return type(value).__name__


OTHER_VALUES: list[object] = [7, "oops", [], {}, True]


def replace_at(event: Any, path: tuple[Any, ...], value: object) -> None:
    target = event
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


def split_event(block: bytes) -> tuple[bytes, bytes, bytes]:
    """`block` as (what precedes the JSON, the JSON, what follows it)."""
    start = block.index(b"data: {") + len(b"data: ")
    end = block.index(b"\n", start) if b"\n" in block[start:] else len(block)
    return block[:start], block[start:end], block[end:]


@pytest.mark.parametrize("name", sorted(BODIES))
def test_the_untouched_recordings_read_to_their_known_outcome(name: str) -> None:
    # Guards the property below against comparing two equally empty readings.
    body, stream_class = BODIES[name]
    result, error, _ = read(stream_class, body)
    if "error" in name:
        assert error is not None
        assert type(error) is StreamError
    else:
        assert error is None
        answer = result_of(result)
        assert answer
        assert any(isinstance(part, str) and part for part in answer)  # type: ignore[union-attr]
    assert len(data_blocks(body)) >= 3


@pytest.mark.parametrize("name", sorted(BODIES))
@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_one_corrupted_event_raises_or_changes_nothing(name: str, data: st.DataObject) -> None:
    body, stream_class = BODIES[name]
    original, original_error, _ = read(stream_class, body)
    parts = blocks(body)
    index = data.draw(st.sampled_from(data_blocks(body)), label="event")
    before, payload, after = split_event(parts[index])
    how = data.draw(st.sampled_from(["invalid json", "wrong type", "cut stream"]), label="corruption")
    if how == "invalid json":
        cut = data.draw(st.integers(min_value=1, max_value=len(payload) - 1), label="json cut")
        parts[index] = before + payload[:cut] + after
        corrupted = b"".join(parts)
    elif how == "wrong type":
        event = json.loads(payload)
        path = data.draw(st.sampled_from(paths(event)), label="path")
        old = event
        for key in path:
            old = old[key]
        value = data.draw(st.sampled_from([v for v in OTHER_VALUES if json_kind(v) != json_kind(old)]), label="value")
        replace_at(event, path, value)
        parts[index] = before + json.dumps(event, ensure_ascii=False).encode() + after
        corrupted = b"".join(parts)
    else:
        head = b"".join(parts[:index])
        cut = data.draw(st.integers(min_value=1, max_value=len(parts[index])), label="body cut")
        corrupted = head + parts[index][:cut]

    check(stream_class, corrupted, original, original_error)


def check(stream_class: type[Any], corrupted: bytes, original: object, original_error: StreamError | None) -> None:
    result, error, stream = read(stream_class, corrupted)
    if error is not None:
        assert isinstance(error, StreamError)
        assert error.partial is not None
        assert error.partial is stream.snapshot
        assert error.generation_id == GENERATION_ID
        return
    # No error: only a harmless corruption may get here, and the answer must be the untouched one.
    assert original_error is None, f"the untouched stream fails with {original_error!r}, the corrupted one does not"
    assert result_of(result) == result_of(original), corrupted.decode(errors="replace")


@pytest.mark.parametrize("name", sorted(BODIES))
def test_every_value_of_every_event_replaced_by_every_other_type(name: str) -> None:
    # The same property, swept exhaustively for the corruption random draws reach least often: one value deep in
    # one event (the text of one part of `response.completed`, say) among hundreds.
    body, stream_class = BODIES[name]
    original, original_error, _ = read(stream_class, body)
    parts = blocks(body)
    for index in data_blocks(body):
        before, payload, after = split_event(parts[index])
        event = json.loads(payload)
        for path in paths(event):
            old = event
            for key in path:
                old = old[key]
            for value in OTHER_VALUES:
                if json_kind(value) == json_kind(old):
                    continue
                changed = json.loads(payload)
                replace_at(changed, path, value)
                line = before + json.dumps(changed, ensure_ascii=False).encode() + after
                check(stream_class, b"".join([*parts[:index], line, *parts[index + 1 :]]), original, original_error)


@pytest.mark.parametrize("name", sorted(BODIES))
def test_every_event_cut_short_and_the_stream_cut_at_every_event(name: str) -> None:
    body, stream_class = BODIES[name]
    original, original_error, _ = read(stream_class, body)
    parts = blocks(body)
    for index in data_blocks(body):
        before, payload, after = split_event(parts[index])
        for cut in (1, len(payload) // 2, len(payload) - 1):
            check(
                stream_class,
                b"".join([*parts[:index], before + payload[:cut] + after, *parts[index + 1 :]]),
                original,
                original_error,
            )
        head = b"".join(parts[:index])
        for cut in (0, len(parts[index]) // 2, len(parts[index]) - 1, len(parts[index])):
            check(stream_class, head + parts[index][:cut], original, original_error)
