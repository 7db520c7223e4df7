"""Typed stream events that build themselves the first time one of their fields is read.

Iterating a stream yields an instance of the event's model (a `ChatStreamChunk`, a `TextDeltaEvent`, ...) for every
event, but the model's fields are parsed from the decoded JSON only on the first read of any of them: a loop that
looks at a few chunks, or only counts them, does not pay for building each one. The first read builds the whole
event, so an event that does not fit its model raises MalformedEventError there, on every later read of it, and
from every later read of its stream (iteration, `text()`, `final()`), as when each event was built on arrival.

Such an instance is the model's own type to `isinstance`, equality, `attrs.fields`/`asdict`/`evolve`, `repr` and
`to_dict`; a copy or a pickle of it is a plain instance of the model.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar, cast

import attrs

from openrouter_ext._exceptions import StreamError

__all__ = ["StreamFailures", "StreamRef", "deferred", "stand_in"]

T = TypeVar("T")


class StreamFailures(Protocol):
    """The stream an event came from: it fills in the error's partial and fails itself with it."""

    def _typed_error(self, exc: StreamError) -> StreamError: ...


# A weak reference to the stream (calling it gives the stream, or None once it is gone): an event kept after its
# stream must not keep the stream, and its response, alive.
StreamRef = Callable[[], "StreamFailures | None"]


def deferred(cls: type[T], event: dict[str, Any], stream: StreamRef | None) -> T:
    """An unbuilt instance of `cls` (made by `stand_in`) for `event`; `stream` is failed if the event misfits."""
    item: T = object.__new__(cls)
    object.__setattr__(item, "_deferred_event", (event, stream))
    return item


def _build(item: Any) -> None:
    """Fill `item` from its pending event (once), or raise the error that building it raised."""
    try:
        pending = object.__getattribute__(item, "_deferred_event")
    except AttributeError:  # made by __init__ (attrs.evolve, a copy): already whole
        return
    if pending is None:
        return
    if isinstance(pending, BaseException):
        raise pending
    event, stream = pending
    try:
        built = type(item)._deferred_build(event)
    except StreamError as exc:
        owner = stream() if stream is not None else None
        error = owner._typed_error(exc) if owner is not None else exc
        object.__setattr__(item, "_deferred_event", error)
        raise error from exc.__cause__
    for name in type(item)._deferred_fields:
        object.__setattr__(item, name, getattr(built, name))
    object.__setattr__(item, "_deferred_event", None)


def _getattr(item: Any, name: str) -> Any:
    # Called only for an attribute not set: before the first read, every field of the model.
    if not (name.startswith("__") and name.endswith("__")):  # dunder probes (copy, pickle, ...) build nothing
        _build(item)
        if object.__getattribute__(item, "_deferred_event") is None:
            return object.__getattribute__(item, name)
    raise AttributeError(f"{type(item).__name__!r} object has no attribute {name!r}")


def _setattr(item: Any, name: str, value: Any) -> None:
    _build(item)  # so that the value set is not overwritten by the build that a later read would do
    object.__setattr__(item, name, value)


def _eq(item: Any, other: object) -> Any:  # a bool, or NotImplemented
    model = type(item)._deferred_model
    if not isinstance(other, model):
        return NotImplemented
    return all(getattr(item, name) == getattr(other, name) for name in type(item)._deferred_fields)


def _reduce_ex(item: Any, protocol: Any) -> Any:
    # A copy or a pickle is the plain model, which pickle finds by name and which needs no pending event.
    values = {name: getattr(item, name) for name in type(item)._deferred_fields}
    return _plain, (type(item)._deferred_model, values)


def _plain(model: type[T], values: dict[str, Any]) -> T:
    item: T = object.__new__(model)
    for name, value in values.items():
        object.__setattr__(item, name, value)
    return item


def stand_in(model: type[T], build: Callable[[dict[str, Any]], T]) -> type[T]:
    """The class whose instances stand for unbuilt `model`s; `build` makes the real one from an event (raising
    StreamError when the event misfits). Make one per model and keep it."""
    # Names prefixed `_deferred_`: the models keep required fields in underscored attributes (`_model`, `_id`).
    namespace = {
        "__slots__": ("_deferred_event",),
        "__module__": model.__module__,
        "__qualname__": model.__qualname__,
        "__doc__": model.__doc__,
        "__getattr__": _getattr,
        "__setattr__": _setattr,
        "__eq__": _eq,
        "__hash__": None,  # as the model's: attrs models with eq are unhashable
        "__reduce_ex__": _reduce_ex,
        "_deferred_model": model,
        "_deferred_build": staticmethod(build),
        "_deferred_fields": tuple(field.name for field in attrs.fields(cast("type[attrs.AttrsInstance]", model))),
    }
    cls: type[T] = type(model.__name__, (model,), namespace)
    return cls
