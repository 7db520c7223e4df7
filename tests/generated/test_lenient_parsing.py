"""Responses drift from the spec; the generated models must parse them anyway and give back what came in.

Checked on the package generated from the small fixture spec (tests/pipeline/specs/constructs.yaml) and on the real
package generated from openapi/openrouter.yaml.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "pipeline"))

from pipeline_helpers import import_fixture_package


@pytest.fixture(scope="module")
def fx() -> Any:
    return import_fixture_package("constructs").models


def fixture_chat_body() -> dict[str, Any]:
    return {
        "id": "gen-1",
        "object": "chat.completion",
        "created": 1700000000,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 3, "completion_tokens": 1},
    }


def test_missing_required_field_parses_and_raises_only_when_read(fx: Any) -> None:
    from constructs_api.types import MissingFieldError

    body = fixture_chat_body()
    del body["created"]
    del body["choices"][0]["finish_reason"]
    del body["usage"]["completion_tokens"]
    response = fx.ChatResponse.from_dict(body)
    with pytest.raises(MissingFieldError, match=r"^ChatResponse\.created is missing") as info:
        _ = response.created
    assert (info.value.model, info.value.field) == ("ChatResponse", "created")
    with pytest.raises(MissingFieldError, match=r"Choice\.finish_reason"):
        _ = response.choices[0].finish_reason
    assert not hasattr(response.usage, "completion_tokens")
    assert getattr(response.usage, "completion_tokens", None) is None
    assert response.usage.prompt_tokens == 3
    assert "created=UNSET" in repr(response)  # repr and equality never raise
    assert response == fx.ChatResponse.from_dict(body)
    assert response.to_dict() == body


def test_unknown_fields_stay_in_additional_properties_at_every_level(fx: Any) -> None:
    body = fixture_chat_body()
    body["system_fingerprint"] = "fp_1"
    body["choices"][0]["logprobs"] = {"content": []}
    body["choices"][0]["message"]["reasoning"] = "because"
    response = fx.ChatResponse.from_dict(body)
    assert response.additional_properties == {"system_fingerprint": "fp_1"}
    assert response.choices[0]["logprobs"] == {"content": []}
    assert response.choices[0].message.additional_properties == {"reasoning": "because"}
    assert response.to_dict() == body


def test_unknown_field_kept_even_where_the_spec_forbids_extra_keys(fx: Any) -> None:
    request = fx.ChatRequest.from_dict({"model": "m", "messages": [], "future_option": True})
    assert request.additional_properties == {"future_option": True}
    assert request.to_dict() == {"model": "m", "messages": [], "future_option": True}


def test_unknown_enum_value_keeps_its_string(fx: Any) -> None:
    body = fixture_chat_body()
    body["choices"][0]["finish_reason"] = "new_reason"
    body["choices"][0]["message"]["role"] = "critic"
    response = fx.ChatResponse.from_dict(body)
    reason = response.choices[0].finish_reason
    assert isinstance(reason, fx.FinishReason)
    assert reason == "new_reason"
    assert reason.value == "new_reason"
    assert str(reason) == "new_reason"
    assert not fx.FinishReason.is_known(reason)
    assert response.choices[0].message.role.value == "critic"
    assert fx.FinishReason("stop") is fx.FinishReason.STOP  # known values are still the members
    assert response.to_dict() == body


def test_different_const_and_unexpected_null_are_kept(fx: Any) -> None:
    body = fixture_chat_body()
    body["object"] = "chat.completion.v2"
    body["choices"][0]["message"] = None
    response = fx.ChatResponse.from_dict(body)
    assert response.object_ == "chat.completion.v2"
    assert response.choices[0].message is None
    assert response.to_dict() == body


def test_union_prefers_the_member_that_matches_and_falls_back_leniently(fx: Any) -> None:
    parts = [
        {"type": "image_url", "image_url": "https://x/y.png", "kind": "image"},
        {"type": "text", "text": "caption"},
        {"type": "text"},  # matches no member exactly: parsed leniently, nothing lost
    ]
    message = fx.Message.from_dict({"content": parts})
    assert [type(part).__name__ for part in message.content] == [
        "ContentPartImageUrl",
        "ContentPartText",
        "ContentPartText",
    ]
    assert message.to_dict() == {"content": parts}


def test_parse_success_is_lenient_too() -> None:
    import_fixture_package("constructs")
    from constructs_api.api.items import list_items

    response = httpx.Response(
        200,
        json={"data": [{"label": "a", "surprise": 1}], "next_cursor": "c"},
        request=httpx.Request("GET", "https://example.invalid/items"),
    )
    page = list_items.parse_success(response)
    assert page.data[0].label == "a"
    assert page.data[0]["surprise"] == 1
    assert page["next_cursor"] == "c"


def test_real_chat_response_with_drift_parses_and_round_trips() -> None:
    from openrouter_api.models import ChatFinishReasonEnum, ChatResult
    from openrouter_api.types import UNSET

    body: dict[str, Any] = {
        "id": "gen-123",
        "object": "chat.completion",
        "created": 1700000000,
        "model": "openai/gpt-4o",
        # "system_fingerprint" (required by the spec) is missing
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "Paris.", "brand_new_field": {"x": 1}},
                "finish_reason": "paused_by_provider",
            }
        ],
        "usage": {"prompt_tokens": 5, "completion_tokens": 2, "total_tokens": 7, "cost": 0.0001},
        "unlisted_top_level": [1, 2],
    }
    response = ChatResult.from_dict(body)
    assert getattr(response, "system_fingerprint", UNSET) is UNSET
    assert response.additional_properties == {"unlisted_top_level": [1, 2]}
    choice = response.choices[0]
    assert choice.message.additional_properties == {"brand_new_field": {"x": 1}}
    assert isinstance(choice.finish_reason, ChatFinishReasonEnum)
    assert not ChatFinishReasonEnum.is_known("paused_by_provider")
    assert choice.finish_reason == "paused_by_provider"
    assert response.to_dict() == body


def test_real_models_list_entry_missing_required_fields_parses() -> None:
    from openrouter_api.api.models import get_models

    body = {"data": [{"id": "openai/gpt-4o", "name": "GPT-4o", "new_flag": True}]}
    response = httpx.Response(200, json=body, request=httpx.Request("GET", "https://openrouter.ai/api/v1/models"))
    models = get_models.parse_success(response)
    entry = models.data[0]
    assert entry.id == "openai/gpt-4o"
    assert not hasattr(entry, "pricing")
    assert entry["new_flag"] is True
    assert models.to_dict() == body
