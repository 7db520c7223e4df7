"""What the generated facade (`client.<resource>.<method>(...)`) needs from the hand-written layer.

The generated resource classes (`openrouter_api.api.<tag>`) hand each call to the client as the endpoint module's
name, its path/query/header arguments as the module's `build_request` takes them, and the body as a plain dict of
top-level properties (values may be generated models, enums, UUIDs, datetimes or plain JSON). This module turns
that into the httpx request arguments; the client sends them through `_parse` like `call_with_response` does.
The body never goes through a request model's `to_dict()`, so a plain dict anywhere in it is sent as given.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import json as jsonlib
import math
import mimetypes
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from types import ModuleType
from typing import IO, TYPE_CHECKING, Any, Protocol, TypeAlias, TypeVar
from uuid import UUID

import httpx

from openrouter_ext._exceptions import ConfigurationError, NotFoundError
from openrouter_ext._request_check import check_body, check_fields, check_params
from openrouter_ext._retries import _async_sleep
from openrouter_ext._timeouts import TimeoutTypes, coerce_timeout

if TYPE_CHECKING:
    from openrouter_api.types import File

    from openrouter_ext.pagination._endpoint import ListEndpoint

__all__ = [
    "FileInput",
    "SupportsToDict",
    "await_until_found",
    "check_call_arguments",
    "check_call_body",
    "facade_operation",
    "find_list_endpoint",
    "prepare_request",
    "prepared_json_body",
    "to_json",
    "wait_until_found",
]

_API = "openrouter_api.api."

# What a multipart file field accepts: the bytes, a path, an open binary file, the generated File, or an httpx
# file tuple (name, content[, content type]).
FileInput: TypeAlias = (
    "bytes | str | os.PathLike[str] | IO[bytes] | File | tuple[str | None, Any] | tuple[str | None, Any, str | None]"
)


class SupportsToDict(Protocol):
    """Anything with `to_dict()`, sent as the dict it gives: generated models, and the routing builders
    (`ProviderRouting`, `ModelSelection`), where an object parameter takes a model or a plain dict."""

    def to_dict(self) -> Mapping[str, Any]: ...


def facade_operation(name: str) -> ModuleType:
    """The endpoint module `openrouter_api.api.<name>` (`chat.send_chat_completion_request`), imported on first use."""
    return importlib.import_module(_API + name)


def _is_unset(value: object) -> bool:
    # The generated Unset is a one-member class; checked by name so that this module need not import the package.
    return type(value).__name__ == "Unset" and type(value).__module__.endswith(".types")


def to_json(value: object) -> object:
    """`value` as JSON data: models through `to_dict()`, enums by value, UUIDs and datetimes as strings."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value.value if isinstance(value, enum.Enum) else value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, type):
        return to_json(to_dict())
    if isinstance(value, Mapping):
        return {key: to_json(item) for key, item in value.items() if not _is_unset(item)}
    if isinstance(value, (list, tuple)):
        return [to_json(item) for item in value]
    if isinstance(value, enum.Enum):
        return to_json(value.value)
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value


def _file_part(field: str, value: object) -> tuple[str | None, Any, str | None]:
    to_tuple = getattr(value, "to_tuple", None)
    if callable(to_tuple):
        part = tuple(to_tuple())
        return (part[0], part[1], part[2] if len(part) > 2 else None)
    if isinstance(value, tuple) and len(value) in (2, 3):
        return (value[0], value[1], value[2] if len(value) == 3 else None)
    if isinstance(value, (bytes, bytearray)):
        return (field, bytes(value), None)
    if isinstance(value, (str, os.PathLike)):
        path = Path(value)
        # Read whole: a retry must be able to send the same body again, and no file handle is left open.
        return (path.name, path.read_bytes(), mimetypes.guess_type(path.name)[0])
    read = getattr(value, "read", None)
    if callable(read):
        content = read()
        if not isinstance(content, bytes):
            raise TypeError(f"{field}: the file must be opened in binary mode ('rb')")
        name = getattr(value, "name", None)
        file_name = Path(name).name if isinstance(name, str) else field
        return (file_name, content, mimetypes.guess_type(file_name)[0])
    raise TypeError(
        f"{field} must be bytes, a path, a binary file object, an openrouter_api.types.File or a (name, content) "
        f"tuple, not {type(value).__name__}"
    )


