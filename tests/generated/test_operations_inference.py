"""Cassette-backed tests of the inference operations: chat, responses, messages, embeddings.

Each test drives a generated endpoint through `OpenRouter.call` (or the generated `sync_detailed`) against its
cassette, checks the request that went out and the parsed model's fields against the recorded body.
"""

from __future__ import annotations

import pytest
from openrouter_api.api.chat import send_chat_completion_request
from openrouter_api.api.embeddings import create_embeddings
from openrouter_api.api.messages import create_messages
from openrouter_api.api.responses import create_responses
from openrouter_api.models import (
    AnthropicMessagesRequest,
    AnthropicMessagesResponse,
    ChatGenerationParams,
    ChatResponse,
    CreateEmbeddingsRequest,
    CreateEmbeddingsResponse,
    ErrorResponse,
    OpenResponsesNonStreamingResponse,
    OpenResponsesRequest,
)

from openrouter_ext import AsyncOpenRouter, AuthenticationError, OpenRouter, RateLimitError

pytestmark = pytest.mark.vcr

# Always invalid, also when recording: the 401 cassette is the real answer to it.
INVALID_KEY = "sk-or-v1-0000000000000000000000000000000000000000000000000000000000000000"


def _assert_chat_response(chat: ChatResponse, body: dict) -> None:
    assert isinstance(chat, ChatResponse)
    assert chat.id == body["id"]
    assert chat.model == body["model"]
    assert chat.created == body["created"]
    assert chat.object_ == "chat.completion"
    choice, recorded_choice = chat.choices[0], body["choices"][0]
    assert choice.index == 0
    assert choice.finish_reason == recorded_choice["finish_reason"]
    assert choice.message.role == "assistant"
    assert choice.message.content == recorded_choice["message"]["content"]
    assert isinstance(choice.message.content, str)
    assert choice.message.content
    usage = body["usage"]
    assert chat.usage.prompt_tokens == usage["prompt_tokens"]
    assert chat.usage.completion_tokens == usage["completion_tokens"]
    assert chat.usage.total_tokens == usage["prompt_tokens"] + usage["completion_tokens"]
    assert chat.usage.cost == usage["cost"]


