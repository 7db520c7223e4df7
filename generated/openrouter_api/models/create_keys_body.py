from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_keys_body_limit_reset_type_1 import CreateKeysBodyLimitResetType1
from ..models.create_keys_body_limit_reset_type_2_type_1 import CreateKeysBodyLimitResetType2Type1
from ..models.create_keys_body_limit_reset_type_3_type_1 import CreateKeysBodyLimitResetType3Type1
from ..types import UNSET, FieldParseError, MissingFieldError, Unset, parse_datetime

T = TypeVar("T", bound="CreateKeysBody")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"name", "creator_user_id", "expires_at", "include_byok_in_limit", "limit", "limit_reset", "workspace_id"}
)


@_attrs_define(repr=False)
class CreateKeysBody:
    """
    Example:
        {'expires_at': '2027-12-31T23:59:59Z', 'include_byok_in_limit': True, 'limit': 50, 'limit_reset': 'monthly',
            'name': 'My New API Key'}

    Attributes:
        name (str): Name for the new API key Example: My New API Key.
        creator_user_id (None | str | Unset): Optional user ID of the key creator. Only meaningful for organization-
            owned keys where a specific member is creating the key. Example: user_2dHFtVWx2n56w6HkM0000000000.
        expires_at (datetime.datetime | None | Unset): Optional ISO 8601 UTC timestamp when the API key should expire.
            Must be UTC, other timezones will be rejected Example: 2027-12-31T23:59:59Z.
        include_byok_in_limit (bool | Unset): Whether to include BYOK usage in the limit Example: True.
        limit (float | None | Unset): Optional spending limit for the API key in USD Example: 50.
        limit_reset (CreateKeysBodyLimitResetType1 | CreateKeysBodyLimitResetType2Type1 |
            CreateKeysBodyLimitResetType3Type1 | None | Unset): Type of limit reset for the API key (daily, weekly, monthly,
            or null for no reset). Resets happen automatically at midnight UTC, and weeks are Monday through Sunday.
            Example: monthly.
        workspace_id (UUID | Unset): The workspace to create the API key in. Defaults to the default workspace if not
            provided. Example: 0df9e665-d932-5740-b2c7-b52af166bc11.
    """

    _name: str = _attrs_field(alias="name")
    creator_user_id: None | str | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    include_byok_in_limit: bool | Unset = UNSET
    limit: float | None | Unset = UNSET
    limit_reset: (
        CreateKeysBodyLimitResetType1
        | CreateKeysBodyLimitResetType2Type1
        | CreateKeysBodyLimitResetType3Type1
        | None
        | Unset
    ) = UNSET
    workspace_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("CreateKeysBody", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"name={self._name!r}, "
            f"creator_user_id={self.creator_user_id!r}, "
            f"expires_at={self.expires_at!r}, "
            f"include_byok_in_limit={self.include_byok_in_limit!r}, "
            f"limit={self.limit!r}, "
            f"limit_reset={self.limit_reset!r}, "
            f"workspace_id={self.workspace_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        name: Any = self._name

        creator_user_id: Any = self.creator_user_id

        expires_at: Any = self.expires_at
        if not (isinstance(expires_at, Unset) or expires_at is None):
            if isinstance(self.expires_at, datetime.datetime):
                expires_at = self.expires_at.isoformat()
            else:
                expires_at = self.expires_at

        include_byok_in_limit: Any = self.include_byok_in_limit

        limit: Any = self.limit

        limit_reset: Any = self.limit_reset
        if not (isinstance(limit_reset, Unset) or limit_reset is None):
            if isinstance(self.limit_reset, CreateKeysBodyLimitResetType1):
                limit_reset = self.limit_reset.value
            elif isinstance(self.limit_reset, CreateKeysBodyLimitResetType2Type1):
                limit_reset = self.limit_reset.value
            elif isinstance(self.limit_reset, CreateKeysBodyLimitResetType3Type1):
                limit_reset = self.limit_reset.value
            else:
                limit_reset = self.limit_reset

        workspace_id: Any = self.workspace_id
        if not (isinstance(workspace_id, Unset) or workspace_id is None):
            workspace_id = str(workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if name is not UNSET:
            field_dict["name"] = name
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if include_byok_in_limit is not UNSET:
            field_dict["include_byok_in_limit"] = include_byok_in_limit
        if limit is not UNSET:
            field_dict["limit"] = limit
        if limit_reset is not UNSET:
            field_dict["limit_reset"] = limit_reset
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateKeysBody and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "name" not in data:
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
                    f"CreateKeysBody is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            name = d.get("name", UNSET)

            creator_user_id = d.get("creator_user_id", UNSET)

            _field = "expires_at"
            _raw_expires_at = d.get("expires_at", UNSET)
            expires_at: Any = _raw_expires_at
            if _raw_expires_at is not None and _raw_expires_at is not UNSET:
                expires_at = _parse_expires_at(_raw_expires_at)

            include_byok_in_limit = d.get("include_byok_in_limit", UNSET)

            limit = d.get("limit", UNSET)

            _field = "limit_reset"
            _raw_limit_reset = d.get("limit_reset", UNSET)
            limit_reset: Any = _raw_limit_reset
            if _raw_limit_reset is not None and _raw_limit_reset is not UNSET:
                limit_reset = _parse_limit_reset(_raw_limit_reset)

            _field = "workspace_id"
            _raw_workspace_id = d.get("workspace_id", UNSET)
            workspace_id: Any = _raw_workspace_id
            if _raw_workspace_id is not None and _raw_workspace_id is not UNSET:
                workspace_id = UUID(_raw_workspace_id)

        except FieldParseError as error:
            raise error.within("CreateKeysBody", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("CreateKeysBody", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        create_keys_body = cls(
            name,
            creator_user_id,
            expires_at,
            include_byok_in_limit,
            limit,
            limit_reset,
            workspace_id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            create_keys_body.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return create_keys_body

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


def _parse_limit_reset(
    data: object,
) -> (
    CreateKeysBodyLimitResetType1
    | CreateKeysBodyLimitResetType2Type1
    | CreateKeysBodyLimitResetType3Type1
    | None
    | Unset
):
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if CreateKeysBodyLimitResetType1.is_known(data):
        try:
            limit_reset_type_1 = CreateKeysBodyLimitResetType1._value2member_map_.get(
                data
            ) or CreateKeysBodyLimitResetType1._parse(data)

            return limit_reset_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CreateKeysBodyLimitResetType2Type1.is_known(data):
        try:
            limit_reset_type_2_type_1 = CreateKeysBodyLimitResetType2Type1._value2member_map_.get(
                data
            ) or CreateKeysBodyLimitResetType2Type1._parse(data)

            return limit_reset_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CreateKeysBodyLimitResetType3Type1.is_known(data):
        try:
            limit_reset_type_3_type_1 = CreateKeysBodyLimitResetType3Type1._value2member_map_.get(
                data
            ) or CreateKeysBodyLimitResetType3Type1._parse(data)

            return limit_reset_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        limit_reset_type_1 = CreateKeysBodyLimitResetType1._value2member_map_.get(
            data
        ) or CreateKeysBodyLimitResetType1._parse(data)

        return limit_reset_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        limit_reset_type_2_type_1 = CreateKeysBodyLimitResetType2Type1._value2member_map_.get(
            data
        ) or CreateKeysBodyLimitResetType2Type1._parse(data)

        return limit_reset_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        limit_reset_type_3_type_1 = CreateKeysBodyLimitResetType3Type1._value2member_map_.get(
            data
        ) or CreateKeysBodyLimitResetType3Type1._parse(data)

        return limit_reset_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "CreateKeysBodyLimitResetType1 | CreateKeysBodyLimitResetType2Type1 | CreateKeysBodyLimitResetType3Type1 | None | Unset",
        data,
    )
