from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.image_endpoint import ImageEndpoint

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ImageEndpoint
    if _lazy_imports_resolved:
        return
    from ..models.image_endpoint import ImageEndpoint  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ImageModelEndpointsResponse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"endpoints", "id"})


@_attrs_define(repr=False)
class ImageModelEndpointsResponse:
    """The full per-endpoint records for an image model.

    Example:
        {'endpoints': [{'allowed_passthrough_parameters': [], 'pricing': [{'billable': 'output_image', 'cost_usd': 0.05,
            'unit': 'image'}], 'provider_name': 'Bytedance', 'provider_slug': 'bytedance', 'provider_tag': 'bytedance',
            'supported_parameters': {'resolution': {'type': 'enum', 'values': ['1K', '2K', '4K']}}, 'supports_streaming':
            False}], 'id': 'bytedance-seed/seedream-4.5'}

    Attributes:
        endpoints (list[ImageEndpoint]):
        id (str): Model slug Example: bytedance-seed/seedream-4.5.
    """

    _endpoints: list[ImageEndpoint] = _attrs_field(alias="endpoints")
    _id: str = _attrs_field(alias="id")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def endpoints(self) -> list[ImageEndpoint]:
        value: Any = self._endpoints
        if value is UNSET:
            raise MissingFieldError("ImageModelEndpointsResponse", "endpoints")
        return value

    @endpoints.setter
    def endpoints(self, value: list[ImageEndpoint]) -> None:
        self._endpoints = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("ImageModelEndpointsResponse", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"endpoints={self._endpoints!r}, "
            f"id={self._id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        endpoints: Any = self._endpoints
        if not (isinstance(endpoints, Unset) or endpoints is None):
            endpoints = []
            for endpoints_item_data in self._endpoints:
                endpoints_item = endpoints_item_data.to_dict()
                endpoints.append(endpoints_item)

        id: Any = self._id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ImageModelEndpointsResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "endpoints" not in data:
            return False
        if "id" not in data:
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
                    f"ImageModelEndpointsResponse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "endpoints"
            _raw_endpoints = d.get("endpoints", UNSET)
            endpoints: Any = _raw_endpoints
            if _raw_endpoints is not None and _raw_endpoints is not UNSET:
                endpoints = [ImageEndpoint.from_dict(endpoints_item_data) for endpoints_item_data in _raw_endpoints]

            id = d.get("id", UNSET)

        except FieldParseError as error:
            raise error.within("ImageModelEndpointsResponse", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ImageModelEndpointsResponse", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        image_model_endpoints_response = cls(
            endpoints,
            id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            image_model_endpoints_response.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return image_model_endpoints_response

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


ImageModelEndpointsResponse.__annotations__ = ResolvingAnnotations(
    ImageModelEndpointsResponse.__annotations__, _resolve_lazy_imports
)
