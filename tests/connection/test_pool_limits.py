"""`limits=` (an httpx.Limits) bounds the pool we create: connections at once, kept-alive connections, pool waits."""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from connection_helpers import API_KEY
from openrouter_api.api.credits_ import get_credits

from openrouter_ext import APITimeoutError, AsyncOpenRouter, ConfigurationError, OpenRouter
from openrouter_ext.testing import Emulator, SlowFirstByte

CREDITS_ROUTE = "GET /credits"
SLOW = 0.3


def test_max_connections_caps_concurrent_sync_calls(emu: Emulator) -> None:
    emu.faults.add(SlowFirstByte(SLOW), route=CREDITS_ROUTE, times=None)
    client = OpenRouter(API_KEY, base_url=emu.base_url, limits=httpx.Limits(max_connections=2), max_retries=0)
    started = time.monotonic()
    with client, ThreadPoolExecutor(6) as pool:
        results = list(pool.map(lambda _: client.call(get_credits), range(6)))
    elapsed = time.monotonic() - started
    assert len(results) == 6
    assert emu.total_connections == 2
    assert elapsed >= 3 * SLOW  # six slow answers, two at a time


async def test_max_connections_caps_concurrent_async_calls(emu: Emulator) -> None:
    emu.faults.add(SlowFirstByte(SLOW), route=CREDITS_ROUTE, times=None)
    limits = httpx.Limits(max_connections=2)
    async with AsyncOpenRouter(API_KEY, base_url=emu.base_url, limits=limits, max_retries=0) as client:
        started = time.monotonic()
        await asyncio.gather(*(client.call(get_credits) for _ in range(6)))
        elapsed = time.monotonic() - started
    assert emu.total_connections == 2
    assert elapsed >= 3 * SLOW


def test_without_limits_the_same_calls_run_at_once(emu: Emulator) -> None:
    # The comparison that makes the two tests above mean something: httpx's default pool (100 connections).
    emu.faults.add(SlowFirstByte(SLOW), route=CREDITS_ROUTE, times=None)
    client = OpenRouter(API_KEY, base_url=emu.base_url, max_retries=0)
    with client, ThreadPoolExecutor(6) as pool:
        list(pool.map(lambda _: client.call(get_credits), range(6)))
    assert emu.total_connections == 6


def test_no_keepalive_opens_a_connection_per_call(emu: Emulator) -> None:
    limits = httpx.Limits(max_keepalive_connections=0)
    with OpenRouter(API_KEY, base_url=emu.base_url, limits=limits) as client:
        for _ in range(3):
            client.call(get_credits)
    assert emu.total_connections == 3
    with OpenRouter(API_KEY, base_url=emu.base_url) as client:
        for _ in range(3):
            client.call(get_credits)
    assert emu.total_connections == 4  # the default pool keeps its one connection alive


def test_a_full_pool_times_out_as_an_api_timeout(emu: Emulator) -> None:
    emu.faults.add(SlowFirstByte(1.0), route=CREDITS_ROUTE)
    client = OpenRouter(
        API_KEY,
        base_url=emu.base_url,
        limits=httpx.Limits(max_connections=1),
        timeout=httpx.Timeout(5.0, pool=0.1),
        max_retries=0,
    )
    with client, ThreadPoolExecutor(1) as pool:
        slow = pool.submit(client.call, get_credits)
        assert emu.wait_for_requests(1)
        with pytest.raises(APITimeoutError, match=r"PoolTimeout.*limits=httpx\.Limits"):
            client.call(get_credits)
        slow.result(timeout=5)
    assert emu.total_connections == 1


def test_with_options_copies_share_the_limited_pool(emu: Emulator) -> None:
    emu.faults.add(SlowFirstByte(SLOW), route=CREDITS_ROUTE, times=None)
    client = OpenRouter(API_KEY, base_url=emu.base_url, limits=httpx.Limits(max_connections=1), max_retries=0)
    copies = [client.with_options(headers={"X-Copy": str(n)}) for n in range(3)]
    with client, ThreadPoolExecutor(3) as pool:
        list(pool.map(lambda copy: copy.call(get_credits), copies))
    assert emu.total_connections == 1


@pytest.mark.parametrize("kind", [OpenRouter, AsyncOpenRouter])
def test_limits_beside_http_client_is_refused_not_ignored(kind: type[OpenRouter] | type[AsyncOpenRouter]) -> None:
    mine = httpx.Client() if kind is OpenRouter else httpx.AsyncClient()
    with pytest.raises(ConfigurationError, match=r"limits= configure the connection pool.*set them on the client"):
        kind(API_KEY, http_client=mine, limits=httpx.Limits(max_connections=1))  # type: ignore[arg-type]


def test_an_injected_client_keeps_its_own_limits(emu: Emulator) -> None:
    emu.faults.add(SlowFirstByte(SLOW), route=CREDITS_ROUTE, times=None)
    mine = httpx.Client(limits=httpx.Limits(max_connections=1))
    client = OpenRouter(API_KEY, base_url=emu.base_url, http_client=mine, max_retries=0)
    with client, ThreadPoolExecutor(3) as pool:
        list(pool.map(lambda _: client.call(get_credits), range(3)))
    assert emu.total_connections == 1
    mine.close()


@pytest.mark.parametrize("value", [{"max_connections": 2}, 10, "10"])
def test_limits_takes_an_httpx_limits(value: object) -> None:
    with pytest.raises(ConfigurationError, match=r"limits must be an httpx\.Limits"):
        OpenRouter(API_KEY, limits=value)  # type: ignore[arg-type]
