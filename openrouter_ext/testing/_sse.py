"""Server-sent event framing: the bytes of one event, a keep-alive comment and the [DONE] terminator."""

from __future__ import annotations

import json
from typing import Any

KEEPALIVE_COMMENT = b": OPENROUTER PROCESSING\n\n"
DONE_FRAME = b"data: [DONE]\n\n"


def encode_json(payload: Any) -> bytes:
    """Compact JSON, as the wire carries it (and cheap enough for 10,000-event streams)."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def data_frame(payload: Any, event: str | None = None) -> bytes:
    """One event: an optional `event:` line, one `data:` line with the JSON payload, a blank line."""
    data = b"data: " + encode_json(payload) + b"\n\n"
    if event is None:
        return data
    return b"event: " + event.encode("ascii") + b"\n" + data
