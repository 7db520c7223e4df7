from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_budget_reset_interval_type_1 import WorkspaceBudgetResetIntervalType1
from ..models.workspace_budget_reset_interval_type_2_type_1 import WorkspaceBudgetResetIntervalType2Type1
from ..models.workspace_budget_reset_interval_type_3_type_1 import WorkspaceBudgetResetIntervalType3Type1
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="WorkspaceBudget")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"created_at", "id", "limit_usd", "reset_interval", "updated_at", "workspace_id"}
)


@_attrs_define(repr=False)
class WorkspaceBudget:
    """
    Example:
        {'created_at': '2025-08-24T10:30:00Z', 'id': '770e8400-e29b-41d4-a716-446655440000', 'limit_usd': 100,
            'reset_interval': 'monthly', 'updated_at': '2025-08-24T15:45:00Z', 'workspace_id':
            '550e8400-e29b-41d4-a716-446655440000'}

    Attributes:
        created_at (str): ISO 8601 timestamp of when the budget was created Example: 2025-08-24T10:30:00Z.
        id (UUID): Unique identifier for the budget Example: 770e8400-e29b-41d4-a716-446655440000.
        limit_usd (float): Spending limit in USD for this interval Example: 100.
        reset_interval (None | WorkspaceBudgetResetIntervalType1 | WorkspaceBudgetResetIntervalType2Type1 |
            WorkspaceBudgetResetIntervalType3Type1): Interval at which spend resets. Null means a lifetime (one-time)
            budget. Example: monthly.
        updated_at (str): ISO 8601 timestamp of when the budget was last updated Example: 2025-08-24T15:45:00Z.
        workspace_id (UUID): ID of the workspace the budget belongs to Example: 550e8400-e29b-41d4-a716-446655440000.
    """

    _created_at: str = _attrs_field(alias="created_at")
    _id: UUID = _attrs_field(alias="id")
    _limit_usd: float = _attrs_field(alias="limit_usd")
    _reset_interval: (
        None
        | WorkspaceBudgetResetIntervalType1
        | WorkspaceBudgetResetIntervalType2Type1
        | WorkspaceBudgetResetIntervalType3Type1
    ) = _attrs_field(alias="reset_interval")
    _updated_at: str = _attrs_field(alias="updated_at")
    _workspace_id: UUID = _attrs_field(alias="workspace_id")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def created_at(self) -> str:
        value: Any = self._created_at
        if value is UNSET:
            raise MissingFieldError("WorkspaceBudget", "created_at")
        return value

    @created_at.setter
    def created_at(self, value: str) -> None:
        self._created_at = value

    @property
    def id(self) -> UUID:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("WorkspaceBudget", "id")
        return value

    @id.setter
    def id(self, value: UUID) -> None:
        self._id = value

    @property
    def limit_usd(self) -> float:
        value: Any = self._limit_usd
        if value is UNSET:
            raise MissingFieldError("WorkspaceBudget", "limit_usd")
        return value

    @limit_usd.setter
    def limit_usd(self, value: float) -> None:
        self._limit_usd = value

    @property
    def reset_interval(
        self,
    ) -> (
        None
        | WorkspaceBudgetResetIntervalType1
        | WorkspaceBudgetResetIntervalType2Type1
        | WorkspaceBudgetResetIntervalType3Type1
    ):
        value: Any = self._reset_interval
        if value is UNSET:
            raise MissingFieldError("WorkspaceBudget", "reset_interval")
        return value

    @reset_interval.setter
    def reset_interval(
        self,
        value: None
        | WorkspaceBudgetResetIntervalType1
        | WorkspaceBudgetResetIntervalType2Type1
        | WorkspaceBudgetResetIntervalType3Type1,
    ) -> None:
        self._reset_interval = value

    @property
    def updated_at(self) -> str:
        value: Any = self._updated_at
        if value is UNSET:
            raise MissingFieldError("WorkspaceBudget", "updated_at")
        return value

    @updated_at.setter
    def updated_at(self, value: str) -> None:
        self._updated_at = value

    @property
    def workspace_id(self) -> UUID:
        value: Any = self._workspace_id
        if value is UNSET:
            raise MissingFieldError("WorkspaceBudget", "workspace_id")
        return value

    @workspace_id.setter
    def workspace_id(self, value: UUID) -> None:
        self._workspace_id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"created_at={self._created_at!r}, "
            f"id={self._id!r}, "
            f"limit_usd={self._limit_usd!r}, "
            f"reset_interval={self._reset_interval!r}, "
            f"updated_at={self._updated_at!r}, "
            f"workspace_id={self._workspace_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        created_at: Any = self._created_at

        id: Any = self._id
        if not (isinstance(id, Unset) or id is None):
            id = str(self._id)

        limit_usd: Any = self._limit_usd

        reset_interval: Any = self._reset_interval
        if not (isinstance(reset_interval, Unset) or reset_interval is None):
            if isinstance(self._reset_interval, WorkspaceBudgetResetIntervalType1):
                reset_interval = self._reset_interval.value
            elif isinstance(self._reset_interval, WorkspaceBudgetResetIntervalType2Type1):
                reset_interval = self._reset_interval.value
            elif isinstance(self._reset_interval, WorkspaceBudgetResetIntervalType3Type1):
                reset_interval = self._reset_interval.value
            else:
                reset_interval = self._reset_interval

        updated_at: Any = self._updated_at

        workspace_id: Any = self._workspace_id
        if not (isinstance(workspace_id, Unset) or workspace_id is None):
            workspace_id = str(self._workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if limit_usd is not UNSET:
            field_dict["limit_usd"] = limit_usd
        if reset_interval is not UNSET:
            field_dict["reset_interval"] = reset_interval
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of WorkspaceBudget and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "created_at" not in data:
            return False
        if "id" not in data:
            return False
        if "limit_usd" not in data:
            return False
        if "reset_interval" not in data:
            return False
        if "updated_at" not in data:
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
                    f"WorkspaceBudget is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            created_at = d.get("created_at", UNSET)

            _field = "id"
            _raw_id = d.get("id", UNSET)
            id: Any = _raw_id
            if _raw_id is not None and _raw_id is not UNSET:
                id = UUID(_raw_id)

            limit_usd = d.get("limit_usd", UNSET)

            _field = "reset_interval"
            _raw_reset_interval = d.get("reset_interval", UNSET)
            reset_interval: Any = _raw_reset_interval
            if _raw_reset_interval is not None and _raw_reset_interval is not UNSET:
                reset_interval = _parse_reset_interval(_raw_reset_interval)

            updated_at = d.get("updated_at", UNSET)

            _field = "workspace_id"
            _raw_workspace_id = d.get("workspace_id", UNSET)
            workspace_id: Any = _raw_workspace_id
            if _raw_workspace_id is not None and _raw_workspace_id is not UNSET:
                workspace_id = UUID(_raw_workspace_id)

        except FieldParseError as error:
            raise error.within("WorkspaceBudget", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("WorkspaceBudget", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        workspace_budget = cls(
            created_at,
            id,
            limit_usd,
            reset_interval,
            updated_at,
            workspace_id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            workspace_budget.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return workspace_budget

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


def _parse_reset_interval(
    data: object,
) -> (
    None
    | WorkspaceBudgetResetIntervalType1
    | WorkspaceBudgetResetIntervalType2Type1
    | WorkspaceBudgetResetIntervalType3Type1
):
    if data is None:
        return data
    if WorkspaceBudgetResetIntervalType1.is_known(data):
        try:
            reset_interval_type_1 = WorkspaceBudgetResetIntervalType1._value2member_map_.get(
                data
            ) or WorkspaceBudgetResetIntervalType1._parse(data)

            return reset_interval_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if WorkspaceBudgetResetIntervalType2Type1.is_known(data):
        try:
            reset_interval_type_2_type_1 = WorkspaceBudgetResetIntervalType2Type1._value2member_map_.get(
                data
            ) or WorkspaceBudgetResetIntervalType2Type1._parse(data)

            return reset_interval_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if WorkspaceBudgetResetIntervalType3Type1.is_known(data):
        try:
            reset_interval_type_3_type_1 = WorkspaceBudgetResetIntervalType3Type1._value2member_map_.get(
                data
            ) or WorkspaceBudgetResetIntervalType3Type1._parse(data)

            return reset_interval_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        reset_interval_type_1 = WorkspaceBudgetResetIntervalType1._value2member_map_.get(
            data
        ) or WorkspaceBudgetResetIntervalType1._parse(data)

        return reset_interval_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        reset_interval_type_2_type_1 = WorkspaceBudgetResetIntervalType2Type1._value2member_map_.get(
            data
        ) or WorkspaceBudgetResetIntervalType2Type1._parse(data)

        return reset_interval_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        reset_interval_type_3_type_1 = WorkspaceBudgetResetIntervalType3Type1._value2member_map_.get(
            data
        ) or WorkspaceBudgetResetIntervalType3Type1._parse(data)

        return reset_interval_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "None | WorkspaceBudgetResetIntervalType1 | WorkspaceBudgetResetIntervalType2Type1 | WorkspaceBudgetResetIntervalType3Type1",
        data,
    )
