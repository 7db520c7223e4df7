from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_part_audio_type import ContentPartAudioType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.content_part_audio_audio_url import ContentPartAudioAudioUrl

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ContentPartAudioAudioUrl
    if _lazy_imports_resolved:
        return
    from ..models.content_part_audio_audio_url import ContentPartAudioAudioUrl  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ContentPartAudio")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"audio_url", "type"})


@_attrs_define(repr=False)
class ContentPartAudio:
    """
    Example:
        {'audio_url': {'url': 'https://example.com/audio.mp3'}, 'type': 'audio_url'}

    Attributes:
        audio_url (ContentPartAudioAudioUrl):
        type_ (ContentPartAudioType):
    """

    _audio_url: ContentPartAudioAudioUrl = _attrs_field(alias="audio_url")
    _type_: ContentPartAudioType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def audio_url(self) -> ContentPartAudioAudioUrl:
        value: Any = self._audio_url
        if value is UNSET:
            raise MissingFieldError("ContentPartAudio", "audio_url")
        return value

    @audio_url.setter
    def audio_url(self, value: ContentPartAudioAudioUrl) -> None:
        self._audio_url = value

    @property
    def type_(self) -> ContentPartAudioType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ContentPartAudio", "type")
        return value

    @type_.setter
    def type_(self, value: ContentPartAudioType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"audio_url={self._audio_url!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        audio_url: Any = self._audio_url
        if not (isinstance(audio_url, Unset) or audio_url is None):
            audio_url = self._audio_url.to_dict()

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ContentPartAudio and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "audio_url" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not ContentPartAudioType.is_known(data["type"]):
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
                    f"ContentPartAudio is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "audio_url"
            _raw_audio_url = d.get("audio_url", UNSET)
            audio_url: Any = _raw_audio_url
            if _raw_audio_url is not None and _raw_audio_url is not UNSET:
                audio_url = ContentPartAudioAudioUrl.from_dict(_raw_audio_url)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ContentPartAudioType._value2member_map_.get(_raw_type_) or ContentPartAudioType._parse(
                    _raw_type_
                )

        except FieldParseError as error:
            raise error.within("ContentPartAudio", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ContentPartAudio", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        content_part_audio = cls(
            audio_url,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            content_part_audio.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return content_part_audio

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


ContentPartAudio.__annotations__ = ResolvingAnnotations(ContentPartAudio.__annotations__, _resolve_lazy_imports)
