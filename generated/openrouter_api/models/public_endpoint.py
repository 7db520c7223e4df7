from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.endpoint_status import EndpointStatus
from ..models.parameter import Parameter
from ..models.provider_name import ProviderName
from ..models.quantization import Quantization
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.percentile_stats import PercentileStats
    from ..models.public_pricing import PublicPricing

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, PercentileStats, PublicPricing
    from ..models.percentile_stats import PercentileStats  # noqa: PLC0415
    from ..models.public_pricing import PublicPricing  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="PublicEndpoint")


@_attrs_define
class PublicEndpoint:
    """One provider's deployment of a model.

    Attributes:
        name (str): Display name of the endpoint.
        model_id (str): Permanent slug of the model served.
        model_name (str): Display name of the model served.
        context_length (int): Context window of this endpoint, in tokens.
        pricing (PublicPricing): Prices in USD as decimal strings (strings keep the precision of very small numbers);
            per token unless the field says otherwise.
        provider_name (ProviderName): Display name of an inference provider. New providers appear often, so treat this
            list as open. Example: OpenAI.
        tag (str): Slug to use in provider.order / only / ignore to select this endpoint. Example: deepinfra/fp8.
        quantization (None | Quantization): Weight precision the provider runs, when known.
        max_completion_tokens (int | None): Output cap, in tokens.
        max_prompt_tokens (int | None): Input cap, in tokens.
        supported_parameters (list[Parameter]): Request parameters this endpoint honours.
        uptime_last_30m (float | None): Share of successful requests over the last 30 minutes, in percent.
        uptime_last_5m (float | None): Share of successful requests over the last 5 minutes, in percent.
        uptime_last_1d (float | None): Share of successful requests over the last day, in percent.
        supports_implicit_caching (bool): Whether the provider caches prompts without being asked.
        latency_last_30m (None | PercentileStats): Time to first token over the last 30 minutes, in milliseconds.
        throughput_last_30m (None | PercentileStats): Output speed over the last 30 minutes, in tokens per second.
        status (EndpointStatus | Unset): Health of the endpoint; 0 is normal, negative values mark degraded or disabled
            states.
        supports_voice_cloning (bool | Unset): For speech endpoints, whether reference audio may be sent to clone a
            voice. Default: False.
    """

    name: str
    model_id: str
    model_name: str
    context_length: int
    pricing: PublicPricing
    provider_name: ProviderName
    tag: str
    quantization: None | Quantization
    max_completion_tokens: int | None
    max_prompt_tokens: int | None
    supported_parameters: list[Parameter]
    uptime_last_30m: float | None
    uptime_last_5m: float | None
    uptime_last_1d: float | None
    supports_implicit_caching: bool
    latency_last_30m: None | PercentileStats
    throughput_last_30m: None | PercentileStats
    status: EndpointStatus | Unset = UNSET
    supports_voice_cloning: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        name: Any = self.name

        model_id: Any = self.model_id

        model_name: Any = self.model_name

        context_length: Any = self.context_length

        pricing: Any = self.pricing
        if not (isinstance(pricing, Unset) or pricing is None):
            pricing = self.pricing.to_dict()

        provider_name: Any = self.provider_name
        if not (isinstance(provider_name, Unset) or provider_name is None):
            provider_name = self.provider_name.value

        tag: Any = self.tag

        quantization: Any = self.quantization
        if not (isinstance(quantization, Unset) or quantization is None):
            if isinstance(self.quantization, Quantization):
                quantization = self.quantization.value
            else:
                quantization = self.quantization

        max_completion_tokens: Any = self.max_completion_tokens
        if not (isinstance(max_completion_tokens, Unset) or max_completion_tokens is None):
            max_completion_tokens = self.max_completion_tokens

        max_prompt_tokens: Any = self.max_prompt_tokens
        if not (isinstance(max_prompt_tokens, Unset) or max_prompt_tokens is None):
            max_prompt_tokens = self.max_prompt_tokens

        supported_parameters: Any = self.supported_parameters
        if not (isinstance(supported_parameters, Unset) or supported_parameters is None):
            supported_parameters = []
            for supported_parameters_item_data in self.supported_parameters:
                supported_parameters_item = supported_parameters_item_data.value
                supported_parameters.append(supported_parameters_item)

        uptime_last_30m: Any = self.uptime_last_30m
        if not (isinstance(uptime_last_30m, Unset) or uptime_last_30m is None):
            uptime_last_30m = self.uptime_last_30m

        uptime_last_5m: Any = self.uptime_last_5m
        if not (isinstance(uptime_last_5m, Unset) or uptime_last_5m is None):
            uptime_last_5m = self.uptime_last_5m

        uptime_last_1d: Any = self.uptime_last_1d
        if not (isinstance(uptime_last_1d, Unset) or uptime_last_1d is None):
            uptime_last_1d = self.uptime_last_1d

        supports_implicit_caching: Any = self.supports_implicit_caching

        latency_last_30m: Any = self.latency_last_30m
        if not (isinstance(latency_last_30m, Unset) or latency_last_30m is None):
            if isinstance(self.latency_last_30m, PercentileStats):
                latency_last_30m = self.latency_last_30m.to_dict()
            else:
                latency_last_30m = self.latency_last_30m

        throughput_last_30m: Any = self.throughput_last_30m
        if not (isinstance(throughput_last_30m, Unset) or throughput_last_30m is None):
            if isinstance(self.throughput_last_30m, PercentileStats):
                throughput_last_30m = self.throughput_last_30m.to_dict()
            else:
                throughput_last_30m = self.throughput_last_30m

        status: Any = self.status
        if not (isinstance(status, Unset) or status is None):
            status = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

        supports_voice_cloning: Any = self.supports_voice_cloning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if name is not UNSET:
            field_dict["name"] = name
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if context_length is not UNSET:
            field_dict["context_length"] = context_length
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if tag is not UNSET:
            field_dict["tag"] = tag
        if quantization is not UNSET:
            field_dict["quantization"] = quantization
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if max_prompt_tokens is not UNSET:
            field_dict["max_prompt_tokens"] = max_prompt_tokens
        if supported_parameters is not UNSET:
            field_dict["supported_parameters"] = supported_parameters
        if uptime_last_30m is not UNSET:
            field_dict["uptime_last_30m"] = uptime_last_30m
        if uptime_last_5m is not UNSET:
            field_dict["uptime_last_5m"] = uptime_last_5m
        if uptime_last_1d is not UNSET:
            field_dict["uptime_last_1d"] = uptime_last_1d
        if supports_implicit_caching is not UNSET:
            field_dict["supports_implicit_caching"] = supports_implicit_caching
        if latency_last_30m is not UNSET:
            field_dict["latency_last_30m"] = latency_last_30m
        if throughput_last_30m is not UNSET:
            field_dict["throughput_last_30m"] = throughput_last_30m
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
        if "name" not in data:
            return False
        if "model_id" not in data:
            return False
        if "model_name" not in data:
            return False
        if "context_length" not in data:
            return False
        if "pricing" not in data:
            return False
        if "provider_name" not in data:
            return False
        if "provider_name" in data and not ProviderName.is_known(data["provider_name"]):
            return False
        if "tag" not in data:
            return False
        if "quantization" not in data:
            return False
        if "max_completion_tokens" not in data:
            return False
        if "max_prompt_tokens" not in data:
            return False
        if "supported_parameters" not in data:
            return False
        if "uptime_last_30m" not in data:
            return False
        if "uptime_last_5m" not in data:
            return False
        if "uptime_last_1d" not in data:
            return False
        if "supports_implicit_caching" not in data:
            return False
        if "latency_last_30m" not in data:
            return False
        if "throughput_last_30m" not in data:
            return False
        if "status" in data and not EndpointStatus.is_known(data["status"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        model_id = d.pop("model_id", UNSET)

        model_name = d.pop("model_name", UNSET)

        context_length = d.pop("context_length", UNSET)

        _raw_pricing = d.pop("pricing", UNSET)
        pricing: Any = _raw_pricing
        if _raw_pricing is not None and _raw_pricing is not UNSET:
            pricing = PublicPricing.from_dict(_raw_pricing)

        _raw_provider_name = d.pop("provider_name", UNSET)
        provider_name: Any = _raw_provider_name
        if _raw_provider_name is not None and _raw_provider_name is not UNSET:
            provider_name = ProviderName._parse(_raw_provider_name)

        tag = d.pop("tag", UNSET)

        _raw_quantization = d.pop("quantization", UNSET)
        quantization: Any = _raw_quantization
        if _raw_quantization is not None and _raw_quantization is not UNSET:
            quantization = _parse_quantization(_raw_quantization)

        max_completion_tokens = d.pop("max_completion_tokens", UNSET)

        max_prompt_tokens = d.pop("max_prompt_tokens", UNSET)

        _raw_supported_parameters = d.pop("supported_parameters", UNSET)
        supported_parameters: Any = _raw_supported_parameters
        if _raw_supported_parameters is not None and _raw_supported_parameters is not UNSET:
            supported_parameters = []
            _supported_parameters = _raw_supported_parameters
            for supported_parameters_item_data in _supported_parameters:
                supported_parameters_item = Parameter._parse(supported_parameters_item_data)

                supported_parameters.append(supported_parameters_item)

        uptime_last_30m = d.pop("uptime_last_30m", UNSET)

        uptime_last_5m = d.pop("uptime_last_5m", UNSET)

        uptime_last_1d = d.pop("uptime_last_1d", UNSET)

        supports_implicit_caching = d.pop("supports_implicit_caching", UNSET)

        _raw_latency_last_30m = d.pop("latency_last_30m", UNSET)
        latency_last_30m: Any = _raw_latency_last_30m
        if _raw_latency_last_30m is not None and _raw_latency_last_30m is not UNSET:
            latency_last_30m = _parse_latency_last_30m(_raw_latency_last_30m)

        _raw_throughput_last_30m = d.pop("throughput_last_30m", UNSET)
        throughput_last_30m: Any = _raw_throughput_last_30m
        if _raw_throughput_last_30m is not None and _raw_throughput_last_30m is not UNSET:
            throughput_last_30m = _parse_throughput_last_30m(_raw_throughput_last_30m)

        _raw_status = d.pop("status", UNSET)
        status: Any = _raw_status
        if _raw_status is not None and _raw_status is not UNSET:
            _status = _raw_status
            status: EndpointStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = EndpointStatus._parse(_status)

        supports_voice_cloning = d.pop("supports_voice_cloning", UNSET)

        public_endpoint = cls(
            name=name,
            model_id=model_id,
            model_name=model_name,
            context_length=context_length,
            pricing=pricing,
            provider_name=provider_name,
            tag=tag,
            quantization=quantization,
            max_completion_tokens=max_completion_tokens,
            max_prompt_tokens=max_prompt_tokens,
            supported_parameters=supported_parameters,
            uptime_last_30m=uptime_last_30m,
            uptime_last_5m=uptime_last_5m,
            uptime_last_1d=uptime_last_1d,
            supports_implicit_caching=supports_implicit_caching,
            latency_last_30m=latency_last_30m,
            throughput_last_30m=throughput_last_30m,
            status=status,
            supports_voice_cloning=supports_voice_cloning,
        )

        public_endpoint.additional_properties = d
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


def _parse_quantization(data: object) -> None | Quantization:
    if data is None:
        return data
    if Quantization.is_known(data):
        try:
            quantization_type_0 = Quantization._parse(data)

            return quantization_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        quantization_type_0 = Quantization._parse(data)

        return quantization_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | Quantization", data)


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
