from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_document_block_param_type import AnthropicDocumentBlockParamType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_base_64_pdf_source import AnthropicBase64PdfSource
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.anthropic_document_block_param_citations_type_0 import AnthropicDocumentBlockParamCitationsType0
    from ..models.anthropic_document_block_param_source_content import AnthropicDocumentBlockParamSourceContent
    from ..models.anthropic_file_document_source import AnthropicFileDocumentSource
    from ..models.anthropic_plain_text_source import AnthropicPlainTextSource
    from ..models.anthropic_url_pdf_source import AnthropicUrlPdfSource

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AnthropicBase64PdfSource, \
        AnthropicCacheControlDirective, \
        AnthropicDocumentBlockParamCitationsType0, \
        AnthropicDocumentBlockParamSourceContent, \
        AnthropicFileDocumentSource, \
        AnthropicPlainTextSource, \
        AnthropicUrlPdfSource
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_base_64_pdf_source import AnthropicBase64PdfSource  # noqa: PLC0415
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective  # noqa: PLC0415
    from ..models.anthropic_document_block_param_citations_type_0 import AnthropicDocumentBlockParamCitationsType0  # noqa: PLC0415
    from ..models.anthropic_document_block_param_source_content import AnthropicDocumentBlockParamSourceContent  # noqa: PLC0415
    from ..models.anthropic_file_document_source import AnthropicFileDocumentSource  # noqa: PLC0415
    from ..models.anthropic_plain_text_source import AnthropicPlainTextSource  # noqa: PLC0415
    from ..models.anthropic_url_pdf_source import AnthropicUrlPdfSource  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicDocumentBlockParam")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"source", "type", "cache_control", "citations", "context", "title"})


