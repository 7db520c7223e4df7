"""Every facade request, and every `client.call` of a generated operation, is checked against the pinned spec
before it is sent.

The catalog (`request_schemas.json`, written by scripts/request_catalog.py) holds each operation's JSON body
schema and its path, query and header parameters as JSON Schema draft-07. The validating functions are compiled
from it at build time (scripts/request_validators.py: fastjsonschema's `compile_to_code`, into the package
`_request_validators_generated`, one module per distinct schema); an operation's first call imports its module
and keeps the function for the process. When that package is missing or was built from another catalog (its
recorded sha256 differs), fastjsonschema compiles the schemas here instead, on first use: the same checks, slower.

What is checked: the JSON type of every value at any depth, required fields, closed enums (a listed plain
string is accepted wherever the spec lists values), the bounds the spec states (lengths, minimum/maximum,
patterns) and unknown fields where the spec closes an object (`provider` among them). Formats (`uri`,
`date-time`) are not asserted, nor is the multipart body of a file upload. `extra_body`, `extra_query` and
`extra_headers` are sent as given, unchecked: they are for what the pinned spec does not know yet.

A bad request raises RequestValidationError (a ValueError), or its subclass RequestTypeError (also a
TypeError) when a value has the wrong JSON type; either names the operation, the path of the field
(`messages[2].content`, or the argument's name for a parameter) and what was expected.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import json
import threading
from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from openrouter_ext._exceptions import RequestTypeError, RequestValidationError

__all__ = ["RequestTypeError", "RequestValidationError", "check_body", "check_fields", "check_params"]

_Validator = Callable[[Any], Any]


_JSON_TYPES: dict[type, str] = {
    dict: "object",
    list: "array",
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
    type(None): "null",
}
_ARTICLES = {"object": "an object", "array": "an array", "integer": "an integer", "null": "null"}


def _json_type(value: object) -> str:
    for kind, name in _JSON_TYPES.items():
        if type(value) is kind:
            return name
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, (list, tuple)):
        return "array"
    return type(value).__name__


def _a(kind: str) -> str:
    return _ARTICLES.get(kind, f"a {kind}")


def _short(value: object) -> str:
    text = json.dumps(value) if isinstance(value, (str, int, float, bool, type(None))) else repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


_CATALOG_FILE = "request_schemas.json"
_PRECOMPILED = "openrouter_ext._request_validators_generated"
# How every schema is compiled, here and by scripts/request_validators.py: defaults are not filled in (the body is
# sent as given) and formats are not asserted (scripts/request_catalog.py drops them; this keeps them off).
COMPILE_OPTIONS: dict[str, Any] = {"use_default": False, "use_formats": False}


def part_schema(entry: Mapping[str, Any], part: str) -> Any:
    """The schema one check of a catalog entry runs (`part` is "body" or "params"), or None when it has none.

    The parameters are checked together, as one object keyed by the facade's argument names.
    """
    if part == "body":
        return entry["body"]
    params: dict[str, Any] = entry["params"]
    if not params:
        return None
    return {
        "type": "object",
        "properties": {name: param["schema"] for name, param in params.items()},
        "required": [name for name, param in params.items() if param["required"]],
    }


def rooted_schema(schema: Any, definitions: Mapping[str, Any]) -> Any:
    """`schema` with the catalog's definitions beside it, where its `#/definitions/...` references point."""
    return {"definitions": definitions, **schema} if isinstance(schema, dict) else schema


@functools.cache  # hashed for the precompiled index and parsed for the catalog: read once
def catalog_bytes() -> bytes:
    """The packaged catalog, as stored."""
    try:
        # Read beside this module where it is a file: importlib.resources costs a first call 4 ms more (zipfile).
        return Path(__file__).with_name(_CATALOG_FILE).read_bytes()
    except OSError:  # imported from a zip
        return resources.files("openrouter_ext").joinpath(_CATALOG_FILE).read_bytes()


