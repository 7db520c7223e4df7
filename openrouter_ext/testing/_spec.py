"""The pinned spec as the emulator needs it at run time: the operation catalog stored in the package.

`spec_catalog.json` is written by scripts/emulator_catalog.py from openapi/openrouter.yaml with the overlay
applied (the installed package has no openapi/ folder); a test fails when it is not current. For each of the
spec's operations it holds the route, the documented statuses, the auth it needs, its parameters and request
schemas (annotations stripped, `$ref`s pointing into the catalog's `schemas`), and one success body that
validates against the spec.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from importlib import resources
from typing import Any

import attrs

# When a handler's status is not one the operation documents, the nearest documented one is answered instead:
# a client written against the spec handles those.
_STATUS_FALLBACKS: dict[int, tuple[int, ...]] = {
    400: (422, 404),
    403: (401, 400),
    404: (400,),
    409: (400,),
    413: (400,),
    422: (400,),
}


@attrs.frozen
class SuccessBody:
    """One documented success representation: JSON, text/bytes, or stream event payloads."""

    content_type: str
    json: Any = None
    text: str | None = None
    events: tuple[Any, ...] | None = None

    @property
    def is_json(self) -> bool:
        return "json" in self.content_type

    def fresh_json(self) -> Any:
        """A copy a handler may change."""
        return copy.deepcopy(self.json)


@attrs.frozen
class Parameter:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]


@attrs.frozen
class Operation:
    operation_id: str
    method: str
    path: str
    auth: str
    statuses: frozenset[int]
    anthropic_errors: bool
    success_status: int
    bodies: tuple[SuccessBody, ...]
    parameters: tuple[Parameter, ...]
    request_required: bool
    request_content: dict[str, dict[str, Any]] | None

    @property
    def name(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def pattern(self) -> re.Pattern[str]:
        return compile_template(self.path)

    def body(self, content_type: str | None = None) -> SuccessBody:
        """The success body of that content type (the first documented one by default)."""
        for body in self.bodies:
            if content_type is None or body.content_type == content_type:
                return body
        raise KeyError(f"{self.name} documents no {content_type} success body")

    def sample_json(self) -> Any:
        return self.body().fresh_json()

    def documented_status(self, status: int) -> int:
        """`status` if the operation documents it, else the nearest documented one."""
        if status in self.statuses:
            return status
        for fallback in _STATUS_FALLBACKS.get(status, ()):
            if fallback in self.statuses:
                return fallback
        return status


def compile_template(template: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template) + "$")


@functools.lru_cache(maxsize=1)
def raw_catalog() -> dict[str, Any]:
    text = resources.files("openrouter_ext.testing").joinpath("spec_catalog.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _operation(entry: dict[str, Any]) -> Operation:
    bodies = tuple(
        SuccessBody(
            content_type=body["content_type"],
            json=body.get("json"),
            text=body.get("text"),
            events=tuple(body["events"]) if "events" in body else None,
        )
        for body in entry["success"]["bodies"]
    )
    request = entry.get("request")
    return Operation(
        operation_id=entry["operation_id"],
        method=entry["method"],
        path=entry["path"],
        auth=entry["auth"],
        statuses=frozenset(entry["statuses"]),
        anthropic_errors=bool(entry["anthropic_errors"]),
        success_status=int(entry["success"]["status"]),
        bodies=bodies,
        parameters=tuple(
            Parameter(p["name"], p["in"], bool(p["required"]), p["schema"]) for p in entry.get("parameters", [])
        ),
        request_required=bool(request and request["required"]),
        request_content=dict(request["content"]) if request else None,
    )


@functools.lru_cache(maxsize=1)
def operations() -> tuple[Operation, ...]:
    """Every operation of the pinned spec, in the spec's order."""
    return tuple(_operation(entry) for entry in raw_catalog()["operations"])


def operation(operation_id: str) -> Operation:
    for candidate in operations():
        if candidate.operation_id == operation_id:
            return candidate
    raise KeyError(f"the pinned spec has no operation {operation_id!r}")


def request_schemas() -> dict[str, Any]:
    """The component schemas the request schemas reach, by name (the `$defs` their `$ref`s point into)."""
    schemas: dict[str, Any] = raw_catalog()["schemas"]
    return schemas


def observability_destination_types() -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    """By destination type: a destination of that type that the spec accepts, and the schema of its `config`."""
    types: dict[str, Any] = raw_catalog()["observability_destination_types"]
    return {kind: (entry["sample"], entry["config"]) for kind, entry in types.items()}
