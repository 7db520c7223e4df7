"""Assembling a streamed /responses call from its events.

Every event carries `type` (and `sequence_number`); lifecycle events carry the whole `response`, item events
address an output item by `output_index` and a part by `content_index` or `summary_index`. The accumulator keeps
the latest lifecycle `response` and rebuilds each output item from the item, part and delta events, so that a
result exists even when `response.completed` never arrives.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any, cast

from openrouter_ext._exceptions import StreamError
from openrouter_ext.streaming._merge import error_fields
from openrouter_ext.streaming._models import RESPONSE_EVENT_MODELS
from openrouter_ext.streaming._shape import (
    ARRAY,
    BOOLEAN,
    INTEGER,
    NUMBER,
    OBJECT,
    STRING,
    Fields,
    Misfit,
    check_fields,
    misfit_error,
)

__all__ = ["ResponseAccumulator", "ResponseSnapshot", "response_text_delta"]

_LIFECYCLE = frozenset({"response.created", "response.queued", "response.in_progress"})
_TERMINAL = frozenset({"response.completed", "response.incomplete"})

# The types of the fields this layer reads, after the `StreamEvents` members, `OpenResponsesResult`, its output
# items and their parts, and its usage (with the cost fields real streams carry, see openapi/overlay.yaml).
_EVENT_FIELDS: Fields = {
    "output_index": INTEGER,
    "content_index": INTEGER,
    "summary_index": INTEGER,
    "item_id": STRING,
    "sequence_number": INTEGER,
}
_USAGE_FIELDS: Fields = {
    "input_tokens": INTEGER,
    "output_tokens": INTEGER,
    "total_tokens": INTEGER,
    "cost": NUMBER,
    "is_byok": BOOLEAN,
    "input_tokens_details": {"cached_tokens": INTEGER, "cache_write_tokens": INTEGER},
    "output_tokens_details": {"reasoning_tokens": INTEGER},
    "cost_details": {
        "upstream_inference_cost": NUMBER,
        "upstream_inference_input_cost": NUMBER,
        "upstream_inference_output_cost": NUMBER,
    },
}
_RESPONSE_FIELDS: Fields = {
    "id": STRING,
    "object": STRING,
    "status": STRING,
    "model": STRING,
    "created_at": INTEGER,
    "output": ARRAY,
    "error": OBJECT,
    "usage": _USAGE_FIELDS,
}
_ITEM_FIELDS: Fields = {
    "type": STRING,
    "id": STRING,
    "status": STRING,
    "role": STRING,
    "call_id": STRING,
    "name": STRING,
    "arguments": STRING,
    "content": ARRAY,
    "summary": ARRAY,
}
_PART_FIELDS: Fields = {"type": STRING, "text": STRING, "refusal": STRING, "annotations": ARRAY}


def _check_part(part: object, where: str) -> None:
    if not isinstance(part, Mapping):
        raise Misfit(where, OBJECT, part)
    check_fields(part, _PART_FIELDS, where)


def _check_item(item: object, where: str) -> None:
    if not isinstance(item, Mapping):
        raise Misfit(where, OBJECT, item)
    check_fields(item, _ITEM_FIELDS, where)
    for field in ("content", "summary"):
        for part in item.get(field) or ():
            _check_part(part, f"{where}.{field}[]")


def _check_response(response: object) -> None:
    if not isinstance(response, Mapping):
        raise Misfit("response", OBJECT, response)
    check_fields(response, _RESPONSE_FIELDS, "response")
    for item in response.get("output") or ():
        _check_item(item, "response.output[]")


class ResponseSnapshot:
    """A /responses result as assembled so far.

    - `response`: the `response` object of the latest lifecycle event (the complete one after
      `response.completed`), or None before the first;
    - `output`: the output items rebuilt from the item and delta events, in `output_index` order;
    - `other_events`: events of types this layer does not fold in, in arrival order (nothing is dropped).
    """

    def __init__(self, generation_id: str | None = None) -> None:
        self.response: dict[str, Any] | None = None
        self.items: dict[int, dict[str, Any]] = {}
        self.completed = False
        self.error: dict[str, Any] | None = None
        self.generation_id = generation_id
        self.other_events: list[dict[str, Any]] = []

    def __repr__(self) -> str:
        status = self.response.get("status") if self.response else None
        return f"ResponseSnapshot(id={self.id!r}, status={status!r}, output_items={len(self.items)})"

    @property
    def id(self) -> str | None:
        value = self.response.get("id") if self.response else None
        return value if isinstance(value, str) else None

    @property
    def status(self) -> str | None:
        value = self.response.get("status") if self.response else None
        return value if isinstance(value, str) else None

    @property
    def usage(self) -> dict[str, Any] | None:
        value = self.response.get("usage") if self.response else None
        return value if isinstance(value, dict) else None

    @property
    def output(self) -> list[dict[str, Any]]:
        """The output items: those of the final `response` when it lists them, else the ones rebuilt from deltas."""
        if self.completed and self.response and isinstance(self.response.get("output"), list):
            final_output: list[dict[str, Any]] = self.response["output"]
            if final_output:
                return final_output
        return [self.items[index] for index in sorted(self.items)]

    @property
    def output_text(self) -> str:
        """All `output_text` parts of all message items, concatenated."""
        return "".join(_texts(self.output, "message", "content", "output_text", "text"))

    @property
    def reasoning_text(self) -> str:
        """The reasoning text of all reasoning items, concatenated."""
        return "".join(_texts(self.output, "reasoning", "content", "reasoning_text", "text"))

    @property
    def reasoning_summaries(self) -> list[str]:
        """Each reasoning summary part, in order."""
        return list(_texts(self.output, "reasoning", "summary", "summary_text", "text"))

    @property
    def function_calls(self) -> list[dict[str, Any]]:
        """The `function_call` items (`call_id`, `name`, `arguments` as the raw JSON string)."""
        return [item for item in self.output if item.get("type") == "function_call"]

    def to_dict(self) -> dict[str, Any]:
        """The result in the shape of a non-streamed response: the final `response` with its output filled in."""
        out: dict[str, Any] = copy.deepcopy(self.response) if self.response else {"object": "response"}
        out["output"] = copy.deepcopy(self.output)
        if self.error is not None and "error" not in out:
            out["error"] = self.error
        return out


def _texts(items: list[dict[str, Any]], item_type: str, field: str, part_type: str, key: str) -> list[str]:
    out: list[str] = []
    for item in items:
        if item.get("type") != item_type:
            continue
        parts = item.get(field)
        if not isinstance(parts, list):
            continue
        for part in parts:
            if isinstance(part, Mapping) and part.get("type") == part_type and isinstance(part.get(key), str):
                out.append(part[key])
    return out


def response_text_delta(event: Mapping[str, Any]) -> str:
    """The output text fragment an event carries ("" for any other event)."""
    if event.get("type") == "response.output_text.delta":
        value = event.get("delta")
        if isinstance(value, str):
            return value
    return ""


class ResponseAccumulator:
    """Folds /responses stream events into a `ResponseSnapshot`.

    `add()` raises StreamError (with the snapshot as `partial`) on an `error` event and on `response.failed`, and
    MalformedEventError when a field it reads does not have the type of the event's schema. Either error is
    remembered: later `add()` and `final()` calls raise it again. `done` turns true on `response.completed` /
    `response.incomplete`, or with `mark_done()` (`[DONE]`).
    """

    def __init__(self, *, generation_id: str | None = None) -> None:
        self.snapshot = ResponseSnapshot(generation_id)
        self.done = False
        self.error: StreamError | None = None
        self._index_by_item_id: dict[str, int] = {}

    def mark_done(self) -> None:
        self.done = True

    def final(self) -> ResponseSnapshot:
        """The assembled response; raises the error an earlier `add()` raised, if one did."""
        if self.error is not None:
            raise self.error
        return self.snapshot

    def add(self, event: Mapping[str, Any]) -> None:
        if self.error is not None:
            raise self.error
        snap = self.snapshot
        try:
            self._add(event)
        except Misfit as misfit:
            self.error = misfit_error(misfit, event, _schema(event), partial=snap, generation_id=snap.generation_id)
            raise self.error from None
        except StreamError as exc:
            self.error = exc
            raise

    def _add(self, event: Mapping[str, Any]) -> None:
        kind = event.get("type")
        snap = self.snapshot
        if kind is not None and type(kind) is not str:
            raise Misfit("type", STRING, kind)
        if kind in _LIFECYCLE or kind in _TERMINAL or kind == "response.failed":
            response = event.get("response")
            if response is not None:
                _check_response(response)
                snap.response = copy.deepcopy(dict(response))
                if snap.generation_id is None and isinstance(response.get("id"), str):
                    snap.generation_id = response["id"]
            if kind in _TERMINAL:
                snap.completed = True
                self.done = True
            elif kind == "response.failed":
                self.done = True
                error = snap.response.get("error") if snap.response else None
                snap.error = error if isinstance(error, dict) else {"message": "the response failed"}
                self._raise(snap.error)
            return
        if kind == "error":
            nested = event.get("error")
            error = dict(nested) if isinstance(nested, Mapping) else {k: v for k, v in event.items() if k != "type"}
            snap.error = error
            self._raise(error)
        handler = _HANDLERS.get(kind) if isinstance(kind, str) else None
        if handler is None:
            snap.other_events.append(dict(event))
            return
        check_fields(event, _EVENT_FIELDS)
        handler(self, event)

    def _raise(self, error: object) -> None:
        code, message, metadata = error_fields(error)
        raise StreamError(
            message, code=code, metadata=metadata, partial=self.snapshot, generation_id=self.snapshot.generation_id
        )

    # Addressing items and parts.

    def _item(self, event: Mapping[str, Any], default_type: str) -> dict[str, Any]:
        index = event.get("output_index")
        item_id = event.get("item_id")
        if not isinstance(index, int):
            index = self._index_by_item_id.get(item_id, len(self.snapshot.items)) if isinstance(item_id, str) else 0
        item = self.snapshot.items.get(index)
        if item is None:
            item = self.snapshot.items[index] = {"type": default_type}
            if isinstance(item_id, str):
                item["id"] = item_id
        if isinstance(item_id, str):
            self._index_by_item_id.setdefault(item_id, index)
        return item

    def _set_item(self, event: Mapping[str, Any]) -> None:
        value = event.get("item")
        if value is None:
            self.snapshot.other_events.append(dict(event))
            return
        _check_item(value, "item")
        item = copy.deepcopy(dict(cast(Mapping[str, Any], value)))
        index = event.get("output_index")
        if not isinstance(index, int):
            item_id = item.get("id")
            index = self._index_by_item_id.get(item_id, len(self.snapshot.items)) if isinstance(item_id, str) else 0
        self.snapshot.items[index] = item
        if isinstance(item.get("id"), str):
            self._index_by_item_id.setdefault(item["id"], index)


_Handler = Callable[[ResponseAccumulator, Mapping[str, Any]], None]


def _slot(item: dict[str, Any], field: str, index: object, default: dict[str, Any]) -> dict[str, Any]:
    """The part at `index` of `item[field]`, created (with placeholders before it) when missing."""
    parts = item.get(field)
    if not isinstance(parts, list):
        parts = item[field] = []
    position = index if isinstance(index, int) and index >= 0 else max(len(parts) - 1, 0)
    while len(parts) <= position:
        parts.append(dict(default))
    part = parts[position]
    if not isinstance(part, dict):
        part = parts[position] = dict(default)
    return part


def _item_added(acc: ResponseAccumulator, event: Mapping[str, Any]) -> None:
    acc._set_item(event)


def _content_part(acc: ResponseAccumulator, event: Mapping[str, Any]) -> None:
    part = event.get("part")
    if part is not None:
        _check_part(part, "part")
    item = acc._item(event, "message")
    if isinstance(part, Mapping):
        slot = _slot(item, "content", event.get("content_index"), {})
        slot.clear()
        slot.update(copy.deepcopy(dict(part)))


def _summary_part(acc: ResponseAccumulator, event: Mapping[str, Any]) -> None:
    part = event.get("part")
    if part is not None:
        _check_part(part, "part")
    item = acc._item(event, "reasoning")
    if isinstance(part, Mapping):
        slot = _slot(item, "summary", event.get("summary_index"), {})
        slot.clear()
        slot.update(copy.deepcopy(dict(part)))


def _text_handler(item_type: str, field: str, index_key: str, part_type: str, key: str, *, done: bool) -> _Handler:
    """A handler that appends an event's `delta` (or, for `.done`, sets its full value) on one part's `key`."""
    source = key if done else "delta"

    def handle(acc: ResponseAccumulator, event: Mapping[str, Any]) -> None:
        value = event.get(source)
        if value is not None and type(value) is not str:
            raise Misfit(source, STRING, value)
        item = acc._item(event, item_type)
        default: dict[str, Any] = {"type": part_type, key: ""}
        if part_type == "output_text":
            default["annotations"] = []
        part = _slot(item, field, event.get(index_key), default)
        if not isinstance(value, str):
            return
        if done:
            part[key] = value
        else:
            previous = part.get(key)
            part[key] = previous + value if isinstance(previous, str) else value

    return handle


def _annotation(acc: ResponseAccumulator, event: Mapping[str, Any]) -> None:
    annotation = event.get("annotation")
    if annotation is not None and not isinstance(annotation, Mapping):
        raise Misfit("annotation", OBJECT, annotation)
    item = acc._item(event, "message")
    part = _slot(item, "content", event.get("content_index"), {"type": "output_text", "text": "", "annotations": []})
    annotations = part.get("annotations")
    if not isinstance(annotations, list):
        annotations = part["annotations"] = []
    annotations.append(copy.deepcopy(event.get("annotation")))


def _arguments(done: bool) -> _Handler:
    def handle(acc: ResponseAccumulator, event: Mapping[str, Any]) -> None:
        field = "arguments" if done else "delta"
        value = event.get(field)
        if value is not None and type(value) is not str:
            raise Misfit(field, STRING, value)
        item = acc._item(event, "function_call")
        if value is None:
            return
        previous = item.get("arguments")
        item["arguments"] = value if done or not isinstance(previous, str) else previous + value

    return handle


def _schema(event: Mapping[str, Any]) -> str:
    """The name the published document gives the schema of `event`'s type, for error messages."""
    kind = event.get("type")
    target = RESPONSE_EVENT_MODELS.get(kind) if isinstance(kind, str) else None
    return target[1] if target else "a /responses stream event"


