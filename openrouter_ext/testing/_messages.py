"""POST /messages (Anthropic format): the message body and its named-event stream."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from openrouter_ext.testing._errors import anthropic_error_body
from openrouter_ext.testing._model import CompletionPlan
from openrouter_ext.testing._script import StreamScript
from openrouter_ext.testing._sse import data_frame

SIGNATURE = "emulator-signature"


def _stop_reason(plan: CompletionPlan) -> str:
    if plan.truncated:
        return "max_tokens"
    return "tool_use" if plan.tool_calls else "end_turn"


def _message_id(plan: CompletionPlan) -> str:
    return "msg_" + plan.generation_id.removeprefix("gen-")


def _usage(plan: CompletionPlan, output_tokens: int) -> dict[str, Any]:
    return {
        "input_tokens": plan.prompt_tokens,
        "output_tokens": output_tokens,
        "output_tokens_details": {"thinking_tokens": plan.reasoning_tokens if output_tokens else 0},
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": 0,
        "cache_creation": {"ephemeral_5m_input_tokens": 0, "ephemeral_1h_input_tokens": 0},
        "inference_geo": None,
        "server_tool_use": None,
        "service_tier": "standard",
    }


def _tool_use_id(index: int, plan: CompletionPlan) -> str:
    return f"toolu_{plan.generation_id.removeprefix('gen-')}_{index}"


def messages_body(plan: CompletionPlan) -> dict[str, Any]:
    content: list[dict[str, Any]] = []
    if plan.reasoning_pieces:
        content.append({"type": "thinking", "thinking": plan.reasoning, "signature": SIGNATURE})
    content.append({"type": "text", "text": plan.text, "citations": None})
    for index, call in enumerate(plan.tool_calls):
        content.append(
            {
                "type": "tool_use",
                "id": _tool_use_id(index, plan),
                "caller": {"type": "direct"},
                "name": call.name,
                "input": call.input,
            }
        )
    return {
        "id": _message_id(plan),
        "type": "message",
        "role": "assistant",
        "model": plan.model,
        "content": content,
        "container": None,
        "stop_reason": _stop_reason(plan),
        "stop_details": None,
        "stop_sequence": None,
        "usage": _usage(plan, plan.completion_tokens),
    }


def messages_stream(plan: CompletionPlan) -> StreamScript:
    text_index = 1 if plan.reasoning_pieces else 0

    def event(kind: str, **fields: Any) -> bytes:
        return data_frame({"type": kind, **fields}, event=kind)

    def events() -> Iterator[bytes]:
        start = {**messages_body(plan), "content": [], "stop_reason": None, "usage": _usage(plan, 0)}
        yield event("message_start", message=start)
        yield event("ping")
        if plan.reasoning_pieces:
            yield event(
                "content_block_start", index=0, content_block={"type": "thinking", "thinking": "", "signature": ""}
            )
            for piece in plan.reasoning_pieces:
                yield event("content_block_delta", index=0, delta={"type": "thinking_delta", "thinking": piece})
            yield event("content_block_delta", index=0, delta={"type": "signature_delta", "signature": SIGNATURE})
            yield event("content_block_stop", index=0)
        text_block = {"type": "text", "text": "", "citations": None}
        yield event("content_block_start", index=text_index, content_block=text_block)
        for piece in plan.text_pieces:
            yield event("content_block_delta", index=text_index, delta={"type": "text_delta", "text": piece})
        yield event("content_block_stop", index=text_index)
        for offset, call in enumerate(plan.tool_calls):
            index = text_index + 1 + offset
            block = {
                "type": "tool_use",
                "id": _tool_use_id(offset, plan),
                "caller": {"type": "direct"},
                "name": call.name,
                "input": {},
            }
            yield event("content_block_start", index=index, content_block=block)
            for fragment in call.fragments:
                yield event(
                    "content_block_delta", index=index, delta={"type": "input_json_delta", "partial_json": fragment}
                )
            yield event("content_block_stop", index=index)
        yield event(
            "message_delta",
            delta={"container": None, "stop_details": None, "stop_reason": _stop_reason(plan), "stop_sequence": None},
            usage={
                "input_tokens": plan.prompt_tokens,
                "output_tokens": plan.completion_tokens,
                "output_tokens_details": {"thinking_tokens": plan.reasoning_tokens},
                "cache_creation_input_tokens": 0,
                "cache_read_input_tokens": 0,
                "server_tool_use": None,
            },
        )

    def error_frames(code: int, message: str) -> tuple[bytes, ...]:
        body = anthropic_error_body(code, message)
        return (data_frame(body, event="error"),)

    return StreamScript(
        events=events(),
        closing=lambda: (event("message_stop"),),
        error_frames=error_frames,
        text_frame=lambda text: event(
            "content_block_delta", index=text_index, delta={"type": "text_delta", "text": text}
        ),
    )
