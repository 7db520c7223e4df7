from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generation_response_data_api_type_type_1 import GenerationResponseDataApiTypeType1
from ..models.generation_response_data_api_type_type_2_type_1 import GenerationResponseDataApiTypeType2Type1
from ..models.generation_response_data_api_type_type_3_type_1 import GenerationResponseDataApiTypeType3Type1
from ..models.generation_response_data_data_region import GenerationResponseDataDataRegion
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.provider_response import ProviderResponse

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ProviderResponse
    if _lazy_imports_resolved:
        return
    from ..models.provider_response import ProviderResponse  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="GenerationResponseData")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "api_type",
        "app_id",
        "cache_discount",
        "cancelled",
        "created_at",
        "data_region",
        "external_user",
        "finish_reason",
        "generation_time",
        "http_referer",
        "id",
        "is_byok",
        "latency",
        "model",
        "moderation_latency",
        "native_finish_reason",
        "native_tokens_cached",
        "native_tokens_completion",
        "native_tokens_completion_images",
        "native_tokens_prompt",
        "native_tokens_reasoning",
        "num_fetches",
        "num_input_audio_prompt",
        "num_media_completion",
        "num_media_prompt",
        "num_search_results",
        "origin",
        "preset_id",
        "provider_name",
        "provider_responses",
        "router",
        "service_tier",
        "streamed",
        "tokens_completion",
        "tokens_prompt",
        "total_cost",
        "upstream_id",
        "upstream_inference_cost",
        "usage",
        "user_agent",
        "web_search_engine",
        "workspace_id",
        "request_id",
        "response_cache_source_id",
        "session_id",
    }
)


