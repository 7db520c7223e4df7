"""Client options: where each comes from, what is checked, and what reaches the wire."""

from __future__ import annotations

import httpx
import pytest
from client_helpers import API_KEY, Script

from openrouter_ext import DEFAULT_TIMEOUT, AsyncOpenRouter, ConfigurationError, OpenRouter


def _ok() -> httpx.Response:
    return httpx.Response(200, json={"data": {"total_credits": 1}})


def test_missing_key_names_the_environment_variable() -> None:
    with pytest.raises(ConfigurationError, match="OPENROUTER_API_KEY"):
        OpenRouter()
    with pytest.raises(ConfigurationError, match="OPENROUTER_API_KEY"):
        AsyncOpenRouter()


def test_key_from_environment_is_sent_as_bearer(monkeypatch: pytest.MonkeyPatch, get_credits: object) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", f"  {API_KEY}\n")  # stray whitespace from a shell export is dropped
    script = Script(_ok())
    with OpenRouter(http_client=script.sync_client()) as client:
        client.call(get_credits)  # type: ignore[arg-type]
    assert script.requests[0].headers["authorization"] == f"Bearer {API_KEY}"


def test_explicit_key_wins_over_environment(monkeypatch: pytest.MonkeyPatch, get_credits: object) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", "sk-from-env")
    script = Script(_ok())
    with OpenRouter("sk-explicit", http_client=script.sync_client()) as client:
        client.call(get_credits)  # type: ignore[arg-type]
    assert script.requests[0].headers["authorization"] == "Bearer sk-explicit"


@pytest.mark.parametrize("bad", ["", "   ", "sk-or with space", "sk-or\nnext"])
def test_malformed_key_is_rejected_without_echoing_it(bad: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        OpenRouter(bad)
    if bad.strip():
        assert bad.strip() not in str(info.value)


def test_key_of_wrong_type_is_rejected() -> None:
    with pytest.raises(ConfigurationError, match="must be a string"):
        OpenRouter(123)  # type: ignore[arg-type]


def test_base_url_default_env_and_argument(monkeypatch: pytest.MonkeyPatch) -> None:
    assert OpenRouter(API_KEY).base_url == "https://openrouter.ai/api/v1"
    monkeypatch.setenv("OPENROUTER_BASE_URL", "http://127.0.0.1:8080/api/v1/")
    assert OpenRouter(API_KEY).base_url == "http://127.0.0.1:8080/api/v1"
    assert OpenRouter(API_KEY, base_url="https://proxy.example/or").base_url == "https://proxy.example/or"


def test_relative_operation_urls_land_under_the_base_path(get_credits: object) -> None:
    script = Script(_ok())
    with OpenRouter(API_KEY, base_url="https://gw.example/prefix/api/v1", http_client=script.sync_client()) as client:
        client.call(get_credits)  # type: ignore[arg-type]
    assert str(script.requests[0].url) == "https://gw.example/prefix/api/v1/credits"


@pytest.mark.parametrize("bad", ["openrouter.ai/api/v1", "ftp://openrouter.ai", "https://", "https://x/?a=1"])
def test_bad_base_url_is_a_configuration_error(bad: str) -> None:
    with pytest.raises(ConfigurationError, match="base_url"):
        OpenRouter(API_KEY, base_url=bad)


def test_bad_base_url_from_environment_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENROUTER_BASE_URL", "not a url")
    with pytest.raises(ConfigurationError, match="OPENROUTER_BASE_URL"):
        OpenRouter(API_KEY)


def test_attribution_headers_from_arguments(get_credits: object) -> None:
    script = Script(_ok())
    client = OpenRouter(
        API_KEY,
        app_url="https://myapp.example",
        app_title="My App",
        app_categories=["cli-agent", "programming-app"],
        http_client=script.sync_client(),
    )
    client.call(get_credits)  # type: ignore[arg-type]
    headers = script.requests[0].headers
    assert headers["http-referer"] == "https://myapp.example"
    assert headers["x-openrouter-title"] == "My App"
    assert headers["x-openrouter-categories"] == "cli-agent,programming-app"


def test_attribution_headers_from_environment(monkeypatch: pytest.MonkeyPatch, get_credits: object) -> None:
    monkeypatch.setenv("OPENROUTER_APP_URL", "https://env.example")
    monkeypatch.setenv("OPENROUTER_APP_TITLE", "Env App")
    monkeypatch.setenv("OPENROUTER_APP_CATEGORIES", "cli-agent, programming-app")
    script = Script(_ok())
    OpenRouter(API_KEY, http_client=script.sync_client()).call(get_credits)  # type: ignore[arg-type]
    headers = script.requests[0].headers
    assert headers["http-referer"] == "https://env.example"
    assert headers["x-openrouter-title"] == "Env App"
    assert headers["x-openrouter-categories"] == "cli-agent,programming-app"


def test_no_attribution_headers_unless_configured(get_credits: object) -> None:
    script = Script(_ok())
    OpenRouter(API_KEY, http_client=script.sync_client()).call(get_credits)  # type: ignore[arg-type]
    headers = script.requests[0].headers
    assert "http-referer" not in headers
    assert "x-openrouter-title" not in headers
    assert "x-openrouter-categories" not in headers


def test_more_than_two_categories_is_rejected() -> None:
    with pytest.raises(ConfigurationError, match="at most 2"):
        OpenRouter(API_KEY, app_categories="a,b,c")


def test_header_values_with_line_breaks_are_rejected() -> None:
    with pytest.raises(ConfigurationError, match="app_title"):
        OpenRouter(API_KEY, app_title="x\r\nInjected: 1")
    with pytest.raises(ConfigurationError, match="X-Custom"):
        OpenRouter(API_KEY, default_headers={"X-Custom": "a\nb"})


def test_default_headers_are_sent_and_override_ours(get_credits: object) -> None:
    script = Script(_ok())
    client = OpenRouter(
        API_KEY,
        app_title="Ours",
        default_headers={"X-Custom": "1", "X-OpenRouter-Title": "Theirs"},
        http_client=script.sync_client(),
    )
    client.call(get_credits)  # type: ignore[arg-type]
    assert script.requests[0].headers["x-custom"] == "1"
    assert script.requests[0].headers["x-openrouter-title"] == "Theirs"


def test_default_timeout_is_long_enough_for_reasoning_models() -> None:
    client = OpenRouter(API_KEY)
    assert client.timeout == DEFAULT_TIMEOUT
    assert client.timeout.read is not None
    assert client.timeout.read >= 300
    assert client.timeout.connect is not None
    assert client.timeout.connect <= 10
    assert client.max_retries == 2


def test_timeout_reaches_the_request(get_credits: object) -> None:
    script = Script(_ok(), _ok())
    client = OpenRouter(API_KEY, timeout=httpx.Timeout(12.0, connect=3.0), http_client=script.sync_client())
    client.call(get_credits)  # type: ignore[arg-type]
    assert script.requests[0].extensions["timeout"] == {"connect": 3.0, "read": 12.0, "write": 12.0, "pool": 12.0}
    client.with_options(timeout=7).call(get_credits)  # type: ignore[arg-type]
    assert script.requests[1].extensions["timeout"] == {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0}


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("timeout", -1),
        ("timeout", 0),
        ("timeout", "30"),
        ("max_retries", -1),
        ("max_retries", 1.5),
        ("total_timeout", 0),
        ("raise_on_generation_error", "no"),
    ],
)
def test_bad_options_raise_configuration_error_naming_them(option: str, value: object) -> None:
    with pytest.raises(ConfigurationError, match=option):
        OpenRouter(API_KEY, **{option: value})  # type: ignore[arg-type]


