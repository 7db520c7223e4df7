"""Assembling a streamed chat completion from its chunks.

`ChatCompletionAccumulator` is pure: feed it each decoded chunk (a dict, as it came off the wire) with `add()`, read
the running `snapshot` at any time, and call `final()` once the stream has ended. It works the same for a stream
opened by `client.chat.stream(...)` and for chunks a caller obtained any other way.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from openrouter_ext._exceptions import StreamError
from openrouter_ext.streaming._merge import error_fields, merge_value
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
    fits,
    misfit_error,
)

__all__ = [
    "ChatChoiceSnapshot",
    "ChatCompletionAccumulator",
    "ChatCompletionSnapshot",
    "ChatToolCallSnapshot",
    "chat_text_delta",
]

# Fields of a reasoning_details entry that arrive in fragments and are concatenated.
_REASONING_TEXT_KEYS = ("text", "summary", "data")

# The types of `ChatStreamChunk` fields kept as they came (in `extra`), of the `ReasoningDetailUnion` members, of a
# `ChatStreamToolCall` and of `ChatUsage` (with the counters real streams carry beyond it, see openapi/overlay.yaml).
_CHUNK_FIELDS: dict[str, str] = {
    "system_fingerprint": STRING,
    "service_tier": STRING,
    "openrouter_metadata": OBJECT,
}
_REASONING_DETAIL_FIELDS: Fields = {
    "type": STRING,
    "text": STRING,
    "summary": STRING,
    "data": STRING,
    "signature": STRING,
    "format": STRING,
    "id": STRING,
    "index": INTEGER,
    "tool_name": STRING,
    "tool_call_id": STRING,
    "arguments": STRING,
    "result": STRING,
}
_TOOL_CALL_FIELDS: Fields = {
    "index": INTEGER,
    "id": STRING,
    "type": STRING,
    "function": {"name": STRING, "arguments": STRING},
}
CHAT_USAGE_FIELDS: Fields = {
    "prompt_tokens": INTEGER,
    "completion_tokens": INTEGER,
    "total_tokens": INTEGER,
    "cost": NUMBER,
    "is_byok": BOOLEAN,
    "prompt_tokens_details": {
        "cached_tokens": INTEGER,
        "cache_write_tokens": INTEGER,
        "audio_tokens": INTEGER,
        "video_tokens": INTEGER,
    },
    "completion_tokens_details": {
        "reasoning_tokens": INTEGER,
        "image_tokens": INTEGER,
        "audio_tokens": INTEGER,
        "accepted_prediction_tokens": INTEGER,
        "rejected_prediction_tokens": INTEGER,
    },
    "cost_details": {
        "upstream_inference_cost": NUMBER,
        "upstream_inference_prompt_cost": NUMBER,
        "upstream_inference_completions_cost": NUMBER,
    },
    "server_tool_use_details": {
        "tool_calls_executed": INTEGER,
        "tool_calls_requested": INTEGER,
        "web_search_requests": INTEGER,
    },
}


@dataclass
class ChatToolCallSnapshot:
    """One tool call of a choice, assembled from its deltas.

    `id`, `type` and `name` come from the first delta that carries them; `arguments` is the concatenation of every
    `function.arguments` fragment, kept as the raw string; `parsed_arguments()` decodes it.
    """

    index: int
    id: str | None = None
    type: str | None = None
    name: str | None = None
    arguments: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    function_extra: dict[str, Any] = field(default_factory=dict)

    def parsed_arguments(self) -> Any:
        """The arguments decoded from JSON (`{}` when none were sent); ValueError if they are not valid JSON."""
        if not self.arguments.strip():
            return {}
        try:
            return json.loads(self.arguments)
        except ValueError as exc:
            raise ValueError(f"arguments of tool call {self.id or self.index} are not valid JSON: {exc}") from exc

    def to_dict(self) -> dict[str, Any]:
        function: dict[str, Any] = {"name": self.name, "arguments": self.arguments, **self.function_extra}
        out: dict[str, Any] = {"index": self.index, "id": self.id, "type": self.type or "function"}
        out["function"] = function
        out.update(self.extra)
        return out


@dataclass
class ChatChoiceSnapshot:
    """What one choice has produced so far. Text fields stay None until a fragment of them arrives."""

    index: int
    role: str | None = None
    content: str | None = None
    reasoning: str | None = None
    refusal: str | None = None
    reasoning_details: list[dict[str, Any]] = field(default_factory=list)
    tool_calls: list[ChatToolCallSnapshot] = field(default_factory=list)
    images: list[Any] = field(default_factory=list)
    annotations: list[Any] = field(default_factory=list)
    finish_reason: str | None = None
    native_finish_reason: str | None = None
    logprobs: dict[str, Any] | None = None
    error: dict[str, Any] | None = None
    # Delta keys this layer does not know, merged across chunks; choice keys it does not know, latest value.
    delta_extra: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def message_dict(self) -> dict[str, Any]:
        """The choice as the `message` object of a non-streamed completion."""
        message: dict[str, Any] = {"role": self.role or "assistant", "content": self.content}
        if self.reasoning is not None:
            message["reasoning"] = self.reasoning
        if self.refusal is not None:
            message["refusal"] = self.refusal
        if self.reasoning_details:
            message["reasoning_details"] = self.reasoning_details
        if self.tool_calls:
            message["tool_calls"] = [call.to_dict() for call in self.tool_calls]
        if self.images:
            message["images"] = self.images
        if self.annotations:
            message["annotations"] = self.annotations
        message.update(self.delta_extra)
        return message

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "index": self.index,
            "message": self.message_dict(),
            "finish_reason": self.finish_reason,
            "native_finish_reason": self.native_finish_reason,
            "logprobs": self.logprobs,
        }
        if self.error is not None:
            out["error"] = self.error
        out.update(self.extra)
        return out


@dataclass
class ChatCompletionSnapshot:
    """A chat completion as assembled so far: the running snapshot during the stream, the result after it.

    `choices` is ordered by choice index (several when `n > 1`, kept apart); `usage` is the usage object of the
    last chunk that carried one; `generation_id` comes from the X-Generation-Id header, else from the chunk id.
    """

    id: str | None = None
    object: str | None = None
    created: int | None = None
    model: str | None = None
    provider: str | None = None
    choices: list[ChatChoiceSnapshot] = field(default_factory=list)
    usage: dict[str, Any] | None = None
    error: dict[str, Any] | None = None
    generation_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The content of the first choice ("" when there is none yet)."""
        for choice in self.choices:
            if choice.index == 0:
                return choice.content or ""
        return ""

    @property
    def finish_reason(self) -> str | None:
        """The finish_reason of the first choice."""
        return self.choices[0].finish_reason if self.choices else None

    @property
    def tool_calls(self) -> list[ChatToolCallSnapshot]:
        """The tool calls of the first choice."""
        return self.choices[0].tool_calls if self.choices else []

    def to_dict(self) -> dict[str, Any]:
        """The result in the shape of a non-streamed chat completion (`object: "chat.completion"`)."""
        out: dict[str, Any] = {
            "id": self.id,
            "object": "chat.completion",
            "created": self.created,
            "model": self.model,
            "provider": self.provider,
            "choices": [choice.to_dict() for choice in self.choices],
        }
        if self.usage is not None:
            out["usage"] = self.usage
        if self.error is not None:
            out["error"] = self.error
        out.update(self.extra)
        return out


