from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_key_request_limit_reset_type_1 import UpdateKeyRequestLimitResetType1
from ..models.update_key_request_limit_reset_type_2_type_1 import UpdateKeyRequestLimitResetType2Type1
from ..models.update_key_request_limit_reset_type_3_type_1 import UpdateKeyRequestLimitResetType3Type1
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateKeyRequest")


@_attrs_define
class UpdateKeyRequest:
    """Changes to an API key; absent fields stay as they are.

    Attributes:
        name (str | Unset): New name.
        disabled (bool | Unset): Switch the key off (true) or on (false).
        limit (float | None | Unset): New spending cap in USD; null removes it.
        limit_reset (None | Unset | UpdateKeyRequestLimitResetType1 | UpdateKeyRequestLimitResetType2Type1 |
            UpdateKeyRequestLimitResetType3Type1): New reset period; null for never.
        include_byok_in_limit (bool | Unset): Count spend on the caller's own provider keys against the cap.
    """

    name: str | Unset = UNSET
    disabled: bool | Unset = UNSET
    limit: float | None | Unset = UNSET
    limit_reset: (
        None
        | Unset
        | UpdateKeyRequestLimitResetType1
        | UpdateKeyRequestLimitResetType2Type1
        | UpdateKeyRequestLimitResetType3Type1
    ) = UNSET
    include_byok_in_limit: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: Any = self.name

        disabled: Any = self.disabled

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
            elif isinstance(self.limit_reset, UpdateKeyRequestLimitResetType1):
                limit_reset = self.limit_reset.value
            elif isinstance(self.limit_reset, UpdateKeyRequestLimitResetType2Type1):
                limit_reset = self.limit_reset.value
            elif isinstance(self.limit_reset, UpdateKeyRequestLimitResetType3Type1):
                limit_reset = self.limit_reset.value
            else:
                limit_reset = self.limit_reset

        include_byok_in_limit: Any = self.include_byok_in_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if name is not UNSET:
            field_dict["name"] = name
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if limit is not UNSET:
            field_dict["limit"] = limit
        if limit_reset is not UNSET:
            field_dict["limit_reset"] = limit_reset
        if include_byok_in_limit is not UNSET:
            field_dict["include_byok_in_limit"] = include_byok_in_limit

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of UpdateKeyRequest and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        disabled = d.pop("disabled", UNSET)

        limit = d.pop("limit", UNSET)

        _raw_limit_reset = d.pop("limit_reset", UNSET)
        limit_reset: Any = _raw_limit_reset
        if _raw_limit_reset is not None and _raw_limit_reset is not UNSET:
            limit_reset = _parse_limit_reset(_raw_limit_reset)

        include_byok_in_limit = d.pop("include_byok_in_limit", UNSET)

        update_key_request = cls(
            name=name,
            disabled=disabled,
            limit=limit,
            limit_reset=limit_reset,
            include_byok_in_limit=include_byok_in_limit,
        )

        update_key_request.additional_properties = d
        return update_key_request

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
    None
    | Unset
    | UpdateKeyRequestLimitResetType1
    | UpdateKeyRequestLimitResetType2Type1
    | UpdateKeyRequestLimitResetType3Type1
):
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if UpdateKeyRequestLimitResetType1.is_known(data):
        try:
            limit_reset_type_1 = UpdateKeyRequestLimitResetType1._parse(data)

            return limit_reset_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if UpdateKeyRequestLimitResetType2Type1.is_known(data):
        try:
            limit_reset_type_2_type_1 = UpdateKeyRequestLimitResetType2Type1._parse(data)

            return limit_reset_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if UpdateKeyRequestLimitResetType3Type1.is_known(data):
        try:
            limit_reset_type_3_type_1 = UpdateKeyRequestLimitResetType3Type1._parse(data)

            return limit_reset_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        limit_reset_type_1 = UpdateKeyRequestLimitResetType1._parse(data)

        return limit_reset_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        limit_reset_type_2_type_1 = UpdateKeyRequestLimitResetType2Type1._parse(data)

        return limit_reset_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        limit_reset_type_3_type_1 = UpdateKeyRequestLimitResetType3Type1._parse(data)

        return limit_reset_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "None | Unset | UpdateKeyRequestLimitResetType1 | UpdateKeyRequestLimitResetType2Type1 | UpdateKeyRequestLimitResetType3Type1",
        data,
    )
