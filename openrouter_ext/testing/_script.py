"""The endpoint-neutral description of one streamed answer, which the server plays onto the wire."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import attrs


@attrs.frozen
class StreamScript:
    """A stream in the endpoint's own shape.

    events: the regular data events, produced lazily (10,000-event streams must not be built up front).
    closing: the ending frames (the terminator, and on /responses and /messages the final lifecycle event), made
        once the regular events are out.
    error_frames: the endpoint's mid-stream error ending for (code, message).
    text_frame: one content event carrying the given text (used by the oversized and invalid UTF-8 faults).
    """

    events: Iterable[bytes]
    closing: Callable[[], tuple[bytes, ...]]
    error_frames: Callable[[int, str], tuple[bytes, ...]]
    text_frame: Callable[[str], bytes]