def chat_text_delta(chunk: Mapping[str, Any], choice: int = 0) -> str:
    """The content fragment a chunk carries for choice `choice` ("" when it carries none)."""
    choices = chunk.get("choices")
    if not choices:
        return ""
    for item in choices:
        if isinstance(item, Mapping) and item.get("index", 0) == choice:
            delta = item.get("delta")
            if isinstance(delta, Mapping):
                content = delta.get("content")
                if isinstance(content, str):
                    return content
    return ""


class ChatCompletionAccumulator:
    """Folds chat completion chunks into a `ChatCompletionSnapshot`.

    `add()` raises StreamError (with the snapshot as `partial`) when a chunk carries a top-level `error`, and
    MalformedEventError when a field it folds in does not have the type of `ChatStreamChunk` (the chunk is then
    folded up to that field). Either error is remembered: later `add()` and `final()` calls raise it again, so a
    partial result is never handed out as a finished one. `done` turns true with `mark_done()`, which the stream
    calls when `[DONE]` arrives.
    """

    def __init__(self, *, generation_id: str | None = None) -> None:
        self.snapshot = ChatCompletionSnapshot(generation_id=generation_id)
        self.done = False
        self.error: StreamError | None = None
        self._choices: dict[int, ChatChoiceSnapshot] = {}
        # Per choice index: the tool call currently receiving fragments for each tool call index.
        self._tool_slots: dict[int, dict[int, ChatToolCallSnapshot]] = {}

    def mark_done(self) -> None:
        self.done = True

    def add(self, chunk: Mapping[str, Any]) -> None:
        if self.error is not None:
            raise self.error
        snap = self.snapshot
        try:
            for key, value in chunk.items():
                if value is None:
                    continue
                if key == "choices":
                    if type(value) is not list:
                        raise Misfit("choices", ARRAY, value)
                    for choice in value:
                        # `type() is dict` first: decoded JSON is always a dict, and the ABC check costs more.
                        if type(choice) is not dict and not isinstance(choice, Mapping):
                            raise Misfit("choices[]", OBJECT, choice)
                        self._add_choice(choice)
                elif key == "id":
                    if type(value) is not str:
                        raise Misfit("id", STRING, value)
                    if snap.id is None:
                        snap.id = value
                        if snap.generation_id is None:
                            snap.generation_id = value
                elif key == "model":
                    if type(value) is not str:
                        raise Misfit("model", STRING, value)
                    snap.model = value
                elif key == "provider":
                    if type(value) is not str:
                        raise Misfit("provider", STRING, value)
                    snap.provider = value
                elif key == "created":
                    if type(value) is not int:
                        raise Misfit("created", INTEGER, value)
                    if snap.created is None:
                        snap.created = value
                elif key == "object":
                    if type(value) is not str:
                        raise Misfit("object", STRING, value)
                    snap.object = value
                elif key == "usage":
                    if not isinstance(value, Mapping):
                        raise Misfit("usage", OBJECT, value)
                    check_fields(value, CHAT_USAGE_FIELDS, "usage")
                    snap.usage = dict(value)
                elif key == "error":
                    snap.error = value
                else:
                    kind = _CHUNK_FIELDS.get(key)
                    if kind is not None and not fits(value, kind):
                        raise Misfit(key, kind, value)
                    snap.extra[key] = value
        except Misfit as misfit:
            self.error = misfit_error(misfit, chunk, "ChatStreamChunk", partial=snap, generation_id=snap.generation_id)
            raise self.error from None
        error = chunk.get("error")
        if error is not None:
            code, message, metadata = error_fields(error)
            self.error = StreamError(
                message, code=code, metadata=metadata, partial=snap, generation_id=snap.generation_id
            )
            raise self.error

    def _choice(self, index: int) -> ChatChoiceSnapshot:
        choice = self._choices.get(index)
        if choice is None:
            choice = self._choices[index] = ChatChoiceSnapshot(index=index)
            choices = self.snapshot.choices
            choices.append(choice)
            if len(choices) > 1 and choices[-2].index > index:
                choices.sort(key=lambda item: item.index)
        return choice

    def _add_choice(self, data: Mapping[str, Any]) -> None:
        index = data.get("index", 0)
        # Every chunk after the first names a choice already seen: one dict lookup, no method call.
        choice = self._choices.get(index) if type(index) is int else None
        if choice is None:
            if index is None:
                index = 0
            elif type(index) is not int:
                raise Misfit("choices[].index", INTEGER, index)
            choice = self._choice(index)
        for key, value in data.items():
            if value is None or key == "index":
                continue
            if key == "delta":
                if type(value) is not dict and not isinstance(value, Mapping):
                    raise Misfit(f"choices[{index}].delta", OBJECT, value)
                self._add_delta(choice, value)
            elif key == "finish_reason":
                if type(value) is not str:
                    raise Misfit(f"choices[{index}].finish_reason", STRING, value)
                choice.finish_reason = value
            elif key == "native_finish_reason":
                if type(value) is not str:
                    raise Misfit(f"choices[{index}].native_finish_reason", STRING, value)
                choice.native_finish_reason = value
            elif key == "logprobs":
                if not isinstance(value, Mapping):
                    raise Misfit(f"choices[{index}].logprobs", OBJECT, value)
                choice.logprobs = merge_value(choice.logprobs, value)
            elif key == "error":
                if not isinstance(value, (Mapping, str)):
                    raise Misfit(f"choices[{index}].error", OBJECT, value)
                choice.error = value if isinstance(value, dict) else {"message": value}
            else:
                choice.extra[key] = value

    def _add_delta(self, choice: ChatChoiceSnapshot, delta: Mapping[str, Any]) -> None:
        for key, value in delta.items():
            if value is None:
                continue
            if key == "content":
                if type(value) is not str:
                    raise Misfit(f"choices[{choice.index}].delta.content", STRING, value)
                text = choice.content
                if text is None:
                    choice.content = value
                else:
                    # `choice.content + value` copied the whole text on every chunk (quadratic). With the attribute
                    # cleared first, the local holds the only reference and CPython extends the string in place
                    # (amortised O(1)); a reader who kept the old string holds a reference too, which makes CPython
                    # copy instead, so no str is mutated.
                    choice.content = None
                    text += value
                    choice.content = text
            elif key == "reasoning":
                if type(value) is not str:
                    raise Misfit(f"choices[{choice.index}].delta.reasoning", STRING, value)
                text = choice.reasoning
                if text is None:
                    choice.reasoning = value
                else:
                    choice.reasoning = None  # in place, as for content
                    text += value
                    choice.reasoning = text
            elif key == "role":
                if type(value) is not str:
                    raise Misfit(f"choices[{choice.index}].delta.role", STRING, value)
                choice.role = value
            elif key == "reasoning_details":
                if type(value) is not list:
                    raise Misfit(f"choices[{choice.index}].delta.reasoning_details", ARRAY, value)
                for detail in value:
                    if not isinstance(detail, Mapping):
                        raise Misfit(f"choices[{choice.index}].delta.reasoning_details[]", OBJECT, detail)
                    check_fields(detail, _REASONING_DETAIL_FIELDS, f"choices[{choice.index}].delta.reasoning_details[]")
                    _add_reasoning_detail(choice.reasoning_details, detail)
            elif key == "tool_calls":
                if type(value) is not list:
                    raise Misfit(f"choices[{choice.index}].delta.tool_calls", ARRAY, value)
                for call in value:
                    if not isinstance(call, Mapping):
                        raise Misfit(f"choices[{choice.index}].delta.tool_calls[]", OBJECT, call)
                    self._add_tool_call(choice, call)
            elif key == "refusal":
                if type(value) is not str:
                    raise Misfit(f"choices[{choice.index}].delta.refusal", STRING, value)
                choice.refusal = value if choice.refusal is None else choice.refusal + value
            elif key == "images":
                if type(value) is not list:
                    raise Misfit(f"choices[{choice.index}].delta.images", ARRAY, value)
                choice.images.extend(value)
            elif key == "annotations":
                if type(value) is not list:
                    raise Misfit(f"choices[{choice.index}].delta.annotations", ARRAY, value)
                choice.annotations.extend(value)
            else:
                if key == "audio" and not isinstance(value, Mapping):
                    raise Misfit(f"choices[{choice.index}].delta.audio", OBJECT, value)
                choice.delta_extra[key] = merge_value(choice.delta_extra.get(key), value)

    def _add_tool_call(self, choice: ChatChoiceSnapshot, delta: Mapping[str, Any]) -> None:
        where = f"choices[{choice.index}].delta.tool_calls[]"
        check_fields(delta, _TOOL_CALL_FIELDS, where)
        slots = self._tool_slots.setdefault(choice.index, {})
        raw_index = delta.get("index")
        call_id = delta.get("id")
        if isinstance(raw_index, int):
            index = raw_index
        elif call_id is None and choice.tool_calls:
            index = choice.tool_calls[-1].index
        else:
            index = len(choice.tool_calls)
        call = slots.get(index)
        # Some providers send every tool call with index 0 and a fresh id: a new id at a known index is a new call.
        if call is None or (call_id and call.id and call_id != call.id):
            call = slots[index] = ChatToolCallSnapshot(index=index)
            choice.tool_calls.append(call)
        for key, value in delta.items():
            if value is None or key == "index":
                continue
            if key == "id":
                call.id = call.id or value
            elif key == "type":
                call.type = call.type or value
            elif key == "function":
                for fkey, fvalue in value.items():
                    if fvalue is None:
                        continue
                    if fkey == "arguments":
                        call.arguments += fvalue
                    elif fkey == "name":
                        call.name = call.name or fvalue
                    else:
                        call.function_extra[fkey] = merge_value(call.function_extra.get(fkey), fvalue)
            else:
                call.extra[key] = merge_value(call.extra.get(key), value)

    def final(self) -> ChatCompletionSnapshot:
        """The assembled completion.

        Raises the error an earlier `add()` raised, if one did. Raises StreamError when a choice finished with
        `"error"` (the stream carried no top-level error object, otherwise `add()` would already have raised); the
        assembled completion is its `partial`.
        """
        if self.error is not None:
            raise self.error
        for choice in self.snapshot.choices:
            if choice.finish_reason == "error":
                code, message, metadata = error_fields(choice.error or f"choice {choice.index} finished with error")
                self.error = StreamError(
                    message,
                    code=code,
                    metadata=metadata,
                    partial=self.snapshot,
                    generation_id=self.snapshot.generation_id,
                )
                raise self.error
        return self.snapshot


def _add_reasoning_detail(details: list[dict[str, Any]], fragment: Mapping[str, Any]) -> None:
    """Merge one reasoning_details fragment, keeping entries in the order they first appeared.

    A fragment continues an earlier entry with the same `type` and `index`; without an `index` it continues the
    last entry when that one has the same type and no index either. Text fields are concatenated; other fields
    keep their first non-null value unless a later one differs, in which case the later one wins.
    """
    kind = fragment.get("type")
    index = fragment.get("index")
    target: dict[str, Any] | None = None
    if index is not None:
        for entry in reversed(details):
            if entry.get("index") == index and entry.get("type") == kind:
                target = entry
                break
    elif details and details[-1].get("type") == kind and details[-1].get("index") is None:
        target = details[-1]
    if target is None:
        details.append(dict(fragment))
        return
    for key, value in fragment.items():
        if value is None:
            continue
        if key in _REASONING_TEXT_KEYS and isinstance(value, str):
            previous = target.get(key)
            target[key] = value if not isinstance(previous, str) else previous + value
        else:
            target[key] = value
