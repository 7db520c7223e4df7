"""How the emulated model answers: configuration, and its per-request override header."""

from __future__ import annotations

from typing import Any, Literal

import attrs

from openrouter_ext.testing._errors import ApiProblem

BEHAVIOUR_HEADER = "X-Emulator-Behaviour"


def _at_least_zero(_instance: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must not be negative, got {value}")


@attrs.frozen
class Behaviour:
    """The emulated model's answer.

    mode: "count" answers "1 2 3 ..." (one number per chunk); "echo" repeats the last user message split into
        `chunks` pieces. The model slugs "emulator/count" and "emulator/echo" pick the mode per request.
    chunks: content chunks per answer (each counts as one completion token).
    chunk_delay: seconds between two events of a stream.
    reasoning: also produce reasoning (chat `reasoning` deltas, responses reasoning item, messages thinking block).
    tool_calls: number of function calls to produce after the text (finish reason becomes tool_calls).
    keepalive_comments: `: OPENROUTER PROCESSING` comments sent before the first event of a stream.
    provider: the provider name reported in chunks and generation records.
    refusal: answer chat and responses requests with this refusal (chat `message.refusal`, a responses refusal
        part) instead of content.
    tool_rounds: tool calls per round, e.g. (2, 0): a request carrying tools gets 2 parallel calls when its
        messages hold no earlier tool-call round, none on the round after, so a tool loop ends. The round is read
        from the request alone (assistant messages with tool_calls, or runs of function_call input items).
        Replaces `tool_calls` when set; the arguments then fit each tool's parameter schema.
    bad_tool_arguments: the first call's arguments are not valid JSON (cut short by one character).

    A request for a json_schema `response_format` (chat) or `text.format` (responses) in count mode gets a JSON
    answer fitting the schema, built from it deterministically; the echo model still repeats the user message.

    A request may override any field with the header `X-Emulator-Behaviour: chunks=100, chunk_delay=0.01`.
    """

    mode: Literal["count", "echo"] = "count"
    chunks: int = attrs.field(default=5, validator=_at_least_zero)
    chunk_delay: float = attrs.field(default=0.0, validator=_at_least_zero)
    reasoning: bool = False
    tool_calls: int = attrs.field(default=0, validator=_at_least_zero)
    keepalive_comments: int = attrs.field(default=1, validator=_at_least_zero)
    provider: str = "Emulator"
    refusal: str | None = None
    tool_rounds: tuple[int, ...] = attrs.field(default=(), converter=tuple)
    bad_tool_arguments: bool = False

    @tool_rounds.validator
    def _check_rounds(self, attribute: attrs.Attribute[Any], value: tuple[int, ...]) -> None:
        if any(not isinstance(count, int) or count < 0 for count in value):
            raise ValueError(f"tool_rounds must hold counts of zero or more, got {value}")

    def with_overrides(self, header_value: str) -> Behaviour:
        """This behaviour with the `name=value, ...` pairs of the override header applied (400 when malformed)."""
        changes: dict[str, Any] = {}
        for item in header_value.split(","):
            if not item.strip():
                continue
            name, sep, raw = item.partition("=")
            name, raw = name.strip(), raw.strip()
            if not sep:
                raise ApiProblem(400, f"{BEHAVIOUR_HEADER}: expected name=value, got {item.strip()!r}")
            changes[name] = _parse_field(name, raw)
        try:
            return attrs.evolve(self, **changes)
        except (TypeError, ValueError) as exc:
            raise ApiProblem(400, f"{BEHAVIOUR_HEADER}: {exc}") from exc


def _parse_field(name: str, raw: str) -> Any:
    try:
        if name in ("chunks", "tool_calls", "keepalive_comments"):
            return int(raw)
        if name == "chunk_delay":
            return float(raw)
        if name in ("reasoning", "bad_tool_arguments"):
            if raw.lower() not in ("true", "false", "1", "0"):
                raise ValueError(raw)
            return raw.lower() in ("true", "1")
        if name == "tool_rounds":
            # Commas separate settings in the header, so rounds are written 2/0.
            return tuple(int(part) for part in raw.split("/") if part.strip())
        if name == "mode":
            if raw not in ("count", "echo"):
                raise ValueError(raw)
            return raw
        if name in ("provider", "refusal"):
            return raw
    except ValueError as exc:
        raise ApiProblem(400, f"{BEHAVIOUR_HEADER}: bad value for {name}: {raw!r}") from exc
    raise ApiProblem(400, f"{BEHAVIOUR_HEADER}: unknown setting {name!r}")