@_attrs_define(repr=False)
class AnthropicDocumentBlockParam:
    """
    Example:
        {'source': {'data': 'Hello, world!', 'media_type': 'text/plain', 'type': 'text'}, 'type': 'document'}

    Attributes:
        source (AnthropicBase64PdfSource | AnthropicDocumentBlockParamSourceContent | AnthropicFileDocumentSource |
            AnthropicPlainTextSource | AnthropicUrlPdfSource):
        type_ (AnthropicDocumentBlockParamType):
        cache_control (AnthropicCacheControlDirective | Unset): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        citations (AnthropicDocumentBlockParamCitationsType0 | None | Unset):
        context (None | str | Unset):
        title (None | str | Unset):
    """

    _source: (
        AnthropicBase64PdfSource
        | AnthropicDocumentBlockParamSourceContent
        | AnthropicFileDocumentSource
        | AnthropicPlainTextSource
        | AnthropicUrlPdfSource
    ) = _attrs_field(alias="source")
    _type_: AnthropicDocumentBlockParamType = _attrs_field(alias="type_")
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    citations: AnthropicDocumentBlockParamCitationsType0 | None | Unset = UNSET
    context: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def source(
        self,
    ) -> (
        AnthropicBase64PdfSource
        | AnthropicDocumentBlockParamSourceContent
        | AnthropicFileDocumentSource
        | AnthropicPlainTextSource
        | AnthropicUrlPdfSource
    ):
        value: Any = self._source
        if value is UNSET:
            raise MissingFieldError("AnthropicDocumentBlockParam", "source")
        return value

    @source.setter
    def source(
        self,
        value: AnthropicBase64PdfSource
        | AnthropicDocumentBlockParamSourceContent
        | AnthropicFileDocumentSource
        | AnthropicPlainTextSource
        | AnthropicUrlPdfSource,
    ) -> None:
        self._source = value

    @property
    def type_(self) -> AnthropicDocumentBlockParamType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicDocumentBlockParam", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicDocumentBlockParamType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"source={self._source!r}, "
            f"type_={self._type_!r}, "
            f"cache_control={self.cache_control!r}, "
            f"citations={self.citations!r}, "
            f"context={self.context!r}, "
            f"title={self.title!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        source: Any = self._source
        if not (isinstance(source, Unset) or source is None):
            if isinstance(self._source, AnthropicBase64PdfSource):
                source = self._source.to_dict()
            elif isinstance(self._source, AnthropicPlainTextSource):
                source = self._source.to_dict()
            elif isinstance(self._source, AnthropicDocumentBlockParamSourceContent):
                source = self._source.to_dict()
            elif isinstance(self._source, AnthropicUrlPdfSource):
                source = self._source.to_dict()
            else:
                source = self._source.to_dict()

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        cache_control: Any = self.cache_control
        if not (isinstance(cache_control, Unset) or cache_control is None):
            cache_control = cache_control.to_dict()

        citations: Any = self.citations
        if not (isinstance(citations, Unset) or citations is None):
            if isinstance(self.citations, AnthropicDocumentBlockParamCitationsType0):
                citations = self.citations.to_dict()
            else:
                citations = self.citations

        context: Any = self.context

        title: Any = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if source is not UNSET:
            field_dict["source"] = source
        if type_ is not UNSET:
            field_dict["type"] = type_
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if citations is not UNSET:
            field_dict["citations"] = citations
        if context is not UNSET:
            field_dict["context"] = context
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicDocumentBlockParam and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "source" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicDocumentBlockParamType.is_known(data["type"]):
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
                    f"AnthropicDocumentBlockParam is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
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
                type_ = AnthropicDocumentBlockParamType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicDocumentBlockParamType._parse(_raw_type_)

            _field = "cache_control"
            _raw_cache_control = d.get("cache_control", UNSET)
            cache_control: Any = _raw_cache_control
            if _raw_cache_control is not None and _raw_cache_control is not UNSET:
                cache_control = AnthropicCacheControlDirective.from_dict(_raw_cache_control)

            _field = "citations"
            _raw_citations = d.get("citations", UNSET)
            citations: Any = _raw_citations
            if _raw_citations is not None and _raw_citations is not UNSET:
                citations = (
                    AnthropicDocumentBlockParamCitationsType0.from_dict(_raw_citations)
                    if type(_raw_citations) is dict
                    else _parse_citations(_raw_citations)
                )

            context = d.get("context", UNSET)

            title = d.get("title", UNSET)

        except FieldParseError as error:
            raise error.within("AnthropicDocumentBlockParam", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicDocumentBlockParam", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_document_block_param = cls(
            source,
            type_,
            cache_control,
            citations,
            context,
            title,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_document_block_param.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return anthropic_document_block_param

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


AnthropicDocumentBlockParam.__annotations__ = ResolvingAnnotations(
    AnthropicDocumentBlockParam.__annotations__, _resolve_lazy_imports
)


def _parse_source(
    data: object,
) -> (
    AnthropicBase64PdfSource
    | AnthropicDocumentBlockParamSourceContent
    | AnthropicFileDocumentSource
    | AnthropicPlainTextSource
    | AnthropicUrlPdfSource
):
    if AnthropicBase64PdfSource._matches(data):
        try:
            source_type_0 = AnthropicBase64PdfSource.from_dict(data)

            return source_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicPlainTextSource._matches(data):
        try:
            source_type_1 = AnthropicPlainTextSource.from_dict(data)

            return source_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicDocumentBlockParamSourceContent._matches(data):
        try:
            source_type_2 = AnthropicDocumentBlockParamSourceContent.from_dict(data)

            return source_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicUrlPdfSource._matches(data):
        try:
            source_type_3 = AnthropicUrlPdfSource.from_dict(data)

            return source_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicFileDocumentSource._matches(data):
        try:
            source_type_4 = AnthropicFileDocumentSource.from_dict(data)

            return source_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        source_type_0 = AnthropicBase64PdfSource.from_dict(data)

        return source_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        source_type_1 = AnthropicPlainTextSource.from_dict(data)

        return source_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        source_type_2 = AnthropicDocumentBlockParamSourceContent.from_dict(data)

        return source_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        source_type_3 = AnthropicUrlPdfSource.from_dict(data)

        return source_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    source_type_4 = AnthropicFileDocumentSource.from_dict(data)

    return source_type_4


def _parse_citations(data: object) -> AnthropicDocumentBlockParamCitationsType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if AnthropicDocumentBlockParamCitationsType0._matches(data):
        try:
            citations_type_0 = AnthropicDocumentBlockParamCitationsType0.from_dict(data)

            return citations_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        citations_type_0 = AnthropicDocumentBlockParamCitationsType0.from_dict(data)

        return citations_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AnthropicDocumentBlockParamCitationsType0 | None | Unset", data)
