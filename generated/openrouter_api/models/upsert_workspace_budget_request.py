from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError, Unset

T = TypeVar("T", bound="UpsertWorkspaceBudgetRequest")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"limit_usd", "include_byok_in_budgets"})


@_attrs_define(repr=False)
class UpsertWorkspaceBudgetRequest:
    """
    Example:
        {'include_byok_in_budgets': True, 'limit_usd': 100}

    Attributes:
        limit_usd (float): Spending limit in USD. Must be greater than 0. Example: 100.
        include_byok_in_budgets (bool | Unset): Whether to include BYOK (bring-your-own-key) spend when enforcing the
            workspace's budgets. This is a workspace-wide setting: it applies to every budget interval (daily, weekly,
            monthly, and lifetime), not just the interval being upserted in this request. Omit to leave the current setting
            unchanged. Example: True.
    """

    _limit_usd: float = _attrs_field(alias="limit_usd")
    include_byok_in_budgets: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def limit_usd(self) -> float:
        value: Any = self._limit_usd
        if value is UNSET:
            raise MissingFieldError("UpsertWorkspaceBudgetRequest", "limit_usd")
        return value

    @limit_usd.setter
    def limit_usd(self, value: float) -> None:
        self._limit_usd = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"limit_usd={self._limit_usd!r}, "
            f"include_byok_in_budgets={self.include_byok_in_budgets!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        limit_usd: Any = self._limit_usd

        include_byok_in_budgets: Any = self.include_byok_in_budgets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if limit_usd is not UNSET:
            field_dict["limit_usd"] = limit_usd
        if include_byok_in_budgets is not UNSET:
            field_dict["include_byok_in_budgets"] = include_byok_in_budgets

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of UpsertWorkspaceBudgetRequest and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "limit_usd" not in data:
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
                    f"UpsertWorkspaceBudgetRequest is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        limit_usd = d.get("limit_usd", UNSET)

        include_byok_in_budgets = d.get("include_byok_in_budgets", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        upsert_workspace_budget_request = cls(
            limit_usd,
            include_byok_in_budgets,
        )

        if not _DECLARED_KEYS.issuperset(d):
            upsert_workspace_budget_request.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return upsert_workspace_budget_request

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
