"""The command-line tool runs in-process (`main([...])`) against the loopback emulator; capsys reads its output."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from cli_helpers import API_KEY, MANAGEMENT_KEY

from openrouter_ext import _retries
from openrouter_ext.testing import Emulator

ENVIRONMENT = (
    "OPENROUTER_API_KEY",
    "OPENROUTER_MANAGEMENT_KEY",
    "OPENROUTER_BASE_URL",
    "OPENROUTER_APP_URL",
    "OPENROUTER_APP_TITLE",
    "OPENROUTER_APP_CATEGORIES",
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's own keys or base URL must not steer the tests (nor reach the real API)."""
    for name in ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def no_backoff_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries still happen; only the waits between them are skipped."""
    monkeypatch.setattr(_retries, "_sleep", lambda seconds: None)


@pytest.fixture
def emu() -> Iterator[Emulator]:
    """Keys and guardrails spread over several small pages."""
    with Emulator(api_key=API_KEY, management_key=MANAGEMENT_KEY, keys_page_size=3) as emulator:
        yield emulator


@pytest.fixture
def api_args(emu: Emulator) -> list[str]:
    """Global options for an inference command."""
    return ["--base-url", emu.base_url, "--api-key", API_KEY]


@pytest.fixture
def management_args(emu: Emulator) -> list[str]:
    return ["--base-url", emu.base_url, "--api-key", MANAGEMENT_KEY]