@_attrs_define(repr=False)
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

    _api_type: (
        GenerationResponseDataApiTypeType1
        | GenerationResponseDataApiTypeType2Type1
        | GenerationResponseDataApiTypeType3Type1
        | None
    ) = _attrs_field(alias="api_type")
    _app_id: int | None = _attrs_field(alias="app_id")
    _cache_discount: float | None = _attrs_field(alias="cache_discount")
    _cancelled: bool | None = _attrs_field(alias="cancelled")
    _created_at: str = _attrs_field(alias="created_at")
    _data_region: GenerationResponseDataDataRegion = _attrs_field(alias="data_region")
    _external_user: None | str = _attrs_field(alias="external_user")
    _finish_reason: None | str = _attrs_field(alias="finish_reason")
    _generation_time: float | None = _attrs_field(alias="generation_time")
    _http_referer: None | str = _attrs_field(alias="http_referer")
    _id: str = _attrs_field(alias="id")
    _is_byok: bool = _attrs_field(alias="is_byok")
    _latency: float | None = _attrs_field(alias="latency")
    _model: str = _attrs_field(alias="model")
    _moderation_latency: float | None = _attrs_field(alias="moderation_latency")
    _native_finish_reason: None | str = _attrs_field(alias="native_finish_reason")
    _native_tokens_cached: int | None = _attrs_field(alias="native_tokens_cached")
    _native_tokens_completion: int | None = _attrs_field(alias="native_tokens_completion")
    _native_tokens_completion_images: int | None = _attrs_field(alias="native_tokens_completion_images")
    _native_tokens_prompt: int | None = _attrs_field(alias="native_tokens_prompt")
    _native_tokens_reasoning: int | None = _attrs_field(alias="native_tokens_reasoning")
    _num_fetches: int | None = _attrs_field(alias="num_fetches")
    _num_input_audio_prompt: int | None = _attrs_field(alias="num_input_audio_prompt")
    _num_media_completion: int | None = _attrs_field(alias="num_media_completion")
    _num_media_prompt: int | None = _attrs_field(alias="num_media_prompt")
    _num_search_results: int | None = _attrs_field(alias="num_search_results")
    _origin: str = _attrs_field(alias="origin")
    _preset_id: None | str = _attrs_field(alias="preset_id")
    _provider_name: None | str = _attrs_field(alias="provider_name")
    _provider_responses: list[ProviderResponse] | None = _attrs_field(alias="provider_responses")
    _router: None | str = _attrs_field(alias="router")
    _service_tier: None | str = _attrs_field(alias="service_tier")
    _streamed: bool | None = _attrs_field(alias="streamed")
    _tokens_completion: int | None = _attrs_field(alias="tokens_completion")
    _tokens_prompt: int | None = _attrs_field(alias="tokens_prompt")
    _total_cost: float = _attrs_field(alias="total_cost")
    _upstream_id: None | str = _attrs_field(alias="upstream_id")
    _upstream_inference_cost: float | None = _attrs_field(alias="upstream_inference_cost")
    _usage: float = _attrs_field(alias="usage")
    _user_agent: None | str = _attrs_field(alias="user_agent")
    _web_search_engine: None | str = _attrs_field(alias="web_search_engine")
    _workspace_id: None | str = _attrs_field(alias="workspace_id")
    request_id: None | str | Unset = UNSET
    response_cache_source_id: None | str | Unset = UNSET
    session_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def api_type(
        self,
    ) -> (
        GenerationResponseDataApiTypeType1
        | GenerationResponseDataApiTypeType2Type1
        | GenerationResponseDataApiTypeType3Type1
        | None
    ):
        value: Any = self._api_type
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "api_type")
        return value

    @api_type.setter
    def api_type(
        self,
        value: GenerationResponseDataApiTypeType1
        | GenerationResponseDataApiTypeType2Type1
        | GenerationResponseDataApiTypeType3Type1
        | None,
    ) -> None:
        self._api_type = value

    @property
    def app_id(self) -> int | None:
        value: Any = self._app_id
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "app_id")
        return value

    @app_id.setter
    def app_id(self, value: int | None) -> None:
        self._app_id = value

    @property
    def cache_discount(self) -> float | None:
        value: Any = self._cache_discount
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "cache_discount")
        return value

    @cache_discount.setter
    def cache_discount(self, value: float | None) -> None:
        self._cache_discount = value

    @property
    def cancelled(self) -> bool | None:
        value: Any = self._cancelled
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "cancelled")
        return value

    @cancelled.setter
    def cancelled(self, value: bool | None) -> None:
        self._cancelled = value

    @property
    def created_at(self) -> str:
        value: Any = self._created_at
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "created_at")
        return value

    @created_at.setter
    def created_at(self, value: str) -> None:
        self._created_at = value

    @property
    def data_region(self) -> GenerationResponseDataDataRegion:
        value: Any = self._data_region
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "data_region")
        return value

    @data_region.setter
    def data_region(self, value: GenerationResponseDataDataRegion) -> None:
        self._data_region = value

    @property
    def external_user(self) -> None | str:
        value: Any = self._external_user
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "external_user")
        return value

    @external_user.setter
    def external_user(self, value: None | str) -> None:
        self._external_user = value

    @property
    def finish_reason(self) -> None | str:
        value: Any = self._finish_reason
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "finish_reason")
        return value

    @finish_reason.setter
    def finish_reason(self, value: None | str) -> None:
        self._finish_reason = value

    @property
    def generation_time(self) -> float | None:
        value: Any = self._generation_time
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "generation_time")
        return value

    @generation_time.setter
    def generation_time(self, value: float | None) -> None:
        self._generation_time = value

    @property
    def http_referer(self) -> None | str:
        value: Any = self._http_referer
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "http_referer")
        return value

    @http_referer.setter
    def http_referer(self, value: None | str) -> None:
        self._http_referer = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def is_byok(self) -> bool:
        value: Any = self._is_byok
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "is_byok")
        return value

    @is_byok.setter
    def is_byok(self, value: bool) -> None:
        self._is_byok = value

    @property
    def latency(self) -> float | None:
        value: Any = self._latency
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "latency")
        return value

    @latency.setter
    def latency(self, value: float | None) -> None:
        self._latency = value

    @property
    def model(self) -> str:
        value: Any = self._model
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "model")
        return value

    @model.setter
    def model(self, value: str) -> None:
        self._model = value

    @property
    def moderation_latency(self) -> float | None:
        value: Any = self._moderation_latency
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "moderation_latency")
        return value

    @moderation_latency.setter
    def moderation_latency(self, value: float | None) -> None:
        self._moderation_latency = value

    @property
    def native_finish_reason(self) -> None | str:
        value: Any = self._native_finish_reason
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "native_finish_reason")
        return value

    @native_finish_reason.setter
    def native_finish_reason(self, value: None | str) -> None:
        self._native_finish_reason = value

    @property
    def native_tokens_cached(self) -> int | None:
        value: Any = self._native_tokens_cached
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "native_tokens_cached")
        return value

    @native_tokens_cached.setter
    def native_tokens_cached(self, value: int | None) -> None:
        self._native_tokens_cached = value

    @property
    def native_tokens_completion(self) -> int | None:
        value: Any = self._native_tokens_completion
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "native_tokens_completion")
        return value

    @native_tokens_completion.setter
    def native_tokens_completion(self, value: int | None) -> None:
        self._native_tokens_completion = value

    @property
    def native_tokens_completion_images(self) -> int | None:
        value: Any = self._native_tokens_completion_images
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "native_tokens_completion_images")
        return value

    @native_tokens_completion_images.setter
    def native_tokens_completion_images(self, value: int | None) -> None:
        self._native_tokens_completion_images = value

    @property
    def native_tokens_prompt(self) -> int | None:
        value: Any = self._native_tokens_prompt
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "native_tokens_prompt")
        return value

    @native_tokens_prompt.setter
    def native_tokens_prompt(self, value: int | None) -> None:
        self._native_tokens_prompt = value

    @property
    def native_tokens_reasoning(self) -> int | None:
        value: Any = self._native_tokens_reasoning
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "native_tokens_reasoning")
        return value

    @native_tokens_reasoning.setter
    def native_tokens_reasoning(self, value: int | None) -> None:
        self._native_tokens_reasoning = value

    @property
    def num_fetches(self) -> int | None:
        value: Any = self._num_fetches
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "num_fetches")
        return value

    @num_fetches.setter
    def num_fetches(self, value: int | None) -> None:
        self._num_fetches = value

    @property
    def num_input_audio_prompt(self) -> int | None:
        value: Any = self._num_input_audio_prompt
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "num_input_audio_prompt")
        return value

    @num_input_audio_prompt.setter
    def num_input_audio_prompt(self, value: int | None) -> None:
        self._num_input_audio_prompt = value

    @property
    def num_media_completion(self) -> int | None:
        value: Any = self._num_media_completion
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "num_media_completion")
        return value

    @num_media_completion.setter
    def num_media_completion(self, value: int | None) -> None:
        self._num_media_completion = value

    @property
    def num_media_prompt(self) -> int | None:
        value: Any = self._num_media_prompt
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "num_media_prompt")
        return value

    @num_media_prompt.setter
    def num_media_prompt(self, value: int | None) -> None:
        self._num_media_prompt = value

    @property
    def num_search_results(self) -> int | None:
        value: Any = self._num_search_results
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "num_search_results")
        return value

    @num_search_results.setter
    def num_search_results(self, value: int | None) -> None:
        self._num_search_results = value

    @property
    def origin(self) -> str:
        value: Any = self._origin
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "origin")
        return value

    @origin.setter
    def origin(self, value: str) -> None:
        self._origin = value

    @property
    def preset_id(self) -> None | str:
        value: Any = self._preset_id
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "preset_id")
        return value

    @preset_id.setter
    def preset_id(self, value: None | str) -> None:
        self._preset_id = value

    @property
    def provider_name(self) -> None | str:
        value: Any = self._provider_name
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "provider_name")
        return value

    @provider_name.setter
    def provider_name(self, value: None | str) -> None:
        self._provider_name = value

    @property
    def provider_responses(self) -> list[ProviderResponse] | None:
        value: Any = self._provider_responses
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "provider_responses")
        return value

    @provider_responses.setter
    def provider_responses(self, value: list[ProviderResponse] | None) -> None:
        self._provider_responses = value

    @property
    def router(self) -> None | str:
        value: Any = self._router
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "router")
        return value

    @router.setter
    def router(self, value: None | str) -> None:
        self._router = value

    @property
    def service_tier(self) -> None | str:
        value: Any = self._service_tier
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "service_tier")
        return value

    @service_tier.setter
    def service_tier(self, value: None | str) -> None:
        self._service_tier = value

    @property
    def streamed(self) -> bool | None:
        value: Any = self._streamed
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "streamed")
        return value

    @streamed.setter
    def streamed(self, value: bool | None) -> None:
        self._streamed = value

    @property
    def tokens_completion(self) -> int | None:
        value: Any = self._tokens_completion
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "tokens_completion")
        return value

    @tokens_completion.setter
    def tokens_completion(self, value: int | None) -> None:
        self._tokens_completion = value

    @property
    def tokens_prompt(self) -> int | None:
        value: Any = self._tokens_prompt
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "tokens_prompt")
        return value

    @tokens_prompt.setter
    def tokens_prompt(self, value: int | None) -> None:
        self._tokens_prompt = value

    @property
    def total_cost(self) -> float:
        value: Any = self._total_cost
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "total_cost")
        return value

    @total_cost.setter
    def total_cost(self, value: float) -> None:
        self._total_cost = value

    @property
    def upstream_id(self) -> None | str:
        value: Any = self._upstream_id
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "upstream_id")
        return value

    @upstream_id.setter
    def upstream_id(self, value: None | str) -> None:
        self._upstream_id = value

    @property
    def upstream_inference_cost(self) -> float | None:
        value: Any = self._upstream_inference_cost
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "upstream_inference_cost")
        return value

    @upstream_inference_cost.setter
    def upstream_inference_cost(self, value: float | None) -> None:
        self._upstream_inference_cost = value

    @property
    def usage(self) -> float:
        value: Any = self._usage
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "usage")
        return value

    @usage.setter
    def usage(self, value: float) -> None:
        self._usage = value

    @property
    def user_agent(self) -> None | str:
        value: Any = self._user_agent
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "user_agent")
        return value

    @user_agent.setter
    def user_agent(self, value: None | str) -> None:
        self._user_agent = value

    @property
    def web_search_engine(self) -> None | str:
        value: Any = self._web_search_engine
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "web_search_engine")
        return value

    @web_search_engine.setter
    def web_search_engine(self, value: None | str) -> None:
        self._web_search_engine = value

    @property
    def workspace_id(self) -> None | str:
        value: Any = self._workspace_id
        if value is UNSET:
            raise MissingFieldError("GenerationResponseData", "workspace_id")
        return value

    @workspace_id.setter
    def workspace_id(self, value: None | str) -> None:
        self._workspace_id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"api_type={self._api_type!r}, "
            f"app_id={self._app_id!r}, "
            f"cache_discount={self._cache_discount!r}, "
            f"cancelled={self._cancelled!r}, "
            f"created_at={self._created_at!r}, "
            f"data_region={self._data_region!r}, "
            f"external_user={self._external_user!r}, "
            f"finish_reason={self._finish_reason!r}, "
            f"generation_time={self._generation_time!r}, "
            f"http_referer={self._http_referer!r}, "
            f"id={self._id!r}, "
            f"is_byok={self._is_byok!r}, "
            f"latency={self._latency!r}, "
            f"model={self._model!r}, "
            f"moderation_latency={self._moderation_latency!r}, "
            f"native_finish_reason={self._native_finish_reason!r}, "
            f"native_tokens_cached={self._native_tokens_cached!r}, "
            f"native_tokens_completion={self._native_tokens_completion!r}, "
            f"native_tokens_completion_images={self._native_tokens_completion_images!r}, "
            f"native_tokens_prompt={self._native_tokens_prompt!r}, "
            f"native_tokens_reasoning={self._native_tokens_reasoning!r}, "
            f"num_fetches={self._num_fetches!r}, "
            f"num_input_audio_prompt={self._num_input_audio_prompt!r}, "
            f"num_media_completion={self._num_media_completion!r}, "
            f"num_media_prompt={self._num_media_prompt!r}, "
            f"num_search_results={self._num_search_results!r}, "
            f"origin={self._origin!r}, "
            f"preset_id={self._preset_id!r}, "
            f"provider_name={self._provider_name!r}, "
            f"provider_responses={self._provider_responses!r}, "
            f"router={self._router!r}, "
            f"service_tier={self._service_tier!r}, "
            f"streamed={self._streamed!r}, "
            f"tokens_completion={self._tokens_completion!r}, "
            f"tokens_prompt={self._tokens_prompt!r}, "
            f"total_cost={self._total_cost!r}, "
            f"upstream_id={self._upstream_id!r}, "
            f"upstream_inference_cost={self._upstream_inference_cost!r}, "
            f"usage={self._usage!r}, "
            f"user_agent={self._user_agent!r}, "
            f"web_search_engine={self._web_search_engine!r}, "
            f"workspace_id={self._workspace_id!r}, "
            f"request_id={self.request_id!r}, "
            f"response_cache_source_id={self.response_cache_source_id!r}, "
            f"session_id={self.session_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        api_type: Any = self._api_type
        if not (isinstance(api_type, Unset) or api_type is None):
            if isinstance(self._api_type, GenerationResponseDataApiTypeType1):
                api_type = self._api_type.value
            elif isinstance(self._api_type, GenerationResponseDataApiTypeType2Type1):
                api_type = self._api_type.value
            elif isinstance(self._api_type, GenerationResponseDataApiTypeType3Type1):
                api_type = self._api_type.value
            else:
                api_type = self._api_type

        app_id: Any = self._app_id

        cache_discount: Any = self._cache_discount

        cancelled: Any = self._cancelled

        created_at: Any = self._created_at

        data_region: Any = self._data_region
        if not (isinstance(data_region, Unset) or data_region is None):
            data_region = self._data_region.value

        external_user: Any = self._external_user

        finish_reason: Any = self._finish_reason

        generation_time: Any = self._generation_time

        http_referer: Any = self._http_referer

        id: Any = self._id

        is_byok: Any = self._is_byok

        latency: Any = self._latency

        model: Any = self._model

        moderation_latency: Any = self._moderation_latency

        native_finish_reason: Any = self._native_finish_reason

        native_tokens_cached: Any = self._native_tokens_cached

        native_tokens_completion: Any = self._native_tokens_completion

        native_tokens_completion_images: Any = self._native_tokens_completion_images

        native_tokens_prompt: Any = self._native_tokens_prompt

        native_tokens_reasoning: Any = self._native_tokens_reasoning

        num_fetches: Any = self._num_fetches

        num_input_audio_prompt: Any = self._num_input_audio_prompt

        num_media_completion: Any = self._num_media_completion

        num_media_prompt: Any = self._num_media_prompt

        num_search_results: Any = self._num_search_results

        origin: Any = self._origin

        preset_id: Any = self._preset_id

        provider_name: Any = self._provider_name

        provider_responses: Any = self._provider_responses
        if not (isinstance(provider_responses, Unset) or provider_responses is None):
            if isinstance(self._provider_responses, list):
                provider_responses = []
                for provider_responses_type_0_item_data in self._provider_responses:
                    provider_responses_type_0_item = provider_responses_type_0_item_data.to_dict()
                    provider_responses.append(provider_responses_type_0_item)

            else:
                provider_responses = self._provider_responses

        router: Any = self._router

        service_tier: Any = self._service_tier

        streamed: Any = self._streamed

        tokens_completion: Any = self._tokens_completion

        tokens_prompt: Any = self._tokens_prompt

        total_cost: Any = self._total_cost

        upstream_id: Any = self._upstream_id

        upstream_inference_cost: Any = self._upstream_inference_cost

        usage: Any = self._usage

        user_agent: Any = self._user_agent

        web_search_engine: Any = self._web_search_engine

        workspace_id: Any = self._workspace_id

        request_id: Any = self.request_id

        response_cache_source_id: Any = self.response_cache_source_id

        session_id: Any = self.session_id

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
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"GenerationResponseData is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "api_type"
            _raw_api_type = d.get("api_type", UNSET)
            api_type: Any = _raw_api_type
            if _raw_api_type is not None and _raw_api_type is not UNSET:
                api_type = _parse_api_type(_raw_api_type)

            app_id = d.get("app_id", UNSET)

            cache_discount = d.get("cache_discount", UNSET)

            cancelled = d.get("cancelled", UNSET)

            created_at = d.get("created_at", UNSET)

            _field = "data_region"
            _raw_data_region = d.get("data_region", UNSET)
            data_region: Any = _raw_data_region
            if _raw_data_region is not None and _raw_data_region is not UNSET:
                data_region = GenerationResponseDataDataRegion._value2member_map_.get(
                    _raw_data_region
                ) or GenerationResponseDataDataRegion._parse(_raw_data_region)

            external_user = d.get("external_user", UNSET)

            finish_reason = d.get("finish_reason", UNSET)

            generation_time = d.get("generation_time", UNSET)

            http_referer = d.get("http_referer", UNSET)

            id = d.get("id", UNSET)

            is_byok = d.get("is_byok", UNSET)

            latency = d.get("latency", UNSET)

            model = d.get("model", UNSET)

            moderation_latency = d.get("moderation_latency", UNSET)

            native_finish_reason = d.get("native_finish_reason", UNSET)

            native_tokens_cached = d.get("native_tokens_cached", UNSET)

            native_tokens_completion = d.get("native_tokens_completion", UNSET)

            native_tokens_completion_images = d.get("native_tokens_completion_images", UNSET)

            native_tokens_prompt = d.get("native_tokens_prompt", UNSET)

            native_tokens_reasoning = d.get("native_tokens_reasoning", UNSET)

            num_fetches = d.get("num_fetches", UNSET)

            num_input_audio_prompt = d.get("num_input_audio_prompt", UNSET)

            num_media_completion = d.get("num_media_completion", UNSET)

            num_media_prompt = d.get("num_media_prompt", UNSET)

            num_search_results = d.get("num_search_results", UNSET)

            origin = d.get("origin", UNSET)

            preset_id = d.get("preset_id", UNSET)

            provider_name = d.get("provider_name", UNSET)

            _field = "provider_responses"
            _raw_provider_responses = d.get("provider_responses", UNSET)
            provider_responses: Any = _raw_provider_responses
            if _raw_provider_responses is not None and _raw_provider_responses is not UNSET:
                provider_responses = _parse_provider_responses(_raw_provider_responses)

            router = d.get("router", UNSET)

            service_tier = d.get("service_tier", UNSET)

            streamed = d.get("streamed", UNSET)

            tokens_completion = d.get("tokens_completion", UNSET)

            tokens_prompt = d.get("tokens_prompt", UNSET)

            total_cost = d.get("total_cost", UNSET)

            upstream_id = d.get("upstream_id", UNSET)

            upstream_inference_cost = d.get("upstream_inference_cost", UNSET)

            usage = d.get("usage", UNSET)

            user_agent = d.get("user_agent", UNSET)

            web_search_engine = d.get("web_search_engine", UNSET)

            workspace_id = d.get("workspace_id", UNSET)

            request_id = d.get("request_id", UNSET)

            response_cache_source_id = d.get("response_cache_source_id", UNSET)

            session_id = d.get("session_id", UNSET)

        except FieldParseError as error:
            raise error.within("GenerationResponseData", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("GenerationResponseData", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        generation_response_data = cls(
            api_type,
            app_id,
            cache_discount,
            cancelled,
            created_at,
            data_region,
            external_user,
            finish_reason,
            generation_time,
            http_referer,
            id,
            is_byok,
            latency,
            model,
            moderation_latency,
            native_finish_reason,
            native_tokens_cached,
            native_tokens_completion,
            native_tokens_completion_images,
            native_tokens_prompt,
            native_tokens_reasoning,
            num_fetches,
            num_input_audio_prompt,
            num_media_completion,
            num_media_prompt,
            num_search_results,
            origin,
            preset_id,
            provider_name,
            provider_responses,
            router,
            service_tier,
            streamed,
            tokens_completion,
            tokens_prompt,
            total_cost,
            upstream_id,
            upstream_inference_cost,
            usage,
            user_agent,
            web_search_engine,
            workspace_id,
            request_id,
            response_cache_source_id,
            session_id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            generation_response_data.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
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


GenerationResponseData.__annotations__ = ResolvingAnnotations(
    GenerationResponseData.__annotations__, _resolve_lazy_imports
)


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
            api_type_type_1 = GenerationResponseDataApiTypeType1._value2member_map_.get(
                data
            ) or GenerationResponseDataApiTypeType1._parse(data)

            return api_type_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if GenerationResponseDataApiTypeType2Type1.is_known(data):
        try:
            api_type_type_2_type_1 = GenerationResponseDataApiTypeType2Type1._value2member_map_.get(
                data
            ) or GenerationResponseDataApiTypeType2Type1._parse(data)

            return api_type_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if GenerationResponseDataApiTypeType3Type1.is_known(data):
        try:
            api_type_type_3_type_1 = GenerationResponseDataApiTypeType3Type1._value2member_map_.get(
                data
            ) or GenerationResponseDataApiTypeType3Type1._parse(data)

            return api_type_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        api_type_type_1 = GenerationResponseDataApiTypeType1._value2member_map_.get(
            data
        ) or GenerationResponseDataApiTypeType1._parse(data)

        return api_type_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        api_type_type_2_type_1 = GenerationResponseDataApiTypeType2Type1._value2member_map_.get(
            data
        ) or GenerationResponseDataApiTypeType2Type1._parse(data)

        return api_type_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        api_type_type_3_type_1 = GenerationResponseDataApiTypeType3Type1._value2member_map_.get(
            data
        ) or GenerationResponseDataApiTypeType3Type1._parse(data)

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
        provider_responses_type_0 = [
            ProviderResponse.from_dict(provider_responses_type_0_item_data)
            for provider_responses_type_0_item_data in data
        ]

        return provider_responses_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[ProviderResponse] | None", data)
