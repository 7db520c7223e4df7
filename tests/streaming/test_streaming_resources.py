"""What `.stream(...)` sends: the typed, checked keywords, `stream: true`, headers, timeouts; what final() gives."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from openrouter_api.models.chat_result import ChatResult
from openrouter_api.models.open_responses_result import OpenResponsesResult

from openrouter_ext import ConfigurationError, OpenRouter
from openrouter_ext._request_check import RequestTypeError
from openrouter_ext.testing import Emulator


class RequestModel:
    """Stands in for a generated request model or a routing builder: anything with `to_dict()`."""

    def __init__(self, **fields: Any) -> None:
        self.fields = fields

    def to_dict(self) -> dict[str, Any]:
        return dict(self.fields)


USER = [{"role": "user", "content": "Hi"}]


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator() as emulator:
        yield emulator


@pytest.fixture
def client(emu: Emulator) -> Iterator[OpenRouter]:
    with OpenRouter(api_key="sk-or-v1-loopback", base_url=emu.base_url, max_retries=0) as opened:
        yield opened


def test_keywords_with_nested_to_dict_and_stream_true(emu: Emulator, client: OpenRouter) -> None:
    provider = RequestModel(order=["openai"], allow_fallbacks=False)
    with client.chat.stream(model="emulator/count", messages=USER, temperature=0.5, provider=provider) as stream:
        result = stream.final()
    assert isinstance(result, ChatResult)
    sent = emu.requests[-1]
    assert sent.json == {
        "model": "emulator/count",
        "messages": USER,
        "temperature": 0.5,
        "provider": {"order": ["openai"], "allow_fallbacks": False},
        "stream": True,
    }
    assert sent.headers.get("accept", sent.headers.get("Accept")) == "text/event-stream"


def test_extra_headers_and_extra_body_reach_the_wire(emu: Emulator, client: OpenRouter) -> None:
    with client.responses.stream(
        model="emulator/count", input="Hi", extra_headers={"X-Trace": "abc"}, extra_body={"future": 1}
    ) as stream:
        assert isinstance(stream.final(), OpenResponsesResult)
    sent = emu.requests[-1]
    assert sent.json == {"model": "emulator/count", "input": "Hi", "future": 1, "stream": True}
    assert {k.lower(): v for k, v in sent.headers.items()}["x-trace"] == "abc"


def test_a_misspelt_or_positional_argument_is_a_type_error_before_sending(emu: Emulator, client: OpenRouter) -> None:
    with pytest.raises(TypeError, match="temprature"):
        client.chat.stream(model="m", messages=USER, temprature=0.2)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        client.chat.stream({"model": "m", "messages": USER})  # type: ignore[misc]
    with pytest.raises(TypeError, match="messages"):
        client.chat.stream(model="m")  # type: ignore[call-arg]
    assert emu.requests == []


def test_a_bad_value_is_refused_by_the_request_check_before_sending(emu: Emulator, client: OpenRouter) -> None:
    with (
        pytest.raises(RequestTypeError, match=r"messages\[0\]\.content"),
        client.chat.stream(model="m", messages=[{"role": "user", "content": 5}]),
    ):
        pass  # pragma: no cover
    assert emu.requests == []


def test_stream_false_is_refused(client: OpenRouter) -> None:
    with pytest.raises(TypeError, match="stream"):
        client.chat.stream(model="m", messages=USER, stream=False)  # type: ignore[call-arg]
    with (
        pytest.raises(ConfigurationError, match="stream=False"),
        client.chat.stream(model="m", messages=USER, extra_body={"stream": False}),
    ):
        pass  # pragma: no cover


@pytest.mark.parametrize("bad", [0, -1.0, float("nan"), True, "5"])
def test_a_bad_idle_timeout_is_refused(client: OpenRouter, bad: Any) -> None:
    with (
        pytest.raises(ConfigurationError, match="idle_timeout"),
        client.chat.stream(model="m", messages=USER, idle_timeout=bad),
    ):
        pass  # pragma: no cover


def test_idle_timeout_becomes_the_read_timeout_of_the_request() -> None:
    seen: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(dict(request.extensions["timeout"]))
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=b"data: [DONE]\n\n")

    with (
        httpx.Client(transport=httpx.MockTransport(handler)) as http_client,
        OpenRouter(api_key="k", http_client=http_client, timeout=httpx.Timeout(30.0, connect=4.0)) as client,
    ):
        with client.chat.stream(model="m", messages=USER, idle_timeout=2.5) as stream:
            stream.final()
        with client.chat.stream(model="m", messages=USER) as stream:
            stream.final()
    assert seen[0] == {"connect": 4.0, "read": 2.5, "write": 30.0, "pool": 30.0}
    assert seen[1]["read"] == 30.0
