"""Pydantic models as response formats and tool parameters (the `pydantic` extra: `openrouter-ext[pydantic]`).

Imported only when a Pydantic model is given, so the rest of structured outputs works without Pydantic.
"""

from __future__ import annotations

import typing
from typing import Any

from openrouter_ext.structured._errors import ExtraNotInstalledError, SchemaError

__all__ = ["pydantic_build", "pydantic_schema"]

EXTRA_HINT = "pip install 'openrouter-ext[pydantic]'"


def _pydantic(model: type) -> Any:
    if any(base.__module__.startswith("pydantic.v1") for base in model.__mro__):
        raise ExtraNotInstalledError(
            f"{model.__qualname__} is a Pydantic v1 model (pydantic.v1.BaseModel); structured outputs need a "
            f"Pydantic 2 model ({EXTRA_HINT})"
        )
    try:
        import pydantic
    except ImportError as exc:
        raise ExtraNotInstalledError(
            f"{model.__qualname__} is a Pydantic model, and using one needs Pydantic 2 installed: {EXTRA_HINT}"
        ) from exc
    if not hasattr(pydantic, "TypeAdapter"):
        raise ExtraNotInstalledError(
            f"{model.__qualname__}: Pydantic {getattr(pydantic, 'VERSION', '?')} is installed, structured outputs "
            f"need Pydantic 2 ({EXTRA_HINT})"
        )
    return pydantic


def pydantic_schema(model: type) -> tuple[dict[str, Any], dict[str, Any]]:
    """The model's JSON schema (validation mode, refs into `#/$defs/`) and its `$defs`, apart."""
    _pydantic(model)
    try:
        schema: dict[str, Any] = model.model_json_schema(ref_template="#/$defs/{model}")  # type: ignore[attr-defined]
    except Exception as exc:
        raise SchemaError(f"{model.__qualname__}: Pydantic could not build its JSON schema: {exc}") from exc
    defs = schema.pop("$defs", {})
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/") and ref[8:] in defs:
        # A recursive model is written as a $ref to itself; the root itself must be the object.
        schema = {**defs[ref[8:]], **{key: value for key, value in schema.items() if key != "$ref"}}
    return schema, defs


def _errors(exc: Any, path: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for error in exc.errors():
        where = path
        for part in error.get("loc", ()):
            where += f"[{part}]" if isinstance(part, int) else f".{part}"
        out.append((where, str(error.get("msg", "invalid"))))
    return out or [(path, str(exc))]


def _drop_defaulted_nulls(tp: Any, data: Any) -> Any:
    """`data` without the nulls a strict schema made the model send for fields that have a default.

    A strict schema lists every field as required and the optional ones as nullable; `null` then means "not
    given", which Pydantic would reject for a field like `limit: int = 10`.
    """
    from openrouter_ext.structured._types import accepts_none, is_pydantic_class

    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Annotated:
        return _drop_defaulted_nulls(args[0], data)
    if is_pydantic_class(tp) and isinstance(data, dict):
        out = dict(data)
        for name, field in tp.model_fields.items():
            key = field.alias or name
            if key not in out:
                continue
            if out[key] is None and not field.is_required() and not accepts_none(field.annotation):
                del out[key]
            else:
                out[key] = _drop_defaulted_nulls(field.annotation, out[key])
        return out
    if isinstance(data, list) and args:
        return [_drop_defaulted_nulls(args[0], item) for item in data]
    if isinstance(data, dict) and len(args) == 2:
        return {key: _drop_defaulted_nulls(args[1], item) for key, item in data.items()}
    if args and data is not None:
        for arg in args:
            if is_pydantic_class(arg):
                return _drop_defaulted_nulls(arg, data)
    return data


def pydantic_build(model: type, data: Any, path: str, errors: list[tuple[str, str]]) -> Any:
    """`data` validated into `model` (records the problems and returns MISSING when it does not fit)."""
    from openrouter_ext.structured._types import MISSING

    pydantic = _pydantic(model)
    try:
        return model.model_validate(_drop_defaulted_nulls(model, data))  # type: ignore[attr-defined]
    except pydantic.ValidationError as exc:
        errors.extend(_errors(exc, path))
        return MISSING