def _precompiled_index() -> Mapping[tuple[str, str], str] | None:
    try:
        package = importlib.import_module(_PRECOMPILED)
    except ImportError:
        return None
    # Reading and hashing the 170 KB catalog costs under a millisecond, once per process: cheap enough that a
    # catalog changed without rebuilding the validators (a hand edit, a build that failed half-way) makes the checks
    # slow, never stale. Shipping such a pair is what the freshness test prevents.
    if hashlib.sha256(catalog_bytes()).hexdigest() != package.CATALOG_SHA256:
        return None
    index: Mapping[tuple[str, str], str] = package.VALIDATORS
    return index


class _Catalog:
    """The packaged schemas and their validators: precompiled ones imported, or compiled here, each on first use."""

    def __init__(self) -> None:
        self._data: dict[str, Any] | None = None
        self._validators: dict[tuple[str, str], _Validator | None] = {}
        self._members: dict[str, _Validator] = {}
        self._index: Mapping[tuple[str, str], str] | None = None
        self._index_read = False
        self._lock = threading.Lock()

    @property
    def data(self) -> dict[str, Any]:
        if self._data is None:
            self._data = json.loads(catalog_bytes())
        return self._data

    def precompiled(self) -> Mapping[tuple[str, str], str] | None:
        """Which module of the precompiled package checks each (operation, part); None when the package is
        missing or was built from another catalog than the packaged one."""
        if not self._index_read:
            self._index = _precompiled_index()
            self._index_read = True
        return self._index

    def entry(self, operation: str) -> dict[str, Any] | None:
        found: dict[str, Any] | None = self.data["operations"].get(operation)
        return found

    def compile(self, schema: Any) -> _Validator:
        import fastjsonschema

        validator: _Validator = fastjsonschema.compile(
            rooted_schema(schema, self.data["definitions"]), **COMPILE_OPTIONS
        )
        return validator

    def validator(self, operation: str, part: str) -> _Validator | None:
        key = (operation, part)
        if key in self._validators:
            return self._validators[key]
        with self._lock:
            if key not in self._validators:
                self._validators[key] = self._build(operation, part)
        return self._validators[key]

    def _build(self, operation: str, part: str) -> _Validator | None:
        index = self.precompiled()
        if index is not None:
            # The index lists every (operation, part) the catalog has a schema for: the rest is not checked.
            module = index.get((operation, part))
            if module is None:
                return None
            validator: _Validator = importlib.import_module(f"{_PRECOMPILED}.{module}").validate
            return validator
        entry = self.entry(operation)
        if entry is None:
            return None
        schema = part_schema(entry, part)
        return None if schema is None else self.compile(schema)

    def member(self, schema: Any) -> _Validator:
        key = json.dumps(schema, sort_keys=True)
        found = self._members.get(key)
        if found is None:
            found = self._members[key] = self.compile(schema)
        return found

    def resolve(self, schema: Any) -> Any:
        seen = 0
        while isinstance(schema, dict) and "$ref" in schema and seen < 50:
            schema = self.data["definitions"][schema["$ref"].rsplit("/", 1)[-1]]
            seen += 1
        return schema


_CATALOG = _Catalog()


def check_body(operation: str, body: object) -> None:
    """Raise RequestValidationError if `body` (JSON data) is not a body the spec accepts for `operation`.

    `operation` is the endpoint module's name under openrouter_api.api (`chat.send_chat_completion_request`);
    an operation the catalog does not know is not checked.
    """
    validator = _CATALOG.validator(operation, "body")
    if validator is not None:
        _run(operation, validator, body, "")


