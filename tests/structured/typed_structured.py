"""How a user calls structured outputs and the tool loop; type-checked with mypy --strict by test_typing.py.

The classes below are composed the way openrouter_ext/_facade.py composes `client.chat` and `client.responses`,
so mypy also checks that the mixins' `stream` fits the generated one they override. `reveal_type` lines are
compared with mypy's output by the test.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from openrouter_api.api.chat import AsyncChat, Chat
from openrouter_api.api.responses import AsyncResponses, Responses
from structured_models import Route, Weather, WeatherAttrs, WeatherDict

from openrouter_ext import AsyncOpenRouter, OpenRouter
from openrouter_ext.structured import (
    AsyncStructuredChatMixin,
    AsyncStructuredResponsesMixin,
    JsonSchema,
    StructuredChatMixin,
    StructuredResponsesMixin,
)

if not TYPE_CHECKING:

    def reveal_type(value: object) -> object:
        return value


class ChatFacade(StructuredChatMixin, Chat):
    pass


class AsyncChatFacade(AsyncStructuredChatMixin, AsyncChat):
    pass


class ResponsesFacade(StructuredResponsesMixin, Responses):
    pass


class AsyncResponsesFacade(AsyncStructuredResponsesMixin, AsyncResponses):
    pass


MESSAGES: list[dict[str, Any]] = [{"role": "user", "content": "{}"}]


def lookup(query: str) -> str:
    return query


def sync_usage(client: OpenRouter) -> None:
    chat = ChatFacade(client)
    reveal_type(chat.parse(model="m", messages=MESSAGES, response_format=Weather).parsed)
    reveal_type(chat.parse(model="m", messages=MESSAGES, response_format=WeatherDict).parsed)
    reveal_type(chat.parse(model="m", messages=MESSAGES, response_format=WeatherAttrs).parsed)
    reveal_type(chat.parse(model="m", messages=MESSAGES, response_format=Route).parsed)
    reveal_type(chat.parse(model="m", messages=MESSAGES, response_format=JsonSchema({"type": "object"})).parsed)
    reveal_type(chat.parse(model="m", messages=MESSAGES, response_format=Weather).result)
    with chat.stream(model="m", messages=MESSAGES, response_format=Weather) as stream:
        reveal_type(stream.final().parsed)
    with chat.stream(model="m", messages=MESSAGES) as plain:
        reveal_type(plain)
    reveal_type(ResponsesFacade(client).parse(model="m", input="x", response_format=Weather).parsed)
    reveal_type(chat.run_tools(model="m", messages=MESSAGES, tools=[lookup]))


async def async_usage(client: AsyncOpenRouter) -> None:
    chat = AsyncChatFacade(client)
    reveal_type((await chat.parse(model="m", messages=MESSAGES, response_format=Weather)).parsed)
    async with chat.stream(model="m", messages=MESSAGES, response_format=Route) as stream:
        reveal_type((await stream.final()).parsed)
    reveal_type((await AsyncResponsesFacade(client).parse(model="m", input="x", response_format=Route)).parsed)
    reveal_type(await chat.run_tools(model="m", messages=MESSAGES, tools=[lookup]))
