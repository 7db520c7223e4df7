"""Structured outputs into typed objects, and a tool-calling loop.

    result = client.chat.parse(model=..., messages=[...], response_format=Weather)
    result.parsed            # a Weather
    run = client.chat.run_tools(model=..., messages=[...], tools=[get_weather])
    run.content, run.messages

Response formats and tool parameters are Pydantic models (the `pydantic` extra), dataclasses, TypedDicts, attrs
classes or JSON schema dicts. Nothing here imports Pydantic unless a Pydantic model is given.
"""

from typing import TYPE_CHECKING

from openrouter_ext._lazy import lazy_exports

if TYPE_CHECKING:
    from openrouter_ext.structured._errors import (
        ExtraNotInstalledError,
        OutputTruncatedError,
        OutputValidationError,
        RefusalError,
        SchemaError,
        StructuredOutputError,
        ToolLoopLimitError,
    )
    from openrouter_ext.structured._mixins import (
        AsyncStructuredChatMixin,
        AsyncStructuredResponsesMixin,
        StructuredChatMixin,
        StructuredResponsesMixin,
    )
    from openrouter_ext.structured._parse import ParsedChatCompletion, ParsedChatStreamResult, ParsedResponse
    from openrouter_ext.structured._runner import (
        Approve,
        Edit,
        Reject,
        RunFinished,
        StepFinished,
        TextDelta,
        ToolCallFinished,
        ToolCallStarted,
        ToolResult,
        ToolRun,
        ToolRunEvent,
        ToolStep,
    )
    from openrouter_ext.structured._schema import JsonSchema, OutputSpec, make_strict, output_spec
    from openrouter_ext.structured._stream import AsyncStructuredChatStream, StructuredChatStream, parse_partial_json
    from openrouter_ext.structured._tools import Tool, ToolArgumentsError, ToolCall, tool

# The machinery is imported when one of its names is first used: the chat resource mixes the mixins in, and
# `client.chat` alone should not import the schema, parsing and tool-loop modules.
_MODULE_OF = {
    "ExtraNotInstalledError": "openrouter_ext.structured._errors",
    "OutputTruncatedError": "openrouter_ext.structured._errors",
    "OutputValidationError": "openrouter_ext.structured._errors",
    "RefusalError": "openrouter_ext.structured._errors",
    "SchemaError": "openrouter_ext.structured._errors",
    "StructuredOutputError": "openrouter_ext.structured._errors",
    "ToolLoopLimitError": "openrouter_ext.structured._errors",
    "AsyncStructuredChatMixin": "openrouter_ext.structured._mixins",
    "AsyncStructuredResponsesMixin": "openrouter_ext.structured._mixins",
    "StructuredChatMixin": "openrouter_ext.structured._mixins",
    "StructuredResponsesMixin": "openrouter_ext.structured._mixins",
    "ParsedChatCompletion": "openrouter_ext.structured._parse",
    "ParsedChatStreamResult": "openrouter_ext.structured._parse",
    "ParsedResponse": "openrouter_ext.structured._parse",
    "Approve": "openrouter_ext.structured._runner",
    "Edit": "openrouter_ext.structured._runner",
    "Reject": "openrouter_ext.structured._runner",
    "RunFinished": "openrouter_ext.structured._runner",
    "StepFinished": "openrouter_ext.structured._runner",
    "TextDelta": "openrouter_ext.structured._runner",
    "ToolCallFinished": "openrouter_ext.structured._runner",
    "ToolCallStarted": "openrouter_ext.structured._runner",
    "ToolResult": "openrouter_ext.structured._runner",
    "ToolRun": "openrouter_ext.structured._runner",
    "ToolRunEvent": "openrouter_ext.structured._runner",
    "ToolStep": "openrouter_ext.structured._runner",
    "JsonSchema": "openrouter_ext.structured._schema",
    "OutputSpec": "openrouter_ext.structured._schema",
    "make_strict": "openrouter_ext.structured._schema",
    "output_spec": "openrouter_ext.structured._schema",
    "AsyncStructuredChatStream": "openrouter_ext.structured._stream",
    "StructuredChatStream": "openrouter_ext.structured._stream",
    "parse_partial_json": "openrouter_ext.structured._stream",
    "Tool": "openrouter_ext.structured._tools",
    "ToolArgumentsError": "openrouter_ext.structured._tools",
    "ToolCall": "openrouter_ext.structured._tools",
    "tool": "openrouter_ext.structured._tools",
}


__getattr__ = lazy_exports(__name__, _MODULE_OF)


__all__ = [
    "Approve",
    "AsyncStructuredChatMixin",
    "AsyncStructuredChatStream",
    "AsyncStructuredResponsesMixin",
    "Edit",
    "ExtraNotInstalledError",
    "JsonSchema",
    "OutputSpec",
    "OutputTruncatedError",
    "OutputValidationError",
    "ParsedChatCompletion",
    "ParsedChatStreamResult",
    "ParsedResponse",
    "RefusalError",
    "Reject",
    "RunFinished",
    "SchemaError",
    "StepFinished",
    "StructuredChatMixin",
    "StructuredChatStream",
    "StructuredOutputError",
    "StructuredResponsesMixin",
    "TextDelta",
    "Tool",
    "ToolArgumentsError",
    "ToolCall",
    "ToolCallFinished",
    "ToolCallStarted",
    "ToolLoopLimitError",
    "ToolResult",
    "ToolRun",
    "ToolRunEvent",
    "ToolStep",
    "make_strict",
    "output_spec",
    "parse_partial_json",
    "tool",
]
