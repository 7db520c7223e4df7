from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_gen_stream_error_event_type import ImageGenStreamErrorEventType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.image_gen_stream_error_event_error import ImageGenStreamErrorEventError

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ImageGenStreamErrorEventError
    if _lazy_imports_resolved:
        return
    from ..models.image_gen_stream_error_event_error import ImageGenStreamErrorEventError  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ImageGenStreamErrorEvent")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"error", "type"})


@_attrs_define(repr=False)
class ImageGenStreamErrorEvent:
    """Emitted when streaming generation fails after the SSE response starts

    Example:
        {'error': {'code': 'upstream_error', 'message': 'The upstream provider returned an error', 'param': None,
            'type': 'provider_error'}, 'type': 'error'}

    Attributes:
        error (ImageGenStreamErrorEventError): Provider error details
        type_ (ImageGenStreamErrorEventType): The event type
    """

    _error: ImageGenStreamErrorEventError = _attrs_field(alias="error")
    _type_: ImageGenStreamErrorEventType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def error(self) -> ImageGenStreamErrorEventError:
        value: Any = self._error
        if value is UNSET:
            raise MissingFieldError("ImageGenStreamErrorEvent", "error")
        return value

    @error.setter
    def error(self, value: ImageGenStreamErrorEventError) -> None:
        self._error = value

    @property
    def type_(self) -> ImageGenStreamErrorEventType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ImageGenStreamErrorEvent", "type")
        return value

    @type_.setter
    def type_(self, value: ImageGenStreamErrorEventType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"error={self._error!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        error: Any = self._error
        if not (isinstance(error, Unset) or error is None):
            error = self._error.to_dict()

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if error is not UNSET:
            field_dict["error"] = error
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ImageGenStreamErrorEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "error" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not ImageGenStreamErrorEventType.is_known(data["type"]):
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
                    f"ImageGenStreamErrorEvent is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "error"
            _raw_error = d.get("error", UNSET)
            error: Any = _raw_error
            if _raw_error is not None and _raw_error is not UNSET:
                error = ImageGenStreamErrorEventError.from_dict(_raw_error)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ImageGenStreamErrorEventType._value2member_map_.get(
                    _raw_type_
                ) or ImageGenStreamErrorEventType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("ImageGenStreamErrorEvent", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ImageGenStreamErrorEvent", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        image_gen_stream_error_event = cls(
            error,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            image_gen_stream_error_event.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return image_gen_stream_error_event

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


ImageGenStreamErrorEvent.__annotations__ = ResolvingAnnotations(
    ImageGenStreamErrorEvent.__annotations__, _resolve_lazy_imports
)
