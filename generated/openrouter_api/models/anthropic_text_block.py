from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_text_block_type import AnthropicTextBlockType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_citation_char_location import AnthropicCitationCharLocation
    from ..models.anthropic_citation_content_block_location import AnthropicCitationContentBlockLocation
    from ..models.anthropic_citation_page_location import AnthropicCitationPageLocation
    from ..models.anthropic_citation_search_result_location import AnthropicCitationSearchResultLocation
    from ..models.anthropic_citation_web_search_result_location import AnthropicCitationWebSearchResultLocation

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AnthropicCitationCharLocation, \
        AnthropicCitationContentBlockLocation, \
        AnthropicCitationPageLocation, \
        AnthropicCitationSearchResultLocation, \
        AnthropicCitationWebSearchResultLocation
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_citation_char_location import AnthropicCitationCharLocation  # noqa: PLC0415
    from ..models.anthropic_citation_content_block_location import AnthropicCitationContentBlockLocation  # noqa: PLC0415
    from ..models.anthropic_citation_page_location import AnthropicCitationPageLocation  # noqa: PLC0415
    from ..models.anthropic_citation_search_result_location import AnthropicCitationSearchResultLocation  # noqa: PLC0415
    from ..models.anthropic_citation_web_search_result_location import AnthropicCitationWebSearchResultLocation  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicTextBlock")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"citations", "text", "type"})


