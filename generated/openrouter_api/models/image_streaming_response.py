from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.image_gen_completed_event import ImageGenCompletedEvent
    from ..models.image_gen_partial_image_event import ImageGenPartialImageEvent
    from ..models.image_gen_stream_error_event import ImageGenStreamErrorEvent
    from ..models.image_gen_text_chunk_event import ImageGenTextChunkEvent

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        ImageGenCompletedEvent, \
        ImageGenPartialImageEvent, \
        ImageGenStreamErrorEvent, \
        ImageGenTextChunkEvent
    if _lazy_imports_resolved:
        return
    from ..models.image_gen_completed_event import ImageGenCompletedEvent  # noqa: PLC0415
    from ..models.image_gen_partial_image_event import ImageGenPartialImageEvent  # noqa: PLC0415
    from ..models.image_gen_stream_error_event import ImageGenStreamErrorEvent  # noqa: PLC0415
    from ..models.image_gen_text_chunk_event import ImageGenTextChunkEvent  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ImageStreamingResponse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"data"})


@_attrs_define(repr=False)
class ImageStreamingResponse:
    """
    Example:
        {'data': {'b64_json': '<base64-encoded-partial-image>', 'partial_image_index': 0, 'type':
            'image_generation.partial_image'}}

    Attributes:
        data (ImageGenCompletedEvent | ImageGenPartialImageEvent | ImageGenStreamErrorEvent | ImageGenTextChunkEvent):
    """

    _data: ImageGenCompletedEvent | ImageGenPartialImageEvent | ImageGenStreamErrorEvent | ImageGenTextChunkEvent = (
        _attrs_field(alias="data")
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def data(
        self,
    ) -> ImageGenCompletedEvent | ImageGenPartialImageEvent | ImageGenStreamErrorEvent | ImageGenTextChunkEvent:
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("ImageStreamingResponse", "data")
        return value

    @data.setter
    def data(
        self,
        value: ImageGenCompletedEvent | ImageGenPartialImageEvent | ImageGenStreamErrorEvent | ImageGenTextChunkEvent,
    ) -> None:
        self._data = value

    def __repr__(self) -> str:
        return f"{type(self).__name__}(data={self._data!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        data: Any = self._data
        if not (isinstance(data, Unset) or data is None):
            if isinstance(self._data, ImageGenPartialImageEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, ImageGenTextChunkEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, ImageGenCompletedEvent):
                data = self._data.to_dict()
            else:
                data = self._data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ImageStreamingResponse and its fixed values."""
        if not isinstance(data, Mapping):
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
                    f"ImageStreamingResponse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "data"
            _raw_data = d.get("data", UNSET)
            data: Any = _raw_data
            if _raw_data is not None and _raw_data is not UNSET:
                data = _parse_data(_raw_data)

        except FieldParseError as error:
            raise error.within("ImageStreamingResponse", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ImageStreamingResponse", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        image_streaming_response = cls(
            data,
        )

        if not _DECLARED_KEYS.issuperset(d):
            image_streaming_response.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return image_streaming_response

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


ImageStreamingResponse.__annotations__ = ResolvingAnnotations(
    ImageStreamingResponse.__annotations__, _resolve_lazy_imports
)


def _parse_data(
    data: object,
) -> ImageGenCompletedEvent | ImageGenPartialImageEvent | ImageGenStreamErrorEvent | ImageGenTextChunkEvent:
    if ImageGenPartialImageEvent._matches(data):
        try:
            data_type_0 = ImageGenPartialImageEvent.from_dict(data)

            return data_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ImageGenTextChunkEvent._matches(data):
        try:
            data_type_1 = ImageGenTextChunkEvent.from_dict(data)

            return data_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ImageGenCompletedEvent._matches(data):
        try:
            data_type_2 = ImageGenCompletedEvent.from_dict(data)

            return data_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ImageGenStreamErrorEvent._matches(data):
        try:
            data_type_3 = ImageGenStreamErrorEvent.from_dict(data)

            return data_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        data_type_0 = ImageGenPartialImageEvent.from_dict(data)

        return data_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        data_type_1 = ImageGenTextChunkEvent.from_dict(data)

        return data_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        data_type_2 = ImageGenCompletedEvent.from_dict(data)

        return data_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    data_type_3 = ImageGenStreamErrorEvent.from_dict(data)

    return data_type_3
