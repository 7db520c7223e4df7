"""Request validation against the pinned spec's parameter and request body schemas, with jsonschema (2020-12).

The real API answers 400 to a body its schema rejects; an emulator that accepted it would let a user's test pass
where production fails. jsonschema is imported on first use, so importing the emulator does not need it; an
Emulator that validates (the default) needs it installed (the `testing` extra: `pip install 'openrouter-ext[testing]'`).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import threading
from collections.abc import Mapping
from typing import Any

from openrouter_ext.testing._errors import ApiProblem
from openrouter_ext.testing._multipart import FormPart
from openrouter_ext.testing._spec import Operation, Parameter, request_schemas

_lock = threading.Lock()
_validators: dict[tuple[str, str], Any] = {}


def jsonschema_available() -> bool:
    try:
        import jsonschema  # type: ignore[import-untyped]  # noqa: F401
    except ImportError:
        return False
    return True


@functools.lru_cache(maxsize=1)
def _defs() -> dict[str, Any]:
    return request_schemas()


_DATE_TIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s\x00-\x1f\x7f]*$")


def _is_date_time(value: object) -> bool:
    """RFC 3339 date-time (a leap second allowed, as RFC 3339 does)."""
    if not isinstance(value, str):
        return True
    found = _DATE_TIME.match(value)
    if found is None:
        return False
    year, month, day, hour, minute, second = (int(part) for part in found.groups()[:6])
    offset = found.group(8)
    if offset not in ("Z", "z") and (int(offset[1:3]) > 23 or int(offset[4:6]) > 59):
        return False
    try:
        dt.datetime(year, month, day, hour, minute, min(second, 59))
    except ValueError:
        return False
    return second <= 60


def _is_uri(value: object) -> bool:
    """RFC 3986 absolute URI: a scheme, then no whitespace or control characters."""
    return not isinstance(value, str) or _URI.match(value) is not None


@functools.lru_cache(maxsize=1)
def _format_checker() -> Any:
    # The formats the spec's requests use are asserted, as the real API does (a workspace_id that is not a UUID is
    # a 400). date-time and uri are checked here rather than by jsonschema's optional extra packages, so that the
    # emulator refuses the same requests whatever else is installed.
    from jsonschema import FormatChecker

    checker = FormatChecker()
    checker.checks("date-time")(_is_date_time)
    checker.checks("uri")(_is_uri)
    return checker


def _validator(key: tuple[str, str], schema: dict[str, Any]) -> Any:
    with _lock:
        validator = _validators.get(key)
        if validator is None:
            from jsonschema import Draft202012Validator

            validator = Draft202012Validator({**schema, "$defs": _defs()}, format_checker=_format_checker())
            _validators[key] = validator
        return validator


def _location(path: Any) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _first_error(validator: Any, instance: Any) -> Any:
    from jsonschema.exceptions import best_match  # type: ignore[import-untyped]

    return best_match(validator.iter_errors(instance))


def _problem(where: str, error: Any) -> ApiProblem:
    field = _location(error.absolute_path)
    name = f"{where}.{field}" if field else where
    message = error.message if len(error.message) <= 300 else error.message[:297] + "..."
    return ApiProblem(400, f"Invalid {name}: {message}", metadata={"field": name})


def _coerce(raw: list[str], schema: dict[str, Any]) -> Any:
    """A query value as the schema's type: the wire only carries strings."""
    kinds = schema.get("type")
    kinds = [kinds] if isinstance(kinds, str) else list(kinds or [])
    if "array" in kinds:
        items = schema.get("items", {})
        return [_coerce([part], items) for value in raw for part in value.split(",")]
    if len(raw) > 1:
        # A scalar given more than once is not one value: the list fails the schema's type, as the API refuses it.
        return [_coerce([value], schema) for value in raw]
    value = raw[0]
    for kind in kinds:
        try:
            if kind == "integer":
                return int(value)
            if kind == "number":
                return float(value)
        except ValueError:
            continue
        if kind == "boolean" and value in ("true", "false"):
            return value == "true"
        if kind == "null" and value == "null":
            return None
    return value


def _check_parameter(operation: Operation, parameter: Parameter, raw: list[str] | None) -> None:
    where = {"query": "query parameter", "path": "path parameter", "header": "header"}.get(
        parameter.location, parameter.location
    )
    if raw is None:
        if parameter.required:
            raise ApiProblem(400, f"Missing required {where} {parameter.name}", metadata={"field": parameter.name})
        return
    validator = _validator((operation.operation_id, f"{parameter.location}:{parameter.name}"), parameter.schema)
    error = _first_error(validator, _coerce(raw, parameter.schema))
    if error is not None:
        raise _problem(f"{where} {parameter.name}", error)


def validate_request(
    operation: Operation,
    *,
    path_params: Mapping[str, str],
    query: Mapping[str, list[str]],
    headers: Mapping[str, str],
    content_type: str,
    body: Any,
    body_error: str | None,
    raw_body: bytes,
) -> None:
    """Raise ApiProblem(400) naming the first parameter or body field the spec rejects."""
    for parameter in operation.parameters:
        if parameter.location == "path":
            value = path_params.get(parameter.name)
            _check_parameter(operation, parameter, None if value is None else [value])
        elif parameter.location == "query":
            _check_parameter(operation, parameter, list(query[parameter.name]) if parameter.name in query else None)
        elif parameter.location == "header":
            header = headers.get(parameter.name.lower())
            _check_parameter(operation, parameter, None if header is None else [header])
    content = operation.request_content
    if content is None:
        return
    if not raw_body:
        if operation.request_required:
            raise ApiProblem(400, "A request body is required", metadata={"field": "body"})
        return
    media_type = content_type.split(";")[0].strip().lower() or "application/json"
    if media_type not in content:
        listed = ", ".join(sorted(content))
        raise ApiProblem(400, f"Unsupported Content-Type {media_type!r}: expected {listed}", metadata={"field": "body"})
    if media_type == "application/json":
        if body_error is not None:
            raise ApiProblem(400, f"Invalid JSON body: {body_error}", metadata={"field": "body"})
        error = _first_error(_validator((operation.operation_id, media_type), content[media_type]), body)
        if error is not None:
            raise _problem("body", error)


def validate_form(operation: Operation, form: Mapping[str, list[FormPart]]) -> None:
    """Check a multipart form against the operation's multipart schema (files stand for binary strings)."""
    content = operation.request_content or {}
    schema = content.get("multipart/form-data")
    if schema is None:
        return
    properties = schema.get("properties", {})
    instance: dict[str, Any] = {}
    for name, parts in form.items():
        field = properties.get(name, {})
        if field.get("format") == "binary" or parts[0].filename is not None:
            instance[name] = parts[0].filename or "file"
        else:
            instance[name] = _coerce([part.text for part in parts], field)
    error = _first_error(_validator((operation.operation_id, "multipart/form-data"), schema), instance)
    if error is not None:
        raise _problem("form", error)


def validate_value(key: str, schema: dict[str, Any], instance: Any, where: str) -> None:
    """Raise ApiProblem(400) naming `where` (and the field inside it) when `instance` does not fit `schema`."""
    error = _first_error(_validator(("value", key), schema), instance)
    if error is not None:
        raise _problem(where, error)
