"""Plain-dict arguments with one mistake per marked line: mypy --strict must report an error on exactly the lines
whose comment says `error` (test_typed_params.py). Never run; the unmarked calls are correct and must pass.
"""

from __future__ import annotations

from openrouter_api.params import ChatUserMessageParam, ProviderPreferencesParam

from openrouter_ext import OpenRouter

USER: ChatUserMessageParam = {"role": "user", "content": "hi"}


def mistakes(client: OpenRouter) -> None:
    client.chat.send(model="m", messages=[{"role": "user", "contnet": "hi"}])  # error: misspelled key
    client.chat.send(model="m", messages=[USER], provider={"sort": 3})  # error: an int where the spec has a string
    client.chat.send(model="m", messages=[USER], provider={"data_collection": "maybe"})  # error: not in the enum
    client.chat.send(model="m", messages=[{"role": "usr", "content": "hi"}])  # error: role outside its enum
    client.chat.send(model="m", messages=[{"role": "user", "content": [{"type": "text", "txt": "hi"}]}])  # error
    client.chat.send(model="m", messages=[USER], reasoning={"effort": "extreme"})  # error: not in the enum
    client.chat.send(model="m", messages=[USER], response_format={"type": "json"})  # error: no such member
    client.messages.create(
        model="m",
        max_tokens=8,
        messages=[{"role": "user", "content": "hi"}],
        thinking={"type": "enabled", "budget_tokens": "lots"},  # error: a string where the spec has an integer
    )
    client.responses.send(model="m", input=[{"type": "message", "role": "user", "content": "hi", "colour": 1}])  # error
    missing: ChatUserMessageParam = {"role": "user"}  # error: the required key content is missing
    routing: ProviderPreferencesParam = {"sort": "price", "quantizations": ["fp3"]}  # error: not in the enum
    del missing, routing


def correct(client: OpenRouter) -> None:
    client.chat.send(model="m", messages=[USER, {"role": "system", "content": "be brief"}], provider={"sort": "price"})
    client.chat.send(model="m", messages=[{"role": "user", "content": [{"type": "text", "text": "hi"}]}])
    client.messages.create(model="m", max_tokens=8, messages=[{"role": "user", "content": "hi"}])
