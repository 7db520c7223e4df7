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
import mimetypes
import os
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import IO, TYPE_CHECKING, Any, TypeAlias
from uuid import UUID

import httpx

from openrouter_ext._exceptions import ConfigurationError
from openrouter_ext._timeouts import TimeoutTypes, coerce_timeout

if TYPE_CHECKING:
    from openrouter_api.types import File

    from openrouter_ext.pagination._endpoint import ListEndpoint

__all__ = [
    "FileInput",
    "facade_operation",
    "find_list_endpoint",
    "prepare_request",
    "prepared_json_body",
    "to_json",
]

_API = "openrouter_api.api."

# What a multipart file field accepts: the bytes, a path, an open binary file, the generated File, or an httpx
# file tuple (name, content[, content type]).
FileInput: TypeAlias = (
    "bytes | str | os.PathLike[str] | IO[bytes] | File | tuple[str | None, Any] | tuple[str | None, Any, str | None]"
)


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
) -> dict[str, Any]:
    """The httpx request arguments of one facade call, checked before anything is sent."""
    name = module.__name__.rsplit(".", 1)[-1]
    call_params = {key: value for key, value in params.items() if not _is_unset(value)}
    body_json: object = None
    body_files: list[tuple[str, Any]] | None = None
    if json is not None:
        body_json = to_json(json[""]) if "" in json else to_json(json)
        if extra_body:
            if not isinstance(body_json, dict):
                raise TypeError(f"{name}: extra_body needs a JSON object body")
            body_json.update({key: to_json(value) for key, value in extra_body.items()})
        if isinstance(body_json, dict) and body_json.get("stream") is True:
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
