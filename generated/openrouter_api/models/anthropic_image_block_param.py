from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_image_block_param_type import AnthropicImageBlockParamType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_base_64_image_source import AnthropicBase64ImageSource
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.anthropic_url_image_source import AnthropicUrlImageSource

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, AnthropicBase64ImageSource, AnthropicCacheControlDirective, AnthropicUrlImageSource
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_base_64_image_source import AnthropicBase64ImageSource  # noqa: PLC0415
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective  # noqa: PLC0415
    from ..models.anthropic_url_image_source import AnthropicUrlImageSource  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicImageBlockParam")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"source", "type", "cache_control"})


@_attrs_define(repr=False)
class AnthropicImageBlockParam:
    """
    Example:
        {'source': {'data': '/9j/4AAQ...', 'media_type': 'image/jpeg', 'type': 'base64'}, 'type': 'image'}

    Attributes:
        source (AnthropicBase64ImageSource | AnthropicUrlImageSource):
        type_ (AnthropicImageBlockParamType):
        cache_control (AnthropicCacheControlDirective | Unset): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
    """

    _source: AnthropicBase64ImageSource | AnthropicUrlImageSource = _attrs_field(alias="source")
    _type_: AnthropicImageBlockParamType = _attrs_field(alias="type_")
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def source(self) -> AnthropicBase64ImageSource | AnthropicUrlImageSource:
        value: Any = self._source
        if value is UNSET:
            raise MissingFieldError("AnthropicImageBlockParam", "source")
        return value

    @source.setter
    def source(self, value: AnthropicBase64ImageSource | AnthropicUrlImageSource) -> None:
        self._source = value

    @property
    def type_(self) -> AnthropicImageBlockParamType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicImageBlockParam", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicImageBlockParamType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"source={self._source!r}, "
            f"type_={self._type_!r}, "
            f"cache_control={self.cache_control!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        source: Any = self._source
        if not (isinstance(source, Unset) or source is None):
            if isinstance(self._source, AnthropicBase64ImageSource):
                source = self._source.to_dict()
            else:
                source = self._source.to_dict()

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        cache_control: Any = self.cache_control
        if not (isinstance(cache_control, Unset) or cache_control is None):
            cache_control = cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if source is not UNSET:
            field_dict["source"] = source
        if type_ is not UNSET:
            field_dict["type"] = type_
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicImageBlockParam and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "source" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicImageBlockParamType.is_known(data["type"]):
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
                    f"AnthropicImageBlockParam is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "source"
            _raw_source = d.get("source", UNSET)
            source: Any = _raw_source
            if _raw_source is not None and _raw_source is not UNSET:
                source = _parse_source(_raw_source)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicImageBlockParamType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicImageBlockParamType._parse(_raw_type_)

            _field = "cache_control"
            _raw_cache_control = d.get("cache_control", UNSET)
            cache_control: Any = _raw_cache_control
            if _raw_cache_control is not None and _raw_cache_control is not UNSET:
                cache_control = AnthropicCacheControlDirective.from_dict(_raw_cache_control)

        except FieldParseError as error:
            raise error.within("AnthropicImageBlockParam", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicImageBlockParam", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_image_block_param = cls(
            source,
            type_,
            cache_control,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_image_block_param.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return anthropic_image_block_param

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


AnthropicImageBlockParam.__annotations__ = ResolvingAnnotations(
    AnthropicImageBlockParam.__annotations__, _resolve_lazy_imports
)


def _parse_source(data: object) -> AnthropicBase64ImageSource | AnthropicUrlImageSource:
    if AnthropicBase64ImageSource._matches(data):
        try:
            source_type_0 = AnthropicBase64ImageSource.from_dict(data)

            return source_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicUrlImageSource._matches(data):
        try:
            source_type_1 = AnthropicUrlImageSource.from_dict(data)

            return source_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        source_type_0 = AnthropicBase64ImageSource.from_dict(data)

        return source_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    source_type_1 = AnthropicUrlImageSource.from_dict(data)

    return source_type_1
