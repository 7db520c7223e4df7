"""Retries that never bill twice: what is retried once a request may have reached the server, and 400s that wrap
a transient upstream status."""

from __future__ import annotations

import types

import httpx
import pytest
from client_helpers import API_KEY, Script

from openrouter_ext import (
    APIConnectionError,
    APITimeoutError,
    AsyncOpenRouter,
    BadRequestError,
    OpenRouter,
)
from openrouter_ext._retries import RetryPolicy, wrapped_status


def _ok() -> httpx.Response:
    return httpx.Response(200, json={"data": {"total_credits": 1}})


def _client(script: Script, **options: object) -> OpenRouter:
    return OpenRouter(API_KEY, http_client=script.sync_client(), **options)  # type: ignore[arg-type]


CHAT_BODY = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}

# Failures where the request was sent and no answer came: the server may be working (and billing) on it.
AFTER_SENT = [
    httpx.ReadTimeout("timed out"),
    httpx.ReadError("Connection reset by peer"),
    httpx.RemoteProtocolError("Server disconnected without sending a response."),
]
# Failures where the request never reached the server whole.
BEFORE_SENT = [
    httpx.ConnectError("Connection refused"),
    httpx.ConnectTimeout("connect timed out"),
    httpx.PoolTimeout("no connection available"),
    httpx.WriteError("Broken pipe"),
]


@pytest.mark.parametrize("failure", AFTER_SENT, ids=lambda e: type(e).__name__)
def test_post_that_may_have_reached_the_server_is_not_retried(
    failure: Exception, create_chat: types.ModuleType, sleeps: list[float]
) -> None:
    script = Script(failure, _ok())
    with pytest.raises(APIConnectionError):
        _client(script).call(create_chat, body=CHAT_BODY)  # type: ignore[arg-type]
    assert len(script.requests) == 1
    assert sleeps == []


def test_post_read_timeout_is_a_typed_timeout_sent_once(create_chat: types.ModuleType, sleeps: list[float]) -> None:
    script = Script(httpx.ReadTimeout("timed out"))
    with pytest.raises(APITimeoutError):
        _client(script).call(create_chat, body=CHAT_BODY)  # type: ignore[arg-type]
    assert len(script.requests) == 1


@pytest.mark.parametrize("failure", BEFORE_SENT, ids=lambda e: type(e).__name__)
def test_post_that_never_reached_the_server_is_retried(
    failure: Exception, create_chat: types.ModuleType, sleeps: list[float]
) -> None:
    script = Script(failure, _ok())
    assert _client(script).call(create_chat, body=CHAT_BODY) == {"data": {"total_credits": 1}}  # type: ignore[arg-type]
    assert len(script.requests) == 2
    assert script.requests[0].content == script.requests[1].content


@pytest.mark.parametrize("failure", AFTER_SENT, ids=lambda e: type(e).__name__)
def test_idempotent_get_is_retried_after_a_read_failure(
    failure: Exception, get_credits: types.ModuleType, sleeps: list[float]
) -> None:
    script = Script(failure, _ok())
    assert _client(script).call(get_credits) == {"total_credits": 1}  # type: ignore[arg-type]
    assert len(script.requests) == 2


def test_policy_opt_in_retries_a_post_after_a_read_timeout() -> None:
    request = httpx.Request("POST", "https://openrouter.ai/api/v1/chat/completions")
    timeout = httpx.ReadTimeout("timed out", request=request)
    assert RetryPolicy().may_retry_error(timeout, "POST") is False
    assert RetryPolicy(retry_after_sent=True).may_retry_error(timeout, "POST") is True
    assert RetryPolicy().may_retry_error(httpx.ConnectError("refused"), "POST") is True
    assert RetryPolicy().may_retry_error(timeout, "delete") is True


@pytest.mark.parametrize("inner", [502, 503, 529, "502", "503", "529", " 529 "])
def test_400_wrapping_a_transient_upstream_status_is_retried(
    inner: int | str, create_chat: types.ModuleType, sleeps: list[float]
) -> None:
    wrapped = httpx.Response(400, json={"error": {"code": inner, "message": "Provider returned error"}})
    script = Script(wrapped, _ok())
    assert _client(script).call(create_chat, body=CHAT_BODY) == {"data": {"total_credits": 1}}  # type: ignore[arg-type]
    assert len(script.requests) == 2
    assert len(sleeps) == 1


