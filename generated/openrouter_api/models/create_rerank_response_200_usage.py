from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRerankResponse200Usage")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"cost", "search_units", "total_tokens"})


@_attrs_define(repr=False)
class CreateRerankResponse200Usage:
    """Usage statistics

    Example:
        {'search_units': 1, 'total_tokens': 150}

    Attributes:
        cost (float | Unset): Cost of the request in credits Example: 0.001.
        search_units (int | Unset): Number of search units consumed (Cohere billing) Example: 1.
        total_tokens (int | Unset): Total number of tokens used Example: 150.
    """

    cost: float | Unset = UNSET
    search_units: int | Unset = UNSET
    total_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"cost={self.cost!r}, "
            f"search_units={self.search_units!r}, "
            f"total_tokens={self.total_tokens!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        cost: Any = self.cost

        search_units: Any = self.search_units

        total_tokens: Any = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if cost is not UNSET:
            field_dict["cost"] = cost
        if search_units is not UNSET:
            field_dict["search_units"] = search_units
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateRerankResponse200Usage and its fixed values."""
        if not isinstance(data, Mapping):
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
                    f"CreateRerankResponse200Usage is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        cost = d.get("cost", UNSET)

        search_units = d.get("search_units", UNSET)

        total_tokens = d.get("total_tokens", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        create_rerank_response_200_usage = cls(
            cost,
            search_units,
            total_tokens,
        )

        if not _DECLARED_KEYS.issuperset(d):
            create_rerank_response_200_usage.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return create_rerank_response_200_usage

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
