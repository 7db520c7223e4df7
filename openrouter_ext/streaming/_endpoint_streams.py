"""The stream classes of the three endpoints: the generic streams of `_stream.py` bound to an accumulator."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import partial
from typing import Any

from openrouter_ext.streaming._chat import ChatCompletionAccumulator, ChatCompletionSnapshot, chat_text_delta
from openrouter_ext.streaming._models import ChatChunk, parse_chat_chunk
from openrouter_ext.streaming._stream import AsyncStream, Stream

__all__ = ["AsyncChatStream", "ChatStream"]


class ChatStream(Stream[ChatChunk, ChatCompletionSnapshot]):
    """A streamed chat completion: iterate it for chunks, or use `text()`, `snapshot` and `final()`."""

    _terminator = "data: [DONE]"

    def _new_accumulator(self, generation_id: str | None) -> ChatCompletionAccumulator:
        return ChatCompletionAccumulator(generation_id=generation_id)

    def _parse(self, event: dict[str, Any]) -> ChatChunk:
        return parse_chat_chunk(event)

    def text(self, choice: int = 0) -> Iterator[str]:
        """The content fragments of choice `choice` as they arrive."""
        return self._text(partial(_chat_delta, choice=choice))

    def get_final_completion(self) -> ChatCompletionSnapshot:
        """Same as `final()`."""
        return self.final()


class AsyncChatStream(AsyncStream[ChatChunk, ChatCompletionSnapshot]):
    """Async twin of `ChatStream`."""

    _terminator = "data: [DONE]"

    def _new_accumulator(self, generation_id: str | None) -> ChatCompletionAccumulator:
        return ChatCompletionAccumulator(generation_id=generation_id)

    def _parse(self, event: dict[str, Any]) -> ChatChunk:
        return parse_chat_chunk(event)

    def text(self, choice: int = 0) -> AsyncIterator[str]:
        """The content fragments of choice `choice` as they arrive."""
        return self._text(partial(_chat_delta, choice=choice))

    async def get_final_completion(self) -> ChatCompletionSnapshot:
        """Same as `final()`."""
        return await self.final()


def _chat_delta(event: Mapping[str, Any], *, choice: int) -> str:
    return chat_text_delta(event, choice)
