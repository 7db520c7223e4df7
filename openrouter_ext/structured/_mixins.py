"""The structured-output and tool-loop methods of `client.chat` and `client.responses`.

Mixed into the facade resources ahead of the generated class (`class ChatFacade(StructuredChatMixin, Chat)`):
they use only what such a resource has, its `with_raw_response.send(...)` and, for streams, the `stream(...)`
that follows them in the MRO.

- `parse(..., response_format=T)`: one call, the answer read into T (ParsedChatCompletion / ParsedResponse);
- `stream(..., response_format=T)`: the chat stream with `partial` JSON, whose `final()` has `.parsed`;
  any other `response_format` (the API's own dict, a generated model) goes to the plain stream unchanged;
- `run_tools(..., tools=[...])`: the tool loop (openrouter_ext.structured._runner), returning a ToolRun;
- `stream_tools(...)`: the same loop over streamed calls, yielding its events.

Every other keyword is the endpoint's own parameter, passed to `send` as it is (so a misspelt one is a TypeError).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, AbstractContextManager, asynccontextmanager, contextmanager
from typing import TYPE_CHECKING, Any, TypeVar, cast, overload

if TYPE_CHECKING:
    from openrouter_ext._timeouts import TimeoutTypes
    from openrouter_ext.streaming import AsyncChatStream, ChatStream
    from openrouter_ext.structured._parse import (
        ParsedChatCompletion,
        ParsedResponse,
        chat_answer,
        parse_answer,
        responses_answer,
    )
    from openrouter_ext.structured._runner import (
        OnLimit,
        StepFinished,
        TextDelta,
        ToolCallStarted,
        ToolErrorPolicy,
        ToolLoop,
        ToolRun,
        ToolRunEvent,
        iter_async,
        iter_sync,
        run_async,
        run_sync,
    )
    from openrouter_ext.structured._schema import JsonSchema, OutputSpec, is_structured_format, output_spec
    from openrouter_ext.structured._stream import AsyncStructuredChatStream, StructuredChatStream
    from openrouter_ext.structured._tools import ToolCall

__all__ = [
    "AsyncStructuredChatMixin",
    "AsyncStructuredResponsesMixin",
    "StructuredChatMixin",
    "StructuredResponsesMixin",
]

# What the methods below use, imported by `_load()` on the first call of one of them rather than with the module:
# the chat and responses resources mix these classes in, and creating them must stay cheap.
_LAZY_NAMES: dict[str, tuple[str, ...]] = {
    "openrouter_ext.structured._parse": (
        "ParsedChatCompletion",
        "ParsedResponse",
        "chat_answer",
        "parse_answer",
        "responses_answer",
    ),
    "openrouter_ext.structured._runner": (
        "OnLimit",
        "StepFinished",
        "TextDelta",
        "ToolCallStarted",
        "ToolErrorPolicy",
        "ToolLoop",
        "ToolRun",
        "ToolRunEvent",
        "iter_async",
        "iter_sync",
        "run_async",
        "run_sync",
    ),
    "openrouter_ext.structured._schema": ("JsonSchema", "OutputSpec", "is_structured_format", "output_spec"),
    "openrouter_ext.structured._stream": ("AsyncStructuredChatStream", "StructuredChatStream"),
    "openrouter_ext.structured._tools": ("ToolCall",),
}


def _load() -> None:
    if "output_spec" in globals():
        return
    import importlib

    for module, names in _LAZY_NAMES.items():
        loaded = importlib.import_module(module)
        globals().update({name: getattr(loaded, name) for name in names})


T = TypeVar("T")

_HEALING = "response-healing"


def _with_healing(params: dict[str, Any], response_healing: bool) -> dict[str, Any]:
    """`params` with the response-healing plugin added to `plugins` (once) when asked for."""
    if not response_healing:
        return params
    plugins = list(params.get("plugins") or [])

    def plugin_id(item: object) -> object:
        if isinstance(item, Mapping):
            return item.get("id")
        return getattr(item, "id", None)

    if not any(str(getattr(plugin_id(item), "value", plugin_id(item))) == _HEALING for item in plugins):
        plugins.append({"id": _HEALING})
    return {**params, "plugins": plugins}


def _chat_kwargs(params: Mapping[str, Any], spec: OutputSpec[Any], response_healing: bool) -> dict[str, Any]:
    kwargs = _with_healing(dict(params), response_healing)
    kwargs["response_format"] = spec.chat_format()
    return kwargs


def _responses_kwargs(params: Mapping[str, Any], spec: OutputSpec[Any], response_healing: bool) -> dict[str, Any]:
    kwargs = _with_healing(dict(params), response_healing)
    text = kwargs.get("text")
    to_dict = getattr(text, "to_dict", None)
    base = dict(to_dict() if callable(to_dict) else (text or {}))
    base["format"] = spec.responses_format()
    kwargs["text"] = base
    return kwargs


def _chat_parsed(spec: OutputSpec[T], answer: Any) -> ParsedChatCompletion[T]:
    http_response = answer.http_response
    content = chat_answer(http_response.json())
    parsed = parse_answer(content, spec, result=answer.parsed, response=http_response, limit_hint="max_tokens")
    return ParsedChatCompletion(
        parsed=parsed, result=answer.parsed, content=content.content or "", http_response=http_response
    )


def _responses_parsed(spec: OutputSpec[T], answer: Any) -> ParsedResponse[T]:
    http_response = answer.http_response
    content = responses_answer(http_response.json())
    parsed = parse_answer(content, spec, result=answer.parsed, response=http_response, limit_hint="max_output_tokens")
    return ParsedResponse(
        parsed=parsed, result=answer.parsed, content=content.content or "", http_response=http_response
    )


def _stream_step(loop: ToolLoop, stream: Any, final: bool) -> Iterator[ToolRunEvent]:
    """The events of one streamed model call, ending with its StepFinished."""
    from openrouter_ext.streaming._chat import chat_text_delta

    index = len(loop.run.steps)
    started: set[int] = set()
    for chunk in stream.events():
        text = chat_text_delta(chunk)
        if text:
            yield TextDelta(index, text)
        for call in stream.snapshot.tool_calls:
            if call.index not in started and (call.id or call.name):
                started.add(call.index)
                yield ToolCallStarted(index, call.index, call.id, call.name)
    result = stream.final()
    body = stream.snapshot.to_dict()
    yield StepFinished(loop.record(body, result, stream.response, final=final))


class StructuredChatMixin:
    """`client.chat.parse(...)`, `stream(..., response_format=T)`, `run_tools(...)` and `stream_tools(...)`."""

    @overload
    def parse(
        self,
        *,
        response_format: type[T] | OutputSpec[T],
        response_healing: bool = False,
        strict: bool = True,
        **params: Any,
    ) -> ParsedChatCompletion[T]: ...

    @overload
    def parse(
        self,
        *,
        response_format: JsonSchema | Mapping[str, Any],
        response_healing: bool = False,
        strict: bool = True,
        **params: Any,
    ) -> ParsedChatCompletion[dict[str, Any]]: ...

    def parse(
        self,
        *,
        response_format: object,
        response_healing: bool = False,
        strict: bool = True,
        **params: Any,
    ) -> ParsedChatCompletion[Any]:
        """One chat completion whose answer is read into `response_format` (a class or a JSON schema).

        Sends `response_format: {type: json_schema, json_schema: {name, strict, schema}}` with the schema derived
        from the type (strict unless `strict=False`); `response_healing=True` adds the response-healing plugin.
        Raises RefusalError, OutputTruncatedError or OutputValidationError (each with the content and result)
        when the answer is not a T.
        """
        _load()
        spec = output_spec(response_format, strict=strict)
        send = cast("Any", self).with_raw_response.send
        return _chat_parsed(spec, send(**_chat_kwargs(params, spec, response_healing)))

    @overload
    def stream(
        self,
        *,
        response_format: type[T] | OutputSpec[T],
        response_healing: bool = False,
        strict: bool = True,
        idle_timeout: float | None = None,
        timeout: TimeoutTypes | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **params: Any,
    ) -> AbstractContextManager[StructuredChatStream[T]]: ...

    @overload
    def stream(
        self,
        *,
        response_format: JsonSchema,
        response_healing: bool = False,
        strict: bool = True,
        idle_timeout: float | None = None,
        timeout: TimeoutTypes | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **params: Any,
    ) -> AbstractContextManager[StructuredChatStream[dict[str, Any]]]: ...

    @overload
    def stream(
        self,
        *,
        idle_timeout: float | None = None,
        timeout: TimeoutTypes | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **params: Any,
    ) -> AbstractContextManager[ChatStream]: ...

    def stream(
        self,
        *,
        response_format: object = None,
        response_healing: bool = False,
        strict: bool = True,
        **options: Any,
    ) -> AbstractContextManager[Any]:
        """Stream a chat completion; with `response_format=T` the stream reads its answer into T.

        `stream.partial` is the JSON so far, `stream.final()` a ParsedChatStreamResult with `.parsed`.
        """
        _load()
        inner = cast("Any", super()).stream
        if not is_structured_format(response_format):
            if response_format is not None:
                options["response_format"] = response_format
            if response_healing:
                options = _with_healing(options, True)
            return cast("AbstractContextManager[Any]", inner(**options))
        spec = output_spec(response_format, strict=strict)
        options = _chat_kwargs(options, spec, response_healing)

        @contextmanager
        def structured() -> Iterator[StructuredChatStream[Any]]:
            with inner(**options) as plain:
                yield StructuredChatStream(plain, spec)

        return structured()

    def run_tools(
        self,
        *,
        messages: Sequence[Any],
        tools: Sequence[object],
        max_steps: int = 10,
        max_cost: float | None = None,
        max_total_tokens: int | None = None,
        on_limit: OnLimit = "final_answer",
        final_prompt: str | None = None,
        tool_errors: ToolErrorPolicy = "report",
        approve: Callable[[ToolCall], Any] | None = None,
        **params: Any,
    ) -> ToolRun:
        """Call the model, run the tools it asks for, send the results back, until it answers without tool calls.

        `tools`: functions (or `tool(...)` objects; dicts are sent as given, e.g. server tools). `approve(call)`
        returns True/None, False, Reject(message) or Edit(arguments) before each call runs. The stop conditions
        and `on_limit` are described in openrouter_ext.structured._runner. Returns the ToolRun: `final`, `content`,
        `steps`, `messages` (the whole transcript), `total_cost`, `total_tokens`, `stopped_by`.
        """
        _load()
        loop = ToolLoop(
            messages=messages,
            tools=tools,
            params=params,
            max_steps=max_steps,
            max_cost=max_cost,
            max_total_tokens=max_total_tokens,
            on_limit=on_limit,
            final_prompt=final_prompt,
            tool_errors=tool_errors,
            approve=approve,
            asynchronous=False,
        )
        return run_sync(loop, cast("Any", self).with_raw_response.send)

    def stream_tools(
        self,
        *,
        messages: Sequence[Any],
        tools: Sequence[object],
        max_steps: int = 10,
        max_cost: float | None = None,
        max_total_tokens: int | None = None,
        on_limit: OnLimit = "final_answer",
        final_prompt: str | None = None,
        tool_errors: ToolErrorPolicy = "report",
        approve: Callable[[ToolCall], Any] | None = None,
        **params: Any,
    ) -> Iterator[ToolRunEvent]:
        """`run_tools` over streamed calls: yields TextDelta, ToolCallStarted, ToolCallFinished, StepFinished, and
        RunFinished (with the ToolRun) last. Closing the iterator early closes the open stream."""
        _load()
        loop = ToolLoop(
            messages=messages,
            tools=tools,
            params=params,
            max_steps=max_steps,
            max_cost=max_cost,
            max_total_tokens=max_total_tokens,
            on_limit=on_limit,
            final_prompt=final_prompt,
            tool_errors=tool_errors,
            approve=approve,
            asynchronous=False,
        )
        opener = cast("Any", self).stream

        def call_model(final: bool) -> Iterator[ToolRunEvent]:
            with opener(**loop.request(final=final)) as stream:
                yield from _stream_step(loop, stream, final)

        return iter_sync(loop, call_model)


class AsyncStructuredChatMixin:
    """The async twins of StructuredChatMixin's methods (tool calls of one step run concurrently)."""

    @overload
    async def parse(
        self,
        *,
        response_format: type[T] | OutputSpec[T],
        response_healing: bool = False,
        strict: bool = True,
        **params: Any,
    ) -> ParsedChatCompletion[T]: ...

    @overload
    async def parse(
        self,
        *,
        response_format: JsonSchema | Mapping[str, Any],
        response_healing: bool = False,
        strict: bool = True,
        **params: Any,
    ) -> ParsedChatCompletion[dict[str, Any]]: ...

    async def parse(
        self,
        *,
        response_format: object,
        response_healing: bool = False,
        strict: bool = True,
        **params: Any,
    ) -> ParsedChatCompletion[Any]:
        """See StructuredChatMixin.parse."""
        _load()
        spec = output_spec(response_format, strict=strict)
        send = cast("Any", self).with_raw_response.send
        return _chat_parsed(spec, await send(**_chat_kwargs(params, spec, response_healing)))

    @overload
    def stream(
        self,
        *,
        response_format: type[T] | OutputSpec[T],
        response_healing: bool = False,
        strict: bool = True,
        idle_timeout: float | None = None,
        timeout: TimeoutTypes | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **params: Any,
    ) -> AbstractAsyncContextManager[AsyncStructuredChatStream[T]]: ...

    @overload
    def stream(
        self,
        *,
        response_format: JsonSchema,
        response_healing: bool = False,
        strict: bool = True,
        idle_timeout: float | None = None,
        timeout: TimeoutTypes | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **params: Any,
    ) -> AbstractAsyncContextManager[AsyncStructuredChatStream[dict[str, Any]]]: ...

    @overload
    def stream(
        self,
        *,
        idle_timeout: float | None = None,
        timeout: TimeoutTypes | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **params: Any,
    ) -> AbstractAsyncContextManager[AsyncChatStream]: ...

    def stream(
        self,
        *,
        response_format: object = None,
        response_healing: bool = False,
        strict: bool = True,
        **options: Any,
    ) -> AbstractAsyncContextManager[Any]:
        """See StructuredChatMixin.stream."""
        _load()
        inner = cast("Any", super()).stream
        if not is_structured_format(response_format):
            if response_format is not None:
                options["response_format"] = response_format
            if response_healing:
                options = _with_healing(options, True)
            return cast("AbstractAsyncContextManager[Any]", inner(**options))
        spec = output_spec(response_format, strict=strict)
        options = _chat_kwargs(options, spec, response_healing)

        @asynccontextmanager
        async def structured() -> AsyncIterator[AsyncStructuredChatStream[Any]]:
            async with inner(**options) as plain:
                yield AsyncStructuredChatStream(plain, spec)

        return structured()

    async def run_tools(
        self,
        *,
        messages: Sequence[Any],
        tools: Sequence[object],
        max_steps: int = 10,
        max_cost: float | None = None,
        max_total_tokens: int | None = None,
        on_limit: OnLimit = "final_answer",
        final_prompt: str | None = None,
        tool_errors: ToolErrorPolicy = "report",
        approve: Callable[[ToolCall], Any] | None = None,
        **params: Any,
    ) -> ToolRun:
        """See StructuredChatMixin.run_tools; tools may be `async def`, and `approve` may be a coroutine function."""
        _load()
        loop = ToolLoop(
            messages=messages,
            tools=tools,
            params=params,
            max_steps=max_steps,
            max_cost=max_cost,
            max_total_tokens=max_total_tokens,
            on_limit=on_limit,
            final_prompt=final_prompt,
            tool_errors=tool_errors,
            approve=approve,
            asynchronous=True,
        )
        return await run_async(loop, cast("Any", self).with_raw_response.send)

    def stream_tools(
        self,
        *,
        messages: Sequence[Any],
        tools: Sequence[object],
        max_steps: int = 10,
        max_cost: float | None = None,
        max_total_tokens: int | None = None,
        on_limit: OnLimit = "final_answer",
        final_prompt: str | None = None,
        tool_errors: ToolErrorPolicy = "report",
        approve: Callable[[ToolCall], Any] | None = None,
        **params: Any,
    ) -> AsyncIterator[ToolRunEvent]:
        """See StructuredChatMixin.stream_tools: `async for event in client.chat.stream_tools(...)`."""
        _load()
        loop = ToolLoop(
            messages=messages,
            tools=tools,
            params=params,
            max_steps=max_steps,
            max_cost=max_cost,
            max_total_tokens=max_total_tokens,
            on_limit=on_limit,
            final_prompt=final_prompt,
            tool_errors=tool_errors,
            approve=approve,
            asynchronous=True,
        )
        opener = cast("Any", self).stream

        async def call_model(final: bool) -> AsyncIterator[ToolRunEvent]:
            from openrouter_ext.streaming._chat import chat_text_delta

            index = len(loop.run.steps)
            started: set[int] = set()
            async with opener(**loop.request(final=final)) as stream:
                async for chunk in stream.events():
                    text = chat_text_delta(chunk)
                    if text:
                        yield TextDelta(index, text)
                    for call in stream.snapshot.tool_calls:
                        if call.index not in started and (call.id or call.name):
                            started.add(call.index)
                            yield ToolCallStarted(index, call.index, call.id, call.name)
                result = await stream.final()
                body = stream.snapshot.to_dict()
                step = loop.record(body, result, stream.response, final=final)
            yield StepFinished(step)

        return iter_async(loop, call_model)


