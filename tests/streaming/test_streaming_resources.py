"""What `.stream(...)` sends: the body built from models, dicts and keywords, `stream: true`, headers, timeouts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from openrouter_ext import ConfigurationError, OpenRouter
from openrouter_ext.testing import Emulator


class RequestModel:
    """Stands in for a generated request model or a routing builder: anything with `to_dict()`."""

    def __init__(self, **fields: Any) -> None:
        self.fields = fields

    def to_dict(self) -> dict[str, Any]:
        return dict(self.fields)


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator() as emulator:
        yield emulator


@pytest.fixture
def client(emu: Emulator) -> Iterator[OpenRouter]:
    with OpenRouter(api_key="sk-or-v1-loopback", base_url=emu.base_url, max_retries=0) as opened:
        yield opened


def test_body_from_a_model_plus_keywords_with_nested_to_dict(emu: Emulator, client: OpenRouter) -> None:
    body = RequestModel(model="emulator/count", messages=[{"role": "user", "content": "Hi"}], temperature=0.1)
    provider = RequestModel(order=["openai"], allow_fallbacks=False)
    with client.chat.stream(body, temperature=0.5, provider=provider) as stream:
        stream.final()
    sent = emu.requests[-1]
    assert sent.json == {
        "model": "emulator/count",
        "messages": [{"role": "user", "content": "Hi"}],
        "temperature": 0.5,
        "provider": {"order": ["openai"], "allow_fallbacks": False},
        "stream": True,
    }
    assert sent.headers.get("accept", sent.headers.get("Accept")) == "text/event-stream"


def test_a_plain_dict_body_and_extra_headers(emu: Emulator, client: OpenRouter) -> None:
    body = {"model": "emulator/count", "input": "Hi"}
    with client.responses.stream(body, extra_headers={"X-Trace": "abc"}) as stream:
        stream.final()
    sent = emu.requests[-1]
    assert sent.json == {"model": "emulator/count", "input": "Hi", "stream": True}
    assert {k.lower(): v for k, v in sent.headers.items()}["x-trace"] == "abc"


@pytest.mark.parametrize("body", [["not", "a", "dict"], 42])
def test_a_body_that_is_not_a_mapping_is_refused(client: OpenRouter, body: object) -> None:
    with pytest.raises(ConfigurationError), client.chat.stream(body):
        pass  # pragma: no cover


def test_stream_false_is_refused(client: OpenRouter) -> None:
    with pytest.raises(ConfigurationError, match="stream=False"), client.chat.stream(model="m", stream=False):
        pass  # pragma: no cover


@pytest.mark.parametrize("bad", [0, -1.0, float("nan"), True, "5"])
def test_a_bad_idle_timeout_is_refused(client: OpenRouter, bad: Any) -> None:
    with pytest.raises(ConfigurationError, match="idle_timeout"), client.chat.stream(model="m", idle_timeout=bad):
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
        with client.chat.stream(model="m", idle_timeout=2.5) as stream:
            stream.final()
        with client.chat.stream(model="m") as stream:
            stream.final()
    assert seen[0] == {"connect": 4.0, "read": 2.5, "write": 30.0, "pool": 30.0}
    assert seen[1]["read"] == 30.0