def test_send_chat_completion_request(openrouter: OpenRouter, cassette) -> None:
    request = {
        "model": "openai/gpt-4o-mini",
        "messages": [
            {"role": "system", "content": "You are a helpful assistant."},
            {"role": "user", "content": "What is the capital of France?"},
        ],
        "max_tokens": 150,
        "temperature": 0.7,
    }
    result = openrouter.call_with_response(send_chat_completion_request, body=ChatGenerationParams.from_dict(request))

    cassette.assert_exchanges(("POST", "/chat/completions", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    _assert_chat_response(result.parsed, body)
    assert result.status_code == 200
    assert result.generation_id == body["id"]
    assert result.generation_id.startswith("gen-")


async def test_send_chat_completion_request_async(async_openrouter: AsyncOpenRouter, cassette) -> None:
    request = {
        "model": "mistralai/mistral-small-3.2-24b-instruct",
        "messages": [{"role": "user", "content": "Name one prime number."}],
        "max_tokens": 20,
    }
    chat = await async_openrouter.call(send_chat_completion_request, body=ChatGenerationParams.from_dict(request))

    cassette.assert_exchanges(("POST", "/chat/completions", None))
    assert cassette.request_json(0) == request
    _assert_chat_response(chat, cassette.response_json(0))


def test_send_chat_completion_request_unauthorized(cassette) -> None:
    body = ChatGenerationParams.from_dict(
        {"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "Hello"}]}
    )
    with OpenRouter(api_key=INVALID_KEY, base_url="https://openrouter.ai/api/v1", max_retries=0) as bad:
        with pytest.raises(AuthenticationError) as caught:
            bad.call(send_chat_completion_request, body=body)
        detailed = send_chat_completion_request.sync_detailed(client=bad.api, body=body)

    recorded = cassette.response_json(0)
    assert caught.value.status_code == 401
    assert caught.value.code == recorded["error"]["code"] == 401
    assert caught.value.message == recorded["error"]["message"]
    assert INVALID_KEY not in str(caught.value)
    assert INVALID_KEY not in repr(caught.value)
    assert detailed.status_code == 401
    assert isinstance(detailed.parsed, ErrorResponse)
    assert detailed.parsed.error.code == 401
    assert detailed.parsed.error.message == cassette.response_json(1)["error"]["message"]
    cassette.assert_exchanges(("POST", "/chat/completions", None), ("POST", "/chat/completions", None))


@pytest.mark.replay_only(reason="a real 429 cannot be provoked on demand")
def test_send_chat_completion_request_rate_limited(openrouter: OpenRouter, cassette) -> None:
    body = ChatGenerationParams.from_dict(
        {"model": "meta-llama/llama-3.3-70b-instruct:free", "messages": [{"role": "user", "content": "Hello"}]}
    )
    with pytest.raises(RateLimitError) as caught:
        openrouter.call(send_chat_completion_request, body=body)
    detailed = send_chat_completion_request.sync_detailed(client=openrouter.api, body=body)

    recorded = cassette.response_json(0)
    error = caught.value
    assert error.status_code == 429
    assert error.message == recorded["error"]["message"]
    assert error.retry_after == 7.0
    assert error.rate_limit_limit == 20
    assert error.rate_limit_remaining == 0
    assert error.metadata == recorded["error"]["metadata"]
    assert isinstance(detailed.parsed, ErrorResponse)
    assert detailed.parsed.error.code == 429
    assert detailed.parsed.user_id == recorded["user_id"]
    assert detailed.parsed.error.metadata.additional_properties == recorded["error"]["metadata"]
    cassette.assert_exchanges(("POST", "/chat/completions", None), ("POST", "/chat/completions", None))


def test_create_responses(openrouter: OpenRouter, cassette) -> None:
    request = {"model": "openai/gpt-4o", "input": "Tell me a joke"}
    result = openrouter.call(create_responses, body=OpenResponsesRequest.from_dict(request))

    cassette.assert_exchanges(("POST", "/responses", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert isinstance(result, OpenResponsesNonStreamingResponse)
    assert result.id == body["id"]
    assert result.object_ == "response"
    assert result.status == "completed"
    assert result.model == body["model"]
    assert result.created_at == body["created_at"]
    message, recorded_message = result.output[0], body["output"][0]
    assert message.type_ == "message"
    assert message.role == "assistant"
    assert message.content[0].type_ == "output_text"
    assert message.content[0].text == recorded_message["content"][0]["text"]
    assert result.usage.input_tokens == body["usage"]["input_tokens"]
    assert result.usage.output_tokens == body["usage"]["output_tokens"]
    assert result.usage.total_tokens == body["usage"]["total_tokens"]


def test_create_messages(openrouter: OpenRouter, cassette) -> None:
    request = {
        "model": "anthropic/claude-sonnet-4",
        "max_tokens": 1024,
        "messages": [{"role": "user", "content": "Hello, Claude"}],
    }
    result = openrouter.call(create_messages, body=AnthropicMessagesRequest.from_dict(request))

    cassette.assert_exchanges(("POST", "/messages", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert isinstance(result, AnthropicMessagesResponse)
    assert result.id == body["id"]
    assert result.type_ == "message"
    assert result.role == "assistant"
    assert result.model == body["model"]
    assert result.stop_reason == body["stop_reason"]
    assert result.content[0].type_ == "text"
    assert result.content[0].text == body["content"][0]["text"]
    assert result.usage.input_tokens == body["usage"]["input_tokens"]
    assert result.usage.output_tokens == body["usage"]["output_tokens"]


def test_create_embeddings(openrouter: OpenRouter, cassette) -> None:
    request = {
        "model": "openai/text-embedding-3-small",
        "input": ["The quick brown fox jumps over the lazy dog", "Pack my box with five dozen liquor jugs"],
    }
    result = openrouter.call(create_embeddings, body=CreateEmbeddingsRequest.from_dict(request))

    cassette.assert_exchanges(("POST", "/embeddings", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert isinstance(result, CreateEmbeddingsResponse)
    assert result.model == body["model"]
    assert [item.index for item in result.data] == [0, 1]
    for item, recorded in zip(result.data, body["data"], strict=True):
        assert item.embedding == recorded["embedding"]
        assert all(isinstance(value, float) for value in item.embedding)
    assert result.usage.prompt_tokens == body["usage"]["prompt_tokens"]
    assert result.usage.total_tokens == body["usage"]["total_tokens"]
