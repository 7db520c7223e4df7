from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_part_input_video_type import ContentPartInputVideoType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.multimodal_media import MultimodalMedia

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, MultimodalMedia
    if _lazy_imports_resolved:
        return
    from ..models.multimodal_media import MultimodalMedia  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ContentPartInputVideo")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"input_video", "type"})


@_attrs_define(repr=False)
class ContentPartInputVideo:
    """
    Example:
        {'input_video': {'data': 'data:video/mp4;base64,AAAAGGZ0eXBtcDQyAAAAAGlzb21tcDQy...', 'format': 'mp4'}, 'type':
            'input_video'}

    Attributes:
        input_video (MultimodalMedia):  Example: {'data': 'data:audio/wav;base64,UklGRiQAAABXQVZFZm10IBAAAAA...',
            'format': 'wav'}.
        type_ (ContentPartInputVideoType):
    """

    _input_video: MultimodalMedia = _attrs_field(alias="input_video")
    _type_: ContentPartInputVideoType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def input_video(self) -> MultimodalMedia:
        value: Any = self._input_video
        if value is UNSET:
            raise MissingFieldError("ContentPartInputVideo", "input_video")
        return value

    @input_video.setter
    def input_video(self, value: MultimodalMedia) -> None:
        self._input_video = value

    @property
    def type_(self) -> ContentPartInputVideoType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ContentPartInputVideo", "type")
        return value

    @type_.setter
    def type_(self, value: ContentPartInputVideoType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"input_video={self._input_video!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        input_video: Any = self._input_video
        if not (isinstance(input_video, Unset) or input_video is None):
            input_video = self._input_video.to_dict()

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if input_video is not UNSET:
            field_dict["input_video"] = input_video
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ContentPartInputVideo and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "input_video" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not ContentPartInputVideoType.is_known(data["type"]):
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
                    f"ContentPartInputVideo is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "input_video"
            _raw_input_video = d.get("input_video", UNSET)
            input_video: Any = _raw_input_video
            if _raw_input_video is not None and _raw_input_video is not UNSET:
                input_video = MultimodalMedia.from_dict(_raw_input_video)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ContentPartInputVideoType._value2member_map_.get(
                    _raw_type_
                ) or ContentPartInputVideoType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("ContentPartInputVideo", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ContentPartInputVideo", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        content_part_input_video = cls(
            input_video,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            content_part_input_video.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return content_part_input_video

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


ContentPartInputVideo.__annotations__ = ResolvingAnnotations(
    ContentPartInputVideo.__annotations__, _resolve_lazy_imports
)
