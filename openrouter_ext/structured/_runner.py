"""The tool loop: call the model, run the tools it asks for, send the results back, until it answers.

What the loop keeps that a naive one loses:

- the assistant message of every round goes back exactly as it came (its `reasoning_details`, its tool call ids,
  fields this client does not know), so reasoning models keep their chain of thought across rounds;
- every tool call gets a tool message with its own `tool_call_id`, in the order the model asked;
- a tool that raises, arguments that are not JSON or do not fit the parameters, a tool the model made up, and a
  call the approval hook rejected each become a tool result the model reads (`tool_errors="raise"` raises instead).

Stop conditions: `max_steps` model calls with tools, `max_cost` dollars (the sum of `usage.cost`),
`max_total_tokens` (the sum of `usage.total_tokens`). When one fires, `on_limit` decides: "final_answer" (the
default) makes one last call with `tool_choice: "none"` and `final_prompt` appended as a user message, so the model
answers from what it has (the tool definitions stay, since some providers refuse tool history without them);
"return" returns the run as it is; "raise" raises ToolLoopLimitError with the run attached. `stopped_by` names the
condition that fired.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from openrouter_ext._exceptions import ConfigurationError
from openrouter_ext.structured._errors import ToolLoopLimitError
from openrouter_ext.structured._tools import Tool, ToolArgumentsError, ToolCall, as_tool, is_awaitable, tool_output

if TYPE_CHECKING:
    import httpx
    from openrouter_api.models.chat_result import ChatResult

__all__ = [
    "Approve",
    "Edit",
    "Reject",
    "RunFinished",
    "StepFinished",
    "TextDelta",
    "ToolCallFinished",
    "ToolCallStarted",
    "ToolResult",
    "ToolRun",
    "ToolRunEvent",
    "ToolStep",
]

DEFAULT_FINAL_PROMPT = (
    "The tool budget for this request is used up, so no more tools can be called. "
    "Answer now, as well as you can with what you have."
)

StopReason: TypeAlias = Literal["max_steps", "max_cost", "max_total_tokens"]
OnLimit: TypeAlias = Literal["final_answer", "return", "raise"]
ToolStatus: TypeAlias = Literal["ok", "error", "invalid_arguments", "unknown_tool", "rejected"]


@dataclass(frozen=True)
class Approve:
    """The approval hook's answer: run the call as the model asked."""


@dataclass(frozen=True)
class Reject:
    """The approval hook's answer: do not run the call; `message` is sent back to the model as its result."""

    message: str = "The user declined this tool call."


@dataclass(frozen=True)
class Edit:
    """The approval hook's answer: run the call with these arguments instead (checked like the model's)."""

    arguments: Mapping[str, Any]


Decision: TypeAlias = "bool | Approve | Reject | Edit | None"
ToolErrorPolicy: TypeAlias = "Literal['report', 'raise'] | Callable[[ToolCall, BaseException], str]"


@dataclass
class ToolResult:
    """What one tool call produced: the text sent back (`content`), and how it went (`status`, `value`, `error`)."""

    call: ToolCall
    content: str
    status: ToolStatus
    value: Any = None
    error: BaseException | None = None

    def message(self) -> dict[str, Any]:
        """The tool message sent back: `{role: tool, tool_call_id, content}`."""
        return {"role": "tool", "tool_call_id": self.call.id, "content": self.content}


@dataclass
class ToolStep:
    """One model call of the loop: its typed result, its body as received, the calls it asked for and their results."""

    index: int
    result: ChatResult
    body: dict[str, Any] = field(repr=False)
    tool_calls: list[ToolCall] = field(default_factory=list)
    tool_results: list[ToolResult] = field(default_factory=list)
    http_response: httpx.Response | None = field(default=None, repr=False)
    final_answer_call: bool = False

    @property
    def content(self) -> str | None:
        message = _first_message(self.body)
        content = message.get("content")
        return content if isinstance(content, str) else None


@dataclass
class ToolRun:
    """A finished loop: the final answer, every step, and the whole transcript to continue the conversation with.

    `messages` is the conversation as sent, plus the final assistant message: pass it back as `messages=` to go
    on. `stopped_by` is None when the model answered by itself, else the stop condition that fired.
    """

    messages: list[dict[str, Any]]
    steps: list[ToolStep] = field(default_factory=list)
    stopped_by: StopReason | None = None
    total_cost: float = 0.0
    total_tokens: int = 0

    @property
    def final(self) -> ChatResult:
        """The typed result of the last model call."""
        if not self.steps:
            raise LookupError("the run has no model call yet")
        return self.steps[-1].result

    @property
    def content(self) -> str | None:
        """The text of the last answer."""
        return self.steps[-1].content if self.steps else None

    @property
    def tool_results(self) -> list[ToolResult]:
        """Every tool result of the run, in order."""
        return [result for step in self.steps for result in step.tool_results]


