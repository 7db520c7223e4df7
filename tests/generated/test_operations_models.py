"""Cassette-backed tests of the catalog operations: models, endpoints, providers, embedding models.

The recorded catalog drifts from the spec the way the real one does: the list comes without `total_count` and
`links`, a model lacks `supported_voices`, `knowledge_cutoff` and its `links`, a provider lacks `headquarters`.
The parsed models must still carry every field that did come in.
"""

from __future__ import annotations

import pytest
from openrouter_api.api.embeddings import list_embeddings_models
from openrouter_api.api.endpoints import list_endpoints, list_endpoints_zdr
from openrouter_api.api.models import get_models, list_models_count, list_models_user
from openrouter_api.api.providers import list_providers
from openrouter_api.models import (
    ErrorResponse,
    ModelEndpointsResponse,
    ModelsCountResponse,
    ModelsListResponse,
    ProvidersResponse,
    ZdrEndpointsResponse,
)
from openrouter_api.types import UNSET

from openrouter_ext import NotFoundError, OpenRouter

pytestmark = pytest.mark.vcr


def _assert_model(model, recorded: dict) -> None:
    assert model.id == recorded["id"]
    assert model.canonical_slug == recorded["canonical_slug"]
    assert model.name == recorded["name"]
    assert model.created == recorded["created"]
    assert model.context_length == recorded["context_length"]
    assert model.architecture.input_modalities == recorded["architecture"]["input_modalities"]
    assert model.architecture.output_modalities == recorded["architecture"]["output_modalities"]
    assert model.pricing.prompt == recorded["pricing"]["prompt"]
    assert model.pricing.completion == recorded["pricing"]["completion"]
    assert model.top_provider.max_completion_tokens == recorded["top_provider"]["max_completion_tokens"]
    assert list(model.supported_parameters) == recorded["supported_parameters"]
    # Fields the spec requires but real answers leave out read as UNSET; whatever came in goes back out.
    for field in ("links", "supported_voices", "knowledge_cutoff", "expiration_date"):
        if field not in recorded:
            assert getattr(model, field) is UNSET
    assert set(model.to_dict()) == set(recorded)


def test_get_models(openrouter: OpenRouter, cassette) -> None:
    models = openrouter.call(get_models)

    cassette.assert_exchanges(("GET", "/models", None))
    body = cassette.response_json(0)
    assert isinstance(models, ModelsListResponse)
    assert len(models.data) == len(body["data"])
    for model, recorded in zip(models.data, body["data"], strict=True):
        _assert_model(model, recorded)
    assert models.to_dict().keys() == body.keys()


@pytest.mark.replay_only(reason="pins a drifted catalog; a new recording may not drift the same way")
def test_get_models_with_drift(openrouter: OpenRouter, cassette) -> None:
    models = openrouter.call(get_models)

    cassette.assert_exchanges(("GET", "/models", None))
    body = cassette.response_json(0)
    # The list comes without total_count and links, the second model without links and supported_voices,
    # and with a field the spec does not know.
    assert models.links is UNSET
    assert models.total_count is UNSET
    complete, drifted = models.data
    assert complete.links.details == body["data"][0]["links"]["details"]
    assert complete.supported_voices is None
    assert drifted.links is UNSET
    assert drifted.supported_voices is UNSET
    assert drifted.knowledge_cutoff is UNSET
    assert drifted.id == body["data"][1]["id"]
    assert drifted.additional_properties == {"is_free": False}
    assert drifted.to_dict()["is_free"] is False


def test_get_models_filtered(openrouter: OpenRouter, cassette) -> None:
    models = openrouter.call(get_models, q="claude", supported_parameters="tools", limit=5)

    cassette.assert_exchanges(
        ("GET", "/models", {"q": "claude", "supported_parameters": "tools", "limit": "5"})
    )
    body = cassette.response_json(0)
    assert models.total_count == body["total_count"]
    assert models.links.next_ is None
    assert [model.id for model in models.data] == [model["id"] for model in body["data"]]
    _assert_model(models.data[0], body["data"][0])


def test_list_models_count(openrouter: OpenRouter, cassette) -> None:
    count = openrouter.call(list_models_count)

    cassette.assert_exchanges(("GET", "/models/count", None))
    assert isinstance(count, ModelsCountResponse)
    assert count.data.count == cassette.response_json(0)["data"]["count"]
    assert count.data.count > 0


