"""The API's two paging rules, read from query parameters (400 for values the real API refuses)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from openrouter_ext.testing._errors import ApiProblem

T = TypeVar("T")

DEFAULT_LIMIT = 50
MAX_LIMIT = 100


def non_negative_int(query: Mapping[str, str], name: str, default: int) -> int:
    raw = query.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ApiProblem(400, f"Invalid query parameter {name}: expected an integer, got {raw!r}") from None
    if value < 0:
        raise ApiProblem(400, f"Invalid query parameter {name}: must not be negative")
    return value


def offset_limit_page(items: Sequence[T], query: Mapping[str, str]) -> dict[str, Any]:
    """`{data, total_count}` for offset/limit lists (limit default 50, 1..100; above 100 is a 400)."""
    offset = non_negative_int(query, "offset", 0)
    limit = non_negative_int(query, "limit", DEFAULT_LIMIT)
    if limit < 1 or limit > MAX_LIMIT:
        raise ApiProblem(400, f"Invalid query parameter limit: must be between 1 and {MAX_LIMIT}, got {limit}")
    return {"data": list(items[offset : offset + limit]), "total_count": len(items)}


def offset_only_page(items: Sequence[T], query: Mapping[str, str], page_size: int) -> dict[str, Any]:
    """`{data}` for GET /keys: an offset and a fixed page size, no total."""
    offset = non_negative_int(query, "offset", 0)
    return {"data": list(items[offset : offset + page_size])}


def boolean_string(query: Mapping[str, str], name: str, default: bool) -> bool:
    """A query flag sent as the string "true" or "false"."""
    raw = query.get(name)
    if raw is None:
        return default
    if raw not in ("true", "false"):
        raise ApiProblem(400, f"Invalid query parameter {name}: expected 'true' or 'false', got {raw!r}")
    return raw == "true"
