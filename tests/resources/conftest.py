"""Fixtures for the facade tests: a loopback emulator and clients pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from openrouter_ext import AsyncOpenRouter, OpenRouter
from openrouter_ext.testing import Emulator


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(keys_page_size=100) as emulator:
        yield emulator


@pytest.fixture
def client(emu: Emulator) -> Iterator[OpenRouter]:
    with OpenRouter(api_key="sk-or-test", base_url=emu.base_url, max_retries=0) as opened:
        yield opened


@pytest.fixture
async def aclient(emu: Emulator) -> AsyncIterator[AsyncOpenRouter]:
    async with AsyncOpenRouter(api_key="sk-or-test", base_url=emu.base_url, max_retries=0) as opened:
        yield opened
