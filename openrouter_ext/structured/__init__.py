"""Structured outputs into typed objects, and a tool-calling loop.

    result = client.chat.parse(model=..., messages=[...], response_format=Weather)
    result.parsed            # a Weather
    run = client.chat.run_tools(model=..., messages=[...], tools=[get_weather])
    run.content, run.messages

Response formats and tool parameters are Pydantic models (the `pydantic` extra), dataclasses, TypedDicts, attrs
classes or JSON schema dicts. Nothing here imports Pydantic unless a Pydantic model is given.
"""

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
