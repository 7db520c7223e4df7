"""Assembling a streamed /messages call (Anthropic format) from its events.

`message_start` gives the message envelope; each content block opens with `content_block_start`, grows with
`content_block_delta` events addressed by `index` and closes with `content_block_stop`; `message_delta` brings the
stop reason and the final usage; `message_stop` ends the message.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from typing import Any

from openrouter_ext._exceptions import StreamError
from openrouter_ext.streaming._merge import error_fields, merge_value
from openrouter_ext.streaming._models import MESSAGE_EVENT_MODELS
from openrouter_ext.streaming._shape import ARRAY, INTEGER, OBJECT, STRING, Fields, Misfit, check_fields, misfit_error

__all__ = ["MessageAccumulator", "MessageSnapshot", "message_text_delta"]

# Delta types whose one field is appended to the block field of the same name.
_APPEND_DELTAS = {"text_delta": "text", "thinking_delta": "thinking", "signature_delta": "signature"}

_BLOCK_EVENTS = frozenset({"content_block_start", "content_block_delta", "content_block_stop"})

# The types of the fields this layer reads, after the `MessagesStreamEvents` members.
_USAGE_FIELDS: Fields = {
    "input_tokens": INTEGER,
    "output_tokens": INTEGER,
    "cache_creation_input_tokens": INTEGER,
    "cache_read_input_tokens": INTEGER,
}
_MESSAGE_FIELDS: Fields = {
    "id": STRING,
    "type": STRING,
    "role": STRING,
    "model": STRING,
    "content": ARRAY,
    "stop_reason": STRING,
    "stop_sequence": STRING,
    "usage": _USAGE_FIELDS,
}
_BLOCK_FIELDS: Fields = {
    "type": STRING,
    "text": STRING,
    "thinking": STRING,
    "signature": STRING,
    "id": STRING,
    "name": STRING,
    "data": STRING,
}
_DELTA_FIELDS: Fields = {
    "type": STRING,
    "text": STRING,
    "thinking": STRING,
    "signature": STRING,
    "partial_json": STRING,
    "citation": OBJECT,
}


class MessageSnapshot:
    """A /messages result as assembled so far.

    - `message`: the message in the shape of a non-streamed answer (`id`, `role`, `model`, `content`,
      `stop_reason`, `stop_sequence`, `usage`, and whatever else the server sent);
    - `tool_input_json`: for each tool_use block index, the raw JSON assembled from `input_json_delta` fragments.
      When a block stops, its `input` becomes the parsed value; if the JSON is invalid, `input` holds the raw string
      instead, so that nothing is lost;
    - `other_events`: events of types this layer does not fold in, in arrival order.
    """

    def __init__(self, generation_id: str | None = None) -> None:
        self.message: dict[str, Any] = {"type": "message", "role": "assistant", "content": []}
        self.tool_input_json: dict[int, str] = {}
        self.generation_id = generation_id
        self.error: dict[str, Any] | None = None
        self.other_events: list[dict[str, Any]] = []

    def __repr__(self) -> str:
        return f"MessageSnapshot(id={self.id!r}, blocks={len(self.content)}, stop_reason={self.stop_reason!r})"

    @property
    def id(self) -> str | None:
        value = self.message.get("id")
        return value if isinstance(value, str) else None

    @property
    def content(self) -> list[dict[str, Any]]:
        content: list[dict[str, Any]] = self.message["content"]
        return content

    @property
    def text(self) -> str:
        """The text of all text blocks, concatenated."""
        return "".join(b["text"] for b in self.content if b.get("type") == "text" and isinstance(b.get("text"), str))

    @property
    def thinking(self) -> str:
        """The text of all thinking blocks, concatenated."""
        return "".join(
            b["thinking"] for b in self.content if b.get("type") == "thinking" and isinstance(b.get("thinking"), str)
        )

    @property
    def tool_uses(self) -> list[dict[str, Any]]:
        """The tool_use blocks (`id`, `name`, `input`)."""
        return [block for block in self.content if block.get("type") == "tool_use"]

    @property
    def stop_reason(self) -> str | None:
        value = self.message.get("stop_reason")
        return value if isinstance(value, str) else None

    @property
    def usage(self) -> dict[str, Any] | None:
        value = self.message.get("usage")
        return value if isinstance(value, dict) else None

    def to_dict(self) -> dict[str, Any]:
        """The message as a non-streamed /messages call returns it.

        A tool block whose `content_block_stop` has not come yet (the stream is still running, or was cut) shows the
        input received so far: the parsed JSON when the fragments already form a whole document, else the raw text,
        never the start event's empty placeholder.
        """
        message = copy.deepcopy(self.message)
        content = message["content"]
        for index, raw in self.tool_input_json.items():
            if index < len(content) and raw.strip():
                block = content[index]
                if block.get("input") in (None, {}, ""):
                    block["input"] = decode_tool_input(raw)
        return message


def decode_tool_input(raw: str) -> Any:
    """A tool block's input from its JSON fragments: the parsed value, or the raw text when it is not valid JSON."""
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def message_text_delta(event: Mapping[str, Any]) -> str:
    """The text fragment an event carries ("" for any other event)."""
    if event.get("type") != "content_block_delta":
        return ""
    delta = event.get("delta")
    if isinstance(delta, Mapping) and delta.get("type") == "text_delta":
        text = delta.get("text")
        if isinstance(text, str):
            return text
    return ""


