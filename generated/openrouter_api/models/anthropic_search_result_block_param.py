from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_search_result_block_param_type import AnthropicSearchResultBlockParamType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.anthropic_search_result_block_param_citations import AnthropicSearchResultBlockParamCitations
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AnthropicCacheControlDirective, \
        AnthropicSearchResultBlockParamCitations, \
        AnthropicTextBlockParam
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective  # noqa: PLC0415
    from ..models.anthropic_search_result_block_param_citations import AnthropicSearchResultBlockParamCitations  # noqa: PLC0415
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicSearchResultBlockParam")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"content", "source", "title", "type", "cache_control", "citations"})


@_attrs_define(repr=False)
class AnthropicSearchResultBlockParam:
    """
    Example:
        {'content': [{'text': 'Result content', 'type': 'text'}], 'source': 'example_source', 'title': 'Example Result',
            'type': 'search_result'}

    Attributes:
        content (list[AnthropicTextBlockParam]):
        source (str):
        title (str):
        type_ (AnthropicSearchResultBlockParamType):
        cache_control (AnthropicCacheControlDirective | Unset): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        citations (AnthropicSearchResultBlockParamCitations | Unset):
    """

    _content: list[AnthropicTextBlockParam] = _attrs_field(alias="content")
    _source: str = _attrs_field(alias="source")
    _title: str = _attrs_field(alias="title")
    _type_: AnthropicSearchResultBlockParamType = _attrs_field(alias="type_")
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    citations: AnthropicSearchResultBlockParamCitations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def content(self) -> list[AnthropicTextBlockParam]:
        value: Any = self._content
        if value is UNSET:
            raise MissingFieldError("AnthropicSearchResultBlockParam", "content")
        return value

    @content.setter
    def content(self, value: list[AnthropicTextBlockParam]) -> None:
        self._content = value

    @property
    def source(self) -> str:
        value: Any = self._source
        if value is UNSET:
            raise MissingFieldError("AnthropicSearchResultBlockParam", "source")
        return value

    @source.setter
    def source(self, value: str) -> None:
        self._source = value

    @property
    def title(self) -> str:
        value: Any = self._title
        if value is UNSET:
            raise MissingFieldError("AnthropicSearchResultBlockParam", "title")
        return value

    @title.setter
    def title(self, value: str) -> None:
        self._title = value

    @property
    def type_(self) -> AnthropicSearchResultBlockParamType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicSearchResultBlockParam", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicSearchResultBlockParamType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"content={self._content!r}, "
            f"source={self._source!r}, "
            f"title={self._title!r}, "
            f"type_={self._type_!r}, "
            f"cache_control={self.cache_control!r}, "
            f"citations={self.citations!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        content: Any = self._content
        if not (isinstance(content, Unset) or content is None):
            content = []
            for content_item_data in self._content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        source: Any = self._source

        title: Any = self._title

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        cache_control: Any = self.cache_control
        if not (isinstance(cache_control, Unset) or cache_control is None):
            cache_control = cache_control.to_dict()

        citations: Any = self.citations
        if not (isinstance(citations, Unset) or citations is None):
            citations = citations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if content is not UNSET:
            field_dict["content"] = content
        if source is not UNSET:
            field_dict["source"] = source
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if citations is not UNSET:
            field_dict["citations"] = citations

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicSearchResultBlockParam and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "content" not in data:
            return False
        if "source" not in data:
            return False
        if "title" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicSearchResultBlockParamType.is_known(data["type"]):
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
                    f"AnthropicSearchResultBlockParam is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "content"
            _raw_content = d.get("content", UNSET)
            content: Any = _raw_content
            if _raw_content is not None and _raw_content is not UNSET:
                content = [AnthropicTextBlockParam.from_dict(content_item_data) for content_item_data in _raw_content]

            source = d.get("source", UNSET)

            title = d.get("title", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicSearchResultBlockParamType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicSearchResultBlockParamType._parse(_raw_type_)

            _field = "cache_control"
            _raw_cache_control = d.get("cache_control", UNSET)
            cache_control: Any = _raw_cache_control
            if _raw_cache_control is not None and _raw_cache_control is not UNSET:
                cache_control = AnthropicCacheControlDirective.from_dict(_raw_cache_control)

            _field = "citations"
            _raw_citations = d.get("citations", UNSET)
            citations: Any = _raw_citations
            if _raw_citations is not None and _raw_citations is not UNSET:
                citations = AnthropicSearchResultBlockParamCitations.from_dict(_raw_citations)

        except FieldParseError as error:
            raise error.within("AnthropicSearchResultBlockParam", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicSearchResultBlockParam", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_search_result_block_param = cls(
            content,
            source,
            title,
            type_,
            cache_control,
            citations,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_search_result_block_param.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return anthropic_search_result_block_param

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


AnthropicSearchResultBlockParam.__annotations__ = ResolvingAnnotations(
    AnthropicSearchResultBlockParam.__annotations__, _resolve_lazy_imports
)
