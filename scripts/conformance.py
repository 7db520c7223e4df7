"""Writes the conformance vectors (conformance/vectors/*.json) that ports of this client run.

    .venv/bin/python scripts/conformance.py           # write conformance/vectors/
    .venv/bin/python scripts/conformance.py --check   # exit 1 if the stored vectors differ from what this builds

The cases are written here. For errors, retries, pagination, routing and lenient parsing the expected outcome is
written here too, by hand. For streams the assembled result is long (a recorded stream folds into kilobytes of
JSON), so it is filled in by running the stream through this client (tests/conformance/conformance_runners.py),
and each stream case states the facts its author expects (outcome, error kind, text, event count): the build fails
when the client's result disagrees with them. The recorded streams come from tests/recorded/*.sse byte for byte.
tests/conformance checks that the stored files are what this script builds, so a vector cannot drift.
"""

from __future__ import annotations

import argparse
import base64
import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
VECTORS = ROOT / "conformance" / "vectors"
RECORDED = ROOT / "tests" / "recorded"
sys.path.insert(0, str(ROOT / "tests" / "conformance"))

KINDS = ("streams", "errors", "retries", "pagination", "routing", "lenient")
FORMAT_VERSION = 1

Vector = dict[str, Any]


def vector(vector_id: str, description: str, vector_input: Mapping[str, Any], expected: Any) -> Vector:
    return {"id": vector_id, "description": description, "input": dict(vector_input), "expected": expected}


# --- bodies -----------------------------------------------------------------------------------------------------


def part(data: bytes) -> dict[str, str]:
    """One network read: as text when it is UTF-8, else as base64."""
    try:
        return {"text": data.decode("utf-8")}
    except UnicodeDecodeError:
        return {"base64": base64.b64encode(data).decode("ascii")}


