from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateKeysResponse200Data")


@_attrs_define
class UpdateKeysResponse200Data:
    """The updated API key information

    Example:
        {'byok_usage': 17.38, 'byok_usage_daily': 17.38, 'byok_usage_monthly': 17.38, 'byok_usage_weekly': 17.38,
            'created_at': '2025-08-24T10:30:00Z', 'creator_user_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'disabled': False,
            'expires_at': '2027-12-31T23:59:59Z', 'hash':
            'f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943', 'include_byok_in_limit': False, 'label':
            'sk-or-v1-0e6...1c96', 'limit': 100, 'limit_remaining': 74.5, 'limit_reset': 'monthly', 'name': 'My Production
            Key', 'updated_at': '2025-08-24T15:45:00Z', 'usage': 25.5, 'usage_daily': 25.5, 'usage_monthly': 25.5,
            'usage_weekly': 25.5, 'workspace_id': '0df9e665-d932-5740-b2c7-b52af166bc11'}

    Attributes:
        byok_usage (float): Total external BYOK usage (in USD) for the API key Example: 17.38.
        byok_usage_daily (float): External BYOK usage (in USD) for the current UTC day Example: 17.38.
        byok_usage_monthly (float): External BYOK usage (in USD) for current UTC month Example: 17.38.
        byok_usage_weekly (float): External BYOK usage (in USD) for the current UTC week (Monday-Sunday) Example: 17.38.
        created_at (str): ISO 8601 timestamp of when the API key was created Example: 2025-08-24T10:30:00Z.
        creator_user_id (None | str): The user ID of the key creator. For organization-owned keys, this is the member
            who created the key. For individual users, this is the user's own ID. Example: user_2dHFtVWx2n56w6HkM0000000000.
        disabled (bool): Whether the API key is disabled Example: False.
        hash_ (str): Unique hash identifier for the API key Example:
            f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943.
        include_byok_in_limit (bool): Whether to include external BYOK usage in the credit limit Example: False.
        label (str): Human-readable label for the API key Example: sk-or-v1-0e6...1c96.
        limit (float | None): Spending limit for the API key in USD Example: 100.
        limit_remaining (float | None): Remaining spending limit in USD Example: 74.5.
        limit_reset (None | str): Type of limit reset for the API key Example: monthly.
        name (str): Name of the API key Example: My Production Key.
        updated_at (None | str): ISO 8601 timestamp of when the API key was last updated Example: 2025-08-24T15:45:00Z.
        usage (float): Total OpenRouter credit usage (in USD) for the API key Example: 25.5.
        usage_daily (float): OpenRouter credit usage (in USD) for the current UTC day Example: 25.5.
        usage_monthly (float): OpenRouter credit usage (in USD) for the current UTC month Example: 25.5.
        usage_weekly (float): OpenRouter credit usage (in USD) for the current UTC week (Monday-Sunday) Example: 25.5.
        workspace_id (str): The workspace ID this API key belongs to. Example: 0df9e665-d932-5740-b2c7-b52af166bc11.
        expires_at (datetime.datetime | None | Unset): ISO 8601 UTC timestamp when the API key expires, or null if no
            expiration Example: 2027-12-31T23:59:59Z.
    """

    byok_usage: float
    byok_usage_daily: float
    byok_usage_monthly: float
    byok_usage_weekly: float
    created_at: str
    creator_user_id: None | str
    disabled: bool
    hash_: str
    include_byok_in_limit: bool
    label: str
    limit: float | None
    limit_remaining: float | None
    limit_reset: None | str
    name: str
    updated_at: None | str
    usage: float
    usage_daily: float
    usage_monthly: float
    usage_weekly: float
    workspace_id: str
    expires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        byok_usage: Any = self.byok_usage

        byok_usage_daily: Any = self.byok_usage_daily

        byok_usage_monthly: Any = self.byok_usage_monthly

        byok_usage_weekly: Any = self.byok_usage_weekly

        created_at: Any = self.created_at

        creator_user_id: Any = self.creator_user_id
        if not (isinstance(creator_user_id, Unset) or creator_user_id is None):
            creator_user_id = self.creator_user_id

        disabled: Any = self.disabled

        hash_: Any = self.hash_

        include_byok_in_limit: Any = self.include_byok_in_limit

        label: Any = self.label

        limit: Any = self.limit
        if not (isinstance(limit, Unset) or limit is None):
            limit = self.limit

        limit_remaining: Any = self.limit_remaining
        if not (isinstance(limit_remaining, Unset) or limit_remaining is None):
            limit_remaining = self.limit_remaining

        limit_reset: Any = self.limit_reset
        if not (isinstance(limit_reset, Unset) or limit_reset is None):
            limit_reset = self.limit_reset

        name: Any = self.name

        updated_at: Any = self.updated_at
        if not (isinstance(updated_at, Unset) or updated_at is None):
            updated_at = self.updated_at

        usage: Any = self.usage

        usage_daily: Any = self.usage_daily

        usage_monthly: Any = self.usage_monthly

        usage_weekly: Any = self.usage_weekly

        workspace_id: Any = self.workspace_id

        expires_at: Any = self.expires_at
        if not (isinstance(expires_at, Unset) or expires_at is None):
            if isinstance(self.expires_at, Unset):
                expires_at = UNSET
            elif isinstance(self.expires_at, datetime.datetime):
                expires_at = self.expires_at.isoformat()
            else:
                expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if byok_usage is not UNSET:
            field_dict["byok_usage"] = byok_usage
        if byok_usage_daily is not UNSET:
            field_dict["byok_usage_daily"] = byok_usage_daily
        if byok_usage_monthly is not UNSET:
            field_dict["byok_usage_monthly"] = byok_usage_monthly
        if byok_usage_weekly is not UNSET:
            field_dict["byok_usage_weekly"] = byok_usage_weekly
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if include_byok_in_limit is not UNSET:
            field_dict["include_byok_in_limit"] = include_byok_in_limit
        if label is not UNSET:
            field_dict["label"] = label
        if limit is not UNSET:
            field_dict["limit"] = limit
        if limit_remaining is not UNSET:
            field_dict["limit_remaining"] = limit_remaining
        if limit_reset is not UNSET:
            field_dict["limit_reset"] = limit_reset
        if name is not UNSET:
            field_dict["name"] = name
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if usage is not UNSET:
            field_dict["usage"] = usage
        if usage_daily is not UNSET:
            field_dict["usage_daily"] = usage_daily
        if usage_monthly is not UNSET:
            field_dict["usage_monthly"] = usage_monthly
        if usage_weekly is not UNSET:
            field_dict["usage_weekly"] = usage_weekly
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of UpdateKeysResponse200Data and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "byok_usage" not in data:
            return False
        if "byok_usage_daily" not in data:
            return False
        if "byok_usage_monthly" not in data:
            return False
        if "byok_usage_weekly" not in data:
            return False
        if "created_at" not in data:
            return False
        if "creator_user_id" not in data:
            return False
        if "disabled" not in data:
            return False
        if "hash" not in data:
            return False
        if "include_byok_in_limit" not in data:
            return False
        if "label" not in data:
            return False
        if "limit" not in data:
            return False
        if "limit_remaining" not in data:
            return False
        if "limit_reset" not in data:
            return False
        if "name" not in data:
            return False
        if "updated_at" not in data:
            return False
        if "usage" not in data:
            return False
        if "usage_daily" not in data:
            return False
        if "usage_monthly" not in data:
            return False
        if "usage_weekly" not in data:
            return False
        if "workspace_id" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        byok_usage = d.pop("byok_usage", UNSET)

        byok_usage_daily = d.pop("byok_usage_daily", UNSET)

        byok_usage_monthly = d.pop("byok_usage_monthly", UNSET)

        byok_usage_weekly = d.pop("byok_usage_weekly", UNSET)

        created_at = d.pop("created_at", UNSET)

        creator_user_id = d.pop("creator_user_id", UNSET)

        disabled = d.pop("disabled", UNSET)

        hash_ = d.pop("hash", UNSET)

        include_byok_in_limit = d.pop("include_byok_in_limit", UNSET)

        label = d.pop("label", UNSET)

        limit = d.pop("limit", UNSET)

        limit_remaining = d.pop("limit_remaining", UNSET)

        limit_reset = d.pop("limit_reset", UNSET)

        name = d.pop("name", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        usage = d.pop("usage", UNSET)

        usage_daily = d.pop("usage_daily", UNSET)

        usage_monthly = d.pop("usage_monthly", UNSET)

        usage_weekly = d.pop("usage_weekly", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        _raw_expires_at = d.pop("expires_at", UNSET)
        expires_at: Any = _raw_expires_at
        if _raw_expires_at is not None and _raw_expires_at is not UNSET:
            expires_at = _parse_expires_at(_raw_expires_at)

        update_keys_response_200_data = cls(
            byok_usage=byok_usage,
            byok_usage_daily=byok_usage_daily,
            byok_usage_monthly=byok_usage_monthly,
            byok_usage_weekly=byok_usage_weekly,
            created_at=created_at,
            creator_user_id=creator_user_id,
            disabled=disabled,
            hash_=hash_,
            include_byok_in_limit=include_byok_in_limit,
            label=label,
            limit=limit,
            limit_remaining=limit_remaining,
            limit_reset=limit_reset,
            name=name,
            updated_at=updated_at,
            usage=usage,
            usage_daily=usage_daily,
            usage_monthly=usage_monthly,
            usage_weekly=usage_weekly,
            workspace_id=workspace_id,
            expires_at=expires_at,
        )

        update_keys_response_200_data.additional_properties = d
        return update_keys_response_200_data

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


def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, str):
            raise TypeError()
        expires_at_type_0 = datetime.datetime.fromisoformat(data)

        return expires_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)