@dataclass(frozen=True)
class TextDelta:
    """A content fragment of step `step`, as it arrived."""

    step: int
    text: str


@dataclass(frozen=True)
class ToolCallStarted:
    """The model began a tool call (its name is known; its arguments are still arriving)."""

    step: int
    index: int
    id: str | None
    name: str | None


@dataclass(frozen=True)
class ToolCallFinished:
    """A tool call ran (or was rejected, or its arguments did not fit); `result` is what goes back to the model."""

    step: int
    result: ToolResult


@dataclass(frozen=True)
class StepFinished:
    """A model call and its tool calls are done."""

    step: ToolStep


@dataclass(frozen=True)
class RunFinished:
    """The loop is over; `run` is the same ToolRun the non-streaming call returns."""

    run: ToolRun


ToolRunEvent: TypeAlias = "TextDelta | ToolCallStarted | ToolCallFinished | StepFinished | RunFinished"


def _first_message(body: Mapping[str, Any]) -> Mapping[str, Any]:
    choices = body.get("choices")
    if isinstance(choices, list) and choices and isinstance(choices[0], Mapping):
        message = choices[0].get("message")
        if isinstance(message, Mapping):
            return message
    return {}


def _usage_numbers(body: Mapping[str, Any]) -> tuple[float, int]:
    usage = body.get("usage")
    if not isinstance(usage, Mapping):
        return 0.0, 0
    cost = usage.get("cost")
    tokens = usage.get("total_tokens")
    return (
        float(cost) if isinstance(cost, (int, float)) and not isinstance(cost, bool) else 0.0,
        tokens if isinstance(tokens, int) and not isinstance(tokens, bool) else 0,
    )


def _calls_of(message: Mapping[str, Any]) -> list[ToolCall]:
    calls: list[ToolCall] = []
    raw = message.get("tool_calls")
    for index, item in enumerate(raw if isinstance(raw, list) else []):
        if not isinstance(item, Mapping):
            continue
        function = item.get("function")
        function = function if isinstance(function, Mapping) else {}
        arguments = function.get("arguments")
        calls.append(
            ToolCall(
                id=str(item.get("id") or f"call_{index}"),
                name=str(function.get("name") or ""),
                arguments=arguments if isinstance(arguments, str) else "",
                index=index,
            )
        )
    return calls


