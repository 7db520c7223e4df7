"""Terminal output for the command-line tool: stdout/stderr writes that can never show a secret."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any

from openrouter_ext._exceptions import APIError, APIStatusError, PageFetchError, StreamError

REDACTED = "[redacted]"

# Shorter values are not worth hiding and would blank out ordinary words if they were replaced everywhere.
_MIN_SECRET_LENGTH = 6


class Console:
    """Writes to the current sys.stdout / sys.stderr, replacing every known secret with `[redacted]`.

    The streams are looked up at each write (not stored), so pytest's capture and redirections see everything.
    """

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        self._secrets: list[str] = []
        for secret in secrets:
            self.add_secret(secret)

    def add_secret(self, secret: str | None) -> None:
        if secret and len(secret.strip()) >= _MIN_SECRET_LENGTH and secret not in self._secrets:
            self._secrets.append(secret)
            # Longest first, so a secret containing another is replaced whole.
            self._secrets.sort(key=len, reverse=True)

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return text

    def out(self, text: str = "", *, end: str = "\n") -> None:
        sys.stdout.write(self.redact(text) + end)
        sys.stdout.flush()

    def err(self, text: str = "", *, end: str = "\n") -> None:
        sys.stderr.write(self.redact(text) + end)
        sys.stderr.flush()

    def json(self, document: Any) -> None:
        self.out(to_json(document, indent=2))


def to_json(document: Any, *, indent: int | None = None) -> str:
    """JSON text of an API document; values JSON cannot hold (datetimes, UUIDs) are written as strings."""
    separators = None if indent else (", ", ": ")
    return json.dumps(document, indent=indent, separators=separators, ensure_ascii=False, default=str)


def describe_error(exc: BaseException) -> str:
    """One line naming the error class and what the API said: `AuthenticationError (HTTP 401, code 401): ...`.

    Built only from the error's own fields (status, code, message), which never include request headers.
    """
    name = type(exc).__name__
    if isinstance(exc, PageFetchError):
        # Its message already says which page failed and why; name the typed error underneath as well.
        cause = f" caused by {type(exc.error).__name__}" if exc.error is not None else ""
        return f"{name}{cause}: {exc.message}"
    if isinstance(exc, APIStatusError):
        details = [f"HTTP {exc.status_code}"]
        if exc.code is not None:
            details.append(f"code {exc.code}")
        return f"{name} ({', '.join(details)}): {exc.message}"
    if isinstance(exc, StreamError) and exc.code is not None:
        return f"{name} (code {exc.code}): {exc.message}"
    if isinstance(exc, APIError):
        return f"{name}: {exc.message}"
    return f"{name}: {exc}"
