from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="GetCurrentKeyResponse200DataRateLimit")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"interval", "note", "requests"})


@_attrs_define(repr=False)
class GetCurrentKeyResponse200DataRateLimit:
    """Legacy rate limit information about a key. Will always return -1.

    Example:
        {'interval': '1h', 'note': 'This field is deprecated and safe to ignore.', 'requests': 1000}

    Attributes:
        interval (str): Rate limit interval Example: 1h.
        note (str): Note about the rate limit Example: This field is deprecated and safe to ignore..
        requests (int): Number of requests allowed per interval Example: 1000.
    """

    _interval: str = _attrs_field(alias="interval")
    _note: str = _attrs_field(alias="note")
    _requests: int = _attrs_field(alias="requests")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def interval(self) -> str:
        value: Any = self._interval
        if value is UNSET:
            raise MissingFieldError("GetCurrentKeyResponse200DataRateLimit", "interval")
        return value

    @interval.setter
    def interval(self, value: str) -> None:
        self._interval = value

    @property
    def note(self) -> str:
        value: Any = self._note
        if value is UNSET:
            raise MissingFieldError("GetCurrentKeyResponse200DataRateLimit", "note")
        return value

    @note.setter
    def note(self, value: str) -> None:
        self._note = value

    @property
    def requests(self) -> int:
        value: Any = self._requests
        if value is UNSET:
            raise MissingFieldError("GetCurrentKeyResponse200DataRateLimit", "requests")
        return value

    @requests.setter
    def requests(self, value: int) -> None:
        self._requests = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"interval={self._interval!r}, "
            f"note={self._note!r}, "
            f"requests={self._requests!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        interval: Any = self._interval

        note: Any = self._note

        requests: Any = self._requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if interval is not UNSET:
            field_dict["interval"] = interval
        if note is not UNSET:
            field_dict["note"] = note
        if requests is not UNSET:
            field_dict["requests"] = requests

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of GetCurrentKeyResponse200DataRateLimit and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "interval" not in data:
            return False
        if "note" not in data:
            return False
        if "requests" not in data:
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
                    f"GetCurrentKeyResponse200DataRateLimit is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        interval = d.get("interval", UNSET)

        note = d.get("note", UNSET)

        requests = d.get("requests", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        get_current_key_response_200_data_rate_limit = cls(
            interval,
            note,
            requests,
        )

        if not _DECLARED_KEYS.issuperset(d):
            get_current_key_response_200_data_rate_limit.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return get_current_key_response_200_data_rate_limit

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
