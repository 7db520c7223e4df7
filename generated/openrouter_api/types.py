"""Contains some shared types for properties"""

import os
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from pathlib import Path
from typing import IO, Any, BinaryIO, Callable, Generic, Literal, TypeVar, cast

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # By name: a copied, deep-copied or unpickled model keeps this one UNSET, so `is UNSET` and == still hold.
        return "UNSET"


UNSET: Unset = Unset()


class MissingFieldError(AttributeError):
    """A field the spec marks required was not in the body this model was parsed from.

    Parsing is lenient (a real response that leaves out a required field still parses), so the gap shows when the
    field is read: the attribute is typed as the spec says, and reading it raises this error, which names the model
    and the field. It is an AttributeError, so `getattr(model, name, default)` and `hasattr` work as usual.
    """

    def __init__(self, model: str, field: str) -> None:
        super().__init__(f"{model}.{field} is missing: the body did not include this required field")
        self.model = model
        self.field = field


class FieldParseError(ValueError):
    """A value in a body could not be built into the type the spec declares for its field.

    `path` lists where, outermost first (`["ChatResult.choices", "ChatChoice.message"]`); the message names it and
    the underlying problem. Parsing is lenient about what is missing or unknown, never about a value of a shape the
    model cannot hold.
    """

    def __init__(self, path: list[str], problem: str) -> None:
        super().__init__(f"cannot parse {' > '.join(path)}: {problem}")
        self.path = path
        self.problem = problem

    @classmethod
    def at(cls, model: str, field: str, error: BaseException) -> "FieldParseError":
        return cls([f"{model}.{field}"], f"{type(error).__name__}: {error}")

    def within(self, model: str, field: str) -> "FieldParseError":
        return FieldParseError([f"{model}.{field}", *self.path], self.problem)


class ResolvingAnnotations(dict[str, Any]):
    """A model's `__annotations__` that first binds the names its module imports lazily.

    The models a model refers to are imported on first use, so its annotations name classes its module does not
    hold yet; typing.get_type_hints (and attrs.resolve_types, cattrs, documentation tools through it) would raise
    NameError. Reading the annotations through this mapping imports them first.
    """

    def __init__(self, annotations: Mapping[str, Any], resolve: Callable[[], None]) -> None:
        super().__init__(annotations)
        self._resolve = resolve

    def items(self) -> Any:
        self._resolve()
        return super().items()

    def values(self) -> Any:
        self._resolve()
        return super().values()

    def __getitem__(self, key: str) -> Any:
        self._resolve()
        return super().__getitem__(key)


# The types that `httpx.Client(files=)` can accept (same shapes as httpx's own aliases).
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload (or a binary body received): a binary file object, the bytes themselves, or a path.

    A path is read when the request is built, and its name is the part's file name unless `file_name` is given.
    """

    payload: BinaryIO | bytes | os.PathLike[str]
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        if isinstance(self.payload, os.PathLike):
            path = Path(self.payload)
            # Read whole: a retry must be able to send the same body again, and no file handle is left open.
            return self.file_name if self.file_name is not None else path.name, path.read_bytes(), self.mime_type
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


import datetime as _datetime
import json as _json
import sys as _sys

# The body decoder, bound by the first json_body call rather than at import (orjson brings uuid with it, and a
# client that has not received a body yet need not pay for either).
_loads: Callable[[bytes], Any] | None = None


def _decoder() -> Callable[[bytes], Any]:
    """orjson's loads when it is installed (the `speedups` extra): a faster decoder for large bodies; else json's."""
    global _loads
    try:
        from orjson import loads
    except ImportError:
        loads = _json.loads
    _loads = loads
    return loads


def json_loads(data: str | bytes) -> Any:
    """`json.loads(data)`, decoded with orjson when it is installed. What orjson refuses is handed to the standard
    library, whose value (NaN, Infinity) or error is then the answer, so errors read as json's always do. One
    difference remains with orjson: an integer beyond 64 bits is read as a float, where the standard library keeps
    every digit (OpenRouter's bodies carry none: ids are strings, counts and timestamps fit)."""
    loads = _loads or _decoder()
    try:
        return loads(data)
    except ValueError:
        return _json.loads(data)


def json_body(response: Any) -> Any:
    """The decoded JSON body of an httpx.Response: what `response.json()` gives, through json_loads."""
    return json_loads(response.content)


if _sys.version_info >= (3, 11):
    parse_datetime = _datetime.datetime.fromisoformat
else:

    def parse_datetime(value: str) -> _datetime.datetime:
        """A date-time of the body. Python 3.10's fromisoformat reads only what isoformat() writes, so the RFC 3339
        forms OpenRouter sends (a trailing `Z`, fractions that are not 3 or 6 digits) go to dateutil's isoparse;
        its offset is turned into a datetime.timezone, as 3.11's fromisoformat gives."""
        try:
            return _datetime.datetime.fromisoformat(value)
        except ValueError:
            from dateutil.parser import isoparse

            parsed = isoparse(value)
            offset = parsed.utcoffset()
            if offset is None:
                return parsed
            return parsed.replace(tzinfo=_datetime.timezone.utc if not offset else _datetime.timezone(offset))


def http_status(code: int) -> HTTPStatus:
    """HTTPStatus(code), or the plain int for a status HTTPStatus does not list (it compares equal all the same)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return cast(HTTPStatus, code)


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "FieldParseError",
    "File",
    "FileTypes",
    "MissingFieldError",
    "RequestFiles",
    "ResolvingAnnotations",
    "Response",
    "Unset",
    "http_status",
    "json_body",
]
