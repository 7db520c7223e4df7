"""Streaming for chat completions, responses and messages.

`client.chat.stream(...)`, `client.responses.stream(...)` and `client.messages.stream(...)` return context managers
over the stream classes defined here; the accumulators also work alone, fed with chunks obtained any other way.
"""

from openrouter_ext.streaming._chat import (
    ChatChoiceSnapshot,
    ChatCompletionAccumulator,
    ChatCompletionSnapshot,
    ChatToolCallSnapshot,
)
from openrouter_ext.streaming._endpoint_streams import AsyncChatStream, ChatStream
from openrouter_ext.streaming._stream import AsyncStream, Stream, StreamAccumulator

__all__ = [
    "AsyncChatStream",
    "AsyncStream",
    "ChatChoiceSnapshot",
    "ChatCompletionAccumulator",
    "ChatCompletionSnapshot",
    "ChatStream",
    "ChatToolCallSnapshot",
    "Stream",
    "StreamAccumulator",
]