def check_fields(operation: str, body: Mapping[str, object]) -> None:
    """Raise RequestValidationError for a top-level field of `body` that the operation's body schema does not list,
    even where the spec leaves the body open: what a facade method's signature refuses (as TypeError), for
    `client.call` with a dict body. A body schema that lists no properties at its top is not checked here.
    """
    entry = _CATALOG.entry(operation)
    schema = _CATALOG.resolve(entry["body"]) if entry else None
    known = schema.get("properties") if isinstance(schema, dict) else None
    if entry is not None and isinstance(known, dict) and any(name not in known for name in body):
        raise _unknown_field(entry["operation_id"], "", body, known)


def check_params(operation: str, params: Mapping[str, object]) -> None:
    """Raise RequestValidationError if a path, query or header argument (JSON data) is not what the spec allows."""
    validator = _CATALOG.validator(operation, "params")
    if validator is not None:
        _run(operation, validator, dict(params), "")


def _run(operation: str, validator: _Validator, value: object, prefix: str) -> None:
    from fastjsonschema import JsonSchemaValueException

    try:
        validator(value)
    except JsonSchemaValueException as exc:
        entry = _CATALOG.entry(operation)
        operation_id = entry["operation_id"] if entry else operation
        raise _explain(operation_id, exc, prefix) from None


def _join(prefix: str, name: str | None) -> str:
    # fastjsonschema names the root `data` and writes `data.messages[2].content`.
    rest = (name or "data")[len("data") :]
    path = prefix + rest
    return path[1:] if path.startswith(".") else path


