from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.image_generation_response_data_item import ImageGenerationResponseDataItem
    from ..models.image_generation_usage import ImageGenerationUsage

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ImageGenerationResponseDataItem, ImageGenerationUsage
    if _lazy_imports_resolved:
        return
    from ..models.image_generation_response_data_item import ImageGenerationResponseDataItem  # noqa: PLC0415
    from ..models.image_generation_usage import ImageGenerationUsage  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ImageGenerationResponse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"created", "data", "usage"})


@_attrs_define(repr=False)
class ImageGenerationResponse:
    """Image generation response

    Example:
        {'created': 1748372400, 'data': [{'b64_json': '<base64-encoded-image>'}], 'usage': {'completion_tokens': 4175,
            'cost': 0.04, 'prompt_tokens': 0, 'total_tokens': 4175}}

    Attributes:
        created (int): Unix timestamp (seconds) when the image was generated Example: 1748372400.
        data (list[ImageGenerationResponseDataItem]): Generated images
        usage (ImageGenerationUsage | Unset): Token and cost usage for the image generation request, when available
            Example: {'completion_tokens': 4175, 'cost': 0.04, 'prompt_tokens': 0, 'total_tokens': 4175}.
    """

    _created: int = _attrs_field(alias="created")
    _data: list[ImageGenerationResponseDataItem] = _attrs_field(alias="data")
    usage: ImageGenerationUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def created(self) -> int:
        value: Any = self._created
        if value is UNSET:
            raise MissingFieldError("ImageGenerationResponse", "created")
        return value

    @created.setter
    def created(self, value: int) -> None:
        self._created = value

    @property
    def data(self) -> list[ImageGenerationResponseDataItem]:
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("ImageGenerationResponse", "data")
        return value

    @data.setter
    def data(self, value: list[ImageGenerationResponseDataItem]) -> None:
        self._data = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"created={self._created!r}, "
            f"data={self._data!r}, "
            f"usage={self.usage!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        created: Any = self._created

        data: Any = self._data
        if not (isinstance(data, Unset) or data is None):
            data = []
            for data_item_data in self._data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        usage: Any = self.usage
        if not (isinstance(usage, Unset) or usage is None):
            usage = usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if created is not UNSET:
            field_dict["created"] = created
        if data is not UNSET:
            field_dict["data"] = data
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ImageGenerationResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "created" not in data:
            return False
        if "data" not in data:
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
                    f"ImageGenerationResponse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            created = d.get("created", UNSET)

            _field = "data"
            _raw_data = d.get("data", UNSET)
            data: Any = _raw_data
            if _raw_data is not None and _raw_data is not UNSET:
                data = [ImageGenerationResponseDataItem.from_dict(data_item_data) for data_item_data in _raw_data]

            _field = "usage"
            _raw_usage = d.get("usage", UNSET)
            usage: Any = _raw_usage
            if _raw_usage is not None and _raw_usage is not UNSET:
                usage = ImageGenerationUsage.from_dict(_raw_usage)

        except FieldParseError as error:
            raise error.within("ImageGenerationResponse", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ImageGenerationResponse", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        image_generation_response = cls(
            created,
            data,
            usage,
        )

        if not _DECLARED_KEYS.issuperset(d):
            image_generation_response.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return image_generation_response

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


ImageGenerationResponse.__annotations__ = ResolvingAnnotations(
    ImageGenerationResponse.__annotations__, _resolve_lazy_imports
)
