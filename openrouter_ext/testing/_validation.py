"""Request validation against the pinned spec's parameter and request body schemas, with jsonschema (2020-12).

The real API answers 400 to a body its schema rejects; an emulator that accepted it would let a user's test pass
where production fails. jsonschema is imported on first use, so importing the emulator does not need it; an
Emulator that validates (the default) needs it installed (the `testing` extra: `pip install 'openrouter-ext[testing]'`).
"""

from __future__ import annotations

import functools
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


def _validator(key: tuple[str, str], schema: dict[str, Any]) -> Any:
    with _lock:
        validator = _validators.get(key)
        if validator is None:
            from jsonschema import Draft202012Validator

            validator = Draft202012Validator({**schema, "$defs": _defs()})
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
    value = raw[-1]
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
