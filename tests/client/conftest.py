"""Fixtures for the client tests: fake operation modules, a scripted MockTransport and a recording sleep."""

from __future__ import annotations

import types
from collections.abc import Iterator

import pytest
from client_helpers import make_operation

from openrouter_ext import _retries


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's own OpenRouter settings."""
    for name in (
        "OPENROUTER_API_KEY",
        "OPENROUTER_BASE_URL",
        "OPENROUTER_APP_URL",
        "OPENROUTER_APP_TITLE",
        "OPENROUTER_APP_CATEGORIES",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Replace the retry sleeps with ones that only record how long they were asked to wait."""
    recorded: list[float] = []

    async def async_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(_retries, "_sleep", recorded.append)
    monkeypatch.setattr(_retries, "_async_sleep", async_sleep)
    return recorded


@pytest.fixture
def get_credits() -> types.ModuleType:
    return make_operation("get_credits", parse=lambda response: response.json()["data"])


@pytest.fixture
def create_chat() -> types.ModuleType:
    return make_operation("create_chat", method="POST", url="/chat/completions")


@pytest.fixture
def caplog_debug(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    with caplog.at_level("DEBUG", logger="openrouter_ext"):
        yield caplog
