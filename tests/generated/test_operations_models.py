"""Cassette tests of the catalog: models, endpoints, providers, benchmarks, classifications and datasets.

Each test drives the generated endpoint module (`sync_detailed`, `asyncio_detailed`, or `build_request` +
`parse_success`) and checks the request sent and the typed result. Unless a test says otherwise, the body is the
spec's example.
"""

from __future__ import annotations

import pytest
from openrouter_api.api.benchmarks import get_benchmarks
from openrouter_api.api.classifications import get_task_classifications
from openrouter_api.api.datasets import get_app_rankings, get_rankings_daily, get_session_cost
from openrouter_api.api.endpoints import list_endpoints, list_endpoints_zdr
from openrouter_api.api.models import get_model, get_models, list_models_count, list_models_user
from openrouter_api.api.providers import list_providers
from openrouter_api.models import (
    AppRankingsResponse,
    GetAppRankingsCategory,
    GetBenchmarksSource,
    GetRankingsDailyPeriod,
    GetTaskClassificationsWindow,
    ListEndpointsResponse200,
    ListEndpointsZdrResponse200,
    ListProvidersResponse200,
    ModelResponse,
    ModelsCountResponse,
    ModelsListResponse,
    RankingsDailyResponse,
    SessionCostResponse,
    TaskClassificationResponse,
    UnifiedBenchmarksResponse,
)

# `make record` must not rewrite these: a cassette holds a real body from tests/recorded/ or the spec's example
# (the documented answer, for requests that would change a real account), not what the recording account answers.
pytestmark = [pytest.mark.vcr, pytest.mark.replay_only(reason="cassette bodies are recorded or documented ones")]


def test_get_benchmarks(api, cassette) -> None:
    response = get_benchmarks.sync_detailed(
        client=api, source=GetBenchmarksSource("artificial-analysis"), max_results=50
    )

    cassette.assert_exchanges(("GET", "/benchmarks", {"source": "artificial-analysis", "max_results": "50"}))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, UnifiedBenchmarksResponse)
    assert parsed.meta.version == body["meta"]["version"]
    assert parsed.data[0].agentic_index == body["data"][0]["agentic_index"]
    assert parsed.data[0].coding_index == body["data"][0]["coding_index"]
    assert parsed.data[0].display_name == body["data"][0]["display_name"]
    assert parsed.data[0].intelligence_index == body["data"][0]["intelligence_index"]
    assert parsed.to_dict() == body


def test_get_task_classifications(api, cassette) -> None:
    http_response = api.get_httpx_client().request(
        **get_task_classifications.build_request(window=GetTaskClassificationsWindow("7d"))
    )

    cassette.assert_exchanges(("GET", "/classifications/task", {"window": "7d"}))
    body = cassette.response_json(0)
    assert http_response.status_code == 200
    parsed = get_task_classifications.parse_success(http_response)
    assert isinstance(parsed, TaskClassificationResponse)
    assert parsed.data.classifications[0].models[0].id == body["data"]["classifications"][0]["models"][0]["id"]
    assert parsed.data.macro_categories[0].key == body["data"]["macro_categories"][0]["key"]
    assert parsed.data.macro_categories[0].label == body["data"]["macro_categories"][0]["label"]
    assert parsed.data.as_of == body["data"]["as_of"]
    assert parsed.data.window_days == body["data"]["window_days"]
    assert parsed.to_dict() == body


async def test_get_app_rankings(async_api, cassette) -> None:
    response = await get_app_rankings.asyncio_detailed(
        client=async_api, category=GetAppRankingsCategory("coding"), limit=50
    )

    cassette.assert_exchanges(("GET", "/datasets/app-rankings", {"category": "coding", "limit": "50"}))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, AppRankingsResponse)
    assert parsed.meta.version == body["meta"]["version"]
    assert parsed.data[0].app_id == body["data"][0]["app_id"]
    assert parsed.data[0].app_name == body["data"][0]["app_name"]
    assert parsed.data[0].rank == body["data"][0]["rank"]
    assert parsed.data[0].total_requests == body["data"][0]["total_requests"]
    assert parsed.to_dict() == body


def test_get_rankings_daily(api, cassette) -> None:
    response = get_rankings_daily.sync_detailed(
        client=api, start_date="2026-04-12", period=GetRankingsDailyPeriod("day")
    )

    cassette.assert_exchanges(("GET", "/datasets/rankings-daily", {"start_date": "2026-04-12", "period": "day"}))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, RankingsDailyResponse)
    assert parsed.meta.version == body["meta"]["version"]
    assert parsed.data[0].date == body["data"][0]["date"]
    assert parsed.data[0].model_permaslug == body["data"][0]["model_permaslug"]
    assert parsed.data[0].total_tokens == body["data"][0]["total_tokens"]
    assert parsed.meta.as_of == body["meta"]["as_of"]
    assert parsed.to_dict() == body


