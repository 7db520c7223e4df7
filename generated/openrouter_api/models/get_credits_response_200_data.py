from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="GetCreditsResponse200Data")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"total_credits", "total_usage"})


@_attrs_define(repr=False)
class GetCreditsResponse200Data:
    """
    Example:
        {'total_credits': 100.5, 'total_usage': 25.75}

    Attributes:
        total_credits (float): Total credits purchased Example: 100.5.
        total_usage (float): Total credits used Example: 25.75.
    """

    _total_credits: float = _attrs_field(alias="total_credits")
    _total_usage: float = _attrs_field(alias="total_usage")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total_credits(self) -> float:
        value: Any = self._total_credits
        if value is UNSET:
            raise MissingFieldError("GetCreditsResponse200Data", "total_credits")
        return value

    @total_credits.setter
    def total_credits(self, value: float) -> None:
        self._total_credits = value

    @property
    def total_usage(self) -> float:
        value: Any = self._total_usage
        if value is UNSET:
            raise MissingFieldError("GetCreditsResponse200Data", "total_usage")
        return value

    @total_usage.setter
    def total_usage(self, value: float) -> None:
        self._total_usage = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"total_credits={self._total_credits!r}, "
            f"total_usage={self._total_usage!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        total_credits: Any = self._total_credits

        total_usage: Any = self._total_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if total_credits is not UNSET:
            field_dict["total_credits"] = total_credits
        if total_usage is not UNSET:
            field_dict["total_usage"] = total_usage

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of GetCreditsResponse200Data and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "total_credits" not in data:
            return False
        if "total_usage" not in data:
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
                    f"GetCreditsResponse200Data is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        total_credits = d.get("total_credits", UNSET)

        total_usage = d.get("total_usage", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        get_credits_response_200_data = cls(
            total_credits,
            total_usage,
        )

        if not _DECLARED_KEYS.issuperset(d):
            get_credits_response_200_data.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return get_credits_response_200_data

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
