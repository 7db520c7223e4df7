"""Connection and stream accounting, stop(), concurrency and throughput."""

from __future__ import annotations

import asyncio
import threading
import time

import httpx

from openrouter_ext.testing import Behaviour, Emulator

STREAM = {"messages": [{"role": "user", "content": "Hello"}], "stream": True}


def test_reading_to_the_end_completes_the_stream(emu: Emulator, client: httpx.Client) -> None:
    with client.stream("POST", "/chat/completions", json=STREAM) as response:
        response.read()
    assert emu.wait_for_streams_closed()
    (stream,) = emu.streams
    assert stream.completed
    assert not stream.client_disconnected
    assert stream.events_sent == 8


def test_early_break_is_seen_as_a_client_disconnect(emu: Emulator, client: httpx.Client) -> None:
    emu.behaviour = Behaviour(chunks=200, chunk_delay=0.01)
    with client.stream("POST", "/chat/completions", json=STREAM) as response:
        generation_id = response.headers["x-generation-id"]
        seen = 0
        for line in response.iter_lines():
            seen += line.startswith("data: ")
            if seen == 5:
                break
    # Leaving the block closes this response's connection: httpx cannot reuse one with unread body.
    assert emu.wait_for_streams_closed(timeout=2)
    (stream,) = emu.streams
    assert stream.client_disconnected
    assert not stream.completed
    assert stream.events_sent < 20
    assert emu.generations[generation_id]["cancelled"] is True
    assert emu.wait_for_idle(timeout=2)


def test_closed_client_leaves_no_connection_open(emu: Emulator) -> None:
    with httpx.Client(base_url=emu.base_url, headers={"Authorization": "Bearer k"}, timeout=5) as client:
        for _ in range(3):
            client.get("/models")
        assert emu.open_connections == 1  # one keep-alive connection, reused
    assert emu.wait_for_idle(timeout=2)
    assert emu.open_connections == 0
    assert emu.total_connections == 1


def test_stop_ends_live_streams_promptly() -> None:
    emu = Emulator(behaviour=Behaviour(chunks=1000, chunk_delay=0.05)).start()
    outcome: list[BaseException | None] = []

    def consume() -> None:
        try:
            with httpx.stream(
                "POST",
                f"{emu.base_url}/chat/completions",
                json=STREAM,
                headers={"Authorization": "Bearer k"},
                timeout=5,
            ) as response:
                for _ in response.iter_raw():
                    pass
            outcome.append(None)
        except httpx.HTTPError as exc:
            outcome.append(exc)

    reader = threading.Thread(target=consume)
    reader.start()
    assert emu.wait_for_requests(1)
    time.sleep(0.1)
    started = time.monotonic()
    emu.stop()
    reader.join(timeout=3)
    assert not reader.is_alive()
    assert time.monotonic() - started < 2
    assert emu.open_connections == 0
    assert not emu.streams[0].completed
    assert not emu.streams[0].client_disconnected


async def test_two_hundred_concurrent_streams() -> None:
    behaviour = Behaviour(chunks=10, chunk_delay=0.03)
    with Emulator(behaviour=behaviour) as emu:
        limits = httpx.Limits(max_connections=250, max_keepalive_connections=250)
        async with httpx.AsyncClient(
            base_url=emu.base_url, headers={"Authorization": "Bearer k"}, limits=limits, timeout=10
        ) as client:

            async def one() -> int:
                async with client.stream("POST", "/chat/completions", json=STREAM) as response:
                    return (await response.aread()).count(b"data: ")

            counts = await asyncio.gather(*(one() for _ in range(200)))
        assert counts == [10 + 4] * 200
        assert emu.peak_open_streams >= 100
        assert all(stream.completed for stream in emu.streams)


def test_ten_thousand_chunk_stream_is_fast(emu: Emulator, client: httpx.Client) -> None:
    emu.behaviour = Behaviour(chunks=10_000, keepalive_comments=0)
    started = time.monotonic()
    with client.stream("POST", "/chat/completions", json=STREAM) as response:
        events = sum(1 for line in response.iter_lines() if line.startswith("data: "))
    elapsed = time.monotonic() - started
    assert events == 10_000 + 4
    assert elapsed < 5, f"10,000-chunk stream took {elapsed:.2f}s"
