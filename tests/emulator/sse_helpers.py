"""A deliberately small SSE reader for the tests: what a client would see, frame by frame."""

from __future__ import annotations

import json
from typing import Any

import attrs


@attrs.frozen
class Frame:
    event: str | None
    data: str | None
    comments: tuple[str, ...]

    def json(self) -> Any:
        assert self.data is not None
        return json.loads(self.data)


def parse_frames(raw: bytes) -> list[Frame]:
    """Split a whole body into frames (blank-line separated)."""
    frames = []
    for block in raw.decode("utf-8").replace("\r\n", "\n").split("\n\n"):
        if not block.strip():
            continue
        event = None
        data_lines: list[str] = []
        comments: list[str] = []
        for line in block.split("\n"):
            if line.startswith(":"):
                comments.append(line[1:].strip())
            elif line.startswith("event:"):
                event = line[len("event:") :].strip()
            elif line.startswith("data:"):
                data_lines.append(line[len("data:") :].strip())
        frames.append(Frame(event, "\n".join(data_lines) if data_lines else None, tuple(comments)))
    return frames


def data_frames(raw: bytes) -> list[Frame]:
    return [frame for frame in parse_frames(raw) if frame.data is not None]
