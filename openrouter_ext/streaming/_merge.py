"""How fields that this layer does not know are folded together across stream events.

A stream may carry keys this version has never heard of. Rather than drop them, the accumulators keep them with
one generic rule: strings and lists are concatenated (they are almost always fragments), objects are merged key by
key with the same rule, and anything else takes the latest non-null value.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["error_fields", "merge_into", "merge_value"]


def merge_value(old: Any, new: Any) -> Any:
    """The value that results from receiving `new` after `old`."""
    if new is None:
        return old
    if old is None:
        return _copy(new)
    if isinstance(old, str) and isinstance(new, str):
        return old + new
    if isinstance(old, list) and isinstance(new, list):
        return old + _copy(new)
    if isinstance(old, dict) and isinstance(new, dict):
        merge_into(old, new)
        return old
    return _copy(new)


def merge_into(target: dict[str, Any], fragment: Mapping[str, Any]) -> None:
    """Fold every key of `fragment` into `target` with `merge_value`."""
    for key, value in fragment.items():
        target[key] = merge_value(target.get(key), value)


def _copy(value: Any) -> Any:
    # Events are decoded afresh for every read, but a user may feed the same dict twice; copying containers keeps
    # the snapshot from aliasing what it was fed.
    if isinstance(value, dict):
        return {key: _copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy(item) for item in value]
    return value


def error_fields(error: object) -> tuple[int | str | None, str, dict[str, Any]]:
    """`code`, `message` and `metadata` from an error object of any of the shapes OpenRouter sends.

    Accepts `{code, message, metadata}`, the Anthropic `{type, message}`, and a bare string; `code` stays an
    integer or a string as it came.
    """
    if isinstance(error, str):
        return None, error, {}
    if not isinstance(error, Mapping):
        return None, "stream error" if error is None else repr(error), {}
    raw_code = error.get("code", error.get("type"))
    code = raw_code if isinstance(raw_code, (int, str)) and not isinstance(raw_code, bool) else None
    message = error.get("message")
    if not isinstance(message, str) or not message:
        message = "stream error" if code is None else f"stream error {code}"
    metadata = error.get("metadata")
    meta: dict[str, Any] = dict(metadata) if isinstance(metadata, Mapping) else {}
    for key, value in error.items():
        if key not in ("code", "message", "metadata") and key not in meta:
            meta[key] = value
    return code, message, meta
