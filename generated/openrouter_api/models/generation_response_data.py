from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generation_response_data_api_type_type_1 import GenerationResponseDataApiTypeType1
from ..models.generation_response_data_api_type_type_2_type_1 import GenerationResponseDataApiTypeType2Type1
from ..models.generation_response_data_api_type_type_3_type_1 import GenerationResponseDataApiTypeType3Type1
from ..models.generation_response_data_data_region import GenerationResponseDataDataRegion
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provider_response import ProviderResponse

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ProviderResponse
    from ..models.provider_response import ProviderResponse  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="GenerationResponseData")


@_attrs_define
class GenerationResponseData:
    """Generation data

    Attributes:
        api_type (GenerationResponseDataApiTypeType1 | GenerationResponseDataApiTypeType2Type1 |
            GenerationResponseDataApiTypeType3Type1 | None): Type of API used for the generation
        app_id (int | None): ID of the app that made the request Example: 12345.
        cache_discount (float | None): Discount applied due to caching Example: 0.0002.
        cancelled (bool | None): Whether the generation was cancelled Example: False.
        created_at (str): ISO 8601 timestamp of when the generation was created Example:
            2024-07-15T23:33:19.433273+00:00.
        data_region (GenerationResponseDataDataRegion): The data region this generation was routed through: 'global',
            'europe', or 'us'. Example: global.
        external_user (None | str): External user identifier Example: user-123.
        finish_reason (None | str): Reason the generation finished Example: stop.
        generation_time (float | None): Time taken for generation in milliseconds Example: 1200.
        http_referer (None | str): Referer header from the request
        id (str): Unique identifier for the generation Example: gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG.
        is_byok (bool): Whether this used bring-your-own-key Example: False.
        latency (float | None): Total latency in milliseconds Example: 1250.
        model (str): Model used for the generation Example: sao10k/l3-stheno-8b.
        moderation_latency (float | None): Moderation latency in milliseconds Example: 50.
        native_finish_reason (None | str): Native finish reason as reported by provider Example: stop.
        native_tokens_cached (int | None): Native cached tokens as reported by provider Example: 3.
        native_tokens_completion (int | None): Native completion tokens as reported by provider Example: 25.
        native_tokens_completion_images (int | None): Native completion image tokens as reported by provider Example: 0.
        native_tokens_prompt (int | None): Native prompt tokens as reported by provider Example: 10.
        native_tokens_reasoning (int | None): Native reasoning tokens as reported by provider Example: 5.
        num_fetches (int | None): Number of web fetches performed Example: 0.
        num_input_audio_prompt (int | None): Number of audio inputs in the prompt Example: 0.
        num_media_completion (int | None): Number of media items in the completion Example: 0.
        num_media_prompt (int | None): Number of media items in the prompt Example: 1.
        num_search_results (int | None): Number of search results included Example: 5.
        origin (str): Origin URL of the request Example: https://openrouter.ai/.
        preset_id (None | str): ID of the preset used for this generation, null if no preset was used Example:
            a9e8d400-592a-494f-908c-375efa66cafd.
        provider_name (None | str): Name of the provider that served the request Example: Infermatic.
        provider_responses (list[ProviderResponse] | None): List of provider responses for this generation, including
            fallback attempts
        router (None | str): Router used for the request (e.g., openrouter/auto) Example: openrouter/auto.
        service_tier (None | str): Service tier the upstream provider reported running this request on, or null if it
            did not report one. Example: priority.
        streamed (bool | None): Whether the response was streamed Example: True.
        tokens_completion (int | None): Number of tokens in the completion Example: 25.
        tokens_prompt (int | None): Number of tokens in the prompt Example: 10.
        total_cost (float): Total cost of the generation in USD Example: 0.0015.
        upstream_id (None | str): Upstream provider's identifier for this generation Example:
            chatcmpl-791bcf62-080e-4568-87d0-94c72e3b4946.
        upstream_inference_cost (float | None): Cost charged by the upstream provider Example: 0.0012.
        usage (float): Usage amount in USD Example: 0.0015.
        user_agent (None | str): User-Agent header from the request
        web_search_engine (None | str): The resolved web search engine used for this generation (e.g. exa, firecrawl,
            parallel) Example: exa.
        workspace_id (None | str): ID of the workspace this generation is attributed to. Null for accounts without
            workspaces. Generations created before workspace resolution existed are attributed to the account default
            workspace. Example: 550e8400-e29b-41d4-a716-446655440000.
        request_id (None | str | Unset): Unique identifier grouping all generations from a single API request Example:
            req-1727282430-aBcDeFgHiJkLmNoPqRsT.
        response_cache_source_id (None | str | Unset): If this generation was served from response cache, contains the
            original generation ID. Null otherwise.
        session_id (None | str | Unset): Session identifier grouping multiple generations in the same session
    """

    api_type: (
        GenerationResponseDataApiTypeType1
        | GenerationResponseDataApiTypeType2Type1
        | GenerationResponseDataApiTypeType3Type1
        | None
    )
    app_id: int | None
    cache_discount: float | None
    cancelled: bool | None
    created_at: str
    data_region: GenerationResponseDataDataRegion
    external_user: None | str
    finish_reason: None | str
    generation_time: float | None
    http_referer: None | str
    id: str
    is_byok: bool
    latency: float | None
    model: str
    moderation_latency: float | None
    native_finish_reason: None | str
    native_tokens_cached: int | None
    native_tokens_completion: int | None
    native_tokens_completion_images: int | None
    native_tokens_prompt: int | None
    native_tokens_reasoning: int | None
    num_fetches: int | None
    num_input_audio_prompt: int | None
    num_media_completion: int | None
    num_media_prompt: int | None
    num_search_results: int | None
    origin: str
    preset_id: None | str
    provider_name: None | str
    provider_responses: list[ProviderResponse] | None
    router: None | str
    service_tier: None | str
    streamed: bool | None
    tokens_completion: int | None
    tokens_prompt: int | None
    total_cost: float
    upstream_id: None | str
    upstream_inference_cost: float | None
    usage: float
    user_agent: None | str
    web_search_engine: None | str
    workspace_id: None | str
    request_id: None | str | Unset = UNSET
    response_cache_source_id: None | str | Unset = UNSET
    session_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        api_type: Any = self.api_type
        if not (isinstance(api_type, Unset) or api_type is None):
            if isinstance(self.api_type, GenerationResponseDataApiTypeType1):
                api_type = self.api_type.value
            elif isinstance(self.api_type, GenerationResponseDataApiTypeType2Type1):
                api_type = self.api_type.value
            elif isinstance(self.api_type, GenerationResponseDataApiTypeType3Type1):
                api_type = self.api_type.value
            else:
                api_type = self.api_type

        app_id: Any = self.app_id
        if not (isinstance(app_id, Unset) or app_id is None):
            app_id = self.app_id

        cache_discount: Any = self.cache_discount
        if not (isinstance(cache_discount, Unset) or cache_discount is None):
            cache_discount = self.cache_discount

        cancelled: Any = self.cancelled
        if not (isinstance(cancelled, Unset) or cancelled is None):
            cancelled = self.cancelled

        created_at: Any = self.created_at

        data_region: Any = self.data_region
        if not (isinstance(data_region, Unset) or data_region is None):
            data_region = self.data_region.value

        external_user: Any = self.external_user
        if not (isinstance(external_user, Unset) or external_user is None):
            external_user = self.external_user

        finish_reason: Any = self.finish_reason
        if not (isinstance(finish_reason, Unset) or finish_reason is None):
            finish_reason = self.finish_reason

        generation_time: Any = self.generation_time
        if not (isinstance(generation_time, Unset) or generation_time is None):
            generation_time = self.generation_time

        http_referer: Any = self.http_referer
        if not (isinstance(http_referer, Unset) or http_referer is None):
            http_referer = self.http_referer

        id: Any = self.id

        is_byok: Any = self.is_byok

        latency: Any = self.latency
        if not (isinstance(latency, Unset) or latency is None):
            latency = self.latency

        model: Any = self.model

        moderation_latency: Any = self.moderation_latency
        if not (isinstance(moderation_latency, Unset) or moderation_latency is None):
            moderation_latency = self.moderation_latency

        native_finish_reason: Any = self.native_finish_reason
        if not (isinstance(native_finish_reason, Unset) or native_finish_reason is None):
            native_finish_reason = self.native_finish_reason

        native_tokens_cached: Any = self.native_tokens_cached
        if not (isinstance(native_tokens_cached, Unset) or native_tokens_cached is None):
            native_tokens_cached = self.native_tokens_cached

        native_tokens_completion: Any = self.native_tokens_completion
        if not (isinstance(native_tokens_completion, Unset) or native_tokens_completion is None):
            native_tokens_completion = self.native_tokens_completion

        native_tokens_completion_images: Any = self.native_tokens_completion_images
        if not (isinstance(native_tokens_completion_images, Unset) or native_tokens_completion_images is None):
            native_tokens_completion_images = self.native_tokens_completion_images

        native_tokens_prompt: Any = self.native_tokens_prompt
        if not (isinstance(native_tokens_prompt, Unset) or native_tokens_prompt is None):
            native_tokens_prompt = self.native_tokens_prompt

        native_tokens_reasoning: Any = self.native_tokens_reasoning
        if not (isinstance(native_tokens_reasoning, Unset) or native_tokens_reasoning is None):
            native_tokens_reasoning = self.native_tokens_reasoning

        num_fetches: Any = self.num_fetches
        if not (isinstance(num_fetches, Unset) or num_fetches is None):
            num_fetches = self.num_fetches

        num_input_audio_prompt: Any = self.num_input_audio_prompt
        if not (isinstance(num_input_audio_prompt, Unset) or num_input_audio_prompt is None):
            num_input_audio_prompt = self.num_input_audio_prompt

        num_media_completion: Any = self.num_media_completion
        if not (isinstance(num_media_completion, Unset) or num_media_completion is None):
            num_media_completion = self.num_media_completion

        num_media_prompt: Any = self.num_media_prompt
        if not (isinstance(num_media_prompt, Unset) or num_media_prompt is None):
            num_media_prompt = self.num_media_prompt

        num_search_results: Any = self.num_search_results
        if not (isinstance(num_search_results, Unset) or num_search_results is None):
            num_search_results = self.num_search_results

        origin: Any = self.origin

        preset_id: Any = self.preset_id
        if not (isinstance(preset_id, Unset) or preset_id is None):
            preset_id = self.preset_id

        provider_name: Any = self.provider_name
        if not (isinstance(provider_name, Unset) or provider_name is None):
            provider_name = self.provider_name

        provider_responses: Any = self.provider_responses
        if not (isinstance(provider_responses, Unset) or provider_responses is None):
            if isinstance(self.provider_responses, list):
                provider_responses = []
                for provider_responses_type_0_item_data in self.provider_responses:
                    provider_responses_type_0_item = provider_responses_type_0_item_data.to_dict()
                    provider_responses.append(provider_responses_type_0_item)

            else:
                provider_responses = self.provider_responses

        router: Any = self.router
        if not (isinstance(router, Unset) or router is None):
            router = self.router

        service_tier: Any = self.service_tier
        if not (isinstance(service_tier, Unset) or service_tier is None):
            service_tier = self.service_tier

        streamed: Any = self.streamed
        if not (isinstance(streamed, Unset) or streamed is None):
            streamed = self.streamed

        tokens_completion: Any = self.tokens_completion
        if not (isinstance(tokens_completion, Unset) or tokens_completion is None):
            tokens_completion = self.tokens_completion

        tokens_prompt: Any = self.tokens_prompt
        if not (isinstance(tokens_prompt, Unset) or tokens_prompt is None):
            tokens_prompt = self.tokens_prompt

        total_cost: Any = self.total_cost

        upstream_id: Any = self.upstream_id
        if not (isinstance(upstream_id, Unset) or upstream_id is None):
            upstream_id = self.upstream_id

        upstream_inference_cost: Any = self.upstream_inference_cost
        if not (isinstance(upstream_inference_cost, Unset) or upstream_inference_cost is None):
            upstream_inference_cost = self.upstream_inference_cost

        usage: Any = self.usage

        user_agent: Any = self.user_agent
        if not (isinstance(user_agent, Unset) or user_agent is None):
            user_agent = self.user_agent

        web_search_engine: Any = self.web_search_engine
        if not (isinstance(web_search_engine, Unset) or web_search_engine is None):
            web_search_engine = self.web_search_engine

        workspace_id: Any = self.workspace_id
        if not (isinstance(workspace_id, Unset) or workspace_id is None):
            workspace_id = self.workspace_id

        request_id: Any = self.request_id
        if not (isinstance(request_id, Unset) or request_id is None):
            if isinstance(self.request_id, Unset):
                request_id = UNSET
            else:
                request_id = self.request_id

        response_cache_source_id: Any = self.response_cache_source_id
        if not (isinstance(response_cache_source_id, Unset) or response_cache_source_id is None):
            if isinstance(self.response_cache_source_id, Unset):
                response_cache_source_id = UNSET
            else:
                response_cache_source_id = self.response_cache_source_id

        session_id: Any = self.session_id
        if not (isinstance(session_id, Unset) or session_id is None):
            if isinstance(self.session_id, Unset):
                session_id = UNSET
            else:
                session_id = self.session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if api_type is not UNSET:
            field_dict["api_type"] = api_type
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if cache_discount is not UNSET:
            field_dict["cache_discount"] = cache_discount
        if cancelled is not UNSET:
            field_dict["cancelled"] = cancelled
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if data_region is not UNSET:
            field_dict["data_region"] = data_region
        if external_user is not UNSET:
            field_dict["external_user"] = external_user
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if generation_time is not UNSET:
            field_dict["generation_time"] = generation_time
        if http_referer is not UNSET:
            field_dict["http_referer"] = http_referer
        if id is not UNSET:
            field_dict["id"] = id
        if is_byok is not UNSET:
            field_dict["is_byok"] = is_byok
        if latency is not UNSET:
            field_dict["latency"] = latency
        if model is not UNSET:
            field_dict["model"] = model
        if moderation_latency is not UNSET:
            field_dict["moderation_latency"] = moderation_latency
        if native_finish_reason is not UNSET:
            field_dict["native_finish_reason"] = native_finish_reason
        if native_tokens_cached is not UNSET:
            field_dict["native_tokens_cached"] = native_tokens_cached
        if native_tokens_completion is not UNSET:
            field_dict["native_tokens_completion"] = native_tokens_completion
        if native_tokens_completion_images is not UNSET:
            field_dict["native_tokens_completion_images"] = native_tokens_completion_images
        if native_tokens_prompt is not UNSET:
            field_dict["native_tokens_prompt"] = native_tokens_prompt
        if native_tokens_reasoning is not UNSET:
            field_dict["native_tokens_reasoning"] = native_tokens_reasoning
        if num_fetches is not UNSET:
            field_dict["num_fetches"] = num_fetches
        if num_input_audio_prompt is not UNSET:
            field_dict["num_input_audio_prompt"] = num_input_audio_prompt
        if num_media_completion is not UNSET:
            field_dict["num_media_completion"] = num_media_completion
        if num_media_prompt is not UNSET:
            field_dict["num_media_prompt"] = num_media_prompt
        if num_search_results is not UNSET:
            field_dict["num_search_results"] = num_search_results
        if origin is not UNSET:
            field_dict["origin"] = origin
        if preset_id is not UNSET:
            field_dict["preset_id"] = preset_id
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if provider_responses is not UNSET:
            field_dict["provider_responses"] = provider_responses
        if router is not UNSET:
            field_dict["router"] = router
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if streamed is not UNSET:
            field_dict["streamed"] = streamed
        if tokens_completion is not UNSET:
            field_dict["tokens_completion"] = tokens_completion
        if tokens_prompt is not UNSET:
            field_dict["tokens_prompt"] = tokens_prompt
        if total_cost is not UNSET:
            field_dict["total_cost"] = total_cost
        if upstream_id is not UNSET:
            field_dict["upstream_id"] = upstream_id
        if upstream_inference_cost is not UNSET:
            field_dict["upstream_inference_cost"] = upstream_inference_cost
        if usage is not UNSET:
            field_dict["usage"] = usage
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent
        if web_search_engine is not UNSET:
            field_dict["web_search_engine"] = web_search_engine
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if response_cache_source_id is not UNSET:
            field_dict["response_cache_source_id"] = response_cache_source_id
        if session_id is not UNSET:
            field_dict["session_id"] = session_id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of GenerationResponseData and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "api_type" not in data:
            return False
        if "app_id" not in data:
            return False
        if "cache_discount" not in data:
            return False
        if "cancelled" not in data:
            return False
        if "created_at" not in data:
            return False
        if "data_region" not in data:
            return False
        if "data_region" in data and not GenerationResponseDataDataRegion.is_known(data["data_region"]):
            return False
        if "external_user" not in data:
            return False
        if "finish_reason" not in data:
            return False
        if "generation_time" not in data:
            return False
        if "http_referer" not in data:
            return False
        if "id" not in data:
            return False
        if "is_byok" not in data:
            return False
        if "latency" not in data:
            return False
        if "model" not in data:
            return False
        if "moderation_latency" not in data:
            return False
        if "native_finish_reason" not in data:
            return False
        if "native_tokens_cached" not in data:
            return False
        if "native_tokens_completion" not in data:
            return False
        if "native_tokens_completion_images" not in data:
            return False
        if "native_tokens_prompt" not in data:
            return False
        if "native_tokens_reasoning" not in data:
            return False
        if "num_fetches" not in data:
            return False
        if "num_input_audio_prompt" not in data:
            return False
        if "num_media_completion" not in data:
            return False
        if "num_media_prompt" not in data:
            return False
        if "num_search_results" not in data:
            return False
        if "origin" not in data:
            return False
        if "preset_id" not in data:
            return False
        if "provider_name" not in data:
            return False
        if "provider_responses" not in data:
            return False
        if "router" not in data:
            return False
        if "service_tier" not in data:
            return False
        if "streamed" not in data:
            return False
        if "tokens_completion" not in data:
            return False
        if "tokens_prompt" not in data:
            return False
        if "total_cost" not in data:
            return False
        if "upstream_id" not in data:
            return False
        if "upstream_inference_cost" not in data:
            return False
        if "usage" not in data:
            return False
        if "user_agent" not in data:
            return False
        if "web_search_engine" not in data:
            return False
        if "workspace_id" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_api_type = d.pop("api_type", UNSET)
        api_type: Any = _raw_api_type
        if _raw_api_type is not None and _raw_api_type is not UNSET:
            api_type = _parse_api_type(_raw_api_type)

        app_id = d.pop("app_id", UNSET)

        cache_discount = d.pop("cache_discount", UNSET)

        cancelled = d.pop("cancelled", UNSET)

        created_at = d.pop("created_at", UNSET)

        _raw_data_region = d.pop("data_region", UNSET)
        data_region: Any = _raw_data_region
        if _raw_data_region is not None and _raw_data_region is not UNSET:
            data_region = GenerationResponseDataDataRegion._parse(_raw_data_region)

        external_user = d.pop("external_user", UNSET)

        finish_reason = d.pop("finish_reason", UNSET)

        generation_time = d.pop("generation_time", UNSET)

        http_referer = d.pop("http_referer", UNSET)

        id = d.pop("id", UNSET)

        is_byok = d.pop("is_byok", UNSET)

        latency = d.pop("latency", UNSET)

        model = d.pop("model", UNSET)

        moderation_latency = d.pop("moderation_latency", UNSET)

        native_finish_reason = d.pop("native_finish_reason", UNSET)

        native_tokens_cached = d.pop("native_tokens_cached", UNSET)

        native_tokens_completion = d.pop("native_tokens_completion", UNSET)

        native_tokens_completion_images = d.pop("native_tokens_completion_images", UNSET)

        native_tokens_prompt = d.pop("native_tokens_prompt", UNSET)

        native_tokens_reasoning = d.pop("native_tokens_reasoning", UNSET)

        num_fetches = d.pop("num_fetches", UNSET)

        num_input_audio_prompt = d.pop("num_input_audio_prompt", UNSET)

        num_media_completion = d.pop("num_media_completion", UNSET)

        num_media_prompt = d.pop("num_media_prompt", UNSET)

        num_search_results = d.pop("num_search_results", UNSET)

        origin = d.pop("origin", UNSET)

        preset_id = d.pop("preset_id", UNSET)

        provider_name = d.pop("provider_name", UNSET)

        _raw_provider_responses = d.pop("provider_responses", UNSET)
        provider_responses: Any = _raw_provider_responses
        if _raw_provider_responses is not None and _raw_provider_responses is not UNSET:
            provider_responses = _parse_provider_responses(_raw_provider_responses)

        router = d.pop("router", UNSET)

        service_tier = d.pop("service_tier", UNSET)

        streamed = d.pop("streamed", UNSET)

        tokens_completion = d.pop("tokens_completion", UNSET)

        tokens_prompt = d.pop("tokens_prompt", UNSET)

        total_cost = d.pop("total_cost", UNSET)

        upstream_id = d.pop("upstream_id", UNSET)

        upstream_inference_cost = d.pop("upstream_inference_cost", UNSET)

        usage = d.pop("usage", UNSET)

        user_agent = d.pop("user_agent", UNSET)

        web_search_engine = d.pop("web_search_engine", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        request_id = d.pop("request_id", UNSET)

        response_cache_source_id = d.pop("response_cache_source_id", UNSET)

        session_id = d.pop("session_id", UNSET)

        generation_response_data = cls(
            api_type=api_type,
            app_id=app_id,
            cache_discount=cache_discount,
            cancelled=cancelled,
            created_at=created_at,
            data_region=data_region,
            external_user=external_user,
            finish_reason=finish_reason,
            generation_time=generation_time,
            http_referer=http_referer,
            id=id,
            is_byok=is_byok,
            latency=latency,
            model=model,
            moderation_latency=moderation_latency,
            native_finish_reason=native_finish_reason,
            native_tokens_cached=native_tokens_cached,
            native_tokens_completion=native_tokens_completion,
            native_tokens_completion_images=native_tokens_completion_images,
            native_tokens_prompt=native_tokens_prompt,
            native_tokens_reasoning=native_tokens_reasoning,
            num_fetches=num_fetches,
            num_input_audio_prompt=num_input_audio_prompt,
            num_media_completion=num_media_completion,
            num_media_prompt=num_media_prompt,
            num_search_results=num_search_results,
            origin=origin,
            preset_id=preset_id,
            provider_name=provider_name,
            provider_responses=provider_responses,
            router=router,
            service_tier=service_tier,
            streamed=streamed,
            tokens_completion=tokens_completion,
            tokens_prompt=tokens_prompt,
            total_cost=total_cost,
            upstream_id=upstream_id,
            upstream_inference_cost=upstream_inference_cost,
            usage=usage,
            user_agent=user_agent,
            web_search_engine=web_search_engine,
            workspace_id=workspace_id,
            request_id=request_id,
            response_cache_source_id=response_cache_source_id,
            session_id=session_id,
        )

        generation_response_data.additional_properties = d
        return generation_response_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _parse_api_type(
    data: object,
) -> (
    GenerationResponseDataApiTypeType1
    | GenerationResponseDataApiTypeType2Type1
    | GenerationResponseDataApiTypeType3Type1
    | None
):
    if data is None:
        return data
    if GenerationResponseDataApiTypeType1.is_known(data):
        try:
            api_type_type_1 = GenerationResponseDataApiTypeType1._parse(data)

            return api_type_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if GenerationResponseDataApiTypeType2Type1.is_known(data):
        try:
            api_type_type_2_type_1 = GenerationResponseDataApiTypeType2Type1._parse(data)

            return api_type_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if GenerationResponseDataApiTypeType3Type1.is_known(data):
        try:
            api_type_type_3_type_1 = GenerationResponseDataApiTypeType3Type1._parse(data)

            return api_type_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        api_type_type_1 = GenerationResponseDataApiTypeType1._parse(data)

        return api_type_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        api_type_type_2_type_1 = GenerationResponseDataApiTypeType2Type1._parse(data)

        return api_type_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        api_type_type_3_type_1 = GenerationResponseDataApiTypeType3Type1._parse(data)

        return api_type_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "GenerationResponseDataApiTypeType1 | GenerationResponseDataApiTypeType2Type1 | GenerationResponseDataApiTypeType3Type1 | None",
        data,
    )


def _parse_provider_responses(data: object) -> list[ProviderResponse] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        provider_responses_type_0 = []
        _provider_responses_type_0 = data
        for provider_responses_type_0_item_data in _provider_responses_type_0:
            provider_responses_type_0_item = ProviderResponse.from_dict(provider_responses_type_0_item_data)

            provider_responses_type_0.append(provider_responses_type_0_item)

        return provider_responses_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[ProviderResponse] | None", data)
