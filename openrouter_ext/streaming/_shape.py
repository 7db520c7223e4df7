"""Type checks for the stream event fields that the accumulators fold into a result.

A field whose value does not have the JSON type the published schema gives it (`"choices": "oops"`, a `content`
that is a number) would otherwise be skipped or mangled, and the result would come out shorter without a word.
The accumulators check each field they read where they read it (so a well-formed chunk costs no extra pass) and
raise `Misfit`; `add()` turns it into MalformedEventError carrying the event, the partial result and the
generation id. `null` always fits: the schemas make most fields nullable and null means "nothing in this event".
Fields an accumulator does not read are carried as they came, unchecked.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, Union

from openrouter_ext._exceptions import MalformedEventError
from openrouter_ext.streaming._decoder import preview

__all__ = [
    "ARRAY",
    "BOOLEAN",
    "INTEGER",
    "NUMBER",
    "OBJECT",
    "STRING",
    "Fields",
    "Misfit",
    "check_fields",
    "fits",
    "misfit_error",
]

STRING = "a string"
INTEGER = "an integer"
NUMBER = "a number"
BOOLEAN = "a boolean"
OBJECT = "an object"
ARRAY = "an array"

# A table of fields: field name -> expected kind, or a nested table for an object with known fields.
Fields = Mapping[str, Union[str, "Fields"]]

_FITS: dict[str, Callable[[object], bool]] = {
    STRING: lambda value: type(value) is str,
    # bool is an int subclass in Python but not a JSON integer.
    INTEGER: lambda value: isinstance(value, int) and not isinstance(value, bool),
    NUMBER: lambda value: isinstance(value, (int, float)) and not isinstance(value, bool),
    BOOLEAN: lambda value: isinstance(value, bool),
    OBJECT: lambda value: isinstance(value, Mapping),
    ARRAY: lambda value: isinstance(value, list),
}


class Misfit(Exception):
    """A field of an event that does not have the type its schema gives it."""

    def __init__(self, where: str, expected: str, value: object) -> None:
        super().__init__(where, expected, value)
        self.where = where
        self.expected = expected
        self.value = value


def fits(value: object, kind: str) -> bool:
    """Whether `value` is of the JSON type `kind` (one of the constants above)."""
    return _FITS[kind](value)


def _kind_of(value: object) -> str:
    for kind in (BOOLEAN, STRING, INTEGER, NUMBER, OBJECT, ARRAY):
        if _FITS[kind](value):
            return kind
    return type(value).__name__


def check_fields(obj: Mapping[str, Any], fields: Fields, where: str = "") -> None:
    """Raise Misfit for the first field of `obj` listed in `fields` whose non-null value has another type."""
    for key, kind in fields.items():
        value = obj.get(key)
        if value is None:
            continue
        path = f"{where}.{key}" if where else key
        if isinstance(kind, str):
            if not _FITS[kind](value):
                raise Misfit(path, kind, value)
        elif isinstance(value, Mapping):
            check_fields(value, kind, path)
        else:
            raise Misfit(path, OBJECT, value)


def misfit_error(
    misfit: Misfit, event: Mapping[str, Any], schema: str, *, partial: object, generation_id: str | None
) -> MalformedEventError:
    """The MalformedEventError for `misfit` found in `event` (the line is the event as JSON, truncated)."""
    line = preview(json.dumps(event, ensure_ascii=False, default=repr))
    return MalformedEventError(
        f"stream event does not fit {schema}: {misfit.where} is {_kind_of(misfit.value)}, expected "
        f"{misfit.expected}: {line!r}",
        line=line,
        partial=partial,
        generation_id=generation_id,
    )