class MessageAccumulator:
    """Folds /messages stream events into a `MessageSnapshot`.

    `add()` raises StreamError (with the snapshot as `partial`) on an `error` event, and MalformedEventError when
    a field it reads does not have the type of the event's schema. Either error is remembered: later `add()` and
    `final()` calls raise it again. `done` turns true on `message_stop`, or with `mark_done()` (`[DONE]`).
    """

    def __init__(self, *, generation_id: str | None = None) -> None:
        self.snapshot = MessageSnapshot(generation_id)
        self.done = False
        self.error: StreamError | None = None

    def mark_done(self) -> None:
        self.done = True

    def final(self) -> MessageSnapshot:
        """The assembled message; raises the error an earlier `add()` raised, if one did."""
        if self.error is not None:
            raise self.error
        # Blocks whose content_block_stop never came (the stream was cut) still get their input decoded.
        for index in list(self.snapshot.tool_input_json):
            self._decode_input(index)
        return self.snapshot

    def add(self, event: Mapping[str, Any]) -> None:
        if self.error is not None:
            raise self.error
        snap = self.snapshot
        try:
            self._add(event)
        except Misfit as misfit:
            kind = event.get("type")
            target = MESSAGE_EVENT_MODELS.get(kind) if isinstance(kind, str) else None
            schema = target[1] if target else "a /messages stream event"
            self.error = misfit_error(misfit, event, schema, partial=snap, generation_id=snap.generation_id)
            raise self.error from None
        except StreamError as exc:
            self.error = exc
            raise

    def _add(self, event: Mapping[str, Any]) -> None:
        kind = event.get("type")
        snap = self.snapshot
        if kind is not None and type(kind) is not str:
            raise Misfit("type", STRING, kind)
        index = event.get("index")
        if kind in _BLOCK_EVENTS and index is not None and (type(index) is not int or index < 0):
            raise Misfit("index", INTEGER, index)
        if kind == "content_block_delta":
            self._delta(event)
        elif kind == "content_block_start":
            block = event.get("content_block")
            if block is not None and not isinstance(block, Mapping):
                raise Misfit("content_block", OBJECT, block)
            if isinstance(block, Mapping) and isinstance(index, int):
                check_fields(block, _BLOCK_FIELDS, "content_block")
                self._set_block(index, copy.deepcopy(dict(block)))
            else:
                snap.other_events.append(dict(event))
        elif kind == "content_block_stop":
            if isinstance(index, int):
                self._decode_input(index)
        elif kind == "message_start":
            message = event.get("message")
            if message is not None and not isinstance(message, Mapping):
                raise Misfit("message", OBJECT, message)
            if isinstance(message, Mapping):
                check_fields(message, _MESSAGE_FIELDS, "message")
                for block in message.get("content") or ():
                    if not isinstance(block, Mapping):
                        raise Misfit("message.content[]", OBJECT, block)
                    check_fields(block, _BLOCK_FIELDS, "message.content[]")
                if snap.generation_id is None and isinstance(message.get("id"), str):
                    snap.generation_id = message["id"]
                content = snap.message["content"]
                snap.message = copy.deepcopy(dict(message))
                if not isinstance(snap.message.get("content"), list) or not snap.message["content"]:
                    snap.message["content"] = content
        elif kind == "message_delta":
            delta = event.get("delta")
            if delta is not None and not isinstance(delta, Mapping):
                raise Misfit("delta", OBJECT, delta)
            usage = event.get("usage")
            if usage is not None and not isinstance(usage, Mapping):
                raise Misfit("usage", OBJECT, usage)
            check_fields(event, {"delta": _MESSAGE_FIELDS, "usage": _USAGE_FIELDS})
            if isinstance(delta, Mapping):
                snap.message.update(copy.deepcopy(dict(delta)))
            if isinstance(usage, Mapping):
                current = snap.message.get("usage")
                if isinstance(current, dict):
                    current.update(copy.deepcopy(dict(usage)))
                else:
                    snap.message["usage"] = copy.deepcopy(dict(usage))
            for key, value in event.items():
                if key not in ("type", "delta", "usage"):
                    snap.message[key] = copy.deepcopy(value)
        elif kind == "message_stop":
            self.done = True
        elif kind == "ping":
            pass
        elif kind == "error":
            nested = event.get("error")
            error = dict(nested) if isinstance(nested, Mapping) else {k: v for k, v in event.items() if k != "type"}
            snap.error = error
            code, text, metadata = error_fields(error)
            raise StreamError(text, code=code, metadata=metadata, partial=snap, generation_id=snap.generation_id)
        else:
            snap.other_events.append(dict(event))

    def _block(self, index: int) -> dict[str, Any]:
        content = self.snapshot.content
        while len(content) <= index:
            content.append({})
        return content[index]

    def _set_block(self, index: int, block: dict[str, Any]) -> None:
        self._block(index)
        self.snapshot.content[index] = block
        if block.get("type") in ("tool_use", "server_tool_use"):
            self.snapshot.tool_input_json.setdefault(index, "")

    def _delta(self, event: Mapping[str, Any]) -> None:
        index = event.get("index")
        delta = event.get("delta")
        if delta is not None and not isinstance(delta, Mapping):
            raise Misfit("delta", OBJECT, delta)
        if not isinstance(index, int) or not isinstance(delta, Mapping):
            self.snapshot.other_events.append(dict(event))
            return
        check_fields(delta, _DELTA_FIELDS, "delta")
        block = self._block(index)
        kind = delta.get("type")
        if kind == "input_json_delta":
            fragment = delta.get("partial_json")
            if isinstance(fragment, str):
                raw = self.snapshot.tool_input_json
                raw[index] = raw.get(index, "") + fragment
            return
        if kind == "citations_delta":
            citations = block.get("citations")
            if not isinstance(citations, list):
                citations = block["citations"] = []
            citations.append(copy.deepcopy(delta.get("citation")))
            return
        field = _APPEND_DELTAS.get(kind) if isinstance(kind, str) else None
        if field is not None:
            value = delta.get(field)
            if isinstance(value, str):
                previous = block.get(field)
                block[field] = previous + value if isinstance(previous, str) else value
            return
        # A delta type this layer does not know: fold its fields into the block rather than drop them.
        for key, value in delta.items():
            if key != "type":
                block[key] = merge_value(block.get(key), value)

    def _decode_input(self, index: int) -> None:
        raw = self.snapshot.tool_input_json.get(index)
        if raw is None or index >= len(self.snapshot.content):
            return
        block = self.snapshot.content[index]
        if not raw.strip():
            block.setdefault("input", {})
            return
        block["input"] = decode_tool_input(raw)
