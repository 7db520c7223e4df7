from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, Unset, parse_datetime

T = TypeVar("T", bound="ListResponse200DataItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "byok_usage",
        "byok_usage_daily",
        "byok_usage_monthly",
        "byok_usage_weekly",
        "created_at",
        "creator_user_id",
        "disabled",
        "hash",
        "include_byok_in_limit",
        "label",
        "limit",
        "limit_remaining",
        "limit_reset",
        "name",
        "updated_at",
        "usage",
        "usage_daily",
        "usage_monthly",
        "usage_weekly",
        "workspace_id",
        "expires_at",
    }
)


@_attrs_define(repr=False)
class ListResponse200DataItem:
    """
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

    _byok_usage: float = _attrs_field(alias="byok_usage")
    _byok_usage_daily: float = _attrs_field(alias="byok_usage_daily")
    _byok_usage_monthly: float = _attrs_field(alias="byok_usage_monthly")
    _byok_usage_weekly: float = _attrs_field(alias="byok_usage_weekly")
    _created_at: str = _attrs_field(alias="created_at")
    _creator_user_id: None | str = _attrs_field(alias="creator_user_id")
    _disabled: bool = _attrs_field(alias="disabled")
    _hash_: str = _attrs_field(alias="hash_")
    _include_byok_in_limit: bool = _attrs_field(alias="include_byok_in_limit")
    _label: str = _attrs_field(alias="label")
    _limit: float | None = _attrs_field(alias="limit")
    _limit_remaining: float | None = _attrs_field(alias="limit_remaining")
    _limit_reset: None | str = _attrs_field(alias="limit_reset")
    _name: str = _attrs_field(alias="name")
    _updated_at: None | str = _attrs_field(alias="updated_at")
    _usage: float = _attrs_field(alias="usage")
    _usage_daily: float = _attrs_field(alias="usage_daily")
    _usage_monthly: float = _attrs_field(alias="usage_monthly")
    _usage_weekly: float = _attrs_field(alias="usage_weekly")
    _workspace_id: str = _attrs_field(alias="workspace_id")
    expires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def byok_usage(self) -> float:
        value: Any = self._byok_usage
        if value is UNSET:
            raise MissingFieldError("ListResponse200DataItem", "byok_usage")
        return value

    @byok_usage.setter
    def byok_usage(self, value: float) -> None:
        self._byok_usage = value

    @property
    def byok_usage_daily(self) -> float:
        value: Any = self._byok_usage_daily
        if value is UNSET:
            raise MissingFieldError("ListResponse200DataItem", "byok_usage_daily")
        return value

    @byok_usage_daily.setter
    def byok_usage_daily(self, value: float) -> None:
        self._byok_usage_daily = value

    @property
    def byok_usage_monthly(self) -> float:
        value: Any = self._byok_usage_monthly
        if value is UNSET:
            raise MissingFieldError("ListResponse200DataItem", "byok_usage_monthly")
        return value

    @byok_usage_monthly.setter
    def byok_usage_monthly(self, value: float) -> None:
        self._byok_usage_monthly = value

    @property
    def byok_usage_weekly(self) -> float:
        value: Any = self._byok_usage_weekly
        if value is UNSET:
            raise MissingFieldError("ListResponse200DataItem", "byok_usage_weekly")
        return value

    @byok_usage_weekly.setter
    def byok_usage_weekly(self, value: float) -> None:
        self._byok_usage_weekly = value

    @property
    def created_at(self) -> str:
        value: Any = self._created_at
        if value is UNSET:
            raise MissingFieldError("ListResponse200DataItem", "created_at")
        return value

    @created_at.setter
    def created_at(self, value: str) -> None:
        self._created_at = value

    @property
    def creator_user_id(self) -> None | str:
        value: Any = self._creator_user_id
        if value is UNSET:
            raise MissingFieldError("ListResponse200DataItem", "creator_user_id")
        return value

    @creator_user_id.setter
    def creator_user_id(self, value: None | str) -> None:
        self._creator_user_id = value

    @property
    def disabled(self) -> bool:
        value: Any = self._disabled
        if value is UNSET:
            raise MissingFieldError("ListResponse200DataItem", "disabled")
        return value

    @disabled.setter
    def disabled(self, value: bool) -> None:
        self._disabled = value

    @property
    def hash_(self) -> str:
        value: Any = self._hash_
        if value is UNSET:
            raise MissingFieldError("ListResponse200DataItem", "hash")
        return value

    @hash_.setter
    def hash_(self, value: str) -> None:
        self._hash_ = value

    @property
    def include_byok_in_limit(self) -> bool:
        value: Any = self._include_byok_in_limit
        if value is UNSET:
            raise MissingFieldError("ListResponse200DataItem", "include_byok_in_limit")
        return value

    @include_byok_in_limit.setter
    def include_byok_in_limit(self, value: bool) -> None:
        self._include_byok_in_limit = value

    @property
    def label(self) -> str:
        value: Any = self._label
        if value is UNSET:
            raise MissingFieldError("ListResponse200DataItem", "label")
        return value

    @label.setter
    def label(self, value: str) -> None:
        self._label = value

    @property
    def limit(self) -> float | None:
        value: Any = self._limit
        if value is UNSET:
            raise MissingFieldError("ListResponse200DataItem", "limit")
        return value

    @limit.setter
    def limit(self, value: float | None) -> None:
        self._limit = value

    @property
    def limit_remaining(self) -> float | None:
        value: Any = self._limit_remaining
        if value is UNSET:
            raise MissingFieldError("ListResponse200DataItem", "limit_remaining")
        return value

    @limit_remaining.setter
    def limit_remaining(self, value: float | None) -> None:
        self._limit_remaining = value

    @property
    def limit_reset(self) -> None | str:
        value: Any = self._limit_reset
        if value is UNSET:
            raise MissingFieldError("ListResponse200DataItem", "limit_reset")
        return value

    @limit_reset.setter
    def limit_reset(self, value: None | str) -> None:
        self._limit_reset = value

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("ListResponse200DataItem", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    @property
    def updated_at(self) -> None | str:
        value: Any = self._updated_at
        if value is UNSET:
            raise MissingFieldError("ListResponse200DataItem", "updated_at")
        return value

    @updated_at.setter
    def updated_at(self, value: None | str) -> None:
        self._updated_at = value

    @property
    def usage(self) -> float:
        value: Any = self._usage
        if value is UNSET:
            raise MissingFieldError("ListResponse200DataItem", "usage")
        return value

    @usage.setter
    def usage(self, value: float) -> None:
        self._usage = value

    @property
    def usage_daily(self) -> float:
        value: Any = self._usage_daily
        if value is UNSET:
            raise MissingFieldError("ListResponse200DataItem", "usage_daily")
        return value

    @usage_daily.setter
    def usage_daily(self, value: float) -> None:
        self._usage_daily = value

    @property
    def usage_monthly(self) -> float:
        value: Any = self._usage_monthly
        if value is UNSET:
            raise MissingFieldError("ListResponse200DataItem", "usage_monthly")
        return value

    @usage_monthly.setter
    def usage_monthly(self, value: float) -> None:
        self._usage_monthly = value

    @property
    def usage_weekly(self) -> float:
        value: Any = self._usage_weekly
        if value is UNSET:
            raise MissingFieldError("ListResponse200DataItem", "usage_weekly")
        return value

    @usage_weekly.setter
    def usage_weekly(self, value: float) -> None:
        self._usage_weekly = value

    @property
    def workspace_id(self) -> str:
        value: Any = self._workspace_id
        if value is UNSET:
            raise MissingFieldError("ListResponse200DataItem", "workspace_id")
        return value

    @workspace_id.setter
    def workspace_id(self, value: str) -> None:
        self._workspace_id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"byok_usage={self._byok_usage!r}, "
            f"byok_usage_daily={self._byok_usage_daily!r}, "
            f"byok_usage_monthly={self._byok_usage_monthly!r}, "
            f"byok_usage_weekly={self._byok_usage_weekly!r}, "
            f"created_at={self._created_at!r}, "
            f"creator_user_id={self._creator_user_id!r}, "
            f"disabled={self._disabled!r}, "
            f"hash_={self._hash_!r}, "
            f"include_byok_in_limit={self._include_byok_in_limit!r}, "
            f"label={self._label!r}, "
            f"limit={self._limit!r}, "
            f"limit_remaining={self._limit_remaining!r}, "
            f"limit_reset={self._limit_reset!r}, "
            f"name={self._name!r}, "
            f"updated_at={self._updated_at!r}, "
            f"usage={self._usage!r}, "
            f"usage_daily={self._usage_daily!r}, "
            f"usage_monthly={self._usage_monthly!r}, "
            f"usage_weekly={self._usage_weekly!r}, "
            f"workspace_id={self._workspace_id!r}, "
            f"expires_at={self.expires_at!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        byok_usage: Any = self._byok_usage

        byok_usage_daily: Any = self._byok_usage_daily

        byok_usage_monthly: Any = self._byok_usage_monthly

        byok_usage_weekly: Any = self._byok_usage_weekly

        created_at: Any = self._created_at

        creator_user_id: Any = self._creator_user_id

        disabled: Any = self._disabled

        hash_: Any = self._hash_

        include_byok_in_limit: Any = self._include_byok_in_limit

        label: Any = self._label

        limit: Any = self._limit

        limit_remaining: Any = self._limit_remaining

        limit_reset: Any = self._limit_reset

        name: Any = self._name

        updated_at: Any = self._updated_at

        usage: Any = self._usage

        usage_daily: Any = self._usage_daily

        usage_monthly: Any = self._usage_monthly

        usage_weekly: Any = self._usage_weekly

        workspace_id: Any = self._workspace_id

        expires_at: Any = self.expires_at
        if not (isinstance(expires_at, Unset) or expires_at is None):
            if isinstance(self.expires_at, datetime.datetime):
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
        """True if data is an object with every required key of ListResponse200DataItem and its fixed values."""
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
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"ListResponse200DataItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            byok_usage = d.get("byok_usage", UNSET)

            byok_usage_daily = d.get("byok_usage_daily", UNSET)

            byok_usage_monthly = d.get("byok_usage_monthly", UNSET)

            byok_usage_weekly = d.get("byok_usage_weekly", UNSET)

            created_at = d.get("created_at", UNSET)

            creator_user_id = d.get("creator_user_id", UNSET)

            disabled = d.get("disabled", UNSET)

            hash_ = d.get("hash", UNSET)

            include_byok_in_limit = d.get("include_byok_in_limit", UNSET)

            label = d.get("label", UNSET)

            limit = d.get("limit", UNSET)

            limit_remaining = d.get("limit_remaining", UNSET)

            limit_reset = d.get("limit_reset", UNSET)

            name = d.get("name", UNSET)

            updated_at = d.get("updated_at", UNSET)

            usage = d.get("usage", UNSET)

            usage_daily = d.get("usage_daily", UNSET)

            usage_monthly = d.get("usage_monthly", UNSET)

            usage_weekly = d.get("usage_weekly", UNSET)

            workspace_id = d.get("workspace_id", UNSET)

            _field = "expires_at"
            _raw_expires_at = d.get("expires_at", UNSET)
            expires_at: Any = _raw_expires_at
            if _raw_expires_at is not None and _raw_expires_at is not UNSET:
                expires_at = _parse_expires_at(_raw_expires_at)

        except FieldParseError as error:
            raise error.within("ListResponse200DataItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ListResponse200DataItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        list_response_200_data_item = cls(
            byok_usage,
            byok_usage_daily,
            byok_usage_monthly,
            byok_usage_weekly,
            created_at,
            creator_user_id,
            disabled,
            hash_,
            include_byok_in_limit,
            label,
            limit,
            limit_remaining,
            limit_reset,
            name,
            updated_at,
            usage,
            usage_daily,
            usage_monthly,
            usage_weekly,
            workspace_id,
            expires_at,
        )

        if not _DECLARED_KEYS.issuperset(d):
            list_response_200_data_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return list_response_200_data_item

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
        expires_at_type_0 = parse_datetime(data)

        return expires_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)
