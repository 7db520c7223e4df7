"""Error envelopes in the API's two shapes, and the exception route handlers raise to send one."""

from __future__ import annotations

from typing import Any

# The Anthropic-format envelope on /messages names the error kind instead of carrying the status.
_ANTHROPIC_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    402: "billing_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    529: "overloaded_error",
}

_DEFAULT_MESSAGES = {
    400: "Bad request",
    401: "No auth credentials found",
    402: "Insufficient credits",
    403: "Forbidden",
    404: "Not found",
    408: "Request timed out",
    413: "Payload too large",
    422: "Unprocessable entity",
    429: "Rate limit exceeded",
    500: "Internal server error",
    502: "Provider returned error",
    503: "No available provider meets your routing requirements",
    524: "Edge timeout",
    529: "Provider is overloaded",
}


def default_message(status: int) -> str:
    return _DEFAULT_MESSAGES.get(status, f"HTTP {status}")


def openrouter_error_body(status: int, message: str, metadata: dict[str, Any] | None = None) -> dict[str, Any]:
    """`{"error": {"code", "message", "metadata"?}}`, the envelope of every route but /messages."""
    error: dict[str, Any] = {"code": status, "message": message}
    if metadata is not None:
        error["metadata"] = metadata
    return {"error": error}


def anthropic_error_body(status: int, message: str) -> dict[str, Any]:
    """`{"type": "error", "error": {"type", "message"}}`, the envelope of /messages."""
    kind = _ANTHROPIC_ERROR_TYPES.get(status, "api_error")
    return {"type": "error", "error": {"type": kind, "message": message}, "request_id": None}


class ApiProblem(Exception):
    """Raised by a route handler to answer with an error envelope instead of a result."""

    def __init__(
        self,
        status: int,
        message: str | None = None,
        *,
        metadata: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.status = status
        self.message = message if message is not None else default_message(status)
        self.metadata = metadata
        self.headers = dict(headers or {})
        super().__init__(f"{status}: {self.message}")
