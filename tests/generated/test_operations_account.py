"""Cassette tests of the account operations: credits (and the retired Coinbase charge), generations, analytics,
organization members. Bodies are the spec's examples, except GET /generation (recorded, with its 404).
"""

from __future__ import annotations

import pytest
from openrouter_api.api.analytics import get_analytics_meta, get_user_activity, query_analytics
from openrouter_api.api.credits_ import create_coinbase_charge, get_credits
from openrouter_api.api.generations import get_generation, list_generation_content, submit_generation_feedback
from openrouter_api.api.organization import list_organization_members
from openrouter_api.models import (
    ActivityResponse,
    GenerationContentResponse,
    GenerationResponse,
    GetAnalyticsMetaResponse200,
    GetCreditsResponse200,
    GoneResponse,
    ListOrganizationMembersResponse200,
    NotFoundResponse,
    QueryAnalyticsBody,
    QueryAnalyticsResponse200,
    SubmitGenerationFeedbackRequest,
    SubmitGenerationFeedbackResponse,
)

# `make record` must not rewrite these: a cassette holds a real body from tests/recorded/ or the spec's example
# (the documented answer, for requests that would change a real account), not what the recording account answers.
pytestmark = [pytest.mark.vcr, pytest.mark.replay_only(reason="cassette bodies are recorded or documented ones")]


def test_get_user_activity(api, cassette) -> None:
    response = get_user_activity.sync_detailed(client=api, date="2025-08-24")

    cassette.assert_exchanges(("GET", "/activity", {"date": "2025-08-24"}))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, ActivityResponse)
    assert parsed.data[0].model == body["data"][0]["model"]
    assert parsed.data[0].usage == body["data"][0]["usage"]
    assert parsed.data[0].byok_usage_inference == body["data"][0]["byok_usage_inference"]
    assert parsed.data[0].completion_tokens == body["data"][0]["completion_tokens"]
    assert parsed.data[0].date == body["data"][0]["date"]
    assert parsed.to_dict() == body


def test_get_analytics_meta(api, cassette) -> None:
    http_response = api.get_httpx_client().request(**get_analytics_meta.build_request())

    cassette.assert_exchanges(("GET", "/analytics/meta", None))
    body = cassette.response_json(0)
    assert http_response.status_code == 200
    parsed = get_analytics_meta.parse_success(http_response)
    assert isinstance(parsed, GetAnalyticsMetaResponse200)
    assert parsed.data.dimensions[0].name == body["data"]["dimensions"][0]["name"]
    assert parsed.data.granularities[0].name == body["data"]["granularities"][0]["name"]
    assert parsed.data.metrics[0].name == body["data"]["metrics"][0]["name"]
    assert parsed.data.operators[0].name == body["data"]["operators"][0]["name"]
    assert parsed.data.dimensions[0].display_label == body["data"]["dimensions"][0]["display_label"]
    assert parsed.to_dict() == body


async def test_query_analytics(async_api, cassette) -> None:
    request = {
        "dimensions": ["model"],
        "granularity": "day",
        "limit": 100,
        "metrics": ["request_count"],
        "time_range": {"end": "2025-01-08T00:00:00Z", "start": "2025-01-01T00:00:00Z"},
    }
    response = await query_analytics.asyncio_detailed(client=async_api, body=QueryAnalyticsBody.from_dict(request))

    cassette.assert_exchanges(("POST", "/analytics/query", None))
    # The times are date-time fields: the request carries the same instants, written as Python's isoformat.
    sent = cassette.request_json(0)
    assert sent["time_range"] == {"end": "2025-01-08T00:00:00+00:00", "start": "2025-01-01T00:00:00+00:00"}
    assert {**sent, "time_range": request["time_range"]} == request
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, QueryAnalyticsResponse200)
    assert parsed.data.metadata.query_time_ms == body["data"]["metadata"]["query_time_ms"]
    assert parsed.data.metadata.row_count == body["data"]["metadata"]["row_count"]
    assert parsed.data.metadata.truncated == body["data"]["metadata"]["truncated"]
    assert parsed.to_dict() == body