@pytest.mark.parametrize(
    "error",
    [
        {"code": 400, "message": "bad model"},
        {"code": "400", "message": "bad model"},
        {"message": "no code at all"},
        {"code": "invalid_request", "message": "a word, not a status"},
        {"code": True, "message": "a boolean is no status"},
    ],
    ids=["int-400", "str-400", "absent", "word", "bool"],
)
def test_400_that_is_a_real_bad_request_is_raised_at_once(
    error: dict[str, object], create_chat: types.ModuleType, sleeps: list[float]
) -> None:
    script = Script(httpx.Response(400, json={"error": error}))
    with pytest.raises(BadRequestError) as info:
        _client(script).call(create_chat, body=CHAT_BODY)  # type: ignore[arg-type]
    assert len(script.requests) == 1
    assert sleeps == []
    assert info.value.message == error["message"]


def test_wrapped_400_that_keeps_failing_raises_the_last_400_with_its_body(
    create_chat: types.ModuleType, sleeps: list[float]
) -> None:
    script = Script(
        *(httpx.Response(400, json={"error": {"code": 503, "message": f"upstream down {n}"}}) for n in range(3))
    )
    with pytest.raises(BadRequestError, match="upstream down 2") as info:
        _client(script).call(create_chat, body=CHAT_BODY)  # type: ignore[arg-type]
    assert len(script.requests) == 3
    assert info.value.code == 503


def test_non_json_400_body_is_not_retried(create_chat: types.ModuleType, sleeps: list[float]) -> None:
    script = Script(httpx.Response(400, text="<html>bad request</html>"))
    with pytest.raises(BadRequestError):
        _client(script).call(create_chat, body=CHAT_BODY)  # type: ignore[arg-type]
    assert len(script.requests) == 1


async def test_async_twin_follows_the_same_rules(create_chat: types.ModuleType, sleeps: list[float]) -> None:
    wrapped = httpx.Response(400, json={"error": {"code": 529, "message": "overloaded"}})
    script = Script(httpx.ReadTimeout("timed out"))
    async with AsyncOpenRouter(API_KEY, http_client=script.async_client()) as client:
        with pytest.raises(APITimeoutError):
            await client.call(create_chat, body=CHAT_BODY)  # type: ignore[arg-type]
    assert len(script.requests) == 1

    script = Script(httpx.ConnectError("refused"), wrapped, _ok())
    async with AsyncOpenRouter(API_KEY, http_client=script.async_client()) as client:
        assert await client.call(create_chat, body=CHAT_BODY) == {"data": {"total_credits": 1}}  # type: ignore[arg-type]
    assert len(script.requests) == 3


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b'{"error": {"code": 502}}', 502),
        (b'{"error": {"code": "529"}}', 529),
        (b'{"error": {"code": "server_error"}}', None),
        (b'{"error": "flat"}', None),
        (b"[1, 2]", None),
        (b"not json", None),
        (b"", None),
    ],
)
def test_wrapped_status_reads_only_an_error_code_that_is_a_status(body: bytes, expected: int | None) -> None:
    assert wrapped_status(body) == expected


def test_client_option_opts_in_to_retrying_a_post_after_a_read_timeout(
    create_chat: types.ModuleType, sleeps: list[float]
) -> None:
    script = Script(httpx.ReadTimeout("timed out"), _ok())
    client = _client(script, retry_after_sent=True)
    assert client.call(create_chat, body=CHAT_BODY) == {"data": {"total_credits": 1}}  # type: ignore[arg-type]
    assert len(script.requests) == 2


def test_with_options_switches_the_opt_in_for_the_copy_only(create_chat: types.ModuleType, sleeps: list[float]) -> None:
    script = Script(httpx.ReadTimeout("timed out"), _ok(), httpx.ReadTimeout("timed out"))
    client = _client(script)
    assert client.with_options(retry_after_sent=True).call(create_chat, body=CHAT_BODY)  # type: ignore[arg-type]
    with pytest.raises(APITimeoutError):
        client.call(create_chat, body=CHAT_BODY)  # type: ignore[arg-type]
    assert len(script.requests) == 3


@pytest.mark.parametrize("value", ["yes", 1, None])
def test_retry_after_sent_must_be_a_bool(value: object) -> None:
    from openrouter_ext import ConfigurationError

    with pytest.raises(ConfigurationError, match="retry_after_sent must be True or False"):
        OpenRouter(API_KEY, retry_after_sent=value)  # type: ignore[arg-type]


def test_the_callers_own_read_timeout_under_a_long_deadline_is_retried_not_called_the_deadline(
    get_credits: types.ModuleType, sleeps: list[float]
) -> None:
    # Only the pool phase is unbounded (so the deadline limits it); the read timeout of 1 s is the caller's own.
    script = Script(httpx.ReadTimeout("timed out"), _ok())
    client = _client(script, timeout=httpx.Timeout(5.0, read=1.0, pool=None), total_timeout=100)
    assert client.call(get_credits) == {"total_credits": 1}  # type: ignore[arg-type]
    assert len(script.requests) == 2
