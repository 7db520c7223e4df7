from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_pricing_entry import ImagePricingEntry
    from ..models.supported_parameters import SupportedParameters

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ImagePricingEntry, SupportedParameters
    from ..models.image_pricing_entry import ImagePricingEntry  # noqa: PLC0415
    from ..models.supported_parameters import SupportedParameters  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ImageEndpoint")


@_attrs_define
class ImageEndpoint:
    """An endpoint that serves a given image model.

    Example:
        {'allowed_passthrough_parameters': [], 'pricing': [{'billable': 'output_image', 'cost_usd': 0.05, 'unit':
            'image'}], 'provider_name': 'Bytedance', 'provider_slug': 'bytedance', 'provider_tag': 'bytedance',
            'supported_parameters': {'resolution': {'type': 'enum', 'values': ['1K', '2K', '4K']}, 'seed': {'type':
            'boolean'}}, 'supports_streaming': False}

    Attributes:
        allowed_passthrough_parameters (list[str]): Provider-specific options accepted under
            provider.options[provider_slug]. Example: [].
        pricing (list[ImagePricingEntry]): Billable pricing lines for this endpoint. Example: [{'billable':
            'output_image', 'cost_usd': 0.05, 'unit': 'image'}].
        provider_name (str): Provider display name Example: Bytedance.
        provider_slug (str): Provider slug Example: bytedance.
        provider_tag (None | str): Provider tag for request-side selection Example: bytedance.
        supported_parameters (SupportedParameters): Union of supported parameters across every endpoint of this model.
            Coarse discovery aid; the definitive per-endpoint set is behind the endpoints URL. Example:
            {'output_compression': {'max': 100, 'min': 0, 'type': 'range'}, 'resolution': {'type': 'enum', 'values': ['1K',
            '2K', '4K']}, 'seed': {'type': 'boolean'}}.
        supports_streaming (bool): Whether this endpoint supports native SSE streaming (`stream: true` in the request).
            Example: False.
    """

    allowed_passthrough_parameters: list[str]
    pricing: list[ImagePricingEntry]
    provider_name: str
    provider_slug: str
    provider_tag: None | str
    supported_parameters: SupportedParameters
    supports_streaming: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        allowed_passthrough_parameters: Any = self.allowed_passthrough_parameters
        if not (isinstance(allowed_passthrough_parameters, Unset) or allowed_passthrough_parameters is None):
            allowed_passthrough_parameters = self.allowed_passthrough_parameters

        pricing: Any = self.pricing
        if not (isinstance(pricing, Unset) or pricing is None):
            pricing = []
            for pricing_item_data in self.pricing:
                pricing_item = pricing_item_data.to_dict()
                pricing.append(pricing_item)

        provider_name: Any = self.provider_name

        provider_slug: Any = self.provider_slug

        provider_tag: Any = self.provider_tag
        if not (isinstance(provider_tag, Unset) or provider_tag is None):
            provider_tag = self.provider_tag

        supported_parameters: Any = self.supported_parameters
        if not (isinstance(supported_parameters, Unset) or supported_parameters is None):
            supported_parameters = self.supported_parameters.to_dict()

        supports_streaming: Any = self.supports_streaming

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if allowed_passthrough_parameters is not UNSET:
            field_dict["allowed_passthrough_parameters"] = allowed_passthrough_parameters
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if provider_slug is not UNSET:
            field_dict["provider_slug"] = provider_slug
        if provider_tag is not UNSET:
            field_dict["provider_tag"] = provider_tag
        if supported_parameters is not UNSET:
            field_dict["supported_parameters"] = supported_parameters
        if supports_streaming is not UNSET:
            field_dict["supports_streaming"] = supports_streaming

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ImageEndpoint and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "allowed_passthrough_parameters" not in data:
            return False
        if "pricing" not in data:
            return False
        if "provider_name" not in data:
            return False
        if "provider_slug" not in data:
            return False
        if "provider_tag" not in data:
            return False
        if "supported_parameters" not in data:
            return False
        if "supports_streaming" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_allowed_passthrough_parameters = d.pop("allowed_passthrough_parameters", UNSET)
        allowed_passthrough_parameters: Any = _raw_allowed_passthrough_parameters
        if _raw_allowed_passthrough_parameters is not None and _raw_allowed_passthrough_parameters is not UNSET:
            allowed_passthrough_parameters = cast("list[str]", _raw_allowed_passthrough_parameters)

        _raw_pricing = d.pop("pricing", UNSET)
        pricing: Any = _raw_pricing
        if _raw_pricing is not None and _raw_pricing is not UNSET:
            pricing = []
            _pricing = _raw_pricing
            for pricing_item_data in _pricing:
                pricing_item = ImagePricingEntry.from_dict(pricing_item_data)

                pricing.append(pricing_item)

        provider_name = d.pop("provider_name", UNSET)

        provider_slug = d.pop("provider_slug", UNSET)

        provider_tag = d.pop("provider_tag", UNSET)

        _raw_supported_parameters = d.pop("supported_parameters", UNSET)
        supported_parameters: Any = _raw_supported_parameters
        if _raw_supported_parameters is not None and _raw_supported_parameters is not UNSET:
            supported_parameters = SupportedParameters.from_dict(_raw_supported_parameters)

        supports_streaming = d.pop("supports_streaming", UNSET)

        image_endpoint = cls(
            allowed_passthrough_parameters=allowed_passthrough_parameters,
            pricing=pricing,
            provider_name=provider_name,
            provider_slug=provider_slug,
            provider_tag=provider_tag,
            supported_parameters=supported_parameters,
            supports_streaming=supports_streaming,
        )

        image_endpoint.additional_properties = d
        return image_endpoint

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
