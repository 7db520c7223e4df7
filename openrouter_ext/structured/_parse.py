"""Reading a structured answer: the parsed results, and the checks that make every failure typed.

The answer is read from the JSON body as it came off the wire (not from the typed model), so a field the typed
model would not carry is still seen. In order:

1. a refusal (chat `message.refusal`, a /responses `refusal` content part, or a content filter) -> RefusalError;
2. a cut-off answer (chat `finish_reason: "length"`, /responses `incomplete` for `max_output_tokens`)
   -> OutputTruncatedError, even when the text so far happens to parse;
3. content that is missing, not JSON, or does not fit the type -> OutputValidationError with every problem.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from openrouter_ext.structured._errors import OutputTruncatedError, OutputValidationError, RefusalError
from openrouter_ext.structured._schema import OutputSpec
from openrouter_ext.structured._types import Invalid

if TYPE_CHECKING:
    from openrouter_api.models.chat_result import ChatResult
    from openrouter_api.models.open_responses_result import OpenResponsesResult

    from openrouter_ext.streaming import ChatCompletionSnapshot

__all__ = [
    "ParsedChatCompletion",
    "ParsedChatStreamResult",
    "ParsedResponse",
    "chat_answer",
    "parse_answer",
    "responses_answer",
]

T = TypeVar("T")


@dataclass(frozen=True)
class ParsedChatCompletion(Generic[T]):
    """What `client.chat.parse(...)` returns: `parsed` (a T), beside the typed `result` it was read from.

    `content` is the JSON text the model sent; `http_response` the httpx.Response (headers, generation id).
    """

    parsed: T
    result: ChatResult
    content: str
    http_response: httpx.Response = field(repr=False)

    @property
    def generation_id(self) -> str | None:
        value = self.http_response.headers.get("x-generation-id")
        return value if isinstance(value, str) else self.result.id

    @property
    def usage(self) -> Any:
        """The typed usage (`ChatUsage`, with `cost`), UNSET when the answer carried none."""
        return self.result.usage


@dataclass(frozen=True)
class ParsedResponse(Generic[T]):
    """What `client.responses.parse(...)` returns: `parsed` (a T) beside the typed `result` (OpenResponsesResult)."""

    parsed: T
    result: OpenResponsesResult
    content: str
    http_response: httpx.Response = field(repr=False)

    @property
    def generation_id(self) -> str | None:
        value = self.http_response.headers.get("x-generation-id")
        return value if isinstance(value, str) else self.result.id

    @property
    def usage(self) -> Any:
        return self.result.usage


@dataclass(frozen=True)
class ParsedChatStreamResult(Generic[T]):
    """The final result of `client.chat.stream(..., response_format=T)`.

    `parsed` (a T) beside `result`, the typed ChatResult the stream's `final()` gives, and `snapshot`, the
    assembled stream (its usage, reasoning, generation id).
    """

    parsed: T
    result: ChatResult
    snapshot: ChatCompletionSnapshot = field(repr=False)
    content: str

    @property
    def generation_id(self) -> str | None:
        return self.snapshot.generation_id

    @property
    def usage(self) -> Any:
        return self.result.usage


@dataclass(frozen=True)
class Answer:
    """The parts of an answer the checks look at, whichever endpoint it came from."""

    content: str | None
    refusal: str | None
    filtered: bool
    truncated: bool
    finish: str | None


def chat_answer(body: Mapping[str, Any], choice: int = 0) -> Answer:
    """The answer of choice `choice` of a chat completion body (or a stream snapshot's `to_dict()`)."""
    choices = body.get("choices")
    picked: Mapping[str, Any] = {}
    if isinstance(choices, list):
        for item in choices:
            if isinstance(item, Mapping) and item.get("index", 0) == choice:
                picked = item
                break
    message = picked.get("message")
    message = message if isinstance(message, Mapping) else {}
    content = message.get("content")
    if isinstance(content, list):  # content parts: the text parts, joined
        content = "".join(
            str(part.get("text", "")) for part in content if isinstance(part, Mapping) and part.get("type") == "text"
        )
    refusal = message.get("refusal")
    finish = picked.get("finish_reason")
    return Answer(
        content=content if isinstance(content, str) else None,
        refusal=refusal if isinstance(refusal, str) and refusal else None,
        filtered=finish == "content_filter",
        truncated=finish == "length",
        finish=finish if isinstance(finish, str) else None,
    )


def responses_answer(body: Mapping[str, Any]) -> Answer:
    """The answer of a /responses body: its output_text parts joined, refusal parts, the incomplete reason."""
    texts: list[str] = []
    refusals: list[str] = []
    output = body.get("output")
    for item in output if isinstance(output, list) else []:
        if not isinstance(item, Mapping) or item.get("type") != "message":
            continue
        parts = item.get("content")
        for part in parts if isinstance(parts, list) else []:
            if not isinstance(part, Mapping):
                continue
            if part.get("type") == "output_text" and isinstance(part.get("text"), str):
                texts.append(part["text"])
            elif part.get("type") == "refusal" and isinstance(part.get("refusal"), str):
                refusals.append(part["refusal"])
    details = body.get("incomplete_details")
    reason = details.get("reason") if isinstance(details, Mapping) else None
    status = body.get("status")
    return Answer(
        content="".join(texts) if texts else None,
        refusal="".join(refusals) or None,
        filtered=status == "incomplete" and reason == "content_filter",
        truncated=status == "incomplete" and reason == "max_output_tokens",
        finish=reason if isinstance(reason, str) else (status if isinstance(status, str) else None),
    )


def parse_answer(
    answer: Answer, spec: OutputSpec[T], *, result: object, response: httpx.Response | None, limit_hint: str
) -> T:
    """The answer built into T, or the typed error that says why it cannot be."""
    if answer.refusal is not None or answer.filtered:
        why = f": {answer.refusal}" if answer.refusal else " (the content filter stopped the answer)"
        raise RefusalError(
            f"the model refused to answer{why}",
            refusal=answer.refusal,
            content=answer.content,
            result=result,
            response=response,
        )
    if answer.truncated:
        size = len(answer.content or "")
        raise OutputTruncatedError(
            f"the answer was cut off ({answer.finish}) after {size} characters, before the {spec.name} object was "
            f"complete; raise {limit_hint}",
            content=answer.content,
            result=result,
            response=response,
        )
    if answer.content is None or not answer.content.strip():
        raise OutputValidationError(
            f"the answer has no content to read as {spec.name} (finish reason {answer.finish!r})",
            errors=[("$", "no content")],
            content=answer.content,
            result=result,
            response=response,
        )
    try:
        return spec.parse_text(answer.content)
    except Invalid as exc:
        shown = "; ".join(f"at {path}: {problem}" for path, problem in exc.errors[:5])
        more = f" (and {len(exc.errors) - 5} more)" if len(exc.errors) > 5 else ""
        raise OutputValidationError(
            f"the content does not fit {spec.name}: {shown}{more}",
            errors=exc.errors,
            content=answer.content,
            result=result,
            response=response,
        ) from exc.__cause__
