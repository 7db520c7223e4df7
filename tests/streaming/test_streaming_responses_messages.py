"""ResponseAccumulator and MessageAccumulator, and their streams' terminator rules."""

from __future__ import annotations

from typing import Any

import pytest
from openrouter_api.models.open_responses_created_event import OpenResponsesCreatedEvent
from openrouter_api.models.text_delta_event import TextDeltaEvent
from streaming_helpers import final_snapshot, open_sync, sse

from openrouter_ext._exceptions import StreamError, StreamIncompleteError
from openrouter_ext.streaming import MessageAccumulator, MessageStream, ResponseAccumulator, ResponseStream

RESPONSE = {"id": "gen-r1", "object": "response", "model": "openai/gpt-4o", "status": "in_progress", "output": []}


def text_events() -> list[dict[str, Any]]:
    return [
        {"type": "response.created", "sequence_number": 0, "response": RESPONSE},
        {
            "type": "response.output_item.added",
            "output_index": 0,
            "item": {"type": "message", "id": "m1", "role": "assistant", "content": []},
        },
        {"type": "response.output_text.delta", "item_id": "m1", "output_index": 0, "content_index": 0, "delta": "Hi"},
        {"type": "response.output_text.delta", "item_id": "m1", "output_index": 0, "content_index": 0, "delta": "!"},
    ]


def feed_responses(events: list[dict[str, Any]]) -> ResponseAccumulator:
    acc = ResponseAccumulator()
    for event in events:
        acc.add(event)
    return acc


def test_responses_result_is_built_from_deltas_when_completed_is_missing() -> None:
    acc = feed_responses(
        [
            *text_events(),
            {"type": "response.output_item.added", "output_index": 1, "item": {"type": "reasoning", "id": "r1"}},
            {"type": "response.reasoning_text.delta", "output_index": 1, "content_index": 0, "delta": "Think"},
            {"type": "response.reasoning_text.delta", "output_index": 1, "content_index": 0, "delta": "ing"},
            {
                "type": "response.output_item.added",
                "output_index": 2,
                "item": {"type": "function_call", "id": "f1", "call_id": "c1", "name": "lookup", "arguments": ""},
            },
            {"type": "response.function_call_arguments.delta", "output_index": 2, "delta": '{"q":'},
            {"type": "response.function_call_arguments.delta", "output_index": 2, "delta": ' "x"}'},
        ]
    )
    assert not acc.done
    result = acc.final()
    assert result.output_text == "Hi!"
    assert result.reasoning_text == "Thinking"
    assert result.function_calls[0]["arguments"] == '{"q": "x"}'
    as_dict = result.to_dict()
    assert as_dict["id"] == "gen-r1"
    assert [item["type"] for item in as_dict["output"]] == ["message", "reasoning", "function_call"]


def test_responses_completed_response_is_the_final_one() -> None:
    completed = {**RESPONSE, "status": "completed", "output": [{"type": "message", "content": []}], "usage": {"x": 1}}
    acc = feed_responses([*text_events(), {"type": "response.completed", "response": completed}])
    assert acc.done
    assert acc.final().status == "completed"
    assert acc.final().usage == {"x": 1}
    assert acc.final().to_dict()["output"] == completed["output"]


def test_responses_done_events_set_the_full_value() -> None:
    acc = feed_responses(
        [
            *text_events(),
            {"type": "response.output_text.done", "output_index": 0, "content_index": 0, "text": "Hi there!"},
        ]
    )
    assert acc.snapshot.output_text == "Hi there!"


@pytest.mark.parametrize(
    "event",
    [
        {"type": "error", "code": "rate_limit_exceeded", "message": "Slow down", "param": None},
        {"type": "error", "error": {"code": "rate_limit_exceeded", "message": "Slow down"}},
    ],
)
def test_responses_error_event_in_either_shape(event: dict[str, Any]) -> None:
    acc = feed_responses(text_events())
    with pytest.raises(StreamError) as info:
        acc.add(event)
    assert (info.value.code, info.value.message) == ("rate_limit_exceeded", "Slow down")
    assert info.value.partial is acc.snapshot
    assert acc.snapshot.output_text == "Hi!"


