"""`http2=True` over TLS on 127.0.0.1 against a server that speaks only HTTP/2, sync and async, ours or yours."""

from __future__ import annotations

import asyncio
import ssl
import sys

import httpx
import pytest
import trustme
from connection_helpers import API_KEY, CREDITS, H2Server
from openrouter_api.api.credits_ import get_credits

from openrouter_ext import APIConnectionError, AsyncOpenRouter, ConfigurationError, OpenRouter
from openrouter_ext.testing import Emulator


def test_http2_true_speaks_http2_through_the_pool_we_create(h2_server: H2Server) -> None:
    with OpenRouter(API_KEY, base_url=h2_server.url, http2=True, max_retries=0) as client:
        first = client.call_with_response(get_credits)
        second = client.call_with_response(get_credits)
    assert first.http_response.http_version == "HTTP/2"
    assert first.parsed.data.total_credits == CREDITS["data"]["total_credits"]
    assert second.http_response.http_version == "HTTP/2"
    assert h2_server.protocols == ["h2"]  # both calls on the one connection
    method, path, headers = h2_server.requests[0]
    assert (method, path) == ("GET", "/api/v1/credits")
    assert headers["authorization"] == f"Bearer {API_KEY}"
    assert headers["user-agent"].startswith("openrouter-ext/")


async def test_async_http2_multiplexes_concurrent_calls_on_one_connection(h2_server: H2Server) -> None:
    h2_server.delay = 0.3
    async with AsyncOpenRouter(API_KEY, base_url=h2_server.url, http2=True, max_retries=0) as client:
        results = await asyncio.gather(*(client.call_with_response(get_credits) for _ in range(4)))
    assert {result.http_response.http_version for result in results} == {"HTTP/2"}
    assert h2_server.connections == 1
    assert h2_server.peak_concurrent_streams > 1


def test_without_http2_the_client_cannot_talk_to_an_http2_only_server(h2_server: H2Server) -> None:
    # The default is HTTP/1.1: the server's ALPN offers h2 alone, so no common protocol is found.
    client = OpenRouter(API_KEY, base_url=h2_server.url, max_retries=0)
    with client, pytest.raises(APIConnectionError, match=r"(?i)protocol"):
        client.call(get_credits)
    assert h2_server.requests == []


def test_http2_true_keeps_http_1_1_for_a_plain_http_server(emu: Emulator) -> None:
    # HTTP/2 is agreed in the TLS handshake (ALPN); over http:// httpx speaks HTTP/1.1, as to the emulator.
    with OpenRouter(API_KEY, base_url=emu.base_url, http2=True) as client:
        response = client.call_with_response(get_credits)
    assert response.http_response.http_version == "HTTP/1.1"
    assert response.parsed.data.total_credits == 100.0


def test_an_injected_http2_client_is_used_as_it_is(h2_server: H2Server, ca: trustme.CA) -> None:
    context = ssl.create_default_context()
    ca.configure_trust(context)
    mine = httpx.Client(http2=True, verify=context)
    with OpenRouter(API_KEY, base_url=h2_server.url, http_client=mine, max_retries=0) as client:
        response = client.call_with_response(get_credits)
    assert response.http_response.http_version == "HTTP/2"
    assert not mine.is_closed
    mine.close()


async def test_an_injected_async_http2_client_is_used_as_it_is(h2_server: H2Server, ca: trustme.CA) -> None:
    context = ssl.create_default_context()
    ca.configure_trust(context)
    async with httpx.AsyncClient(http2=True, verify=context) as mine:
        async with AsyncOpenRouter(API_KEY, base_url=h2_server.url, http_client=mine, max_retries=0) as client:
            response = await client.call_with_response(get_credits)
        assert response.http_response.http_version == "HTTP/2"
        assert not mine.is_closed


@pytest.mark.parametrize("kind", [OpenRouter, AsyncOpenRouter])
def test_http2_beside_http_client_is_refused_not_ignored(kind: type[OpenRouter] | type[AsyncOpenRouter]) -> None:
    mine = httpx.Client() if kind is OpenRouter else httpx.AsyncClient()
    with pytest.raises(ConfigurationError, match=r"http2=True configure the connection pool.*http_client="):
        kind(API_KEY, http_client=mine, http2=True)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", [OpenRouter, AsyncOpenRouter])
def test_http2_without_h2_installed_names_the_extra(
    kind: type[OpenRouter] | type[AsyncOpenRouter], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "h2", None)  # what `import h2` meets when the package is missing
    with pytest.raises(ConfigurationError, match=r"pip install 'openrouter-ext\[http2\]'"):
        kind(API_KEY, http2=True)
    kind(API_KEY)  # without http2 nothing needs h2


@pytest.mark.parametrize("value", [1, "yes", None])
def test_http2_takes_only_a_bool(value: object) -> None:
    with pytest.raises(ConfigurationError, match="http2 must be True or False"):
        OpenRouter(API_KEY, http2=value)  # type: ignore[arg-type]
