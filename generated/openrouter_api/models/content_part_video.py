from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_part_video_type import ContentPartVideoType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.content_part_video_video_url import ContentPartVideoVideoUrl

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ContentPartVideoVideoUrl
    if _lazy_imports_resolved:
        return
    from ..models.content_part_video_video_url import ContentPartVideoVideoUrl  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ContentPartVideo")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"type", "video_url"})


@_attrs_define(repr=False)
class ContentPartVideo:
    """
    Example:
        {'type': 'video_url', 'video_url': {'url': 'https://example.com/clip.mp4'}}

    Attributes:
        type_ (ContentPartVideoType):
        video_url (ContentPartVideoVideoUrl):
    """

    _type_: ContentPartVideoType = _attrs_field(alias="type_")
    _video_url: ContentPartVideoVideoUrl = _attrs_field(alias="video_url")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> ContentPartVideoType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ContentPartVideo", "type")
        return value

    @type_.setter
    def type_(self, value: ContentPartVideoType) -> None:
        self._type_ = value

    @property
    def video_url(self) -> ContentPartVideoVideoUrl:
        value: Any = self._video_url
        if value is UNSET:
            raise MissingFieldError("ContentPartVideo", "video_url")
        return value

    @video_url.setter
    def video_url(self, value: ContentPartVideoVideoUrl) -> None:
        self._video_url = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"type_={self._type_!r}, "
            f"video_url={self._video_url!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        video_url: Any = self._video_url
        if not (isinstance(video_url, Unset) or video_url is None):
            video_url = self._video_url.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if video_url is not UNSET:
            field_dict["video_url"] = video_url

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ContentPartVideo and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not ContentPartVideoType.is_known(data["type"]):
            return False
        if "video_url" not in data:
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
                    f"ContentPartVideo is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ContentPartVideoType._value2member_map_.get(_raw_type_) or ContentPartVideoType._parse(
                    _raw_type_
                )

            _field = "video_url"
            _raw_video_url = d.get("video_url", UNSET)
            video_url: Any = _raw_video_url
            if _raw_video_url is not None and _raw_video_url is not UNSET:
                video_url = ContentPartVideoVideoUrl.from_dict(_raw_video_url)

        except FieldParseError as error:
            raise error.within("ContentPartVideo", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ContentPartVideo", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        content_part_video = cls(
            type_,
            video_url,
        )

        if not _DECLARED_KEYS.issuperset(d):
            content_part_video.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return content_part_video

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


ContentPartVideo.__annotations__ = ResolvingAnnotations(ContentPartVideo.__annotations__, _resolve_lazy_imports)
