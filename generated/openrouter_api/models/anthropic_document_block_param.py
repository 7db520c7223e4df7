from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_document_block_param_type import AnthropicDocumentBlockParamType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic_base_64pdf_source import AnthropicBase64PDFSource
    from ..models.anthropic_cache_control import AnthropicCacheControl
    from ..models.anthropic_content_block_source import AnthropicContentBlockSource
    from ..models.anthropic_document_block_param_citations import AnthropicDocumentBlockParamCitations
    from ..models.anthropic_plain_text_source import AnthropicPlainTextSource
    from ..models.anthropic_url_source import AnthropicURLSource

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AnthropicBase64PDFSource, \
        AnthropicCacheControl, \
        AnthropicContentBlockSource, \
        AnthropicDocumentBlockParamCitations, \
        AnthropicPlainTextSource, \
        AnthropicURLSource
    from ..models.anthropic_base_64pdf_source import AnthropicBase64PDFSource  # noqa: PLC0415
    from ..models.anthropic_cache_control import AnthropicCacheControl  # noqa: PLC0415
    from ..models.anthropic_content_block_source import AnthropicContentBlockSource  # noqa: PLC0415
    from ..models.anthropic_document_block_param_citations import AnthropicDocumentBlockParamCitations  # noqa: PLC0415
    from ..models.anthropic_plain_text_source import AnthropicPlainTextSource  # noqa: PLC0415
    from ..models.anthropic_url_source import AnthropicURLSource  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicDocumentBlockParam")


@_attrs_define
class AnthropicDocumentBlockParam:
    """A document (PDF or text) the model can read and cite.

    Attributes:
        type_ (AnthropicDocumentBlockParamType):
        source (AnthropicBase64PDFSource | AnthropicContentBlockSource | AnthropicPlainTextSource | AnthropicURLSource):
            base64 PDF, plain text, URL, or a list of content blocks.
        title (None | str | Unset):
        context (None | str | Unset):
        citations (AnthropicDocumentBlockParamCitations | Unset):
        cache_control (AnthropicCacheControl | Unset): A prompt-cache breakpoint in Anthropic's style. Example: {'type':
            'ephemeral'}.
    """

    type_: AnthropicDocumentBlockParamType
    source: AnthropicBase64PDFSource | AnthropicContentBlockSource | AnthropicPlainTextSource | AnthropicURLSource
    title: None | str | Unset = UNSET
    context: None | str | Unset = UNSET
    citations: AnthropicDocumentBlockParamCitations | Unset = UNSET
    cache_control: AnthropicCacheControl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        source: Any = self.source
        if not (isinstance(source, Unset) or source is None):
            if isinstance(self.source, AnthropicBase64PDFSource):
                source = self.source.to_dict()
            elif isinstance(self.source, AnthropicPlainTextSource):
                source = self.source.to_dict()
            elif isinstance(self.source, AnthropicURLSource):
                source = self.source.to_dict()
            else:
                source = self.source.to_dict()

        title: Any = self.title
        if not (isinstance(title, Unset) or title is None):
            if isinstance(self.title, Unset):
                title = UNSET
            else:
                title = self.title

        context: Any = self.context
        if not (isinstance(context, Unset) or context is None):
            if isinstance(self.context, Unset):
                context = UNSET
            else:
                context = self.context

        citations: Any = self.citations
        if not (isinstance(citations, Unset) or citations is None):
            citations = UNSET
            if not isinstance(self.citations, Unset):
                citations = self.citations.to_dict()

        cache_control: Any = self.cache_control
        if not (isinstance(cache_control, Unset) or cache_control is None):
            cache_control = UNSET
            if not isinstance(self.cache_control, Unset):
                cache_control = self.cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if source is not UNSET:
            field_dict["source"] = source
        if title is not UNSET:
            field_dict["title"] = title
        if context is not UNSET:
            field_dict["context"] = context
        if citations is not UNSET:
            field_dict["citations"] = citations
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicDocumentBlockParam and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicDocumentBlockParamType.is_known(data["type"]):
            return False
        if "source" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = AnthropicDocumentBlockParamType._parse(_raw_type_)

        _raw_source = d.pop("source", UNSET)
        source: Any = _raw_source
        if _raw_source is not None and _raw_source is not UNSET:
            source = _parse_source(_raw_source)

        title = d.pop("title", UNSET)

        context = d.pop("context", UNSET)

        _raw_citations = d.pop("citations", UNSET)
        citations: Any = _raw_citations
        if _raw_citations is not None and _raw_citations is not UNSET:
            _citations = _raw_citations
            citations: AnthropicDocumentBlockParamCitations | Unset
            if isinstance(_citations, Unset):
                citations = UNSET
            else:
                citations = AnthropicDocumentBlockParamCitations.from_dict(_citations)

        _raw_cache_control = d.pop("cache_control", UNSET)
        cache_control: Any = _raw_cache_control
        if _raw_cache_control is not None and _raw_cache_control is not UNSET:
            _cache_control = _raw_cache_control
            cache_control: AnthropicCacheControl | Unset
            if isinstance(_cache_control, Unset):
                cache_control = UNSET
            else:
                cache_control = AnthropicCacheControl.from_dict(_cache_control)

        anthropic_document_block_param = cls(
            type_=type_,
            source=source,
            title=title,
            context=context,
            citations=citations,
            cache_control=cache_control,
        )

        anthropic_document_block_param.additional_properties = d
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


def _parse_source(
    data: object,
) -> AnthropicBase64PDFSource | AnthropicContentBlockSource | AnthropicPlainTextSource | AnthropicURLSource:
    if AnthropicBase64PDFSource._matches(data):
        try:
            source_type_0 = AnthropicBase64PDFSource.from_dict(data)

            return source_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicPlainTextSource._matches(data):
        try:
            source_type_1 = AnthropicPlainTextSource.from_dict(data)

            return source_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicURLSource._matches(data):
        try:
            source_type_2 = AnthropicURLSource.from_dict(data)

            return source_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicContentBlockSource._matches(data):
        try:
            source_type_3 = AnthropicContentBlockSource.from_dict(data)

            return source_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        source_type_0 = AnthropicBase64PDFSource.from_dict(data)

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
        source_type_2 = AnthropicURLSource.from_dict(data)

        return source_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    source_type_3 = AnthropicContentBlockSource.from_dict(data)

    return source_type_3
