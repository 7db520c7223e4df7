"""Cassette tests of the inference operations (non-streaming; tests/generated/test_operations_streaming.py has the
streams): chat, responses, messages, embeddings, rerank. Chat, responses, embeddings and rerank answer with real
recorded bodies (tests/recorded/), error bodies included; the others with the spec's examples.
"""

from __future__ import annotations

import pytest
from openrouter_api.api.anthropic_messages import create_messages
from openrouter_api.api.chat import send_chat_completion_request
from openrouter_api.api.embeddings import create_embeddings, list_embeddings_models
from openrouter_api.api.rerank import create_rerank
from openrouter_api.api.responses import create_responses
from openrouter_api.models import (
    BadRequestResponse,
    ChatRequest,
    ChatResult,
    CreateEmbeddingsBody,
    CreateEmbeddingsResponse200,
    CreateRerankBody,
    CreateRerankResponse200,
    MessagesRequest,
    MessagesResult,
    ModelsListResponse,
    OpenResponsesResult,
    ResponsesRequest,
    TooManyRequestsResponse,
    UnauthorizedResponse,
)

# `make record` must not rewrite these: a cassette holds a real body from tests/recorded/ or the spec's example
# (the documented answer, for requests that would change a real account), not what the recording account answers.
pytestmark = [pytest.mark.vcr, pytest.mark.replay_only(reason="cassette bodies are recorded or documented ones")]