class ToolLoop:
    """The state of one run, shared by the sync, async and streaming loops (each drives the calls itself)."""

    def __init__(
        self,
        *,
        messages: Sequence[Any],
        tools: Sequence[object],
        params: Mapping[str, Any],
        max_steps: int,
        max_cost: float | None,
        max_total_tokens: int | None,
        on_limit: OnLimit,
        final_prompt: str | None,
        tool_errors: ToolErrorPolicy,
        approve: Callable[[ToolCall], Any] | None,
        asynchronous: bool,
    ) -> None:
        from openrouter_ext._resource import to_json

        if max_steps < 1:
            raise ConfigurationError(f"max_steps must be at least 1, got {max_steps}")
        if on_limit not in ("final_answer", "return", "raise"):
            raise ConfigurationError(f"on_limit must be 'final_answer', 'return' or 'raise', not {on_limit!r}")
        if "stream" in params:
            raise ConfigurationError("run_tools sends its own requests; for a streamed run use stream_tools(...)")
        self.tools: dict[str, Tool] = {}
        self.definitions: list[Any] = []
        for item in tools:
            if isinstance(item, Mapping):
                # A server tool or a definition without a function: sent as given, never run here.
                self.definitions.append(to_json(item))
                continue
            made = as_tool(item)
            if made.is_async and not asynchronous:
                raise ConfigurationError(
                    f"tool {made.name!r} is an async function; run it with AsyncOpenRouter, or pass a plain function"
                )
            if made.name in self.tools:
                raise ConfigurationError(f"two tools are named {made.name!r}")
            self.tools[made.name] = made
            self.definitions.append(made.definition())
        self.params = dict(params)
        self.max_steps = max_steps
        self.max_cost = max_cost
        self.max_total_tokens = max_total_tokens
        self.on_limit = on_limit
        self.final_prompt = DEFAULT_FINAL_PROMPT if final_prompt is None else final_prompt
        self.tool_errors = tool_errors
        self.approve = approve
        transcript: list[dict[str, Any]] = []
        for message in messages:
            data = to_json(message)
            if not isinstance(data, dict):
                raise ConfigurationError(f"each message must be a dict or a message model, not {message!r}")
            transcript.append(data)
        self.run = ToolRun(messages=transcript)

    # -- requests ---------------------------------------------------------------------------------------------

    def request(self, *, final: bool = False) -> dict[str, Any]:
        """The keyword arguments of the next model call."""
        out = dict(self.params)
        out["messages"] = list(self.run.messages)
        if self.definitions:
            out["tools"] = list(self.definitions)
        if final:
            out["tool_choice"] = "none"
            if self.final_prompt:
                out["messages"].append({"role": "user", "content": self.final_prompt})
        return out

    def record(
        self, body: dict[str, Any], result: ChatResult, response: httpx.Response | None, *, final: bool = False
    ) -> ToolStep:
        """Add a model answer: its assistant message to the transcript (unchanged), its usage to the totals."""
        if final and self.final_prompt:
            self.run.messages.append({"role": "user", "content": self.final_prompt})
        message = _first_message(body)
        if message:
            self.run.messages.append(dict(message))
        cost, tokens = _usage_numbers(body)
        self.run.total_cost += cost
        self.run.total_tokens += tokens
        step = ToolStep(
            index=len(self.run.steps),
            result=result,
            body=body,
            tool_calls=[] if final else _calls_of(message),
            http_response=response,
            final_answer_call=final,
        )
        self.run.steps.append(step)
        return step

    def add_results(self, step: ToolStep, results: list[ToolResult]) -> None:
        step.tool_results.extend(results)
        self.run.messages.extend(result.message() for result in results)

    def limit(self) -> StopReason | None:
        """The stop condition that has fired, if one has."""
        model_calls = sum(1 for step in self.run.steps if not step.final_answer_call)
        if model_calls >= self.max_steps:
            return "max_steps"
        if self.max_cost is not None and self.run.total_cost >= self.max_cost:
            return "max_cost"
        if self.max_total_tokens is not None and self.run.total_tokens >= self.max_total_tokens:
            return "max_total_tokens"
        return None

    def stop(self, reason: StopReason) -> bool:
        """Record that `reason` fired; True when a final-answer call should follow."""
        self.run.stopped_by = reason
        if self.on_limit == "raise":
            raise ToolLoopLimitError(
                f"the tool loop stopped: {reason} reached after {len(self.run.steps)} model calls "
                f"(cost {self.run.total_cost:g}, {self.run.total_tokens} tokens)",
                run=self.run,
            )
        return self.on_limit == "final_answer"

    # -- tool calls -------------------------------------------------------------------------------------------

    def _failure(self, call: ToolCall, exc: BaseException, status: ToolStatus) -> ToolResult:
        policy = self.tool_errors
        if policy == "raise":
            raise exc
        if callable(policy):
            content = policy(call, exc)
        elif isinstance(exc, ToolArgumentsError):
            content = f"Error: {exc}"
        else:
            content = f"Error: {call.name} raised {type(exc).__name__}: {exc}"
        return ToolResult(call=call, content=content, status=status, error=exc)

    def resolve(self, call: ToolCall, decision: object) -> tuple[Tool, dict[str, Any]] | ToolResult:
        """The tool and its checked arguments, or the result to send back instead (unknown, rejected, invalid)."""
        made = self.tools.get(call.name)
        if made is None:
            known = ", ".join(sorted(self.tools)) or "none"
            exc = LookupError(f"there is no tool named {call.name!r} (tools: {known})")
            return self._failure(call, exc, "unknown_tool")
        if decision is False:
            decision = Reject()
        if isinstance(decision, Reject):
            return ToolResult(call=call, content=decision.message, status="rejected")
        try:
            arguments = made.arguments(decision.arguments if isinstance(decision, Edit) else call.arguments)
        except ToolArgumentsError as exc:
            return self._failure(call, exc, "invalid_arguments")
        return made, arguments

    def done(self, call: ToolCall, value: object) -> ToolResult:
        return ToolResult(call=call, content=tool_output(value), status="ok", value=value)

    def failed(self, call: ToolCall, exc: Exception) -> ToolResult:
        return self._failure(call, exc, "error")


def _check_decision(decision: object) -> object:
    if decision is None or decision is True or isinstance(decision, Approve):
        return None
    if decision is False or isinstance(decision, (Reject, Edit)):
        return decision
    raise ConfigurationError(f"the approval hook must return True, False, Approve, Reject or Edit, not {decision!r}")


# -- sync ---------------------------------------------------------------------------------------------------


