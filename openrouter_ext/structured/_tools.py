"""Tools from typed Python functions: the definition the model sees, and the call built from its arguments.

`tool(fn)` (or `@tool`, or `@tool(name=..., strict=True)`) reads the function's name, the first part of its
docstring as the description, each parameter's description from a Google-style `Args:` section or Sphinx
`:param name:` lines (or `Annotated[T, "description"]`), and the parameter schema from its type hints: the types
of structured outputs, classes (Pydantic models, dataclasses, TypedDicts, attrs) as nested objects. A parameter
with a default is optional. `async def` functions are tools of the async client.

The model's arguments are checked against the same hints before the function runs: JSON that does not decode,
a missing or unknown argument, or a value of the wrong type gives ToolArgumentsError, whose message the loop
sends back to the model.
"""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar, overload

from openrouter_ext.structured._errors import SchemaError
from openrouter_ext.structured._schema import make_strict, schema_name
from openrouter_ext.structured._types import (
    MISSING,
    ObjectField,
    build_fields,
    fields_schema,
    to_jsonable,
)

__all__ = ["Tool", "ToolArgumentsError", "ToolCall", "as_tool", "tool", "tool_output"]

F = TypeVar("F", bound=Callable[..., Any])

_SECTION = re.compile(r"^\s*(Args|Arguments|Parameters|Params|Returns|Return|Raises|Yields|Examples?|Notes?):\s*$")


class ToolArgumentsError(ValueError):
    """The model's arguments for a tool do not decode, or do not fit its parameters; the message says where."""

    def __init__(self, message: str, *, errors: list[tuple[str, str]]) -> None:
        super().__init__(message)
        self.errors = errors


@dataclass(frozen=True)
class ToolCall:
    """One call the model asked for: its id (kept in the tool result), the tool name and the raw JSON arguments."""

    id: str
    name: str
    arguments: str
    index: int = 0

    def parsed_arguments(self) -> Any:
        """The arguments decoded from JSON (`{}` when empty); ValueError when they are not JSON."""
        return json.loads(self.arguments) if self.arguments.strip() else {}


def _constant(value: object) -> Callable[[], Any]:
    return lambda: value


def _split_docstring(doc: str | None) -> tuple[str | None, dict[str, str]]:
    """The description (text before the first section) and each parameter's description."""
    if not doc:
        return None, {}
    lines = inspect.cleandoc(doc).splitlines()
    summary: list[str] = []
    params: dict[str, str] = {}
    section: str | None = None
    current: str | None = None
    indent = 0
    for line in lines:
        sphinx = re.match(r"^\s*:param\s+(?:[^:]*\s)?(\w+):\s*(.*)$", line)
        if sphinx:
            current, section = sphinx.group(1), "sphinx"
            params[current] = sphinx.group(2).strip()
            continue
        if re.match(r"^\s*:(returns?|raises?|rtype|type)\b", line):
            section, current = "other", None
            continue
        heading = _SECTION.match(line)
        if heading:
            section = "args" if heading.group(1) in ("Args", "Arguments", "Parameters", "Params") else "other"
            current = None
            continue
        if section is None:
            summary.append(line)
        elif section == "args":
            item = re.match(r"^(\s+)(\*{0,2}\w+)\s*(?:\([^)]*\))?\s*:\s*(.*)$", line)
            if item and (current is None or len(item.group(1)) <= indent):
                current, indent = item.group(2).lstrip("*"), len(item.group(1))
                params[current] = item.group(3).strip()
            elif current is not None and line.strip():
                params[current] = f"{params[current]} {line.strip()}".strip()
        elif section == "sphinx" and current is not None and line.strip():
            params[current] = f"{params[current]} {line.strip()}".strip()
    description = "\n".join(summary).strip() or None
    return description, params


