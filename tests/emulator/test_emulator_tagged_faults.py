"""Faults for one request among many (tags), a 200 whose choice failed, and invalid UTF-8 in a JSON body."""

from __future__ import annotations

import json

import httpx
import pytest

from openrouter_ext.testing import FAULT_TAG_HEADER, Emulator, FailedChoice, InvalidUtf8, rate_limited

CHAT_ROUTE = "POST /chat/completions"
CHAT = {"model": "emulator/count", "messages": [{"role": "user", "content": "Hello"}]}


def test_a_tagged_rule_spoils_only_the_requests_that_send_its_tag(emu: Emulator, client: httpx.Client) -> None:
    rule = emu.faults.add(rate_limited(retry_after=0), route=CHAT_ROUTE, times=2, tag="b")
    untagged = client.post("/chat/completions", json=CHAT)
    other_tag = client.post("/chat/completions", json=CHAT, headers={FAULT_TAG_HEADER: "a"})
    tagged = [client.post("/chat/completions", json=CHAT, headers={FAULT_TAG_HEADER: "b"}) for _ in range(3)]
    assert (untagged.status_code, other_tag.status_code) == (200, 200)
    assert [r.status_code for r in tagged] == [429, 429, 200]
    assert rule.fired == 2
    assert [r.faults for r in emu.requests] == [(), (), ("HttpError",), ("HttpError",), ()]


def test_untagged_rules_still_apply_to_tagged_requests(emu: Emulator, client: httpx.Client) -> None:
    emu.faults.add(rate_limited(retry_after=0), route=CHAT_ROUTE)
    response = client.post("/chat/completions", json=CHAT, headers={FAULT_TAG_HEADER: "x"})
    assert response.status_code == 429


def test_an_empty_tag_is_refused(emu: Emulator) -> None:
    with pytest.raises(ValueError, match="tag"):
        emu.faults.add(rate_limited(), tag=" ")


def test_failed_choice_is_a_200_whose_choice_finished_with_error(emu: Emulator, client: httpx.Client) -> None:
    emu.faults.add(FailedChoice(code=503, message="upstream fell over", metadata={"provider_name": "Emu"}))
    response = client.post("/chat/completions", json=CHAT)
    assert response.status_code == 200
    choice = response.json()["choices"][0]
    assert choice["finish_reason"] == "error"
    assert choice["error"] == {"code": 503, "message": "upstream fell over", "metadata": {"provider_name": "Emu"}}
    assert choice["message"]["content"] == "1 2 3 4 5"  # what was generated before the failure stays


def test_failed_choice_leaves_error_statuses_and_streams_alone(emu: Emulator, client: httpx.Client) -> None:
    emu.faults.add([rate_limited(retry_after=0), FailedChoice()])
    assert client.post("/chat/completions", json=CHAT).json()["error"]["code"] == 429
    emu.faults.add(FailedChoice())
    with client.stream("POST", "/chat/completions", json={**CHAT, "stream": True}) as response:
        body = response.read()
    assert b'"finish_reason":"error"' not in body
    assert body.endswith(b"data: [DONE]\n\n")


def test_invalid_utf8_in_a_json_body(emu: Emulator, client: httpx.Client) -> None:
    emu.faults.add(InvalidUtf8(), route=CHAT_ROUTE)
    response = client.post("/chat/completions", json=CHAT)
    assert response.status_code == 200
    assert int(response.headers["content-length"]) == len(response.content)
    assert b"\xff\xfe" in response.content
    with pytest.raises(UnicodeDecodeError):
        response.content.decode("utf-8")
    # Apart from the encoding the body is the usual completion.
    repaired = json.loads(response.content.decode("utf-8", errors="replace"))
    assert repaired["choices"][0]["message"]["content"] == "1 2 3 4 5"