def _multipart(fields: Mapping[str, object], file_fields: frozenset[str]) -> list[tuple[str, Any]]:
    parts: list[tuple[str, Any]] = []
    for name, value in fields.items():
        if _is_unset(value) or value is None:
            continue
        if name in file_fields or isinstance(value, (bytes, bytearray)) or callable(getattr(value, "read", None)):
            parts.append((name, _file_part(name, value)))
            continue
        data = to_json(value)
        text = data if isinstance(data, str) else jsonlib.dumps(data)
        parts.append((name, (None, text.encode(), "text/plain")))
    return parts


class _Listed(str):
    """A plain string passed for an enum-typed parameter: `build_request` reads an enum's `.value`."""

    __slots__ = ()

    @property
    def value(self) -> str:
        return str(self)


def enum_ready(value: object) -> object:
    if isinstance(value, str) and not isinstance(value, enum.Enum):
        return _Listed(value)
    if isinstance(value, list):
        return [enum_ready(item) for item in value]
    return value


class _PreparedBody:
    """Stands in for the request model in `build_request`, which only asks it for its dict or multipart parts."""

    __slots__ = ("_files", "_json")

    def __init__(self, json: object = None, files: object = None) -> None:
        self._json = json
        self._files = files

    def to_dict(self) -> object:
        return self._json

    def to_multipart(self) -> object:
        return self._files


def prepared_json_body(body: Mapping[str, Any]) -> object:
    """A stand-in request model for `build_request` whose `to_dict()` is `body` (for `client.call` with a dict)."""
    return _PreparedBody(json=body)


def _catalog_name(operation: object) -> str | None:
    # Only a generated endpoint module is in the catalog: any other operation is not checked.
    module_name = getattr(operation, "__name__", None)
    if not isinstance(module_name, str) or not module_name.startswith(_API):
        return None
    return module_name.removeprefix(_API)


def check_call_arguments(operation: object, arguments: Mapping[str, object]) -> None:
    """The facade's check of the path, query and header arguments, for `client.call(operation, ...)`: `arguments`
    by the names build_request takes them."""
    name = _catalog_name(operation)
    given = {key: to_json(value) for key, value in arguments.items() if not _is_unset(value)}
    if name is not None and given:
        check_params(name, given)


def check_call_body(operation: object, body: object, *, dict_body: bool) -> None:
    """The facade's check of the JSON body `client.call(operation, ...)` is about to send (None without one).

    A `dict_body` (the caller's dict, not a model's `to_dict()`) also has its top-level names checked, as a facade
    method's signature checks its keywords; a model's constructor has done that.
    """
    name = _catalog_name(operation)
    if name is None or body is None:
        return
    if dict_body and isinstance(body, Mapping):
        check_fields(name, body)
    check_body(name, body)