def test_get_session_cost(api, cassette) -> None:
    http_response = api.get_httpx_client().request(**get_session_cost.build_request(app_slug="hermes-agent"))

    cassette.assert_exchanges(("GET", "/datasets/session-cost", {"app_slug": "hermes-agent"}))
    body = cassette.response_json(0)
    assert http_response.status_code == 200
    parsed = get_session_cost.parse_success(http_response)
    assert isinstance(parsed, SessionCostResponse)
    assert parsed.meta.version == body["meta"]["version"]
    assert parsed.data[0].app_name == body["data"][0]["app_name"]
    assert parsed.data[0].app_slug == body["data"][0]["app_slug"]
    assert parsed.data[0].median_session_cost_usd == body["data"][0]["median_session_cost_usd"]
    assert parsed.data[0].model_permaslug == body["data"][0]["model_permaslug"]
    assert parsed.to_dict() == body


async def test_list_endpoints_zdr(async_api, cassette) -> None:
    response = await list_endpoints_zdr.asyncio_detailed(
        client=async_api,
    )

    cassette.assert_exchanges(("GET", "/endpoints/zdr", None))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, ListEndpointsZdrResponse200)
    assert parsed.data[0].name == body["data"][0]["name"]
    assert parsed.data[0].status == body["data"][0]["status"]
    assert parsed.data[0].context_length == body["data"][0]["context_length"]
    assert parsed.data[0].max_completion_tokens == body["data"][0]["max_completion_tokens"]
    assert parsed.data[0].max_prompt_tokens == body["data"][0]["max_prompt_tokens"]
    assert parsed.to_dict() == body


def test_get_model(api, cassette) -> None:
    response = get_model.sync_detailed(client=api, author="openai", slug="gpt-4")

    cassette.assert_exchanges(("GET", "/model/openai/gpt-4", None))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, ModelResponse)
    assert parsed.data.id == body["data"]["id"]
    assert parsed.data.name == body["data"]["name"]
    assert parsed.data.canonical_slug == body["data"]["canonical_slug"]
    assert parsed.data.context_length == body["data"]["context_length"]
    assert parsed.data.created == body["data"]["created"]
    assert parsed.to_dict() == body


def test_get_models(api, cassette) -> None:
    """The body is recorded: tests/recorded/models.list_trimmed_2026.json."""
    http_response = api.get_httpx_client().request(**get_models.build_request())

    cassette.assert_exchanges(("GET", "/models", None))
    body = cassette.response_json(0)
    assert http_response.status_code == 200
    parsed = get_models.parse_success(http_response)
    assert isinstance(parsed, ModelsListResponse)
    assert parsed.data[0].id == body["data"][0]["id"]
    assert parsed.data[0].name == body["data"][0]["name"]
    assert parsed.total_count == body["total_count"]
    assert parsed.data[0].canonical_slug == body["data"][0]["canonical_slug"]
    assert parsed.data[0].context_length == body["data"][0]["context_length"]
    assert parsed.to_dict() == body


async def test_list_endpoints(async_api, cassette) -> None:
    response = await list_endpoints.asyncio_detailed(client=async_api, author="openai", slug="gpt-4")

    cassette.assert_exchanges(("GET", "/models/openai/gpt-4/endpoints", None))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, ListEndpointsResponse200)
    assert parsed.data.id == body["data"]["id"]
    assert parsed.data.name == body["data"]["name"]
    assert parsed.data.created == body["data"]["created"]
    assert parsed.data.description == body["data"]["description"]
    assert parsed.data.architecture.input_modalities == body["data"]["architecture"]["input_modalities"]
    assert parsed.to_dict() == body


def test_list_models_count(api, cassette) -> None:
    response = list_models_count.sync_detailed(client=api, output_modalities="text")

    cassette.assert_exchanges(("GET", "/models/count", {"output_modalities": "text"}))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, ModelsCountResponse)
    assert parsed.data.count == body["data"]["count"]
    assert parsed.to_dict() == body


def test_list_models_user(api, cassette) -> None:
    http_response = api.get_httpx_client().request(**list_models_user.build_request())

    cassette.assert_exchanges(("GET", "/models/user", None))
    body = cassette.response_json(0)
    assert http_response.status_code == 200
    parsed = list_models_user.parse_success(http_response)
    assert isinstance(parsed, ModelsListResponse)
    assert parsed.data[0].id == body["data"][0]["id"]
    assert parsed.data[0].name == body["data"][0]["name"]
    assert parsed.data[0].canonical_slug == body["data"][0]["canonical_slug"]
    assert parsed.data[0].context_length == body["data"][0]["context_length"]
    assert parsed.data[0].created == body["data"][0]["created"]
    assert parsed.to_dict() == body


async def test_list_providers(async_api, cassette) -> None:
    response = await list_providers.asyncio_detailed(
        client=async_api,
    )

    cassette.assert_exchanges(("GET", "/providers", None))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, ListProvidersResponse200)
    assert parsed.data[0].name == body["data"][0]["name"]
    assert parsed.data[0].slug == body["data"][0]["slug"]
    assert parsed.data[0].privacy_policy_url == body["data"][0]["privacy_policy_url"]
    assert parsed.data[0].datacenters == body["data"][0]["datacenters"]
    assert parsed.data[0].headquarters == body["data"][0]["headquarters"]
    assert parsed.to_dict() == body
