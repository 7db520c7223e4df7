"""Load: 100 concurrent async streams through one AsyncOpenRouter, each with its own answer."""

from __future__ import annotations

import asyncio

import pytest
from fault_helpers import NO_HANG_SECONDS, assert_all_closed, assert_key_nowhere, async_client

from openrouter_ext import AsyncOpenRouter
from openrouter_ext.testing import Behaviour, Emulator

STREAMS = 100


async def echo(client: AsyncOpenRouter, number: int) -> str:
    """Stream the echo model's answer to a message of its own, so that crossed streams would show."""
    message = f"stream {number} says " + " ".join(f"w{number}x{i}" for i in range(6))
    async with client.chat.stream(model="emulator/echo", messages=[{"role": "user", "content": message}]) as stream:
        await stream.final()
        text = stream.snapshot.text
    assert text == message
    return text


def test_one_hundred_concurrent_streams_through_one_client(emu: Emulator, logs: pytest.LogCaptureFixture) -> None:
    # A small delay between events keeps the streams open together, so they really share the pool.
    emu.behaviour = Behaviour(chunk_delay=0.01)

    async def run_all() -> list[str]:
        async with async_client(emu, timeout=NO_HANG_SECONDS) as client:
            return await asyncio.wait_for(
                asyncio.gather(*(echo(client, number) for number in range(STREAMS))), NO_HANG_SECONDS * 3
            )

    texts = asyncio.run(run_all())
    assert len(set(texts)) == STREAMS
    assert len(emu.streams) == STREAMS
    assert all(stream.completed and not stream.client_disconnected for stream in emu.streams)
    assert emu.peak_open_streams > 1  # they did overlap
    assert_key_nowhere(None, logs)
    assert_all_closed(emu)
