from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.image_model_architecture import ImageModelArchitecture
    from ..models.supported_parameters import SupportedParameters

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ImageModelArchitecture, SupportedParameters
    if _lazy_imports_resolved:
        return
    from ..models.image_model_architecture import ImageModelArchitecture  # noqa: PLC0415
    from ..models.supported_parameters import SupportedParameters  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ImageModelListItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"architecture", "created", "description", "endpoints", "id", "name", "supported_parameters", "supports_streaming"}
)


@_attrs_define(repr=False)
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

    _architecture: ImageModelArchitecture = _attrs_field(alias="architecture")
    _created: int = _attrs_field(alias="created")
    _description: str = _attrs_field(alias="description")
    _endpoints: str = _attrs_field(alias="endpoints")
    _id: str = _attrs_field(alias="id")
    _name: str = _attrs_field(alias="name")
    _supported_parameters: SupportedParameters = _attrs_field(alias="supported_parameters")
    _supports_streaming: bool = _attrs_field(alias="supports_streaming")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def architecture(self) -> ImageModelArchitecture:
        value: Any = self._architecture
        if value is UNSET:
            raise MissingFieldError("ImageModelListItem", "architecture")
        return value

    @architecture.setter
    def architecture(self, value: ImageModelArchitecture) -> None:
        self._architecture = value

    @property
    def created(self) -> int:
        value: Any = self._created
        if value is UNSET:
            raise MissingFieldError("ImageModelListItem", "created")
        return value

    @created.setter
    def created(self, value: int) -> None:
        self._created = value

    @property
    def description(self) -> str:
        value: Any = self._description
        if value is UNSET:
            raise MissingFieldError("ImageModelListItem", "description")
        return value

    @description.setter
    def description(self, value: str) -> None:
        self._description = value

    @property
    def endpoints(self) -> str:
        value: Any = self._endpoints
        if value is UNSET:
            raise MissingFieldError("ImageModelListItem", "endpoints")
        return value

    @endpoints.setter
    def endpoints(self, value: str) -> None:
        self._endpoints = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("ImageModelListItem", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("ImageModelListItem", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    @property
    def supported_parameters(self) -> SupportedParameters:
        value: Any = self._supported_parameters
        if value is UNSET:
            raise MissingFieldError("ImageModelListItem", "supported_parameters")
        return value

    @supported_parameters.setter
    def supported_parameters(self, value: SupportedParameters) -> None:
        self._supported_parameters = value

    @property
    def supports_streaming(self) -> bool:
        value: Any = self._supports_streaming
        if value is UNSET:
            raise MissingFieldError("ImageModelListItem", "supports_streaming")
        return value

    @supports_streaming.setter
    def supports_streaming(self, value: bool) -> None:
        self._supports_streaming = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"architecture={self._architecture!r}, "
            f"created={self._created!r}, "
            f"description={self._description!r}, "
            f"endpoints={self._endpoints!r}, "
            f"id={self._id!r}, "
            f"name={self._name!r}, "
            f"supported_parameters={self._supported_parameters!r}, "
            f"supports_streaming={self._supports_streaming!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        architecture: Any = self._architecture
        if not (isinstance(architecture, Unset) or architecture is None):
            architecture = self._architecture.to_dict()

        created: Any = self._created

        description: Any = self._description

        endpoints: Any = self._endpoints

        id: Any = self._id

        name: Any = self._name

        supported_parameters: Any = self._supported_parameters
        if not (isinstance(supported_parameters, Unset) or supported_parameters is None):
            supported_parameters = self._supported_parameters.to_dict()

        supports_streaming: Any = self._supports_streaming

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
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"ImageModelListItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "architecture"
            _raw_architecture = d.get("architecture", UNSET)
            architecture: Any = _raw_architecture
            if _raw_architecture is not None and _raw_architecture is not UNSET:
                architecture = ImageModelArchitecture.from_dict(_raw_architecture)

            created = d.get("created", UNSET)

            description = d.get("description", UNSET)

            endpoints = d.get("endpoints", UNSET)

            id = d.get("id", UNSET)

            name = d.get("name", UNSET)

            _field = "supported_parameters"
            _raw_supported_parameters = d.get("supported_parameters", UNSET)
            supported_parameters: Any = _raw_supported_parameters
            if _raw_supported_parameters is not None and _raw_supported_parameters is not UNSET:
                supported_parameters = SupportedParameters.from_dict(_raw_supported_parameters)

            supports_streaming = d.get("supports_streaming", UNSET)

        except FieldParseError as error:
            raise error.within("ImageModelListItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ImageModelListItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        image_model_list_item = cls(
            architecture,
            created,
            description,
            endpoints,
            id,
            name,
            supported_parameters,
            supports_streaming,
        )

        if not _DECLARED_KEYS.issuperset(d):
            image_model_list_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
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


ImageModelListItem.__annotations__ = ResolvingAnnotations(ImageModelListItem.__annotations__, _resolve_lazy_imports)
