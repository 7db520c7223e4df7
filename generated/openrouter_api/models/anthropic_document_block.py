from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_document_block_type import AnthropicDocumentBlockType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_base_64_pdf_source import AnthropicBase64PdfSource
    from ..models.anthropic_citations_config import AnthropicCitationsConfig
    from ..models.anthropic_plain_text_source import AnthropicPlainTextSource

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, AnthropicBase64PdfSource, AnthropicCitationsConfig, AnthropicPlainTextSource
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_base_64_pdf_source import AnthropicBase64PdfSource  # noqa: PLC0415
    from ..models.anthropic_citations_config import AnthropicCitationsConfig  # noqa: PLC0415
    from ..models.anthropic_plain_text_source import AnthropicPlainTextSource  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicDocumentBlock")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"source", "title", "type", "citations"})


@_attrs_define(repr=False)
class AnthropicDocumentBlock:
    """
    Example:
        {'citations': None, 'source': {'data': 'Hello, world!', 'media_type': 'text/plain', 'type': 'text'}, 'title':
            None, 'type': 'document'}

    Attributes:
        source (AnthropicBase64PdfSource | AnthropicPlainTextSource):
        title (None | str):
        type_ (AnthropicDocumentBlockType):
        citations (AnthropicCitationsConfig | None | Unset):
    """

    _source: AnthropicBase64PdfSource | AnthropicPlainTextSource = _attrs_field(alias="source")
    _title: None | str = _attrs_field(alias="title")
    _type_: AnthropicDocumentBlockType = _attrs_field(alias="type_")
    citations: AnthropicCitationsConfig | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def source(self) -> AnthropicBase64PdfSource | AnthropicPlainTextSource:
        value: Any = self._source
        if value is UNSET:
            raise MissingFieldError("AnthropicDocumentBlock", "source")
        return value

    @source.setter
    def source(self, value: AnthropicBase64PdfSource | AnthropicPlainTextSource) -> None:
        self._source = value

    @property
    def title(self) -> None | str:
        value: Any = self._title
        if value is UNSET:
            raise MissingFieldError("AnthropicDocumentBlock", "title")
        return value

    @title.setter
    def title(self, value: None | str) -> None:
        self._title = value

    @property
    def type_(self) -> AnthropicDocumentBlockType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicDocumentBlock", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicDocumentBlockType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"source={self._source!r}, "
            f"title={self._title!r}, "
            f"type_={self._type_!r}, "
            f"citations={self.citations!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        source: Any = self._source
        if not (isinstance(source, Unset) or source is None):
            if isinstance(self._source, AnthropicBase64PdfSource):
                source = self._source.to_dict()
            else:
                source = self._source.to_dict()

        title: Any = self._title

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        citations: Any = self.citations
        if not (isinstance(citations, Unset) or citations is None):
            if isinstance(self.citations, AnthropicCitationsConfig):
                citations = self.citations.to_dict()
            else:
                citations = self.citations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if source is not UNSET:
            field_dict["source"] = source
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if citations is not UNSET:
            field_dict["citations"] = citations

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicDocumentBlock and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "source" not in data:
            return False
        if "title" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicDocumentBlockType.is_known(data["type"]):
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
                    f"AnthropicDocumentBlock is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
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

            title = d.get("title", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicDocumentBlockType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicDocumentBlockType._parse(_raw_type_)

            _field = "citations"
            _raw_citations = d.get("citations", UNSET)
            citations: Any = _raw_citations
            if _raw_citations is not None and _raw_citations is not UNSET:
                citations = (
                    AnthropicCitationsConfig.from_dict(_raw_citations)
                    if type(_raw_citations) is dict
                    else _parse_citations(_raw_citations)
                )

        except FieldParseError as error:
            raise error.within("AnthropicDocumentBlock", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicDocumentBlock", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_document_block = cls(
            source,
            title,
            type_,
            citations,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_document_block.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return anthropic_document_block

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


AnthropicDocumentBlock.__annotations__ = ResolvingAnnotations(
    AnthropicDocumentBlock.__annotations__, _resolve_lazy_imports
)


def _parse_source(data: object) -> AnthropicBase64PdfSource | AnthropicPlainTextSource:
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
    try:
        if not isinstance(data, dict):
            raise TypeError()
        source_type_0 = AnthropicBase64PdfSource.from_dict(data)

        return source_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    source_type_1 = AnthropicPlainTextSource.from_dict(data)

    return source_type_1


def _parse_citations(data: object) -> AnthropicCitationsConfig | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if AnthropicCitationsConfig._matches(data):
        try:
            citations_type_0 = AnthropicCitationsConfig.from_dict(data)

            return citations_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        citations_type_0 = AnthropicCitationsConfig.from_dict(data)

        return citations_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AnthropicCitationsConfig | None | Unset", data)
