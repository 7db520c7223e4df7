from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_key_info import ApiKeyInfo

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ApiKeyInfo
    from ..models.api_key_info import ApiKeyInfo  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="KeyDetailsResponse")


@_attrs_define
class KeyDetailsResponse:
    """One API key.

    Attributes:
        data (ApiKeyInfo): An API key as the management API shows it (never with its secret). Amounts are in USD.
            Example: {'hash': '9c1b3f0d6a2e4b8c7d5f1e3a9b0c2d4e6f8a1b3c5d7e9f0a2b4c6d8e0f1a3b5c', 'name': 'ci-runner',
            'label': 'sk-or-v1-77a...0d2', 'disabled': False, 'limit': 10, 'limit_remaining': 8.62, 'limit_reset': 'weekly',
            'include_byok_in_limit': False, 'usage': 14.9, 'usage_daily': 0, 'usage_weekly': 1.38, 'usage_monthly': 4.11,
            'byok_usage': 0, 'byok_usage_daily': 0, 'byok_usage_weekly': 0, 'byok_usage_monthly': 0, 'created_at':
            '2025-06-02T08:15:44Z', 'updated_at': '2025-08-20T17:02:10Z', 'expires_at': None, 'creator_user_id':
            'user_2kQ8Zr0cV5nX1mB7dL3pT9wY4sA', 'external_user': None, 'workspace_id':
            '7a0e4c52-91d3-4f6b-b8e2-5c1d3a9f0b74'}.
    """

    data: ApiKeyInfo
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
        """True if data is an object with every required key of KeyDetailsResponse and its fixed values."""
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
            data = ApiKeyInfo.from_dict(_raw_data)

        key_details_response = cls(
            data=data,
        )

        key_details_response.additional_properties = d
        return key_details_response

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
