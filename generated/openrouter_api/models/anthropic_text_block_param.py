from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_text_block_param_type import AnthropicTextBlockParamType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.anthropic_citation_char_location_param import AnthropicCitationCharLocationParam
    from ..models.anthropic_citation_content_block_location_param import AnthropicCitationContentBlockLocationParam
    from ..models.anthropic_citation_page_location_param import AnthropicCitationPageLocationParam
    from ..models.anthropic_citation_search_result_location_param import AnthropicCitationSearchResultLocationParam
    from ..models.anthropic_citation_web_search_result_location_param import (
        AnthropicCitationWebSearchResultLocationParam,
    )

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AnthropicCacheControlDirective, \
        AnthropicCitationCharLocationParam, \
        AnthropicCitationContentBlockLocationParam, \
        AnthropicCitationPageLocationParam, \
        AnthropicCitationSearchResultLocationParam, \
        AnthropicCitationWebSearchResultLocationParam
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective  # noqa: PLC0415
    from ..models.anthropic_citation_char_location_param import AnthropicCitationCharLocationParam  # noqa: PLC0415
    from ..models.anthropic_citation_content_block_location_param import AnthropicCitationContentBlockLocationParam  # noqa: PLC0415
    from ..models.anthropic_citation_page_location_param import AnthropicCitationPageLocationParam  # noqa: PLC0415
    from ..models.anthropic_citation_search_result_location_param import AnthropicCitationSearchResultLocationParam  # noqa: PLC0415
    from ..models.anthropic_citation_web_search_result_location_param import (
        AnthropicCitationWebSearchResultLocationParam,  # noqa: PLC0415
    )

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicTextBlockParam")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"text", "type", "cache_control", "citations"})


