"""The errors of structured outputs and of the tool loop (defined with the others in openrouter_ext._exceptions).

    OpenRouterError
    ├── SchemaError ...................... a type or schema that cannot be sent as a (strict) JSON schema
    ├── ExtraNotInstalledError ........... a feature whose optional dependency is missing (names the extra)
    ├── StructuredOutputError ............ the model answered, but not with an object of the requested type
    │   ├── RefusalError ................. the model refused (`refusal`, or filtered content)
    │   ├── OutputTruncatedError ......... the answer was cut off (`finish_reason: "length"`, incomplete response)
    │   └── OutputValidationError ........ the content is not JSON, or does not fit the type (`errors` lists where)
    └── ToolLoopLimitError ............... a stop condition of `run_tools` fired with `on_limit="raise"` (run attached)

Every StructuredOutputError carries the raw `content` the model sent, the typed `result` (ChatResult,
OpenResponsesResult or the stream's snapshot) and the httpx `response` (None for a stream's final snapshot), so
nothing the model produced is lost.
"""

from openrouter_ext._exceptions import (
    ExtraNotInstalledError,
    OutputTruncatedError,
    OutputValidationError,
    RefusalError,
    SchemaError,
    StructuredOutputError,
    ToolLoopLimitError,
)

__all__ = [
    "ExtraNotInstalledError",
    "OutputTruncatedError",
    "OutputValidationError",
    "RefusalError",
    "SchemaError",
    "StructuredOutputError",
    "ToolLoopLimitError",
]
