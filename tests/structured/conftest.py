"""Fixtures for structured outputs and the tool loop: a loopback emulator, and the chat/responses resources.

Until `openrouter_ext/_facade.py` mixes the structured mixins into `client.chat` and `client.responses`, the
fixtures compose the same classes the facade would (the mixin first, then the generated resource); once it
does, they hand out `client.chat` itself, so these tests cover the real attribute.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from openrouter_api.api.chat import AsyncChat, Chat
from openrouter_api.api.responses import AsyncResponses, Responses

from openrouter_ext import AsyncOpenRouter, OpenRouter
from openrouter_ext.structured import (
    AsyncStructuredChatMixin,
    AsyncStructuredResponsesMixin,
    StructuredChatMixin,
    StructuredResponsesMixin,
)
from openrouter_ext.testing import Emulator


class ComposedChat(StructuredChatMixin, Chat):
    """What `client.chat` is once the facade mixes structured outputs in."""


class AsyncComposedChat(AsyncStructuredChatMixin, AsyncChat):
    """What `client.chat` on AsyncOpenRouter is once the facade mixes structured outputs in."""


class ComposedResponses(StructuredResponsesMixin, Responses):
    """What `client.responses` is once the facade mixes structured outputs in."""


class AsyncComposedResponses(AsyncStructuredResponsesMixin, AsyncResponses):
    """What `client.responses` on AsyncOpenRouter is once the facade mixes structured outputs in."""


def structured(resource: Any, mixin: type, composed: type, client: Any) -> Any:
    return resource if isinstance(resource, mixin) else composed(client)


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator() as emulator:
        yield emulator


@pytest.fixture
def client(emu: Emulator) -> Iterator[OpenRouter]:
    with OpenRouter(api_key="sk-or-test", base_url=emu.base_url, max_retries=0) as opened:
        yield opened


@pytest.fixture
async def aclient(emu: Emulator) -> AsyncIterator[AsyncOpenRouter]:
    async with AsyncOpenRouter(api_key="sk-or-test", base_url=emu.base_url, max_retries=0) as opened:
        yield opened


@pytest.fixture
def chat(client: OpenRouter) -> ComposedChat:
    composed: ComposedChat = structured(client.chat, StructuredChatMixin, ComposedChat, client)
    return composed


@pytest.fixture
def achat(aclient: AsyncOpenRouter) -> AsyncComposedChat:
    composed: AsyncComposedChat = structured(aclient.chat, AsyncStructuredChatMixin, AsyncComposedChat, aclient)
    return composed


@pytest.fixture
def responses(client: OpenRouter) -> ComposedResponses:
    composed: ComposedResponses = structured(client.responses, StructuredResponsesMixin, ComposedResponses, client)
    return composed


@pytest.fixture
def aresponses(aclient: AsyncOpenRouter) -> AsyncComposedResponses:
    composed: AsyncComposedResponses = structured(
        aclient.responses, AsyncStructuredResponsesMixin, AsyncComposedResponses, aclient
    )
    return composed
