"""Iterated events are the models' own instances, built from their event the first time a field is read
(openrouter_ext/streaming/_deferred.py): the same values, equality, repr, copies and pickles as a model parsed on
arrival, and an event that does not fit its model fails its stream when read."""

from __future__ import annotations

import copy
import gc
import pickle
import weakref
from typing import Any

import attrs
import pytest
from openrouter_api.models.chat_stream_chunk import ChatStreamChunk
from openrouter_api.models.text_delta_event import TextDeltaEvent
from streaming_helpers import chunk, delta, open_async, open_sync, sse

from openrouter_ext._exceptions import MalformedEventError
from openrouter_ext.streaming import AsyncChatStream, ChatStream, ResponseStream

GENERATION_ID = "gen-test-1"  # the X-Generation-Id header streaming_helpers serves

EVENTS = [
    chunk(delta(role="assistant", content="Hel")),
    chunk(delta(content="lo"), usage={"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}),
    chunk(delta(finish_reason="stop"), surprise={"kept": True}),
]
MISFIT = chunk(delta(content="!"), openrouter_metadata={"endpoints": "not an object"})


def iterated(*events: dict[str, Any]) -> list[Any]:
    with open_sync(sse(*events)) as response, ChatStream(response) as stream:
        return list(stream)


def test_each_chunk_is_a_chat_stream_chunk_equal_to_one_parsed_on_arrival() -> None:
    chunks = iterated(*EVENTS)
    parsed = [ChatStreamChunk.from_dict(event) for event in EVENTS]
    assert all(isinstance(item, ChatStreamChunk) for item in chunks)
    assert type(chunks[0]).__name__ == "ChatStreamChunk"
    assert chunks == parsed
    assert parsed == chunks  # the model's own __eq__ defers to the stand-in's
    assert [repr(item) for item in chunks] == [repr(item) for item in parsed]
    assert [item.to_dict() for item in chunks] == [item.to_dict() for item in parsed]
    assert chunks[0].choices[0].delta.content == "Hel"
    assert chunks[2].additional_properties == {"surprise": {"kept": True}}


def test_attrs_helpers_see_the_built_fields() -> None:
    first = iterated(*EVENTS)[0]
    assert attrs.asdict(first) == attrs.asdict(ChatStreamChunk.from_dict(EVENTS[0]))
    changed = attrs.evolve(first, model="other/model")
    assert changed.model == "other/model"
    assert changed.choices == first.choices
    assert first.model == "openai/gpt-4o-mini"


def test_copies_and_pickles_are_plain_models() -> None:
    for item in iterated(*EVENTS):
        for twin in (copy.copy(item), copy.deepcopy(item), pickle.loads(pickle.dumps(item))):
            assert type(twin) is ChatStreamChunk
            assert twin == item


def test_a_field_set_before_any_read_stays_set() -> None:
    first = iterated(*EVENTS)[0]
    first.model = "set/by-caller"
    assert first.id == EVENTS[0]["id"]  # a read of another field does not rebuild over it
    assert first.model == "set/by-caller"


def test_an_unknown_attribute_is_an_attribute_error() -> None:
    first = iterated(*EVENTS)[0]
    assert not hasattr(first, "no_such_field")
    assert getattr(first, "__deepcopy__", None) is None


def test_a_misfit_raises_when_read_and_fails_the_stream_for_good() -> None:
    with open_sync(sse(EVENTS[0], MISFIT, EVENTS[2])) as response, ChatStream(response) as stream:
        items = [next(iter(stream)), next(iter(stream))]
        assert items[0].choices[0].delta.content == "Hel"
        with pytest.raises(MalformedEventError, match=r"does not fit ChatStreamChunk.*openrouter_metadata") as info:
            items[1].choices  # noqa: B018  (the read is the test)
        error = info.value
        assert error.partial is stream.snapshot
        assert error.generation_id == GENERATION_ID
        with pytest.raises(MalformedEventError) as again:
            items[1].id  # noqa: B018
        assert again.value is error
        for read in (stream.final, lambda: list(stream.text()), lambda: list(stream)):
            with pytest.raises(MalformedEventError) as later:
                read()
            assert later.value is error


async def test_async_misfit_raises_when_read_and_fails_the_stream_for_good() -> None:
    async with open_async(sse(EVENTS[0], MISFIT, EVENTS[2])) as response, AsyncChatStream(response) as stream:
        items = [item async for item in stream]
        assert items[0].choices[0].delta.content == "Hel"
        with pytest.raises(MalformedEventError, match="does not fit ChatStreamChunk") as info:
            items[1].choices  # noqa: B018
        with pytest.raises(MalformedEventError) as later:
            await stream.final()
        assert later.value is info.value


def test_kept_chunks_do_not_keep_their_stream_alive() -> None:
    with open_sync(sse(*EVENTS[:2], MISFIT)) as response, ChatStream(response) as stream:
        items = list(stream)
        ref = weakref.ref(stream)
    del stream
    gc.collect()
    assert ref() is None
    assert items[1].choices[0].delta.content == "lo"
    with pytest.raises(MalformedEventError, match="does not fit ChatStreamChunk"):
        items[2].choices  # noqa: B018  (still raised: only the stream to fail is gone)


def test_a_responses_event_is_its_models_instance_and_an_unlisted_type_its_dict() -> None:
    text_delta = {"type": "response.output_text.delta", "output_index": 0, "content_index": 0, "delta": "Hel"}
    unlisted = {"type": "response.future_event", "x": 1}
    with open_sync(sse(text_delta, unlisted)) as response, ResponseStream(response) as stream:
        items = []
        for item in stream:
            items.append(item)
            if len(items) == 2:
                break
    assert isinstance(items[0], TextDeltaEvent)
    assert items[0] == TextDeltaEvent.from_dict(text_delta)
    assert items[0].delta == "Hel"
    assert items[1] == unlisted
