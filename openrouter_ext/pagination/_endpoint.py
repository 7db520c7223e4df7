"""How an offset-paginated list endpoint is described: its operation, how to read a page, its page-size rules."""

from __future__ import annotations

import importlib
import inspect
import uuid
from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Generic, TypeVar

import attrs

__all__ = ["ListEndpoint", "PageSizeRules"]

ItemT = TypeVar("ItemT")


@attrs.frozen(kw_only=True)
class PageSizeRules:
    """Who chooses the page size and within which bounds.

    `limit_param` is the query parameter that carries the page size; `None` means the server alone decides (GET
    /keys), so a caller cannot choose one and a page shorter than the largest seen so far ends the walk.
    """

    limit_param: str | None = "limit"
    minimum: int = 1
    maximum: int | None = 100
    # What this client asks for when the caller names no page size: the maximum, to need fewer round trips.
    default: int | None = 100


@attrs.frozen(kw_only=True)
class ListEndpoint(Generic[ItemT]):
    """One offset-paginated list of the API, described once so that a single mechanism can walk any of them.

    `operation` is the generated endpoint module (or its dotted import path, imported on first use) that
    `client.call` runs. A page is read through `items_field` (the list of items) and `total_field` (the total
    count, `None` when the API gives none); an item is told apart from the others by `identity_field`.
    Fields are named as in the JSON and looked up as attributes of the parsed model (also with the generator's
    trailing underscore, `hash_`), then in its `additional_properties`, so a field the spec lacks but the server
    sends is still found. `max_offset` is the largest offset the API accepts (None: no cap); the walk stops there.
    """

    route: str
    operation: str | ModuleType
    items_field: str = "data"
    total_field: str | None = "total_count"
    identity_field: str | None = "id"
    offset_param: str = "offset"
    page_size: PageSizeRules = PageSizeRules()
    max_offset: int | None = None

    def resolve_operation(self) -> ModuleType:
        """The generated endpoint module, imported now if only its path was given."""
        if isinstance(self.operation, ModuleType):
            return self.operation
        return importlib.import_module(self.operation)

    def accepted_params(self) -> frozenset[str] | None:
        """Names the operation's `build_request` takes, or None when it takes any keyword (or cannot be read)."""
        build_request = getattr(self.resolve_operation(), "build_request", None)
        if build_request is None:
            return None
        try:
            signature = inspect.signature(build_request)
        except (TypeError, ValueError):
            return None
        names: set[str] = set()
        for parameter in signature.parameters.values():
            if parameter.kind is inspect.Parameter.VAR_KEYWORD:
                return None
            if parameter.kind is not inspect.Parameter.VAR_POSITIONAL:
                names.add(parameter.name)
        return frozenset(names)

    def read_items(self, page: object) -> Sequence[ItemT] | None:
        """The page's items, or None when the page carries no list where the items should be."""
        value = _read_field(page, self.items_field)
        if isinstance(value, (list, tuple)):
            return value
        return None

    def read_total(self, page: object) -> int | None:
        """The page's total count, or None when the API gives none (or something that is not a count)."""
        if self.total_field is None:
            return None
        value = _read_field(page, self.total_field)
        # The spec types total_count as `number`, so a float (or even a numeric string) may come back.
        if isinstance(value, bool):
            return None
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str) and value.strip().isdigit():
            return int(value)
        return None

    def identity_of(self, item: object) -> str | None:
        """The string that tells this item apart from the others, or None when it has none to read."""
        if self.identity_field is None:
            return None
        value = _read_field(item, self.identity_field)
        if isinstance(value, bool):
            return None
        # Ids declared `format: uuid` are parsed into UUID objects; a malformed one may stay a string.
        if isinstance(value, (str, uuid.UUID)):
            return str(value)
        if isinstance(value, int):
            return f"int:{value}"  # the number 1 and the string "1" are different ids
        return None


def _read_field(source: object, name: str) -> object:
    """The field `name` (its JSON name) of a parsed model or a plain mapping; None when it is absent."""
    if isinstance(source, Mapping):
        return source.get(name)
    # The generator appends "_" to field names that would shadow a Python name (`hash` becomes `hash_`).
    for attribute in (name, name + "_"):
        value = getattr(source, attribute, None)
        if value is not None and type(value).__name__ != "Unset":
            return value
    extra = getattr(source, "additional_properties", None)
    if isinstance(extra, Mapping):
        return extra.get(name)
    return None
