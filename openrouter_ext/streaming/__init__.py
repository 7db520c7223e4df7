"""Streaming for chat completions, responses and messages.

`client.chat.stream(...)`, `client.responses.stream(...)` and `client.messages.stream(...)` (generated with the
facade; see `_resources.py`) are context managers over the stream classes defined here. The accumulators also
work alone: feed them decoded events obtained any other way with `add()` and read `snapshot` / `final()`.
"""

from openrouter_ext.streaming._chat import (
    ChatChoiceSnapshot,
    ChatCompletionAccumulator,
    ChatCompletionSnapshot,
    ChatToolCallSnapshot,
)
from openrouter_ext.streaming._endpoint_streams import (
    AsyncChatStream,
    AsyncMessageStream,
    AsyncResponseStream,
    ChatStream,
    MessageStream,
    ResponseStream,
)
from openrouter_ext.streaming._messages import MessageAccumulator, MessageSnapshot
from openrouter_ext.streaming._responses import ResponseAccumulator, ResponseSnapshot
from openrouter_ext.streaming._stream import AsyncStream, Stream, StreamAccumulator

__all__ = [
    "AsyncChatStream",
    "AsyncMessageStream",
    "AsyncResponseStream",
    "AsyncStream",
    "ChatChoiceSnapshot",
    "ChatCompletionAccumulator",
    "ChatCompletionSnapshot",
    "ChatStream",
    "ChatToolCallSnapshot",
    "MessageAccumulator",
    "MessageSnapshot",
    "MessageStream",
    "ResponseAccumulator",
    "ResponseSnapshot",
    "ResponseStream",
    "Stream",
    "StreamAccumulator",
]