@dataclass(frozen=True)
class Tool:
    """A function the model may call: its definition (`definition()`) and how to call it from the model's arguments."""

    name: str
    description: str | None
    parameters: dict[str, Any]
    function: Callable[..., Any] = field(repr=False)
    strict: bool = False
    is_async: bool = False
    fields: tuple[ObjectField, ...] = field(default=(), repr=False)

    @classmethod
    def from_function(
        cls,
        function: Callable[..., Any],
        *,
        name: str | None = None,
        description: str | None = None,
        strict: bool = False,
    ) -> Tool:
        """The tool of `function` (see the module docstring); SchemaError when a parameter cannot be described."""
        target = inspect.unwrap(function)
        label = getattr(target, "__qualname__", repr(function))
        try:
            signature = inspect.signature(function)
        except (TypeError, ValueError) as exc:
            raise SchemaError(f"{label}: its signature cannot be read: {exc}") from exc
        try:
            hints = inspect.get_annotations(target, eval_str=True)
        except Exception as exc:
            raise SchemaError(f"{label}: the type hints cannot be resolved: {exc}") from exc
        summary, documented = _split_docstring(inspect.getdoc(target))
        fields: list[ObjectField] = []
        for param in signature.parameters.values():
            if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD, param.POSITIONAL_ONLY):
                raise SchemaError(
                    f"{label}: parameter {param.name!r} is {param.kind.description}; a tool's parameters are named"
                )
            if param.name in ("self", "cls") and param.name not in hints:
                continue
            has_default = param.default is not param.empty
            fields.append(
                ObjectField(
                    key=param.name,
                    init_name=param.name,
                    type=hints.get(param.name, Any),
                    required=not has_default,
                    default=_constant(param.default) if has_default else None,
                    description=documented.get(param.name),
                )
            )
        parameters = fields_schema(fields)
        if strict:
            parameters = make_strict(parameters)
        return cls(
            name=schema_name(name or str(getattr(target, "__name__", "tool"))),
            description=description if description is not None else summary,
            parameters=parameters,
            function=function,
            strict=strict,
            is_async=inspect.iscoroutinefunction(target) or inspect.iscoroutinefunction(function),
            fields=tuple(fields),
        )

    def definition(self) -> dict[str, Any]:
        """The `tools` entry: `{type: function, function: {name, description, parameters[, strict]}}`."""
        function: dict[str, Any] = {"name": self.name, "parameters": self.parameters}
        if self.description:
            function["description"] = self.description
        if self.strict:
            function["strict"] = True
        return {"type": "function", "function": function}

    def arguments(self, raw: str | Mapping[str, Any]) -> dict[str, Any]:
        """The keyword arguments from the model's JSON arguments; ToolArgumentsError when they do not fit."""
        if isinstance(raw, Mapping):
            data: Any = dict(raw)
        else:
            try:
                data = json.loads(raw) if raw.strip() else {}
            except ValueError as exc:
                raise ToolArgumentsError(
                    f"the arguments for {self.name} are not valid JSON ({exc}): {raw[:200]!r}",
                    errors=[("$", f"not valid JSON: {exc}")],
                ) from exc
        errors: list[tuple[str, str]] = []
        kwargs = build_fields(None, list(self.fields), data, "$", errors)
        if errors or kwargs is MISSING:
            shown = "; ".join(f"at {path}: {problem}" for path, problem in errors[:5])
            raise ToolArgumentsError(f"the arguments for {self.name} do not fit its parameters: {shown}", errors=errors)
        result: dict[str, Any] = kwargs
        return result

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.function(*args, **kwargs)


@overload
def tool(function: F, /) -> Tool: ...


@overload
def tool(
    *, name: str | None = None, description: str | None = None, strict: bool = False
) -> Callable[[Callable[..., Any]], Tool]: ...


def tool(
    function: Callable[..., Any] | None = None,
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    strict: bool = False,
) -> Tool | Callable[[Callable[..., Any]], Tool]:
    """A Tool from a function: `tool(fn)`, `@tool`, or `@tool(name=..., description=..., strict=True)`.

    `strict=True` makes the parameter schema strict (every parameter required, optional ones nullable) and asks
    the provider to hold the model to it.
    """
    if function is not None:
        return Tool.from_function(function, name=name, description=description, strict=strict)

    def wrap(fn: Callable[..., Any]) -> Tool:
        return Tool.from_function(fn, name=name, description=description, strict=strict)

    return wrap


def as_tool(value: object) -> Tool:
    """`value` as a Tool: a Tool as is, a function through `tool()`."""
    if isinstance(value, Tool):
        return value
    if callable(value):
        return Tool.from_function(value)
    raise SchemaError(f"a tool must be a function or a Tool, not {value!r}")


def tool_output(value: object) -> str:
    """A tool's return value as the text of its tool message: strings as they are, anything else as JSON."""
    if isinstance(value, str):
        return value
    data = to_jsonable(value)
    try:
        return json.dumps(data, ensure_ascii=False)
    except (TypeError, ValueError):
        return str(value)


def is_awaitable(value: object) -> bool:
    return isinstance(value, Awaitable) or inspect.isawaitable(value)
