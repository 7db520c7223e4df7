"""The API key never shows in a repr, str, log line or exception."""

from __future__ import annotations

import logging
import types

import httpx
import pytest
from client_helpers import API_KEY, Script, error_response

from openrouter_ext import APIConnectionError, APIStatusError, AsyncOpenRouter, ConfigurationError, OpenRouter


def test_key_absent_from_client_repr_and_str() -> None:
    for client in (OpenRouter(API_KEY), AsyncOpenRouter(API_KEY), OpenRouter(API_KEY).with_options(timeout=3)):
        assert API_KEY not in repr(client)
        assert API_KEY not in str(client)
        assert API_KEY not in repr(client._config)
        assert API_KEY not in repr(vars(client))


def test_key_absent_from_logs_of_a_retried_call(
    get_credits: types.ModuleType, sleeps: list[float], caplog_debug: pytest.LogCaptureFixture
) -> None:
    script = Script(error_response(429, headers={"Retry-After": "1"}), httpx.Response(200, json={"data": {}}))
    OpenRouter(API_KEY, http_client=script.sync_client()).call(get_credits)  # type: ignore[arg-type]
    records = [record for record in caplog_debug.records if record.name.startswith("openrouter_ext")]
    text = "\n".join(record.getMessage() for record in records)
    assert any(record.levelno == logging.INFO and "Retrying" in record.getMessage() for record in records)
    assert "HTTP request: GET https://openrouter.ai/api/v1/credits" in text
    assert "'authorization': '[redacted]'" in text
    assert API_KEY not in text
    assert script.requests[0].headers["authorization"] == f"Bearer {API_KEY}"  # it was sent, just not logged


def test_bodies_are_not_logged(create_chat: types.ModuleType, caplog_debug: pytest.LogCaptureFixture) -> None:
    script = Script(httpx.Response(200, json={"answer": "private-reply-text"}))
    OpenRouter(API_KEY, http_client=script.sync_client()).call(create_chat, body={"prompt": "private-prompt-text"})  # type: ignore[arg-type]
    text = "\n".join(record.getMessage() for record in caplog_debug.records)
    assert "HTTP response" in text
    assert "private-prompt-text" not in text
    assert "private-reply-text" not in text


def test_key_absent_from_status_errors(get_credits: types.ModuleType) -> None:
    # Even when the server echoes the header back, the error renders only status and message.
    script = Script(error_response(401, "Invalid key", headers={"X-Echo": f"Bearer {API_KEY}"}))
    with pytest.raises(APIStatusError) as info:
        OpenRouter(API_KEY, max_retries=0, http_client=script.sync_client()).call(get_credits)  # type: ignore[arg-type]
    assert API_KEY not in str(info.value)
    assert API_KEY not in repr(info.value)


def test_key_absent_from_connection_errors(get_credits: types.ModuleType, sleeps: list[float]) -> None:
    script = Script(*(httpx.ConnectError("refused") for _ in range(3)))
    with pytest.raises(APIConnectionError) as info:
        OpenRouter(API_KEY, http_client=script.sync_client()).call(get_credits)  # type: ignore[arg-type]
    assert API_KEY not in str(info.value)
    assert API_KEY not in repr(info.value)


def test_key_absent_from_configuration_errors() -> None:
    with pytest.raises(ConfigurationError) as info:
        OpenRouter(f"{API_KEY} trailing")
    assert API_KEY not in str(info.value)
    with pytest.raises(ConfigurationError) as info:
        OpenRouter(API_KEY, default_headers={"X-Token": f"{API_KEY}\n"})
    assert API_KEY not in str(info.value)