def test_get_credits(api, cassette) -> None:
    response = get_credits.sync_detailed(
        client=api,
    )

    cassette.assert_exchanges(("GET", "/credits", None))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, GetCreditsResponse200)
    assert parsed.data.total_credits == body["data"]["total_credits"]
    assert parsed.data.total_usage == body["data"]["total_usage"]
    assert parsed.to_dict() == body


def test_get_generation(api, cassette) -> None:
    """The body is recorded: tests/recorded/generation.get.json."""
    http_response = api.get_httpx_client().request(
        **get_generation.build_request(id="gen-1766949285-8PYCu1kOIutyIkwhpEHY")
    )

    cassette.assert_exchanges(("GET", "/generation", {"id": "gen-1766949285-8PYCu1kOIutyIkwhpEHY"}))
    body = cassette.response_json(0)
    assert http_response.status_code == 200
    parsed = get_generation.parse_success(http_response)
    assert isinstance(parsed, GenerationResponse)
    assert parsed.data.id == body["data"]["id"]
    assert parsed.data.model == body["data"]["model"]
    assert parsed.data.created_at == body["data"]["created_at"]
    assert parsed.data.usage == body["data"]["usage"]
    assert parsed.data.api_type == body["data"]["api_type"]
    assert parsed.to_dict() == body


async def test_list_generation_content(async_api, cassette) -> None:
    response = await list_generation_content.asyncio_detailed(client=async_api, id="gen-1234567890")

    cassette.assert_exchanges(("GET", "/generation/content", {"id": "gen-1234567890"}))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, GenerationContentResponse)
    assert parsed.data.output.completion == body["data"]["output"]["completion"]
    assert parsed.to_dict() == body


def test_submit_generation_feedback(api, cassette) -> None:
    request = {
        "category": "incorrect_response",
        "comment": "The model repeated the same paragraph three times.",
        "generation_id": "gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG",
    }
    response = submit_generation_feedback.sync_detailed(
        client=api, body=SubmitGenerationFeedbackRequest.from_dict(request)
    )

    cassette.assert_exchanges(("POST", "/generation/feedback", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, SubmitGenerationFeedbackResponse)
    assert parsed.data.success == body["data"]["success"]
    assert parsed.to_dict() == body


def test_list_organization_members(api, cassette) -> None:
    http_response = api.get_httpx_client().request(**list_organization_members.build_request(limit=50))

    cassette.assert_exchanges(("GET", "/organization/members", {"limit": "50"}))
    body = cassette.response_json(0)
    assert http_response.status_code == 200
    parsed = list_organization_members.parse_success(http_response)
    assert isinstance(parsed, ListOrganizationMembersResponse200)
    assert parsed.data[0].id == body["data"][0]["id"]
    assert parsed.total_count == body["total_count"]
    assert parsed.data[0].role == body["data"][0]["role"]
    assert parsed.data[0].email == body["data"][0]["email"]
    assert parsed.data[0].first_name == body["data"][0]["first_name"]
    assert parsed.to_dict() == body


def test_create_coinbase_charge_gone(api, cassette) -> None:
    """The spec's 410 example: the endpoint is deprecated and "will never return a 200 response"."""
    response = create_coinbase_charge.sync_detailed(client=api)

    cassette.assert_exchanges(("POST", "/credits/coinbase", None))
    body = cassette.response_json(0)
    assert response.status_code == 410
    assert isinstance(response.parsed, GoneResponse)
    assert response.parsed.error.code == 410
    assert response.parsed.error.message == body["error"]["message"]
    assert response.parsed.to_dict() == body


def test_get_generation_not_found(api, cassette) -> None:
    """The body is recorded: tests/recorded/generation.error_404.json (asked right after the completion)."""
    response = get_generation.sync_detailed(client=api, id="gen-1766949107-ZnqWPveEYaFq4yurMqKX")

    cassette.assert_exchanges(("GET", "/generation", {"id": "gen-1766949107-ZnqWPveEYaFq4yurMqKX"}))
    body = cassette.response_json(0)
    assert response.status_code == 404
    assert isinstance(response.parsed, NotFoundResponse)
    assert response.parsed.error.code == 404
    assert response.parsed.error.message == body["error"]["message"]
    assert response.parsed.to_dict() == body
