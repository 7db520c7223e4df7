from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.current_key_data import CurrentKeyData

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, CurrentKeyData
    from ..models.current_key_data import CurrentKeyData  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="CurrentKeyResponse")


@_attrs_define
class CurrentKeyResponse:
    """The key used for this request.

    Example:
        {'data': {'label': 'sk-or-v1-4b2...e91', 'limit': 20, 'limit_remaining': 12.75, 'limit_reset': 'monthly',
            'include_byok_in_limit': False, 'usage': 7.25, 'usage_daily': 0.31, 'usage_weekly': 2.08, 'usage_monthly': 7.25,
            'byok_usage': 0, 'byok_usage_daily': 0, 'byok_usage_weekly': 0, 'byok_usage_monthly': 0, 'is_free_tier': False,
            'is_management_key': False, 'is_provisioning_key': False, 'creator_user_id': 'user_2kQ8Zr0cV5nX1mB7dL3pT9wY4sA',
            'expires_at': None, 'rate_limit': {'requests': -1, 'interval': '10s', 'note': 'Deprecated; ignore.'}}}

    Attributes:
        data (CurrentKeyData): Limits, usage and kind of the calling key. Amounts are in USD.
    """

    data: CurrentKeyData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        data: Any = self.data
        if not (isinstance(data, Unset) or data is None):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CurrentKeyResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "data" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_data = d.pop("data", UNSET)
        data: Any = _raw_data
        if _raw_data is not None and _raw_data is not UNSET:
            data = CurrentKeyData.from_dict(_raw_data)

        current_key_response = cls(
            data=data,
        )

        current_key_response.additional_properties = d
        return current_key_response

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
