from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiKeyInfo")


@_attrs_define
class ApiKeyInfo:
    """An API key as the management API shows it (never with its secret). Amounts are in USD.

    Example:
        {'hash': '9c1b3f0d6a2e4b8c7d5f1e3a9b0c2d4e6f8a1b3c5d7e9f0a2b4c6d8e0f1a3b5c', 'name': 'ci-runner', 'label': 'sk-
            or-v1-77a...0d2', 'disabled': False, 'limit': 10, 'limit_remaining': 8.62, 'limit_reset': 'weekly',
            'include_byok_in_limit': False, 'usage': 14.9, 'usage_daily': 0, 'usage_weekly': 1.38, 'usage_monthly': 4.11,
            'byok_usage': 0, 'byok_usage_daily': 0, 'byok_usage_weekly': 0, 'byok_usage_monthly': 0, 'created_at':
            '2025-06-02T08:15:44Z', 'updated_at': '2025-08-20T17:02:10Z', 'expires_at': None, 'creator_user_id':
            'user_2kQ8Zr0cV5nX1mB7dL3pT9wY4sA', 'external_user': None, 'workspace_id':
            '7a0e4c52-91d3-4f6b-b8e2-5c1d3a9f0b74'}

    Attributes:
        hash_ (str): Identifier of the key in the management API.
        name (str): Name given at creation.
        label (str): Shortened, non-secret form of the key.
        disabled (bool): Whether the key is switched off.
        limit (float | None): Spending cap; null when uncapped.
        limit_remaining (float | None): What is left of the cap in the current period.
        limit_reset (None | str): Period after which the cap resets (daily, weekly, monthly); null for never.
        include_byok_in_limit (bool): Whether spend on the caller's own provider keys counts against the cap.
        usage (float): Credits spent over the key's life.
        usage_daily (float): Credits spent in the current UTC day.
        usage_weekly (float): Credits spent in the current UTC week (Monday to Sunday).
        usage_monthly (float): Credits spent in the current UTC month.
        byok_usage (float): Spend on the caller's own provider keys over the key's life.
        byok_usage_daily (float): Same, current UTC day.
        byok_usage_weekly (float): Same, current UTC week.
        byok_usage_monthly (float): Same, current UTC month.
        created_at (str): Creation time, ISO 8601.
        updated_at (None | str): Last change, ISO 8601; null if never changed.
        creator_user_id (None | str): User who created the key (the member, for organization keys).
        external_user (None | str): Partner's end-user id, for keys made through a Connect client.
        workspace_id (str): Workspace the key belongs to.
        expires_at (datetime.datetime | None | Unset): When the key stops working; null when it never expires.
    """

    hash_: str
    name: str
    label: str
    disabled: bool
    limit: float | None
    limit_remaining: float | None
    limit_reset: None | str
    include_byok_in_limit: bool
    usage: float
    usage_daily: float
    usage_weekly: float
    usage_monthly: float
    byok_usage: float
    byok_usage_daily: float
    byok_usage_weekly: float
    byok_usage_monthly: float
    created_at: str
    updated_at: None | str
    creator_user_id: None | str
    external_user: None | str
    workspace_id: str
    expires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hash_: Any = self.hash_

        name: Any = self.name

        label: Any = self.label

        disabled: Any = self.disabled

        limit: Any = self.limit
        if not (isinstance(limit, Unset) or limit is None):
            limit = self.limit

        limit_remaining: Any = self.limit_remaining
        if not (isinstance(limit_remaining, Unset) or limit_remaining is None):
            limit_remaining = self.limit_remaining

        limit_reset: Any = self.limit_reset
        if not (isinstance(limit_reset, Unset) or limit_reset is None):
            limit_reset = self.limit_reset

        include_byok_in_limit: Any = self.include_byok_in_limit

        usage: Any = self.usage

        usage_daily: Any = self.usage_daily

        usage_weekly: Any = self.usage_weekly

        usage_monthly: Any = self.usage_monthly

        byok_usage: Any = self.byok_usage

        byok_usage_daily: Any = self.byok_usage_daily

        byok_usage_weekly: Any = self.byok_usage_weekly

        byok_usage_monthly: Any = self.byok_usage_monthly

        created_at: Any = self.created_at

        updated_at: Any = self.updated_at
        if not (isinstance(updated_at, Unset) or updated_at is None):
            updated_at = self.updated_at

        creator_user_id: Any = self.creator_user_id
        if not (isinstance(creator_user_id, Unset) or creator_user_id is None):
            creator_user_id = self.creator_user_id

        external_user: Any = self.external_user
        if not (isinstance(external_user, Unset) or external_user is None):
            external_user = self.external_user

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

        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if name is not UNSET:
            field_dict["name"] = name
        if label is not UNSET:
            field_dict["label"] = label
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if limit is not UNSET:
            field_dict["limit"] = limit
        if limit_remaining is not UNSET:
            field_dict["limit_remaining"] = limit_remaining
        if limit_reset is not UNSET:
            field_dict["limit_reset"] = limit_reset
        if include_byok_in_limit is not UNSET:
            field_dict["include_byok_in_limit"] = include_byok_in_limit
        if usage is not UNSET:
            field_dict["usage"] = usage
        if usage_daily is not UNSET:
            field_dict["usage_daily"] = usage_daily
        if usage_weekly is not UNSET:
            field_dict["usage_weekly"] = usage_weekly
        if usage_monthly is not UNSET:
            field_dict["usage_monthly"] = usage_monthly
        if byok_usage is not UNSET:
            field_dict["byok_usage"] = byok_usage
        if byok_usage_daily is not UNSET:
            field_dict["byok_usage_daily"] = byok_usage_daily
        if byok_usage_weekly is not UNSET:
            field_dict["byok_usage_weekly"] = byok_usage_weekly
        if byok_usage_monthly is not UNSET:
            field_dict["byok_usage_monthly"] = byok_usage_monthly
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if external_user is not UNSET:
            field_dict["external_user"] = external_user
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ApiKeyInfo and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "hash" not in data:
            return False
        if "name" not in data:
            return False
        if "label" not in data:
            return False
        if "disabled" not in data:
            return False
        if "limit" not in data:
            return False
        if "limit_remaining" not in data:
            return False
        if "limit_reset" not in data:
            return False
        if "include_byok_in_limit" not in data:
            return False
        if "usage" not in data:
            return False
        if "usage_daily" not in data:
            return False
        if "usage_weekly" not in data:
            return False
        if "usage_monthly" not in data:
            return False
        if "byok_usage" not in data:
            return False
        if "byok_usage_daily" not in data:
            return False
        if "byok_usage_weekly" not in data:
            return False
        if "byok_usage_monthly" not in data:
            return False
        if "created_at" not in data:
            return False
        if "updated_at" not in data:
            return False
        if "creator_user_id" not in data:
            return False
        if "external_user" not in data:
            return False
        if "workspace_id" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hash_ = d.pop("hash", UNSET)

        name = d.pop("name", UNSET)

        label = d.pop("label", UNSET)

        disabled = d.pop("disabled", UNSET)

        limit = d.pop("limit", UNSET)

        limit_remaining = d.pop("limit_remaining", UNSET)

        limit_reset = d.pop("limit_reset", UNSET)

        include_byok_in_limit = d.pop("include_byok_in_limit", UNSET)

        usage = d.pop("usage", UNSET)

        usage_daily = d.pop("usage_daily", UNSET)

        usage_weekly = d.pop("usage_weekly", UNSET)

        usage_monthly = d.pop("usage_monthly", UNSET)

        byok_usage = d.pop("byok_usage", UNSET)

        byok_usage_daily = d.pop("byok_usage_daily", UNSET)

        byok_usage_weekly = d.pop("byok_usage_weekly", UNSET)

        byok_usage_monthly = d.pop("byok_usage_monthly", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        creator_user_id = d.pop("creator_user_id", UNSET)

        external_user = d.pop("external_user", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        _raw_expires_at = d.pop("expires_at", UNSET)
        expires_at: Any = _raw_expires_at
        if _raw_expires_at is not None and _raw_expires_at is not UNSET:
            expires_at = _parse_expires_at(_raw_expires_at)

        api_key_info = cls(
            hash_=hash_,
            name=name,
            label=label,
            disabled=disabled,
            limit=limit,
            limit_remaining=limit_remaining,
            limit_reset=limit_reset,
            include_byok_in_limit=include_byok_in_limit,
            usage=usage,
            usage_daily=usage_daily,
            usage_weekly=usage_weekly,
            usage_monthly=usage_monthly,
            byok_usage=byok_usage,
            byok_usage_daily=byok_usage_daily,
            byok_usage_weekly=byok_usage_weekly,
            byok_usage_monthly=byok_usage_monthly,
            created_at=created_at,
            updated_at=updated_at,
            creator_user_id=creator_user_id,
            external_user=external_user,
            workspace_id=workspace_id,
            expires_at=expires_at,
        )

        api_key_info.additional_properties = d
        return api_key_info

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
