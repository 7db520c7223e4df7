"""Response formats: the JSON schema sent for a type, made strict the way providers require, and its parser.

`output_spec(T)` takes a Pydantic model, a dataclass, a TypedDict, an attrs class, a JSON schema dict (or
`JsonSchema(...)`), or an `OutputSpec`, and gives the `OutputSpec[T]` that both writes the request's format
(`chat_format()` for `response_format`, `responses_format()` for `text.format`) and reads the answer back
(`parse_text()`).

Strict mode (the default) is what OpenAI-style structured outputs accept: every object has
`additionalProperties: false` and lists all its properties as required, the optional ones made nullable; `oneOf`
becomes `anyOf`; the root is an object. A schema that cannot be made strict (a free-form `dict[str, X]`, an
object that allows extra properties) raises SchemaError naming the path; `strict=False` sends it as derived.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, cast

from openrouter_ext.structured._errors import SchemaError
from openrouter_ext.structured._types import Invalid, build, class_description, class_kind, schema_of

__all__ = ["JsonSchema", "OutputSpec", "is_structured_format", "make_strict", "output_spec", "schema_name"]

T = TypeVar("T")

_API_FORMAT_TYPES = frozenset({"text", "json_object", "json_schema", "grammar", "python"})


@dataclass(frozen=True)
class JsonSchema:
    """A JSON schema dict as a response format; the parsed result is the decoded JSON object (`dict[str, Any]`).

    A plain dict works too in `parse(...)`; `stream(..., response_format=...)` needs this wrapper, since a plain
    dict there is the API's own `response_format` object, sent unchanged.
    """

    schema: Mapping[str, Any]
    name: str | None = None
    description: str | None = None
    strict: bool = True


def schema_name(name: str) -> str:
    """`name` as the API accepts a schema name: letters, digits, `_` and `-`, at most 64 characters."""
    cleaned = re.sub(r"[^A-Za-z0-9_-]", "_", name).strip("_") or "response"
    return cleaned[:64]


@dataclass(frozen=True)
class OutputSpec(Generic[T]):
    """What a response format sends and how its answer is read back into T."""

    name: str
    schema: dict[str, Any]
    strict: bool
    description: str | None = None
    target: object = None
    _build: Callable[[Any], T] = field(default=cast("Callable[[Any], T]", None), repr=False, compare=False)

    def chat_format(self) -> dict[str, Any]:
        """The chat `response_format` object: `{type: json_schema, json_schema: {name, strict, schema}}`."""
        inner: dict[str, Any] = {"name": self.name, "strict": self.strict, "schema": self.schema}
        if self.description:
            inner["description"] = self.description
        return {"type": "json_schema", "json_schema": inner}

    def responses_format(self) -> dict[str, Any]:
        """The /responses `text.format` object: `{type: json_schema, name, strict, schema}`."""
        out: dict[str, Any] = {"type": "json_schema", "name": self.name, "strict": self.strict, "schema": self.schema}
        if self.description:
            out["description"] = self.description
        return out

    def parse_data(self, data: Any) -> T:
        """Decoded JSON built into T; raises Invalid listing every problem."""
        return self._build(data)

    def parse_text(self, text: str) -> T:
        """The model's JSON text built into T; raises Invalid (not JSON, or not fitting T)."""
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise Invalid([("$", f"not valid JSON: {exc}")]) from exc
        return self.parse_data(data)


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    kind = schema.get("type")
    if kind is not None:
        out = dict(schema)
        if isinstance(kind, str):
            out["type"] = kind if kind == "null" else [kind, "null"]
        elif isinstance(kind, list) and "null" not in kind:
            out["type"] = [*kind, "null"]
        if isinstance(out.get("enum"), list) and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        return out
    if "anyOf" in schema:
        members = list(schema["anyOf"])
        if not any(isinstance(m, dict) and m.get("type") == "null" for m in members):
            members.append({"type": "null"})
        return {**schema, "anyOf": members}
    if not schema:
        return schema  # `{}` accepts null already
    notes: dict[str, Any] = {key: schema[key] for key in ("description", "title") if key in schema}
    rest = {key: value for key, value in schema.items() if key not in notes}
    return {**notes, "anyOf": [rest, {"type": "null"}]}


def make_strict(schema: Mapping[str, Any], path: str = "$") -> dict[str, Any]:
    """`schema` as strict structured outputs need it (see the module docstring); SchemaError names what cannot be."""
    out = _strict(dict(schema), path)
    if out.get("type") != "object":
        raise SchemaError(
            f"{path}: a strict response format must be an object at its root, not {out.get('type', 'untyped')!r}; "
            "wrap the value in a class (or pass strict=False)"
        )
    return out


