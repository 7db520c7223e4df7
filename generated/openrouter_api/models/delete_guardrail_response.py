from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="DeleteGuardrailResponse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"deleted"})


@_attrs_define(repr=False)
class DeleteGuardrailResponse:
    """
    Example:
        {'deleted': True}

    Attributes:
        deleted (bool): Confirmation that the guardrail was deleted Example: True.
    """

    _deleted: bool = _attrs_field(alias="deleted")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def deleted(self) -> bool:
        value: Any = self._deleted
        if value is UNSET:
            raise MissingFieldError("DeleteGuardrailResponse", "deleted")
        return value

    @deleted.setter
    def deleted(self, value: bool) -> None:
        self._deleted = value

    def __repr__(self) -> str:
        return f"{type(self).__name__}(deleted={self._deleted!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        deleted: Any = self._deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of DeleteGuardrailResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "deleted" not in data:
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
                    f"DeleteGuardrailResponse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        deleted = d.get("deleted", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        delete_guardrail_response = cls(
            deleted,
        )

        if not _DECLARED_KEYS.issuperset(d):
            delete_guardrail_response.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return delete_guardrail_response

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
