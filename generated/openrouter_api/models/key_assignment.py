from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="KeyAssignment")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"assigned_by", "created_at", "guardrail_id", "id", "key_hash", "key_label", "key_name"}
)


@_attrs_define(repr=False)
class KeyAssignment:
    """
    Example:
        {'assigned_by': 'user_abc123', 'created_at': '2025-08-24T10:30:00Z', 'guardrail_id':
            '550e8400-e29b-41d4-a716-446655440001', 'id': '550e8400-e29b-41d4-a716-446655440000', 'key_hash':
            'c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93', 'key_label': 'prod-key', 'key_name':
            'Production Key'}

    Attributes:
        assigned_by (None | str): User ID of who made the assignment Example: user_abc123.
        created_at (str): ISO 8601 timestamp of when the assignment was created Example: 2025-08-24T10:30:00Z.
        guardrail_id (UUID): ID of the guardrail Example: 550e8400-e29b-41d4-a716-446655440001.
        id (UUID): Unique identifier for the assignment Example: 550e8400-e29b-41d4-a716-446655440000.
        key_hash (str): Hash of the assigned API key Example:
            c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93.
        key_label (str): Label of the API key Example: prod-key.
        key_name (str): Name of the API key Example: Production Key.
    """

    _assigned_by: None | str = _attrs_field(alias="assigned_by")
    _created_at: str = _attrs_field(alias="created_at")
    _guardrail_id: UUID = _attrs_field(alias="guardrail_id")
    _id: UUID = _attrs_field(alias="id")
    _key_hash: str = _attrs_field(alias="key_hash")
    _key_label: str = _attrs_field(alias="key_label")
    _key_name: str = _attrs_field(alias="key_name")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def assigned_by(self) -> None | str:
        value: Any = self._assigned_by
        if value is UNSET:
            raise MissingFieldError("KeyAssignment", "assigned_by")
        return value

    @assigned_by.setter
    def assigned_by(self, value: None | str) -> None:
        self._assigned_by = value

    @property
    def created_at(self) -> str:
        value: Any = self._created_at
        if value is UNSET:
            raise MissingFieldError("KeyAssignment", "created_at")
        return value

    @created_at.setter
    def created_at(self, value: str) -> None:
        self._created_at = value

    @property
    def guardrail_id(self) -> UUID:
        value: Any = self._guardrail_id
        if value is UNSET:
            raise MissingFieldError("KeyAssignment", "guardrail_id")
        return value

    @guardrail_id.setter
    def guardrail_id(self, value: UUID) -> None:
        self._guardrail_id = value

    @property
    def id(self) -> UUID:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("KeyAssignment", "id")
        return value

    @id.setter
    def id(self, value: UUID) -> None:
        self._id = value

    @property
    def key_hash(self) -> str:
        value: Any = self._key_hash
        if value is UNSET:
            raise MissingFieldError("KeyAssignment", "key_hash")
        return value

    @key_hash.setter
    def key_hash(self, value: str) -> None:
        self._key_hash = value

    @property
    def key_label(self) -> str:
        value: Any = self._key_label
        if value is UNSET:
            raise MissingFieldError("KeyAssignment", "key_label")
        return value

    @key_label.setter
    def key_label(self, value: str) -> None:
        self._key_label = value

    @property
    def key_name(self) -> str:
        value: Any = self._key_name
        if value is UNSET:
            raise MissingFieldError("KeyAssignment", "key_name")
        return value

    @key_name.setter
    def key_name(self, value: str) -> None:
        self._key_name = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"assigned_by={self._assigned_by!r}, "
            f"created_at={self._created_at!r}, "
            f"guardrail_id={self._guardrail_id!r}, "
            f"id={self._id!r}, "
            f"key_hash={self._key_hash!r}, "
            f"key_label={self._key_label!r}, "
            f"key_name={self._key_name!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        assigned_by: Any = self._assigned_by

        created_at: Any = self._created_at

        guardrail_id: Any = self._guardrail_id
        if not (isinstance(guardrail_id, Unset) or guardrail_id is None):
            guardrail_id = str(self._guardrail_id)

        id: Any = self._id
        if not (isinstance(id, Unset) or id is None):
            id = str(self._id)

        key_hash: Any = self._key_hash

        key_label: Any = self._key_label

        key_name: Any = self._key_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if assigned_by is not UNSET:
            field_dict["assigned_by"] = assigned_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if guardrail_id is not UNSET:
            field_dict["guardrail_id"] = guardrail_id
        if id is not UNSET:
            field_dict["id"] = id
        if key_hash is not UNSET:
            field_dict["key_hash"] = key_hash
        if key_label is not UNSET:
            field_dict["key_label"] = key_label
        if key_name is not UNSET:
            field_dict["key_name"] = key_name

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of KeyAssignment and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "assigned_by" not in data:
            return False
        if "created_at" not in data:
            return False
        if "guardrail_id" not in data:
            return False
        if "id" not in data:
            return False
        if "key_hash" not in data:
            return False
        if "key_label" not in data:
            return False
        if "key_name" not in data:
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
                    f"KeyAssignment is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            assigned_by = d.get("assigned_by", UNSET)

            created_at = d.get("created_at", UNSET)

            _field = "guardrail_id"
            _raw_guardrail_id = d.get("guardrail_id", UNSET)
            guardrail_id: Any = _raw_guardrail_id
            if _raw_guardrail_id is not None and _raw_guardrail_id is not UNSET:
                guardrail_id = UUID(_raw_guardrail_id)

            _field = "id"
            _raw_id = d.get("id", UNSET)
            id: Any = _raw_id
            if _raw_id is not None and _raw_id is not UNSET:
                id = UUID(_raw_id)

            key_hash = d.get("key_hash", UNSET)

            key_label = d.get("key_label", UNSET)

            key_name = d.get("key_name", UNSET)

        except FieldParseError as error:
            raise error.within("KeyAssignment", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("KeyAssignment", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        key_assignment = cls(
            assigned_by,
            created_at,
            guardrail_id,
            id,
            key_hash,
            key_label,
            key_name,
        )

        if not _DECLARED_KEYS.issuperset(d):
            key_assignment.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return key_assignment

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
