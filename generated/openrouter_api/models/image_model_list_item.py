from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_model_architecture import ImageModelArchitecture
    from ..models.supported_parameters import SupportedParameters

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ImageModelArchitecture, SupportedParameters
    from ..models.image_model_architecture import ImageModelArchitecture  # noqa: PLC0415
    from ..models.supported_parameters import SupportedParameters  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ImageModelListItem")


@_attrs_define
class ImageModelListItem:
    """A single image model in the discovery listing.

    Example:
        {'architecture': {'input_modalities': ['text', 'image'], 'output_modalities': ['image']}, 'created': 1692901234,
            'description': 'A text-to-image model.', 'endpoints': '/api/v1/images/models/bytedance-
            seed/seedream-4.5/endpoints', 'id': 'bytedance-seed/seedream-4.5', 'name': 'Seedream 4.5',
            'supported_parameters': {'resolution': {'type': 'enum', 'values': ['1K', '2K', '4K']}, 'seed': {'type':
            'boolean'}}, 'supports_streaming': False}

    Attributes:
        architecture (ImageModelArchitecture):  Example: {'input_modalities': ['text', 'image'], 'output_modalities':
            ['image']}.
        created (int): Unix timestamp (seconds) of when the model was created Example: 1692901234.
        description (str):  Example: A text-to-image model..
        endpoints (str): Relative URL to the full per-endpoint records for this model Example:
            /api/v1/images/models/bytedance-seed/seedream-4.5/endpoints.
        id (str): Model slug Example: bytedance-seed/seedream-4.5.
        name (str): Display name Example: Seedream 4.5.
        supported_parameters (SupportedParameters): Union of supported parameters across every endpoint of this model.
            Coarse discovery aid; the definitive per-endpoint set is behind the endpoints URL. Example:
            {'output_compression': {'max': 100, 'min': 0, 'type': 'range'}, 'resolution': {'type': 'enum', 'values': ['1K',
            '2K', '4K']}, 'seed': {'type': 'boolean'}}.
        supports_streaming (bool): Whether any endpoint of this model supports native SSE streaming on the dedicated
            Image API (i.e. `stream: true` in the request). OR across endpoints. Example: False.
    """

    architecture: ImageModelArchitecture
    created: int
    description: str
    endpoints: str
    id: str
    name: str
    supported_parameters: SupportedParameters
    supports_streaming: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        architecture: Any = self.architecture
        if not (isinstance(architecture, Unset) or architecture is None):
            architecture = self.architecture.to_dict()

        created: Any = self.created

        description: Any = self.description

        endpoints: Any = self.endpoints

        id: Any = self.id

        name: Any = self.name

        supported_parameters: Any = self.supported_parameters
        if not (isinstance(supported_parameters, Unset) or supported_parameters is None):
            supported_parameters = self.supported_parameters.to_dict()

        supports_streaming: Any = self.supports_streaming

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if created is not UNSET:
            field_dict["created"] = created
        if description is not UNSET:
            field_dict["description"] = description
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if supported_parameters is not UNSET:
            field_dict["supported_parameters"] = supported_parameters
        if supports_streaming is not UNSET:
            field_dict["supports_streaming"] = supports_streaming

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ImageModelListItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "architecture" not in data:
            return False
        if "created" not in data:
            return False
        if "description" not in data:
            return False
        if "endpoints" not in data:
            return False
        if "id" not in data:
            return False
        if "name" not in data:
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
        _raw_architecture = d.pop("architecture", UNSET)
        architecture: Any = _raw_architecture
        if _raw_architecture is not None and _raw_architecture is not UNSET:
            architecture = ImageModelArchitecture.from_dict(_raw_architecture)

        created = d.pop("created", UNSET)

        description = d.pop("description", UNSET)

        endpoints = d.pop("endpoints", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _raw_supported_parameters = d.pop("supported_parameters", UNSET)
        supported_parameters: Any = _raw_supported_parameters
        if _raw_supported_parameters is not None and _raw_supported_parameters is not UNSET:
            supported_parameters = SupportedParameters.from_dict(_raw_supported_parameters)

        supports_streaming = d.pop("supports_streaming", UNSET)

        image_model_list_item = cls(
            architecture=architecture,
            created=created,
            description=description,
            endpoints=endpoints,
            id=id,
            name=name,
            supported_parameters=supported_parameters,
            supports_streaming=supports_streaming,
        )

        image_model_list_item.additional_properties = d
        return image_model_list_item

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