_HANDLERS: dict[str, _Handler] = {
    "response.output_item.added": _item_added,
    "response.output_item.done": _item_added,
    "response.content_part.added": _content_part,
    "response.content_part.done": _content_part,
    "response.reasoning_summary_part.added": _summary_part,
    "response.reasoning_summary_part.done": _summary_part,
    "response.output_text.delta": _text_handler(
        "message", "content", "content_index", "output_text", "text", done=False
    ),
    "response.output_text.done": _text_handler("message", "content", "content_index", "output_text", "text", done=True),
    "response.refusal.delta": _text_handler("message", "content", "content_index", "refusal", "refusal", done=False),
    "response.refusal.done": _text_handler("message", "content", "content_index", "refusal", "refusal", done=True),
    "response.reasoning_text.delta": _text_handler(
        "reasoning", "content", "content_index", "reasoning_text", "text", done=False
    ),
    "response.reasoning_text.done": _text_handler(
        "reasoning", "content", "content_index", "reasoning_text", "text", done=True
    ),
    "response.reasoning_summary_text.delta": _text_handler(
        "reasoning", "summary", "summary_index", "summary_text", "text", done=False
    ),
    "response.reasoning_summary_text.done": _text_handler(
        "reasoning", "summary", "summary_index", "summary_text", "text", done=True
    ),
    "response.output_text.annotation.added": _annotation,
    "response.function_call_arguments.delta": _arguments(False),
    "response.function_call_arguments.done": _arguments(True),
}