def test_send_chat_completion_request(api, cassette) -> None:
    """The body is recorded: tests/recorded/chat_completions.nonstream.json."""
    request = {"model": "anthropic/claude-haiku-4.5", "messages": [{"role": "user", "content": "Hello, how are you?"}]}
    response = send_chat_completion_request.sync_detailed(client=api, body=ChatRequest.from_dict(request))

    cassette.assert_exchanges(("POST", "/chat/completions", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, ChatResult)
    assert parsed.id == body["id"]
    assert parsed.model == body["model"]
    assert parsed.object_ == body["object"]
    assert parsed.choices[0].message.content == body["choices"][0]["message"]["content"]
    assert parsed.choices[0].message.role == body["choices"][0]["message"]["role"]
    assert parsed.to_dict() == body


def test_create_embeddings(api, cassette) -> None:
    """The body is recorded: tests/recorded/embeddings.json."""
    request = {"model": "openai/text-embedding-3-small", "input": "Ruby is a programmer's best friend"}
    http_response = api.get_httpx_client().request(
        **create_embeddings.build_request(body=CreateEmbeddingsBody.from_dict(request))
    )

    cassette.assert_exchanges(("POST", "/embeddings", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert http_response.status_code == 200
    parsed = create_embeddings.parse_success(http_response)
    assert isinstance(parsed, CreateEmbeddingsResponse200)
    assert parsed.id == body["id"]
    assert parsed.model == body["model"]
    assert parsed.object_ == body["object"]
    assert parsed.data[0].object_ == body["data"][0]["object"]
    assert parsed.provider == body["provider"]
    assert parsed.to_dict() == body


async def test_list_embeddings_models(async_api, cassette) -> None:
    response = await list_embeddings_models.asyncio_detailed(client=async_api, limit=500)

    cassette.assert_exchanges(("GET", "/embeddings/models", {"limit": "500"}))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, ModelsListResponse)
    assert parsed.data[0].id == body["data"][0]["id"]
    assert parsed.data[0].name == body["data"][0]["name"]
    assert parsed.data[0].canonical_slug == body["data"][0]["canonical_slug"]
    assert parsed.data[0].context_length == body["data"][0]["context_length"]
    assert parsed.data[0].created == body["data"][0]["created"]
    assert parsed.to_dict() == body


def test_create_messages(api, cassette) -> None:
    request = {
        "max_tokens": 1024,
        "messages": [{"content": "Hello, how are you?", "role": "user"}],
        "model": "anthropic/claude-sonnet-4",
    }
    response = create_messages.sync_detailed(client=api, body=MessagesRequest.from_dict(request))

    cassette.assert_exchanges(("POST", "/messages", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, MessagesResult)
    assert parsed.id == body["id"]
    assert parsed.model == body["model"]
    assert parsed.type_ == body["type"]
    assert parsed.content[0].type_ == body["content"][0]["type"]
    assert parsed.content[0].text == body["content"][0]["text"]
    assert parsed.to_dict() == body


def test_create_rerank(api, cassette) -> None:
    """The body is recorded: tests/recorded/rerank.json."""
    request = {
        "model": "voyageai/rerank-2.5-lite",
        "query": "What is Ruby?",
        "documents": ["Paris is the capital of France", "Ruby is a programming language created by Matz"],
    }
    http_response = api.get_httpx_client().request(
        **create_rerank.build_request(body=CreateRerankBody.from_dict(request))
    )

    cassette.assert_exchanges(("POST", "/rerank", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert http_response.status_code == 200
    parsed = create_rerank.parse_success(http_response)
    assert isinstance(parsed, CreateRerankResponse200)
    assert parsed.id == body["id"]
    assert parsed.model == body["model"]
    assert parsed.results[0].document.text == body["results"][0]["document"]["text"]
    assert parsed.provider == body["provider"]
    assert parsed.results[0].index == body["results"][0]["index"]
    assert parsed.to_dict() == body


async def test_create_responses(async_api, cassette) -> None:
    """The body is recorded: tests/recorded/responses.nonstream.json."""
    request = {"model": "openai/o4-mini", "input": "What is 15 * 23?", "reasoning": {"effort": "low"}}
    response = await create_responses.asyncio_detailed(client=async_api, body=ResponsesRequest.from_dict(request))

    cassette.assert_exchanges(("POST", "/responses", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, OpenResponsesResult)
    assert parsed.id == body["id"]
    assert parsed.output[0].id == body["output"][0]["id"]
    assert parsed.model == body["model"]
    assert parsed.output[0].type_ == body["output"][0]["type"]
    assert parsed.object_ == body["object"]
    assert parsed.to_dict() == body


def _chat_error(api, request: dict):
    return send_chat_completion_request.sync_detailed(client=api, body=ChatRequest.from_dict(request))


def test_send_chat_completion_request_unauthorized(api, cassette) -> None:
    """The body is recorded: tests/recorded/chat_completions.error_401.json."""
    request = {"model": "anthropic/claude-haiku-4.5", "messages": [{"role": "user", "content": "Hello"}]}
    response = _chat_error(api, request)

    cassette.assert_exchanges(("POST", "/chat/completions", None))
    body = cassette.response_json(0)
    assert response.status_code == 401
    assert isinstance(response.parsed, UnauthorizedResponse)
    assert response.parsed.error.code == 401
    assert response.parsed.error.message == body["error"]["message"]
    assert response.parsed.to_dict() == body


def test_send_chat_completion_request_rate_limited(api, cassette) -> None:
    """The body is recorded: tests/recorded/chat_completions.error_429_provider.json."""
    request = {"model": "meta-llama/llama-3.3-70b-instruct:free", "messages": [{"role": "user", "content": "Hello"}]}
    response = _chat_error(api, request)

    cassette.assert_exchanges(("POST", "/chat/completions", None))
    body = cassette.response_json(0)
    assert response.status_code == 429
    assert isinstance(response.parsed, TooManyRequestsResponse)
    assert response.parsed.error.code == 429
    assert response.parsed.error.message == body["error"]["message"]
    assert response.parsed.error.metadata.to_dict() == body["error"]["metadata"]
    assert response.parsed.to_dict() == body


def test_send_chat_completion_request_context_length(api, cassette) -> None:
    """The body is recorded: tests/recorded/chat_completions.error_400_context_length.json."""
    request = {"model": "anthropic/claude-haiku-4.5", "messages": [{"role": "user", "content": "a " * 50}]}
    response = _chat_error(api, request)

    cassette.assert_exchanges(("POST", "/chat/completions", None))
    body = cassette.response_json(0)
    assert response.status_code == 400
    assert isinstance(response.parsed, BadRequestResponse)
    assert response.parsed.error.code == 400
    assert response.parsed.error.message == body["error"]["message"]
    assert response.parsed.user_id == body["user_id"]
    assert response.parsed.to_dict() == body
