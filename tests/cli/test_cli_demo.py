"""`openrouter-ext demo` end to end: against the in-process emulator (no key), and the key-set path pointed at one."""

from __future__ import annotations

import json
import re

import pytest
from cli_helpers import API_KEY, MANAGEMENT_KEY

from openrouter_ext.cli import main
from openrouter_ext.cli._demo import (
    CHAT_PROMPT,
    EMULATOR_API_KEY,
    EMULATOR_MANAGEMENT_KEY,
    STEP_TITLES,
    UNKNOWN_KEY,
)
from openrouter_ext.testing import Behaviour, Emulator


def _section(out: str, number: int) -> str:
    """The text under heading `number`, up to the next heading."""
    start = out.index(f"## {number}. ")
    following = out.find(f"## {number + 1}. ", start)
    return out[start : following if following != -1 else len(out)]


def test_demo_without_a_key_runs_every_step_against_the_emulator(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out, err = capsys.readouterr()
    assert err == ""

    assert "LOCAL EMULATOR (OPENROUTER_API_KEY is not set)" in out
    assert re.search(r"Every request goes to http://127\.0\.0\.1:\d+/api/v1", out)
    for number, title in enumerate(STEP_TITLES, start=1):
        assert f"## {number}. {title}" in out

    streamed = _section(out, 1)
    assert f"> {CHAT_PROMPT}\n{CHAT_PROMPT}\n" in streamed  # the emulator's model echoes the prompt
    assert "finish_reason: stop" in streamed
    assert re.search(r"generation id: gen-\S+", streamed)
    assert re.search(r"usage: \d+ prompt \+ 12 completion = \d+ tokens", streamed)

    tool = _section(out, 2)
    assert "delta: index=0 name='get_weather'" in tool
    assert "tool call call_emu_0: get_weather" in tool
    raw = re.search(r"raw arguments: +(.+)", tool)
    parsed = re.search(r"parsed arguments: +(.+)", tool)
    assert raw
    assert parsed
    assert json.loads(raw.group(1)) == json.loads(parsed.group(1)) == {"index": 0, "query": "lookup 0"}

    routing = _section(out, 3)
    # The prices are given as numbers and go out as the strings the published spec asks for.
    assert "routing = ProviderRouting.cheapest().max_price(prompt=1, completion=2)" in routing
    expected = '{"sort": "price", "max_price": {"prompt": "1", "completion": "2"}}'
    assert f"routing.to_dict() == {expected}" in routing
    # The body goes through the generated ChatRequest, which writes keys in the spec's order: same JSON object.
    sent = re.search(r'^  "provider": (.+)$', routing, re.MULTILINE)
    assert sent
    assert json.loads(sent.group(1)) == json.loads(expected)
    assert "served by provider 'Emulator'" in routing

    walk = _section(out, 4)
    assert "-- page 1: items 0..3 (4 keys)" in walk
    assert "-- page 3: items 8..10 (3 keys)" in walk
    assert "-- page 2: offset 2 of 3" in walk  # guardrails, two per page
    assert "-- page 3: items 4..4 of 5" in walk  # the first guardrail's five key assignments
    assert walk.count(" disabled\n") == 2

    error = _section(out, 5)
    assert "caught AuthenticationError (a subclass of APIStatusError)" in error
    assert "status:  401" in error
    assert "message: User not found." in error
    assert out.rstrip().endswith("guardrails")

    for key in (EMULATOR_API_KEY, EMULATOR_MANAGEMENT_KEY, UNKNOWN_KEY):
        assert key not in out


@pytest.fixture
def real_like() -> Emulator:
    """An emulator standing in for the real API: the demo's key-set path sends no emulator header."""
    return Emulator(api_key=API_KEY, management_key=MANAGEMENT_KEY, behaviour=Behaviour(tool_calls=1))


def test_demo_with_a_key_uses_it_and_skips_management_without_a_management_key(
    real_like: Emulator, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", API_KEY)
    with real_like as emu:
        base_url = emu.base_url
        assert main(["demo", "--base-url", base_url]) == 0
        routes = {request.route for request in emu.requests}
    out, _ = capsys.readouterr()
    assert f"THE REAL OPENROUTER API at {base_url}" in out
    assert "Model openai/gpt-4o-mini" in out
    assert "skipped: GET /keys and /guardrails need a management key" in _section(out, 4)
    assert not any(route.startswith(("GET /keys", "GET /guardrails")) for route in routes)
    assert "caught AuthenticationError" in out
    assert API_KEY not in out


def test_demo_with_a_management_key_walks_the_account(
    real_like: Emulator, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", API_KEY)
    monkeypatch.setenv("OPENROUTER_MANAGEMENT_KEY", MANAGEMENT_KEY)
    with real_like as emu:
        (guardrail_id,) = emu.seed_guardrails(1)
        emu.seed_key_assignments(guardrail_id, 3)
        assert main(["demo", "--base-url", emu.base_url]) == 0
    out, _ = capsys.readouterr()
    walk = _section(out, 4)
    assert "-- page 1: items 0..2 (3 keys)" in walk
    assert f'key_assignments("{guardrail_id}", page_size=2)' in walk
    assert "-- page 2: items 2..2 of 3" in walk
    assert MANAGEMENT_KEY not in out


def test_demo_exits_1_when_a_step_fails(
    real_like: Emulator, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", API_KEY)
    with real_like as emu:
        emu.behaviour = Behaviour(tool_calls=0)  # the model never calls the tool
        assert main(["demo", "--base-url", emu.base_url]) == 1
    out, _ = capsys.readouterr()
    assert "no tool call came back" in out
    assert "Done, with 1 failed step(s)" in out


def test_demo_base_url_without_a_key_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--base-url", "http://127.0.0.1:9/api/v1"]) == 2
    assert "--base-url needs an API key" in capsys.readouterr().err
