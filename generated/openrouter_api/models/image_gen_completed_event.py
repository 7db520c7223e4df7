from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_gen_completed_event_type import ImageGenCompletedEventType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.image_generation_usage import ImageGenerationUsage

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ImageGenerationUsage
    if _lazy_imports_resolved:
        return
    from ..models.image_generation_usage import ImageGenerationUsage  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ImageGenCompletedEvent")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"b64_json", "created", "type", "media_type", "usage"})


@_attrs_define(repr=False)
class ImageGenCompletedEvent:
    """Emitted when generation completes and the final image is available

    Example:
        {'b64_json': '<base64-encoded-final-image>', 'created': 1748372400, 'type': 'image_generation.completed',
            'usage': {'completion_tokens': 4175, 'cost': 0.04, 'prompt_tokens': 0, 'total_tokens': 4175}}

    Attributes:
        b64_json (str): Base64-encoded final image data
        created (int): Unix timestamp (seconds) when the image was generated
        type_ (ImageGenCompletedEventType): The event type
        media_type (str | Unset): Media type (MIME type) of the image, e.g. `image/png`, `image/jpeg`, `image/webp`,
            `image/svg+xml`. May be omitted if the format could not be determined. Example: image/png.
        usage (ImageGenerationUsage | Unset): Token and cost usage for the image generation request, when available
            Example: {'completion_tokens': 4175, 'cost': 0.04, 'prompt_tokens': 0, 'total_tokens': 4175}.
    """

    _b64_json: str = _attrs_field(alias="b64_json")
    _created: int = _attrs_field(alias="created")
    _type_: ImageGenCompletedEventType = _attrs_field(alias="type_")
    media_type: str | Unset = UNSET
    usage: ImageGenerationUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def b64_json(self) -> str:
        value: Any = self._b64_json
        if value is UNSET:
            raise MissingFieldError("ImageGenCompletedEvent", "b64_json")
        return value

    @b64_json.setter
    def b64_json(self, value: str) -> None:
        self._b64_json = value

    @property
    def created(self) -> int:
        value: Any = self._created
        if value is UNSET:
            raise MissingFieldError("ImageGenCompletedEvent", "created")
        return value

    @created.setter
    def created(self, value: int) -> None:
        self._created = value

    @property
    def type_(self) -> ImageGenCompletedEventType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ImageGenCompletedEvent", "type")
        return value

    @type_.setter
    def type_(self, value: ImageGenCompletedEventType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"b64_json={self._b64_json!r}, "
            f"created={self._created!r}, "
            f"type_={self._type_!r}, "
            f"media_type={self.media_type!r}, "
            f"usage={self.usage!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        b64_json: Any = self._b64_json

        created: Any = self._created

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        media_type: Any = self.media_type

        usage: Any = self.usage
        if not (isinstance(usage, Unset) or usage is None):
            usage = usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if b64_json is not UNSET:
            field_dict["b64_json"] = b64_json
        if created is not UNSET:
            field_dict["created"] = created
        if type_ is not UNSET:
            field_dict["type"] = type_
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ImageGenCompletedEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "b64_json" not in data:
            return False
        if "created" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not ImageGenCompletedEventType.is_known(data["type"]):
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
                    f"ImageGenCompletedEvent is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            b64_json = d.get("b64_json", UNSET)

            created = d.get("created", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ImageGenCompletedEventType._value2member_map_.get(
                    _raw_type_
                ) or ImageGenCompletedEventType._parse(_raw_type_)

            media_type = d.get("media_type", UNSET)

            _field = "usage"
            _raw_usage = d.get("usage", UNSET)
            usage: Any = _raw_usage
            if _raw_usage is not None and _raw_usage is not UNSET:
                usage = ImageGenerationUsage.from_dict(_raw_usage)

        except FieldParseError as error:
            raise error.within("ImageGenCompletedEvent", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ImageGenCompletedEvent", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        image_gen_completed_event = cls(
            b64_json,
            created,
            type_,
            media_type,
            usage,
        )

        if not _DECLARED_KEYS.issuperset(d):
            image_gen_completed_event.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return image_gen_completed_event

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


ImageGenCompletedEvent.__annotations__ = ResolvingAnnotations(
    ImageGenCompletedEvent.__annotations__, _resolve_lazy_imports
)
