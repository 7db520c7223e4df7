"""Compressed answers are decoded: gzip and deflate by httpx, br and zstd through the `brotli` and `zstd` extras.
What the client asks for in Accept-Encoding, and how a caller changes it."""

from __future__ import annotations

import types

import pytest
from connection_helpers import API_KEY, CREDITS, ENCODERS, BodyServer
from openrouter_api.api.credits_ import get_credits

from openrouter_ext import AsyncOpenRouter, OpenRouter
from openrouter_ext._exceptions import ResponseTooLargeError


def credits_operation(encoding: str) -> types.ModuleType:
    """GET /credits?encoding=...: asks the test server to encode its answer so (when the request accepts it)."""
    module = types.ModuleType(f"credits_as_{encoding}")

    def build_request() -> dict[str, object]:
        return {"method": "get", "url": "/credits", "params": {"encoding": encoding}}

    module.build_request = build_request  # type: ignore[attr-defined]
    module.parse_success = get_credits.parse_success  # type: ignore[attr-defined]
    return module


def test_accept_encoding_lists_every_decoder_installed(body_server: BodyServer) -> None:
    with OpenRouter(API_KEY, base_url=body_server.url) as client:
        client.call(get_credits)
    assert body_server.seen_headers[0]["accept-encoding"] == "gzip, deflate, br, zstd"


@pytest.mark.parametrize("encoding", sorted(ENCODERS))
def test_each_encoding_is_decoded(body_server: BodyServer, encoding: str) -> None:
    with OpenRouter(API_KEY, base_url=body_server.url) as client:
        response = client.call_with_response(credits_operation(encoding))
    assert response.headers["content-encoding"] == encoding  # what came over the wire stays visible
    assert response.parsed.data.total_credits == CREDITS["data"]["total_credits"]


@pytest.mark.parametrize("encoding", sorted(ENCODERS))
async def test_async_each_encoding_is_decoded(body_server: BodyServer, encoding: str) -> None:
    async with AsyncOpenRouter(API_KEY, base_url=body_server.url) as client:
        result = await client.call(credits_operation(encoding))
    assert result.data.total_usage == CREDITS["data"]["total_usage"]


def test_default_headers_change_accept_encoding(body_server: BodyServer) -> None:
    with OpenRouter(API_KEY, base_url=body_server.url, default_headers={"Accept-Encoding": "identity"}) as client:
        response = client.call_with_response(credits_operation("br"))
    assert body_server.seen_headers[0]["accept-encoding"] == "identity"
    assert "content-encoding" not in response.headers
    assert response.parsed.data.total_credits == CREDITS["data"]["total_credits"]


def test_with_options_headers_change_it_for_one_copy(body_server: BodyServer) -> None:
    with OpenRouter(API_KEY, base_url=body_server.url) as client:
        client.with_options(headers={"Accept-Encoding": "gzip"}).call(credits_operation("zstd"))
        client.call(credits_operation("zstd"))
    assert [seen["accept-encoding"] for seen in body_server.seen_headers] == ["gzip", "gzip, deflate, br, zstd"]


def test_the_body_limit_counts_the_bytes_on_the_wire(body_server: BodyServer) -> None:
    # 200 kB of JSON that gzip shrinks to a few hundred bytes: the limit applies to what came over the connection.
    body_server.body = b'{"data": {"total_credits": 1, "total_usage": 0, "pad": "' + b"a" * 200_000 + b'"}}'
    wire = len(ENCODERS["gzip"](body_server.body))
    with OpenRouter(API_KEY, base_url=body_server.url, max_response_bytes=wire) as client:
        assert client.call(credits_operation("gzip")).data.total_credits == 1
        with pytest.raises(ResponseTooLargeError) as caught:
            client.call(credits_operation("identity"))
    assert caught.value.size == len(body_server.body)
