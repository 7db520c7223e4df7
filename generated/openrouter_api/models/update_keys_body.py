from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_keys_body_limit_reset_type_1 import UpdateKeysBodyLimitResetType1
from ..models.update_keys_body_limit_reset_type_2_type_1 import UpdateKeysBodyLimitResetType2Type1
from ..models.update_keys_body_limit_reset_type_3_type_1 import UpdateKeysBodyLimitResetType3Type1
from ..types import UNSET, FieldParseError, Unset

T = TypeVar("T", bound="UpdateKeysBody")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"disabled", "include_byok_in_limit", "limit", "limit_reset", "name"})


@_attrs_define(repr=False)
class UpdateKeysBody:
    """
    Example:
        {'disabled': False, 'include_byok_in_limit': True, 'limit': 75, 'limit_reset': 'daily', 'name': 'Updated API Key
            Name'}

    Attributes:
        disabled (bool | Unset): Whether to disable the API key Example: False.
        include_byok_in_limit (bool | Unset): Whether to include BYOK usage in the limit Example: True.
        limit (float | None | Unset): New spending limit for the API key in USD Example: 75.
        limit_reset (None | Unset | UpdateKeysBodyLimitResetType1 | UpdateKeysBodyLimitResetType2Type1 |
            UpdateKeysBodyLimitResetType3Type1): New limit reset type for the API key (daily, weekly, monthly, or null for
            no reset). Resets happen automatically at midnight UTC, and weeks are Monday through Sunday. Example: daily.
        name (str | Unset): New name for the API key Example: Updated API Key Name.
    """

    disabled: bool | Unset = UNSET
    include_byok_in_limit: bool | Unset = UNSET
    limit: float | None | Unset = UNSET
    limit_reset: (
        None
        | Unset
        | UpdateKeysBodyLimitResetType1
        | UpdateKeysBodyLimitResetType2Type1
        | UpdateKeysBodyLimitResetType3Type1
    ) = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"disabled={self.disabled!r}, "
            f"include_byok_in_limit={self.include_byok_in_limit!r}, "
            f"limit={self.limit!r}, "
            f"limit_reset={self.limit_reset!r}, "
            f"name={self.name!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        disabled: Any = self.disabled

        include_byok_in_limit: Any = self.include_byok_in_limit

        limit: Any = self.limit

        limit_reset: Any = self.limit_reset
        if not (isinstance(limit_reset, Unset) or limit_reset is None):
            if isinstance(self.limit_reset, UpdateKeysBodyLimitResetType1):
                limit_reset = self.limit_reset.value
            elif isinstance(self.limit_reset, UpdateKeysBodyLimitResetType2Type1):
                limit_reset = self.limit_reset.value
            elif isinstance(self.limit_reset, UpdateKeysBodyLimitResetType3Type1):
                limit_reset = self.limit_reset.value
            else:
                limit_reset = self.limit_reset

        name: Any = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if include_byok_in_limit is not UNSET:
            field_dict["include_byok_in_limit"] = include_byok_in_limit
        if limit is not UNSET:
            field_dict["limit"] = limit
        if limit_reset is not UNSET:
            field_dict["limit_reset"] = limit_reset
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of UpdateKeysBody and its fixed values."""
        if not isinstance(data, Mapping):
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
                    f"UpdateKeysBody is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            disabled = d.get("disabled", UNSET)

            include_byok_in_limit = d.get("include_byok_in_limit", UNSET)

            limit = d.get("limit", UNSET)

            _field = "limit_reset"
            _raw_limit_reset = d.get("limit_reset", UNSET)
            limit_reset: Any = _raw_limit_reset
            if _raw_limit_reset is not None and _raw_limit_reset is not UNSET:
                limit_reset = _parse_limit_reset(_raw_limit_reset)

            name = d.get("name", UNSET)

        except FieldParseError as error:
            raise error.within("UpdateKeysBody", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("UpdateKeysBody", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        update_keys_body = cls(
            disabled,
            include_byok_in_limit,
            limit,
            limit_reset,
            name,
        )

        if not _DECLARED_KEYS.issuperset(d):
            update_keys_body.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return update_keys_body

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
    | UpdateKeysBodyLimitResetType1
    | UpdateKeysBodyLimitResetType2Type1
    | UpdateKeysBodyLimitResetType3Type1
):
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if UpdateKeysBodyLimitResetType1.is_known(data):
        try:
            limit_reset_type_1 = UpdateKeysBodyLimitResetType1._value2member_map_.get(
                data
            ) or UpdateKeysBodyLimitResetType1._parse(data)

            return limit_reset_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if UpdateKeysBodyLimitResetType2Type1.is_known(data):
        try:
            limit_reset_type_2_type_1 = UpdateKeysBodyLimitResetType2Type1._value2member_map_.get(
                data
            ) or UpdateKeysBodyLimitResetType2Type1._parse(data)

            return limit_reset_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if UpdateKeysBodyLimitResetType3Type1.is_known(data):
        try:
            limit_reset_type_3_type_1 = UpdateKeysBodyLimitResetType3Type1._value2member_map_.get(
                data
            ) or UpdateKeysBodyLimitResetType3Type1._parse(data)

            return limit_reset_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        limit_reset_type_1 = UpdateKeysBodyLimitResetType1._value2member_map_.get(
            data
        ) or UpdateKeysBodyLimitResetType1._parse(data)

        return limit_reset_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        limit_reset_type_2_type_1 = UpdateKeysBodyLimitResetType2Type1._value2member_map_.get(
            data
        ) or UpdateKeysBodyLimitResetType2Type1._parse(data)

        return limit_reset_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        limit_reset_type_3_type_1 = UpdateKeysBodyLimitResetType3Type1._value2member_map_.get(
            data
        ) or UpdateKeysBodyLimitResetType3Type1._parse(data)

        return limit_reset_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "None | Unset | UpdateKeysBodyLimitResetType1 | UpdateKeysBodyLimitResetType2Type1 | UpdateKeysBodyLimitResetType3Type1",
        data,
    )
