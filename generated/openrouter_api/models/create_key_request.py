from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_key_request_limit_reset_type_1 import CreateKeyRequestLimitResetType1
from ..models.create_key_request_limit_reset_type_2_type_1 import CreateKeyRequestLimitResetType2Type1
from ..models.create_key_request_limit_reset_type_3_type_1 import CreateKeyRequestLimitResetType3Type1
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateKeyRequest")


@_attrs_define
class CreateKeyRequest:
    """Settings of a new API key.

    Example:
        {'name': 'nightly-evals', 'limit': 25, 'limit_reset': 'monthly', 'include_byok_in_limit': False, 'expires_at':
            '2026-12-31T23:59:59Z'}

    Attributes:
        name (str): Name to show in the dashboard.
        limit (float | None | Unset): Spending cap in USD; omit or null for none.
        limit_reset (CreateKeyRequestLimitResetType1 | CreateKeyRequestLimitResetType2Type1 |
            CreateKeyRequestLimitResetType3Type1 | None | Unset): Reset the cap every UTC day, week (Monday to Sunday) or
            month; null for never.
        include_byok_in_limit (bool | Unset): Count spend on the caller's own provider keys against the cap.
        expires_at (datetime.datetime | None | Unset): Expiry time; must be given in UTC.
        creator_user_id (None | str | Unset): Organization member to record as the creator.
        workspace_id (UUID | Unset): Workspace to create the key in; the default workspace when absent.
        external_user (str | Unset): Partner's end-user id; only with a Connect client secret, where it is required.
        external_api_key (str | Unset): Partner-side key to associate, stored hashed; only with a Connect client secret.
    """

    name: str
    limit: float | None | Unset = UNSET
    limit_reset: (
        CreateKeyRequestLimitResetType1
        | CreateKeyRequestLimitResetType2Type1
        | CreateKeyRequestLimitResetType3Type1
        | None
        | Unset
    ) = UNSET
    include_byok_in_limit: bool | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    creator_user_id: None | str | Unset = UNSET
    workspace_id: UUID | Unset = UNSET
    external_user: str | Unset = UNSET
    external_api_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: Any = self.name

        limit: Any = self.limit
        if not (isinstance(limit, Unset) or limit is None):
            if isinstance(self.limit, Unset):
                limit = UNSET
            else:
                limit = self.limit

        limit_reset: Any = self.limit_reset
        if not (isinstance(limit_reset, Unset) or limit_reset is None):
            if isinstance(self.limit_reset, Unset):
                limit_reset = UNSET
            elif isinstance(self.limit_reset, CreateKeyRequestLimitResetType1):
                limit_reset = self.limit_reset.value
            elif isinstance(self.limit_reset, CreateKeyRequestLimitResetType2Type1):
                limit_reset = self.limit_reset.value
            elif isinstance(self.limit_reset, CreateKeyRequestLimitResetType3Type1):
                limit_reset = self.limit_reset.value
            else:
                limit_reset = self.limit_reset

        include_byok_in_limit: Any = self.include_byok_in_limit

        expires_at: Any = self.expires_at
        if not (isinstance(expires_at, Unset) or expires_at is None):
            if isinstance(self.expires_at, Unset):
                expires_at = UNSET
            elif isinstance(self.expires_at, datetime.datetime):
                expires_at = self.expires_at.isoformat()
            else:
                expires_at = self.expires_at

        creator_user_id: Any = self.creator_user_id
        if not (isinstance(creator_user_id, Unset) or creator_user_id is None):
            if isinstance(self.creator_user_id, Unset):
                creator_user_id = UNSET
            else:
                creator_user_id = self.creator_user_id

        workspace_id: Any = self.workspace_id
        if not (isinstance(workspace_id, Unset) or workspace_id is None):
            workspace_id = UNSET
            if not isinstance(self.workspace_id, Unset):
                workspace_id = str(self.workspace_id)

        external_user: Any = self.external_user

        external_api_key: Any = self.external_api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if name is not UNSET:
            field_dict["name"] = name
        if limit is not UNSET:
            field_dict["limit"] = limit
        if limit_reset is not UNSET:
            field_dict["limit_reset"] = limit_reset
        if include_byok_in_limit is not UNSET:
            field_dict["include_byok_in_limit"] = include_byok_in_limit
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if external_user is not UNSET:
            field_dict["external_user"] = external_user
        if external_api_key is not UNSET:
            field_dict["external_api_key"] = external_api_key

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateKeyRequest and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "name" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        limit = d.pop("limit", UNSET)

        _raw_limit_reset = d.pop("limit_reset", UNSET)
        limit_reset: Any = _raw_limit_reset
        if _raw_limit_reset is not None and _raw_limit_reset is not UNSET:
            limit_reset = _parse_limit_reset(_raw_limit_reset)

        include_byok_in_limit = d.pop("include_byok_in_limit", UNSET)

        _raw_expires_at = d.pop("expires_at", UNSET)
        expires_at: Any = _raw_expires_at
        if _raw_expires_at is not None and _raw_expires_at is not UNSET:
            expires_at = _parse_expires_at(_raw_expires_at)

        creator_user_id = d.pop("creator_user_id", UNSET)

        _raw_workspace_id = d.pop("workspace_id", UNSET)
        workspace_id: Any = _raw_workspace_id
        if _raw_workspace_id is not None and _raw_workspace_id is not UNSET:
            _workspace_id = _raw_workspace_id
            workspace_id: UUID | Unset
            if isinstance(_workspace_id, Unset):
                workspace_id = UNSET
            else:
                workspace_id = UUID(_workspace_id)

        external_user = d.pop("external_user", UNSET)

        external_api_key = d.pop("external_api_key", UNSET)

        create_key_request = cls(
            name=name,
            limit=limit,
            limit_reset=limit_reset,
            include_byok_in_limit=include_byok_in_limit,
            expires_at=expires_at,
            creator_user_id=creator_user_id,
            workspace_id=workspace_id,
            external_user=external_user,
            external_api_key=external_api_key,
        )

        create_key_request.additional_properties = d
        return create_key_request

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


def _parse_limit_reset(
    data: object,
) -> (
    CreateKeyRequestLimitResetType1
    | CreateKeyRequestLimitResetType2Type1
    | CreateKeyRequestLimitResetType3Type1
    | None
    | Unset
):
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if CreateKeyRequestLimitResetType1.is_known(data):
        try:
            limit_reset_type_1 = CreateKeyRequestLimitResetType1._parse(data)

            return limit_reset_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CreateKeyRequestLimitResetType2Type1.is_known(data):
        try:
            limit_reset_type_2_type_1 = CreateKeyRequestLimitResetType2Type1._parse(data)

            return limit_reset_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CreateKeyRequestLimitResetType3Type1.is_known(data):
        try:
            limit_reset_type_3_type_1 = CreateKeyRequestLimitResetType3Type1._parse(data)

            return limit_reset_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        limit_reset_type_1 = CreateKeyRequestLimitResetType1._parse(data)

        return limit_reset_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        limit_reset_type_2_type_1 = CreateKeyRequestLimitResetType2Type1._parse(data)

        return limit_reset_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        limit_reset_type_3_type_1 = CreateKeyRequestLimitResetType3Type1._parse(data)

        return limit_reset_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "CreateKeyRequestLimitResetType1 | CreateKeyRequestLimitResetType2Type1 | CreateKeyRequestLimitResetType3Type1 | None | Unset",
        data,
    )


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
