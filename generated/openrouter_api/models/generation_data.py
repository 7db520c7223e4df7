from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generation_data_api_type_type_1 import GenerationDataApiTypeType1
from ..models.generation_data_api_type_type_2_type_1 import GenerationDataApiTypeType2Type1
from ..models.generation_data_api_type_type_3_type_1 import GenerationDataApiTypeType3Type1
from ..models.generation_data_data_region import GenerationDataDataRegion
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


T = TypeVar("T", bound="GenerationData")


@_attrs_define
class GenerationData:
    """What OpenRouter recorded about one generation.

    Attributes:
        id (str): Generation id.
        upstream_id (None | str): Id the provider gave the request.
        total_cost (float): Total charged, in USD.
        cache_discount (float | None): Amount saved through prompt caching, in USD.
        upstream_inference_cost (float | None): What the provider charged, in USD (BYOK requests).
        created_at (str): When the generation started, ISO 8601.
        model (str): Model that served the request.
        app_id (int | None): Id of the calling app, when attributed.
        streamed (bool | None): Whether the answer was streamed.
        cancelled (bool | None): Whether the caller cancelled before the end.
        provider_name (None | str): Provider that served the request.
        latency (float | None): Time to first token, in milliseconds.
        moderation_latency (float | None): Time spent in moderation, in milliseconds.
        generation_time (float | None): Time spent generating, in milliseconds.
        finish_reason (None | str): Normalized reason the generation ended.
        native_finish_reason (None | str): Reason the generation ended, as the provider put it.
        tokens_prompt (int | None): Input tokens as counted by OpenRouter's normalizing tokenizer.
        tokens_completion (int | None): Output tokens as counted by OpenRouter's normalizing tokenizer.
        native_tokens_prompt (int | None): Input tokens as counted by the provider (the billed count).
        native_tokens_completion (int | None): Output tokens as counted by the provider (the billed count).
        native_tokens_completion_images (int | None): Output image tokens as counted by the provider.
        native_tokens_reasoning (int | None): Reasoning tokens as counted by the provider.
        native_tokens_cached (int | None): Input tokens served from the prompt cache.
        num_media_prompt (int | None): Media items in the input.
        num_input_audio_prompt (int | None): Audio items in the input.
        num_media_completion (int | None): Media items in the output.
        num_search_results (int | None): Web search results added to the prompt.
        num_fetches (int | None): Web pages fetched.
        web_search_engine (None | str): Web search engine used, when any.
        origin (str): Origin of the request.
        usage (float): Amount charged in credits, in USD.
        is_byok (bool): Whether the caller's own provider key was used.
        external_user (None | str): End-user id sent with the request.
        api_type (GenerationDataApiTypeType1 | GenerationDataApiTypeType2Type1 | GenerationDataApiTypeType3Type1 |
            None): Kind of API call.
        preset_id (None | str): Preset applied to the request, when any.
        router (None | str): Router that picked the model, such as openrouter/auto.
        service_tier (None | str): Service tier the provider reported.
        provider_responses (list[ProviderResponse] | None): Every provider attempt, fallbacks included.
        user_agent (None | str): User-Agent of the request.
        http_referer (None | str): HTTP-Referer of the request.
        data_region (GenerationDataDataRegion): Data region the request went through.
        workspace_id (None | str): Workspace the generation is billed to.
        request_id (None | str | Unset): Id shared by all generations of one API request.
        session_id (None | str | Unset): Session the generation belongs to, when given.
        response_cache_source_id (None | str | Unset): Generation whose cached answer was replayed, when served from the
            response cache.
    """

    id: str
    upstream_id: None | str
    total_cost: float
    cache_discount: float | None
    upstream_inference_cost: float | None
    created_at: str
    model: str
    app_id: int | None
    streamed: bool | None
    cancelled: bool | None
    provider_name: None | str
    latency: float | None
    moderation_latency: float | None
    generation_time: float | None
    finish_reason: None | str
    native_finish_reason: None | str
    tokens_prompt: int | None
    tokens_completion: int | None
    native_tokens_prompt: int | None
    native_tokens_completion: int | None
    native_tokens_completion_images: int | None
    native_tokens_reasoning: int | None
    native_tokens_cached: int | None
    num_media_prompt: int | None
    num_input_audio_prompt: int | None
    num_media_completion: int | None
    num_search_results: int | None
    num_fetches: int | None
    web_search_engine: None | str
    origin: str
    usage: float
    is_byok: bool
    external_user: None | str
    api_type: GenerationDataApiTypeType1 | GenerationDataApiTypeType2Type1 | GenerationDataApiTypeType3Type1 | None
    preset_id: None | str
    router: None | str
    service_tier: None | str
    provider_responses: list[ProviderResponse] | None
    user_agent: None | str
    http_referer: None | str
    data_region: GenerationDataDataRegion
    workspace_id: None | str
    request_id: None | str | Unset = UNSET
    session_id: None | str | Unset = UNSET
    response_cache_source_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        id: Any = self.id

        upstream_id: Any = self.upstream_id
        if not (isinstance(upstream_id, Unset) or upstream_id is None):
            upstream_id = self.upstream_id

        total_cost: Any = self.total_cost

        cache_discount: Any = self.cache_discount
        if not (isinstance(cache_discount, Unset) or cache_discount is None):
            cache_discount = self.cache_discount

        upstream_inference_cost: Any = self.upstream_inference_cost
        if not (isinstance(upstream_inference_cost, Unset) or upstream_inference_cost is None):
            upstream_inference_cost = self.upstream_inference_cost

        created_at: Any = self.created_at

        model: Any = self.model

        app_id: Any = self.app_id
        if not (isinstance(app_id, Unset) or app_id is None):
            app_id = self.app_id

        streamed: Any = self.streamed
        if not (isinstance(streamed, Unset) or streamed is None):
            streamed = self.streamed

        cancelled: Any = self.cancelled
        if not (isinstance(cancelled, Unset) or cancelled is None):
            cancelled = self.cancelled

        provider_name: Any = self.provider_name
        if not (isinstance(provider_name, Unset) or provider_name is None):
            provider_name = self.provider_name

        latency: Any = self.latency
        if not (isinstance(latency, Unset) or latency is None):
            latency = self.latency

        moderation_latency: Any = self.moderation_latency
        if not (isinstance(moderation_latency, Unset) or moderation_latency is None):
            moderation_latency = self.moderation_latency

        generation_time: Any = self.generation_time
        if not (isinstance(generation_time, Unset) or generation_time is None):
            generation_time = self.generation_time

        finish_reason: Any = self.finish_reason
        if not (isinstance(finish_reason, Unset) or finish_reason is None):
            finish_reason = self.finish_reason

        native_finish_reason: Any = self.native_finish_reason
        if not (isinstance(native_finish_reason, Unset) or native_finish_reason is None):
            native_finish_reason = self.native_finish_reason

        tokens_prompt: Any = self.tokens_prompt
        if not (isinstance(tokens_prompt, Unset) or tokens_prompt is None):
            tokens_prompt = self.tokens_prompt

        tokens_completion: Any = self.tokens_completion
        if not (isinstance(tokens_completion, Unset) or tokens_completion is None):
            tokens_completion = self.tokens_completion

        native_tokens_prompt: Any = self.native_tokens_prompt
        if not (isinstance(native_tokens_prompt, Unset) or native_tokens_prompt is None):
            native_tokens_prompt = self.native_tokens_prompt

        native_tokens_completion: Any = self.native_tokens_completion
        if not (isinstance(native_tokens_completion, Unset) or native_tokens_completion is None):
            native_tokens_completion = self.native_tokens_completion

        native_tokens_completion_images: Any = self.native_tokens_completion_images
        if not (isinstance(native_tokens_completion_images, Unset) or native_tokens_completion_images is None):
            native_tokens_completion_images = self.native_tokens_completion_images

        native_tokens_reasoning: Any = self.native_tokens_reasoning
        if not (isinstance(native_tokens_reasoning, Unset) or native_tokens_reasoning is None):
            native_tokens_reasoning = self.native_tokens_reasoning

        native_tokens_cached: Any = self.native_tokens_cached
        if not (isinstance(native_tokens_cached, Unset) or native_tokens_cached is None):
            native_tokens_cached = self.native_tokens_cached

        num_media_prompt: Any = self.num_media_prompt
        if not (isinstance(num_media_prompt, Unset) or num_media_prompt is None):
            num_media_prompt = self.num_media_prompt

        num_input_audio_prompt: Any = self.num_input_audio_prompt
        if not (isinstance(num_input_audio_prompt, Unset) or num_input_audio_prompt is None):
            num_input_audio_prompt = self.num_input_audio_prompt

        num_media_completion: Any = self.num_media_completion
        if not (isinstance(num_media_completion, Unset) or num_media_completion is None):
            num_media_completion = self.num_media_completion

        num_search_results: Any = self.num_search_results
        if not (isinstance(num_search_results, Unset) or num_search_results is None):
            num_search_results = self.num_search_results

        num_fetches: Any = self.num_fetches
        if not (isinstance(num_fetches, Unset) or num_fetches is None):
            num_fetches = self.num_fetches

        web_search_engine: Any = self.web_search_engine
        if not (isinstance(web_search_engine, Unset) or web_search_engine is None):
            web_search_engine = self.web_search_engine

        origin: Any = self.origin

        usage: Any = self.usage

        is_byok: Any = self.is_byok

        external_user: Any = self.external_user
        if not (isinstance(external_user, Unset) or external_user is None):
            external_user = self.external_user

        api_type: Any = self.api_type
        if not (isinstance(api_type, Unset) or api_type is None):
            if isinstance(self.api_type, GenerationDataApiTypeType1):
                api_type = self.api_type.value
            elif isinstance(self.api_type, GenerationDataApiTypeType2Type1):
                api_type = self.api_type.value
            elif isinstance(self.api_type, GenerationDataApiTypeType3Type1):
                api_type = self.api_type.value
            else:
                api_type = self.api_type

        preset_id: Any = self.preset_id
        if not (isinstance(preset_id, Unset) or preset_id is None):
            preset_id = self.preset_id

        router: Any = self.router
        if not (isinstance(router, Unset) or router is None):
            router = self.router

        service_tier: Any = self.service_tier
        if not (isinstance(service_tier, Unset) or service_tier is None):
            service_tier = self.service_tier

        provider_responses: Any = self.provider_responses
        if not (isinstance(provider_responses, Unset) or provider_responses is None):
            if isinstance(self.provider_responses, list):
                provider_responses = []
                for provider_responses_type_0_item_data in self.provider_responses:
                    provider_responses_type_0_item = provider_responses_type_0_item_data.to_dict()
                    provider_responses.append(provider_responses_type_0_item)

            else:
                provider_responses = self.provider_responses

        user_agent: Any = self.user_agent
        if not (isinstance(user_agent, Unset) or user_agent is None):
            user_agent = self.user_agent

        http_referer: Any = self.http_referer
        if not (isinstance(http_referer, Unset) or http_referer is None):
            http_referer = self.http_referer

        data_region: Any = self.data_region
        if not (isinstance(data_region, Unset) or data_region is None):
            data_region = self.data_region.value

        workspace_id: Any = self.workspace_id
        if not (isinstance(workspace_id, Unset) or workspace_id is None):
            workspace_id = self.workspace_id

        request_id: Any = self.request_id
        if not (isinstance(request_id, Unset) or request_id is None):
            if isinstance(self.request_id, Unset):
                request_id = UNSET
            else:
                request_id = self.request_id

        session_id: Any = self.session_id
        if not (isinstance(session_id, Unset) or session_id is None):
            if isinstance(self.session_id, Unset):
                session_id = UNSET
            else:
                session_id = self.session_id

        response_cache_source_id: Any = self.response_cache_source_id
        if not (isinstance(response_cache_source_id, Unset) or response_cache_source_id is None):
            if isinstance(self.response_cache_source_id, Unset):
                response_cache_source_id = UNSET
            else:
                response_cache_source_id = self.response_cache_source_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if upstream_id is not UNSET:
            field_dict["upstream_id"] = upstream_id
        if total_cost is not UNSET:
            field_dict["total_cost"] = total_cost
        if cache_discount is not UNSET:
            field_dict["cache_discount"] = cache_discount
        if upstream_inference_cost is not UNSET:
            field_dict["upstream_inference_cost"] = upstream_inference_cost
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if model is not UNSET:
            field_dict["model"] = model
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if streamed is not UNSET:
            field_dict["streamed"] = streamed
        if cancelled is not UNSET:
            field_dict["cancelled"] = cancelled
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if latency is not UNSET:
            field_dict["latency"] = latency
        if moderation_latency is not UNSET:
            field_dict["moderation_latency"] = moderation_latency
        if generation_time is not UNSET:
            field_dict["generation_time"] = generation_time
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if native_finish_reason is not UNSET:
            field_dict["native_finish_reason"] = native_finish_reason
        if tokens_prompt is not UNSET:
            field_dict["tokens_prompt"] = tokens_prompt
        if tokens_completion is not UNSET:
            field_dict["tokens_completion"] = tokens_completion
        if native_tokens_prompt is not UNSET:
            field_dict["native_tokens_prompt"] = native_tokens_prompt
        if native_tokens_completion is not UNSET:
            field_dict["native_tokens_completion"] = native_tokens_completion
        if native_tokens_completion_images is not UNSET:
            field_dict["native_tokens_completion_images"] = native_tokens_completion_images
        if native_tokens_reasoning is not UNSET:
            field_dict["native_tokens_reasoning"] = native_tokens_reasoning
        if native_tokens_cached is not UNSET:
            field_dict["native_tokens_cached"] = native_tokens_cached
        if num_media_prompt is not UNSET:
            field_dict["num_media_prompt"] = num_media_prompt
        if num_input_audio_prompt is not UNSET:
            field_dict["num_input_audio_prompt"] = num_input_audio_prompt
        if num_media_completion is not UNSET:
            field_dict["num_media_completion"] = num_media_completion
        if num_search_results is not UNSET:
            field_dict["num_search_results"] = num_search_results
        if num_fetches is not UNSET:
            field_dict["num_fetches"] = num_fetches
        if web_search_engine is not UNSET:
            field_dict["web_search_engine"] = web_search_engine
        if origin is not UNSET:
            field_dict["origin"] = origin
        if usage is not UNSET:
            field_dict["usage"] = usage
        if is_byok is not UNSET:
            field_dict["is_byok"] = is_byok
        if external_user is not UNSET:
            field_dict["external_user"] = external_user
        if api_type is not UNSET:
            field_dict["api_type"] = api_type
        if preset_id is not UNSET:
            field_dict["preset_id"] = preset_id
        if router is not UNSET:
            field_dict["router"] = router
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if provider_responses is not UNSET:
            field_dict["provider_responses"] = provider_responses
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent
        if http_referer is not UNSET:
            field_dict["http_referer"] = http_referer
        if data_region is not UNSET:
            field_dict["data_region"] = data_region
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if response_cache_source_id is not UNSET:
            field_dict["response_cache_source_id"] = response_cache_source_id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of GenerationData and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "upstream_id" not in data:
            return False
        if "total_cost" not in data:
            return False
        if "cache_discount" not in data:
            return False
        if "upstream_inference_cost" not in data:
            return False
        if "created_at" not in data:
            return False
        if "model" not in data:
            return False
        if "app_id" not in data:
            return False
        if "streamed" not in data:
            return False
        if "cancelled" not in data:
            return False
        if "provider_name" not in data:
            return False
        if "latency" not in data:
            return False
        if "moderation_latency" not in data:
            return False
        if "generation_time" not in data:
            return False
        if "finish_reason" not in data:
            return False
        if "native_finish_reason" not in data:
            return False
        if "tokens_prompt" not in data:
            return False
        if "tokens_completion" not in data:
            return False
        if "native_tokens_prompt" not in data:
            return False
        if "native_tokens_completion" not in data:
            return False
        if "native_tokens_completion_images" not in data:
            return False
        if "native_tokens_reasoning" not in data:
            return False
        if "native_tokens_cached" not in data:
            return False
        if "num_media_prompt" not in data:
            return False
        if "num_input_audio_prompt" not in data:
            return False
        if "num_media_completion" not in data:
            return False
        if "num_search_results" not in data:
            return False
        if "num_fetches" not in data:
            return False
        if "web_search_engine" not in data:
            return False
        if "origin" not in data:
            return False
        if "usage" not in data:
            return False
        if "is_byok" not in data:
            return False
        if "external_user" not in data:
            return False
        if "api_type" not in data:
            return False
        if "preset_id" not in data:
            return False
        if "router" not in data:
            return False
        if "service_tier" not in data:
            return False
        if "provider_responses" not in data:
            return False
        if "user_agent" not in data:
            return False
        if "http_referer" not in data:
            return False
        if "data_region" not in data:
            return False
        if "data_region" in data and not GenerationDataDataRegion.is_known(data["data_region"]):
            return False
        if "workspace_id" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        upstream_id = d.pop("upstream_id", UNSET)

        total_cost = d.pop("total_cost", UNSET)

        cache_discount = d.pop("cache_discount", UNSET)

        upstream_inference_cost = d.pop("upstream_inference_cost", UNSET)

        created_at = d.pop("created_at", UNSET)

        model = d.pop("model", UNSET)

        app_id = d.pop("app_id", UNSET)

        streamed = d.pop("streamed", UNSET)

        cancelled = d.pop("cancelled", UNSET)

        provider_name = d.pop("provider_name", UNSET)

        latency = d.pop("latency", UNSET)

        moderation_latency = d.pop("moderation_latency", UNSET)

        generation_time = d.pop("generation_time", UNSET)

        finish_reason = d.pop("finish_reason", UNSET)

        native_finish_reason = d.pop("native_finish_reason", UNSET)

        tokens_prompt = d.pop("tokens_prompt", UNSET)

        tokens_completion = d.pop("tokens_completion", UNSET)

        native_tokens_prompt = d.pop("native_tokens_prompt", UNSET)

        native_tokens_completion = d.pop("native_tokens_completion", UNSET)

        native_tokens_completion_images = d.pop("native_tokens_completion_images", UNSET)

        native_tokens_reasoning = d.pop("native_tokens_reasoning", UNSET)

        native_tokens_cached = d.pop("native_tokens_cached", UNSET)

        num_media_prompt = d.pop("num_media_prompt", UNSET)

        num_input_audio_prompt = d.pop("num_input_audio_prompt", UNSET)

        num_media_completion = d.pop("num_media_completion", UNSET)

        num_search_results = d.pop("num_search_results", UNSET)

        num_fetches = d.pop("num_fetches", UNSET)

        web_search_engine = d.pop("web_search_engine", UNSET)

        origin = d.pop("origin", UNSET)

        usage = d.pop("usage", UNSET)

        is_byok = d.pop("is_byok", UNSET)

        external_user = d.pop("external_user", UNSET)

        _raw_api_type = d.pop("api_type", UNSET)
        api_type: Any = _raw_api_type
        if _raw_api_type is not None and _raw_api_type is not UNSET:
            api_type = _parse_api_type(_raw_api_type)

        preset_id = d.pop("preset_id", UNSET)

        router = d.pop("router", UNSET)

        service_tier = d.pop("service_tier", UNSET)

        _raw_provider_responses = d.pop("provider_responses", UNSET)
        provider_responses: Any = _raw_provider_responses
        if _raw_provider_responses is not None and _raw_provider_responses is not UNSET:
            provider_responses = _parse_provider_responses(_raw_provider_responses)

        user_agent = d.pop("user_agent", UNSET)

        http_referer = d.pop("http_referer", UNSET)

        _raw_data_region = d.pop("data_region", UNSET)
        data_region: Any = _raw_data_region
        if _raw_data_region is not None and _raw_data_region is not UNSET:
            data_region = GenerationDataDataRegion._parse(_raw_data_region)

        workspace_id = d.pop("workspace_id", UNSET)

        request_id = d.pop("request_id", UNSET)

        session_id = d.pop("session_id", UNSET)

        response_cache_source_id = d.pop("response_cache_source_id", UNSET)

        generation_data = cls(
            id=id,
            upstream_id=upstream_id,
            total_cost=total_cost,
            cache_discount=cache_discount,
            upstream_inference_cost=upstream_inference_cost,
            created_at=created_at,
            model=model,
            app_id=app_id,
            streamed=streamed,
            cancelled=cancelled,
            provider_name=provider_name,
            latency=latency,
            moderation_latency=moderation_latency,
            generation_time=generation_time,
            finish_reason=finish_reason,
            native_finish_reason=native_finish_reason,
            tokens_prompt=tokens_prompt,
            tokens_completion=tokens_completion,
            native_tokens_prompt=native_tokens_prompt,
            native_tokens_completion=native_tokens_completion,
            native_tokens_completion_images=native_tokens_completion_images,
            native_tokens_reasoning=native_tokens_reasoning,
            native_tokens_cached=native_tokens_cached,
            num_media_prompt=num_media_prompt,
            num_input_audio_prompt=num_input_audio_prompt,
            num_media_completion=num_media_completion,
            num_search_results=num_search_results,
            num_fetches=num_fetches,
            web_search_engine=web_search_engine,
            origin=origin,
            usage=usage,
            is_byok=is_byok,
            external_user=external_user,
            api_type=api_type,
            preset_id=preset_id,
            router=router,
            service_tier=service_tier,
            provider_responses=provider_responses,
            user_agent=user_agent,
            http_referer=http_referer,
            data_region=data_region,
            workspace_id=workspace_id,
            request_id=request_id,
            session_id=session_id,
            response_cache_source_id=response_cache_source_id,
        )

        generation_data.additional_properties = d
        return generation_data

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
) -> GenerationDataApiTypeType1 | GenerationDataApiTypeType2Type1 | GenerationDataApiTypeType3Type1 | None:
    if data is None:
        return data
    if GenerationDataApiTypeType1.is_known(data):
        try:
            api_type_type_1 = GenerationDataApiTypeType1._parse(data)

            return api_type_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if GenerationDataApiTypeType2Type1.is_known(data):
        try:
            api_type_type_2_type_1 = GenerationDataApiTypeType2Type1._parse(data)

            return api_type_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if GenerationDataApiTypeType3Type1.is_known(data):
        try:
            api_type_type_3_type_1 = GenerationDataApiTypeType3Type1._parse(data)

            return api_type_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        api_type_type_1 = GenerationDataApiTypeType1._parse(data)

        return api_type_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        api_type_type_2_type_1 = GenerationDataApiTypeType2Type1._parse(data)

        return api_type_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        api_type_type_3_type_1 = GenerationDataApiTypeType3Type1._parse(data)

        return api_type_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "GenerationDataApiTypeType1 | GenerationDataApiTypeType2Type1 | GenerationDataApiTypeType3Type1 | None", data
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