def _run_calls_sync(loop: ToolLoop, calls: list[ToolCall]) -> Iterator[ToolResult]:
    for call in calls:
        decision = _check_decision(loop.approve(call)) if loop.approve is not None else None
        resolved = loop.resolve(call, decision)
        if isinstance(resolved, ToolResult):
            yield resolved
            continue
        made, arguments = resolved
        try:
            value = made.function(**arguments)
        except Exception as exc:
            yield loop.failed(call, exc)
        else:
            yield loop.done(call, value)


def run_sync(loop: ToolLoop, send: Callable[..., Any]) -> ToolRun:
    """Drive `loop` with `send(**kwargs)`, a chat resource's `with_raw_response.send`."""
    for _ in iter_sync(loop, lambda final: _send_sync(loop, send, final)):
        pass
    return loop.run


def _send_sync(loop: ToolLoop, send: Callable[..., Any], final: bool) -> Iterator[ToolRunEvent]:
    answer = send(**loop.request(final=final))
    step = loop.record(answer.http_response.json(), answer.parsed, answer.http_response, final=final)
    yield StepFinished(step)  # consumed by iter_sync, which emits it after the tool calls


def iter_sync(loop: ToolLoop, call_model: Callable[[bool], Iterator[ToolRunEvent]]) -> Iterator[ToolRunEvent]:
    """The loop's events; `call_model(final)` makes one model call: its text events, then its StepFinished."""
    final = False
    while True:
        step: ToolStep | None = None
        for event in call_model(final):
            if isinstance(event, StepFinished):
                step = event.step
            else:
                yield event
        if step is None:
            raise RuntimeError("the model call produced no step")
        if final or not step.tool_calls:
            yield StepFinished(step)
            break
        results: list[ToolResult] = []
        for result in _run_calls_sync(loop, step.tool_calls):
            results.append(result)
            yield ToolCallFinished(step.index, result)
        loop.add_results(step, results)
        yield StepFinished(step)
        reason = loop.limit()
        if reason is not None:
            if not loop.stop(reason):
                break
            final = True
    yield RunFinished(loop.run)


# -- async --------------------------------------------------------------------------------------------------


async def _decide(loop: ToolLoop, call: ToolCall) -> object:
    if loop.approve is None:
        return None
    decision = loop.approve(call)
    if is_awaitable(decision):
        decision = await decision
    return _check_decision(decision)


async def _run_one_async(loop: ToolLoop, call: ToolCall, decision: object) -> ToolResult:
    resolved = loop.resolve(call, decision)
    if isinstance(resolved, ToolResult):
        return resolved
    made, arguments = resolved
    try:
        value = made.function(**arguments)
        if is_awaitable(value):
            value = await value
    except Exception as exc:
        return loop.failed(call, exc)
    return loop.done(call, value)


async def _run_calls_async(loop: ToolLoop, calls: list[ToolCall]) -> list[ToolResult]:
    # Approvals one at a time (a person may be answering them), then every approved call at once.
    decisions = [await _decide(loop, call) for call in calls]
    runs = [_run_one_async(loop, call, decision) for call, decision in zip(calls, decisions, strict=True)]
    # Imported here: asyncio is slow to import, and a sync-only client should not pay for it on `client.chat`.
    import asyncio

    results: list[ToolResult] = await asyncio.gather(*runs)
    return results


async def run_async(loop: ToolLoop, send: Callable[..., Awaitable[Any]]) -> ToolRun:
    """Drive `loop` with `await send(**kwargs)`, an async chat resource's `with_raw_response.send`."""

    async def call_model(final: bool) -> AsyncIterator[ToolRunEvent]:
        answer = await send(**loop.request(final=final))
        yield StepFinished(loop.record(answer.http_response.json(), answer.parsed, answer.http_response, final=final))

    async for _ in iter_async(loop, call_model):
        pass
    return loop.run


async def iter_async(
    loop: ToolLoop, call_model: Callable[[bool], AsyncIterator[ToolRunEvent]]
) -> AsyncIterator[ToolRunEvent]:
    """The async twin of iter_sync; the tool calls of one step run concurrently."""
    final = False
    while True:
        step: ToolStep | None = None
        async for event in call_model(final):
            if isinstance(event, StepFinished):
                step = event.step
            else:
                yield event
        if step is None:
            raise RuntimeError("the model call produced no step")
        if final or not step.tool_calls:
            yield StepFinished(step)
            break
        results = await _run_calls_async(loop, step.tool_calls)
        for result in results:
            yield ToolCallFinished(step.index, result)
        loop.add_results(step, results)
        yield StepFinished(step)
        reason = loop.limit()
        if reason is not None:
            if not loop.stop(reason):
                break
            final = True
    yield RunFinished(loop.run)
