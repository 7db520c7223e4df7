"""Real-shaped OpenRouter bodies for what the emulator cannot produce (refusals, filtered or malformed answers).

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


def responses_body(
    output: list[dict[str, Any]], *, status: str = "completed", reason: str | None = None
) -> dict[str, Any]:
    return {
        "id": "gen-1760000001-abcdefghijklmnopqrst",
        "object": "response",
        "created_at": 1760000001,
        "model": "openai/gpt-4o-mini",
        "status": status,
        "output": output,
        "error": None,
        "incomplete_details": {"reason": reason} if reason else None,
        "instructions": None,
        "tools": [],
        "tool_choice": "auto",
        "parallel_tool_calls": True,
        "metadata": {},
        "temperature": None,
        "top_p": None,
        "presence_penalty": None,
        "frequency_penalty": None,
        "usage": {"input_tokens": 12, "output_tokens": 8, "total_tokens": 20, "cost": 0.00002},
    }


def message_item(*parts: dict[str, Any]) -> dict[str, Any]:
    return {"type": "message", "id": "msg_1", "role": "assistant", "status": "completed", "content": list(parts)}


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
