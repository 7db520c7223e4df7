"""`openrouter-ext demo` (and `make demo`): a tour of what the client does, step by step.

With an API key it talks to the real API (the management steps only with OPENROUTER_MANAGEMENT_KEY too); without
one it starts the emulator (`openrouter_ext.testing.Emulator`) inside this process, seeds it with keys and
guardrails, and runs the same steps against it over loopback.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from openrouter_ext._client import OpenRouter
from openrouter_ext._exceptions import APIStatusError, OpenRouterError
from openrouter_ext.cli._console import Console, describe_error, to_json
from openrouter_ext.routing import ProviderRouting

if TYPE_CHECKING:
    from openrouter_api.models.chat_request import ChatRequest

    from openrouter_ext.testing import Emulator

__all__ = ["EMULATOR_API_KEY", "EMULATOR_MANAGEMENT_KEY", "STEP_TITLES", "run_demo"]

# The emulator's keys. They open nothing outside this process, but are kept out of the output all the same.
EMULATOR_API_KEY = "sk-or-v1-local-emulator-demo-inference-key"
EMULATOR_MANAGEMENT_KEY = "sk-or-v1-local-emulator-demo-management-key"
# A well-formed key that no account has: the real API and the emulator both answer 401.
UNKNOWN_KEY = "sk-or-v1-" + "0" * 64

CHAT_PROMPT = "In one short sentence: why do rivers meander?"
TOOL_PROMPT = "What is the weather in Lyon right now?"
ROUTING_PROMPT = "Say hello in French, in two words."

WEATHER_TOOL: dict[str, Any] = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city.",
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string", "description": "City name"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            },
            "required": ["city"],
        },
    },
}

STEP_TITLES = (
    "A streamed chat answer, printed as it arrives",
    "A tool call assembled from streamed deltas",
    "A routing preset and the provider JSON it sends",
    "Walking paginated lists: API keys and a guardrail's key assignments",
    "A typed error, caught",
)

RULE = "=" * 100


class WireLog:
    """An httpx request hook keeping the last request body, so the demo can show exactly what was sent.

    Only bodies are kept; headers (where the key travels) are never looked at.
    """

    def __init__(self) -> None:
        self.last_body: bytes | None = None

    def __call__(self, request: httpx.Request) -> None:
        with contextlib.suppress(httpx.RequestNotRead):
            self.last_body = request.content

    def last_json(self) -> Any:
        return json.loads(self.last_body) if self.last_body else None


@dataclass
class Tour:
    console: Console
    client: OpenRouter
    model: str
    wire: WireLog
    management: OpenRouter | None = None
    emulator: Emulator | None = None
    failures: list[str] = field(default_factory=list)

    def out(self, text: str = "", *, end: str = "\n") -> None:
        self.console.out(text, end=end)


def run_demo(
    console: Console,
    *,
    api_key: str | None,
    base_url: str | None,
    management_key: str | None,
    model: str,
    chunk_delay: float = 0.04,
) -> int:
    """Run every step and return the exit status (1 if any step failed unexpectedly)."""
    console.add_secret(api_key)
    console.add_secret(management_key)
    for key in (EMULATOR_API_KEY, EMULATOR_MANAGEMENT_KEY, UNKNOWN_KEY):
        console.add_secret(key)
    wire = WireLog()
    with httpx.Client(event_hooks={"request": [wire]}) as http_client:
        if api_key is None:
            with _seeded_emulator(chunk_delay) as emulator:
                client = OpenRouter(api_key=EMULATOR_API_KEY, base_url=emulator.base_url, http_client=http_client)
                with client:
                    tour = Tour(console, client, model, wire, emulator=emulator)
                    tour.management = client.with_options(api_key=EMULATOR_MANAGEMENT_KEY)
                    _emulator_banner(tour)
                    return _run_steps(tour)
        with OpenRouter(api_key=api_key, base_url=base_url, http_client=http_client) as client:
            tour = Tour(console, client, model, wire)
            if management_key:
                tour.management = client.with_options(api_key=management_key)
            _real_banner(tour)
            return _run_steps(tour)


@contextlib.contextmanager
def _seeded_emulator(chunk_delay: float) -> Iterator[Emulator]:
    # Imported here: the emulator is only needed when there is no key.
    from openrouter_ext.testing import Behaviour, Emulator

    emulator = Emulator(
        api_key=EMULATOR_API_KEY,
        management_key=EMULATOR_MANAGEMENT_KEY,
        behaviour=Behaviour(mode="echo", chunks=12, chunk_delay=chunk_delay),
        keys_page_size=4,  # small pages, so that the walk has several
    )
    with emulator:
        emulator.seed_keys(6, disabled_every=3)
        guardrail_ids = emulator.seed_guardrails(3)
        emulator.seed_key_assignments(guardrail_ids[0], 5)
        yield emulator


def _emulator_banner(tour: Tour) -> None:
    assert tour.emulator is not None
    tour.out(RULE)
    tour.out("  openrouter-ext demo -- LOCAL EMULATOR (OPENROUTER_API_KEY is not set)")
    tour.out(f"  Every request goes to {tour.emulator.base_url}, an OpenRouter emulator running inside this")
    tour.out("  process (openrouter_ext.testing.Emulator). Nothing leaves this machine and nothing is billed; its")
    tour.out("  model echoes the prompt back. It was seeded with 11 API keys (4 per page) and 3 guardrails.")
    tour.out("  Set OPENROUTER_API_KEY (and OPENROUTER_MANAGEMENT_KEY) to run the same tour against openrouter.ai.")
    tour.out(RULE)


def _real_banner(tour: Tour) -> None:
    tour.out(RULE)
    tour.out(f"  openrouter-ext demo -- THE REAL OPENROUTER API at {tour.client.base_url}")
    tour.out(f"  Model {tour.model}; a handful of short requests (a fraction of a cent on a cheap model).")
    if tour.management is None:
        tour.out("  Step 4 (keys, guardrails) needs a management key: set OPENROUTER_MANAGEMENT_KEY to include it.")
    tour.out(RULE)


def _run_steps(tour: Tour) -> int:
    steps: tuple[Callable[[Tour], None], ...] = (
        _step_stream,
        _step_tool_call,
        _step_routing,
        _step_pagination,
        _step_typed_error,
    )
    for number, (title, step) in enumerate(zip(STEP_TITLES, steps, strict=True), start=1):
        tour.out()
        tour.out(f"## {number}. {title}")
        tour.out()
        try:
            step(tour)
        except OpenRouterError as exc:
            tour.failures.append(title)
            tour.console.err(f"step {number} failed: {describe_error(exc)}")
    tour.out()
    if tour.failures:
        tour.out(f"Done, with {len(tour.failures)} failed step(s): {', '.join(tour.failures)}.")
        return 1
    tour.out('Done. Try it yourself: openrouter-ext chat "Hello" | models --search gpt | keys | guardrails')
    return 0


def _chat_body(tour: Tour, prompt: str, **params: Any) -> ChatRequest:
    from openrouter_api.models.chat_request import ChatRequest

    return ChatRequest.from_dict({"model": tour.model, "messages": [{"role": "user", "content": prompt}], **params})


# -- 1 ----------------------------------------------------------------------------------------------------------


def _step_stream(tour: Tour) -> None:
    tour.out("with client.chat.stream(model=..., messages=[...]) as stream:")
    tour.out("    for text in stream.text():")
    tour.out('        print(text, end="", flush=True)')
    tour.out()
    tour.out(f"> {CHAT_PROMPT}")
    with tour.client.chat.stream(
        model=tour.model, messages=[{"role": "user", "content": CHAT_PROMPT}], max_tokens=200
    ) as stream:
        for text in stream.text():
            tour.out(text, end="")
        stream.final()
        # The snapshot: the typed result plus the assembled text, finish reason and tool calls.
        completion = stream.snapshot
    tour.out()
    tour.out()
    usage = completion.usage or {}
    tour.out(f"finish_reason: {completion.finish_reason}")
    tour.out(
        f"usage: {usage.get('prompt_tokens')} prompt + {usage.get('completion_tokens')} completion"
        f" = {usage.get('total_tokens')} tokens" + (f", cost {usage['cost']}" if "cost" in usage else "")
    )
    tour.out(f"generation id: {stream.generation_id}")


# -- 2 ----------------------------------------------------------------------------------------------------------


def _step_tool_call(tour: Tour) -> None:
    headers = None
    if tour.emulator is not None:
        from openrouter_ext.testing import BEHAVIOUR_HEADER

        headers = {BEHAVIOUR_HEADER: "chunks=0, tool_calls=1"}  # the emulator's model calls the tool, no text
    tour.out(f"> {TOOL_PROMPT}   (tools: get_weather; tool_choice: get_weather)")
    tour.out("argument fragments as they arrive:")
    with tour.client.chat.stream(
        model=tour.model,
        messages=[{"role": "user", "content": TOOL_PROMPT}],
        tools=[WEATHER_TOOL],
        tool_choice={"type": "function", "function": {"name": "get_weather"}},
        extra_headers=headers,
    ) as stream:
        fragments = 0
        for event in stream.events():
            for delta_call in _tool_call_deltas(event):
                function = delta_call.get("function") or {}
                name = f" name={function['name']!r}" if function.get("name") else ""
                tour.out(f"  delta: index={delta_call.get('index')}{name} arguments+={function.get('arguments', '')!r}")
                fragments += 1
        stream.final()
        # The snapshot: the typed result plus the assembled text, finish reason and tool calls.
        completion = stream.snapshot
    tour.out(f"assembled from {fragments} deltas (finish_reason: {completion.finish_reason}):")
    if not completion.tool_calls:
        tour.out("  no tool call came back")
        tour.failures.append("no tool call")
    for call in completion.tool_calls:
        tour.out(f"  tool call {call.id}: {call.name}")
        tour.out(f"  raw arguments:    {call.arguments}")
        tour.out(f"  parsed arguments: {to_json(call.parsed_arguments())}")


def _tool_call_deltas(event: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for choice in event.get("choices") or []:
        delta = choice.get("delta") if isinstance(choice, dict) else None
        if isinstance(delta, dict):
            found.extend(call for call in delta.get("tool_calls") or [] if isinstance(call, dict))
    return found


# -- 3 ----------------------------------------------------------------------------------------------------------


def _step_routing(tour: Tour) -> None:
    from openrouter_api.api.chat import send_chat_completion_request

    routing = ProviderRouting.cheapest().max_price(prompt=1, completion=2)
    tour.out("routing = ProviderRouting.cheapest().max_price(prompt=1, completion=2)  # USD per million tokens")
    tour.out("# prices go out as strings, the type the published spec gives them")
    tour.out(f"routing.to_dict() == {to_json(routing.to_dict())}")
    tour.out()
    tour.out("client.call(send_chat_completion_request, body=...) with provider=routing; the body as sent:")
    result = tour.client.call_with_response(
        send_chat_completion_request,
        body=_chat_body(tour, ROUTING_PROMPT, max_tokens=20, provider=routing.to_dict()),
    )
    sent = tour.wire.last_json()
    provider_json = sent.get("provider") if isinstance(sent, dict) else None
    tour.out(f'  "provider": {to_json(provider_json)}')
    shown = {key: value for key, value in (sent or {}).items() if key != "provider"}
    tour.out(f"  other fields: {to_json(shown)}")
    if provider_json != routing.to_dict():
        tour.failures.append("the provider JSON sent differs from the builder's")
    data = result.parsed.to_dict()
    choices = data.get("choices") or [{}]
    message = choices[0].get("message") or {} if isinstance(choices[0], dict) else {}
    tour.out()
    tour.out(f"answer: {str(message.get('content') or '').strip()}")
    tour.out(f"served by provider {data.get('provider')!r}, generation id {result.generation_id}")


# -- 4 ----------------------------------------------------------------------------------------------------------


def _step_pagination(tour: Tour) -> None:
    management = tour.management
    if management is None:
        tour.out("skipped: GET /keys and /guardrails need a management key. Set OPENROUTER_MANAGEMENT_KEY")
        tour.out("(https://openrouter.ai/settings/management-keys) to include this step, or unset")
        tour.out("OPENROUTER_API_KEY to run the whole tour against the local emulator.")
        return
    max_items = None if tour.emulator is not None else 25

    tour.out("for page in client.keys.iter(include_disabled=True).pages():")
    keys = management.keys.iter(include_disabled=True, max_items=max_items)
    for number, page in enumerate(keys.pages(), start=1):
        tour.out(f"  -- page {number}: items {page.offset}..{page.next_offset - 1} ({len(page.items)} keys)")
        for key in page.items:
            data = key.to_dict()
            state = "disabled" if data.get("disabled") else "enabled"
            tour.out(f"     {str(data.get('hash', '?'))[:16]}...  {data.get('name', '')!s:<16} {state}")
    tour.out(f"  {keys.pages_fetched} requests (GET /keys reports no total: the walk ends on a short page)")
    tour.out()

    tour.out("for page in client.guardrails.iter(page_size=2).pages():")
    guardrails = management.guardrails.iter(page_size=2, max_items=max_items)
    first_id: str | None = None
    for number, guardrail_page in enumerate(guardrails.pages(), start=1):
        tour.out(f"  -- page {number}: offset {guardrail_page.offset} of {guardrail_page.total_count}")
        for guardrail in guardrail_page.items:
            data = guardrail.to_dict()
            first_id = first_id or str(data.get("id"))
            tour.out(f"     {data.get('id')}  {data.get('name')}")
    if first_id is None:
        tour.out("  this account has no guardrails, so there are no assignments to walk")
        return
    tour.out()

    tour.out(f'for page in client.guardrails.key_assignments("{first_id}", page_size=2).pages():')
    assignments = management.guardrails.key_assignments(first_id, page_size=2, max_items=max_items)
    for number, assignment_page in enumerate(assignments.pages(), start=1):
        last = assignment_page.next_offset - 1
        tour.out(f"  -- page {number}: items {assignment_page.offset}..{last} of {assignment_page.total_count}")
        for assignment in assignment_page.items:
            data = assignment.to_dict()
            tour.out(f"     key {str(data.get('key_hash', '?'))[:16]}...  {data.get('key_name')}")
    tour.out(f"  {assignments.pages_fetched} requests, stopped at the reported total")


# -- 5 ----------------------------------------------------------------------------------------------------------


def _step_typed_error(tour: Tour) -> None:
    from openrouter_api.api.chat import send_chat_completion_request

    tour.out("bad = client.with_options(api_key=<a key no account has>, max_retries=0)")
    tour.out("try:")
    tour.out("    bad.call(send_chat_completion_request, body=...)")
    tour.out("except APIStatusError as exc:  # AuthenticationError, RateLimitError, NotFoundError, ...")
    bad = tour.client.with_options(api_key=UNKNOWN_KEY, max_retries=0)
    try:
        bad.call(send_chat_completion_request, body=_chat_body(tour, "Hello", max_tokens=5))
    except APIStatusError as exc:
        tour.out()
        tour.out(f"caught {type(exc).__name__} (a subclass of {type(exc).__mro__[1].__name__})")
        tour.out(f"  status:  {exc.status_code}")
        tour.out(f"  code:    {exc.code}")
        tour.out(f"  message: {exc.message}")
        tour.out("  (the key it was sent with appears nowhere: not in str(exc), repr(exc) or the logs)")
        return
    tour.out("unexpected: the call succeeded")
    tour.failures.append("no error raised")
