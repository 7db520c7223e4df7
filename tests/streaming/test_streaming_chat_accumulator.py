"""ChatCompletionAccumulator: what a caller gets back from a streamed chat completion."""

from __future__ import annotations

import pytest
from streaming_helpers import chunk, delta

from openrouter_ext._exceptions import StreamError
from openrouter_ext.streaming import ChatCompletionAccumulator


def feed(*chunks: dict[str, object]) -> ChatCompletionAccumulator:
    acc = ChatCompletionAccumulator(generation_id="gen-header")
    for item in chunks:
        acc.add(item)
    return acc


def test_text_role_and_envelope_are_assembled() -> None:
    acc = feed(
        chunk(delta(role="assistant", content="")),
        chunk(delta(content="Hel")),
        chunk(delta(content="lo!")),
        chunk(delta(content="", finish_reason="stop")),
    )
    result = acc.final()
    assert result.text == "Hello!"
    choice = result.choices[0]
    assert (choice.role, choice.finish_reason, choice.native_finish_reason) == ("assistant", "stop", "stop")
    assert (result.id, result.model, result.provider, result.created) == (
        "gen-1754400000-k3Jd9",
        "openai/gpt-4o-mini",
        "OpenAI",
        1754400000,
    )
    assert result.generation_id == "gen-header"


def test_text_read_mid_stream_keeps_its_value_while_the_stream_grows() -> None:
    # The accumulator extends content and reasoning in place when it holds the only reference; a string a reader
    # took from the snapshot must never change under them.
    acc = feed(chunk(delta(content="Hel", reasoning="Thi")))
    seen_content, seen_reasoning = acc.snapshot.text, acc.snapshot.choices[0].reasoning
    for piece in ("lo", " there", "!"):
        acc.add(chunk(delta(content=piece, reasoning=piece)))
    assert (seen_content, seen_reasoning) == ("Hel", "Thi")
    assert acc.snapshot.text == "Hello there!"
    assert acc.snapshot.choices[0].reasoning == "Thilo there!"


def test_generation_id_falls_back_to_the_chunk_id() -> None:
    acc = ChatCompletionAccumulator()
    acc.add(chunk(delta(content="x")))
    assert acc.snapshot.generation_id == "gen-1754400000-k3Jd9"


def test_native_finish_reason_is_kept_apart_from_finish_reason() -> None:
    acc = feed(chunk({"index": 0, "delta": {}, "finish_reason": "length", "native_finish_reason": "MAX_TOKENS"}))
    assert acc.final().choices[0].native_finish_reason == "MAX_TOKENS"
    assert acc.final().choices[0].finish_reason == "length"


def test_usage_comes_from_the_last_chunk_with_empty_choices() -> None:
    usage = {
        "prompt_tokens": 12,
        "completion_tokens": 3,
        "total_tokens": 15,
        "cost": 0.0000072,
        "is_byok": False,
        "prompt_tokens_details": {"cached_tokens": 4},
        "completion_tokens_details": {"reasoning_tokens": 0},
    }
    acc = feed(chunk(delta(content="Hi", finish_reason="stop")), chunk(usage=usage))
    result = acc.final()
    assert result.usage == usage
    assert result.text == "Hi"
    assert result.to_dict()["usage"] == usage


