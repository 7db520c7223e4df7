from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="KeyRateLimit")


@_attrs_define
class KeyRateLimit:
    """Leftover from an old rate-limit scheme; carries no information.

    Attributes:
        requests (int):
        interval (str):
        note (str):
    """

    requests: int
    interval: str
    note: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requests: Any = self.requests

        interval: Any = self.interval

        note: Any = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if requests is not UNSET:
            field_dict["requests"] = requests
        if interval is not UNSET:
            field_dict["interval"] = interval
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of KeyRateLimit and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "requests" not in data:
            return False
        if "interval" not in data:
            return False
        if "note" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        requests = d.pop("requests", UNSET)

        interval = d.pop("interval", UNSET)

        note = d.pop("note", UNSET)

        key_rate_limit = cls(
            requests=requests,
            interval=interval,
            note=note,
        )

        key_rate_limit.additional_properties = d
        return key_rate_limit

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
