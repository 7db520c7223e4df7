"""The deterministic model: turns a request body and a Behaviour into the pieces of one answer."""

from __future__ import annotations

import json
import math
from typing import Any

import attrs

from openrouter_ext.testing._behaviour import Behaviour
from openrouter_ext.testing._sample import sample_value

DEFAULT_MODEL = "emulator/count"
DEFAULT_TOOL_NAME = "emulator_lookup"


@attrs.frozen
class ToolCallPlan:
    call_id: str
    name: str
    arguments: str

    @property
    def input(self) -> Any:
        """The arguments as an object, for shapes that carry them parsed ({} when they are not valid JSON)."""
        try:
            return json.loads(self.arguments)
        except ValueError:
            return {}

    @property
    def fragments(self) -> tuple[str, ...]:
        """The arguments cut in three, the way providers stream them."""
        third = max(1, math.ceil(len(self.arguments) / 3))
        return tuple(self.arguments[i : i + third] for i in range(0, len(self.arguments), third))


@attrs.frozen
class CompletionPlan:
    """Everything one answer says, whichever endpoint shape it is sent in."""

    generation_id: str
    model: str
    created: int
    text_pieces: tuple[str, ...]
    reasoning_pieces: tuple[str, ...]
    tool_calls: tuple[ToolCallPlan, ...]
    truncated: bool
    prompt_tokens: int
    behaviour: Behaviour
    refusal_pieces: tuple[str, ...] = ()

    @property
    def refusal(self) -> str | None:
        return "".join(self.refusal_pieces) if self.refusal_pieces else None

    @property
    def text(self) -> str:
        return "".join(self.text_pieces)

    @property
    def reasoning(self) -> str:
        return "".join(self.reasoning_pieces)

    @property
    def reasoning_tokens(self) -> int:
        return len(self.reasoning_pieces)

    @property
    def completion_tokens(self) -> int:
        return len(self.text_pieces) + len(self.refusal_pieces) + len(self.reasoning_pieces) + 10 * len(self.tool_calls)

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    @property
    def prompt_cost(self) -> float:
        # A made-up but stable price: $0.50 per million prompt tokens, $1.50 per million completion tokens.
        return round(self.prompt_tokens * 0.5e-6, 12)

    @property
    def completion_cost(self) -> float:
        return round(self.completion_tokens * 1.5e-6, 12)

    @property
    def cost(self) -> float:
        return round(self.prompt_cost + self.completion_cost, 12)

    @property
    def finish_reason(self) -> str:
        """OpenAI-style: stop, length or tool_calls."""
        if self.truncated:
            return "length"
        return "tool_calls" if self.tool_calls else "stop"


def plan_completion(
    *,
    generation_id: str,
    created: int,
    model: str | None,
    prompt_text: str,
    max_tokens: int | None,
    tool_names: list[str],
    behaviour: Behaviour,
    tool_parameters: dict[str, Any] | None = None,
    response_schema: dict[str, Any] | None = None,
    tool_rounds_done: int = 0,
) -> CompletionPlan:
    """One answer. `tool_parameters` maps tool names to parameter schemas, `response_schema` is a requested
    json_schema format, `tool_rounds_done` counts the tool-call rounds already in the request's messages."""
    model = model or DEFAULT_MODEL
    mode = behaviour.mode
    if model.startswith("emulator/echo"):
        mode = "echo"
    elif model.startswith("emulator/count"):
        mode = "count"
    refusal: tuple[str, ...] = ()
    if behaviour.refusal is not None:
        pieces: tuple[str, ...] = ()
        refusal = _split_evenly(behaviour.refusal, behaviour.chunks)
    elif mode == "echo":
        pieces = _split_evenly(prompt_text, behaviour.chunks)
    elif response_schema is not None:
        pieces = _split_evenly(json.dumps(sample_value(response_schema)), behaviour.chunks)
    else:
        pieces = tuple(str(n) if n == 1 else f" {n}" for n in range(1, behaviour.chunks + 1))
    truncated = max_tokens is not None and max_tokens < len(pieces)
    if truncated and max_tokens is not None:
        pieces = pieces[:max_tokens]
    reasoning: tuple[str, ...] = ()
    if behaviour.reasoning:
        reasoning = ("Reading the request.", " Planning the answer.", " Writing it out.")
    names = tool_names or [DEFAULT_TOOL_NAME]
    scripted = bool(behaviour.tool_rounds)
    if scripted:
        rounds = behaviour.tool_rounds
        count = rounds[tool_rounds_done] if tool_names and tool_rounds_done < len(rounds) else 0
    else:
        count = behaviour.tool_calls
    calls = []
    for index in range(0 if truncated or refusal else count):
        name = names[index % len(names)]
        parameters = (tool_parameters or {}).get(name)
        if scripted and isinstance(parameters, dict):
            arguments = json.dumps(sample_value(parameters, index=index))
        else:
            arguments = json.dumps({"index": index, "query": f"lookup {index}"})
        if index == 0 and behaviour.bad_tool_arguments:
            arguments = arguments[:-1]
        # Call ids differ per round, as the real API's do, so a transcript never repeats one.
        call_id = (
            f"call_emu_{index}" if not scripted or tool_rounds_done == 0 else f"call_emu_{tool_rounds_done}_{index}"
        )
        calls.append(ToolCallPlan(call_id=call_id, name=name, arguments=arguments))
    return CompletionPlan(
        generation_id=generation_id,
        model=model,
        created=created,
        text_pieces=pieces,
        reasoning_pieces=reasoning,
        tool_calls=tuple(calls),
        truncated=truncated,
        prompt_tokens=max(1, len(prompt_text.split())),
        behaviour=behaviour,
        refusal_pieces=refusal,
    )


def _split_evenly(text: str, parts: int) -> tuple[str, ...]:
    if not text or parts <= 0:
        return ()
    size = max(1, math.ceil(len(text) / parts))
    return tuple(text[i : i + size] for i in range(0, len(text), size))


def text_of_content(content: Any) -> str:
    """The text of a message `content`: a string, or a list of parts with `text` fields."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    return ""


def last_user_text(messages: Any) -> str:
    """The text of the last user message of a chat or Anthropic-style message list."""
    if not isinstance(messages, list):
        return ""
    for message in reversed(messages):
        if isinstance(message, dict) and message.get("role") == "user":
            return text_of_content(message.get("content"))
    return ""