def test_list_models_user(openrouter: OpenRouter, cassette) -> None:
    models = openrouter.call(list_models_user)

    cassette.assert_exchanges(("GET", "/models/user", None))
    body = cassette.response_json(0)
    assert isinstance(models, ModelsListResponse)
    assert models.total_count == body["total_count"]
    for model, recorded in zip(models.data, body["data"], strict=True):
        _assert_model(model, recorded)


def test_list_endpoints(openrouter: OpenRouter, cassette) -> None:
    result = openrouter.call(list_endpoints, "openai", "gpt-4o-mini")

    cassette.assert_exchanges(("GET", "/models/openai/gpt-4o-mini/endpoints", None))
    body = cassette.response_json(0)["data"]
    assert isinstance(result, ModelEndpointsResponse)
    assert result.data.id == body["id"]
    assert result.data.name == body["name"]
    assert len(result.data.endpoints) == len(body["endpoints"])
    for endpoint, recorded in zip(result.data.endpoints, body["endpoints"], strict=True):
        assert endpoint.provider_name == recorded["provider_name"]
        assert endpoint.tag == recorded["tag"]
        assert endpoint.context_length == recorded["context_length"]
        assert endpoint.pricing.prompt == recorded["pricing"]["prompt"]
        assert endpoint.status == recorded["status"]
        assert endpoint.uptime_last_5m == recorded["uptime_last_5m"]
        assert endpoint.supports_implicit_caching is recorded["supports_implicit_caching"]
        assert endpoint.latency_last_30m.p50 == recorded["latency_last_30m"]["p50"]
        assert list(endpoint.supported_parameters) == recorded["supported_parameters"]
        if recorded["throughput_last_30m"] is None:  # a new endpoint has no figures yet
            assert endpoint.throughput_last_30m is None
        else:
            assert endpoint.throughput_last_30m.p90 == recorded["throughput_last_30m"]["p90"]


def test_list_endpoints_not_found(openrouter: OpenRouter, cassette) -> None:
    with pytest.raises(NotFoundError) as caught:
        openrouter.call(list_endpoints, "example", "no-such-model")
    detailed = list_endpoints.sync_detailed("example", "no-such-model", client=openrouter.api)

    recorded = cassette.response_json(0)["error"]
    assert caught.value.status_code == 404
    assert caught.value.message == recorded["message"]
    assert isinstance(detailed.parsed, ErrorResponse)
    assert detailed.parsed.error.code == 404
    assert detailed.parsed.error.message == recorded["message"]
    path = "/models/example/no-such-model/endpoints"
    cassette.assert_exchanges(("GET", path, None), ("GET", path, None))


def test_list_endpoints_zdr(openrouter: OpenRouter, cassette) -> None:
    result = openrouter.call(list_endpoints_zdr)

    cassette.assert_exchanges(("GET", "/endpoints/zdr", None))
    body = cassette.response_json(0)
    assert isinstance(result, ZdrEndpointsResponse)
    assert [endpoint.model_id for endpoint in result.data] == [endpoint["model_id"] for endpoint in body["data"]]
    for endpoint, recorded in zip(result.data, body["data"], strict=True):
        assert endpoint.name == recorded["name"]
        assert endpoint.provider_name == recorded["provider_name"]
        assert endpoint.quantization == recorded["quantization"]
        assert endpoint.max_completion_tokens == recorded["max_completion_tokens"]


def test_list_providers(openrouter: OpenRouter, cassette) -> None:
    result = openrouter.call(list_providers)

    cassette.assert_exchanges(("GET", "/providers", None))
    body = cassette.response_json(0)
    assert isinstance(result, ProvidersResponse)
    assert [provider.slug for provider in result.data] == [provider["slug"] for provider in body["data"]]
    for provider, recorded in zip(result.data, body["data"], strict=True):
        assert provider.name == recorded["name"]
        assert provider.privacy_policy_url == recorded["privacy_policy_url"]
        assert provider.terms_of_service_url == recorded["terms_of_service_url"]
        assert provider.status_page_url == recorded["status_page_url"]
        assert provider.to_dict() == recorded


def test_list_embeddings_models(openrouter: OpenRouter, cassette) -> None:
    models = openrouter.call(list_embeddings_models)

    cassette.assert_exchanges(("GET", "/embeddings/models", None))
    body = cassette.response_json(0)
    assert isinstance(models, ModelsListResponse)
    for model, recorded in zip(models.data, body["data"], strict=True):
        _assert_model(model, recorded)
        assert model.architecture.output_modalities == ["embeddings"]