def _strict(schema: dict[str, Any], path: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in ("$defs", "definitions") and isinstance(value, Mapping):
            out[key] = {name: _strict(dict(sub), f"{path}.{key}.{name}") for name, sub in value.items()}
        elif key == "properties" and isinstance(value, Mapping):
            out[key] = {name: _strict(dict(sub), f"{path}.{name}") for name, sub in value.items()}
        elif key in ("anyOf", "oneOf", "allOf") and isinstance(value, list):
            target = "anyOf" if key == "oneOf" else key
            out[target] = [_strict(dict(sub), f"{path}.{key}[{i}]") for i, sub in enumerate(value)]
        elif key == "items" and isinstance(value, Mapping):
            out[key] = _strict(dict(value), f"{path}[]")
        elif key == "prefixItems" and isinstance(value, list):
            out[key] = [_strict(dict(sub), f"{path}[{i}]") for i, sub in enumerate(value)]
        elif key == "discriminator":
            continue  # an OpenAPI keyword (Pydantic writes it beside oneOf); the anyOf members say the same
        elif key == "default" and value is None:
            continue
        else:
            out[key] = value
    is_object = out.get("type") == "object" or "properties" in out
    if is_object:
        extra = out.get("additionalProperties", False)
        if extra not in (False, None) and not (isinstance(extra, Mapping) and not extra and "properties" in out):
            raise SchemaError(
                f"{path}: an object with additional properties (a dict[str, ...] or additionalProperties) cannot be "
                "a strict schema; give it named fields (a class), or pass strict=False"
            )
        out["additionalProperties"] = False
        properties: dict[str, Any] = out.get("properties", {})
        required = set(out.get("required", []))
        out["properties"] = {name: prop if name in required else _nullable(prop) for name, prop in properties.items()}
        out["required"] = list(properties)
    if "$ref" in out and len(out) > 1:
        # Strict mode takes a $ref alone; its neighbours (a field's description) move up beside an anyOf.
        ref = out.pop("$ref")
        out["anyOf"] = [{"$ref": ref}]
    return out


def _from_class(tp: type, strict: bool, name: str | None) -> OutputSpec[Any]:
    schema = schema_of(tp)
    description = schema.pop("description", None) or class_description(tp)
    if strict:
        schema = make_strict(schema)

    def parse(data: Any) -> Any:
        return build(tp, data)

    return OutputSpec(
        name=schema_name(name or tp.__name__),
        schema=schema,
        strict=strict,
        description=description if isinstance(description, str) else None,
        target=tp,
        _build=parse,
    )


def _schema_validator(schema: Mapping[str, Any]) -> Callable[[Any], dict[str, Any]]:
    try:
        import jsonschema  # type: ignore[import-untyped]
    except ImportError:
        jsonschema = None

    def parse(data: Any) -> dict[str, Any]:
        if jsonschema is not None:
            validator_class = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
            problems = sorted(validator_class(schema).iter_errors(data), key=lambda e: list(e.absolute_path))
            if problems:
                raise Invalid([(e.json_path, e.message) for e in problems])
        if not isinstance(data, dict):
            raise Invalid([("$", f"expected an object, got {type(data).__name__}")])
        return data

    return parse


def _from_schema(
    schema: Mapping[str, Any], *, strict: bool, name: str | None, description: str | None, as_given: bool = False
) -> OutputSpec[dict[str, Any]]:
    sent = dict(schema) if as_given or not strict else make_strict(schema)
    title = schema.get("title")
    return OutputSpec(
        name=schema_name(name or (title if isinstance(title, str) else "response")),
        schema=sent,
        strict=strict,
        description=description or (schema.get("description") if isinstance(schema.get("description"), str) else None),
        target=dict,
        _build=_schema_validator(sent),
    )


@functools.lru_cache(maxsize=256)
def _class_spec(tp: type, strict: bool, name: str | None) -> OutputSpec[Any]:
    return _from_class(tp, strict, name)


def output_spec(response_format: object, *, strict: bool = True, name: str | None = None) -> OutputSpec[Any]:
    """The OutputSpec of a response format given to `parse(...)` or `stream(...)` (see the module docstring)."""
    if isinstance(response_format, OutputSpec):
        return response_format
    if isinstance(response_format, JsonSchema):
        return _from_schema(
            response_format.schema,
            strict=response_format.strict and strict,
            name=response_format.name or name,
            description=response_format.description,
        )
    if isinstance(response_format, Mapping):
        if response_format.get("type") in _API_FORMAT_TYPES:
            return _from_api_format(response_format)
        return _from_schema(response_format, strict=strict, name=name, description=None)
    if isinstance(response_format, type) and class_kind(response_format) is not None:
        try:
            return _class_spec(response_format, strict, name)
        except TypeError as exc:
            if isinstance(exc, SchemaError):
                raise
            return _from_class(response_format, strict, name)  # unhashable, e.g. a class with __eq__ only
    raise SchemaError(
        f"response_format must be a Pydantic model, a dataclass, a TypedDict, an attrs class or a JSON schema dict, "
        f"not {response_format!r}"
    )


def _from_api_format(value: Mapping[str, Any]) -> OutputSpec[dict[str, Any]]:
    """An API-shaped `{type: json_schema, ...}` object (chat or responses shape), sent as given."""
    if value.get("type") != "json_schema":
        raise SchemaError(
            f"response_format type {value.get('type')!r} has no schema to parse against; pass a type or a JSON schema"
        )
    inner = value.get("json_schema", value)
    if not isinstance(inner, Mapping) or not isinstance(inner.get("schema"), Mapping):
        raise SchemaError("a json_schema response_format needs its `schema` object")
    name = inner.get("name")
    description = inner.get("description")
    return _from_schema(
        inner["schema"],
        strict=inner.get("strict") is not False,
        name=name if isinstance(name, str) else None,
        description=description if isinstance(description, str) else None,
        as_given=True,
    )


def is_structured_format(value: object) -> bool:
    """Whether `stream(..., response_format=value)` asks for parsing (a type or a spec), not an API object."""
    return isinstance(value, (OutputSpec, JsonSchema)) or (isinstance(value, type) and class_kind(value) is not None)
