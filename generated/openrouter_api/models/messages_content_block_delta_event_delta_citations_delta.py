from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_content_block_delta_event_delta_citations_delta_type import (
    MessagesContentBlockDeltaEventDeltaCitationsDeltaType,
)
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


T = TypeVar("T", bound="MessagesContentBlockDeltaEventDeltaCitationsDelta")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"citation", "type"})


@_attrs_define(repr=False)
class MessagesContentBlockDeltaEventDeltaCitationsDelta:
    """
    Attributes:
        citation (AnthropicCitationCharLocation | AnthropicCitationContentBlockLocation | AnthropicCitationPageLocation
            | AnthropicCitationSearchResultLocation | AnthropicCitationWebSearchResultLocation):
        type_ (MessagesContentBlockDeltaEventDeltaCitationsDeltaType):
    """

    _citation: (
        AnthropicCitationCharLocation
        | AnthropicCitationContentBlockLocation
        | AnthropicCitationPageLocation
        | AnthropicCitationSearchResultLocation
        | AnthropicCitationWebSearchResultLocation
    ) = _attrs_field(alias="citation")
    _type_: MessagesContentBlockDeltaEventDeltaCitationsDeltaType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def citation(
        self,
    ) -> (
        AnthropicCitationCharLocation
        | AnthropicCitationContentBlockLocation
        | AnthropicCitationPageLocation
        | AnthropicCitationSearchResultLocation
        | AnthropicCitationWebSearchResultLocation
    ):
        value: Any = self._citation
        if value is UNSET:
            raise MissingFieldError("MessagesContentBlockDeltaEventDeltaCitationsDelta", "citation")
        return value

    @citation.setter
    def citation(
        self,
        value: AnthropicCitationCharLocation
        | AnthropicCitationContentBlockLocation
        | AnthropicCitationPageLocation
        | AnthropicCitationSearchResultLocation
        | AnthropicCitationWebSearchResultLocation,
    ) -> None:
        self._citation = value

    @property
    def type_(self) -> MessagesContentBlockDeltaEventDeltaCitationsDeltaType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("MessagesContentBlockDeltaEventDeltaCitationsDelta", "type")
        return value

    @type_.setter
    def type_(self, value: MessagesContentBlockDeltaEventDeltaCitationsDeltaType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"citation={self._citation!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        citation: Any = self._citation
        if not (isinstance(citation, Unset) or citation is None):
            if isinstance(self._citation, AnthropicCitationCharLocation):
                citation = self._citation.to_dict()
            elif isinstance(self._citation, AnthropicCitationPageLocation):
                citation = self._citation.to_dict()
            elif isinstance(self._citation, AnthropicCitationContentBlockLocation):
                citation = self._citation.to_dict()
            elif isinstance(self._citation, AnthropicCitationWebSearchResultLocation):
                citation = self._citation.to_dict()
            else:
                citation = self._citation.to_dict()

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if citation is not UNSET:
            field_dict["citation"] = citation
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesContentBlockDeltaEventDeltaCitationsDelta and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "citation" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not MessagesContentBlockDeltaEventDeltaCitationsDeltaType.is_known(data["type"]):
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
                    f"MessagesContentBlockDeltaEventDeltaCitationsDelta is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "citation"
            _raw_citation = d.get("citation", UNSET)
            citation: Any = _raw_citation
            if _raw_citation is not None and _raw_citation is not UNSET:
                citation = _parse_citation(_raw_citation)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = MessagesContentBlockDeltaEventDeltaCitationsDeltaType._value2member_map_.get(
                    _raw_type_
                ) or MessagesContentBlockDeltaEventDeltaCitationsDeltaType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("MessagesContentBlockDeltaEventDeltaCitationsDelta", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesContentBlockDeltaEventDeltaCitationsDelta", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_content_block_delta_event_delta_citations_delta = cls(
            citation,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_content_block_delta_event_delta_citations_delta.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return messages_content_block_delta_event_delta_citations_delta

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


MessagesContentBlockDeltaEventDeltaCitationsDelta.__annotations__ = ResolvingAnnotations(
    MessagesContentBlockDeltaEventDeltaCitationsDelta.__annotations__, _resolve_lazy_imports
)


def _parse_citation(
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
            citation_type_0 = AnthropicCitationCharLocation.from_dict(data)

            return citation_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicCitationPageLocation._matches(data):
        try:
            citation_type_1 = AnthropicCitationPageLocation.from_dict(data)

            return citation_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicCitationContentBlockLocation._matches(data):
        try:
            citation_type_2 = AnthropicCitationContentBlockLocation.from_dict(data)

            return citation_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicCitationWebSearchResultLocation._matches(data):
        try:
            citation_type_3 = AnthropicCitationWebSearchResultLocation.from_dict(data)

            return citation_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicCitationSearchResultLocation._matches(data):
        try:
            citation_type_4 = AnthropicCitationSearchResultLocation.from_dict(data)

            return citation_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        citation_type_0 = AnthropicCitationCharLocation.from_dict(data)

        return citation_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        citation_type_1 = AnthropicCitationPageLocation.from_dict(data)

        return citation_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        citation_type_2 = AnthropicCitationContentBlockLocation.from_dict(data)

        return citation_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        citation_type_3 = AnthropicCitationWebSearchResultLocation.from_dict(data)

        return citation_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    citation_type_4 = AnthropicCitationSearchResultLocation.from_dict(data)

    return citation_type_4