@_attrs_define(repr=False)
class AnthropicTextBlock:
    """
    Example:
        {'citations': None, 'text': 'Hello, world!', 'type': 'text'}

    Attributes:
        citations (list[AnthropicCitationCharLocation | AnthropicCitationContentBlockLocation |
            AnthropicCitationPageLocation | AnthropicCitationSearchResultLocation |
            AnthropicCitationWebSearchResultLocation] | None):
        text (str):
        type_ (AnthropicTextBlockType):
    """

    _citations: (
        list[
            AnthropicCitationCharLocation
            | AnthropicCitationContentBlockLocation
            | AnthropicCitationPageLocation
            | AnthropicCitationSearchResultLocation
            | AnthropicCitationWebSearchResultLocation
        ]
        | None
    ) = _attrs_field(alias="citations")
    _text: str = _attrs_field(alias="text")
    _type_: AnthropicTextBlockType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def citations(
        self,
    ) -> (
        list[
            AnthropicCitationCharLocation
            | AnthropicCitationContentBlockLocation
            | AnthropicCitationPageLocation
            | AnthropicCitationSearchResultLocation
            | AnthropicCitationWebSearchResultLocation
        ]
        | None
    ):
        value: Any = self._citations
        if value is UNSET:
            raise MissingFieldError("AnthropicTextBlock", "citations")
        return value

    @citations.setter
    def citations(
        self,
        value: list[
            AnthropicCitationCharLocation
            | AnthropicCitationContentBlockLocation
            | AnthropicCitationPageLocation
            | AnthropicCitationSearchResultLocation
            | AnthropicCitationWebSearchResultLocation
        ]
        | None,
    ) -> None:
        self._citations = value

    @property
    def text(self) -> str:
        value: Any = self._text
        if value is UNSET:
            raise MissingFieldError("AnthropicTextBlock", "text")
        return value

    @text.setter
    def text(self, value: str) -> None:
        self._text = value

    @property
    def type_(self) -> AnthropicTextBlockType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicTextBlock", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicTextBlockType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"citations={self._citations!r}, "
            f"text={self._text!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        citations: Any = self._citations
        if not (isinstance(citations, Unset) or citations is None):
            if isinstance(self._citations, list):
                citations = []
                for citations_type_0_item_data in self._citations:
                    citations_type_0_item: dict[str, Any]
                    if isinstance(citations_type_0_item_data, AnthropicCitationCharLocation):
                        citations_type_0_item = citations_type_0_item_data.to_dict()
                    elif isinstance(citations_type_0_item_data, AnthropicCitationPageLocation):
                        citations_type_0_item = citations_type_0_item_data.to_dict()
                    elif isinstance(citations_type_0_item_data, AnthropicCitationContentBlockLocation):
                        citations_type_0_item = citations_type_0_item_data.to_dict()
                    elif isinstance(citations_type_0_item_data, AnthropicCitationWebSearchResultLocation):
                        citations_type_0_item = citations_type_0_item_data.to_dict()
                    else:
                        citations_type_0_item = citations_type_0_item_data.to_dict()

                    citations.append(citations_type_0_item)

            else:
                citations = self._citations

        text: Any = self._text

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if citations is not UNSET:
            field_dict["citations"] = citations
        if text is not UNSET:
            field_dict["text"] = text
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicTextBlock and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "citations" not in data:
            return False
        if "text" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicTextBlockType.is_known(data["type"]):
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
                    f"AnthropicTextBlock is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "citations"
            _raw_citations = d.get("citations", UNSET)
            citations: Any = _raw_citations
            if _raw_citations is not None and _raw_citations is not UNSET:
                citations = _parse_citations(_raw_citations)

            text = d.get("text", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicTextBlockType._value2member_map_.get(_raw_type_) or AnthropicTextBlockType._parse(
                    _raw_type_
                )

        except FieldParseError as error:
            raise error.within("AnthropicTextBlock", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicTextBlock", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_text_block = cls(
            citations,
            text,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_text_block.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return anthropic_text_block

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


AnthropicTextBlock.__annotations__ = ResolvingAnnotations(AnthropicTextBlock.__annotations__, _resolve_lazy_imports)


def _parse_citations(
    data: object,
) -> (
    list[
        AnthropicCitationCharLocation
        | AnthropicCitationContentBlockLocation
        | AnthropicCitationPageLocation
        | AnthropicCitationSearchResultLocation
        | AnthropicCitationWebSearchResultLocation
    ]
    | None
):
    if data is None:
        return data
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
        "list[AnthropicCitationCharLocation | AnthropicCitationContentBlockLocation | AnthropicCitationPageLocation | AnthropicCitationSearchResultLocation | AnthropicCitationWebSearchResultLocation] | None",
        data,
    )


def _parse_citations_type_0_item(
    data: object,
) -> (
    AnthropicCitationCharLocation
    | AnthropicCitationContentBlockLocation
    | AnthropicCitationPageLocation
    | AnthropicCitationSearchResultLocation
    | AnthropicCitationWebSearchResultLocation
):
    if AnthropicCitationCharLocation._matches(data):
        try:
            componentsschemas_anthropic_text_citation_type_0 = AnthropicCitationCharLocation.from_dict(data)

            return componentsschemas_anthropic_text_citation_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicCitationPageLocation._matches(data):
        try:
            componentsschemas_anthropic_text_citation_type_1 = AnthropicCitationPageLocation.from_dict(data)

            return componentsschemas_anthropic_text_citation_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicCitationContentBlockLocation._matches(data):
        try:
            componentsschemas_anthropic_text_citation_type_2 = AnthropicCitationContentBlockLocation.from_dict(data)

            return componentsschemas_anthropic_text_citation_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicCitationWebSearchResultLocation._matches(data):
        try:
            componentsschemas_anthropic_text_citation_type_3 = AnthropicCitationWebSearchResultLocation.from_dict(data)

            return componentsschemas_anthropic_text_citation_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicCitationSearchResultLocation._matches(data):
        try:
            componentsschemas_anthropic_text_citation_type_4 = AnthropicCitationSearchResultLocation.from_dict(data)

            return componentsschemas_anthropic_text_citation_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_text_citation_type_0 = AnthropicCitationCharLocation.from_dict(data)

        return componentsschemas_anthropic_text_citation_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_text_citation_type_1 = AnthropicCitationPageLocation.from_dict(data)

        return componentsschemas_anthropic_text_citation_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_text_citation_type_2 = AnthropicCitationContentBlockLocation.from_dict(data)

        return componentsschemas_anthropic_text_citation_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_text_citation_type_3 = AnthropicCitationWebSearchResultLocation.from_dict(data)

        return componentsschemas_anthropic_text_citation_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_anthropic_text_citation_type_4 = AnthropicCitationSearchResultLocation.from_dict(data)

    return componentsschemas_anthropic_text_citation_type_4
