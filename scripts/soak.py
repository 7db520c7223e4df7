#!/usr/bin/env python3
"""Soak: many async streams through one AsyncOpenRouter against the in-process emulator, faults mixed in at random.

python scripts/soak.py [--streams 1000] [--seed 20260801] [--concurrency 50] [--fault-rate 0.5] [--verbose]

Every stream gets an endpoint, an answer length and (at `--fault-rate`) a fault scenario drawn from a generator
seeded with `--seed`; its faults reach it alone through a tagged rule (X-Emulator-Fault-Tag), so the same seed
replays the same plan. Each outcome is checked against its scenario: a clean or recoverable stream must return
the whole answer with the expected number of retries; a broken one must raise its own error class, carrying a
partial result that is a prefix of the answer. Afterwards the emulator must have seen every stream and connection
closed.

Prints completed / retried / failed (by error class) / contradictions / leaked connections / peak RSS, and exits 1
on any contradiction, hang or leak. Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import random
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from openrouter_ext import (
    APIConnectionError,
    AsyncOpenRouter,
    MalformedEventError,
    NoProviderAvailableError,
    ProviderError,
    ProviderOverloadedError,
    RateLimitError,
    StreamError,
    StreamIdleTimeoutError,
    StreamIncompleteError,
)
from openrouter_ext.testing import (
    BEHAVIOUR_HEADER,
    FAULT_TAG_HEADER,
    Emulator,
    EndWithoutTerminator,
    ErrorEvent,
    Fault,
    HttpError,
    IdleGap,
    InvalidUtf8,
    KeepAliveOnly,
    MalformedEvent,
    OversizedEvent,
    ResetBeforeHeaders,
    ResetMidStream,
    SlowFirstByte,
    TrickleBytes,
    rate_limited,
    service_unavailable,
)

API_KEY = "sk-or-v1-soak-0d5e9a7c41f2b368"
ENDPOINTS = ("chat", "responses", "messages")
ROUTES = {"chat": "POST /chat/completions", "responses": "POST /responses", "messages": "POST /messages"}
MAX_RETRIES = 2
IDLE_TIMEOUT = 0.5  # also the read timeout that bounds a slow first byte
STREAM_DEADLINE = 30.0  # a stream that takes longer than this counts as a hang
OVERSIZED = 256 * 1024


@attrs.frozen
class Scenario:
    """What to do to one stream, and what its user must get.

    `rules(rng, events)` returns the (faults, times) rules to register for the stream (in order: a later rule can
    `skip` attempts the earlier ones spoil); `expected` is None for the whole answer or the error class; `retries`
    is how many times the client must have tried again.
    """

    name: str
    rules: Callable[[random.Random, int], Sequence[tuple[Sequence[Fault], int, int]]]
    expected: type[Exception] | None
    retries: int


def _at(rng: random.Random, events: int) -> int:
    return rng.randint(0, events)


def _once(*faults: Fault) -> Sequence[tuple[Sequence[Fault], int, int]]:
    return [(faults, 1, 0)]


def _every(times: int, *faults: Fault) -> Sequence[tuple[Sequence[Fault], int, int]]:
    return [(faults, times, 0)]


SCENARIOS: tuple[Scenario, ...] = (
    # Before the body: retried to success where the retries suffice, else the typed error.
    Scenario("429 Retry-After 0, once", lambda rng, n: _once(rate_limited(retry_after=0)), None, 1),
    Scenario("429 Retry-After 120", lambda rng, n: _once(rate_limited(retry_after=120)), RateLimitError, 0),
    Scenario("500 twice", lambda rng, n: _every(2, HttpError(500, retry_after=0)), None, 2),
    Scenario("502 HTML page x3", lambda rng, n: _every(3, HttpError(502, html=True, retry_after=0)), ProviderError, 2),
    Scenario("503 x3", lambda rng, n: _every(3, service_unavailable(retry_after=0)), NoProviderAvailableError, 2),
    Scenario("524 HTML page once", lambda rng, n: _once(HttpError(524, html=True, retry_after=0)), None, 1),
    Scenario("529 x3", lambda rng, n: _every(3, HttpError(529, retry_after=0)), ProviderOverloadedError, 2),
    Scenario("reset before headers once", lambda rng, n: _once(ResetBeforeHeaders()), None, 1),
    Scenario("reset before headers x3", lambda rng, n: _every(3, ResetBeforeHeaders()), APIConnectionError, 2),
    Scenario("slow first byte", lambda rng, n: _once(SlowFirstByte(rng.uniform(0.01, 0.2))), None, 0),
    Scenario("first byte after the read timeout, once", lambda rng, n: _once(SlowFirstByte(2.0)), None, 1),
    # After the 200: never retried; the partial result comes with the error.
    Scenario(
        "reset mid-stream", lambda rng, n: _once(ResetMidStream(after_events=_at(rng, n))), StreamIncompleteError, 0
    ),
    Scenario("end without terminator", lambda rng, n: _once(EndWithoutTerminator()), StreamIncompleteError, 0),
    Scenario(
        "end mid-stream",
        lambda rng, n: _once(EndWithoutTerminator(after_events=_at(rng, n))),
        StreamIncompleteError,
        0,
    ),
    Scenario("malformed event", lambda rng, n: _once(MalformedEvent(after_events=_at(rng, n))), MalformedEventError, 0),
    Scenario("error event", lambda rng, n: _once(ErrorEvent(after_events=_at(rng, n))), StreamError, 0),
    Scenario(
        "idle gap past the idle timeout",
        lambda rng, n: _once(IdleGap(after_events=_at(rng, n), seconds=3.0)),
        StreamIdleTimeoutError,
        0,
    ),
    Scenario(
        "keep-alive-only stretch",
        lambda rng, n: _once(KeepAliveOnly(after_events=_at(rng, n), comments=14, interval=0.05)),
        None,
        0,
    ),
    Scenario(
        "oversized event", lambda rng, n: _once(OversizedEvent(after_events=_at(rng, n), size=OVERSIZED)), None, 0
    ),
    Scenario("invalid UTF-8", lambda rng, n: _once(InvalidUtf8(after_events=_at(rng, n))), MalformedEventError, 0),
    Scenario(
        "trickled body", lambda rng, n: _once(TrickleBytes(bytes_per_write=rng.randint(16, 256), interval=0)), None, 0
    ),
    # Both: a retry, then the retried stream breaks (and is not tried a third time).
    Scenario(
        "429 then reset mid-stream",
        lambda rng, n: [((rate_limited(retry_after=0),), 1, 0), ((ResetMidStream(after_events=_at(rng, n)),), 1, 1)],
        StreamIncompleteError,
        1,
    ),
)
CLEAN = Scenario("clean", lambda rng, n: [], None, 0)


@attrs.frozen
class Plan:
    number: int
    endpoint: str
    chunks: int
    chunk_delay: float
    scenario: Scenario

    @property
    def tag(self) -> str:
        return f"soak-{self.number}"

    @property
    def answer(self) -> str:
        return " ".join(str(n) for n in range(1, self.chunks + 1))


@attrs.define
class Outcome:
    plan: Plan
    error: BaseException | None = None
    streamed: str = ""
    final: str = ""
    attempts: int = 0
    seconds: float = 0.0
    problems: list[str] = attrs.field(factory=list)


def make_plans(count: int, seed: int, fault_rate: float) -> list[Plan]:
    rng = random.Random(seed)
    plans = []
    for number in range(count):
        endpoint = rng.choice(ENDPOINTS)
        chunks = rng.randint(1, 30)
        chunk_delay = rng.choice((0.0, 0.0, 0.001, 0.005))
        scenario = rng.choice(SCENARIOS) if rng.random() < fault_rate else CLEAN
        plans.append(Plan(number, endpoint, chunks, chunk_delay, scenario))
    return plans


def register_faults(emu: Emulator, plans: Sequence[Plan], seed: int) -> None:
    # A generator of its own, so that fault positions do not shift the plans drawn with the main one.
    rng = random.Random(seed ^ 0x5EED)
    for plan in plans:
        events = plan.chunks + 4  # roughly where the answer ends; a position past the end fires before the terminator
        for faults, times, skip in plan.scenario.rules(rng, events):
            emu.faults.add(list(faults), route=ROUTES[plan.endpoint], times=times, skip=skip, tag=plan.tag)


def _text(endpoint: str, snapshot: Any) -> str:
    """The text a stream assembled (its snapshot: `final()` returns the operation's typed model)."""
    return str(snapshot.output_text if endpoint == "responses" else snapshot.text)


async def run_stream(client: AsyncOpenRouter, plan: Plan, gate: asyncio.Semaphore) -> Outcome:
    outcome = Outcome(plan)
    resource = {"chat": client.chat, "responses": client.responses, "messages": client.messages}[plan.endpoint]
    params: dict[str, Any] = {"model": "emulator/count"}
    if plan.endpoint == "responses":
        params["input"] = f"soak {plan.number}"
    else:
        params["messages"] = [{"role": "user", "content": f"soak {plan.number}"}]
    if plan.endpoint == "messages":
        params["max_tokens"] = 1024
    headers = {FAULT_TAG_HEADER: plan.tag, BEHAVIOUR_HEADER: f"chunks={plan.chunks}, chunk_delay={plan.chunk_delay}"}
    async with gate:
        started = time.monotonic()
        pieces: list[str] = []

        async def read() -> None:
            async with resource.stream(**params, extra_headers=headers, idle_timeout=IDLE_TIMEOUT) as stream:
                async for piece in stream.text():
                    pieces.append(piece)
                await stream.final()  # raises the stream's error, if it had one
                outcome.final = _text(plan.endpoint, stream.snapshot)

        try:
            await asyncio.wait_for(read(), STREAM_DEADLINE)
        except asyncio.TimeoutError:
            outcome.problems.append(f"no outcome within {STREAM_DEADLINE:g} s (hang)")
        except Exception as exc:  # judged below, whatever it is
            outcome.error = exc
        outcome.streamed = "".join(pieces)
        outcome.seconds = time.monotonic() - started
    return outcome


def judge(outcome: Outcome) -> None:
    """Record every way the outcome contradicts what its scenario promises the user."""
    plan, error, problems = outcome.plan, outcome.error, outcome.problems
    answer, expected = plan.answer, plan.scenario.expected
    if API_KEY in repr(error) or API_KEY in str(error):
        problems.append("the API key appears in the error")
    retries = outcome.attempts - 1
    if retries != plan.scenario.retries:
        problems.append(f"{retries} retries, expected {plan.scenario.retries}")
    if expected is None:
        if error is not None:
            problems.append(f"expected the whole answer, got {type(error).__name__}: {error}")
            return
        streamed = outcome.streamed.replace("x" * OVERSIZED, "")
        if streamed != answer:
            problems.append(f"streamed text {preview(outcome.streamed)!r} is not the answer {answer!r}")
        if outcome.final.replace("x" * OVERSIZED, "") != answer:
            problems.append(f"final text {preview(outcome.final)!r} is not the answer {answer!r}")
        return
    if error is None:
        problems.append(
            f"expected {expected.__name__}, got a result passed off as complete: {preview(outcome.final)!r}"
        )
        return
    if type(error) is not expected:
        problems.append(f"expected {expected.__name__}, got {type(error).__name__}: {error}")
    if isinstance(error, StreamError):
        partial = _text(plan.endpoint, error.partial) if error.partial is not None else ""
        if not answer.startswith(partial):
            problems.append(f"partial {preview(partial)!r} is not a prefix of the answer {answer!r}")
        if not answer.startswith(outcome.streamed):
            problems.append(f"streamed text {preview(outcome.streamed)!r} is not a prefix of the answer")


def preview(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else f"{text[:limit]}...(+{len(text) - limit})"


def peak_rss_mib() -> float | None:
    try:
        import resource
    except ImportError:  # not on Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


async def soak(args: argparse.Namespace) -> int:
    plans = make_plans(args.streams, args.seed, args.fault_rate)
    started = time.monotonic()
    with Emulator(api_key=API_KEY) as emu:
        register_faults(emu, plans, args.seed)
        gate = asyncio.Semaphore(args.concurrency)
        async with AsyncOpenRouter(
            api_key=API_KEY, base_url=emu.base_url, max_retries=MAX_RETRIES, timeout=10.0
        ) as client:
            outcomes = await asyncio.gather(*(run_stream(client, plan, gate) for plan in plans))
        streams_closed = emu.wait_for_streams_closed(10.0)
        idle = emu.wait_for_idle(10.0)
        leaked_connections, leaked_streams = emu.open_connections, emu.open_streams
        attempts = collections.Counter(
            _header(request.headers, FAULT_TAG_HEADER) for request in emu.requests if request.route is not None
        )
        peak_streams, connections = emu.peak_open_streams, emu.total_connections
    elapsed = time.monotonic() - started

    for outcome in outcomes:
        outcome.attempts = attempts[outcome.plan.tag]
        judge(outcome)
    return report(
        args, outcomes, elapsed, leaked_connections, leaked_streams, streams_closed and idle, peak_streams, connections
    )


def _header(headers: dict[str, str], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
    return None


def report(
    args: argparse.Namespace,
    outcomes: Sequence[Outcome],
    elapsed: float,
    leaked_connections: int,
    leaked_streams: int,
    all_closed: bool,
    peak_streams: int,
    connections: int,
) -> int:
    completed = [o for o in outcomes if o.error is None and not o.problems]
    failed = collections.Counter(type(o.error).__name__ for o in outcomes if o.error is not None)
    retried = [o for o in outcomes if o.attempts > 1]
    bad = [o for o in outcomes if o.problems]
    scenarios = collections.Counter(o.plan.scenario.name for o in outcomes)
    rss = peak_rss_mib()

    print(
        f"soak: {len(outcomes)} streams, seed {args.seed}, concurrency {args.concurrency}, "
        f"fault rate {args.fault_rate:g}, {elapsed:.1f} s"
    )
    print(f"  completed:          {len(completed)}")
    print(f"  retried:            {len(retried)} streams, {sum(o.attempts - 1 for o in retried)} retries")
    print(f"  failed:             {sum(failed.values())}")
    for name, count in sorted(failed.items()):
        print(f"    {name:<26}{count}")
    print(f"  contradictions:     {len(bad)}")
    print(f"  leaked connections: {leaked_connections} (streams left open: {leaked_streams})")
    print(f"  connections opened: {connections}, peak concurrent streams: {peak_streams}")
    print(f"  peak RSS:           {f'{rss:.1f} MiB' if rss is not None else 'n/a'}")
    if args.verbose:
        print("  scenarios:")
        for name, count in sorted(scenarios.items()):
            print(f"    {name:<42}{count}")
    for outcome in bad[:10]:
        plan = outcome.plan
        print(
            f"  CONTRADICTION stream {plan.number} ({plan.endpoint}, {plan.scenario.name}): "
            + "; ".join(outcome.problems)
        )
    ok = not bad and leaked_connections == 0 and leaked_streams == 0 and all_closed
    print("soak: OK" if ok else "soak: FAILED")
    return 0 if ok else 1


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--streams", type=int, default=1000, help="streams to run (default 1000)")
    parser.add_argument("--seed", type=int, default=20260801, help="seed of the plan (default 20260801)")
    parser.add_argument("--concurrency", type=int, default=50, help="streams open at once (default 50)")
    parser.add_argument("--fault-rate", type=float, default=0.5, help="share of streams given a fault (default 0.5)")
    parser.add_argument("--verbose", action="store_true", help="also list how often each scenario was drawn")
    args = parser.parse_args(argv)
    if args.streams < 1 or args.concurrency < 1 or not 0.0 <= args.fault_rate <= 1.0:
        parser.error("--streams and --concurrency must be at least 1, --fault-rate between 0 and 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    return asyncio.run(soak(parse_args(argv)))


if __name__ == "__main__":
    sys.exit(main())