def prepare_request(
    module: ModuleType,
    params: Mapping[str, Any],
    *,
    json: Mapping[str, Any] | None,
    files: Mapping[str, Any] | None,
    extra_headers: Mapping[str, str] | None,
    file_fields: tuple[str, ...] = (),
    extra_query: Mapping[str, object] | None,
    extra_body: Mapping[str, object] | None,
    timeout: TimeoutTypes | None,
    default_timeout: httpx.Timeout,
    stream: bool = False,
) -> dict[str, Any]:
    """The httpx request arguments of one facade call, checked before anything is sent.

    `stream` is for the `.stream(...)` methods: the body gets `stream: true` (and must not say otherwise).
    """
    operation = module.__name__.removeprefix(_API)
    name = operation.rsplit(".", 1)[-1]
    call_params = {key: value for key, value in params.items() if not _is_unset(value)}
    check_call_arguments(module, call_params)
    call_params = {key: enum_ready(value) for key, value in call_params.items()}
    body_json: object = None
    body_files: list[tuple[str, Any]] | None = None
    if json is not None:
        body_json = to_json(json[""]) if "" in json else to_json(json)
        if stream and isinstance(body_json, dict):
            body_json["stream"] = True
        # Checked before extra_body joins it: extra_body is for what the pinned spec does not know.
        check_body(operation, body_json)
        if extra_body:
            if not isinstance(body_json, dict):
                raise TypeError(f"{name}: extra_body needs a JSON object body")
            body_json.update({key: to_json(value) for key, value in extra_body.items()})
        said = body_json.get("stream") if isinstance(body_json, dict) else None
        if stream and said is not True:
            raise ConfigurationError(f"{name}: stream={said!r} was passed to .stream(); use the non-streamed method")
        if not stream and said is True:
            raise ConfigurationError(f"{name}: stream=True is not for this method; use the resource's .stream(...)")
        call_params["body"] = _PreparedBody(json=body_json)
    elif files is not None:
        fields = dict(files.get("", files))
        fields.update(extra_body or {})
        body_files = _multipart(fields, frozenset(file_fields))
        call_params["body"] = _PreparedBody(files=body_files)
    elif extra_body:
        raise TypeError(f"{name} takes no request body, so extra_body cannot be sent")
    kwargs: dict[str, Any] = module.build_request(**call_params)
    # build_request picks the body by the request model's class when an operation takes several, which the
    # stand-in is not: the body is set here for every operation.
    headers = dict(kwargs.get("headers") or {})
    if body_json is not None:
        kwargs.pop("files", None)
        kwargs["json"] = body_json
        headers["Content-Type"] = "application/json"
    elif body_files is not None:
        kwargs.pop("json", None)
        kwargs["files"] = body_files
        # httpx writes the multipart Content-Type with its own boundary.
        headers = {key: value for key, value in headers.items() if key.lower() != "content-type"}
    if extra_headers:
        headers.update(extra_headers)
    kwargs["headers"] = headers
    if extra_query:
        query = dict(kwargs.get("params") or {})
        query.update({key: to_json(value) for key, value in extra_query.items()})
        kwargs["params"] = query
    kwargs["timeout"] = coerce_timeout(timeout, default=default_timeout)
    return kwargs


_LIST_ENDPOINTS: dict[str, ListEndpoint[Any]] | None = None


def find_list_endpoint(name: str) -> ListEndpoint[Any]:
    """The pagination catalog's entry for the endpoint module `openrouter_api.api.<name>`."""
    global _LIST_ENDPOINTS
    if _LIST_ENDPOINTS is None:
        from openrouter_ext.pagination import _catalog
        from openrouter_ext.pagination._endpoint import ListEndpoint

        _LIST_ENDPOINTS = {
            str(entry.operation).removeprefix(_API): entry
            for entry in vars(_catalog).values()
            if isinstance(entry, ListEndpoint)
        }
    try:
        return _LIST_ENDPOINTS[name]
    except KeyError:
        raise TypeError(f"{name} is not in the pagination catalog (openrouter_ext/pagination/_catalog.py)") from None


T = TypeVar("T")

# The polls of `wait=`: the first after half a second, each wait twice the last, none longer than four seconds.
WAIT_FIRST_DELAY = 0.5
WAIT_MAX_DELAY = 4.0
# The clock and the sleeps `wait=` uses; tests replace them.
_monotonic: Callable[[], float] = time.monotonic
_sleep: Callable[[float], None] = time.sleep
_asleep: Callable[[float], Awaitable[None]] = _async_sleep  # imports asyncio on its first wait, as the retries do


def _wait_seconds(wait: object) -> float:
    if isinstance(wait, bool) or not isinstance(wait, (int, float)) or math.isnan(wait) or wait < 0:
        raise ConfigurationError(f"wait must be a number of seconds >= 0, got {wait!r}")
    return float(wait)


def wait_until_found(send: Callable[[], T], wait: float) -> T:
    """`send()`, again after each NotFoundError with backoff, until `wait` seconds have passed; then the last 404."""
    deadline = _monotonic() + _wait_seconds(wait)
    delay = WAIT_FIRST_DELAY
    while True:
        try:
            return send()
        except NotFoundError:
            left = deadline - _monotonic()
            if left <= 0:
                raise
            _sleep(min(delay, left))
            delay = min(delay * 2, WAIT_MAX_DELAY)


async def await_until_found(send: Callable[[], Awaitable[T]], wait: float) -> T:
    """The async twin of `wait_until_found`."""
    deadline = _monotonic() + _wait_seconds(wait)
    delay = WAIT_FIRST_DELAY
    while True:
        try:
            return await send()
        except NotFoundError:
            left = deadline - _monotonic()
            if left <= 0:
                raise
            await _asleep(min(delay, left))
            delay = min(delay * 2, WAIT_MAX_DELAY)
