"""The stream classes of the three endpoints: the generic streams of `_stream.py` bound to an accumulator.

`final()` returns the model the non-streamed call returns (ChatResult, OpenResponsesResult, MessagesResult),
read from the final snapshot's `to_dict()`, which has the non-streamed shape; `snapshot` stays the running
assembly, and `get_final_completion()` (etc.) are the same as `final()`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

from openrouter_ext.streaming._chat import ChatCompletionAccumulator, ChatCompletionSnapshot, chat_text_delta
from openrouter_ext.streaming._messages import MessageAccumulator, MessageSnapshot, message_text_delta
from openrouter_ext.streaming._models import (
    ChatChunk,
    MessageEvent,
    ResponseEvent,
    chat_chunk_on_read,
    message_event_on_read,
    response_event_on_read,
)
from openrouter_ext.streaming._responses import ResponseAccumulator, ResponseSnapshot, response_text_delta
from openrouter_ext.streaming._stream import AsyncStream, Stream

if TYPE_CHECKING:
    from openrouter_api.models.chat_result import ChatResult
    from openrouter_api.models.messages_result import MessagesResult
    from openrouter_api.models.open_responses_result import OpenResponsesResult

__all__ = [
    "AsyncChatStream",
    "AsyncMessageStream",
    "AsyncResponseStream",
    "ChatStream",
    "MessageStream",
    "ResponseStream",
]


# The result models are imported on the first final(), so that importing the client loads no generated model.
def _chat_result(snapshot: ChatCompletionSnapshot) -> ChatResult:
    from openrouter_api.models.chat_result import ChatResult

    return ChatResult.from_dict(snapshot.to_dict())


def _response_result(snapshot: ResponseSnapshot) -> OpenResponsesResult:
    from openrouter_api.models.open_responses_result import OpenResponsesResult

    return OpenResponsesResult.from_dict(snapshot.to_dict())


def _message_result(snapshot: MessageSnapshot) -> MessagesResult:
    from openrouter_api.models.messages_result import MessagesResult

    return MessagesResult.from_dict(snapshot.to_dict())


def _chat_delta(event: Mapping[str, Any], *, choice: int) -> str:
    return chat_text_delta(event, choice)


class ChatStream(Stream[ChatChunk, ChatCompletionSnapshot, "ChatResult"]):
    """A streamed chat completion: iterate it for chunks, or use `text()`, `snapshot` and `final()`.

    The stream is complete when `data: [DONE]` arrives.
    """

    _terminator = "data: [DONE]"

    def _new_accumulator(self, generation_id: str | None) -> ChatCompletionAccumulator:
        return ChatCompletionAccumulator(generation_id=generation_id)

    def _result(self, snapshot: ChatCompletionSnapshot) -> ChatResult:
        return _chat_result(snapshot)

    def _parse(self, event: dict[str, Any]) -> ChatChunk:
        return chat_chunk_on_read(event, self._failures)

    def text(self, choice: int = 0) -> Iterator[str]:
        """The content fragments of choice `choice` as they arrive."""
        return self._text(partial(_chat_delta, choice=choice))

    def get_final_completion(self) -> ChatResult:
        """Same as `final()`."""
        return self.final()


class AsyncChatStream(AsyncStream[ChatChunk, ChatCompletionSnapshot, "ChatResult"]):
    """Async twin of `ChatStream`."""

    _terminator = "data: [DONE]"

    def _new_accumulator(self, generation_id: str | None) -> ChatCompletionAccumulator:
        return ChatCompletionAccumulator(generation_id=generation_id)

    def _result(self, snapshot: ChatCompletionSnapshot) -> ChatResult:
        return _chat_result(snapshot)

    def _parse(self, event: dict[str, Any]) -> ChatChunk:
        return chat_chunk_on_read(event, self._failures)

    def text(self, choice: int = 0) -> AsyncIterator[str]:
        """The content fragments of choice `choice` as they arrive."""
        return self._text(partial(_chat_delta, choice=choice))

    async def get_final_completion(self) -> ChatResult:
        """Same as `final()`."""
        return await self.final()


class ResponseStream(Stream[ResponseEvent, ResponseSnapshot, "OpenResponsesResult"]):
    """A streamed /responses call: iterate it for events, or use `text()`, `snapshot` and `final()`.

    The stream is complete on `response.completed` or `response.incomplete` (or `data: [DONE]`); `response.failed`
    and `error` events raise StreamError.
    """

    _terminator = "response.completed or data: [DONE]"

    def _new_accumulator(self, generation_id: str | None) -> ResponseAccumulator:
        return ResponseAccumulator(generation_id=generation_id)

    def _result(self, snapshot: ResponseSnapshot) -> OpenResponsesResult:
        return _response_result(snapshot)

    def _parse(self, event: dict[str, Any]) -> ResponseEvent:
        return response_event_on_read(event, self._failures)

    def text(self) -> Iterator[str]:
        """The output text fragments (`response.output_text.delta`) as they arrive."""
        return self._text(response_text_delta)

    def get_final_response(self) -> OpenResponsesResult:
        """Same as `final()`."""
        return self.final()


class AsyncResponseStream(AsyncStream[ResponseEvent, ResponseSnapshot, "OpenResponsesResult"]):
    """Async twin of `ResponseStream`."""

    _terminator = "response.completed or data: [DONE]"

    def _new_accumulator(self, generation_id: str | None) -> ResponseAccumulator:
        return ResponseAccumulator(generation_id=generation_id)

    def _result(self, snapshot: ResponseSnapshot) -> OpenResponsesResult:
        return _response_result(snapshot)

    def _parse(self, event: dict[str, Any]) -> ResponseEvent:
        return response_event_on_read(event, self._failures)

    def text(self) -> AsyncIterator[str]:
        """The output text fragments (`response.output_text.delta`) as they arrive."""
        return self._text(response_text_delta)

    async def get_final_response(self) -> OpenResponsesResult:
        """Same as `final()`."""
        return await self.final()


class MessageStream(Stream[MessageEvent, MessageSnapshot, "MessagesResult"]):
    """A streamed /messages call: iterate it for events, or use `text()`, `snapshot` and `final()`.

    The stream is complete on `message_stop` (a trailing `data: [DONE]` is optional); an `error` event raises
    StreamError.
    """

    _terminator = "message_stop"
    _type_from_event_name = True

    def _new_accumulator(self, generation_id: str | None) -> MessageAccumulator:
        return MessageAccumulator(generation_id=generation_id)

    def _result(self, snapshot: MessageSnapshot) -> MessagesResult:
        return _message_result(snapshot)

    def _parse(self, event: dict[str, Any]) -> MessageEvent:
        return message_event_on_read(event, self._failures)

    def text(self) -> Iterator[str]:
        """The text fragments (`text_delta`) as they arrive."""
        return self._text(message_text_delta)

    def get_final_message(self) -> MessagesResult:
        """Same as `final()`."""
        return self.final()


class AsyncMessageStream(AsyncStream[MessageEvent, MessageSnapshot, "MessagesResult"]):
    """Async twin of `MessageStream`."""

    _terminator = "message_stop"
    _type_from_event_name = True

    def _new_accumulator(self, generation_id: str | None) -> MessageAccumulator:
        return MessageAccumulator(generation_id=generation_id)

    def _result(self, snapshot: MessageSnapshot) -> MessagesResult:
        return _message_result(snapshot)

    def _parse(self, event: dict[str, Any]) -> MessageEvent:
        return message_event_on_read(event, self._failures)

    def text(self) -> AsyncIterator[str]:
        """The text fragments (`text_delta`) as they arrive."""
        return self._text(message_text_delta)

    async def get_final_message(self) -> MessagesResult:
        """Same as `final()`."""
        return await self.final()
