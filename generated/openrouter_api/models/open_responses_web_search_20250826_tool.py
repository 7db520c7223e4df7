from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_responses_web_search_20250826_tool_type import OpenResponsesWebSearch20250826ToolType
from ..models.responses_search_context_size import ResponsesSearchContextSize
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.responses_web_search_user_location import ResponsesWebSearchUserLocation
    from ..models.web_search_tool_filters import WebSearchToolFilters

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ResponsesWebSearchUserLocation, WebSearchToolFilters
    from ..models.responses_web_search_user_location import ResponsesWebSearchUserLocation  # noqa: PLC0415
    from ..models.web_search_tool_filters import WebSearchToolFilters  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="OpenResponsesWebSearch20250826Tool")


@_attrs_define
class OpenResponsesWebSearch20250826Tool:
    """Web search, version of 2025-08-26.

    Attributes:
        type_ (OpenResponsesWebSearch20250826ToolType):
        filters (None | Unset | WebSearchToolFilters):
        search_context_size (ResponsesSearchContextSize | Unset): How much search context to gather.
        user_location (None | ResponsesWebSearchUserLocation | Unset):
    """

    type_: OpenResponsesWebSearch20250826ToolType
    filters: None | Unset | WebSearchToolFilters = UNSET
    search_context_size: ResponsesSearchContextSize | Unset = UNSET
    user_location: None | ResponsesWebSearchUserLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        filters: Any = self.filters
        if not (isinstance(filters, Unset) or filters is None):
            if isinstance(self.filters, Unset):
                filters = UNSET
            elif isinstance(self.filters, WebSearchToolFilters):
                filters = self.filters.to_dict()
            else:
                filters = self.filters

        search_context_size: Any = self.search_context_size
        if not (isinstance(search_context_size, Unset) or search_context_size is None):
            search_context_size = UNSET
            if not isinstance(self.search_context_size, Unset):
                search_context_size = self.search_context_size.value

        user_location: Any = self.user_location
        if not (isinstance(user_location, Unset) or user_location is None):
            if isinstance(self.user_location, Unset):
                user_location = UNSET
            elif isinstance(self.user_location, ResponsesWebSearchUserLocation):
                user_location = self.user_location.to_dict()
            else:
                user_location = self.user_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if filters is not UNSET:
            field_dict["filters"] = filters
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size
        if user_location is not UNSET:
            field_dict["user_location"] = user_location

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OpenResponsesWebSearch20250826Tool and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not OpenResponsesWebSearch20250826ToolType.is_known(data["type"]):
            return False
        if "search_context_size" in data and not ResponsesSearchContextSize.is_known(data["search_context_size"]):
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
            type_ = OpenResponsesWebSearch20250826ToolType._parse(_raw_type_)

        _raw_filters = d.pop("filters", UNSET)
        filters: Any = _raw_filters
        if _raw_filters is not None and _raw_filters is not UNSET:
            filters = _parse_filters(_raw_filters)

        _raw_search_context_size = d.pop("search_context_size", UNSET)
        search_context_size: Any = _raw_search_context_size
        if _raw_search_context_size is not None and _raw_search_context_size is not UNSET:
            _search_context_size = _raw_search_context_size
            search_context_size: ResponsesSearchContextSize | Unset
            if isinstance(_search_context_size, Unset):
                search_context_size = UNSET
            else:
                search_context_size = ResponsesSearchContextSize._parse(_search_context_size)

        _raw_user_location = d.pop("user_location", UNSET)
        user_location: Any = _raw_user_location
        if _raw_user_location is not None and _raw_user_location is not UNSET:
            user_location = _parse_user_location(_raw_user_location)

        open_responses_web_search_20250826_tool = cls(
            type_=type_,
            filters=filters,
            search_context_size=search_context_size,
            user_location=user_location,
        )

        open_responses_web_search_20250826_tool.additional_properties = d
        return open_responses_web_search_20250826_tool

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


def _parse_filters(data: object) -> None | Unset | WebSearchToolFilters:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if WebSearchToolFilters._matches(data):
        try:
            filters_type_0 = WebSearchToolFilters.from_dict(data)

            return filters_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        filters_type_0 = WebSearchToolFilters.from_dict(data)

        return filters_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | Unset | WebSearchToolFilters", data)


def _parse_user_location(data: object) -> None | ResponsesWebSearchUserLocation | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ResponsesWebSearchUserLocation._matches(data):
        try:
            user_location_type_0 = ResponsesWebSearchUserLocation.from_dict(data)

            return user_location_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        user_location_type_0 = ResponsesWebSearchUserLocation.from_dict(data)

        return user_location_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ResponsesWebSearchUserLocation | Unset", data)