def test_responses_unknown_events_are_kept_in_order() -> None:
    odd = {"type": "response.web_search_call.searching", "output_index": 1, "item_id": "ws1"}
    acc = feed_responses([*text_events(), odd])
    assert acc.snapshot.other_events == [odd]


def test_responses_annotations_and_refusals_land_on_their_parts() -> None:
    note = {"type": "url_citation", "url": "https://example.org"}
    acc = feed_responses(
        [
            *text_events(),
            {
                "type": "response.output_text.annotation.added",
                "output_index": 0,
                "content_index": 0,
                "annotation": note,
            },
            {"type": "response.refusal.delta", "output_index": 0, "content_index": 1, "delta": "I can't"},
        ]
    )
    content = acc.snapshot.items[0]["content"]
    assert content[0]["annotations"] == [note]
    assert content[1] == {"type": "refusal", "refusal": "I can't"}


def test_response_stream_ends_cleanly_on_done_without_completed() -> None:
    with open_sync(sse(*text_events())) as response, ResponseStream(response) as stream:
        assert final_snapshot(stream).output_text == "Hi!"


def test_response_stream_without_any_terminator_is_incomplete() -> None:
    body = sse(*text_events(), done=False)
    with open_sync(body) as response, ResponseStream(response) as stream, pytest.raises(StreamIncompleteError) as info:
        final_snapshot(stream)
    assert info.value.partial is stream.snapshot
    assert stream.snapshot.output_text == "Hi!"


def test_response_stream_completed_without_done_is_complete() -> None:
    completed = {**RESPONSE, "status": "completed"}
    body = sse(*text_events(), {"type": "response.completed", "response": completed}, done=False)
    with open_sync(body) as response, ResponseStream(response) as stream:
        assert final_snapshot(stream).status == "completed"


MESSAGE_START = {
    "type": "message_start",
    "message": {"id": "msg_1", "type": "message", "role": "assistant", "content": [], "usage": {"input_tokens": 5}},
}


def message_events() -> list[dict[str, Any]]:
    return [
        MESSAGE_START,
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hello"}},
        {"type": "content_block_stop", "index": 0},
        {
            "type": "message_delta",
            "delta": {"stop_reason": "end_turn", "stop_sequence": None},
            "usage": {"output_tokens": 2},
        },
    ]


def feed_messages(events: list[dict[str, Any]]) -> MessageAccumulator:
    acc = MessageAccumulator()
    for event in events:
        acc.add(event)
    return acc


def test_messages_final_message() -> None:
    acc = feed_messages([*message_events(), {"type": "message_stop"}])
    assert acc.done
    message = acc.final()
    assert message.to_dict() == {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "content": [{"type": "text", "text": "Hello"}],
        "usage": {"input_tokens": 5, "output_tokens": 2},
        "stop_reason": "end_turn",
        "stop_sequence": None,
    }


def test_messages_invalid_tool_json_keeps_the_raw_string() -> None:
    acc = feed_messages(
        [
            MESSAGE_START,
            {"type": "content_block_start", "index": 0, "content_block": {"type": "tool_use", "id": "t", "input": {}}},
            {"type": "content_block_delta", "index": 0, "delta": {"type": "input_json_delta", "partial_json": '{"a":'}},
            {"type": "content_block_stop", "index": 0},
        ]
    )
    assert acc.final().tool_uses[0]["input"] == '{"a":'


def test_messages_tool_input_of_a_cut_stream_is_decoded_by_final() -> None:
    acc = feed_messages(
        [
            MESSAGE_START,
            {"type": "content_block_start", "index": 0, "content_block": {"type": "tool_use", "id": "t", "input": {}}},
            {"type": "content_block_delta", "index": 0, "delta": {"type": "input_json_delta", "partial_json": "[1]"}},
        ]
    )
    assert acc.snapshot.tool_uses[0]["input"] == {}
    assert acc.final().tool_uses[0]["input"] == [1]


