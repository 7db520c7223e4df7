"""How a user calls the facade; type-checked with mypy --strict (test_typed_usage.py) and run against the emulator.

`reveal_type` lines are checked against mypy's output by the test; at run time they are no-ops.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from openrouter_api.params import ChatUserMessageParam, ProviderPreferencesParam

from openrouter_ext import OpenRouter, ProviderRouting

if not TYPE_CHECKING:

    def reveal_type(value: object) -> object:
        return value


def main(base_url: str) -> None:
    with OpenRouter(api_key="sk-or-test", base_url=base_url, max_retries=0) as client:
        chat = client.chat.send(
            model="openai/gpt-4o-mini",
            messages=[{"role": "user", "content": "hi"}],
            provider=ProviderRouting.cheapest().max_price(prompt=1),  # a builder where the spec has an object
        )
        reveal_type(chat)
        # Plain dicts all the way down, checked against the TypedDicts (openrouter_api.params) by mypy.
        question: ChatUserMessageParam = {"role": "user", "content": [{"type": "text", "text": "hi"}]}
        routing: ProviderPreferencesParam = {"sort": "price", "allow_fallbacks": True, "quantizations": ["fp8"]}
        from_dicts = client.chat.send(
            model="openai/gpt-4o-mini",
            messages=[{"role": "system", "content": "be brief"}, question],
            provider=routing,
            reasoning={"effort": "low"},
            response_format={"type": "json_object"},
        )
        reveal_type(from_dicts)
        raw = client.chat.with_raw_response.send(
            model="openai/gpt-4o-mini", messages=[{"role": "user", "content": "x"}]
        )
        reveal_type(raw)
        response = client.responses.send(model="openai/gpt-4o", input="hi")
        reveal_type(response)
        message = client.messages.create(
            model="anthropic/claude-sonnet-4", max_tokens=16, messages=[{"role": "user", "content": "hi"}]
        )
        reveal_type(message)
        embeddings = client.embeddings.generate(model="openai/text-embedding-3-small", input="hello")
        reveal_type(embeddings)
        models = client.models.list()
        reveal_type(models)
        count = client.models.count()
        reveal_type(count)
        created = client.api_keys.create(name="ci key", limit=5.0)
        reveal_type(created)
        for key in client.api_keys.list(max_items=3):
            reveal_type(key)
        guardrail = client.guardrails.create(name="no pii")
        reveal_type(guardrail)
        uploaded = client.files.upload(file=b"some text")
        reveal_type(uploaded)
        credits = client.credits.get_credits()
        reveal_type(credits)
        generation_id = raw.generation_id
        assert generation_id is not None
        generation = client.generations.get_generation(id=generation_id)
        reveal_type(generation)
        print(
            type(chat).__name__,
            type(from_dicts).__name__,
            type(response).__name__,
            type(message).__name__,
            type(embeddings).__name__,
            type(count).__name__,
            type(created).__name__,
            type(guardrail).__name__,
            type(uploaded).__name__,
            type(credits).__name__,
            type(generation).__name__,
            len(models.to_list()),
        )


if __name__ == "__main__":
    main(sys.argv[1])