def test_tool_calls_are_assembled_by_index_with_raw_and_parsed_arguments() -> None:
    acc = feed(
        chunk(
            delta(
                role="assistant",
                tool_calls=[
                    {
                        "index": 0,
                        "id": "call_a",
                        "type": "function",
                        "function": {"name": "get_weather", "arguments": ""},
                    }
                ],
            )
        ),
        chunk(delta(tool_calls=[{"index": 0, "function": {"arguments": '{"city": "Pa'}}])),
        chunk(
            delta(
                tool_calls=[
                    {"index": 1, "id": "call_b", "type": "function", "function": {"name": "get_time", "arguments": ""}}
                ]
            )
        ),
        chunk(delta(tool_calls=[{"index": 0, "function": {"arguments": 'ris"}'}}])),
        chunk(delta(tool_calls=[{"index": 1, "function": {"arguments": '{"tz": "CET"}'}}])),
        chunk(delta(finish_reason="tool_calls")),
    )
    calls = acc.final().tool_calls
    assert [(c.index, c.id, c.type, c.name) for c in calls] == [
        (0, "call_a", "function", "get_weather"),
        (1, "call_b", "function", "get_time"),
    ]
    assert calls[0].arguments == '{"city": "Paris"}'
    assert calls[0].parsed_arguments() == {"city": "Paris"}
    assert calls[1].parsed_arguments() == {"tz": "CET"}
    assert acc.final().to_dict()["choices"][0]["message"]["tool_calls"][0]["function"] == {
        "name": "get_weather",
        "arguments": '{"city": "Paris"}',
    }


def test_a_new_id_at_a_used_tool_call_index_starts_a_new_call() -> None:
    # Some providers number every tool call 0; the id tells them apart.
    acc = feed(
        chunk(delta(tool_calls=[{"index": 0, "id": "call_1", "function": {"name": "a", "arguments": "{}"}}])),
        chunk(delta(tool_calls=[{"index": 0, "id": "call_2", "function": {"name": "b", "arguments": '{"x":1}'}}])),
    )
    calls = acc.final().tool_calls
    assert [(c.id, c.name, c.arguments) for c in calls] == [("call_1", "a", "{}"), ("call_2", "b", '{"x":1}')]


def test_invalid_tool_arguments_keep_the_raw_string_and_raise_only_when_parsed() -> None:
    acc = feed(chunk(delta(tool_calls=[{"index": 0, "id": "c", "function": {"name": "f", "arguments": '{"a": '}}])))
    call = acc.final().tool_calls[0]
    assert call.arguments == '{"a": '
    with pytest.raises(ValueError, match="not valid JSON"):
        call.parsed_arguments()


def test_empty_tool_arguments_parse_as_an_empty_object() -> None:
    acc = feed(chunk(delta(tool_calls=[{"index": 0, "id": "c", "function": {"name": "now"}}])))
    assert acc.final().tool_calls[0].parsed_arguments() == {}


def test_reasoning_text_and_details_are_merged_in_order() -> None:
    acc = feed(
        chunk(
            delta(
                reasoning="Let me",
                reasoning_details=[{"type": "reasoning.text", "text": "Let me", "index": 0, "format": "anthropic"}],
            )
        ),
        chunk(
            delta(reasoning=" think.", reasoning_details=[{"type": "reasoning.text", "text": " think.", "index": 0}])
        ),
        chunk(delta(reasoning_details=[{"type": "reasoning.text", "text": "", "signature": "sig==", "index": 0}])),
        chunk(delta(reasoning_details=[{"type": "reasoning.encrypted", "data": "b64data", "index": 1}])),
        chunk(delta(content="Answer", finish_reason="stop")),
    )
    choice = acc.final().choices[0]
    assert choice.reasoning == "Let me think."
    assert choice.reasoning_details == [
        {"type": "reasoning.text", "text": "Let me think.", "index": 0, "format": "anthropic", "signature": "sig=="},
        {"type": "reasoning.encrypted", "data": "b64data", "index": 1},
    ]
    assert choice.content == "Answer"


def test_reasoning_summary_fragments_merge() -> None:
    acc = feed(
        chunk(delta(reasoning_details=[{"type": "reasoning.summary", "summary": "First", "index": 0}])),
        chunk(delta(reasoning_details=[{"type": "reasoning.summary", "summary": " point", "index": 0}])),
    )
    assert acc.snapshot.choices[0].reasoning_details == [
        {"type": "reasoning.summary", "summary": "First point", "index": 0}
    ]