def reads(data: bytes | str, size: int | None = None) -> list[dict[str, str]]:
    """`data` as network reads of `size` bytes (one read when None)."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if size is None:
        return [part(raw)]
    return [part(raw[start : start + size]) for start in range(0, len(raw), size)]


def ev(payload: object, *, event: str | None = None, nl: str = "\n") -> str:
    """One SSE event with `payload` as compact JSON data."""
    head = f"event: {event}{nl}" if event else ""
    return f"{head}data: {json.dumps(payload, separators=(',', ':'), ensure_ascii=False)}{nl}{nl}"


DONE = "data: [DONE]\n\n"
KEEPALIVE = ": OPENROUTER PROCESSING\n\n"


def chunk(*choices: dict[str, Any], **top: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": "gen-1754400000-conf",
        "provider": "OpenAI",
        "model": "openai/gpt-4o-mini",
        "object": "chat.completion.chunk",
        "created": 1754400000,
        "choices": list(choices),
    }
    out.update(top)
    return out


def choice(index: int = 0, finish: str | None = None, **delta: Any) -> dict[str, Any]:
    return {"index": index, "delta": delta, "finish_reason": finish}


USAGE = {"prompt_tokens": 9, "completion_tokens": 3, "total_tokens": 12, "cost": 0.00002}


def hello_chat(nl: str = "\n") -> str:
    return (
        ev(chunk(choice(role="assistant", content="")), nl=nl)
        + ev(chunk(choice(content="Hel")), nl=nl)
        + ev(chunk(choice(content="lo")), nl=nl)
        + ev(chunk(choice(finish="stop", content="!")), nl=nl)
        + ev(chunk(usage=USAGE), nl=nl)
    )


# --- streams ----------------------------------------------------------------------------------------------------


def stream_case(
    vector_id: str,
    description: str,
    endpoint: str,
    body: list[dict[str, str]],
    facts: Mapping[str, Any],
    *,
    end: str = "eof",
    headers: Mapping[str, str] | None = None,
) -> tuple[str, str, dict[str, Any], Mapping[str, Any]]:
    vector_input: dict[str, Any] = {"endpoint": endpoint, "body": body, "end": end}
    if headers:
        vector_input["headers"] = dict(headers)
    return vector_id, description, vector_input, facts


RECORDED_FACTS: dict[str, dict[str, Any]] = {
    "chat_completions.stream_usage.sse": {"outcome": "completed", "text": "1\n2\n3"},
    "chat_completions.stream_reasoning.sse": {"outcome": "completed"},
    "chat_completions.stream_reasoning_tool_calls.sse": {"outcome": "completed"},
    "chat_completions.stream_tool_calls.sse": {"outcome": "completed"},
    "chat_completions.stream_midstream_error.sse": {"outcome": "error", "error": {"kind": "stream_error", "code": 400}},
    "responses.stream.sse": {"outcome": "completed"},
    "responses.stream_openrouter_processing.sse": {"outcome": "completed"},
}


def recorded_stream_cases() -> list[tuple[str, str, dict[str, Any], Mapping[str, Any]]]:
    cases = []
    for path in sorted(RECORDED.glob("*.sse")):
        if path.name not in RECORDED_FACTS:
            raise SystemExit(f"{path.name}: a recorded stream without stated facts; add it to RECORDED_FACTS")
        endpoint = "chat" if path.name.startswith("chat_") else "responses"
        raw = path.read_bytes()
        facts = RECORDED_FACTS[path.name]
        stem = path.name.removesuffix(".sse").replace(".", "_")
        where = f"tests/recorded/{path.name}, recorded from the real API"
        cases.append(stream_case(f"recorded_{stem}", f"{where}, in one read", endpoint, reads(raw), facts))
        cases.append(
            stream_case(
                f"recorded_{stem}_7_byte_reads",
                f"{where}, in reads of 7 bytes (events and UTF-8 sequences cut anywhere): the same result",
                endpoint,
                reads(raw, 7),
                facts,
            )
        )
        if path.name in ("chat_completions.stream_usage.sse", "responses.stream.sse"):
            cases.append(
                stream_case(
                    f"recorded_{stem}_crlf",
                    f"{where}, with every LF turned into CRLF: the same result",
                    endpoint,
                    reads(raw.replace(b"\n", b"\r\n"), 64),
                    facts,
                )
            )
    return cases


def chat_stream_cases() -> list[tuple[str, str, dict[str, Any], Mapping[str, Any]]]:
    hello = hello_chat()
    ok = {"outcome": "completed", "text": "Hello!", "events": 5}
    partial_hello = ev(chunk(choice(role="assistant", content=""))) + ev(chunk(choice(content="Hel")))
    bad_utf8 = partial_hello.encode() + b'data: {"choices":[{"index":0,"delta":{"content":"caf\xe9"}}]}\n\n' + b"x"
    return [
        stream_case("chat_basic", "content deltas, a usage chunk, [DONE]", "chat", reads(hello + DONE), ok),
        stream_case(
            "chat_keepalive_comments",
            "': OPENROUTER PROCESSING' comment lines before and between events are skipped",
            "chat",
            reads(KEEPALIVE + KEEPALIVE + hello.replace("\n\ndata:", "\n\n: keep-alive\n\ndata:", 2) + DONE),
            ok,
        ),
        stream_case(
            "chat_bom",
            "a UTF-8 byte order mark before the first event is dropped",
            "chat",
            reads("\ufeff" + hello + DONE),
            ok,
        ),
        stream_case("chat_crlf", "CRLF line endings", "chat", reads(hello_chat("\r\n") + "data: [DONE]\r\n\r\n"), ok),
        stream_case("chat_cr", "bare CR line endings", "chat", reads(hello_chat("\r") + "data: [DONE]\r\r"), ok),
        stream_case(
            "chat_crlf_split_between_cr_and_lf",
            "CRLF endings with reads cut between each CR and its LF",
            "chat",
            [part(piece.encode() + b"\r") for piece in (hello_chat("\r\n") + "data: [DONE]\r\n\r\n").split("\r")[:-1]],
            ok,
        ),
        stream_case("chat_one_byte_reads", "every byte in its own read", "chat", reads(hello + DONE, 1), ok),
        stream_case(
            "chat_utf8_split_across_reads",
            "a multi-byte character cut between two reads is joined, not replaced",
            "chat",
            [
                part(ev(chunk(choice(role="assistant", content="caf"))).encode()),
                part(b'data: {"choices":[{"index":0,"delta":{"content":"\xc3'),
                part(b"\xa9 \xe2\x98"),
                part(b'\x95"}}]}\n\n' + DONE.encode()),
            ],
            {"outcome": "completed", "text": "café ☕", "events": 2},
        ),
        stream_case(
            "chat_multiline_data",
            "one event whose data spans several data: lines (joined with LF)",
            "chat",
            reads(
                ev(chunk(choice(role="assistant", content="")))
                + 'data: {"choices":[{"index":0,\ndata: "delta":{"content":"two lines"}}]}\n\n'
                + DONE
            ),
            {"outcome": "completed", "text": "two lines", "events": 2},
        ),
        stream_case(
            "chat_other_sse_fields_ignored",
            "event:, id: and retry: lines and empty data payloads change nothing",
            "chat",
            reads(
                "retry: 3000\n\n"
                + "id: 1\nevent: message\n"
                + ev(chunk(choice(role="assistant", content="ok")))
                + "data:\n\n"
                + "event: message\ndata:[DONE]\n\n"
            ),
            {"outcome": "completed", "text": "ok", "events": 1},
        ),
        stream_case(
            "chat_only_done",
            "a stream of nothing but [DONE] completes with an empty result",
            "chat",
            reads(DONE),
            {"outcome": "completed", "text": "", "events": 0},
        ),
        stream_case(
            "chat_events_after_done_ignored",
            "anything after [DONE] is not read",
            "chat",
            reads(hello + DONE + ev(chunk(choice(content=" more")))),
            ok,
        ),
        stream_case(
            "chat_generation_id_header",
            "the X-Generation-Id header names the generation, whatever the chunk ids say",
            "chat",
            reads(hello + DONE),
            {**ok, "generation_id": "gen-from-header"},
            headers={"x-generation-id": "gen-from-header"},
        ),
        stream_case(
            "chat_nulls_are_nothing",
            "null fields in a chunk mean 'nothing in this chunk', not a value",
            "chat",
            reads(
                ev(chunk(choice(role="assistant", content="a", reasoning=None, tool_calls=None), usage=None))
                + ev(chunk({"index": 0, "delta": {"content": None}, "finish_reason": None, "logprobs": None}))
                + ev(chunk(choice(finish="stop", content="b")))
                + DONE
            ),
            {"outcome": "completed", "text": "ab", "events": 3},
        ),
        stream_case(
            "chat_truncated_no_done",
            "the body ends after the last chunk without [DONE]: incomplete, with the partial",
            "chat",
            reads(hello),
            {"outcome": "error", "error": {"kind": "stream_incomplete"}, "text": "Hello!", "events": 5},
        ),
        stream_case(
            "chat_truncated_mid_event",
            "the body ends inside an event: the cut event is not delivered",
            "chat",
            reads(partial_hello + 'data: {"choices":[{"index":0,"delta":{"content":"lo"'),
            {"outcome": "error", "error": {"kind": "stream_incomplete"}, "text": "Hel", "events": 2},
        ),
        stream_case(
            "chat_truncated_event_without_blank_line",
            "the last event's data line ends but the blank line that dispatches it never comes",
            "chat",
            reads(partial_hello + ev(chunk(choice(content="lo")))[:-1]),
            {"outcome": "error", "error": {"kind": "stream_incomplete"}, "text": "Hel", "events": 2},
        ),
        stream_case(
            "chat_connection_reset",
            "the connection is reset after two chunks",
            "chat",
            reads(partial_hello),
            {"outcome": "error", "error": {"kind": "stream_incomplete"}, "text": "Hel", "events": 2},
            end="connection_reset",
        ),
        stream_case(
            "chat_read_timeout",
            "nothing more arrives within the read timeout",
            "chat",
            reads(partial_hello),
            {"outcome": "error", "error": {"kind": "stream_idle_timeout"}, "text": "Hel", "events": 2},
            end="read_timeout",
        ),
        stream_case(
            "chat_reset_after_done",
            "a connection reset after [DONE] loses nothing",
            "chat",
            reads(hello + DONE),
            ok,
            end="connection_reset",
        ),
        stream_case(
            "chat_error_event",
            "a chunk with a top-level error (HTTP status already 200) ends the stream with its code and message",
            "chat",
            reads(
                partial_hello
                + ev(
                    chunk(
                        choice(finish="error", content=""),
                        error={"code": 502, "message": "Upstream error", "metadata": {"provider_name": "OpenAI"}},
                    )
                )
                + DONE
            ),
            {
                "outcome": "error",
                "error": {"kind": "stream_error", "code": 502, "message": "Upstream error"},
                "text": "Hel",
                "events": 2,
            },
        ),
        stream_case(
            "chat_error_event_string_code",
            "an error chunk whose code is a string keeps it as a string; unknown error keys go to metadata",
            "chat",
            reads(
                partial_hello
                + ev({"error": {"code": "server_error", "message": "Internal error", "param": None, "type": "x"}})
            ),
            {"outcome": "error", "error": {"kind": "stream_error", "code": "server_error"}, "events": 2},
        ),
        stream_case(
            "chat_finish_reason_error",
            "a choice that finishes with 'error' (no top-level error) fails when the result is taken",
            "chat",
            reads(
                partial_hello
                + ev(
                    chunk(
                        {
                            "index": 0,
                            "delta": {"content": ""},
                            "finish_reason": "error",
                            "error": {"code": 429, "message": "Rate limited upstream"},
                        }
                    )
                )
                + DONE
            ),
            {"outcome": "error", "error": {"kind": "stream_error", "code": 429}, "text": "Hel", "events": 3},
        ),
        stream_case(
            "chat_invalid_json",
            "an event whose data is not JSON",
            "chat",
            reads(partial_hello + 'data: {"choices": [\n\n' + DONE),
            {"outcome": "error", "error": {"kind": "malformed_event"}, "text": "Hel", "events": 2},
        ),
        stream_case(
            "chat_json_not_object",
            "an event whose data is JSON but not an object",
            "chat",
            reads(partial_hello + "data: [1, 2]\n\n" + DONE),
            {"outcome": "error", "error": {"kind": "malformed_event"}, "text": "Hel", "events": 2},
        ),
        stream_case(
            "chat_invalid_utf8",
            "an event holding a byte that is not UTF-8 (Latin-1 e acute) is refused, not repaired",
            "chat",
            [part(bad_utf8[:-1]), part(DONE.encode())],
            {"outcome": "error", "error": {"kind": "malformed_event"}, "text": "Hel", "events": 2},
        ),
        stream_case(
            "chat_misfit_content_number",
            "delta.content is a number, not a string: the event does not fit ChatStreamChunk",
            "chat",
            reads(partial_hello + ev(chunk(choice(content=5))) + DONE),
            {"outcome": "error", "error": {"kind": "malformed_event"}, "text": "Hel", "events": 2},
        ),
        stream_case(
            "chat_misfit_choices_string",
            "choices is a string, not an array",
            "chat",
            reads(partial_hello + ev({"id": "gen-1754400000-conf", "choices": "oops"}) + DONE),
            {"outcome": "error", "error": {"kind": "malformed_event"}, "events": 2},
        ),
        stream_case(
            "chat_misfit_usage_string_count",
            "usage.prompt_tokens is a string",
            "chat",
            reads(partial_hello + ev(chunk(usage={"prompt_tokens": "9"})) + DONE),
            {"outcome": "error", "error": {"kind": "malformed_event"}, "events": 2},
        ),
        stream_case(
            "chat_misfit_tool_call_index",
            "a tool call whose index is a string",
            "chat",
            reads(partial_hello + ev(chunk(choice(tool_calls=[{"index": "0", "id": "call_1"}]))) + DONE),
            {"outcome": "error", "error": {"kind": "malformed_event"}, "events": 2},
        ),
        stream_case(
            "chat_misfit_bool_as_integer",
            "created is true: a JSON boolean is not an integer",
            "chat",
            reads(ev(chunk(choice(role="assistant", content="x"), created=True)) + DONE),
            {"outcome": "error", "error": {"kind": "malformed_event"}, "events": 0},
        ),
        stream_case(
            "chat_parallel_tool_calls",
            "two tool calls by index, arguments in fragments",
            "chat",
            reads(
                ev(chunk(choice(role="assistant", content=None)))
                + ev(
                    chunk(
                        choice(
                            tool_calls=[
                                {"index": 0, "id": "call_a", "type": "function", "function": {"name": "get_weather"}}
                            ]
                        )
                    )
                )
                + ev(chunk(choice(tool_calls=[{"index": 0, "function": {"arguments": '{"city":'}}])))
                + ev(
                    chunk(
                        choice(
                            tool_calls=[
                                {"index": 1, "id": "call_b", "type": "function", "function": {"name": "get_time"}},
                                {"index": 0, "function": {"arguments": ' "Oslo"}'}},
                            ]
                        )
                    )
                )
                + ev(chunk(choice(tool_calls=[{"index": 1, "function": {"arguments": "{}"}}])))
                + ev(chunk(choice(finish="tool_calls")))
                + DONE
            ),
            {"outcome": "completed", "events": 6},
        ),
        stream_case(
            "chat_tool_calls_same_index_new_id",
            "a provider that sends every tool call at index 0: a new id at a known index starts a new call",
            "chat",
            reads(
                ev(
                    chunk(
                        choice(
                            role="assistant",
                            tool_calls=[{"index": 0, "id": "call_1", "function": {"name": "a", "arguments": "{}"}}],
                        )
                    )
                )
                + ev(
                    chunk(choice(tool_calls=[{"index": 0, "id": "call_2", "function": {"name": "b", "arguments": ""}}]))
                )
                + ev(chunk(choice(tool_calls=[{"index": 0, "function": {"arguments": '{"x":1}'}}])))
                + ev(chunk(choice(finish="tool_calls")))
                + DONE
            ),
            {"outcome": "completed", "events": 4},
        ),
        stream_case(
            "chat_two_choices_out_of_order",
            "n=2: choice 1 arrives first; choices are kept apart and ordered by index",
            "chat",
            reads(
                ev(chunk(choice(1, role="assistant", content="B")))
                + ev(chunk(choice(0, role="assistant", content="A")))
                + ev(chunk(choice(0, content="a"), choice(1, content="b")))
                + ev(chunk(choice(0, finish="stop"), choice(1, finish="length")))
                + DONE
            ),
            {"outcome": "completed", "text": "Aa", "events": 4},
        ),
        stream_case(
            "chat_reasoning_details_merge",
            "reasoning_details fragments with the same type and index are joined; a new index starts a new entry",
            "chat",
            reads(
                ev(
                    chunk(
                        choice(
                            role="assistant",
                            reasoning="Think",
                            reasoning_details=[{"type": "reasoning.text", "text": "Think", "index": 0}],
                        )
                    )
                )
                + ev(
                    chunk(
                        choice(
                            reasoning="ing.",
                            reasoning_details=[
                                {"type": "reasoning.text", "text": "ing.", "index": 0, "signature": "sig1"}
                            ],
                        )
                    )
                )
                + ev(chunk(choice(reasoning_details=[{"type": "reasoning.encrypted", "data": "QUJD", "index": 1}])))
                + ev(chunk(choice(finish="stop", content="4")))
                + DONE
            ),
            {"outcome": "completed", "text": "4", "events": 4},
        ),
        stream_case(
            "chat_unknown_fields_kept",
            "delta keys this client does not know are merged (strings joined, objects merged), chunk keys kept",
            "chat",
            reads(
                ev(chunk(choice(role="assistant", content="x", future_text="ab", audio={"id": "au_1"}), future_top=1))
                + ev(chunk(choice(content="y", future_text="cd", audio={"data": "AAA"})))
                + ev(chunk(choice(finish="stop"), system_fingerprint="fp_1"))
                + DONE
            ),
            {"outcome": "completed", "text": "xy", "events": 3},
        ),
        stream_case(
            "chat_refusal_and_annotations",
            "refusal fragments are joined; annotations and images are appended",
            "chat",
            reads(
                ev(chunk(choice(role="assistant", refusal="I can")))
                + ev(
                    chunk(choice(refusal="not.", annotations=[{"type": "url_citation", "url_citation": {"url": "u"}}]))
                )
                + ev(chunk(choice(finish="stop", images=[{"type": "image_url", "image_url": {"url": "data:x"}}])))
                + DONE
            ),
            {"outcome": "completed", "text": "", "events": 3},
        ),
        stream_case(
            "chat_not_event_stream",
            "a 200 answer to a streaming request that is JSON, not an event stream",
            "chat",
            reads('{"error":{"code":400,"message":"stream not supported"}}'),
            {"outcome": "error", "error": {"kind": "not_event_stream"}, "events": 0},
            headers={"content-type": "application/json"},
        ),
    ]


RESPONSE_ID = "gen-1754400000-resp"


def resp(status: str, **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": RESPONSE_ID,
        "object": "response",
        "created_at": 1754400000,
        "model": "openai/gpt-4o-mini",
        "status": status,
        "output": [],
    }
    out.update(extra)
    return out


def responses_text_events(text_parts: list[str]) -> str:
    item_id = "msg_1"
    out = ev({"type": "response.created", "sequence_number": 0, "response": resp("in_progress")})
    out += ev({"type": "response.in_progress", "sequence_number": 1, "response": resp("in_progress")})
    out += ev(
        {
            "type": "response.output_item.added",
            "sequence_number": 2,
            "output_index": 0,
            "item": {"type": "message", "id": item_id, "role": "assistant", "status": "in_progress", "content": []},
        }
    )
    out += ev(
        {
            "type": "response.content_part.added",
            "sequence_number": 3,
            "output_index": 0,
            "content_index": 0,
            "item_id": item_id,
            "part": {"type": "output_text", "text": "", "annotations": []},
        }
    )
    for number, text in enumerate(text_parts):
        out += ev(
            {
                "type": "response.output_text.delta",
                "sequence_number": 4 + number,
                "output_index": 0,
                "content_index": 0,
                "item_id": item_id,
                "delta": text,
            }
        )
    return out


def responses_completed(text: str) -> str:
    message = {
        "type": "message",
        "id": "msg_1",
        "role": "assistant",
        "status": "completed",
        "content": [{"type": "output_text", "text": text, "annotations": []}],
    }
    usage = {"input_tokens": 5, "output_tokens": 2, "total_tokens": 7, "cost": 0.00001}
    return ev(
        {
            "type": "response.completed",
            "sequence_number": 99,
            "response": resp("completed", output=[message], usage=usage),
        }
    )


def responses_stream_cases() -> list[tuple[str, str, dict[str, Any], Mapping[str, Any]]]:
    start = responses_text_events(["Hi", " there"])
    function_call = (
        ev({"type": "response.created", "sequence_number": 0, "response": resp("in_progress")})
        + ev(
            {
                "type": "response.output_item.added",
                "sequence_number": 1,
                "output_index": 0,
                "item": {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "get_weather"},
            }
        )
        + ev(
            {
                "type": "response.function_call_arguments.delta",
                "sequence_number": 2,
                "output_index": 0,
                "item_id": "fc_1",
                "delta": '{"city":',
            }
        )
        + ev(
            {
                "type": "response.function_call_arguments.delta",
                "sequence_number": 3,
                "output_index": 0,
                "item_id": "fc_1",
                "delta": ' "Oslo"}',
            }
        )
    )
    summary = (
        ev({"type": "response.created", "sequence_number": 0, "response": resp("in_progress")})
        + ev(
            {
                "type": "response.reasoning_summary_part.added",
                "sequence_number": 1,
                "output_index": 0,
                "summary_index": 0,
                "item_id": "rs_1",
                "part": {"type": "summary_text", "text": ""},
            }
        )
        + ev(
            {
                "type": "response.reasoning_summary_text.delta",
                "sequence_number": 2,
                "output_index": 0,
                "summary_index": 0,
                "item_id": "rs_1",
                "delta": "Weighing",
            }
        )
        + ev(
            {
                "type": "response.reasoning_summary_text.delta",
                "sequence_number": 3,
                "output_index": 0,
                "summary_index": 0,
                "item_id": "rs_1",
                "delta": " options.",
            }
        )
    )
    return [
        stream_case(
            "responses_basic",
            "created, item, part, text deltas, response.completed",
            "responses",
            reads(start + responses_completed("Hi there")),
            {"outcome": "completed", "text": "Hi there", "events": 7},
        ),
        stream_case(
            "responses_done_marker",
            "text deltas then data: [DONE] without response.completed: complete, output rebuilt from the deltas",
            "responses",
            reads(start + DONE),
            {"outcome": "completed", "text": "Hi there", "events": 6},
        ),
        stream_case(
            "responses_truncated",
            "the body ends before response.completed: incomplete, the partial output rebuilt from the deltas",
            "responses",
            reads(start),
            {"outcome": "error", "error": {"kind": "stream_incomplete"}, "text": "Hi there", "events": 6},
        ),
        stream_case(
            "responses_connection_reset",
            "the connection is reset after the first text delta",
            "responses",
            reads(responses_text_events(["Hi"])),
            {"outcome": "error", "error": {"kind": "stream_incomplete"}, "text": "Hi", "events": 5},
            end="connection_reset",
        ),
        stream_case(
            "responses_failed",
            "response.failed ends the stream with the response's error",
            "responses",
            reads(
                start
                + ev(
                    {
                        "type": "response.failed",
                        "sequence_number": 9,
                        "response": resp("failed", error={"code": "server_error", "message": "The model crashed"}),
                    }
                )
            ),
            {
                "outcome": "error",
                "error": {"kind": "stream_error", "code": "server_error", "message": "The model crashed"},
                "events": 6,
            },
        ),
        stream_case(
            "responses_error_event",
            "an error event (code and message at the top level) ends the stream",
            "responses",
            reads(
                start
                + ev({"type": "error", "sequence_number": 9, "code": "rate_limit_exceeded", "message": "Slow down"})
            ),
            {
                "outcome": "error",
                "error": {"kind": "stream_error", "code": "rate_limit_exceeded", "message": "Slow down"},
                "text": "Hi there",
                "events": 6,
            },
        ),
        stream_case(
            "responses_incomplete_is_terminal",
            "response.incomplete (max_output_tokens reached) ends the stream normally",
            "responses",
            reads(
                start
                + ev(
                    {
                        "type": "response.incomplete",
                        "sequence_number": 9,
                        "response": resp("incomplete", incomplete_details={"reason": "max_output_tokens"}),
                    }
                )
            ),
            {"outcome": "completed", "text": "Hi there", "events": 7},
        ),
        stream_case(
            "responses_function_call_arguments",
            "function call arguments assembled from deltas (no completed event, [DONE])",
            "responses",
            reads(function_call + DONE),
            {"outcome": "completed", "events": 4},
        ),
        stream_case(
            "responses_reasoning_summary",
            "reasoning summary text assembled from deltas",
            "responses",
            reads(summary + DONE),
            {"outcome": "completed", "events": 4},
        ),
        stream_case(
            "responses_unknown_event_kept",
            "an event type this client does not know is kept in arrival order, not dropped",
            "responses",
            reads(
                start
                + ev({"type": "response.web_search_call.searching", "sequence_number": 7, "output_index": 1})
                + responses_completed("Hi there")
            ),
            {"outcome": "completed", "events": 8, "other_events": ["response.web_search_call.searching"]},
        ),
        stream_case(
            "responses_misfit_output_index",
            "output_index is a string: the event does not fit its schema",
            "responses",
            reads(
                start
                + ev(
                    {
                        "type": "response.output_text.delta",
                        "sequence_number": 9,
                        "output_index": "0",
                        "content_index": 0,
                        "delta": "!",
                    }
                )
            ),
            {"outcome": "error", "error": {"kind": "malformed_event"}, "text": "Hi there", "events": 6},
        ),
        stream_case(
            "responses_misfit_delta_number",
            "a text delta that is a number",
            "responses",
            reads(
                start
                + ev(
                    {
                        "type": "response.output_text.delta",
                        "sequence_number": 9,
                        "output_index": 0,
                        "content_index": 0,
                        "delta": 7,
                    }
                )
            ),
            {"outcome": "error", "error": {"kind": "malformed_event"}, "events": 6},
        ),
        stream_case(
            "responses_invalid_json",
            "an event whose data is not JSON",
            "responses",
            reads(start + 'data: {"type": "response.output_text.delta", "delta": "x"\n\n'),
            {"outcome": "error", "error": {"kind": "malformed_event"}, "text": "Hi there", "events": 6},
        ),
        stream_case(
            "responses_bom_crlf_keepalive",
            "a byte order mark, CRLF endings and keep-alive comments together",
            "responses",
            reads(
                "\ufeff: OPENROUTER PROCESSING\r\n\r\n"
                + (start + responses_completed("Hi there")).replace("\n", "\r\n")
            ),
            {"outcome": "completed", "text": "Hi there", "events": 7},
        ),
        stream_case(
            "responses_read_timeout",
            "nothing more arrives within the read timeout",
            "responses",
            reads(start),
            {"outcome": "error", "error": {"kind": "stream_idle_timeout"}, "text": "Hi there", "events": 6},
            end="read_timeout",
        ),
    ]


MESSAGE_START = {
    "type": "message_start",
    "message": {
        "id": "gen-1754412700-msg",
        "type": "message",
        "role": "assistant",
        "model": "anthropic/claude-sonnet-4",
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {"input_tokens": 389, "output_tokens": 1},
    },
}


def msg(payload: dict[str, Any], *, named: bool = True, nl: str = "\n") -> str:
    return ev(payload, event=payload.get("type") if named else None, nl=nl)


def message_text_events(nl: str = "\n") -> str:
    return (
        msg(MESSAGE_START, nl=nl)
        + msg({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}, nl=nl)
        + msg({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hello"}}, nl=nl)
        + msg({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": " world"}}, nl=nl)
        + msg({"type": "content_block_stop", "index": 0}, nl=nl)
    )


def message_end(nl: str = "\n") -> str:
    return msg(
        {
            "type": "message_delta",
            "delta": {"stop_reason": "end_turn", "stop_sequence": None},
            "usage": {"output_tokens": 12},
        },
        nl=nl,
    ) + msg({"type": "message_stop"}, nl=nl)


def messages_stream_cases() -> list[tuple[str, str, dict[str, Any], Mapping[str, Any]]]:
    text = message_text_events()
    tool = (
        msg(MESSAGE_START)
        + msg({"type": "ping"})
        + msg(
            {
                "type": "content_block_start",
                "index": 0,
                "content_block": {"type": "thinking", "thinking": "", "signature": ""},
            }
        )
        + msg({"type": "content_block_delta", "index": 0, "delta": {"type": "thinking_delta", "thinking": "Rainy?"}})
        + msg({"type": "content_block_delta", "index": 0, "delta": {"type": "signature_delta", "signature": "ErUB"}})
        + msg({"type": "content_block_stop", "index": 0})
        + msg(
            {
                "type": "content_block_start",
                "index": 1,
                "content_block": {"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {}},
            }
        )
        + msg({"type": "content_block_delta", "index": 1, "delta": {"type": "input_json_delta", "partial_json": ""}})
        + msg(
            {
                "type": "content_block_delta",
                "index": 1,
                "delta": {"type": "input_json_delta", "partial_json": '{"city": "Ber'},
            }
        )
        + msg(
            {"type": "content_block_delta", "index": 1, "delta": {"type": "input_json_delta", "partial_json": 'gen"}'}}
        )
    )
    tool_end = (
        msg({"type": "content_block_stop", "index": 1})
        + msg({"type": "message_delta", "delta": {"stop_reason": "tool_use"}, "usage": {"output_tokens": 87}})
        + msg({"type": "message_stop"})
    )
    return [
        stream_case(
            "messages_basic",
            "message_start, a text block in two deltas, message_delta, message_stop",
            "messages",
            reads(text + message_end()),
            {"outcome": "completed", "text": "Hello world", "events": 7},
        ),
        stream_case(
            "messages_thinking_and_tool_use",
            "a thinking block with its signature, then a tool_use block whose input arrives as JSON fragments",
            "messages",
            reads(tool + tool_end),
            {"outcome": "completed", "events": 13},
        ),
        stream_case(
            "messages_truncated_tool_input",
            "the body ends inside the tool_use block: incomplete; the partial holds the raw input JSON so far",
            "messages",
            reads(tool),
            {"outcome": "error", "error": {"kind": "stream_incomplete"}, "events": 10},
        ),
        stream_case(
            "messages_invalid_tool_input_kept_raw",
            "a tool_use block whose assembled input is not JSON keeps the raw string as its input",
            "messages",
            reads(
                msg(MESSAGE_START)
                + msg(
                    {
                        "type": "content_block_start",
                        "index": 0,
                        "content_block": {"type": "tool_use", "id": "toolu_2", "name": "f", "input": {}},
                    }
                )
                + msg(
                    {
                        "type": "content_block_delta",
                        "index": 0,
                        "delta": {"type": "input_json_delta", "partial_json": '{"a": '},
                    }
                )
                + msg({"type": "content_block_stop", "index": 0})
                + message_end()
            ),
            {"outcome": "completed", "events": 6},
        ),
        stream_case(
            "messages_type_from_event_name",
            "payloads without 'type' take it from the event: line",
            "messages",
            reads(
                "event: message_start\ndata: "
                + json.dumps({"message": MESSAGE_START["message"]})
                + "\n\n"
                + 'event: content_block_start\ndata: {"index":0,"content_block":{"type":"text","text":""}}\n\n'
                + 'event: content_block_delta\ndata: {"index":0,"delta":{"type":"text_delta","text":"named"}}\n\n'
                + "event: message_stop\ndata: {}\n\n"
            ),
            {"outcome": "completed", "text": "named", "events": 4},
        ),
        stream_case(
            "messages_error_event",
            "an error event (Anthropic shape) ends the stream with its type as the code",
            "messages",
            reads(text + msg({"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}})),
            {
                "outcome": "error",
                "error": {"kind": "stream_error", "code": "overloaded_error", "message": "Overloaded"},
                "text": "Hello world",
                "events": 5,
            },
        ),
        stream_case(
            "messages_done_after_stop",
            "a trailing data: [DONE] after message_stop is accepted",
            "messages",
            reads(text + message_end() + DONE),
            {"outcome": "completed", "text": "Hello world", "events": 7},
        ),
        stream_case(
            "messages_done_without_stop",
            "data: [DONE] in place of message_stop also ends the message",
            "messages",
            reads(text + message_end().split("event: message_stop")[0] + DONE),
            {"outcome": "completed", "text": "Hello world", "events": 6},
        ),
        stream_case(
            "messages_citations_and_unknown_delta",
            "citations_delta entries are appended; an unknown delta type is folded into the block, not dropped",
            "messages",
            reads(
                msg(MESSAGE_START)
                + msg({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}})
                + msg({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Cited."}})
                + msg(
                    {
                        "type": "content_block_delta",
                        "index": 0,
                        "delta": {"type": "citations_delta", "citation": {"type": "web", "url": "https://x"}},
                    }
                )
                + msg({"type": "content_block_delta", "index": 0, "delta": {"type": "future_delta", "note": "n1"}})
                + msg({"type": "content_block_delta", "index": 0, "delta": {"type": "future_delta", "note": "n2"}})
                + msg({"type": "content_block_stop", "index": 0})
                + message_end()
            ),
            {"outcome": "completed", "text": "Cited.", "events": 9},
        ),
        stream_case(
            "messages_unknown_event_kept",
            "an event type this client does not know is kept, not dropped",
            "messages",
            reads(text + msg({"type": "future_event", "value": 1}) + message_end()),
            {"outcome": "completed", "events": 8, "other_events": ["future_event"]},
        ),
        stream_case(
            "messages_misfit_index",
            "a content block index that is a string",
            "messages",
            reads(
                text
                + msg({"type": "content_block_delta", "index": "0", "delta": {"type": "text_delta", "text": "!"}})
                + message_end()
            ),
            {"outcome": "error", "error": {"kind": "malformed_event"}, "text": "Hello world", "events": 5},
        ),
        stream_case(
            "messages_misfit_usage",
            "message_delta usage.output_tokens is a string",
            "messages",
            reads(text + msg({"type": "message_delta", "delta": {}, "usage": {"output_tokens": "12"}})),
            {"outcome": "error", "error": {"kind": "malformed_event"}, "events": 5},
        ),
        stream_case(
            "messages_bom_crlf_keepalive",
            "a byte order mark, CRLF endings and keep-alive comments",
            "messages",
            reads("\ufeff: OPENROUTER PROCESSING\r\n\r\n" + message_text_events("\r\n") + message_end("\r\n")),
            {"outcome": "completed", "text": "Hello world", "events": 7},
        ),
        stream_case(
            "messages_invalid_utf8",
            "a text delta holding a byte that is not UTF-8",
            "messages",
            [
                part(text.encode()),
                part(
                    b'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,'
                    b'"delta":{"type":"text_delta","text":"\xff"}}\n\n'
                ),
            ],
            {"outcome": "error", "error": {"kind": "malformed_event"}, "text": "Hello world", "events": 5},
        ),
        stream_case(
            "messages_read_timeout",
            "nothing more arrives within the read timeout",
            "messages",
            reads(text),
            {"outcome": "error", "error": {"kind": "stream_idle_timeout"}, "text": "Hello world", "events": 5},
            end="read_timeout",
        ),
        stream_case(
            "messages_truncated_before_stop",
            "the body ends after message_delta without message_stop",
            "messages",
            reads(text + message_end().split("event: message_stop")[0]),
            {"outcome": "error", "error": {"kind": "stream_incomplete"}, "text": "Hello world", "events": 6},
        ),
    ]


def _contains(actual: Any, facts: Any) -> bool:
    if isinstance(facts, Mapping):
        return isinstance(actual, Mapping) and all(k in actual and _contains(actual[k], v) for k, v in facts.items())
    return bool(actual == facts)


def stream_vectors() -> list[Vector]:
    from conformance_runners import run_streams

    out = []
    for vector_id, description, vector_input, facts in (
        recorded_stream_cases() + chat_stream_cases() + responses_stream_cases() + messages_stream_cases()
    ):
        expected = run_streams(vector_input)
        if not _contains(expected, facts):
            raise SystemExit(f"stream vector {vector_id}: the client gives {expected!r}, the case states {facts!r}")
        out.append(vector(vector_id, description, vector_input, expected))
    return out


# --- errors -----------------------------------------------------------------------------------------------------


def recorded_json(name: str) -> Any:
    return json.loads((RECORDED / name).read_text())


def err(
    vector_id: str,
    description: str,
    status: int,
    body: Mapping[str, Any] | None,
    expected: dict[str, Any],
    *,
    headers: Mapping[str, str] | None = None,
    method: str = "POST",
) -> Vector:
    vector_input: dict[str, Any] = {"method": method, "status": status, "headers": dict(headers or {})}
    if body is not None:
        vector_input["body"] = dict(body)
    full = {
        "code": None,
        "metadata": {},
        "request_id": None,
        "generation_id": None,
        "retry_after": None,
        "status_code": status,
        "retry": {"retried": False, "wait": None},
    }
    full.update(expected)
    return vector(vector_id, description, vector_input, full)


def envelope(code: Any, message: str, metadata: Mapping[str, Any] | None = None) -> dict[str, Any]:
    inner: dict[str, Any] = {"code": code, "message": message}
    if metadata is not None:
        inner["metadata"] = dict(metadata)
    return {"json": {"error": inner}}


FIRST_RETRY = {"retried": True, "wait": 0.5}
NO_PERMISSION_DETAILS = {"reasons": [], "flagged_input": None, "provider_name": None, "model_slug": None}


def error_vectors() -> list[Vector]:
    context = recorded_json("chat_completions.error_400_context_length.json")
    provider_429 = recorded_json("chat_completions.error_429_provider.json")
    return [
        err(
            "recorded_400_context_length",
            "tests/recorded/chat_completions.error_400_context_length.json: metadata kept whole, not retried",
            400,
            {"json": context},
            {
                "kind": "bad_request",
                "code": 400,
                "message": context["error"]["message"],
                "metadata": context["error"]["metadata"],
            },
        ),
        err(
            "recorded_401",
            "tests/recorded/chat_completions.error_401.json",
            401,
            {"json": recorded_json("chat_completions.error_401.json")},
            {"kind": "authentication", "code": 401, "message": "Missing Authentication header"},
        ),
        err(
            "recorded_429_provider",
            "tests/recorded/chat_completions.error_429_provider.json: retried after the first backoff",
            429,
            {"json": provider_429},
            {
                "kind": "rate_limit",
                "code": 429,
                "message": "Provider returned error",
                "metadata": provider_429["error"]["metadata"],
                "rate_limit": {"limit": None, "remaining": None, "reset": None},
                "retry": FIRST_RETRY,
            },
        ),
        err(
            "recorded_404_generation",
            "tests/recorded/generation.error_404.json on GET /generation",
            404,
            {"json": recorded_json("generation.error_404.json")},
            {"kind": "not_found", "code": 404, "message": "Generation gen-1766949107-ZnqWPveEYaFq4yurMqKX not found"},
            method="GET",
        ),
        err(
            "status_402",
            "402: out of credits, not retried",
            402,
            envelope(402, "Insufficient credits"),
            {"kind": "insufficient_credits", "code": 402, "message": "Insufficient credits"},
        ),
        err(
            "status_403_moderation",
            "403 whose metadata has reasons and flagged_input: moderation",
            403,
            envelope(
                403,
                "Input was flagged",
                {
                    "reasons": ["harassment"],
                    "flagged_input": "you are...",
                    "provider_name": "OpenAI",
                    "model_slug": "x/y",
                },
            ),
            {
                "kind": "moderation",
                "code": 403,
                "message": "Input was flagged",
                "metadata": {
                    "reasons": ["harassment"],
                    "flagged_input": "you are...",
                    "provider_name": "OpenAI",
                    "model_slug": "x/y",
                },
                "permission": {
                    "reasons": ["harassment"],
                    "flagged_input": "you are...",
                    "provider_name": "OpenAI",
                    "model_slug": "x/y",
                },
            },
        ),
        err(
            "status_403_guardrail_message",
            "403 whose message mentions a guardrail (any case): guardrail",
            403,
            envelope(403, "Request blocked by Guardrail 'no-pii'"),
            {
                "kind": "guardrail",
                "code": 403,
                "message": "Request blocked by Guardrail 'no-pii'",
                "permission": NO_PERMISSION_DETAILS,
            },
        ),
        err(
            "status_403_guardrail_metadata",
            "403 with a metadata key containing 'guardrail': guardrail",
            403,
            envelope(403, "Blocked", {"guardrail_id": "gr_1"}),
            {
                "kind": "guardrail",
                "code": 403,
                "message": "Blocked",
                "metadata": {"guardrail_id": "gr_1"},
                "permission": NO_PERMISSION_DETAILS,
            },
        ),
        err(
            "status_403_plain",
            "403 without moderation or guardrail signs: permission_denied",
            403,
            envelope(403, "This key cannot manage keys"),
            {
                "kind": "permission_denied",
                "code": 403,
                "message": "This key cannot manage keys",
                "permission": NO_PERMISSION_DETAILS,
            },
        ),
        err(
            "status_408",
            "408 is retried",
            408,
            envelope(408, "Request timeout"),
            {"kind": "request_timeout", "code": 408, "message": "Request timeout", "retry": FIRST_RETRY},
        ),
        err(
            "status_409",
            "409 is retried (a conflict on concurrent updates)",
            409,
            envelope(409, "Conflict"),
            {"kind": "conflict", "code": 409, "message": "Conflict", "retry": FIRST_RETRY},
        ),
        err(
            "status_413",
            "413",
            413,
            envelope(413, "Payload too large"),
            {"kind": "payload_too_large", "code": 413, "message": "Payload too large"},
        ),
        err(
            "status_422",
            "422",
            422,
            envelope(422, "Invalid schema"),
            {"kind": "unprocessable_entity", "code": 422, "message": "Invalid schema"},
        ),
        err(
            "status_418_unclassed",
            "a 4xx without a kind of its own is api_status_error, not retried",
            418,
            envelope(418, "I'm a teapot"),
            {"kind": "api_status_error", "code": 418, "message": "I'm a teapot"},
        ),
        err(
            "status_429_retry_after_seconds",
            "429 with Retry-After in seconds: the wait is what the server asked",
            429,
            envelope(429, "Rate limited"),
            {
                "kind": "rate_limit",
                "code": 429,
                "message": "Rate limited",
                "retry_after": 3.0,
                "rate_limit": {"limit": 20, "remaining": 0, "reset": 1754400060},
                "retry": {"retried": True, "wait": 3.0},
            },
            headers={
                "retry-after": "3",
                "x-ratelimit-limit": "20",
                "x-ratelimit-remaining": "0",
                "x-ratelimit-reset": "1754400060",
            },
        ),
        err(
            "status_429_retry_after_ms",
            "retry-after-ms wins over Retry-After",
            429,
            envelope(429, "Rate limited"),
            {
                "kind": "rate_limit",
                "code": 429,
                "message": "Rate limited",
                "retry_after": 0.25,
                "rate_limit": {"limit": None, "remaining": None, "reset": None},
                "retry": {"retried": True, "wait": 0.25},
            },
            headers={"retry-after-ms": "250", "retry-after": "9"},
        ),
        err(
            "status_429_retry_after_too_long",
            "a Retry-After beyond 60 s is not waited for: the error comes back at once",
            429,
            envelope(429, "Rate limited"),
            {
                "kind": "rate_limit",
                "code": 429,
                "message": "Rate limited",
                "retry_after": 120.0,
                "rate_limit": {"limit": None, "remaining": None, "reset": None},
            },
            headers={"retry-after": "120"},
        ),
        err(
            "status_429_retry_after_http_date_past",
            "Retry-After as an HTTP date in the past: wait 0",
            429,
            envelope(429, "Rate limited"),
            {
                "kind": "rate_limit",
                "code": 429,
                "message": "Rate limited",
                "retry_after": 0.0,
                "rate_limit": {"limit": None, "remaining": None, "reset": None},
                "retry": {"retried": True, "wait": 0.0},
            },
            headers={"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"},
        ),
        err(
            "status_503_retry_after_garbage",
            "an unreadable Retry-After is ignored: the backoff applies",
            503,
            envelope(503, "No provider available"),
            {
                "kind": "no_provider_available",
                "code": 503,
                "message": "No provider available",
                "retry": FIRST_RETRY,
            },
            headers={"retry-after": "soon"},
        ),
        err(
            "status_500_empty_body",
            "500 with an empty body: the message is the reason phrase",
            500,
            None,
            {"kind": "internal_server_error", "message": "Internal Server Error", "retry": FIRST_RETRY},
        ),
        err(
            "status_502_provider",
            "502 with provider metadata",
            502,
            envelope(502, "Provider returned error", {"provider_name": "Chutes", "raw": {"detail": "upstream 500"}}),
            {
                "kind": "provider_error",
                "code": 502,
                "message": "Provider returned error",
                "metadata": {"provider_name": "Chutes", "raw": {"detail": "upstream 500"}},
                "provider": {"provider_name": "Chutes", "raw": {"detail": "upstream 500"}},
                "retry": FIRST_RETRY,
            },
        ),
        err(
            "status_502_html",
            "502 with an HTML page from the edge: the message is the text, whitespace collapsed",
            502,
            {"text": "<html>\n  <body>\n    <h1>502 Bad Gateway</h1>\n  </body>\n</html>\n"},
            {
                "kind": "provider_error",
                "message": "<html> <body> <h1>502 Bad Gateway</h1> </body> </html>",
                "provider": {"provider_name": None, "raw": None},
                "retry": FIRST_RETRY,
            },
            headers={"content-type": "text/html"},
        ),
        err(
            "status_503",
            "503 is retried",
            503,
            envelope(503, "No allowed providers are available for the selected model."),
            {
                "kind": "no_provider_available",
                "code": 503,
                "message": "No allowed providers are available for the selected model.",
                "retry": FIRST_RETRY,
            },
        ),
        err(
            "status_504",
            "504 is retried",
            504,
            envelope(504, "Gateway timeout"),
            {"kind": "gateway_timeout", "code": 504, "message": "Gateway timeout", "retry": FIRST_RETRY},
        ),
        err(
            "status_524",
            "524 (the edge gave up waiting) is retried",
            524,
            {"text": "error code: 524"},
            {"kind": "edge_timeout", "message": "error code: 524", "retry": FIRST_RETRY},
        ),
        err(
            "status_529_anthropic_shape",
            "529 with the Anthropic error shape (/messages): code from error.type",
            529,
            {"json": {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}},
            {"kind": "provider_overloaded", "code": "overloaded_error", "message": "Overloaded", "retry": FIRST_RETRY},
        ),
        err(
            "status_520_unclassed_5xx",
            "a 5xx without a kind of its own is server_error, and is not retried (not a retryable status)",
            520,
            envelope(520, "Unknown"),
            {"kind": "server_error", "code": 520, "message": "Unknown"},
        ),
        err(
            "status_400_wrapping_502_int",
            "400 whose error.code is 502 (an upstream failure reported as 400) is retried like a 502",
            400,
            envelope(502, "Upstream error"),
            {"kind": "bad_request", "code": 502, "message": "Upstream error", "retry": FIRST_RETRY},
        ),
        err(
            "status_400_wrapping_503_string",
            "400 whose error.code is the string '503' is retried like a 503",
            400,
            envelope("503", "Service unavailable upstream"),
            {"kind": "bad_request", "code": "503", "message": "Service unavailable upstream", "retry": FIRST_RETRY},
        ),
        err(
            "status_400_wrapping_529_padded",
            "400 whose error.code is ' 529 ' (digits with spaces) is retried",
            400,
            envelope(" 529 ", "Overloaded upstream"),
            {"kind": "bad_request", "code": " 529 ", "message": "Overloaded upstream", "retry": FIRST_RETRY},
        ),
        err(
            "status_400_wrapping_400",
            "400 whose error.code is 400 is a bad request: not retried",
            400,
            envelope(400, "Invalid model"),
            {"kind": "bad_request", "code": 400, "message": "Invalid model"},
        ),
        err(
            "status_400_wrapping_520",
            "400 whose error.code is 520 (not a transient status) is not retried",
            400,
            envelope(520, "Odd upstream"),
            {"kind": "bad_request", "code": 520, "message": "Odd upstream"},
        ),
        err(
            "status_400_code_boolean",
            "400 whose error.code is true: no code, not retried",
            400,
            envelope(True, "Weird"),
            {"kind": "bad_request", "message": "Weird"},
        ),
        err(
            "status_400_x_should_retry_true",
            "x-should-retry: true makes any error status retried",
            400,
            envelope(400, "Try again"),
            {"kind": "bad_request", "code": 400, "message": "Try again", "retry": FIRST_RETRY},
            headers={"x-should-retry": "true"},
        ),
        err(
            "status_503_x_should_retry_false",
            "x-should-retry: false stops a retry the status would allow",
            503,
            envelope(503, "Down"),
            {"kind": "no_provider_available", "code": 503, "message": "Down"},
            headers={"x-should-retry": "false"},
        ),
        err(
            "status_error_string_envelope",
            "an error envelope that is a bare string is the message",
            400,
            {"json": {"error": "model is required"}},
            {"kind": "bad_request", "message": "model is required"},
        ),
        err(
            "status_request_and_generation_ids",
            "request_id from the body and the generation id from X-Generation-Id",
            500,
            {"json": {"error": {"code": 500, "message": "Internal"}, "request_id": "req_123"}},
            {
                "kind": "internal_server_error",
                "code": 500,
                "message": "Internal",
                "request_id": "req_123",
                "generation_id": "gen-1754400000-err",
                "retry": FIRST_RETRY,
            },
            headers={"x-generation-id": "gen-1754400000-err"},
        ),
        err(
            "status_json_not_envelope",
            "a JSON body without an error envelope: the message is the reason phrase",
            409,
            {"json": {"detail": "already exists"}},
            {"kind": "conflict", "message": "Conflict", "retry": FIRST_RETRY},
        ),
        err(
            "status_metadata_not_object",
            "error.metadata that is not an object is dropped from metadata (the body keeps it)",
            422,
            {"json": {"error": {"code": 422, "message": "Bad", "metadata": "oops"}}},
            {"kind": "unprocessable_entity", "code": 422, "message": "Bad"},
        ),
    ]


# --- retries ----------------------------------------------------------------------------------------------------


def ok() -> dict[str, Any]:
    return {"status": 200, "body": {"json": {"ok": True}}}


def status(code: int, headers: Mapping[str, str] | None = None, error_code: Any = None) -> dict[str, Any]:
    step: dict[str, Any] = {"status": code, "body": envelope(code if error_code is None else error_code, "x")}
    if headers:
        step["headers"] = dict(headers)
    return step


def fail(kind: str, takes: float | None = None) -> dict[str, Any]:
    step: dict[str, Any] = {"failure": kind}
    if takes is not None:
        step["takes"] = takes
    return step


def retry(
    vector_id: str,
    description: str,
    steps: list[dict[str, Any]],
    expected: dict[str, Any],
    *,
    method: str = "POST",
    policy: Mapping[str, Any] | None = None,
    jitter: float = 0.0,
    request_timeout: float | None = None,
) -> Vector:
    vector_input: dict[str, Any] = {"method": method, "policy": dict(policy or {}), "jitter": jitter, "steps": steps}
    if request_timeout is not None:
        vector_input["request_timeout"] = request_timeout
    return vector(vector_id, description, vector_input, expected)


def done(status_code: int = 200, kind: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"status": status_code}
    if kind is not None:
        out["kind"] = kind
    return out


def retry_vectors() -> list[Vector]:
    return [
        retry(
            "503_then_ok",
            "a 503, then success",
            [status(503), ok()],
            {"attempts": 2, "waits": [0.5], "outcome": done()},
        ),
        retry(
            "503_exhausts_retries",
            "three 503s: two retries (the default), then the 503 is the outcome",
            [status(503), status(503), status(503)],
            {"attempts": 3, "waits": [0.5, 1.0], "outcome": done(503, "no_provider_available")},
        ),
        retry(
            "jitter_shortens_waits",
            "jitter 0.5 takes an eighth off each backoff (up to a quarter at jitter 1)",
            [status(502), status(502), ok()],
            {"attempts": 3, "waits": [0.4375, 0.875], "outcome": done()},
            jitter=0.5,
        ),
        retry(
            "max_retries_zero",
            "max_retries 0: one attempt only",
            [status(503)],
            {"attempts": 1, "waits": [], "outcome": done(503, "no_provider_available")},
            policy={"max_retries": 0},
        ),
        retry(
            "backoff_capped",
            "the backoff doubles up to max_backoff",
            [status(500)] * 6 + [ok()],
            {"attempts": 7, "waits": [0.5, 1.0, 2.0, 2.0, 2.0, 2.0], "outcome": done()},
            policy={"max_retries": 6, "max_backoff": 2.0},
        ),
        retry(
            "initial_backoff",
            "initial_backoff sets the first wait",
            [status(529), status(529), ok()],
            {"attempts": 3, "waits": [0.1, 0.2], "outcome": done()},
            policy={"initial_backoff": 0.1},
        ),
        retry(
            "retry_after_seconds",
            "Retry-After replaces the backoff",
            [status(429, {"retry-after": "3"}), ok()],
            {"attempts": 2, "waits": [3.0], "outcome": done()},
        ),
        retry(
            "retry_after_ms",
            "retry-after-ms replaces the backoff",
            [status(429, {"retry-after-ms": "250"}), ok()],
            {"attempts": 2, "waits": [0.25], "outcome": done()},
        ),
        retry(
            "retry_after_beyond_max",
            "a Retry-After above max_retry_after hands the error over at once",
            [status(429, {"retry-after": "30"})],
            {"attempts": 1, "waits": [], "outcome": done(429, "rate_limit")},
            policy={"max_retry_after": 10.0},
        ),
        retry(
            "not_retryable_status",
            "a 401 is never retried",
            [status(401)],
            {"attempts": 1, "waits": [], "outcome": done(401, "authentication")},
        ),
        retry(
            "x_should_retry_true_on_404",
            "x-should-retry: true retries a status that otherwise is not",
            [status(404, {"x-should-retry": "true"}), ok()],
            {"attempts": 2, "waits": [0.5], "outcome": done()},
        ),
        retry(
            "x_should_retry_false_on_429",
            "x-should-retry: false hands a 429 over at once",
            [status(429, {"x-should-retry": "false"})],
            {"attempts": 1, "waits": [], "outcome": done(429, "rate_limit")},
        ),
        retry(
            "wrapped_502_then_ok",
            "a 400 whose error.code is 502 is retried",
            [status(400, error_code=502), ok()],
            {"attempts": 2, "waits": [0.5], "outcome": done()},
        ),
        retry(
            "wrapped_string_503_exhausts",
            "a 400 wrapping '503' on every attempt: the last 400 is the outcome",
            [status(400, error_code="503")] * 3,
            {"attempts": 3, "waits": [0.5, 1.0], "outcome": done(400, "bad_request")},
        ),
        retry(
            "wrapped_400_not_retried",
            "a 400 wrapping 400 is not retried",
            [status(400)],
            {"attempts": 1, "waits": [], "outcome": done(400, "bad_request")},
        ),
        retry(
            "post_read_timeout_not_retried",
            "POST: a read timeout after the request was sent is not retried (the server may be generating)",
            [fail("read_timeout")],
            {"attempts": 1, "waits": [], "outcome": {"error": "timeout"}},
        ),
        retry(
            "post_read_timeout_retry_after_sent",
            "POST with retry_after_sent: a read timeout is retried",
            [fail("read_timeout"), ok()],
            {"attempts": 2, "waits": [0.5], "outcome": done()},
            policy={"retry_after_sent": True},
        ),
        retry(
            "post_connection_reset_not_retried",
            "POST: a connection reset while reading the answer is not retried",
            [fail("read_error")],
            {"attempts": 1, "waits": [], "outcome": {"error": "connection_error"}},
        ),
        retry(
            "post_server_hung_up_not_retried",
            "POST: the server closing the connection without an answer is not retried",
            [fail("remote_protocol_error")],
            {"attempts": 1, "waits": [], "outcome": {"error": "connection_error"}},
        ),
        retry(
            "post_server_hung_up_retry_after_sent",
            "POST with retry_after_sent: the server hanging up is retried",
            [fail("remote_protocol_error"), ok()],
            {"attempts": 2, "waits": [0.5], "outcome": done()},
            policy={"retry_after_sent": True},
        ),
        retry(
            "get_read_timeout_retried",
            "GET: a read timeout is retried (safe to repeat)",
            [fail("read_timeout"), ok()],
            {"attempts": 2, "waits": [0.5], "outcome": done()},
            method="GET",
        ),
        retry(
            "delete_connection_reset_retried",
            "DELETE: a connection reset is retried (idempotent)",
            [fail("read_error"), ok()],
            {"attempts": 2, "waits": [0.5], "outcome": done()},
            method="DELETE",
        ),
        retry(
            "put_server_hung_up_retried",
            "PUT: the server hanging up is retried (idempotent)",
            [fail("remote_protocol_error"), ok()],
            {"attempts": 2, "waits": [0.5], "outcome": done()},
            method="PUT",
        ),
        retry(
            "patch_read_timeout_not_retried",
            "PATCH is not idempotent: a read timeout is not retried",
            [fail("read_timeout")],
            {"attempts": 1, "waits": [], "outcome": {"error": "timeout"}},
            method="PATCH",
        ),
        retry(
            "post_connect_error_retried",
            "POST: a refused connection is retried (the request never left)",
            [fail("connect_error"), ok()],
            {"attempts": 2, "waits": [0.5], "outcome": done()},
        ),
        retry(
            "post_connect_timeout_retried",
            "POST: a connect timeout is retried",
            [fail("connect_timeout"), ok()],
            {"attempts": 2, "waits": [0.5], "outcome": done()},
        ),
        retry(
            "post_pool_timeout_retried",
            "POST: no free connection in the pool in time is retried",
            [fail("pool_timeout"), ok()],
            {"attempts": 2, "waits": [0.5], "outcome": done()},
        ),
        retry(
            "post_write_error_retried",
            "POST: a failure while writing the request is retried",
            [fail("write_error"), fail("write_timeout"), ok()],
            {"attempts": 3, "waits": [0.5, 1.0], "outcome": done()},
        ),
        retry(
            "connect_error_exhausts",
            "three refused connections: connection_error after three attempts",
            [fail("connect_error")] * 3,
            {"attempts": 3, "waits": [0.5, 1.0], "outcome": {"error": "connection_error"}},
        ),
        retry(
            "connect_timeout_exhausts",
            "three connect timeouts: timeout after three attempts",
            [fail("connect_timeout")] * 3,
            {"attempts": 3, "waits": [0.5, 1.0], "outcome": {"error": "timeout"}},
        ),
        retry(
            "mixed_failures_then_ok",
            "a refused connection, a 502, then success: one retry count for both",
            [fail("connect_error"), status(502), ok()],
            {"attempts": 3, "waits": [0.5, 1.0], "outcome": done()},
        ),
        retry(
            "total_timeout_too_short_for_retry_after",
            "total_timeout 3 s: a Retry-After of 5 s cannot fit, so the 503 is handed over",
            [status(503, {"retry-after": "5"})],
            {"attempts": 1, "waits": [], "outcome": done(503, "no_provider_available")},
            policy={"total_timeout": 3.0},
        ),
        retry(
            "total_timeout_spent_by_attempts",
            "total_timeout 2 s, each attempt takes 1 s: after the second 503 (t=2.5 s) nothing is left",
            [{**status(503), "takes": 1.0}, {**status(503), "takes": 1.0}, ok()],
            {"attempts": 2, "waits": [0.5], "outcome": done(503, "no_provider_available")},
            policy={"total_timeout": 2.0},
        ),
        retry(
            "total_timeout_read_timeout_is_deadline",
            "a read timeout in an attempt whose timeouts the deadline shortened: deadline_exceeded, not retried",
            [fail("read_timeout", takes=5.0), ok()],
            {"attempts": 1, "waits": [], "outcome": {"error": "deadline_exceeded"}},
            method="GET",
            policy={"total_timeout": 5.0},
            request_timeout=60.0,
        ),
        retry(
            "total_timeout_not_clamping",
            "total_timeout longer than the request timeout: a read timeout is an ordinary timeout (GET: retried)",
            [fail("read_timeout", takes=1.0), ok()],
            {"attempts": 2, "waits": [0.5], "outcome": done()},
            method="GET",
            policy={"total_timeout": 100.0},
            request_timeout=1.0,
        ),
        retry(
            "total_timeout_deadline_before_attempt",
            "the deadline runs out during the wait's attempt: the next attempt is not started",
            [{**status(503), "takes": 0.75}, {**status(503), "takes": 0.75}],
            {"attempts": 2, "waits": [0.5], "outcome": done(503, "no_provider_available")},
            policy={"total_timeout": 2.0},
        ),
    ]


# --- pagination -------------------------------------------------------------------------------------------------


def things(numbers: range | list[int]) -> list[dict[str, Any]]:
    return [{"id": f"t{n}", "n": n} for n in numbers]


def page(numbers: range | list[int], total: Any = "omit", **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"data": things(numbers)}
    if total != "omit":
        body["total_count"] = total
    body.update(extra)
    return {"body": body}


NO_TOTAL = {"total_field": None}
SERVER_SIZED = {
    "total_field": None,
    "identity_field": "hash",
    "limit_param": None,
    "page_size_maximum": None,
    "page_size_default": None,
}


def pag(
    vector_id: str,
    description: str,
    responses: list[dict[str, Any]],
    expected: dict[str, Any],
    *,
    endpoint: Mapping[str, Any] | None = None,
    options: Mapping[str, Any] | None = None,
    mode: str = "items",
    continue_after_error: bool = False,
) -> Vector:
    vector_input: dict[str, Any] = {
        "endpoint": dict(endpoint or {}),
        "options": dict(options or {}),
        "mode": mode,
        "responses": responses,
    }
    if continue_after_error:
        vector_input["continue_after_error"] = True
    full: dict[str, Any] = {
        "errors": [],
        "duplicates_skipped": 0,
        "list_changed": False,
        "offset_limit_reached": False,
    }
    full.update(expected)
    if "error" in expected:
        full = {"requests": [], **expected}
    return vector(vector_id, description, vector_input, full)


def reqs(*pairs: tuple[int, int | None]) -> list[dict[str, Any]]:
    return [{"offset": offset} if limit is None else {"offset": offset, "limit": limit} for offset, limit in pairs]


def pagination_vectors() -> list[Vector]:
    return [
        pag(
            "three_pages_with_total",
            "five items in pages of two; the total says when to stop",
            [page(range(2), 5), page(range(2, 4), 5), page([4], 5)],
            {
                "items": things(range(5)),
                "requests": reqs((0, 2), (2, 2), (4, 2)),
                "total_count": 5,
                "resume_offset": 5,
                "pages_fetched": 3,
            },
            options={"page_size": 2},
        ),
        pag(
            "default_page_size",
            "without page_size the client asks for the maximum (100)",
            [page(range(3), 3)],
            {
                "items": things(range(3)),
                "requests": reqs((0, 100)),
                "total_count": 3,
                "resume_offset": 3,
                "pages_fetched": 1,
            },
        ),
        pag(
            "empty_list",
            "an empty list: one request, nothing yielded",
            [page([], 0)],
            {"items": [], "requests": reqs((0, 2)), "total_count": 0, "resume_offset": 0, "pages_fetched": 1},
            options={"page_size": 2},
        ),
        pag(
            "insertion_during_walk",
            "an item inserted at the front between pages shifts t1 onto page two: the repeat is skipped",
            [page(range(2), 4), page([1, 2], 5), page([3, 4], 5)],
            {
                "items": things(range(5)),
                "requests": reqs((0, 2), (2, 2), (4, 2)),
                "duplicates_skipped": 1,
                "list_changed": True,
                "total_count": 5,
                "resume_offset": 6,
                "pages_fetched": 3,
            },
            options={"page_size": 2},
        ),
        pag(
            "deletion_during_walk",
            "t0 is deleted after the first page: t2 slides back past the walk's position and is never seen; the "
            "total moving marks the list changed",
            [page(range(2), 5), page([3, 4], 4)],
            {
                "items": things([0, 1, 3, 4]),
                "requests": reqs((0, 2), (2, 2)),
                "list_changed": True,
                "total_count": 4,
                "resume_offset": 4,
                "pages_fetched": 2,
            },
            options={"page_size": 2},
        ),
        pag(
            "total_grows",
            "the total grows during the walk: the walk follows it",
            [page(range(2), 3), page(range(2, 4), 5), page([4], 5)],
            {
                "items": things(range(5)),
                "requests": reqs((0, 2), (2, 2), (4, 2)),
                "list_changed": True,
                "total_count": 5,
                "resume_offset": 5,
                "pages_fetched": 3,
            },
            options={"page_size": 2},
        ),
        pag(
            "early_empty_page",
            "an empty page before the total is reached ends the walk and marks the list changed",
            [page(range(2), 6), page([], 6)],
            {
                "items": things(range(2)),
                "requests": reqs((0, 2), (2, 2)),
                "list_changed": True,
                "total_count": 6,
                "resume_offset": 2,
                "pages_fetched": 2,
            },
            options={"page_size": 2},
        ),
        pag(
            "page_failure",
            "the second page fails with a 503 (after the client's retries): page_fetch_failed at offset 2",
            [page(range(2), 5), {"status": 503, "body": envelope(503, "down")}],
            {
                "items": things(range(2)),
                "errors": [{"kind": "page_fetch_failed", "offset": 2, "cause": "no_provider_available"}],
                "requests": reqs((0, 2), (2, 2)),
                "total_count": 5,
                "resume_offset": 2,
                "pages_fetched": 1,
            },
            options={"page_size": 2},
        ),
        pag(
            "page_failure_then_resume",
            "iterating the same pager again after a failed page asks for that page again",
            [page(range(2), 4), {"status": 429, "body": envelope(429, "slow")}, page(range(2, 4), 4)],
            {
                "items": things(range(4)),
                "errors": [{"kind": "page_fetch_failed", "offset": 2, "cause": "rate_limit"}],
                "requests": reqs((0, 2), (2, 2), (2, 2)),
                "total_count": 4,
                "resume_offset": 4,
                "pages_fetched": 2,
            },
            options={"page_size": 2},
            continue_after_error=True,
        ),
        pag(
            "page_without_list",
            "a page whose data is not a list: page_fetch_failed with no cause, nothing guessed",
            [page(range(2), 4), {"body": {"data": None, "total_count": 4}}],
            {
                "items": things(range(2)),
                "errors": [{"kind": "page_fetch_failed", "offset": 2, "cause": None}],
                "requests": reqs((0, 2), (2, 2)),
                "total_count": 4,
                "resume_offset": 2,
                "pages_fetched": 1,
            },
            options={"page_size": 2},
        ),
        pag(
            "start_offset",
            "start_offset begins the walk there",
            [page([4, 5], 6)],
            {
                "items": things([4, 5]),
                "requests": reqs((4, 2)),
                "total_count": 6,
                "resume_offset": 6,
                "pages_fetched": 1,
            },
            options={"page_size": 2, "start_offset": 4},
        ),
        pag(
            "max_items_shrinks_last_request",
            "max_items 3 with pages of 2: the second request asks for 1",
            [page(range(2), 10), page([2], 10)],
            {
                "items": things(range(3)),
                "requests": reqs((0, 2), (2, 1)),
                "total_count": 10,
                "resume_offset": 3,
                "pages_fetched": 2,
            },
            options={"page_size": 2, "max_items": 3},
        ),
        pag(
            "max_items_cut_inside_page",
            "the server sends more than asked: items past max_items are held back and the resume offset points at them",
            [page(range(5), 10)],
            {
                "items": things(range(3)),
                "requests": reqs((0, 3)),
                "total_count": 10,
                "resume_offset": 3,
                "pages_fetched": 1,
            },
            options={"page_size": 5, "max_items": 3},
        ),
        pag(
            "max_items_zero",
            "max_items 0: no request at all",
            [],
            {"items": [], "requests": [], "total_count": None, "resume_offset": 0, "pages_fetched": 0},
            options={"max_items": 0},
        ),
        pag(
            "no_total_short_page_ends",
            "a list without total_count: a page shorter than the limit is the last",
            [page(range(2)), page(range(2, 4)), page([4])],
            {
                "items": things(range(5)),
                "requests": reqs((0, 2), (2, 2), (4, 2)),
                "total_count": None,
                "resume_offset": 5,
                "pages_fetched": 3,
            },
            endpoint=NO_TOTAL,
            options={"page_size": 2},
        ),
        pag(
            "no_total_empty_page_ends",
            "a list without total_count whose length is a multiple of the page size ends on an empty page",
            [page(range(2)), page(range(2, 4)), page([])],
            {
                "items": things(range(4)),
                "requests": reqs((0, 2), (2, 2), (4, 2)),
                "total_count": None,
                "resume_offset": 4,
                "pages_fetched": 3,
            },
            endpoint=NO_TOTAL,
            options={"page_size": 2},
        ),
        pag(
            "server_sized_pages",
            "the server picks the page size (GET /keys): a page shorter than the largest seen is the last",
            [
                {"body": {"data": [{"hash": f"h{n}"} for n in range(3)]}},
                {"body": {"data": [{"hash": f"h{n}"} for n in range(3, 6)]}},
                {"body": {"data": [{"hash": "h6"}]}},
            ],
            {
                "items": [{"hash": f"h{n}"} for n in range(7)],
                "requests": reqs((0, None), (3, None), (6, None)),
                "total_count": None,
                "resume_offset": 7,
                "pages_fetched": 3,
            },
            endpoint=SERVER_SIZED,
        ),
        pag(
            "server_sized_page_size_refused",
            "page_size on a list whose server picks the size is refused before any request",
            [],
            {"error": {"kind": "invalid_argument"}},
            endpoint=SERVER_SIZED,
            options={"page_size": 10},
        ),
        pag(
            "page_size_out_of_bounds",
            "page_size 0 is refused before any request",
            [],
            {"error": {"kind": "invalid_argument"}},
            options={"page_size": 0},
        ),
        pag(
            "page_size_above_maximum",
            "page_size 101 on a list capped at 100 is refused before any request",
            [],
            {"error": {"kind": "invalid_argument"}},
            options={"page_size": 101},
        ),
        pag(
            "offset_param_refused",
            "passing offset as a filter is refused: start_offset is the way",
            [],
            {"error": {"kind": "invalid_argument"}},
            options={"params": {"offset": 5}},
        ),
        pag(
            "filters_passed_through",
            "filters go into every request beside offset and limit",
            [page(range(2), 2)],
            {
                "items": things(range(2)),
                "requests": [{"category": "programming", "offset": 0, "limit": 2}],
                "total_count": 2,
                "resume_offset": 2,
                "pages_fetched": 1,
            },
            options={"page_size": 2, "params": {"category": "programming"}},
        ),
        pag(
            "offset_cap",
            "an API that accepts no offset past 4: the walk stops there and says so",
            [page(range(2)), page(range(2, 4)), page(range(4, 6))],
            {
                "items": things(range(6)),
                "requests": reqs((0, 2), (2, 2), (4, 2)),
                "total_count": None,
                "resume_offset": 6,
                "pages_fetched": 3,
                "offset_limit_reached": True,
            },
            endpoint={"total_field": None, "max_offset": 4},
            options={"page_size": 2},
        ),
        pag(
            "total_as_float_and_string",
            "total_count 4.0 and '4' both read as 4",
            [page(range(2), 4.0), page(range(2, 4), "4")],
            {
                "items": things(range(4)),
                "requests": reqs((0, 2), (2, 2)),
                "total_count": 4,
                "resume_offset": 4,
                "pages_fetched": 2,
            },
            options={"page_size": 2},
        ),
        pag(
            "total_not_a_count",
            "a total_count that is not a count (true) is ignored: the walk goes by page length",
            [page(range(2), True), page([2], True)],
            {
                "items": things(range(3)),
                "requests": reqs((0, 2), (2, 2)),
                "total_count": None,
                "resume_offset": 3,
                "pages_fetched": 2,
            },
            options={"page_size": 2},
        ),
        pag(
            "dedup_window_zero",
            "dedup_window 0: repeats are yielded",
            [page(range(2), 4), page([1, 2], 4)],
            {
                "items": things([0, 1, 1, 2]),
                "requests": reqs((0, 2), (2, 2)),
                "total_count": 4,
                "resume_offset": 4,
                "pages_fetched": 2,
            },
            options={"page_size": 2, "dedup_window": 0},
        ),
        pag(
            "dedup_window_one",
            "dedup_window 1 remembers only the latest identity: t1 is a repeat, t0 (forgotten) comes back",
            [page(range(2), 5), page([1, 0, 2], 5)],
            {
                "items": things([0, 1, 0, 2]),
                "requests": reqs((0, 3), (2, 3)),
                "duplicates_skipped": 1,
                "list_changed": True,
                "total_count": 5,
                "resume_offset": 5,
                "pages_fetched": 2,
            },
            options={"page_size": 3, "dedup_window": 1},
        ),
        pag(
            "no_identity_field",
            "a list whose items have no identity (dataset cells): repeats are kept",
            [page(range(2), 4), page([1, 2], 4)],
            {
                "items": things([0, 1, 1, 2]),
                "requests": reqs((0, 2), (2, 2)),
                "total_count": 4,
                "resume_offset": 4,
                "pages_fetched": 2,
            },
            endpoint={"identity_field": None},
            options={"page_size": 2},
        ),
        pag(
            "items_without_id",
            "items that lack the identity field are never taken for repeats",
            [{"body": {"data": [{"n": 1}, {"n": 1}], "total_count": 2}}],
            {
                "items": [{"n": 1}, {"n": 1}],
                "requests": reqs((0, 2)),
                "total_count": 2,
                "resume_offset": 2,
                "pages_fetched": 1,
            },
            options={"page_size": 2},
        ),
        pag(
            "pages_mode",
            "iterating pages: each page's new items, its skipped repeats and where the walk goes next",
            [page(range(2), 4), page([1, 2], 4), page([3], 4)],
            {
                "pages": [
                    {"offset": 0, "next_offset": 2, "items": things(range(2)), "duplicates": [], "total_count": 4},
                    {"offset": 2, "next_offset": 4, "items": things([2]), "duplicates": things([1]), "total_count": 4},
                ],
                "requests": reqs((0, 2), (2, 2)),
                "duplicates_skipped": 1,
                "list_changed": True,
                "total_count": 4,
                "resume_offset": 4,
                "pages_fetched": 2,
            },
            options={"page_size": 2},
            mode="pages",
        ),
    ]


# --- routing ----------------------------------------------------------------------------------------------------


def step(call: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"call": call}
    if args:
        out["args"] = list(args)
    if kwargs:
        out["kwargs"] = kwargs
    return out


def route(
    vector_id: str,
    description: str,
    steps: list[dict[str, Any]],
    expected: dict[str, Any],
    *,
    builder: str = "provider_routing",
    start: dict[str, Any] | None = None,
    output: str = "to_dict",
) -> Vector:
    vector_input: dict[str, Any] = {"builder": builder, "start": start or {"call": "new"}, "steps": steps}
    if builder != "with_variant":
        vector_input["output"] = output
    return vector(vector_id, description, vector_input, expected)


def refused(*mentions: str) -> dict[str, Any]:
    return {"error": {"kind": "invalid_routing", "mentions": list(mentions)}}


FULL_WIRE: dict[str, Any] = {
    "order": ["anthropic", "deepinfra/turbo"],
    "only": ["anthropic", "deepinfra/turbo", "openai"],
    "ignore": ["azure"],
    "allow_fallbacks": True,
    "require_parameters": False,
    "data_collection": "allow",
    "zdr": False,
    "enforce_distillable_text": True,
    "quantizations": ["int8", "fp8"],
    "sort": {"by": "throughput", "partition": "none"},
    "max_price": {"prompt": "1", "completion": "2.5", "request": "0", "image": "0.04", "audio": "0.0000001"},
    "preferred_min_throughput": {"p50": 40, "p99": 5},
    "preferred_max_latency": 1.5,
}


def models(start_model: str, *steps: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    return {"call": "new", "args": [start_model]}, list(steps)


def routing_vectors() -> list[Vector]:
    sel = "model_selection"
    return [
        route(
            "order_no_fallbacks_zdr",
            "order, allow_fallbacks false and zdr, in the order the wire object lists its keys",
            [step("zdr"), step("order", "anthropic", "openai"), step("allow_fallbacks", False)],
            {"json": {"order": ["anthropic", "openai"], "allow_fallbacks": False, "zdr": True}},
        ),
        route("empty", "a builder with nothing set sends an empty object", [], {"json": {}}),
        route("preset_cheapest", "cheapest()", [], {"json": {"sort": "price"}}, start={"call": "cheapest"}),
        route("preset_fastest", "fastest()", [], {"json": {"sort": "throughput"}}, start={"call": "fastest"}),
        route(
            "preset_lowest_latency",
            "lowest_latency()",
            [],
            {"json": {"sort": "latency"}},
            start={"call": "lowest_latency"},
        ),
        route(
            "preset_no_data_retention",
            "no_data_retention()",
            [],
            {"json": {"data_collection": "deny", "zdr": True}},
            start={"call": "no_data_retention"},
        ),
        route(
            "preset_pinned",
            "pinned(provider): that provider or an error",
            [],
            {"json": {"order": ["anthropic"], "allow_fallbacks": False}},
            start={"call": "pinned", "args": ["anthropic"]},
        ),
        route(
            "preset_price_cap",
            "price_cap sends prices as the published spec types them, strings: a number as its decimal digits",
            [],
            {"json": {"max_price": {"prompt": "1", "completion": "2.5"}}},
            start={"call": "price_cap", "kwargs": {"prompt": 1, "completion": "2.5"}},
        ),
        route(
            "max_price_numbers_as_decimal_strings",
            "a number given as a price is sent as its exact decimal string, never in exponent form",
            [step("max_price", prompt=0.5, completion=1e-7, request=0, image=1e22, audio=0.1 + 0.2)],
            {
                "json": {
                    "max_price": {
                        "prompt": "0.5",
                        "completion": "0.0000001",
                        "request": "0",
                        "image": "10000000000000000000000",
                        "audio": "0.30000000000000004",
                    }
                }
            },
        ),
        route(
            "max_price_strings_as_given",
            "a numeric string given as a price is sent unchanged, whatever its notation",
            [step("max_price", prompt="0.50", completion="1e-7", request="3")],
            {"json": {"max_price": {"prompt": "0.50", "completion": "1e-7", "request": "3"}}},
        ),
        route(
            "sort_with_partition",
            "sort with a partition takes the object form",
            [step("sort", "price", partition="none")],
            {"json": {"sort": {"by": "price", "partition": "none"}}},
        ),
        route(
            "route_fallback_with_by",
            "the deprecated route 'fallback' becomes partition 'model'",
            [step("route", "fallback", by="price")],
            {"json": {"sort": {"by": "price", "partition": "model"}}},
        ),
        route(
            "route_sort_keeps_strategy",
            "route 'sort' after sort('latency') keeps the strategy: partition 'none'",
            [step("sort", "latency"), step("route", "sort")],
            {"json": {"sort": {"by": "latency", "partition": "none"}}},
        ),
        route(
            "route_alone",
            "route without a strategy sends the partition alone",
            [step("route", "fallback")],
            {"json": {"sort": {"partition": "model"}}},
        ),
        route(
            "throughput_number",
            "a bare throughput number is sent as a number",
            [step("preferred_min_throughput", 50)],
            {"json": {"preferred_min_throughput": 50}},
        ),
        route(
            "throughput_percentiles",
            "throughput cutoffs that fall from p50 to p90 are accepted",
            [step("preferred_min_throughput", p50=100, p90=50)],
            {"json": {"preferred_min_throughput": {"p50": 100, "p90": 50}}},
        ),
        route(
            "latency_percentiles",
            "latency cutoffs that rise from p50 to p99 are accepted",
            [step("preferred_max_latency", p50=1, p99=5)],
            {"json": {"preferred_max_latency": {"p50": 1, "p99": 5}}},
        ),
        route(
            "quantizations",
            "quantizations as separate arguments or one list",
            [step("quantizations", ["fp8", "bf16"])],
            {"json": {"quantizations": ["fp8", "bf16"]}},
        ),
        route(
            "set_twice_replaces",
            "setting a field again replaces it",
            [step("order", "openai"), step("order", "anthropic"), step("sort", "price"), step("sort", "latency")],
            {"json": {"order": ["anthropic"], "sort": "latency"}},
        ),
        route(
            "without_removes",
            "without(field) takes a field back out",
            [step("zdr"), step("data_collection", "deny"), step("without", "zdr")],
            {"json": {"data_collection": "deny"}},
        ),
        route(
            "from_dict_round_trip",
            "from_dict of a full wire object gives it back unchanged",
            [],
            {"json": FULL_WIRE},
            start={"call": "from_dict", "args": [FULL_WIRE]},
        ),
        route(
            "from_dict_numeric_prices",
            "from_dict takes prices as numbers too (the form OpenRouter's docs show) and sends them as strings",
            [],
            {"json": {"max_price": {"prompt": "1", "completion": "0.5"}}},
            start={"call": "from_dict", "args": [{"max_price": {"prompt": 1, "completion": 0.5}}]},
        ),
        route(
            "from_dict_nulls_absent",
            "from_dict treats null values as absent",
            [],
            {"json": {"zdr": True}},
            start={"call": "from_dict", "args": [{"zdr": True, "order": None}]},
        ),
        route(
            "display_name_accepted",
            "a provider display name from the spec is accepted as given",
            [step("only", "Google AI Studio", "deepinfra/turbo")],
            {"json": {"only": ["Google AI Studio", "deepinfra/turbo"]}},
        ),
        route("sort_unknown", "an unknown sort strategy", [step("sort", "cheap")], refused("sort", "cheap", "price")),
        route(
            "partition_unknown",
            "an unknown sort partition",
            [step("sort", "price", partition="all")],
            refused("sort.partition", "all"),
        ),
        route(
            "quantization_unknown",
            "an unknown quantization",
            [step("quantizations", "int3")],
            refused("quantizations", "int3"),
        ),
        route(
            "provider_bad_slug",
            "a provider that is neither a slug nor a known name",
            [step("order", "Open AI!")],
            refused("order", "Open AI!"),
        ),
        route(
            "provider_listed_twice",
            "a provider listed twice",
            [step("only", "anthropic", "anthropic")],
            refused("only", "anthropic"),
        ),
        route(
            "provider_twice_name_and_slug",
            "a display name and its slug are the same provider",
            [step("order", "Google AI Studio", "google-ai-studio")],
            refused("order", "google-ai-studio"),
        ),
        route(
            "provider_wanted_and_ignored",
            "a provider both in order and in ignore",
            [step("ignore", "openai"), step("order", "openai")],
            refused("openai", "order", "ignore"),
        ),
        route(
            "no_provider_left",
            "allow_fallbacks false with an empty order leaves nothing to try",
            [step("order", []), step("allow_fallbacks", False)],
            refused("allow_fallbacks", "order"),
        ),
        route("max_price_empty", "max_price with no price", [step("max_price")], refused("max_price")),
        route(
            "max_price_negative", "a negative price", [step("max_price", prompt=-1)], refused("max_price.prompt", "-1")
        ),
        route(
            "max_price_not_numeric",
            "a price string that is not a number",
            [step("max_price", completion="cheap")],
            refused("max_price.completion", "cheap"),
        ),
        route(
            "max_price_not_plain_numeric",
            "a price string only Python's Decimal reads (digit separators); it would go on the wire as given",
            [step("max_price", prompt="1_000")],
            refused("max_price.prompt", "1_000"),
        ),
        route(
            "throughput_rising",
            "throughput cutoffs that rise from p50 to p90 are refused (the direction is mixed up)",
            [step("preferred_min_throughput", p50=50, p90=100)],
            refused("preferred_min_throughput", "p90"),
        ),
        route(
            "latency_falling",
            "latency cutoffs that fall from p50 to p99 are refused",
            [step("preferred_max_latency", p50=5, p99=1)],
            refused("preferred_max_latency", "p99"),
        ),
        route(
            "latency_value_and_percentiles",
            "a value and percentile keywords at once",
            [step("preferred_max_latency", 2, p90=3)],
            refused("preferred_max_latency"),
        ),
        route(
            "throughput_negative",
            "a negative throughput",
            [step("preferred_min_throughput", -5)],
            refused("preferred_min_throughput", "-5"),
        ),
        route(
            "flag_not_boolean",
            "a switch given 1 instead of true",
            [step("allow_fallbacks", 1)],
            refused("allow_fallbacks", "1"),
        ),
        route(
            "data_collection_unknown",
            "an unknown data_collection policy",
            [step("data_collection", "maybe")],
            refused("data_collection", "maybe"),
        ),
        route("route_unknown", "an unknown route", [step("route", "random")], refused("route", "random")),
        route(
            "from_dict_unknown_key",
            "from_dict with a key the API does not know",
            [],
            refused("provider", "fastest_first"),
            start={"call": "from_dict", "args": [{"fastest_first": True}]},
        ),
        route(
            "from_dict_max_price_unknown_key",
            "from_dict with an unknown max_price key",
            [],
            refused("max_price", "video"),
            start={"call": "from_dict", "args": [{"max_price": {"video": 1}}]},
        ),
        route(
            "models_fallbacks",
            "a model with fallbacks: model and models",
            [step("fallbacks", "openai/gpt-4o", "google/gemini-2.5-pro")],
            {"json": {"model": "anthropic/claude-sonnet-4", "models": ["openai/gpt-4o", "google/gemini-2.5-pro"]}},
            builder=sel,
            start={"call": "new", "args": ["anthropic/claude-sonnet-4"]},
            output="to_params",
        ),
        route(
            "models_no_fallbacks",
            "a model alone: no models key",
            [],
            {"json": {"model": "openai/gpt-4o"}},
            builder=sel,
            start={"call": "new", "args": ["openai/gpt-4o"]},
            output="to_params",
        ),
        route(
            "models_messages_params",
            "the /messages form: fallbacks as objects",
            [step("fallbacks", ["openai/gpt-4o"])],
            {"json": {"model": "anthropic/claude-sonnet-4", "fallbacks": [{"model": "openai/gpt-4o"}]}},
            builder=sel,
            start={"call": "new", "args": ["anthropic/claude-sonnet-4"]},
            output="to_messages_params",
        ),
        route(
            "models_variant",
            "a variant suffix on the primary only",
            [step("fallbacks", "openai/gpt-4o"), step("variant", "nitro")],
            {"json": {"model": "anthropic/claude-sonnet-4:nitro", "models": ["openai/gpt-4o"]}},
            builder=sel,
            start={"call": "new", "args": ["anthropic/claude-sonnet-4"]},
            output="to_params",
        ),
        route(
            "models_variant_everywhere",
            "a variant written with its colon, on the fallbacks too",
            [step("fallbacks", "openai/gpt-4o"), step("variant", ":floor", include_fallbacks=True)],
            {"json": {"model": "anthropic/claude-sonnet-4:floor", "models": ["openai/gpt-4o:floor"]}},
            builder=sel,
            start={"call": "new", "args": ["anthropic/claude-sonnet-4"]},
            output="to_params",
        ),
        route(
            "models_variant_twice_same",
            "the same variant twice is a no-op",
            [step("variant", "free"), step("variant", "free")],
            {"json": {"model": "meta-llama/llama-3.3-70b-instruct:free"}},
            builder=sel,
            start={"call": "new", "args": ["meta-llama/llama-3.3-70b-instruct"]},
            output="to_params",
        ),
        route(
            "models_variant_conflict",
            "a second, different variant is refused",
            [step("variant", "free"), step("variant", "nitro")],
            refused("variant", ":free"),
            builder=sel,
            start={"call": "new", "args": ["meta-llama/llama-3.3-70b-instruct"]},
            output="to_params",
        ),
        route(
            "models_variant_unknown",
            "an unknown variant",
            [step("variant", "turbo")],
            refused("variant", "turbo"),
            builder=sel,
            start={"call": "new", "args": ["openai/gpt-4o"]},
            output="to_params",
        ),
        route(
            "models_fallback_repeats_primary",
            "a fallback equal to the primary model is refused",
            [step("fallbacks", "openai/gpt-4o")],
            refused("fallbacks", "openai/gpt-4o"),
            builder=sel,
            start={"call": "new", "args": ["openai/gpt-4o"]},
            output="to_params",
        ),
        route(
            "models_too_many_for_messages",
            "more than three fallbacks for /messages",
            [step("fallbacks", "a/one", "b/two", "c/three", "d/four")],
            refused("fallbacks", "3"),
            builder=sel,
            start={"call": "new", "args": ["openai/gpt-4o"]},
            output="to_messages_params",
        ),
        route(
            "models_online_deprecated",
            "the ':online' variant still works but warns",
            [],
            {"json": {"model": "openai/gpt-4o:online"}, "warnings": ["deprecated_model_variant"]},
            builder=sel,
            start={"call": "new", "args": ["openai/gpt-4o:online"]},
            output="to_params",
        ),
        route(
            "models_space_in_slug",
            "a model slug with a space",
            [],
            refused("model", "gpt 4o"),
            builder=sel,
            start={"call": "new", "args": ["openai/gpt 4o"]},
            output="to_params",
        ),
        route(
            "models_trailing_colon",
            "a model slug ending in ':' names no variant",
            [],
            refused("model", "openai/gpt-4o:"),
            builder=sel,
            start={"call": "new", "args": ["openai/gpt-4o:"]},
            output="to_params",
        ),
        route(
            "models_from_params_messages",
            "from_params reads the /messages form back",
            [],
            {"json": {"model": "x/a", "models": ["y/b"]}},
            builder=sel,
            start={"call": "from_params", "args": [{"model": "x/a", "fallbacks": [{"model": "y/b"}]}]},
            output="to_params",
        ),
        route(
            "models_from_params_both_lists",
            "from_params with both models and fallbacks is refused",
            [],
            refused("fallbacks", "models"),
            builder=sel,
            start={
                "call": "from_params",
                "args": [{"model": "x/a", "models": ["y/b"], "fallbacks": [{"model": "z/c"}]}],
            },
            output="to_params",
        ),
        route(
            "with_variant",
            "with_variant adds the suffix",
            [],
            {"json": "openai/gpt-4o:exacto"},
            builder="with_variant",
            start={"call": "with_variant", "args": ["openai/gpt-4o", "exacto"]},
        ),
        route(
            "with_variant_slug_with_colon_in_path",
            "a colon before the last '/' is not a variant",
            [],
            {"json": "org:team/model:thinking"},
            builder="with_variant",
            start={"call": "with_variant", "args": ["org:team/model", ":thinking"]},
        ),
    ]


# --- lenient parsing --------------------------------------------------------------------------------------------


def lenient(
    vector_id: str,
    description: str,
    schema: str,
    body: Any,
    reads_expected: list[tuple[list[str | int], Any]],
    *,
    operation: str | None = None,
    to_dict: Any = "same",
) -> Vector:
    vector_input: dict[str, Any] = {"schema": schema, "body": body, "reads": [path for path, _ in reads_expected]}
    if operation is not None:
        vector_input["operation"] = operation
    expected: dict[str, Any] = {
        "to_dict": body if to_dict == "same" else to_dict,
        "reads": [{"path": path, "reads": what} for path, what in reads_expected],
    }
    if to_dict is None:
        expected = {"error": {"kind": "parse_error"}}
    return vector(vector_id, description, vector_input, expected)


def chat_body(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": "gen-123",
        "object": "chat.completion",
        "created": 1700000000,
        "model": "openai/gpt-4o",
        "system_fingerprint": "fp_1",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": "Paris."}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 5, "completion_tokens": 2, "total_tokens": 7},
    }
    body.update(changes)
    return body


def lenient_vectors() -> list[Vector]:
    chat = recorded_json("chat_completions.nonstream.json")
    tools = recorded_json("chat_completions.nonstream_parallel_tool_calls.json")
    reasoning = recorded_json("chat_completions.nonstream_reasoning_details.json")
    web = recorded_json("chat_completions.nonstream_web_search_annotations.json")
    responses = recorded_json("responses.nonstream.json")
    generation = recorded_json("generation.get.json")
    rerank = recorded_json("rerank.json")
    embeddings = recorded_json("embeddings.json")
    models = recorded_json("models.list_trimmed_2026.json")
    missing_fp = chat_body()
    del missing_fp["system_fingerprint"]
    nested_missing = chat_body(choices=[{"index": 0, "message": {"role": "assistant", "content": "x"}}])
    return [
        lenient(
            "recorded_chat_nonstream",
            "tests/recorded/chat_completions.nonstream.json round-trips",
            "ChatResult",
            chat,
            [(["model"], {"value": chat["model"]}), (["choices", 0, "finish_reason"], {"enum": "stop", "known": True})],
        ),
        lenient(
            "recorded_chat_parallel_tool_calls",
            "tests/recorded/chat_completions.nonstream_parallel_tool_calls.json round-trips",
            "ChatResult",
            tools,
            [(["choices", 0, "finish_reason"], {"enum": "tool_calls", "known": True})],
        ),
        lenient(
            "recorded_chat_reasoning_details",
            "tests/recorded/chat_completions.nonstream_reasoning_details.json round-trips",
            "ChatResult",
            reasoning,
            [(["choices", 0, "message", "reasoning"], {"value": reasoning["choices"][0]["message"]["reasoning"]})],
        ),
        lenient(
            "recorded_chat_web_search_annotations",
            "tests/recorded/chat_completions.nonstream_web_search_annotations.json round-trips",
            "ChatResult",
            web,
            [(["usage", "total_tokens"], {"value": web["usage"]["total_tokens"]})],
        ),
        lenient(
            "recorded_responses_nonstream",
            "tests/recorded/responses.nonstream.json round-trips",
            "OpenResponsesResult",
            responses,
            [(["id"], {"value": responses["id"]})],
        ),
        lenient(
            "recorded_generation",
            "tests/recorded/generation.get.json round-trips (inline response of getGeneration)",
            "GenerationResponse",
            generation,
            [(["data", "id"], {"value": generation["data"]["id"]})],
        ),
        lenient(
            "recorded_rerank",
            "tests/recorded/rerank.json round-trips (inline 200 response of createRerank)",
            "CreateRerankResponse200",
            rerank,
            [(["model"], {"value": rerank["model"]})],
            operation="createRerank",
        ),
        lenient(
            "recorded_embeddings",
            "tests/recorded/embeddings.json round-trips (inline 200 response of createEmbeddings)",
            "CreateEmbeddingsResponse200",
            embeddings,
            [(["model"], {"value": embeddings["model"]})],
            operation="createEmbeddings",
        ),
        lenient(
            "recorded_models_trimmed",
            "tests/recorded/models.list_trimmed_2026.json round-trips, newer fields kept",
            "ModelsListResponse",
            models,
            [(["data", 0, "id"], {"value": models["data"][0]["id"]})],
        ),
        lenient(
            "missing_required_field",
            "a required field left out parses; reading it says it is missing; to_dict leaves it out",
            "ChatResult",
            missing_fp,
            [(["system_fingerprint"], "missing_required"), (["id"], {"value": "gen-123"})],
        ),
        lenient(
            "missing_nested_required_field",
            "a nested required field (finish_reason) left out",
            "ChatResult",
            nested_missing,
            [(["choices", 0, "finish_reason"], "missing_required"), (["choices", 0, "index"], {"value": 0})],
        ),
        lenient(
            "optional_field_absent",
            "an optional field left out reads as absent",
            "ChatResult",
            chat_body(),
            [(["provider"], "absent"), (["service_tier"], "absent")],
        ),
        lenient(
            "unknown_fields_every_level",
            "unknown keys at the top, in a choice and in the message are kept as extras",
            "ChatResult",
            chat_body(
                unlisted_top_level=[1, 2],
                choices=[
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": "x", "brand_new": {"a": 1}},
                        "finish_reason": "stop",
                        "choice_extra": "y",
                    }
                ],
            ),
            [
                (["unlisted_top_level"], {"extra": [1, 2]}),
                (["choices", 0, "choice_extra"], {"extra": "y"}),
                (["choices", 0, "message", "brand_new"], {"extra": {"a": 1}}),
            ],
        ),
        lenient(
            "unknown_enum_value",
            "a finish_reason the spec does not list keeps its string and reads as not known",
            "ChatResult",
            chat_body(
                choices=[
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": "x"},
                        "finish_reason": "paused_by_provider",
                    }
                ]
            ),
            [(["choices", 0, "finish_reason"], {"enum": "paused_by_provider", "known": False})],
        ),
        lenient(
            "different_const",
            "an object value other than the spec's const is kept",
            "ChatResult",
            chat_body(object="chat.completion.v2"),
            [(["object"], {"enum": "chat.completion.v2", "known": False})],
        ),
        lenient(
            "unexpected_null",
            "null where the spec allows none stays null",
            "ChatResult",
            chat_body(model=None, usage=None),
            [(["model"], {"value": None}), (["usage"], {"value": None})],
        ),
        lenient(
            "wrong_scalar_type_kept",
            "a scalar of the wrong JSON type (created as a string) is kept as it came",
            "ChatResult",
            chat_body(created="yesterday"),
            [(["created"], {"value": "yesterday"})],
        ),
        lenient(
            "empty_object",
            "an empty body parses; every required field reads as missing",
            "ChatResult",
            {},
            [(["id"], "missing_required"), (["choices"], "missing_required"), (["usage"], "absent")],
        ),
        lenient(
            "messages_result",
            "a /messages result with an unknown stop_reason and an unknown block type",
            "MessagesResult",
            {
                "id": "msg_1",
                "type": "message",
                "role": "assistant",
                "model": "anthropic/claude-sonnet-4",
                "content": [{"type": "text", "text": "Hi"}, {"type": "future_block", "x": 1}],
                "stop_reason": "model_context_window_exceeded_v2",
                "stop_sequence": None,
                "usage": {"input_tokens": 3, "output_tokens": 1},
            },
            [
                (["stop_reason"], {"enum": "model_context_window_exceeded_v2", "known": False}),
                (["role"], {"enum": "assistant", "known": True}),
            ],
        ),
        lenient(
            "messages_result_missing_usage",
            "a /messages result without its required usage",
            "MessagesResult",
            {
                "id": "msg_1",
                "type": "message",
                "role": "assistant",
                "model": "m",
                "content": [],
                "stop_reason": "end_turn",
                "stop_sequence": None,
            },
            [(["usage"], "missing_required"), (["stop_reason"], {"enum": "end_turn", "known": True})],
        ),
        lenient(
            "responses_result_unknown_status",
            "a /responses result with a status the spec does not list",
            "OpenResponsesResult",
            {**responses, "status": "paused"},
            [(["status"], {"enum": "paused", "known": False})],
        ),
        lenient(
            "model_entry_minimal",
            "a models list entry with only id and name, and a new flag",
            "ModelsListResponse",
            {"data": [{"id": "openai/gpt-4o", "name": "GPT-4o", "new_flag": True}]},
            [
                (["data", 0, "id"], {"value": "openai/gpt-4o"}),
                (["data", 0, "pricing"], "missing_required"),
                (["data", 0, "new_flag"], {"extra": True}),
            ],
        ),
        lenient(
            "array_field_not_array",
            "choices as a string instead of an array cannot be parsed",
            "ChatResult",
            chat_body(choices="none"),
            [],
            to_dict=None,
        ),
    ]


# --- files ------------------------------------------------------------------------------------------------------


BUILDERS = {
    "streams": stream_vectors,
    "errors": error_vectors,
    "retries": retry_vectors,
    "pagination": pagination_vectors,
    "routing": routing_vectors,
    "lenient": lenient_vectors,
}


def build_documents() -> dict[str, str]:
    """File name -> the exact text of each vector file."""
    out = {}
    for kind in KINDS:
        vectors = BUILDERS[kind]()
        ids = [item["id"] for item in vectors]
        duplicates = sorted({vector_id for vector_id in ids if ids.count(vector_id) > 1})
        if duplicates:
            raise SystemExit(f"{kind}: duplicate vector ids {duplicates}")
        document = {
            "kind": kind,
            "format_version": FORMAT_VERSION,
            "schema": f"../schemas/{kind}.schema.json",
            "vectors": vectors,
        }
        out[f"{kind}.json"] = json.dumps(document, indent=1, ensure_ascii=False) + "\n"
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare the stored vectors with a fresh build")
    args = parser.parse_args(argv)
    documents = build_documents()
    stale = [
        name
        for name, text in documents.items()
        if not (VECTORS / name).is_file() or (VECTORS / name).read_text() != text
    ]
    if args.check:
        for name in stale:
            print(f"conformance/vectors/{name} is stale: run scripts/conformance.py", file=sys.stderr)
        return 1 if stale else 0
    VECTORS.mkdir(parents=True, exist_ok=True)
    for name, text in documents.items():
        (VECTORS / name).write_text(text)
    counts = {name: len(json.loads(text)["vectors"]) for name, text in documents.items()}
    print(f"wrote {sum(counts.values())} vectors: " + ", ".join(f"{name} {count}" for name, count in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
