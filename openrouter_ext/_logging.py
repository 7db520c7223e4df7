"""The package's one logger, and header redaction for anything it logs.

Everything is logged under the `openrouter_ext` logger: requests and responses at DEBUG, retries at INFO.
Bodies are never logged, and the values of credential-bearing headers are replaced before a line is written.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping

import httpx

__all__ = ["SENSITIVE_HEADERS", "logger", "redact_headers"]

logger = logging.getLogger("openrouter_ext")

# Lower-case names whose values are secrets (or may be: cookies carry sessions).
SENSITIVE_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "x-api-key",
        "api-key",
        "cookie",
        "set-cookie",
    }
)

_REDACTED = "[redacted]"


def redact_headers(headers: httpx.Headers | Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """A copy of `headers` safe to log: secret values replaced, everything else kept."""
    items = headers.items() if isinstance(headers, (httpx.Headers, Mapping)) else headers
    return {name: (_REDACTED if name.lower() in SENSITIVE_HEADERS else value) for name, value in items}
