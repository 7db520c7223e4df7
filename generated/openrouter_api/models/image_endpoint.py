from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.image_pricing_entry import ImagePricingEntry
    from ..models.supported_parameters import SupportedParameters

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ImagePricingEntry, SupportedParameters
    if _lazy_imports_resolved:
        return
    from ..models.image_pricing_entry import ImagePricingEntry  # noqa: PLC0415
    from ..models.supported_parameters import SupportedParameters  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ImageEndpoint")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "allowed_passthrough_parameters",
        "pricing",
        "provider_name",
        "provider_slug",
        "provider_tag",
        "supported_parameters",
        "supports_streaming",
    }
)


@_attrs_define(repr=False)
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

    _allowed_passthrough_parameters: list[str] = _attrs_field(alias="allowed_passthrough_parameters")
    _pricing: list[ImagePricingEntry] = _attrs_field(alias="pricing")
    _provider_name: str = _attrs_field(alias="provider_name")
    _provider_slug: str = _attrs_field(alias="provider_slug")
    _provider_tag: None | str = _attrs_field(alias="provider_tag")
    _supported_parameters: SupportedParameters = _attrs_field(alias="supported_parameters")
    _supports_streaming: bool = _attrs_field(alias="supports_streaming")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def allowed_passthrough_parameters(self) -> list[str]:
        value: Any = self._allowed_passthrough_parameters
        if value is UNSET:
            raise MissingFieldError("ImageEndpoint", "allowed_passthrough_parameters")
        return value

    @allowed_passthrough_parameters.setter
    def allowed_passthrough_parameters(self, value: list[str]) -> None:
        self._allowed_passthrough_parameters = value

    @property
    def pricing(self) -> list[ImagePricingEntry]:
        value: Any = self._pricing
        if value is UNSET:
            raise MissingFieldError("ImageEndpoint", "pricing")
        return value

    @pricing.setter
    def pricing(self, value: list[ImagePricingEntry]) -> None:
        self._pricing = value

    @property
    def provider_name(self) -> str:
        value: Any = self._provider_name
        if value is UNSET:
            raise MissingFieldError("ImageEndpoint", "provider_name")
        return value

    @provider_name.setter
    def provider_name(self, value: str) -> None:
        self._provider_name = value

    @property
    def provider_slug(self) -> str:
        value: Any = self._provider_slug
        if value is UNSET:
            raise MissingFieldError("ImageEndpoint", "provider_slug")
        return value

    @provider_slug.setter
    def provider_slug(self, value: str) -> None:
        self._provider_slug = value

    @property
    def provider_tag(self) -> None | str:
        value: Any = self._provider_tag
        if value is UNSET:
            raise MissingFieldError("ImageEndpoint", "provider_tag")
        return value

    @provider_tag.setter
    def provider_tag(self, value: None | str) -> None:
        self._provider_tag = value

    @property
    def supported_parameters(self) -> SupportedParameters:
        value: Any = self._supported_parameters
        if value is UNSET:
            raise MissingFieldError("ImageEndpoint", "supported_parameters")
        return value

    @supported_parameters.setter
    def supported_parameters(self, value: SupportedParameters) -> None:
        self._supported_parameters = value

    @property
    def supports_streaming(self) -> bool:
        value: Any = self._supports_streaming
        if value is UNSET:
            raise MissingFieldError("ImageEndpoint", "supports_streaming")
        return value

    @supports_streaming.setter
    def supports_streaming(self, value: bool) -> None:
        self._supports_streaming = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"allowed_passthrough_parameters={self._allowed_passthrough_parameters!r}, "
            f"pricing={self._pricing!r}, "
            f"provider_name={self._provider_name!r}, "
            f"provider_slug={self._provider_slug!r}, "
            f"provider_tag={self._provider_tag!r}, "
            f"supported_parameters={self._supported_parameters!r}, "
            f"supports_streaming={self._supports_streaming!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        allowed_passthrough_parameters: Any = self._allowed_passthrough_parameters
        if not (isinstance(allowed_passthrough_parameters, Unset) or allowed_passthrough_parameters is None):
            allowed_passthrough_parameters = self._allowed_passthrough_parameters

        pricing: Any = self._pricing
        if not (isinstance(pricing, Unset) or pricing is None):
            pricing = []
            for pricing_item_data in self._pricing:
                pricing_item = pricing_item_data.to_dict()
                pricing.append(pricing_item)

        provider_name: Any = self._provider_name

        provider_slug: Any = self._provider_slug

        provider_tag: Any = self._provider_tag

        supported_parameters: Any = self._supported_parameters
        if not (isinstance(supported_parameters, Unset) or supported_parameters is None):
            supported_parameters = self._supported_parameters.to_dict()

        supports_streaming: Any = self._supports_streaming

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
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"ImageEndpoint is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "allowed_passthrough_parameters"
            _raw_allowed_passthrough_parameters = d.get("allowed_passthrough_parameters", UNSET)
            allowed_passthrough_parameters: Any = _raw_allowed_passthrough_parameters
            if _raw_allowed_passthrough_parameters is not None and _raw_allowed_passthrough_parameters is not UNSET:
                allowed_passthrough_parameters = cast("list[str]", _raw_allowed_passthrough_parameters)

            _field = "pricing"
            _raw_pricing = d.get("pricing", UNSET)
            pricing: Any = _raw_pricing
            if _raw_pricing is not None and _raw_pricing is not UNSET:
                pricing = [ImagePricingEntry.from_dict(pricing_item_data) for pricing_item_data in _raw_pricing]

            provider_name = d.get("provider_name", UNSET)

            provider_slug = d.get("provider_slug", UNSET)

            provider_tag = d.get("provider_tag", UNSET)

            _field = "supported_parameters"
            _raw_supported_parameters = d.get("supported_parameters", UNSET)
            supported_parameters: Any = _raw_supported_parameters
            if _raw_supported_parameters is not None and _raw_supported_parameters is not UNSET:
                supported_parameters = SupportedParameters.from_dict(_raw_supported_parameters)

            supports_streaming = d.get("supports_streaming", UNSET)

        except FieldParseError as error:
            raise error.within("ImageEndpoint", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ImageEndpoint", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        image_endpoint = cls(
            allowed_passthrough_parameters,
            pricing,
            provider_name,
            provider_slug,
            provider_tag,
            supported_parameters,
            supports_streaming,
        )

        if not _DECLARED_KEYS.issuperset(d):
            image_endpoint.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
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


ImageEndpoint.__annotations__ = ResolvingAnnotations(ImageEndpoint.__annotations__, _resolve_lazy_imports)