def test_messages_citations_and_unknown_delta_types_are_kept() -> None:
    citation = {"type": "char_location", "cited_text": "x"}
    acc = feed_messages(
        [
            *message_events(),
            {"type": "content_block_delta", "index": 0, "delta": {"type": "citations_delta", "citation": citation}},
            {"type": "content_block_delta", "index": 0, "delta": {"type": "future_delta", "note": "a"}},
            {"type": "content_block_delta", "index": 0, "delta": {"type": "future_delta", "note": "b"}},
            {"type": "brand_new_event", "value": 1},
        ]
    )
    block = acc.snapshot.content[0]
    assert block["citations"] == [citation]
    assert block["note"] == "ab"
    assert acc.snapshot.other_events == [{"type": "brand_new_event", "value": 1}]


def test_messages_error_event_raises_with_partial() -> None:
    acc = feed_messages(message_events()[:3])
    with pytest.raises(StreamError) as info:
        acc.add({"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}})
    assert info.value.code == "overloaded_error"
    assert info.value.partial is acc.snapshot
    assert acc.snapshot.text == "Hello"


def test_message_stream_ends_on_message_stop_without_done() -> None:
    body = sse(*message_events(), {"type": "message_stop"}, done=False)
    with open_sync(body) as response, MessageStream(response) as stream:
        assert final_snapshot(stream).text == "Hello"


def test_message_stream_without_message_stop_is_incomplete() -> None:
    body = sse(*message_events(), done=False)
    with open_sync(body) as response, MessageStream(response) as stream, pytest.raises(StreamIncompleteError):
        final_snapshot(stream)
    assert stream.snapshot.text == "Hello"


def test_message_stream_takes_the_type_from_the_event_line_when_data_lacks_it() -> None:
    body = sse(
        'event: message_start\ndata: {"message": {"id": "m", "content": []}}\n\n',
        'event: content_block_start\ndata: {"index": 0, "content_block": {"type": "text", "text": ""}}\n\n',
        'event: content_block_delta\ndata: {"index": 0, "delta": {"type": "text_delta", "text": "yo"}}\n\n',
        "event: message_stop\ndata: {}\n\n",
        done=False,
    )
    with open_sync(body) as response, MessageStream(response) as stream:
        assert list(stream.text()) == ["yo"]
        assert final_snapshot(stream).id == "m"


def test_response_events_are_typed_by_type_and_unknown_types_stay_dicts() -> None:
    odd = {"type": "response.brand_new_event", "sequence_number": 9, "payload": [1]}
    with open_sync(sse(*text_events(), odd)) as response, ResponseStream(response) as stream:
        events = list(stream)
    assert isinstance(events[0], OpenResponsesCreatedEvent)
    assert isinstance(events[2], TextDeltaEvent)
    assert events[2].delta == "Hi"
    assert events[-1] == odd
    assert [e if isinstance(e, dict) else e.to_dict() for e in events] == [*text_events(), odd]


def _cut_tool_stream(*fragments: str) -> MessageAccumulator:
    accumulator = MessageAccumulator()
    for event in (
        {"type": "message_start", "message": {"id": "msg_1", "type": "message", "role": "assistant", "content": []}},
        {
            "type": "content_block_start",
            "index": 0,
            "content_block": {"type": "tool_use", "id": "t1", "name": "w", "input": {}},
        },
        *(
            {"type": "content_block_delta", "index": 0, "delta": {"type": "input_json_delta", "partial_json": part}}
            for part in fragments
        ),
    ):
        accumulator.add(event)
    return accumulator


def test_messages_partial_shows_tool_input_received_before_the_block_stopped() -> None:
    # The stream is cut before content_block_stop: what arrived must show in the partial, not the `{}` placeholder.
    whole = _cut_tool_stream('{"city": "Ber', 'gen"}')
    assert whole.snapshot.to_dict()["content"][0]["input"] == {"city": "Bergen"}
    unfinished = _cut_tool_stream('{"city": "Ber')
    assert unfinished.snapshot.to_dict()["content"][0]["input"] == '{"city": "Ber'
    assert unfinished.snapshot.tool_input_json == {0: '{"city": "Ber'}
