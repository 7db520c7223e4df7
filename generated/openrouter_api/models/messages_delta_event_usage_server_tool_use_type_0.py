from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="MessagesDeltaEventUsageServerToolUseType0")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"web_fetch_requests", "web_search_requests"})


@_attrs_define(repr=False)
class MessagesDeltaEventUsageServerToolUseType0:
    """
    Attributes:
        web_fetch_requests (int):
        web_search_requests (int):
    """

    _web_fetch_requests: int = _attrs_field(alias="web_fetch_requests")
    _web_search_requests: int = _attrs_field(alias="web_search_requests")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def web_fetch_requests(self) -> int:
        value: Any = self._web_fetch_requests
        if value is UNSET:
            raise MissingFieldError("MessagesDeltaEventUsageServerToolUseType0", "web_fetch_requests")
        return value

    @web_fetch_requests.setter
    def web_fetch_requests(self, value: int) -> None:
        self._web_fetch_requests = value

    @property
    def web_search_requests(self) -> int:
        value: Any = self._web_search_requests
        if value is UNSET:
            raise MissingFieldError("MessagesDeltaEventUsageServerToolUseType0", "web_search_requests")
        return value

    @web_search_requests.setter
    def web_search_requests(self, value: int) -> None:
        self._web_search_requests = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"web_fetch_requests={self._web_fetch_requests!r}, "
            f"web_search_requests={self._web_search_requests!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        web_fetch_requests: Any = self._web_fetch_requests

        web_search_requests: Any = self._web_search_requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if web_fetch_requests is not UNSET:
            field_dict["web_fetch_requests"] = web_fetch_requests
        if web_search_requests is not UNSET:
            field_dict["web_search_requests"] = web_search_requests

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesDeltaEventUsageServerToolUseType0 and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "web_fetch_requests" not in data:
            return False
        if "web_search_requests" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"MessagesDeltaEventUsageServerToolUseType0 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        web_fetch_requests = d.get("web_fetch_requests", UNSET)

        web_search_requests = d.get("web_search_requests", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_delta_event_usage_server_tool_use_type_0 = cls(
            web_fetch_requests,
            web_search_requests,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_delta_event_usage_server_tool_use_type_0.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return messages_delta_event_usage_server_tool_use_type_0

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