def test_http_client_of_the_wrong_kind_is_rejected() -> None:
    with pytest.raises(ConfigurationError, match=r"needs an httpx\.Client"):
        OpenRouter(API_KEY, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match=r"needs an httpx\.AsyncClient"):
        AsyncOpenRouter(API_KEY, http_client=httpx.Client())  # type: ignore[arg-type]


def test_injected_client_is_used_and_never_closed(get_credits: object) -> None:
    hooked: list[str] = []
    script = Script(_ok(), _ok())
    mine = script.sync_client(
        headers={"X-From-My-Client": "yes"},
        event_hooks={"request": [lambda request: hooked.append(str(request.url))]},
    )
    with OpenRouter(API_KEY, http_client=mine) as client:
        client.call(get_credits)  # type: ignore[arg-type]
    assert not mine.is_closed
    assert hooked == ["https://openrouter.ai/api/v1/credits"]
    assert script.requests[0].headers["x-from-my-client"] == "yes"
    # Still usable by its owner after our client is gone.
    assert mine.get("https://openrouter.ai/api/v1/credits").status_code == 200


async def test_injected_async_client_is_never_closed(get_credits: object) -> None:
    script = Script(_ok())
    mine = script.async_client()
    async with AsyncOpenRouter(API_KEY, http_client=mine) as client:
        await client.call(get_credits)  # type: ignore[arg-type]
    assert not mine.is_closed
    await mine.aclose()


def test_close_releases_our_own_pool() -> None:
    client = OpenRouter(API_KEY)
    pool = client._pool
    with client:
        pass
    assert pool.is_closed


def test_with_options_copy_shares_the_pool_and_keeps_the_original(get_credits: object) -> None:
    script = Script(_ok(), _ok())
    client = OpenRouter(API_KEY, max_retries=2, http_client=script.sync_client())
    copy = client.with_options(max_retries=0, headers={"X-Per-Call": "1"}, timeout=9)
    assert copy._pool is client._pool
    assert (copy.max_retries, client.max_retries) == (0, 2)
    assert copy.timeout == httpx.Timeout(9)
    copy.call(get_credits)  # type: ignore[arg-type]
    client.call(get_credits)  # type: ignore[arg-type]
    assert script.requests[0].headers["x-per-call"] == "1"
    assert "x-per-call" not in script.requests[1].headers


def test_closing_a_copy_leaves_the_shared_pool_open(get_credits: object) -> None:
    client = OpenRouter(API_KEY)
    pool = client._pool
    client.with_options(timeout=5).close()
    assert not pool.is_closed
    client.close()
    assert pool.is_closed


def test_with_options_can_switch_key_for_management_calls(get_credits: object) -> None:
    script = Script(_ok())
    client = OpenRouter(API_KEY, http_client=script.sync_client())
    client.with_options(api_key="sk-or-mgmt").call(get_credits)  # type: ignore[arg-type]
    assert script.requests[0].headers["authorization"] == "Bearer sk-or-mgmt"


def test_with_options_rejects_bad_values() -> None:
    client = OpenRouter(API_KEY)
    with pytest.raises(ConfigurationError, match="max_retries"):
        client.with_options(max_retries=-2)
    with pytest.raises(ConfigurationError, match="timeout"):
        client.with_options(timeout=-5)
