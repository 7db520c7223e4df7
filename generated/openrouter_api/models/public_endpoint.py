from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.endpoint_status import EndpointStatus
from ..models.parameter import Parameter
from ..models.provider_name import ProviderName
from ..models.quantization import Quantization
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.percentile_stats import PercentileStats
    from ..models.public_endpoint_pricing import PublicEndpointPricing

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, PercentileStats, PublicEndpointPricing
    if _lazy_imports_resolved:
        return
    from ..models.percentile_stats import PercentileStats  # noqa: PLC0415
    from ..models.public_endpoint_pricing import PublicEndpointPricing  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="PublicEndpoint")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "context_length",
        "latency_last_30m",
        "max_completion_tokens",
        "max_prompt_tokens",
        "model_id",
        "model_name",
        "name",
        "pricing",
        "provider_name",
        "quantization",
        "supported_parameters",
        "supports_implicit_caching",
        "tag",
        "throughput_last_30m",
        "uptime_last_1d",
        "uptime_last_30m",
        "uptime_last_5m",
        "status",
        "supports_voice_cloning",
    }
)


@_attrs_define(repr=False)
class PublicEndpoint:
    """Information about a specific model endpoint

    Example:
        {'context_length': 8192, 'latency_last_30m': {'p50': 0.25, 'p75': 0.35, 'p90': 0.48, 'p99': 0.85},
            'max_completion_tokens': 4096, 'max_prompt_tokens': 8192, 'model_id': 'openai/gpt-4', 'model_name': 'GPT-4',
            'name': 'OpenAI: GPT-4', 'pricing': {'completion': '0.00006', 'image': '0', 'prompt': '0.00003', 'request':
            '0'}, 'provider_name': 'OpenAI', 'quantization': 'fp16', 'status': 0, 'supported_parameters': ['temperature',
            'top_p', 'max_tokens'], 'supports_implicit_caching': True, 'supports_voice_cloning': False, 'tag': 'openai',
            'throughput_last_30m': {'p50': 45.2, 'p75': 38.5, 'p90': 28.3, 'p99': 15.1}, 'uptime_last_1d': 99.8,
            'uptime_last_30m': 99.5, 'uptime_last_5m': 100}

    Attributes:
        context_length (int):
        latency_last_30m (None | PercentileStats):
        max_completion_tokens (int | None):
        max_prompt_tokens (int | None):
        model_id (str): The unique identifier for the model (permaslug) Example: openai/gpt-4.
        model_name (str):
        name (str):
        pricing (PublicEndpointPricing):
        provider_name (ProviderName):  Example: OpenAI.
        quantization (None | Quantization):
        supported_parameters (list[Parameter]):
        supports_implicit_caching (bool):
        tag (str):
        throughput_last_30m (None | PercentileStats): Throughput percentiles in tokens per second over the last 30
            minutes. Throughput measures output token generation speed. Only visible when authenticated with an API key or
            cookie; returns null for unauthenticated requests.
        uptime_last_1d (float | None): Uptime percentage over the last 1 day, calculated as successful requests /
            (successful + error requests) * 100. Rate-limited requests are excluded. Returns null if insufficient data.
        uptime_last_30m (float | None):
        uptime_last_5m (float | None): Uptime percentage over the last 5 minutes, calculated as successful requests /
            (successful + error requests) * 100. Rate-limited requests are excluded. Returns null if insufficient data.
        status (EndpointStatus | Unset):  Example: 0.
        supports_voice_cloning (bool | Unset): Whether this TTS endpoint accepts inline reference audio
            (`input_references`) for stateless voice cloning. Requests carrying reference audio are only routed to endpoints
            where this is true. Default: False.
    """

    _context_length: int = _attrs_field(alias="context_length")
    _latency_last_30m: None | PercentileStats = _attrs_field(alias="latency_last_30m")
    _max_completion_tokens: int | None = _attrs_field(alias="max_completion_tokens")
    _max_prompt_tokens: int | None = _attrs_field(alias="max_prompt_tokens")
    _model_id: str = _attrs_field(alias="model_id")
    _model_name: str = _attrs_field(alias="model_name")
    _name: str = _attrs_field(alias="name")
    _pricing: PublicEndpointPricing = _attrs_field(alias="pricing")
    _provider_name: ProviderName = _attrs_field(alias="provider_name")
    _quantization: None | Quantization = _attrs_field(alias="quantization")
    _supported_parameters: list[Parameter] = _attrs_field(alias="supported_parameters")
    _supports_implicit_caching: bool = _attrs_field(alias="supports_implicit_caching")
    _tag: str = _attrs_field(alias="tag")
    _throughput_last_30m: None | PercentileStats = _attrs_field(alias="throughput_last_30m")
    _uptime_last_1d: float | None = _attrs_field(alias="uptime_last_1d")
    _uptime_last_30m: float | None = _attrs_field(alias="uptime_last_30m")
    _uptime_last_5m: float | None = _attrs_field(alias="uptime_last_5m")
    status: EndpointStatus | Unset = UNSET
    supports_voice_cloning: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def context_length(self) -> int:
        value: Any = self._context_length
        if value is UNSET:
            raise MissingFieldError("PublicEndpoint", "context_length")
        return value

    @context_length.setter
    def context_length(self, value: int) -> None:
        self._context_length = value

    @property
    def latency_last_30m(self) -> None | PercentileStats:
        value: Any = self._latency_last_30m
        if value is UNSET:
            raise MissingFieldError("PublicEndpoint", "latency_last_30m")
        return value

    @latency_last_30m.setter
    def latency_last_30m(self, value: None | PercentileStats) -> None:
        self._latency_last_30m = value

    @property
    def max_completion_tokens(self) -> int | None:
        value: Any = self._max_completion_tokens
        if value is UNSET:
            raise MissingFieldError("PublicEndpoint", "max_completion_tokens")
        return value

    @max_completion_tokens.setter
    def max_completion_tokens(self, value: int | None) -> None:
        self._max_completion_tokens = value

    @property
    def max_prompt_tokens(self) -> int | None:
        value: Any = self._max_prompt_tokens
        if value is UNSET:
            raise MissingFieldError("PublicEndpoint", "max_prompt_tokens")
        return value

    @max_prompt_tokens.setter
    def max_prompt_tokens(self, value: int | None) -> None:
        self._max_prompt_tokens = value

    @property
    def model_id(self) -> str:
        value: Any = self._model_id
        if value is UNSET:
            raise MissingFieldError("PublicEndpoint", "model_id")
        return value

    @model_id.setter
    def model_id(self, value: str) -> None:
        self._model_id = value

    @property
    def model_name(self) -> str:
        value: Any = self._model_name
        if value is UNSET:
            raise MissingFieldError("PublicEndpoint", "model_name")
        return value

    @model_name.setter
    def model_name(self, value: str) -> None:
        self._model_name = value

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("PublicEndpoint", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    @property
    def pricing(self) -> PublicEndpointPricing:
        value: Any = self._pricing
        if value is UNSET:
            raise MissingFieldError("PublicEndpoint", "pricing")
        return value

    @pricing.setter
    def pricing(self, value: PublicEndpointPricing) -> None:
        self._pricing = value

    @property
    def provider_name(self) -> ProviderName:
        value: Any = self._provider_name
        if value is UNSET:
            raise MissingFieldError("PublicEndpoint", "provider_name")
        return value

    @provider_name.setter
    def provider_name(self, value: ProviderName) -> None:
        self._provider_name = value

    @property
    def quantization(self) -> None | Quantization:
        value: Any = self._quantization
        if value is UNSET:
            raise MissingFieldError("PublicEndpoint", "quantization")
        return value

    @quantization.setter
    def quantization(self, value: None | Quantization) -> None:
        self._quantization = value

    @property
    def supported_parameters(self) -> list[Parameter]:
        value: Any = self._supported_parameters
        if value is UNSET:
            raise MissingFieldError("PublicEndpoint", "supported_parameters")
        return value

    @supported_parameters.setter
    def supported_parameters(self, value: list[Parameter]) -> None:
        self._supported_parameters = value

    @property
    def supports_implicit_caching(self) -> bool:
        value: Any = self._supports_implicit_caching
        if value is UNSET:
            raise MissingFieldError("PublicEndpoint", "supports_implicit_caching")
        return value

    @supports_implicit_caching.setter
    def supports_implicit_caching(self, value: bool) -> None:
        self._supports_implicit_caching = value

    @property
    def tag(self) -> str:
        value: Any = self._tag
        if value is UNSET:
            raise MissingFieldError("PublicEndpoint", "tag")
        return value

    @tag.setter
    def tag(self, value: str) -> None:
        self._tag = value

    @property
    def throughput_last_30m(self) -> None | PercentileStats:
        value: Any = self._throughput_last_30m
        if value is UNSET:
            raise MissingFieldError("PublicEndpoint", "throughput_last_30m")
        return value

    @throughput_last_30m.setter
    def throughput_last_30m(self, value: None | PercentileStats) -> None:
        self._throughput_last_30m = value

    @property
    def uptime_last_1d(self) -> float | None:
        value: Any = self._uptime_last_1d
        if value is UNSET:
            raise MissingFieldError("PublicEndpoint", "uptime_last_1d")
        return value

    @uptime_last_1d.setter
    def uptime_last_1d(self, value: float | None) -> None:
        self._uptime_last_1d = value

    @property
    def uptime_last_30m(self) -> float | None:
        value: Any = self._uptime_last_30m
        if value is UNSET:
            raise MissingFieldError("PublicEndpoint", "uptime_last_30m")
        return value

    @uptime_last_30m.setter
    def uptime_last_30m(self, value: float | None) -> None:
        self._uptime_last_30m = value

    @property
    def uptime_last_5m(self) -> float | None:
        value: Any = self._uptime_last_5m
        if value is UNSET:
            raise MissingFieldError("PublicEndpoint", "uptime_last_5m")
        return value

    @uptime_last_5m.setter
    def uptime_last_5m(self, value: float | None) -> None:
        self._uptime_last_5m = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"context_length={self._context_length!r}, "
            f"latency_last_30m={self._latency_last_30m!r}, "
            f"max_completion_tokens={self._max_completion_tokens!r}, "
            f"max_prompt_tokens={self._max_prompt_tokens!r}, "
            f"model_id={self._model_id!r}, "
            f"model_name={self._model_name!r}, "
            f"name={self._name!r}, "
            f"pricing={self._pricing!r}, "
            f"provider_name={self._provider_name!r}, "
            f"quantization={self._quantization!r}, "
            f"supported_parameters={self._supported_parameters!r}, "
            f"supports_implicit_caching={self._supports_implicit_caching!r}, "
            f"tag={self._tag!r}, "
            f"throughput_last_30m={self._throughput_last_30m!r}, "
            f"uptime_last_1d={self._uptime_last_1d!r}, "
            f"uptime_last_30m={self._uptime_last_30m!r}, "
            f"uptime_last_5m={self._uptime_last_5m!r}, "
            f"status={self.status!r}, "
            f"supports_voice_cloning={self.supports_voice_cloning!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        context_length: Any = self._context_length

        latency_last_30m: Any = self._latency_last_30m
        if not (isinstance(latency_last_30m, Unset) or latency_last_30m is None):
            if isinstance(self._latency_last_30m, PercentileStats):
                latency_last_30m = self._latency_last_30m.to_dict()
            else:
                latency_last_30m = self._latency_last_30m

        max_completion_tokens: Any = self._max_completion_tokens

        max_prompt_tokens: Any = self._max_prompt_tokens

        model_id: Any = self._model_id

        model_name: Any = self._model_name

        name: Any = self._name

        pricing: Any = self._pricing
        if not (isinstance(pricing, Unset) or pricing is None):
            pricing = self._pricing.to_dict()

        provider_name: Any = self._provider_name
        if not (isinstance(provider_name, Unset) or provider_name is None):
            provider_name = self._provider_name.value

        quantization: Any = self._quantization
        if not (isinstance(quantization, Unset) or quantization is None):
            if isinstance(self._quantization, Quantization):
                quantization = self._quantization.value
            else:
                quantization = self._quantization

        supported_parameters: Any = self._supported_parameters
        if not (isinstance(supported_parameters, Unset) or supported_parameters is None):
            supported_parameters = []
            for supported_parameters_item_data in self._supported_parameters:
                supported_parameters_item = supported_parameters_item_data.value
                supported_parameters.append(supported_parameters_item)

        supports_implicit_caching: Any = self._supports_implicit_caching

        tag: Any = self._tag

        throughput_last_30m: Any = self._throughput_last_30m
        if not (isinstance(throughput_last_30m, Unset) or throughput_last_30m is None):
            if isinstance(self._throughput_last_30m, PercentileStats):
                throughput_last_30m = self._throughput_last_30m.to_dict()
            else:
                throughput_last_30m = self._throughput_last_30m

        uptime_last_1d: Any = self._uptime_last_1d

        uptime_last_30m: Any = self._uptime_last_30m

        uptime_last_5m: Any = self._uptime_last_5m

        status: Any = self.status
        if not (isinstance(status, Unset) or status is None):
            status = status.value

        supports_voice_cloning: Any = self.supports_voice_cloning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if context_length is not UNSET:
            field_dict["context_length"] = context_length
        if latency_last_30m is not UNSET:
            field_dict["latency_last_30m"] = latency_last_30m
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if max_prompt_tokens is not UNSET:
            field_dict["max_prompt_tokens"] = max_prompt_tokens
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if name is not UNSET:
            field_dict["name"] = name
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if quantization is not UNSET:
            field_dict["quantization"] = quantization
        if supported_parameters is not UNSET:
            field_dict["supported_parameters"] = supported_parameters
        if supports_implicit_caching is not UNSET:
            field_dict["supports_implicit_caching"] = supports_implicit_caching
        if tag is not UNSET:
            field_dict["tag"] = tag
        if throughput_last_30m is not UNSET:
            field_dict["throughput_last_30m"] = throughput_last_30m
        if uptime_last_1d is not UNSET:
            field_dict["uptime_last_1d"] = uptime_last_1d
        if uptime_last_30m is not UNSET:
            field_dict["uptime_last_30m"] = uptime_last_30m
        if uptime_last_5m is not UNSET:
            field_dict["uptime_last_5m"] = uptime_last_5m
        if status is not UNSET:
            field_dict["status"] = status
        if supports_voice_cloning is not UNSET:
            field_dict["supports_voice_cloning"] = supports_voice_cloning

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of PublicEndpoint and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "context_length" not in data:
            return False
        if "latency_last_30m" not in data:
            return False
        if "max_completion_tokens" not in data:
            return False
        if "max_prompt_tokens" not in data:
            return False
        if "model_id" not in data:
            return False
        if "model_name" not in data:
            return False
        if "name" not in data:
            return False
        if "pricing" not in data:
            return False
        if "provider_name" not in data:
            return False
        if "provider_name" in data and not ProviderName.is_known(data["provider_name"]):
            return False
        if "quantization" not in data:
            return False
        if "supported_parameters" not in data:
            return False
        if "supports_implicit_caching" not in data:
            return False
        if "tag" not in data:
            return False
        if "throughput_last_30m" not in data:
            return False
        if "uptime_last_1d" not in data:
            return False
        if "uptime_last_30m" not in data:
            return False
        if "uptime_last_5m" not in data:
            return False
        if "status" in data and not EndpointStatus.is_known(data["status"]):
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
                    f"PublicEndpoint is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            context_length = d.get("context_length", UNSET)

            _field = "latency_last_30m"
            _raw_latency_last_30m = d.get("latency_last_30m", UNSET)
            latency_last_30m: Any = _raw_latency_last_30m
            if _raw_latency_last_30m is not None and _raw_latency_last_30m is not UNSET:
                latency_last_30m = (
                    PercentileStats.from_dict(_raw_latency_last_30m)
                    if type(_raw_latency_last_30m) is dict
                    else _parse_latency_last_30m(_raw_latency_last_30m)
                )

            max_completion_tokens = d.get("max_completion_tokens", UNSET)

            max_prompt_tokens = d.get("max_prompt_tokens", UNSET)

            model_id = d.get("model_id", UNSET)

            model_name = d.get("model_name", UNSET)

            name = d.get("name", UNSET)

            _field = "pricing"
            _raw_pricing = d.get("pricing", UNSET)
            pricing: Any = _raw_pricing
            if _raw_pricing is not None and _raw_pricing is not UNSET:
                pricing = PublicEndpointPricing.from_dict(_raw_pricing)

            _field = "provider_name"
            _raw_provider_name = d.get("provider_name", UNSET)
            provider_name: Any = _raw_provider_name
            if _raw_provider_name is not None and _raw_provider_name is not UNSET:
                provider_name = ProviderName._value2member_map_.get(_raw_provider_name) or ProviderName._parse(
                    _raw_provider_name
                )

            _field = "quantization"
            _raw_quantization = d.get("quantization", UNSET)
            quantization: Any = _raw_quantization
            if _raw_quantization is not None and _raw_quantization is not UNSET:
                quantization = _parse_quantization(_raw_quantization)

            _field = "supported_parameters"
            _raw_supported_parameters = d.get("supported_parameters", UNSET)
            supported_parameters: Any = _raw_supported_parameters
            if _raw_supported_parameters is not None and _raw_supported_parameters is not UNSET:
                supported_parameters = [
                    Parameter._value2member_map_.get(supported_parameters_item_data)
                    or Parameter._parse(supported_parameters_item_data)
                    for supported_parameters_item_data in _raw_supported_parameters
                ]

            supports_implicit_caching = d.get("supports_implicit_caching", UNSET)

            tag = d.get("tag", UNSET)

            _field = "throughput_last_30m"
            _raw_throughput_last_30m = d.get("throughput_last_30m", UNSET)
            throughput_last_30m: Any = _raw_throughput_last_30m
            if _raw_throughput_last_30m is not None and _raw_throughput_last_30m is not UNSET:
                throughput_last_30m = (
                    PercentileStats.from_dict(_raw_throughput_last_30m)
                    if type(_raw_throughput_last_30m) is dict
                    else _parse_throughput_last_30m(_raw_throughput_last_30m)
                )

            uptime_last_1d = d.get("uptime_last_1d", UNSET)

            uptime_last_30m = d.get("uptime_last_30m", UNSET)

            uptime_last_5m = d.get("uptime_last_5m", UNSET)

            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = EndpointStatus._value2member_map_.get(_raw_status) or EndpointStatus._parse(_raw_status)

            supports_voice_cloning = d.get("supports_voice_cloning", UNSET)

        except FieldParseError as error:
            raise error.within("PublicEndpoint", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("PublicEndpoint", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        public_endpoint = cls(
            context_length,
            latency_last_30m,
            max_completion_tokens,
            max_prompt_tokens,
            model_id,
            model_name,
            name,
            pricing,
            provider_name,
            quantization,
            supported_parameters,
            supports_implicit_caching,
            tag,
            throughput_last_30m,
            uptime_last_1d,
            uptime_last_30m,
            uptime_last_5m,
            status,
            supports_voice_cloning,
        )

        if not _DECLARED_KEYS.issuperset(d):
            public_endpoint.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return public_endpoint

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


PublicEndpoint.__annotations__ = ResolvingAnnotations(PublicEndpoint.__annotations__, _resolve_lazy_imports)


def _parse_latency_last_30m(data: object) -> None | PercentileStats:
    if data is None:
        return data
    if PercentileStats._matches(data):
        try:
            latency_last_30m_type_0 = PercentileStats.from_dict(data)

            return latency_last_30m_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        latency_last_30m_type_0 = PercentileStats.from_dict(data)

        return latency_last_30m_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | PercentileStats", data)


def _parse_quantization(data: object) -> None | Quantization:
    if data is None:
        return data
    if Quantization.is_known(data):
        try:
            quantization_type_0 = Quantization._value2member_map_.get(data) or Quantization._parse(data)

            return quantization_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        quantization_type_0 = Quantization._value2member_map_.get(data) or Quantization._parse(data)

        return quantization_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | Quantization", data)


def _parse_throughput_last_30m(data: object) -> None | PercentileStats:
    if data is None:
        return data
    if PercentileStats._matches(data):
        try:
            throughput_last_30m_type_0 = PercentileStats.from_dict(data)

            return throughput_last_30m_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        throughput_last_30m_type_0 = PercentileStats.from_dict(data)

        return throughput_last_30m_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | PercentileStats", data)
