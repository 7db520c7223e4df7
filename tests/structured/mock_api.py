"""Real-shaped OpenRouter bodies for what the emulator cannot produce (filtered or empty answers, hand-made calls).

Each handler serves one scripted body per request, in order, and keeps the request bodies it received.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import httpx


def chat_body(
    content: str | None,
    *,
    refusal: str | None = None,
    finish_reason: str = "stop",
    tool_calls: list[dict[str, Any]] | None = None,
    reasoning_details: list[dict[str, Any]] | None = None,
    cost: float = 0.0001,
    total_tokens: int = 30,
) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": content, "refusal": refusal}
    if tool_calls is not None:
        message["tool_calls"] = tool_calls
    if reasoning_details is not None:
        message["reasoning"] = "thinking"
        message["reasoning_details"] = reasoning_details
    return {
        "id": "gen-1760000000-abcdefghijklmnopqrst",
        "object": "chat.completion",
        "created": 1760000000,
        "model": "openai/gpt-4o-mini",
        "provider": "OpenAI",
        "system_fingerprint": "fp_560af6e559",
        "choices": [
            {
                "index": 0,
                "message": message,
                "finish_reason": finish_reason,
                "native_finish_reason": finish_reason,
                "logprobs": None,
            }
        ],
        "usage": {
            "prompt_tokens": total_tokens - 10,
            "completion_tokens": 10,
            "total_tokens": total_tokens,
            "cost": cost,
            "is_byok": False,
        },
    }


class Script:
    """An httpx handler answering the scripted bodies in turn; `sent` holds each request's JSON body."""

    def __init__(self, bodies: Sequence[dict[str, Any]]) -> None:
        self.bodies = list(bodies)
        self.sent: list[dict[str, Any]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(json.loads(request.content))
        body = self.bodies.pop(0)
        return httpx.Response(200, json=body, headers={"x-generation-id": str(body.get("id"))})

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)