def test_images_and_annotations_are_collected() -> None:
    image = {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBOR"}}
    note = {"type": "url_citation", "url_citation": {"url": "https://example.org", "title": "Example"}}
    acc = feed(chunk(delta(images=[image])), chunk(delta(annotations=[note], content="See")))
    choice = acc.final().choices[0]
    assert choice.images == [image]
    assert choice.annotations == [note]


def test_several_choices_are_kept_apart() -> None:
    acc = feed(
        chunk(delta(1, content="B1")),
        chunk(delta(0, content="A1")),
        chunk(delta(0, content="A2", finish_reason="stop"), delta(1, content="B2", finish_reason="length")),
    )
    result = acc.final()
    assert [(c.index, c.content, c.finish_reason) for c in result.choices] == [
        (0, "A1A2", "stop"),
        (1, "B1B2", "length"),
    ]


def test_unknown_fields_are_kept_not_dropped() -> None:
    acc = feed(
        chunk(delta(content="a", audio={"transcript": "a"}), system_fingerprint="fp_1"),
        chunk(
            {"index": 0, "delta": {"audio": {"transcript": "b"}}, "finish_reason": "stop", "stop_reason": 42},
            openrouter_metadata={"routing": "x"},
        ),
    )
    result = acc.final()
    assert result.extra == {"system_fingerprint": "fp_1", "openrouter_metadata": {"routing": "x"}}
    assert result.choices[0].delta_extra == {"audio": {"transcript": "ab"}}
    assert result.choices[0].extra == {"stop_reason": 42}
    as_dict = result.to_dict()
    assert as_dict["system_fingerprint"] == "fp_1"
    assert as_dict["choices"][0]["message"]["audio"] == {"transcript": "ab"}


@pytest.mark.parametrize("code", [502, "server_error"])
def test_an_error_chunk_raises_with_code_message_metadata_and_partial(code: object) -> None:
    acc = feed(chunk(delta(content="partial answer")))
    with pytest.raises(StreamError) as info:
        acc.add(
            chunk(
                {"index": 0, "delta": {"content": ""}, "finish_reason": "error"},
                error={"code": code, "message": "Provider disconnected", "metadata": {"provider_name": "OpenAI"}},
            )
        )
    err = info.value
    assert err.code == code
    assert err.message == "Provider disconnected"
    assert err.metadata == {"provider_name": "OpenAI"}
    assert err.generation_id == "gen-header"
    assert err.partial is acc.snapshot
    assert acc.snapshot.text == "partial answer"
    assert acc.snapshot.choices[0].finish_reason == "error"


def test_a_choice_that_finished_with_error_makes_final_raise() -> None:
    acc = feed(
        chunk(delta(content="half")),
        chunk({"index": 0, "delta": {}, "finish_reason": "error", "error": {"code": 500, "message": "boom"}}),
    )
    with pytest.raises(StreamError, match="boom") as info:
        acc.final()
    assert info.value.code == 500
    assert info.value.partial is acc.snapshot


def test_to_dict_has_the_shape_of_a_non_streamed_completion() -> None:
    acc = feed(chunk(delta(role="assistant", content="Hi", finish_reason="stop")))
    assert acc.final().to_dict() == {
        "id": "gen-1754400000-k3Jd9",
        "object": "chat.completion",
        "created": 1754400000,
        "model": "openai/gpt-4o-mini",
        "provider": "OpenAI",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "Hi"},
                "finish_reason": "stop",
                "native_finish_reason": "stop",
                "logprobs": None,
            }
        ],
    }


def test_logprobs_content_lists_are_concatenated() -> None:
    acc = feed(
        chunk({"index": 0, "delta": {"content": "a"}, "logprobs": {"content": [{"token": "a", "logprob": -0.1}]}}),
        chunk({"index": 0, "delta": {"content": "b"}, "logprobs": {"content": [{"token": "b", "logprob": -0.2}]}}),
    )
    assert acc.snapshot.choices[0].logprobs == {
        "content": [{"token": "a", "logprob": -0.1}, {"token": "b", "logprob": -0.2}]
    }
