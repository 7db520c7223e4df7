"""Each kind of facade method against the loopback emulator: what reaches the wire and what comes back."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openrouter_api.api.chat import send_chat_completion_request
from openrouter_api.models.chat_result import ChatResult
from openrouter_api.models.chat_user_message import ChatUserMessage

from openrouter_ext import AsyncOpenRouter, OpenRouter
from openrouter_ext._exceptions import ConfigurationError, NotFoundError
from openrouter_ext._response import APIResponse
from openrouter_ext.pagination import SyncPager
from openrouter_ext.testing import Emulator

USER = {"role": "user", "content": "Say hi"}


def test_chat_send_with_plain_dicts_sends_them_as_given(client: OpenRouter, emu: Emulator) -> None:
    result = client.chat.send(model="openai/gpt-4o-mini", messages=[USER], temperature=0.2, max_tokens=16)
    assert isinstance(result, ChatResult)
    assert result.choices
    assert result.choices[0].message.content
    sent = emu.requests[-1]
    assert (sent.method, sent.path) == ("POST", "/api/v1/chat/completions")
    assert sent.json == {"model": "openai/gpt-4o-mini", "messages": [USER], "temperature": 0.2, "max_tokens": 16}


def test_models_and_dicts_mix_in_one_body(client: OpenRouter, emu: Emulator) -> None:
    message = ChatUserMessage.from_dict({"role": "user", "content": "from a model"})
    client.chat.send(model="m/x", messages=[message, {"role": "assistant", "content": "a dict"}])
    assert emu.requests[-1].json["messages"] == [
        {"role": "user", "content": "from a model"},
        {"role": "assistant", "content": "a dict"},
    ]


def test_extra_body_query_and_headers_reach_the_wire(client: OpenRouter, emu: Emulator) -> None:
    client.chat.send(
        model="m/x",
        messages=[USER],
        extra_body={"future_field": {"a": 1}},
        extra_query={"trace": "yes"},
        extra_headers={"X-Test-Header": "t1"},
    )
    sent = emu.requests[-1]
    assert sent.json["future_field"] == {"a": 1}
    assert sent.query == {"trace": "yes"}
    assert sent.headers["X-Test-Header"] == "t1"


def test_an_unknown_keyword_raises_before_sending(client: OpenRouter, emu: Emulator) -> None:
    with pytest.raises(TypeError, match="temprature"):
        client.chat.send(model="m/x", messages=[USER], temprature=0.2)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="messages"):
        client.chat.send(model="m/x")  # type: ignore[call-arg]
    assert emu.requests == []


def test_stream_true_is_refused_by_the_non_streamed_method(client: OpenRouter, emu: Emulator) -> None:
    with pytest.raises(ConfigurationError, match=r"\.stream\("):
        client.chat.send(model="m/x", messages=[USER], stream=True)
    assert emu.requests == []


def test_with_raw_response_gives_the_api_response(client: OpenRouter) -> None:
    raw = client.chat.with_raw_response.send(model="m/x", messages=[USER])
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert isinstance(raw.parsed, ChatResult)
    assert raw.generation_id
    assert raw.generation_id == raw.parsed.id


def test_path_parameter_get_and_typed_404(client: OpenRouter, emu: Emulator) -> None:
    hashes = emu.seed_keys(3)
    key = client.api_keys.get(hashes[1])
    assert key.data.hash_ == hashes[1]
    assert emu.requests[-1].path == f"/api/v1/keys/{hashes[1]}"
    with pytest.raises(NotFoundError):
        client.api_keys.get("no-such-key")


def test_query_parameter_call(client: OpenRouter, emu: Emulator) -> None:
    generation_id = client.chat.with_raw_response.send(model="m/x", messages=[USER]).generation_id
    assert generation_id
    found = client.generations.get_generation(id=generation_id)
    assert found.data.id == generation_id
    assert emu.requests[-1].query == {"id": generation_id}


def test_paginated_list_iterates_every_item_across_pages(client: OpenRouter, emu: Emulator) -> None:
    hashes = emu.seed_keys(250)
    pager = client.api_keys.list()
    assert isinstance(pager, SyncPager)
    assert emu.requests == []  # lazy: nothing is fetched before iteration
    assert [key.hash_ for key in pager] == hashes
    assert [len(page.items) for page in client.api_keys.list().pages()] == [100, 100, 50]
    assert client.keys.iter().to_list() == client.api_keys.list().to_list()


def test_paginated_list_with_page_size_and_filters(client: OpenRouter, emu: Emulator) -> None:
    emu.seed_guardrails(30)
    pages = list(client.guardrails.list(page_size=10).pages())
    assert [len(page.items) for page in pages] == [10, 10, 10]
    assert all(request.query.get("limit") == "10" for request in emu.requests)


def test_raw_response_of_a_paginated_method_is_its_first_page(client: OpenRouter, emu: Emulator) -> None:
    emu.seed_keys(120)
    raw = client.api_keys.with_raw_response.list()
    assert raw.status_code == 200
    assert len(raw.parsed.data) == 100


@pytest.mark.parametrize("kind", ["bytes", "path", "file object"])
def test_multipart_upload(client: OpenRouter, emu: Emulator, tmp_path: Path, kind: str) -> None:
    content = b"hello, file"
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    value: object = {"bytes": content, "path": path, "file object": io.BytesIO(content)}[kind]
    uploaded = client.files.upload(file=value)  # type: ignore[arg-type]
    assert uploaded.size_bytes == len(content)
    assert emu.requests[-1].headers["Content-Type"].startswith("multipart/form-data; boundary=")
    if kind == "path":
        assert uploaded.filename == "notes.txt"
    assert client.files.download(uploaded.id) == content


def test_binary_download_is_bytes(client: OpenRouter) -> None:
    uploaded = client.files.upload(file=b"\x00\x01binary")
    data = client.files.download(uploaded.id)
    assert isinstance(data, bytes)
    assert data == b"\x00\x01binary"


def test_the_escape_hatch_accepts_a_dict_body(client: OpenRouter, emu: Emulator) -> None:
    result = client.call(send_chat_completion_request, body={"model": "m/x", "messages": [USER]})  # type: ignore[arg-type]
    assert isinstance(result, ChatResult)
    assert emu.requests[-1].json == {"model": "m/x", "messages": [USER]}


def test_with_options_copies_get_their_own_resources(client: OpenRouter, emu: Emulator) -> None:
    other = client.with_options(headers={"X-Copy": "1"})
    assert other.chat is not client.chat
    assert client.chat is client.chat
    other.chat.send(model="m/x", messages=[USER])
    assert emu.requests[-1].headers["X-Copy"] == "1"


async def test_async_twins(aclient: AsyncOpenRouter, emu: Emulator) -> None:
    hashes = emu.seed_keys(150)
    result = await aclient.chat.send(model="m/x", messages=[USER], extra_headers={"X-Async": "1"})
    assert isinstance(result, ChatResult)
    assert emu.requests[-1].headers["X-Async"] == "1"
    raw = await aclient.chat.with_raw_response.send(model="m/x", messages=[USER])
    assert raw.status_code == 200
    assert isinstance(raw.parsed, ChatResult)
    assert [key.hash_ async for key in aclient.api_keys.list()] == hashes
    uploaded = await aclient.files.upload(file=b"async bytes")
    assert await aclient.files.download(uploaded.id) == b"async bytes"
    with pytest.raises(TypeError, match="temprature"):
        await aclient.chat.send(model="m/x", messages=[USER], temprature=1)  # type: ignore[call-arg]
