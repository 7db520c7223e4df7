"""Timeout defaults and the checks applied to user-supplied timeouts."""

from __future__ import annotations

import math
from typing import TypeAlias

import httpx

from openrouter_ext._lazy import configuration_error

__all__ = ["DEFAULT_TIMEOUT", "TimeoutTypes", "check_total_timeout", "coerce_timeout"]

# Connecting should be quick; a non-streamed answer from a reasoning model can take minutes before its first
# byte, so the read timeout is long. httpx's own default (5 s everywhere) would cut those calls off.
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=600.0, write=60.0, pool=30.0)

# What callers may pass as `timeout`: seconds for every phase, or an httpx.Timeout for each phase separately.
TimeoutTypes: TypeAlias = "float | httpx.Timeout"


def coerce_timeout(value: TimeoutTypes | None, *, default: httpx.Timeout = DEFAULT_TIMEOUT) -> httpx.Timeout:
    """Turn a user's `timeout` into an httpx.Timeout, rejecting values that would hang or fail later."""
    if value is None:
        return default
    if isinstance(value, httpx.Timeout):
        for phase in ("connect", "read", "write", "pool"):
            seconds = getattr(value, phase)
            if seconds is not None:
                _check_seconds(seconds, f"timeout.{phase}")
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise configuration_error(
            f"timeout must be a number of seconds or an httpx.Timeout, not {type(value).__name__}"
        )
    _check_seconds(value, "timeout")
    return httpx.Timeout(float(value))


def check_total_timeout(value: float | None) -> float | None:
    """Validate `total_timeout`: None (no overall deadline) or a positive number of seconds."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise configuration_error(f"total_timeout must be a number of seconds or None, not {type(value).__name__}")
    _check_seconds(value, "total_timeout")
    return float(value)


def _check_seconds(value: float, name: str) -> None:
    if math.isnan(value) or value <= 0:
        raise configuration_error(f"{name} must be a positive number of seconds, got {value!r}")