@_attrs_define(repr=False)
class AnthropicTextBlockParam:
    """
    Example:
        {'text': 'Hello, world!', 'type': 'text'}

    Attributes:
        text (str):
        type_ (AnthropicTextBlockParamType):
        cache_control (AnthropicCacheControlDirective | Unset): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        citations (list[AnthropicCitationCharLocationParam | AnthropicCitationContentBlockLocationParam |
            AnthropicCitationPageLocationParam | AnthropicCitationSearchResultLocationParam |
            AnthropicCitationWebSearchResultLocationParam] | None | Unset):
    """

    _text: str = _attrs_field(alias="text")
    _type_: AnthropicTextBlockParamType = _attrs_field(alias="type_")
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    citations: (
        list[
            AnthropicCitationCharLocationParam
            | AnthropicCitationContentBlockLocationParam
            | AnthropicCitationPageLocationParam
            | AnthropicCitationSearchResultLocationParam
            | AnthropicCitationWebSearchResultLocationParam
        ]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def text(self) -> str:
        value: Any = self._text
        if value is UNSET:
            raise MissingFieldError("AnthropicTextBlockParam", "text")
        return value

    @text.setter
    def text(self, value: str) -> None:
        self._text = value

    @property
    def type_(self) -> AnthropicTextBlockParamType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicTextBlockParam", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicTextBlockParamType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"text={self._text!r}, "
            f"type_={self._type_!r}, "
            f"cache_control={self.cache_control!r}, "
            f"citations={self.citations!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        text: Any = self._text

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        cache_control: Any = self.cache_control
        if not (isinstance(cache_control, Unset) or cache_control is None):
            cache_control = cache_control.to_dict()

        citations: Any = self.citations
        if not (isinstance(citations, Unset) or citations is None):
            if isinstance(self.citations, list):
                citations = []
                for citations_type_0_item_data in self.citations:
                    citations_type_0_item: dict[str, Any]
                    if isinstance(citations_type_0_item_data, AnthropicCitationCharLocationParam):
                        citations_type_0_item = citations_type_0_item_data.to_dict()
                    elif isinstance(citations_type_0_item_data, AnthropicCitationPageLocationParam):
                        citations_type_0_item = citations_type_0_item_data.to_dict()
                    elif isinstance(citations_type_0_item_data, AnthropicCitationContentBlockLocationParam):
                        citations_type_0_item = citations_type_0_item_data.to_dict()
                    elif isinstance(citations_type_0_item_data, AnthropicCitationWebSearchResultLocationParam):
                        citations_type_0_item = citations_type_0_item_data.to_dict()
                    else:
                        citations_type_0_item = citations_type_0_item_data.to_dict()

                    citations.append(citations_type_0_item)

            else:
                citations = self.citations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if text is not UNSET:
            field_dict["text"] = text
        if type_ is not UNSET:
            field_dict["type"] = type_
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if citations is not UNSET:
            field_dict["citations"] = citations

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicTextBlockParam and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "text" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicTextBlockParamType.is_known(data["type"]):
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
                    f"AnthropicTextBlockParam is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            text = d.get("text", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicTextBlockParamType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicTextBlockParamType._parse(_raw_type_)

            _field = "cache_control"
            _raw_cache_control = d.get("cache_control", UNSET)
            cache_control: Any = _raw_cache_control
            if _raw_cache_control is not None and _raw_cache_control is not UNSET:
                cache_control = AnthropicCacheControlDirective.from_dict(_raw_cache_control)

            _field = "citations"
            _raw_citations = d.get("citations", UNSET)
            citations: Any = _raw_citations
            if _raw_citations is not None and _raw_citations is not UNSET:
                citations = _parse_citations(_raw_citations)

        except FieldParseError as error:
            raise error.within("AnthropicTextBlockParam", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicTextBlockParam", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_text_block_param = cls(
            text,
            type_,
            cache_control,
            citations,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_text_block_param.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return anthropic_text_block_param

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


AnthropicTextBlockParam.__annotations__ = ResolvingAnnotations(
    AnthropicTextBlockParam.__annotations__, _resolve_lazy_imports
)


def _parse_citations(
    data: object,
) -> (
    list[
        AnthropicCitationCharLocationParam
        | AnthropicCitationContentBlockLocationParam
        | AnthropicCitationPageLocationParam
        | AnthropicCitationSearchResultLocationParam
        | AnthropicCitationWebSearchResultLocationParam
    ]
    | None
    | Unset
):
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        citations_type_0 = [
            _parse_citations_type_0_item(citations_type_0_item_data) for citations_type_0_item_data in data
        ]

        return citations_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "list[AnthropicCitationCharLocationParam | AnthropicCitationContentBlockLocationParam | AnthropicCitationPageLocationParam | AnthropicCitationSearchResultLocationParam | AnthropicCitationWebSearchResultLocationParam] | None | Unset",
        data,
    )


def _parse_citations_type_0_item(
    data: object,
) -> (
    AnthropicCitationCharLocationParam
    | AnthropicCitationContentBlockLocationParam
    | AnthropicCitationPageLocationParam
    | AnthropicCitationSearchResultLocationParam
    | AnthropicCitationWebSearchResultLocationParam
):
    if AnthropicCitationCharLocationParam._matches(data):
        try:
            citations_type_0_item_type_0 = AnthropicCitationCharLocationParam.from_dict(data)

            return citations_type_0_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicCitationPageLocationParam._matches(data):
        try:
            citations_type_0_item_type_1 = AnthropicCitationPageLocationParam.from_dict(data)

            return citations_type_0_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicCitationContentBlockLocationParam._matches(data):
        try:
            citations_type_0_item_type_2 = AnthropicCitationContentBlockLocationParam.from_dict(data)

            return citations_type_0_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicCitationWebSearchResultLocationParam._matches(data):
        try:
            citations_type_0_item_type_3 = AnthropicCitationWebSearchResultLocationParam.from_dict(data)

            return citations_type_0_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicCitationSearchResultLocationParam._matches(data):
        try:
            citations_type_0_item_type_4 = AnthropicCitationSearchResultLocationParam.from_dict(data)

            return citations_type_0_item_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        citations_type_0_item_type_0 = AnthropicCitationCharLocationParam.from_dict(data)

        return citations_type_0_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        citations_type_0_item_type_1 = AnthropicCitationPageLocationParam.from_dict(data)

        return citations_type_0_item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        citations_type_0_item_type_2 = AnthropicCitationContentBlockLocationParam.from_dict(data)

        return citations_type_0_item_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        citations_type_0_item_type_3 = AnthropicCitationWebSearchResultLocationParam.from_dict(data)

        return citations_type_0_item_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    citations_type_0_item_type_4 = AnthropicCitationSearchResultLocationParam.from_dict(data)

    return citations_type_0_item_type_4
