"""POST /responses: the response object and its typed event stream."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from openrouter_ext.testing._model import CompletionPlan
from openrouter_ext.testing._script import StreamScript
from openrouter_ext.testing._sse import DONE_FRAME, data_frame


def _suffix(plan: CompletionPlan) -> str:
    return plan.generation_id.removeprefix("gen-")


def _usage(plan: CompletionPlan) -> dict[str, Any]:
    return {
        "input_tokens": plan.prompt_tokens,
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens": plan.completion_tokens,
        "output_tokens_details": {"reasoning_tokens": plan.reasoning_tokens},
        "total_tokens": plan.total_tokens,
        "cost": plan.cost,
    }


def _reasoning_item(plan: CompletionPlan, text: str, status: str) -> dict[str, Any]:
    content = [{"type": "reasoning_text", "text": text}] if text else []
    return {"type": "reasoning", "id": f"rs_{_suffix(plan)}", "status": status, "summary": [], "content": content}


def _message_item(plan: CompletionPlan, text: str | None, status: str) -> dict[str, Any]:
    content: list[dict[str, Any]] = []
    if text is not None:
        refusal = plan.refusal
        part = {"type": "output_text", "text": text, "annotations": [], "logprobs": []}
        content = [{"type": "refusal", "refusal": refusal} if refusal is not None else part]
    return {"type": "message", "id": f"msg_{_suffix(plan)}", "role": "assistant", "status": status, "content": content}


def _function_item(plan: CompletionPlan, index: int, arguments: str, status: str) -> dict[str, Any]:
    call = plan.tool_calls[index]
    return {
        "type": "function_call",
        "id": f"fc_{_suffix(plan)}_{index}",
        "call_id": call.call_id,
        "name": call.name,
        "arguments": arguments,
        "status": status,
    }


def _final_output(plan: CompletionPlan) -> list[dict[str, Any]]:
    output: list[dict[str, Any]] = []
    if plan.reasoning_pieces:
        output.append(_reasoning_item(plan, plan.reasoning, "completed"))
    output.append(_message_item(plan, plan.text, "completed"))
    output.extend(_function_item(plan, i, call.arguments, "completed") for i, call in enumerate(plan.tool_calls))
    return output


def response_object(
    plan: CompletionPlan, status: str, output: list[dict[str, Any]], error: dict[str, Any] | None = None
) -> dict[str, Any]:
    incomplete = {"reason": "max_output_tokens"} if status == "incomplete" else None
    body: dict[str, Any] = {
        "id": plan.generation_id,
        "object": "response",
        "created_at": plan.created,
        "completed_at": plan.created + 1 if status in ("completed", "incomplete") else None,
        "model": plan.model,
        "status": status,
        "output": output,
        "error": error,
        "incomplete_details": incomplete,
        "instructions": None,
        "tools": [],
        "tool_choice": "auto",
        "parallel_tool_calls": True,
        "metadata": {},
        "temperature": None,
        "top_p": None,
        "presence_penalty": None,
        "frequency_penalty": None,
    }
    # Usage exists once the answer is done; before that the key is absent (the spec does not allow null).
    if status in ("completed", "incomplete"):
        body["usage"] = _usage(plan)
    return body


def _final_status(plan: CompletionPlan) -> str:
    return "incomplete" if plan.truncated else "completed"


def responses_body(plan: CompletionPlan) -> dict[str, Any]:
    return response_object(plan, _final_status(plan), _final_output(plan))


def responses_stream(plan: CompletionPlan) -> StreamScript:
    sequence = itertools.count()
    message_index = 1 if plan.reasoning_pieces else 0
    message_id = f"msg_{_suffix(plan)}"

    def frame(kind: str, **fields: Any) -> bytes:
        return data_frame({"type": kind, "sequence_number": next(sequence), **fields})

    def events() -> Iterator[bytes]:
        yield frame("response.created", response=response_object(plan, "in_progress", []))
        yield frame("response.in_progress", response=response_object(plan, "in_progress", []))
        if plan.reasoning_pieces:
            item_id = f"rs_{_suffix(plan)}"
            yield frame("response.output_item.added", output_index=0, item=_reasoning_item(plan, "", "in_progress"))
            for piece in plan.reasoning_pieces:
                yield frame(
                    "response.reasoning_text.delta", item_id=item_id, output_index=0, content_index=0, delta=piece
                )
            yield frame(
                "response.reasoning_text.done", item_id=item_id, output_index=0, content_index=0, text=plan.reasoning
            )
            yield frame(
                "response.output_item.done", output_index=0, item=_reasoning_item(plan, plan.reasoning, "completed")
            )
        position = {"item_id": message_id, "output_index": message_index, "content_index": 0}
        yield frame(
            "response.output_item.added", output_index=message_index, item=_message_item(plan, None, "in_progress")
        )
        refusal = plan.refusal
        if refusal is not None:
            empty: dict[str, Any] = {"type": "refusal", "refusal": ""}
            yield frame("response.content_part.added", **position, part=empty)
            for piece in plan.refusal_pieces:
                yield frame("response.refusal.delta", **position, delta=piece)
            yield frame("response.refusal.done", **position, refusal=refusal)
            yield frame("response.content_part.done", **position, part={**empty, "refusal": refusal})
        else:
            empty_part = {"type": "output_text", "text": "", "annotations": []}
            yield frame("response.content_part.added", **position, part=empty_part)
            for piece in plan.text_pieces:
                yield frame("response.output_text.delta", **position, delta=piece, logprobs=[])
            yield frame("response.output_text.done", **position, text=plan.text, logprobs=[])
            yield frame("response.content_part.done", **position, part={**empty_part, "text": plan.text})
        yield frame(
            "response.output_item.done", output_index=message_index, item=_message_item(plan, plan.text, "completed")
        )
        for index, call in enumerate(plan.tool_calls):
            output_index = message_index + 1 + index
            item_id = f"fc_{_suffix(plan)}_{index}"
            yield frame(
                "response.output_item.added",
                output_index=output_index,
                item=_function_item(plan, index, "", "in_progress"),
            )
            for fragment in call.fragments:
                yield frame(
                    "response.function_call_arguments.delta", item_id=item_id, output_index=output_index, delta=fragment
                )
            yield frame(
                "response.function_call_arguments.done",
                item_id=item_id,
                output_index=output_index,
                name=call.name,
                arguments=call.arguments,
            )
            yield frame(
                "response.output_item.done",
                output_index=output_index,
                item=_function_item(plan, index, call.arguments, "completed"),
            )

    def closing() -> tuple[bytes, ...]:
        status = _final_status(plan)
        final = response_object(plan, status, _final_output(plan))
        return (frame(f"response.{status}", response=final), DONE_FRAME)

    def error_frames(code: int, message: str) -> tuple[bytes, ...]:
        # This event family names errors with OpenAI's string codes rather than HTTP statuses.
        named = "rate_limit_exceeded" if code == 429 else "server_error"
        failed = response_object(plan, "failed", [], error={"code": named, "message": message})
        return (
            frame("error", code=named, message=message, param=None),
            frame("response.failed", response=failed),
        )

    return StreamScript(
        events=events(),
        closing=closing,
        error_frames=error_frames,
        text_frame=lambda text: frame(
            "response.output_text.delta",
            item_id=message_id,
            output_index=message_index,
            content_index=0,
            delta=text,
            logprobs=[],
        ),
    )
