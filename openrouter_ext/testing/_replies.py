"""What a route handler receives (Call) and what it answers (a JSON, raw or streamed reply)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import attrs

from openrouter_ext.testing._behaviour import Behaviour
from openrouter_ext.testing._faults import ListChange
from openrouter_ext.testing._multipart import FormPart
from openrouter_ext.testing._script import StreamScript


@attrs.frozen
class Call:
    """One request, as the route handlers see it. Header names are lower-case.

    `query` keeps the last value of each query parameter, `query_lists` every value; `form` holds the parts of a
    multipart/form-data body (None for other bodies).
    """

    method: str
    params: dict[str, str]
    query: dict[str, str]
    headers: Mapping[str, str]
    body: Any
    body_error: str | None
    list_changes: tuple[ListChange, ...] = ()
    query_lists: dict[str, list[str]] = attrs.field(factory=dict)
    raw_body: bytes = b""
    content_type: str = ""
    form: dict[str, list[FormPart]] | None = None


@attrs.frozen
class JsonReply:
    status: int
    body: Any
    headers: dict[str, str] = attrs.field(factory=dict)


@attrs.frozen
class RawReply:
    """A body sent as is: audio, video, file contents, RSS."""

    status: int
    payload: bytes
    content_type: str
    headers: dict[str, str] = attrs.field(factory=dict)


@attrs.frozen
class StreamReply:
    """A 200 event stream; `on_end(completed, cancelled)` runs once the server is done sending it."""

    script: StreamScript
    generation_id: str
    behaviour: Behaviour
    on_end: Callable[[bool, bool], None]


Reply = JsonReply | RawReply | StreamReply
