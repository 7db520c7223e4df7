from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.key_rate_limit import KeyRateLimit

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, KeyRateLimit
    from ..models.key_rate_limit import KeyRateLimit  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="CurrentKeyData")


@_attrs_define
class CurrentKeyData:
    """Limits, usage and kind of the calling key. Amounts are in USD.

    Attributes:
        label (str): Shortened, non-secret form of the key.
        limit (float | None): Spending cap; null when uncapped.
        limit_remaining (float | None): What is left of the cap in the current period; null when uncapped.
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
        is_free_tier (bool): Whether the account has never bought credits.
        is_management_key (bool): Whether this is a management key.
        is_provisioning_key (bool): Old name of is_management_key.
        creator_user_id (None | str): User who created the key (the member, for organization keys).
        rate_limit (KeyRateLimit): Leftover from an old rate-limit scheme; carries no information.
        expires_at (datetime.datetime | None | Unset): When the key stops working; null when it never expires.
    """

    label: str
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
    is_free_tier: bool
    is_management_key: bool
    is_provisioning_key: bool
    creator_user_id: None | str
    rate_limit: KeyRateLimit
    expires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
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

        include_byok_in_limit: Any = self.include_byok_in_limit

        usage: Any = self.usage

        usage_daily: Any = self.usage_daily

        usage_weekly: Any = self.usage_weekly

        usage_monthly: Any = self.usage_monthly

        byok_usage: Any = self.byok_usage

        byok_usage_daily: Any = self.byok_usage_daily

        byok_usage_weekly: Any = self.byok_usage_weekly

        byok_usage_monthly: Any = self.byok_usage_monthly

        is_free_tier: Any = self.is_free_tier

        is_management_key: Any = self.is_management_key

        is_provisioning_key: Any = self.is_provisioning_key

        creator_user_id: Any = self.creator_user_id
        if not (isinstance(creator_user_id, Unset) or creator_user_id is None):
            creator_user_id = self.creator_user_id

        rate_limit: Any = self.rate_limit
        if not (isinstance(rate_limit, Unset) or rate_limit is None):
            rate_limit = self.rate_limit.to_dict()

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

        if label is not UNSET:
            field_dict["label"] = label
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
        if is_free_tier is not UNSET:
            field_dict["is_free_tier"] = is_free_tier
        if is_management_key is not UNSET:
            field_dict["is_management_key"] = is_management_key
        if is_provisioning_key is not UNSET:
            field_dict["is_provisioning_key"] = is_provisioning_key
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if rate_limit is not UNSET:
            field_dict["rate_limit"] = rate_limit
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CurrentKeyData and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "label" not in data:
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
        if "is_free_tier" not in data:
            return False
        if "is_management_key" not in data:
            return False
        if "is_provisioning_key" not in data:
            return False
        if "creator_user_id" not in data:
            return False
        if "rate_limit" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        label = d.pop("label", UNSET)

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

        is_free_tier = d.pop("is_free_tier", UNSET)

        is_management_key = d.pop("is_management_key", UNSET)

        is_provisioning_key = d.pop("is_provisioning_key", UNSET)

        creator_user_id = d.pop("creator_user_id", UNSET)

        _raw_rate_limit = d.pop("rate_limit", UNSET)
        rate_limit: Any = _raw_rate_limit
        if _raw_rate_limit is not None and _raw_rate_limit is not UNSET:
            rate_limit = KeyRateLimit.from_dict(_raw_rate_limit)

        _raw_expires_at = d.pop("expires_at", UNSET)
        expires_at: Any = _raw_expires_at
        if _raw_expires_at is not None and _raw_expires_at is not UNSET:
            expires_at = _parse_expires_at(_raw_expires_at)

        current_key_data = cls(
            label=label,
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
            is_free_tier=is_free_tier,
            is_management_key=is_management_key,
            is_provisioning_key=is_provisioning_key,
            creator_user_id=creator_user_id,
            rate_limit=rate_limit,
            expires_at=expires_at,
        )

        current_key_data.additional_properties = d
        return current_key_data

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
