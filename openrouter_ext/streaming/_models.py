"""The one place where decoded stream events become the objects users iterate over.

Accumulators always work on the decoded dicts (cheap, and nothing is re-serialized); only what `for event in
stream` yields goes through here.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "ChatChunk",
    "MessageEvent",
    "ResponseEvent",
    "parse_chat_chunk",
    "parse_message_event",
    "parse_response_event",
]

ChatChunk = dict[str, Any]
ResponseEvent = dict[str, Any]
MessageEvent = dict[str, Any]


def parse_chat_chunk(data: dict[str, Any]) -> ChatChunk:
    return data


def parse_response_event(data: dict[str, Any]) -> ResponseEvent:
    return data


def parse_message_event(data: dict[str, Any]) -> MessageEvent:
    return data