class StructuredResponsesMixin:
    """`client.responses.parse(...)`: a response whose answer is read into T (`text.format` json_schema)."""

    @overload
    def parse(
        self,
        *,
        response_format: type[T] | OutputSpec[T],
        response_healing: bool = False,
        strict: bool = True,
        **params: Any,
    ) -> ParsedResponse[T]: ...

    @overload
    def parse(
        self,
        *,
        response_format: JsonSchema | Mapping[str, Any],
        response_healing: bool = False,
        strict: bool = True,
        **params: Any,
    ) -> ParsedResponse[dict[str, Any]]: ...

    def parse(
        self,
        *,
        response_format: object,
        response_healing: bool = False,
        strict: bool = True,
        **params: Any,
    ) -> ParsedResponse[Any]:
        """One /responses call whose output text is read into `response_format`.

        Sends `text.format: {type: json_schema, name, strict, schema}` (other `text` settings, such as verbosity,
        are kept). Raises like `client.chat.parse`; a cut-off answer is `status: incomplete` for
        `max_output_tokens`.
        """
        _load()
        spec = output_spec(response_format, strict=strict)
        send = cast("Any", self).with_raw_response.send
        return _responses_parsed(spec, send(**_responses_kwargs(params, spec, response_healing)))


class AsyncStructuredResponsesMixin:
    """The async twin of StructuredResponsesMixin."""

    @overload
    async def parse(
        self,
        *,
        response_format: type[T] | OutputSpec[T],
        response_healing: bool = False,
        strict: bool = True,
        **params: Any,
    ) -> ParsedResponse[T]: ...

    @overload
    async def parse(
        self,
        *,
        response_format: JsonSchema | Mapping[str, Any],
        response_healing: bool = False,
        strict: bool = True,
        **params: Any,
    ) -> ParsedResponse[dict[str, Any]]: ...

    async def parse(
        self,
        *,
        response_format: object,
        response_healing: bool = False,
        strict: bool = True,
        **params: Any,
    ) -> ParsedResponse[Any]:
        """See StructuredResponsesMixin.parse."""
        _load()
        spec = output_spec(response_format, strict=strict)
        send = cast("Any", self).with_raw_response.send
        return _responses_parsed(spec, await send(**_responses_kwargs(params, spec, response_healing)))
