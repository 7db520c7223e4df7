"""Python types as JSON schemas, and JSON data checked and built back into those types.

The same two walks serve response formats and tool parameters: `schema_of` turns a type (dataclass, TypedDict,
attrs class, Pydantic model, or the building blocks: str, int, float, bool, None, Literal, Enum, list, tuple,
dict, unions, Annotated, datetime/date/time, UUID) into a JSON schema, nested classes in `$defs`; `build` checks
decoded JSON against the same type and builds the value, collecting every problem with its JSONPath.

A field with a default is optional in the type but required (and nullable) in a strict schema, so `null` for a
field with a default means "use the default", and a TypedDict key that is not required is left out on `null`.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import inspect
import re
import types
import typing
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, Union, cast

import attrs

from openrouter_ext.structured._errors import SchemaError

__all__ = [
    "MISSING",
    "Invalid",
    "ObjectField",
    "accepts_none",
    "build",
    "build_fields",
    "class_kind",
    "fields_schema",
    "is_pydantic_class",
    "object_fields",
    "schema_of",
    "to_jsonable",
]

_NONE_TYPE = type(None)
_UNION_TYPES: tuple[object, ...] = (Union, types.UnionType)
_WRAPPERS = ("Required", "NotRequired", "ReadOnly")


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class Invalid(Exception):
    """The data does not fit the type; `errors` are `(path, problem)` pairs."""

    def __init__(self, errors: list[tuple[str, str]]) -> None:
        super().__init__("; ".join(f"{path}: {problem}" for path, problem in errors))
        self.errors = errors


def is_pydantic_class(tp: object) -> bool:
    """Whether `tp` is a Pydantic model class (v1 or v2), found without importing pydantic."""
    if not isinstance(tp, type):
        return False
    return any(base.__name__ == "BaseModel" and base.__module__.startswith("pydantic") for base in tp.__mro__)


def _is_typeddict(tp: object) -> bool:
    if typing.is_typeddict(tp):
        return True
    # typing_extensions.TypedDict on Python 3.10 is not recognised by typing.is_typeddict.
    return isinstance(tp, type) and issubclass(tp, dict) and hasattr(tp, "__required_keys__")


def class_kind(tp: object) -> Literal["pydantic", "dataclass", "typeddict", "attrs"] | None:
    """Which kind of class `tp` is, or None when it is not one of the classes this module reads field by field."""
    if is_pydantic_class(tp):
        return "pydantic"
    if _is_typeddict(tp):
        return "typeddict"
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return "dataclass"
    if isinstance(tp, type) and attrs.has(tp):
        return "attrs"
    return None


@dataclasses.dataclass(frozen=True)
class ObjectField:
    """One field of a class: its JSON key, the keyword its constructor takes, its type, and its default."""

    key: str
    init_name: str
    type: Any
    required: bool
    default: Callable[[], Any] | None
    description: str | None


def _hints(tp: type) -> dict[str, Any]:
    try:
        return typing.get_type_hints(tp, include_extras=True)
    except Exception as exc:
        raise SchemaError(f"the type hints of {tp.__qualname__} cannot be resolved: {exc}") from exc


def _unwrap_required(hint: Any) -> Any:
    while getattr(typing.get_origin(hint), "_name", None) in _WRAPPERS and typing.get_args(hint):
        hint = typing.get_args(hint)[0]
    return hint


def object_fields(tp: type) -> list[ObjectField]:
    """The fields of a dataclass, attrs class or TypedDict, in declaration order."""
    kind = class_kind(tp)
    hints = _hints(tp)
    out: list[ObjectField] = []
    if kind == "dataclass":
        for item in dataclasses.fields(tp):
            if not item.init:
                continue
            default: Callable[[], Any] | None = None
            if item.default is not dataclasses.MISSING:
                default = _constant(item.default)
            elif item.default_factory is not dataclasses.MISSING:
                default = item.default_factory
            description = item.metadata.get("description")
            out.append(
                ObjectField(
                    key=item.name,
                    init_name=item.name,
                    type=hints.get(item.name, Any),
                    required=default is None,
                    default=default,
                    description=description if isinstance(description, str) else None,
                )
            )
    elif kind == "attrs":
        for field in attrs.fields(tp):
            if not field.init:
                continue
            default = None
            if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                factory = field.default
                if factory.takes_self:
                    raise SchemaError(f"{tp.__qualname__}.{field.name}: a default that takes self cannot be used")
                default = factory.factory
            elif field.default is not attrs.NOTHING:
                default = _constant(field.default)
            description = field.metadata.get("description")
            out.append(
                ObjectField(
                    key=field.name,
                    init_name=field.alias or field.name,
                    type=hints.get(field.name, field.type if field.type is not None else Any),
                    required=default is None,
                    default=default,
                    description=description if isinstance(description, str) else None,
                )
            )
    elif kind == "typeddict":
        required_keys = getattr(tp, "__required_keys__", frozenset(hints))
        for name, hint in hints.items():
            # With string annotations (PEP 563) the class cannot see Required/NotRequired; the resolved hint can.
            marker = getattr(typing.get_origin(hint), "_name", None)
            required = marker == "Required" or (marker != "NotRequired" and name in required_keys)
            out.append(
                ObjectField(
                    key=name,
                    init_name=name,
                    type=_unwrap_required(hint),
                    required=required,
                    default=None,
                    description=None,
                )
            )
    else:
        raise SchemaError(f"{tp!r} is not a dataclass, attrs class or TypedDict")
    return out


def _constant(value: object) -> Callable[[], Any]:
    return lambda: value


def class_description(tp: type) -> str | None:
    """The class docstring, unless it is the signature dataclasses write when there is none."""
    doc = tp.__doc__
    if not doc or doc.startswith(f"{tp.__name__}("):
        return None
    if _is_typeddict(tp) and doc == dict.__doc__:
        return None
    return inspect.cleandoc(doc)


def _def_name(tp: type) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", tp.__name__)


class _SchemaBuilder:
    def __init__(self, root: object) -> None:
        self.root = root
        self.defs: dict[str, dict[str, Any]] = {}
        self._names: dict[object, str] = {}

    def ref(self, tp: type) -> dict[str, Any]:
        if tp is self.root:
            return {"$ref": "#"}
        name = self._names.get(tp)
        if name is None:
            name = _def_name(tp)
            taken = set(self._names.values())
            suffix = 2
            while name in taken:
                name = f"{_def_name(tp)}_{suffix}"
                suffix += 1
            self._names[tp] = name
            self.defs[name] = {}
            self.defs[name] = self.class_schema(tp)
        return {"$ref": f"#/$defs/{name}"}

    def class_schema(self, tp: type) -> dict[str, Any]:
        if class_kind(tp) == "pydantic":
            from openrouter_ext.structured._pydantic import pydantic_schema

            schema, defs = pydantic_schema(tp)
            for name, value in defs.items():
                self.defs.setdefault(name, value)
            return schema
        out: dict[str, Any] = {"type": "object", "title": tp.__name__, **self.fields(object_fields(tp))}
        description = class_description(tp)
        if description:
            out["description"] = description
        return out

    def fields(self, fields: list[ObjectField]) -> dict[str, Any]:
        """`properties` and `required` of an object with these fields."""
        properties: dict[str, Any] = {}
        for field in fields:
            prop = self.schema(field.type)
            if field.description:
                prop = {**prop, "description": field.description}
            if field.default is not None:
                try:
                    default = to_jsonable(field.default())
                except Exception:
                    default = MISSING
                if default is not MISSING and _is_json(default):
                    prop = {**prop, "default": default}
            properties[field.key] = prop
        out: dict[str, Any] = {"properties": properties}
        required = [field.key for field in fields if field.required]
        if required:
            out["required"] = required
        return out

    def schema(self, tp: Any) -> dict[str, Any]:
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin is typing.Annotated:
            base = self.schema(args[0])
            notes = [item for item in args[1:] if isinstance(item, str)]
            return {**base, "description": " ".join(notes)} if notes else base
        if tp is Any or tp is object:
            return {}
        if tp is None or tp is _NONE_TYPE:
            return {"type": "null"}
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer"}
        if tp is float:
            return {"type": "number"}
        if tp is str:
            return {"type": "string"}
        if tp is datetime.datetime:
            return {"type": "string", "format": "date-time"}
        if tp is datetime.date:
            return {"type": "string", "format": "date"}
        if tp is datetime.time:
            return {"type": "string", "format": "time"}
        if tp is uuid.UUID:
            return {"type": "string", "format": "uuid"}
        if origin is Literal:
            return _enum_schema(list(args))
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            out = _enum_schema([member.value for member in tp])
            out["title"] = tp.__name__
            return out
        if origin in _UNION_TYPES:
            return _union([self.schema(arg) for arg in args])
        if isinstance(tp, type) and class_kind(tp) is not None:
            return self.ref(tp)
        if origin is tuple:
            if len(args) == 2 and args[1] is Ellipsis:
                return {"type": "array", "items": self.schema(args[0])}
            items = [self.schema(arg) for arg in args]
            return {"type": "array", "prefixItems": items, "minItems": len(items), "maxItems": len(items)}
        if origin in (list, set, frozenset, Sequence, typing.Sequence) or tp in (list, set, frozenset, tuple):
            return {"type": "array", "items": self.schema(args[0]) if args else {}}
        if origin in (dict, Mapping, typing.Mapping) or tp is dict:
            if args and args[0] is not str:
                raise SchemaError(f"{tp!r}: JSON object keys are strings, so only dict[str, ...] can be used")
            return {"type": "object", "additionalProperties": self.schema(args[1]) if args else {}}
        raise SchemaError(f"{tp!r} cannot be expressed as a JSON schema")


def _json_type(value: object) -> str | None:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return None


def _enum_schema(values: list[Any]) -> dict[str, Any]:
    json_types = sorted({str(_json_type(value)) for value in values})
    out: dict[str, Any] = {"enum": values}
    if len(json_types) == 1 and json_types[0] != "None":
        out = {"type": json_types[0], "enum": values}
    return out


def _union(members: list[dict[str, Any]]) -> dict[str, Any]:
    # Plain `{"type": ...}` members collapse into one type list; anything richer stays an anyOf.
    if all(set(member) == {"type"} and isinstance(member["type"], str) for member in members):
        names: list[str] = []
        for member in members:
            if member["type"] not in names:
                names.append(member["type"])
        return {"type": names[0] if len(names) == 1 else names}
    return {"anyOf": members}


def fields_schema(fields: list[ObjectField], *, owner: object = None) -> dict[str, Any]:
    """The object schema of `fields` (a function's parameters, say), nested classes in `$defs`."""
    builder = _SchemaBuilder(owner)
    out: dict[str, Any] = {"type": "object", **builder.fields(fields)}
    if builder.defs:
        out["$defs"] = builder.defs
    return out


def schema_of(tp: Any) -> dict[str, Any]:
    """The JSON schema of `tp`; a class is the root object, nested classes go to `$defs`."""
    builder = _SchemaBuilder(tp)
    is_class = isinstance(tp, type) and class_kind(tp) is not None
    root = builder.class_schema(tp) if is_class else builder.schema(tp)
    if builder.defs:
        root = {**root, "$defs": {**root.get("$defs", {}), **builder.defs}}
    return root


def _is_json(value: object) -> bool:
    if value is None or isinstance(value, (str, int, float, bool)):
        return True
    if isinstance(value, list):
        return all(_is_json(item) for item in value)
    if isinstance(value, dict):
        return all(isinstance(key, str) and _is_json(item) for key, item in value.items())
    return False


def to_jsonable(value: object) -> Any:
    """A Python value (classes of every kind above, enums, dates, UUIDs, containers) as JSON data."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value.value if isinstance(value, enum.Enum) else value
    if isinstance(value, enum.Enum):
        return to_jsonable(value.value)
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    dump = getattr(value, "model_dump", None)
    if callable(dump) and is_pydantic_class(type(value)):
        return dump(mode="json")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {field.name: to_jsonable(getattr(value, field.name)) for field in dataclasses.fields(value)}
    if attrs.has(type(value)):
        fields: Any = attrs.fields(cast("Any", type(value)))
        return {field.name: to_jsonable(getattr(value, field.name)) for field in fields}
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, type):
        return to_jsonable(to_dict())
    if isinstance(value, Mapping):
        return {str(key): to_jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_jsonable(item) for item in value]
    return value


def _describe(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _key_path(path: str, key: str) -> str:
    return f"{path}.{key}" if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key) else f"{path}[{key!r}]"


def accepts_none(tp: Any) -> bool:
    if tp is None or tp is _NONE_TYPE or tp is Any or tp is object:
        return True
    origin = typing.get_origin(tp)
    if origin is typing.Annotated:
        return accepts_none(typing.get_args(tp)[0])
    if origin is Literal:
        return None in typing.get_args(tp)
    if origin in _UNION_TYPES:
        return any(accepts_none(arg) for arg in typing.get_args(tp))
    return False


def build(tp: Any, data: Any, path: str = "$") -> Any:
    """`data` (decoded JSON) checked against `tp` and built into it; raises Invalid listing every problem."""
    errors: list[tuple[str, str]] = []
    value = _build(tp, data, path, errors)
    if errors:
        raise Invalid(errors)
    return value


def build_fields(
    tp: type | None, fields: list[ObjectField], data: Any, path: str, errors: list[tuple[str, str]]
) -> Any:
    """The keyword arguments for `fields` from the JSON object `data` (MISSING after recording the problems)."""
    if not isinstance(data, dict):
        errors.append((path, f"expected an object, got {_describe(data)}"))
        return MISSING
    known = {field.key for field in fields}
    kwargs: dict[str, Any] = {}
    before = len(errors)
    for field in fields:
        where = _key_path(path, field.key)
        if field.key not in data:
            if field.required:
                errors.append((where, "required, but missing"))
            continue
        raw = data[field.key]
        if raw is None and not field.required and not accepts_none(field.type):
            continue  # null stands for "not given" in a strict schema: the default applies
        value = _build(field.type, raw, where, errors)
        if value is not MISSING:
            kwargs[field.init_name] = value
    for key in data:
        if key not in known:
            errors.append((_key_path(path, key), "not a field of " + (tp.__name__ if tp is not None else "the object")))
    return MISSING if len(errors) > before else kwargs


def _build(tp: Any, data: Any, path: str, errors: list[tuple[str, str]]) -> Any:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Annotated:
        return _build(args[0], data, path, errors)
    if tp is Any or tp is object:
        return data
    if tp is None or tp is _NONE_TYPE:
        if data is not None:
            errors.append((path, f"expected null, got {_describe(data)}"))
            return MISSING
        return None
    if tp is bool:
        if not isinstance(data, bool):
            errors.append((path, f"expected a boolean, got {_describe(data)}"))
            return MISSING
        return data
    if tp is int:
        if isinstance(data, bool) or not (isinstance(data, int) or (isinstance(data, float) and data.is_integer())):
            errors.append((path, f"expected an integer, got {_describe(data)}"))
            return MISSING
        return int(data)
    if tp is float:
        if isinstance(data, bool) or not isinstance(data, (int, float)):
            errors.append((path, f"expected a number, got {_describe(data)}"))
            return MISSING
        return float(data)
    if tp is str:
        if not isinstance(data, str):
            errors.append((path, f"expected a string, got {_describe(data)}"))
            return MISSING
        return data
    if tp in (datetime.datetime, datetime.date, datetime.time, uuid.UUID):
        if not isinstance(data, str):
            errors.append((path, f"expected a {tp.__name__} string, got {_describe(data)}"))
            return MISSING
        try:
            if tp is uuid.UUID:
                return uuid.UUID(data)
            text = data[:-1] + "+00:00" if data.endswith("Z") and tp is datetime.datetime else data
            return tp.fromisoformat(text)
        except ValueError:
            errors.append((path, f"expected an ISO {tp.__name__}, got {_describe(data)}"))
            return MISSING
    if origin is Literal:
        for allowed in args:
            if data == allowed and type(data) is type(allowed):
                return allowed
        errors.append((path, f"expected one of {list(args)!r}, got {_describe(data)}"))
        return MISSING
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        for member in tp:
            if member.value == data and type(member.value) is type(data):
                return member
        errors.append((path, f"expected one of {[m.value for m in tp]!r}, got {_describe(data)}"))
        return MISSING
    if origin in _UNION_TYPES:
        # An exact JSON-type match first, so that 1 stays an int in `int | float` and "1" a str in `str | int`.
        tries: list[list[tuple[str, str]]] = []
        for arg in args:
            attempt: list[tuple[str, str]] = []
            value = _build(arg, data, path, attempt)
            if not attempt:
                return value
            tries.append(attempt)
        best = min(tries, key=len)
        errors.extend(best if len(best) == 1 and best[0][0] != path else [(path, _union_problem(args, data))])
        return MISSING
    if isinstance(tp, type):
        kind = class_kind(tp)
        if kind == "pydantic":
            from openrouter_ext.structured._pydantic import pydantic_build

            return pydantic_build(tp, data, path, errors)
        if kind is not None:
            kwargs = build_fields(tp, object_fields(tp), data, path, errors)
            if kwargs is MISSING:
                return MISSING
            if kind == "typeddict":
                return kwargs
            try:
                return tp(**kwargs)
            except Exception as exc:  # a validator or __post_init__ of the class refused the values
                errors.append((path, f"{tp.__name__}(...) raised {type(exc).__name__}: {exc}"))
                return MISSING
    if origin is tuple or tp is tuple:
        if not isinstance(data, list):
            errors.append((path, f"expected an array, got {_describe(data)}"))
            return MISSING
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_build(args[0], item, f"{path}[{i}]", errors) for i, item in enumerate(data))
        if args and len(data) != len(args):
            errors.append((path, f"expected {len(args)} items, got {len(data)}"))
            return MISSING
        return tuple(_build(args[i] if args else Any, item, f"{path}[{i}]", errors) for i, item in enumerate(data))
    if origin in (list, set, frozenset, Sequence, typing.Sequence) or tp in (list, set, frozenset):
        if not isinstance(data, list):
            errors.append((path, f"expected an array, got {_describe(data)}"))
            return MISSING
        item_type = args[0] if args else Any
        items = [_build(item_type, item, f"{path}[{i}]", errors) for i, item in enumerate(data)]
        container = origin if origin in (set, frozenset) else (tp if tp in (set, frozenset) else list)
        return container(items)
    if origin in (dict, Mapping, typing.Mapping) or tp is dict:
        if not isinstance(data, dict):
            errors.append((path, f"expected an object, got {_describe(data)}"))
            return MISSING
        value_type = args[1] if args else Any
        return {key: _build(value_type, item, _key_path(path, key), errors) for key, item in data.items()}
    raise SchemaError(f"{tp!r} cannot be built from JSON")


def _union_problem(args: tuple[Any, ...], data: object) -> str:
    names = ", ".join(getattr(arg, "__name__", None) or repr(arg) for arg in args)
    return f"expected one of ({names}), got {_describe(data)}"
