"""POST /chat/completions: the JSON body and the chunk stream of one answer."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from openrouter_ext.testing._model import CompletionPlan
from openrouter_ext.testing._script import StreamScript
from openrouter_ext.testing._sse import DONE_FRAME, data_frame


def chat_usage(plan: CompletionPlan) -> dict[str, Any]:
    return {
        "prompt_tokens": plan.prompt_tokens,
        "completion_tokens": plan.completion_tokens,
        "total_tokens": plan.total_tokens,
        "cost": plan.cost,
        "is_byok": False,
        "prompt_tokens_details": {"cached_tokens": 0},
        "completion_tokens_details": {"reasoning_tokens": plan.reasoning_tokens},
        "cost_details": {
            "upstream_inference_cost": None,
            "upstream_inference_prompt_cost": plan.prompt_cost,
            "upstream_inference_completions_cost": plan.completion_cost,
        },
    }


def _reasoning_details(text: str) -> list[dict[str, Any]]:
    return [{"type": "reasoning.text", "text": text, "signature": None, "id": None, "format": "unknown", "index": 0}]


def chat_completion_body(plan: CompletionPlan) -> dict[str, Any]:
    refused = plan.refusal is not None
    message: dict[str, Any] = {"role": "assistant", "content": None if refused else plan.text, "refusal": plan.refusal}
    if plan.reasoning_pieces:
        message["reasoning"] = plan.reasoning
        message["reasoning_details"] = _reasoning_details(plan.reasoning)
    if plan.tool_calls:
        message["tool_calls"] = [
            {"id": call.call_id, "type": "function", "function": {"name": call.name, "arguments": call.arguments}}
            for call in plan.tool_calls
        ]
    return {
        "id": plan.generation_id,
        "object": "chat.completion",
        "created": plan.created,
        "model": plan.model,
        "provider": plan.behaviour.provider,
        "system_fingerprint": None,
        "choices": [
            {
                "index": 0,
                "message": message,
                "finish_reason": plan.finish_reason,
                "native_finish_reason": plan.finish_reason,
                "logprobs": None,
            }
        ],
        "usage": chat_usage(plan),
    }


def chat_stream(plan: CompletionPlan) -> StreamScript:
    def chunk(delta: dict[str, Any], finish_reason: str | None = None) -> dict[str, Any]:
        return {
            "id": plan.generation_id,
            "object": "chat.completion.chunk",
            "created": plan.created,
            "model": plan.model,
            "provider": plan.behaviour.provider,
            "choices": [
                {
                    "index": 0,
                    "delta": delta,
                    "finish_reason": finish_reason,
                    "native_finish_reason": finish_reason,
                    "logprobs": None,
                }
            ],
        }

    def events() -> Iterator[bytes]:
        yield data_frame(chunk({"role": "assistant", "content": ""}))
        for piece in plan.reasoning_pieces:
            yield data_frame(
                chunk(
                    {
                        "role": "assistant",
                        "content": "",
                        "reasoning": piece,
                        "reasoning_details": _reasoning_details(piece),
                    }
                )
            )
        for piece in plan.text_pieces:
            yield data_frame(chunk({"role": "assistant", "content": piece}))
        for piece in plan.refusal_pieces:
            yield data_frame(chunk({"role": "assistant", "content": None, "refusal": piece}))
        for index, call in enumerate(plan.tool_calls):
            # The first delta of a call names it; the following ones only add argument text.
            opening = {
                "index": index,
                "id": call.call_id,
                "type": "function",
                "function": {"name": call.name, "arguments": ""},
            }
            yield data_frame(chunk({"role": "assistant", "content": None, "tool_calls": [opening]}))
            for fragment in call.fragments:
                yield data_frame(chunk({"tool_calls": [{"index": index, "function": {"arguments": fragment}}]}))
        yield data_frame(chunk({"role": "assistant", "content": ""}, plan.finish_reason))
        usage_chunk = chunk({})
        usage_chunk["choices"] = []
        usage_chunk["usage"] = chat_usage(plan)
        yield data_frame(usage_chunk)

    def error_frames(code: int, message: str) -> tuple[bytes, ...]:
        failed = chunk({"role": "assistant", "content": ""}, "error")
        failed["error"] = {"code": code, "message": message}
        return (data_frame(failed), DONE_FRAME)

    return StreamScript(
        events=events(),
        closing=lambda: (DONE_FRAME,),
        error_frames=error_frames,
        text_frame=lambda text: data_frame(chunk({"role": "assistant", "content": text})),
    )