def _child(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _explain(operation: str, exc: Any, prefix: str) -> RequestValidationError:
    path = _join(prefix, exc.name)
    value = exc.value
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    rule = exc.rule
    if rule == "type":
        allowed = definition.get("type")
        kinds = [allowed] if isinstance(allowed, str) else list(allowed or [])
        return RequestTypeError(operation, path, " or ".join(_a(kind) for kind in kinds), got=_json_type(value))
    if rule in ("enum", "const"):
        listed = definition["enum"] if rule == "enum" else [definition["const"]]
        return RequestValidationError(
            operation, path, "one of " + ", ".join(_short(item) for item in listed), got=_short(value)
        )
    if rule == "required" and isinstance(value, Mapping):
        missing = [name for name in definition.get("required", ()) if name not in value]
        field = missing[0] if missing else "?"
        return RequestValidationError(
            operation, _child(path, field), "a value", message="this required field is missing"
        )
    if rule == "additionalProperties" and isinstance(value, Mapping):
        return _unknown_field(operation, path, value, definition.get("properties", {}))
    if rule in ("anyOf", "oneOf"):
        return _explain_union(operation, path, value, list(definition.get(rule) or []), exc)
    bound = _BOUNDS.get(str(rule))
    if bound is not None:
        sized = str(rule).startswith(("min", "max")) and isinstance(value, (str, list, dict))
        got = f"{len(value)}" if sized else _short(value)
        return RequestValidationError(operation, path, bound.format(exc.rule_definition), got=got)
    # Anything else: fastjsonschema's own wording after the field's name.
    message = str(exc.message)
    said = message[len(exc.name or "") :].strip() if exc.name and message.startswith(exc.name) else message
    return RequestValidationError(operation, path, said, message=said)


def _unknown_field(
    operation: str, path: str, value: Mapping[str, Any], known: Mapping[str, Any]
) -> RequestValidationError:
    unknown = sorted(str(name) for name in value if name not in known)
    field = unknown[0] if unknown else "?"
    fields = ", ".join(sorted(known)) or "none"
    owner = f"`{path}`" if path else "the body"
    return RequestValidationError(
        operation,
        _child(path, field),
        f"one of the fields {fields}",
        message=f"unknown field ({owner} has the fields {fields})",
    )


_BOUNDS = {
    "minItems": "at least {} items",
    "maxItems": "at most {} items",
    "minLength": "at least {} characters",
    "maxLength": "at most {} characters",
    "minProperties": "at least {} fields",
    "maxProperties": "at most {} fields",
    "minimum": "a number >= {}",
    "maximum": "a number <= {}",
    "exclusiveMinimum": "a number > {}",
    "exclusiveMaximum": "a number < {}",
    "multipleOf": "a multiple of {}",
    "pattern": "a string matching {}",
    "uniqueItems": "items that are all different",
}


def _kinds(schema: Any) -> set[str] | None:
    """The JSON types a schema admits, or None when its top level does not say."""
    resolved = _CATALOG.resolve(schema)
    if not isinstance(resolved, dict):
        return None
    kind = resolved.get("type")
    if kind is None:
        if "enum" in resolved:
            return {_json_type(item) for item in resolved["enum"]}
        return {"object"} if "properties" in resolved else None
    kinds = {kind} if isinstance(kind, str) else set(kind)
    if "number" in kinds:
        kinds.add("integer")
    return kinds


def _tags(schema: Any) -> dict[str, list[Any]]:
    """The properties an object member pins to listed values (`role: [user]`): what tells the members apart."""
    resolved = _CATALOG.resolve(schema)
    pinned: dict[str, list[Any]] = {}
    if not isinstance(resolved, dict):
        return pinned
    for name, sub in (resolved.get("properties") or {}).items():
        sub = _CATALOG.resolve(sub)
        if isinstance(sub, dict) and "const" in sub:
            pinned[name] = [sub["const"]]
        elif isinstance(sub, dict) and isinstance(sub.get("enum"), list):
            pinned[name] = list(sub["enum"])
    return pinned


def _by_tag(
    operation: str, path: str, value: Mapping[str, Any], members: list[Any]
) -> list[Any] | RequestValidationError:
    """The members whose tag (the property most of them pin, `type` or `role`) admits the value's, or the error."""
    tags = [_tags(member) for member in members]
    counts: dict[str, int] = {}
    for pinned in tags:
        for name in pinned:
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return members
    tag = min(counts, key=lambda name: (-counts[name], name))
    pairs = list(zip(members, tags, strict=True))
    matched = [member for member, pinned in pairs if tag in pinned and value.get(tag) in pinned[tag]]
    open_members = [member for member, pinned in pairs if tag not in pinned]
    if matched or (open_members and tag not in value):
        return matched + open_members
    listed = list(dict.fromkeys(item for pinned in tags for item in pinned.get(tag, ())))
    got = _short(value[tag]) if tag in value else "nothing"
    return RequestValidationError(
        operation, _child(path, tag), "one of " + ", ".join(_short(item) for item in listed), got=got
    )


def _explain_union(operation: str, path: str, value: object, members: list[Any], exc: Any) -> RequestValidationError:
    kind = _json_type(value)
    fitting = [member for member in members if (_kinds(member) is None or kind in (_kinds(member) or ()))]
    if not fitting:
        expected: list[str] = []
        for member in members:
            for name in sorted(_kinds(member) or {"a value of another shape"}):
                text = _a(name) if name in _JSON_TYPES.values() else name
                if text not in expected:
                    expected.append(text)
        return RequestTypeError(operation, path, " or ".join(expected), got=kind)
    if len(fitting) > 1 and isinstance(value, Mapping):
        fitting_or_error = _by_tag(operation, path, value, fitting)
        if isinstance(fitting_or_error, RequestValidationError):
            return fitting_or_error
        fitting = fitting_or_error
    if len(fitting) == 1:
        from fastjsonschema import JsonSchemaValueException

        try:
            _CATALOG.member(fitting[0])(value)
        except JsonSchemaValueException as inner:
            return _explain(operation, inner, "." + path if path else "")
    names = []
    for member in fitting:
        ref = member.get("$ref") if isinstance(member, dict) else None
        names.append(ref.rsplit("/", 1)[-1] if isinstance(ref, str) else " or ".join(sorted(_kinds(member) or {"?"})))
    return RequestValidationError(operation, path, "a value matching one of: " + "; ".join(names), got=kind)
