"""`client.chat.stream(..., response_format=T)`: the partial JSON while it streams, `.parsed` at the end."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import AsyncComposedChat, ComposedChat
from openrouter_api.models.chat_result import ChatResult
from structured_models import Weather

from openrouter_ext.streaming import ChatStream
from openrouter_ext.structured import (
    AsyncStructuredChatStream,
    JsonSchema,
    OutputTruncatedError,
    StructuredChatStream,
    parse_partial_json,
)
from openrouter_ext.testing import Behaviour, Emulator

ROOT = Path(__file__).resolve().parents[2]
WEATHER = {"city": "Reykjavik", "temperature": 4.5, "unit": "c", "note": "windy", "tags": ["rain", "wind"]}
MESSAGES = [{"role": "user", "content": json.dumps(WEATHER)}]


def test_the_partials_grow_towards_the_answer_and_final_has_parsed(chat: ComposedChat, emu: Emulator) -> None:
    emu.behaviour = Behaviour(chunks=12)
    with chat.stream(model="emulator/echo", messages=MESSAGES, response_format=Weather) as stream:
        assert isinstance(stream, StructuredChatStream)
        partials = list(stream.partials())
        final = stream.final()
    assert len(partials) >= 5
    assert partials[-1] == WEATHER
    # Each partial is a prefix of the answer: its keys arrive in order, finished values never change.
    for earlier, later in itertools.pairwise(partials):
        assert list(later)[: len(earlier)] == list(earlier)
    assert any(p.get("city") not in (None, "Reykjavik") for p in partials)  # an unfinished string is offered
    assert final.parsed == Weather(city="Reykjavik", temperature=4.5, note="windy", tags=["rain", "wind"])
    assert isinstance(final.result, ChatResult)
    assert final.content == json.dumps(WEATHER)
    assert final.snapshot.generation_id == stream.generation_id
    sent = emu.requests[-1].json
    assert sent["stream"] is True
    assert sent["response_format"]["json_schema"]["name"] == "Weather"


def test_a_plain_response_format_dict_goes_to_the_plain_stream_unchanged(chat: ComposedChat, emu: Emulator) -> None:
    given = {"type": "json_object"}
    with chat.stream(model="emulator/echo", messages=MESSAGES, response_format=given) as stream:
        assert isinstance(stream, ChatStream)
        stream.final()
    assert emu.requests[-1].json["response_format"] == given


def test_a_json_schema_wrapper_streams_into_a_dict(chat: ComposedChat) -> None:
    schema = JsonSchema({"type": "object", "properties": {"city": {"type": "string"}}}, name="city_only")
    with chat.stream(
        model="emulator/echo", messages=[{"role": "user", "content": '{"city": "Bergen"}'}], response_format=schema
    ) as stream:
        assert stream.final().parsed == {"city": "Bergen"}


def test_a_cut_off_stream_raises_truncated_with_the_snapshot(chat: ComposedChat) -> None:
    with (
        chat.stream(model="emulator/echo", messages=MESSAGES, response_format=Weather, max_tokens=2) as stream,
        pytest.raises(OutputTruncatedError) as caught,
    ):
        stream.final()
    assert isinstance(caught.value.result, ChatResult)
    assert caught.value.content is not None
    assert json.dumps(WEATHER).startswith(caught.value.content)


async def test_async_stream_with_partials(achat: AsyncComposedChat, emu: Emulator) -> None:
    emu.behaviour = Behaviour(chunks=8)
    async with achat.stream(model="emulator/echo", messages=MESSAGES, response_format=Weather) as stream:
        assert isinstance(stream, AsyncStructuredChatStream)
        partials = [partial async for partial in stream.partials()]
        final = await stream.final()
    assert partials[-1] == WEATHER
    assert final.parsed.note == "windy"


def test_parse_partial_json_keeps_unfinished_strings() -> None:
    assert parse_partial_json("") is None
    assert parse_partial_json('{"a": [1, 2], "b": "hal') == {"a": [1, 2], "b": "hal"}
    assert parse_partial_json('{"a": {"b": tr') == {"a": {}}


def test_without_jiter_or_pydantic_the_partial_names_the_extra_and_the_final_still_parses(emu: Emulator) -> None:
    script = textwrap.dedent(
        f"""
        import dataclasses, json, sys

        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("jiter", "pydantic", "pydantic_core"):
                    raise ImportError("blocked: " + name)
                return None

        sys.meta_path.insert(0, Block())
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from conftest import ComposedChat
        from openrouter_ext import OpenRouter
        from openrouter_ext.structured import ExtraNotInstalledError

        @dataclasses.dataclass
        class City:
            city: str

        with OpenRouter(api_key="sk-or-test", base_url={emu.base_url!r}, max_retries=0) as client:
            with ComposedChat(client).stream(
                model="emulator/echo",
                messages=[{{"role": "user", "content": '{{"city": "Oslo"}}'}}],
                response_format=City,
            ) as stream:
                try:
                    stream.partial
                except ExtraNotInstalledError as exc:
                    print("partial:", exc)
                print("parsed:", stream.final().parsed)
        """
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=False)
    assert out.returncode == 0, out.stderr
    assert "partial: the partial JSON of a stream needs an incremental JSON parser" in out.stdout
    assert "openrouter-ext[pydantic]" in out.stdout
    assert "parsed: City(city='Oslo')" in out.stdout
