"""Fixtures for the connection tests: a test CA the default pool trusts, the servers, the emulator."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from connection_helpers import API_KEY, BodyServer, Clock, H2Server

from openrouter_ext import _circuit, _retries
from openrouter_ext.testing import Emulator


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's own OpenRouter or proxy settings."""
    for name in (
        "OPENROUTER_API_KEY",
        "OPENROUTER_BASE_URL",
        "HTTPS_PROXY",
        "HTTP_PROXY",
        "ALL_PROXY",
        "https_proxy",
        "http_proxy",
        "all_proxy",
        "SSL_CERT_DIR",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def trusted_ca(ca: trustme.CA, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> trustme.CA:
    """The test CA, trusted by the pool our client creates (httpx reads SSL_CERT_FILE, as for any user)."""
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    monkeypatch.setenv("SSL_CERT_FILE", str(path))
    return ca


@pytest.fixture
def h2_server(trusted_ca: trustme.CA) -> Iterator[H2Server]:
    with H2Server(trusted_ca) as server:
        yield server


@pytest.fixture
def body_server() -> Iterator[BodyServer]:
    with BodyServer() as server:
        yield server


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(api_key=API_KEY) as emulator:
        yield emulator


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(_circuit, "_monotonic", fake)
    return fake


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Replace the retry sleeps with ones that only record how long they were asked to wait."""
    recorded: list[float] = []

    async def async_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(_retries, "_sleep", recorded.append)
    monkeypatch.setattr(_retries, "_async_sleep", async_sleep)
    return recorded
