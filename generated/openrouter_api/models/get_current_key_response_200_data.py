from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.get_current_key_response_200_data_rate_limit import GetCurrentKeyResponse200DataRateLimit

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, GetCurrentKeyResponse200DataRateLimit
    if _lazy_imports_resolved:
        return
    from ..models.get_current_key_response_200_data_rate_limit import GetCurrentKeyResponse200DataRateLimit  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="GetCurrentKeyResponse200Data")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "byok_usage",
        "byok_usage_daily",
        "byok_usage_monthly",
        "byok_usage_weekly",
        "creator_user_id",
        "include_byok_in_limit",
        "is_free_tier",
        "is_management_key",
        "is_provisioning_key",
        "label",
        "limit",
        "limit_remaining",
        "limit_reset",
        "rate_limit",
        "usage",
        "usage_daily",
        "usage_monthly",
        "usage_weekly",
        "expires_at",
    }
)


@_attrs_define(repr=False)
class GetCurrentKeyResponse200Data:
    """Current API key information

    Example:
        {'byok_usage': 17.38, 'byok_usage_daily': 17.38, 'byok_usage_monthly': 17.38, 'byok_usage_weekly': 17.38,
            'creator_user_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'expires_at': '2027-12-31T23:59:59Z',
            'include_byok_in_limit': False, 'is_free_tier': False, 'is_management_key': False, 'is_provisioning_key': False,
            'label': 'sk-or-v1-au7...890', 'limit': 100, 'limit_remaining': 74.5, 'limit_reset': 'monthly', 'rate_limit':
            {'interval': '1h', 'note': 'This field is deprecated and safe to ignore.', 'requests': 1000}, 'usage': 25.5,
            'usage_daily': 25.5, 'usage_monthly': 25.5, 'usage_weekly': 25.5}

    Attributes:
        byok_usage (float): Total external BYOK usage (in USD) for the API key Example: 17.38.
        byok_usage_daily (float): External BYOK usage (in USD) for the current UTC day Example: 17.38.
        byok_usage_monthly (float): External BYOK usage (in USD) for current UTC month Example: 17.38.
        byok_usage_weekly (float): External BYOK usage (in USD) for the current UTC week (Monday-Sunday) Example: 17.38.
        creator_user_id (None | str): The user ID of the key creator. For organization-owned keys, this is the member
            who created the key. For individual users, this is the user's own ID. Example: user_2dHFtVWx2n56w6HkM0000000000.
        include_byok_in_limit (bool): Whether to include external BYOK usage in the credit limit Example: False.
        is_free_tier (bool): Whether this is a free tier API key Example: False.
        is_management_key (bool): Whether this is a management key Example: False.
        is_provisioning_key (bool): Whether this is a management key Example: False.
        label (str): Human-readable label for the API key Example: sk-or-v1-0e6...1c96.
        limit (float | None): Spending limit for the API key in USD Example: 100.
        limit_remaining (float | None): Remaining spending limit in USD Example: 74.5.
        limit_reset (None | str): Type of limit reset for the API key Example: monthly.
        rate_limit (GetCurrentKeyResponse200DataRateLimit): Legacy rate limit information about a key. Will always
            return -1. Example: {'interval': '1h', 'note': 'This field is deprecated and safe to ignore.', 'requests':
            1000}.
        usage (float): Total OpenRouter credit usage (in USD) for the API key Example: 25.5.
        usage_daily (float): OpenRouter credit usage (in USD) for the current UTC day Example: 25.5.
        usage_monthly (float): OpenRouter credit usage (in USD) for the current UTC month Example: 25.5.
        usage_weekly (float): OpenRouter credit usage (in USD) for the current UTC week (Monday-Sunday) Example: 25.5.
        expires_at (datetime.datetime | None | Unset): ISO 8601 UTC timestamp when the API key expires, or null if no
            expiration Example: 2027-12-31T23:59:59Z.
    """

    _byok_usage: float = _attrs_field(alias="byok_usage")
    _byok_usage_daily: float = _attrs_field(alias="byok_usage_daily")
    _byok_usage_monthly: float = _attrs_field(alias="byok_usage_monthly")
    _byok_usage_weekly: float = _attrs_field(alias="byok_usage_weekly")
    _creator_user_id: None | str = _attrs_field(alias="creator_user_id")
    _include_byok_in_limit: bool = _attrs_field(alias="include_byok_in_limit")
    _is_free_tier: bool = _attrs_field(alias="is_free_tier")
    _is_management_key: bool = _attrs_field(alias="is_management_key")
    _is_provisioning_key: bool = _attrs_field(alias="is_provisioning_key")
    _label: str = _attrs_field(alias="label")
    _limit: float | None = _attrs_field(alias="limit")
    _limit_remaining: float | None = _attrs_field(alias="limit_remaining")
    _limit_reset: None | str = _attrs_field(alias="limit_reset")
    _rate_limit: GetCurrentKeyResponse200DataRateLimit = _attrs_field(alias="rate_limit")
    _usage: float = _attrs_field(alias="usage")
    _usage_daily: float = _attrs_field(alias="usage_daily")
    _usage_monthly: float = _attrs_field(alias="usage_monthly")
    _usage_weekly: float = _attrs_field(alias="usage_weekly")
    expires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def byok_usage(self) -> float:
        value: Any = self._byok_usage
        if value is UNSET:
            raise MissingFieldError("GetCurrentKeyResponse200Data", "byok_usage")
        return value

    @byok_usage.setter
    def byok_usage(self, value: float) -> None:
        self._byok_usage = value

    @property
    def byok_usage_daily(self) -> float:
        value: Any = self._byok_usage_daily
        if value is UNSET:
            raise MissingFieldError("GetCurrentKeyResponse200Data", "byok_usage_daily")
        return value

    @byok_usage_daily.setter
    def byok_usage_daily(self, value: float) -> None:
        self._byok_usage_daily = value

    @property
    def byok_usage_monthly(self) -> float:
        value: Any = self._byok_usage_monthly
        if value is UNSET:
            raise MissingFieldError("GetCurrentKeyResponse200Data", "byok_usage_monthly")
        return value

    @byok_usage_monthly.setter
    def byok_usage_monthly(self, value: float) -> None:
        self._byok_usage_monthly = value

    @property
    def byok_usage_weekly(self) -> float:
        value: Any = self._byok_usage_weekly
        if value is UNSET:
            raise MissingFieldError("GetCurrentKeyResponse200Data", "byok_usage_weekly")
        return value

    @byok_usage_weekly.setter
    def byok_usage_weekly(self, value: float) -> None:
        self._byok_usage_weekly = value

    @property
    def creator_user_id(self) -> None | str:
        value: Any = self._creator_user_id
        if value is UNSET:
            raise MissingFieldError("GetCurrentKeyResponse200Data", "creator_user_id")
        return value

    @creator_user_id.setter
    def creator_user_id(self, value: None | str) -> None:
        self._creator_user_id = value

    @property
    def include_byok_in_limit(self) -> bool:
        value: Any = self._include_byok_in_limit
        if value is UNSET:
            raise MissingFieldError("GetCurrentKeyResponse200Data", "include_byok_in_limit")
        return value

    @include_byok_in_limit.setter
    def include_byok_in_limit(self, value: bool) -> None:
        self._include_byok_in_limit = value

    @property
    def is_free_tier(self) -> bool:
        value: Any = self._is_free_tier
        if value is UNSET:
            raise MissingFieldError("GetCurrentKeyResponse200Data", "is_free_tier")
        return value

    @is_free_tier.setter
    def is_free_tier(self, value: bool) -> None:
        self._is_free_tier = value

    @property
    def is_management_key(self) -> bool:
        value: Any = self._is_management_key
        if value is UNSET:
            raise MissingFieldError("GetCurrentKeyResponse200Data", "is_management_key")
        return value

    @is_management_key.setter
    def is_management_key(self, value: bool) -> None:
        self._is_management_key = value

    @property
    def is_provisioning_key(self) -> bool:
        value: Any = self._is_provisioning_key
        if value is UNSET:
            raise MissingFieldError("GetCurrentKeyResponse200Data", "is_provisioning_key")
        return value

    @is_provisioning_key.setter
    def is_provisioning_key(self, value: bool) -> None:
        self._is_provisioning_key = value

    @property
    def label(self) -> str:
        value: Any = self._label
        if value is UNSET:
            raise MissingFieldError("GetCurrentKeyResponse200Data", "label")
        return value

    @label.setter
    def label(self, value: str) -> None:
        self._label = value

    @property
    def limit(self) -> float | None:
        value: Any = self._limit
        if value is UNSET:
            raise MissingFieldError("GetCurrentKeyResponse200Data", "limit")
        return value

    @limit.setter
    def limit(self, value: float | None) -> None:
        self._limit = value

    @property
    def limit_remaining(self) -> float | None:
        value: Any = self._limit_remaining
        if value is UNSET:
            raise MissingFieldError("GetCurrentKeyResponse200Data", "limit_remaining")
        return value

    @limit_remaining.setter
    def limit_remaining(self, value: float | None) -> None:
        self._limit_remaining = value

    @property
    def limit_reset(self) -> None | str:
        value: Any = self._limit_reset
        if value is UNSET:
            raise MissingFieldError("GetCurrentKeyResponse200Data", "limit_reset")
        return value

    @limit_reset.setter
    def limit_reset(self, value: None | str) -> None:
        self._limit_reset = value

    @property
    def rate_limit(self) -> GetCurrentKeyResponse200DataRateLimit:
        value: Any = self._rate_limit
        if value is UNSET:
            raise MissingFieldError("GetCurrentKeyResponse200Data", "rate_limit")
        return value

    @rate_limit.setter
    def rate_limit(self, value: GetCurrentKeyResponse200DataRateLimit) -> None:
        self._rate_limit = value

    @property
    def usage(self) -> float:
        value: Any = self._usage
        if value is UNSET:
            raise MissingFieldError("GetCurrentKeyResponse200Data", "usage")
        return value

    @usage.setter
    def usage(self, value: float) -> None:
        self._usage = value

    @property
    def usage_daily(self) -> float:
        value: Any = self._usage_daily
        if value is UNSET:
            raise MissingFieldError("GetCurrentKeyResponse200Data", "usage_daily")
        return value

    @usage_daily.setter
    def usage_daily(self, value: float) -> None:
        self._usage_daily = value

    @property
    def usage_monthly(self) -> float:
        value: Any = self._usage_monthly
        if value is UNSET:
            raise MissingFieldError("GetCurrentKeyResponse200Data", "usage_monthly")
        return value

    @usage_monthly.setter
    def usage_monthly(self, value: float) -> None:
        self._usage_monthly = value

    @property
    def usage_weekly(self) -> float:
        value: Any = self._usage_weekly
        if value is UNSET:
            raise MissingFieldError("GetCurrentKeyResponse200Data", "usage_weekly")
        return value

    @usage_weekly.setter
    def usage_weekly(self, value: float) -> None:
        self._usage_weekly = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"byok_usage={self._byok_usage!r}, "
            f"byok_usage_daily={self._byok_usage_daily!r}, "
            f"byok_usage_monthly={self._byok_usage_monthly!r}, "
            f"byok_usage_weekly={self._byok_usage_weekly!r}, "
            f"creator_user_id={self._creator_user_id!r}, "
            f"include_byok_in_limit={self._include_byok_in_limit!r}, "
            f"is_free_tier={self._is_free_tier!r}, "
            f"is_management_key={self._is_management_key!r}, "
            f"is_provisioning_key={self._is_provisioning_key!r}, "
            f"label={self._label!r}, "
            f"limit={self._limit!r}, "
            f"limit_remaining={self._limit_remaining!r}, "
            f"limit_reset={self._limit_reset!r}, "
            f"rate_limit={self._rate_limit!r}, "
            f"usage={self._usage!r}, "
            f"usage_daily={self._usage_daily!r}, "
            f"usage_monthly={self._usage_monthly!r}, "
            f"usage_weekly={self._usage_weekly!r}, "
            f"expires_at={self.expires_at!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        byok_usage: Any = self._byok_usage

        byok_usage_daily: Any = self._byok_usage_daily

        byok_usage_monthly: Any = self._byok_usage_monthly

        byok_usage_weekly: Any = self._byok_usage_weekly

        creator_user_id: Any = self._creator_user_id

        include_byok_in_limit: Any = self._include_byok_in_limit

        is_free_tier: Any = self._is_free_tier

        is_management_key: Any = self._is_management_key

        is_provisioning_key: Any = self._is_provisioning_key

        label: Any = self._label

        limit: Any = self._limit

        limit_remaining: Any = self._limit_remaining

        limit_reset: Any = self._limit_reset

        rate_limit: Any = self._rate_limit
        if not (isinstance(rate_limit, Unset) or rate_limit is None):
            rate_limit = self._rate_limit.to_dict()

        usage: Any = self._usage

        usage_daily: Any = self._usage_daily

        usage_monthly: Any = self._usage_monthly

        usage_weekly: Any = self._usage_weekly

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
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if include_byok_in_limit is not UNSET:
            field_dict["include_byok_in_limit"] = include_byok_in_limit
        if is_free_tier is not UNSET:
            field_dict["is_free_tier"] = is_free_tier
        if is_management_key is not UNSET:
            field_dict["is_management_key"] = is_management_key
        if is_provisioning_key is not UNSET:
            field_dict["is_provisioning_key"] = is_provisioning_key
        if label is not UNSET:
            field_dict["label"] = label
        if limit is not UNSET:
            field_dict["limit"] = limit
        if limit_remaining is not UNSET:
            field_dict["limit_remaining"] = limit_remaining
        if limit_reset is not UNSET:
            field_dict["limit_reset"] = limit_reset
        if rate_limit is not UNSET:
            field_dict["rate_limit"] = rate_limit
        if usage is not UNSET:
            field_dict["usage"] = usage
        if usage_daily is not UNSET:
            field_dict["usage_daily"] = usage_daily
        if usage_monthly is not UNSET:
            field_dict["usage_monthly"] = usage_monthly
        if usage_weekly is not UNSET:
            field_dict["usage_weekly"] = usage_weekly
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of GetCurrentKeyResponse200Data and its fixed values."""
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
        if "creator_user_id" not in data:
            return False
        if "include_byok_in_limit" not in data:
            return False
        if "is_free_tier" not in data:
            return False
        if "is_management_key" not in data:
            return False
        if "is_provisioning_key" not in data:
            return False
        if "label" not in data:
            return False
        if "limit" not in data:
            return False
        if "limit_remaining" not in data:
            return False
        if "limit_reset" not in data:
            return False
        if "rate_limit" not in data:
            return False
        if "usage" not in data:
            return False
        if "usage_daily" not in data:
            return False
        if "usage_monthly" not in data:
            return False
        if "usage_weekly" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"GetCurrentKeyResponse200Data is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            byok_usage = d.get("byok_usage", UNSET)

            byok_usage_daily = d.get("byok_usage_daily", UNSET)

            byok_usage_monthly = d.get("byok_usage_monthly", UNSET)

            byok_usage_weekly = d.get("byok_usage_weekly", UNSET)

            creator_user_id = d.get("creator_user_id", UNSET)

            include_byok_in_limit = d.get("include_byok_in_limit", UNSET)

            is_free_tier = d.get("is_free_tier", UNSET)

            is_management_key = d.get("is_management_key", UNSET)

            is_provisioning_key = d.get("is_provisioning_key", UNSET)

            label = d.get("label", UNSET)

            limit = d.get("limit", UNSET)

            limit_remaining = d.get("limit_remaining", UNSET)

            limit_reset = d.get("limit_reset", UNSET)

            _field = "rate_limit"
            _raw_rate_limit = d.get("rate_limit", UNSET)
            rate_limit: Any = _raw_rate_limit
            if _raw_rate_limit is not None and _raw_rate_limit is not UNSET:
                rate_limit = GetCurrentKeyResponse200DataRateLimit.from_dict(_raw_rate_limit)

            usage = d.get("usage", UNSET)

            usage_daily = d.get("usage_daily", UNSET)

            usage_monthly = d.get("usage_monthly", UNSET)

            usage_weekly = d.get("usage_weekly", UNSET)

            _field = "expires_at"
            _raw_expires_at = d.get("expires_at", UNSET)
            expires_at: Any = _raw_expires_at
            if _raw_expires_at is not None and _raw_expires_at is not UNSET:
                expires_at = _parse_expires_at(_raw_expires_at)

        except FieldParseError as error:
            raise error.within("GetCurrentKeyResponse200Data", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("GetCurrentKeyResponse200Data", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        get_current_key_response_200_data = cls(
            byok_usage,
            byok_usage_daily,
            byok_usage_monthly,
            byok_usage_weekly,
            creator_user_id,
            include_byok_in_limit,
            is_free_tier,
            is_management_key,
            is_provisioning_key,
            label,
            limit,
            limit_remaining,
            limit_reset,
            rate_limit,
            usage,
            usage_daily,
            usage_monthly,
            usage_weekly,
            expires_at,
        )

        if not _DECLARED_KEYS.issuperset(d):
            get_current_key_response_200_data.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return get_current_key_response_200_data

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


GetCurrentKeyResponse200Data.__annotations__ = ResolvingAnnotations(
    GetCurrentKeyResponse200Data.__annotations__, _resolve_lazy_imports
)


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
