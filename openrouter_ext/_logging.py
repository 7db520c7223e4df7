"""The package's one logger, and header redaction for anything it logs.

Everything is logged under the `openrouter_ext` logger: requests and responses at DEBUG, retries at INFO.
Bodies are never logged, and the values of credential-bearing headers are replaced before a line is written.

`OPENROUTER_LOG=debug` (or `info`) in the environment sends that logger's records to stderr without any logging
setup in the application, as `OPENAI_LOG` does for the openai SDK.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable, Mapping

import httpx

__all__ = ["ENV_LOG", "SENSITIVE_HEADERS", "configure_from_env", "logger", "redact_headers"]

logger = logging.getLogger("openrouter_ext")

ENV_LOG = "OPENROUTER_LOG"
_ENV_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}

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


def configure_from_env(environ: Mapping[str, str] | None = None) -> logging.Handler | None:
    """Honour OPENROUTER_LOG: attach one stderr handler at that level; the handler added, or None.

    An unknown value is ignored with a warning on stderr rather than failing the import of the package.
    """
    value = (os.environ if environ is None else environ).get(ENV_LOG, "").strip().lower()
    if not value:
        return None
    level = _ENV_LEVELS.get(value)
    if level is None:
        print(f"openrouter_ext: ignoring {ENV_LOG}={value!r} (expected 'debug' or 'info')", file=sys.stderr)
        return None
    for handler in logger.handlers:
        if getattr(handler, "_from_env", False):
            logger.setLevel(level)
            return None
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s"))
    handler._from_env = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(level)
    return handler


configure_from_env()
