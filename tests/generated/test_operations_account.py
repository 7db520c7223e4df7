"""Cassette-backed tests of the account operations: generations, activity, credits, the retired Coinbase charge."""

from __future__ import annotations

import pytest
from openrouter_api.api.analytics import get_user_activity
from openrouter_api.api.credits_ import create_coinbase_charge, get_credits
from openrouter_api.api.generations import get_generation, list_generation_content
from openrouter_api.models import (
    ActivityResponse,
    CoinbaseCreditResponse,
    CreateChargeRequest,
    CreditsResponse,
    ErrorResponse,
    GenerationContentResponse,
    GenerationResponse,
)

from openrouter_ext import APIStatusError, NotFoundError, OpenRouter

pytestmark = pytest.mark.vcr

GENERATION_ID = "gen-1756032000-Xy7pQ2rLmN4vB8sT"
CHARGE = {"amount": 25, "sender": "0x4a7c2E91b3D05f8A6e1C9d2B7F3a0E5c8D1b6F29", "chain_id": 8453}


@pytest.mark.replay_only(reason="needs the id of a finished generation of the recording account")
def test_get_generation(openrouter: OpenRouter, cassette) -> None:
    result = openrouter.call(get_generation, id=GENERATION_ID)

    cassette.assert_exchanges(("GET", "/generation", {"id": GENERATION_ID}))
    body = cassette.response_json(0)["data"]
    assert isinstance(result, GenerationResponse)
    generation = result.data
    assert generation.id == GENERATION_ID
    assert generation.model == body["model"]
    assert generation.provider_name == body["provider_name"]
    assert generation.total_cost == body["total_cost"]
    assert generation.tokens_prompt == body["tokens_prompt"]
    assert generation.tokens_completion == body["tokens_completion"]
    assert generation.native_tokens_cached == body["native_tokens_cached"]
    assert generation.streamed is body["streamed"]
    assert generation.finish_reason == body["finish_reason"]
    assert generation.cache_discount is None
    assert generation.provider_responses[0].status == body["provider_responses"][0]["status"]
    assert generation.provider_responses[0].provider_name == body["provider_responses"][0]["provider_name"]


def test_get_generation_not_found(openrouter: OpenRouter, cassette) -> None:
    missing = "gen-1756113999-NotStoredYet00"
    with pytest.raises(NotFoundError) as caught:
        openrouter.call(get_generation, id=missing)

    cassette.assert_exchanges(("GET", "/generation", {"id": missing}))
    assert caught.value.status_code == 404
    assert caught.value.message == cassette.response_json(0)["error"]["message"]


@pytest.mark.replay_only(reason="needs the id of a finished generation of the recording account")
def test_list_generation_content(openrouter: OpenRouter, cassette) -> None:
    result = openrouter.call(list_generation_content, id=GENERATION_ID)

    cassette.assert_exchanges(("GET", "/generation/content", {"id": GENERATION_ID}))
    body = cassette.response_json(0)["data"]
    assert isinstance(result, GenerationContentResponse)
    assert result.data.output.completion == body["output"]["completion"]
    assert result.data.output.reasoning is None
    assert result.data.error is None
    assert result.data.input_.to_dict() == body["input"]


def test_get_user_activity(openrouter_mgmt: OpenRouter, cassette) -> None:
    result = openrouter_mgmt.call(get_user_activity, date="2025-08-23")

    cassette.assert_exchanges(("GET", "/activity", {"date": "2025-08-23"}))
    body = cassette.response_json(0)
    assert isinstance(result, ActivityResponse)
    assert len(result.data) == len(body["data"])
    for row, recorded in zip(result.data, body["data"], strict=True):
        assert row.date == recorded["date"]
        assert row.model == recorded["model"]
        assert row.provider_name == recorded["provider_name"]
        assert row.usage == recorded["usage"]
        assert row.requests == recorded["requests"]
        assert row.prompt_tokens == recorded["prompt_tokens"]
        assert row.completion_tokens == recorded["completion_tokens"]


def test_get_credits(openrouter_mgmt: OpenRouter, cassette) -> None:
    result = openrouter_mgmt.call(get_credits)

    cassette.assert_exchanges(("GET", "/credits", None))
    body = cassette.response_json(0)["data"]
    assert isinstance(result, CreditsResponse)
    assert result.data.total_credits == body["total_credits"]
    assert result.data.total_usage == body["total_usage"]
    assert isinstance(result.data.total_usage, float)


def test_create_coinbase_charge_gone(openrouter_mgmt: OpenRouter, cassette) -> None:
    with pytest.raises(APIStatusError) as caught:
        openrouter_mgmt.call(create_coinbase_charge, body=CreateChargeRequest.from_dict(CHARGE))

    cassette.assert_exchanges(("POST", "/credits/coinbase", None))
    assert cassette.request_json(0) == CHARGE
    recorded = cassette.response_json(0)["error"]
    assert caught.value.status_code == 410
    assert caught.value.code == 410
    assert caught.value.message == recorded["message"]
    assert ErrorResponse.from_dict(caught.value.body).error.message == recorded["message"]


@pytest.mark.replay_only(reason="OpenRouter retired Coinbase charges; this is the shape they had")
def test_create_coinbase_charge(openrouter_mgmt: OpenRouter, cassette) -> None:
    result = openrouter_mgmt.call(create_coinbase_charge, body=CreateChargeRequest.from_dict(CHARGE))

    cassette.assert_exchanges(("POST", "/credits/coinbase", None))
    assert cassette.request_json(0) == CHARGE
    body = cassette.response_json(0)["data"]
    assert isinstance(result, CoinbaseCreditResponse)
    assert result.data.id == body["id"]
    assert result.data.expires_at == body["expires_at"]
    intent = result.data.web3_data.transfer_intent
    assert intent.metadata.chain_id == 8453
    assert intent.metadata.sender == CHARGE["sender"]
    assert intent.call_data.recipient_amount == body["web3_data"]["transfer_intent"]["call_data"]["recipient_amount"]
    assert result.data.created_at == body["created_at"]
