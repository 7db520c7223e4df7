from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_content_block_delta_event_delta_citations_delta_type import (
    MessagesContentBlockDeltaEventDeltaCitationsDeltaType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic_citation_char_location import AnthropicCitationCharLocation
    from ..models.anthropic_citation_content_block_location import AnthropicCitationContentBlockLocation
    from ..models.anthropic_citation_page_location import AnthropicCitationPageLocation
    from ..models.anthropic_citation_search_result_location import AnthropicCitationSearchResultLocation
    from ..models.anthropic_citation_web_search_result_location import AnthropicCitationWebSearchResultLocation

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AnthropicCitationCharLocation, \
        AnthropicCitationContentBlockLocation, \
        AnthropicCitationPageLocation, \
        AnthropicCitationSearchResultLocation, \
        AnthropicCitationWebSearchResultLocation
    from ..models.anthropic_citation_char_location import AnthropicCitationCharLocation  # noqa: PLC0415
    from ..models.anthropic_citation_content_block_location import AnthropicCitationContentBlockLocation  # noqa: PLC0415
    from ..models.anthropic_citation_page_location import AnthropicCitationPageLocation  # noqa: PLC0415
    from ..models.anthropic_citation_search_result_location import AnthropicCitationSearchResultLocation  # noqa: PLC0415
    from ..models.anthropic_citation_web_search_result_location import AnthropicCitationWebSearchResultLocation  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="MessagesContentBlockDeltaEventDeltaCitationsDelta")


@_attrs_define
class MessagesContentBlockDeltaEventDeltaCitationsDelta:
    """
    Attributes:
        citation (AnthropicCitationCharLocation | AnthropicCitationContentBlockLocation | AnthropicCitationPageLocation
            | AnthropicCitationSearchResultLocation | AnthropicCitationWebSearchResultLocation):
        type_ (MessagesContentBlockDeltaEventDeltaCitationsDeltaType):
    """

    citation: (
        AnthropicCitationCharLocation
        | AnthropicCitationContentBlockLocation
        | AnthropicCitationPageLocation
        | AnthropicCitationSearchResultLocation
        | AnthropicCitationWebSearchResultLocation
    )
    type_: MessagesContentBlockDeltaEventDeltaCitationsDeltaType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        citation: Any = self.citation
        if not (isinstance(citation, Unset) or citation is None):
            if isinstance(self.citation, AnthropicCitationCharLocation):
                citation = self.citation.to_dict()
            elif isinstance(self.citation, AnthropicCitationPageLocation):
                citation = self.citation.to_dict()
            elif isinstance(self.citation, AnthropicCitationContentBlockLocation):
                citation = self.citation.to_dict()
            elif isinstance(self.citation, AnthropicCitationWebSearchResultLocation):
                citation = self.citation.to_dict()
            else:
                citation = self.citation.to_dict()

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

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
        d = dict(src_dict)
        _raw_citation = d.pop("citation", UNSET)
        citation: Any = _raw_citation
        if _raw_citation is not None and _raw_citation is not UNSET:
            citation = _parse_citation(_raw_citation)

        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = MessagesContentBlockDeltaEventDeltaCitationsDeltaType._parse(_raw_type_)

        messages_content_block_delta_event_delta_citations_delta = cls(
            citation=citation,
            type_=type_,
        )

        messages_content_block_delta_event_delta_citations_delta.additional_properties = d
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
