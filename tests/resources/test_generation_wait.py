"""`client.generations.get_generation(id=..., wait=...)`: polls while GET /generation answers 404, then gives up."""

from __future__ import annotations

from typing import Any

import pytest

from openrouter_ext import AsyncOpenRouter, ConfigurationError, NotFoundError, OpenRouter, _resource
from openrouter_ext.testing import Emulator

USER = {"role": "user", "content": "Say hi"}


class FakeClock:
    """Time that passes only when the client sleeps; `on_sleep` runs before each sleep returns."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []
        self.on_sleep: Any = None

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        if self.on_sleep is not None:
            self.on_sleep(len(self.sleeps))

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(_resource, "_monotonic", fake.monotonic)
    monkeypatch.setattr(_resource, "_sleep", fake.sleep)
    monkeypatch.setattr(_resource, "_asleep", fake.asleep)
    return fake


def _hide_until(emu: Emulator, client: OpenRouter, clock: FakeClock, polls: int) -> str:
    """A finished completion whose generation record the emulator serves only from the `polls`-th poll on."""
    generation_id = client.chat.with_raw_response.send(model="m/x", messages=[USER]).generation_id
    assert generation_id
    record = emu._api.generations.pop(generation_id)

    def appear(sleeps: int) -> None:
        if sleeps == polls - 1:
            emu._api.generations[generation_id] = record

    clock.on_sleep = appear
    return generation_id


def _polls(emu: Emulator) -> int:
    return sum(1 for request in emu.requests if request.path.endswith("/generation"))


def test_a_generation_that_appears_after_four_polls_is_returned(
    client: OpenRouter, emu: Emulator, clock: FakeClock
) -> None:
    generation_id = _hide_until(emu, client, clock, polls=4)
    found = client.generations.get_generation(id=generation_id, wait=30)
    assert found.data.id == generation_id
    assert _polls(emu) == 4
    # Bounded exponential backoff between the polls.
    assert clock.sleeps == [0.5, 1.0, 2.0]


def test_the_wait_running_out_raises_the_not_found_error(client: OpenRouter, emu: Emulator, clock: FakeClock) -> None:
    _hide_until(emu, client, clock, polls=100)
    with pytest.raises(NotFoundError):
        client.generations.get_generation(id="gen-never", wait=10)
    # 0.5 + 1 + 2 + 4 = 7.5 s, then the 2.5 s left, then the wait is over: six polls in ten seconds.
    assert clock.sleeps == [0.5, 1.0, 2.0, 4.0, 2.5]
    assert _polls(emu) == 6
    assert clock.now - 1000.0 == 10.0


def test_without_wait_a_404_is_raised_at_once(client: OpenRouter, emu: Emulator, clock: FakeClock) -> None:
    with pytest.raises(NotFoundError):
        client.generations.get_generation(id="gen-missing")
    assert clock.sleeps == []
    assert _polls(emu) == 1


def test_a_bad_wait_is_refused_before_sending(client: OpenRouter, emu: Emulator, clock: FakeClock) -> None:
    with pytest.raises(ConfigurationError, match="wait"):
        client.generations.get_generation(id="gen-x", wait=-1)
    assert _polls(emu) == 0


async def test_the_async_client_waits_too(
    client: OpenRouter, aclient: AsyncOpenRouter, emu: Emulator, clock: FakeClock
) -> None:
    generation_id = _hide_until(emu, client, clock, polls=3)
    found = await aclient.generations.get_generation(id=generation_id, wait=30)
    assert found.data.id == generation_id
    assert clock.sleeps == [0.5, 1.0]
    raw = await aclient.generations.with_raw_response.get_generation(id=generation_id, wait=5)
    assert raw.status_code == 200
