"""The real response bodies in tests/recorded: what each one answered (from its README's table) and its JSON values.

Shared by tests/generated/test_recorded_bodies.py (they parse losslessly into typed attributes) and
tests/pipeline/test_overlay_evidence.py (the overlay's evidence is where its actions say).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

RECORDED = Path(__file__).resolve().parents[1] / "recorded"
API_PREFIX = "/api/v1"
JSON_TYPE = "application/json"
SSE_TYPE = "text/event-stream"


@dataclass(frozen=True)
class Recorded:
    """One recorded body, as its README row describes it."""

    file: str
    method: str
    path: str  # the spec's path: the request's path without /api/v1 and without the query
    status: str
    content_type: str

    @property
    def is_stream(self) -> bool:
        return self.content_type == SSE_TYPE


@cache
def recorded() -> tuple[Recorded, ...]:
    """Every row of tests/recorded/README.md's table, in its order."""
    rows = []
    for line in (RECORDED / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 7 or not cells[0].endswith((".json", ".sse")):
            continue
        method, url = cells[4].split(" ", 1)
        path = urlsplit(url).path
        if not path.startswith(API_PREFIX):
            raise AssertionError(f"{cells[0]}: request {url} is not under {API_PREFIX}")
        rows.append(Recorded(cells[0], method.lower(), path[len(API_PREFIX) :], cells[5], cells[6]))
    return tuple(rows)


def by_file(name: str) -> Recorded:
    for row in recorded():
        if row.file == name:
            return row
    raise AssertionError(f"{name} is not listed in {RECORDED / 'README.md'}")


def sse_events(text: str) -> list[Any]:
    """The JSON of each `data:` event of an SSE stream, in order (comments and the final [DONE] left out)."""
    events = []
    for block in re.split(r"\r?\n\r?\n", text):
        data = [line[5:].removeprefix(" ") for line in block.splitlines() if line.startswith("data:")]
        if data and data != ["[DONE]"]:
            events.append(json.loads("\n".join(data)))
    return events


@cache
def _values(name: str) -> tuple[str, ...]:
    text = (RECORDED / name).read_text(encoding="utf-8")
    values = sse_events(text) if by_file(name).is_stream else [json.loads(text)]
    return tuple(json.dumps(value) for value in values)


def values(name: str) -> list[Any]:
    """The JSON values of a recorded body: one for a JSON body, one per `data:` event of a stream (fresh copies)."""
    return [json.loads(value) for value in _values(name)]


def response_schema_pointer(spec: dict[str, Any], row: Recorded) -> str:
    """JSON pointer (in the spec) of the schema of the response the row recorded: for a stream, the schema of one
    event, i.e. the `data` property of the operation's text/event-stream schema."""
    operation = spec["paths"][row.path][row.method]
    response = operation["responses"][row.status]
    if "$ref" in response:
        response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    content_type = SSE_TYPE if row.is_stream else JSON_TYPE
    schema = response["content"][content_type]["schema"]
    if row.is_stream:
        stream = resolve(spec, schema["$ref"]) if "$ref" in schema else schema
        event = stream["properties"]["data"]
        return event["$ref"]
    if "$ref" in schema:
        return str(schema["$ref"])
    escaped = row.path.replace("~", "~0").replace("/", "~1")
    return f"#/paths/{escaped}/{row.method}/responses/{row.status}/content/{JSON_TYPE.replace('/', '~1')}/schema"


def resolve(spec: dict[str, Any], pointer: str) -> Any:
    """The node at a local JSON pointer (`#/...`) of the spec."""
    node: Any = spec
    for token in pointer.removeprefix("#/").split("/"):
        node = node[token.replace("~1", "/").replace("~0", "~")]
    return node
