"""The routing builders' JSON reaches the wire exactly, replayed from cassettes.

The cassettes match on the request body, so a request whose `provider` or `models` differ by one key or value
finds no recorded answer and fails the test, on top of the explicit comparisons below. The two tests give the
prices once as strings and once as numbers: both must send the strings the recorded request holds.
"""

from __future__ import annotations

from typing import Any

import pytest
from openrouter_api.api.chat import send_chat_completion_request
from openrouter_api.models.chat_request import ChatRequest

from openrouter_ext import ModelSelection, OpenRouter, ProviderRouting

pytestmark = pytest.mark.vcr

MESSAGES = [{"role": "user", "content": "Say hello in French, in two words."}]

# What the builders below must put on the wire, written out by hand.
EXPECTED_PROVIDER = {
    "ignore": ["deepinfra"],
    "data_collection": "deny",
    "quantizations": ["fp8", "bf16"],
    "sort": "price",
    "max_price": {"prompt": "0.5", "completion": "2"},
}
EXPECTED_MODELS = {"model": "openai/gpt-4o-mini", "models": ["anthropic/claude-3.5-haiku"]}


def _routing(prompt: float | str, completion: int | str) -> ProviderRouting:
    return (
        ProviderRouting.cheapest()
        .ignore("deepinfra")
        .quantizations("fp8", "bf16")
        .max_price(prompt=prompt, completion=completion)
        .data_collection("deny")
    )


def _selection() -> ModelSelection:
    return ModelSelection("openai/gpt-4o-mini").fallbacks("anthropic/claude-3.5-haiku")


def test_call_sends_the_builders_json(openrouter: OpenRouter, cassette: Any) -> None:
    body = ChatRequest.from_dict(
        {**_selection().to_params(), "messages": MESSAGES, "provider": _routing("0.5", "2").build().to_dict()}
    )

    chat = openrouter.call(send_chat_completion_request, body=body)

    cassette.assert_exchanges(("POST", "/chat/completions", None))
    sent = cassette.request_json(0)
    assert sent["provider"] == EXPECTED_PROVIDER
    assert {key: sent[key] for key in ("model", "models")} == EXPECTED_MODELS
    assert chat.choices[0].message.content == cassette.response_json(0)["choices"][0]["message"]["content"]
    # `provider` is one the published spec lacks (the overlay adds it); either way it reaches the user.
    assert chat.to_dict()["provider"] == "OpenAI"


def test_stream_sends_the_builder_itself(openrouter: OpenRouter, cassette: Any) -> None:
    with openrouter.chat.stream(**_selection().to_params(), messages=MESSAGES, provider=_routing(0.5, 2)) as stream:
        text = "".join(stream.text())

    cassette.assert_exchanges(("POST", "/chat/completions", None))
    sent = cassette.request_json(0)
    assert sent["provider"] == EXPECTED_PROVIDER
    assert {key: sent[key] for key in ("model", "models")} == EXPECTED_MODELS
    assert sent["stream"] is True
    assert text == "Bonjour, salut !"
