from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_output_config_task_budget_type_0_type import MessagesOutputConfigTaskBudgetType0Type
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="MessagesOutputConfigTaskBudgetType0")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"total", "type", "remaining"})


@_attrs_define(repr=False)
class MessagesOutputConfigTaskBudgetType0:
    """
    Attributes:
        total (int):
        type_ (MessagesOutputConfigTaskBudgetType0Type):
        remaining (int | None | Unset):
    """

    _total: int = _attrs_field(alias="total")
    _type_: MessagesOutputConfigTaskBudgetType0Type = _attrs_field(alias="type_")
    remaining: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total(self) -> int:
        value: Any = self._total
        if value is UNSET:
            raise MissingFieldError("MessagesOutputConfigTaskBudgetType0", "total")
        return value

    @total.setter
    def total(self, value: int) -> None:
        self._total = value

    @property
    def type_(self) -> MessagesOutputConfigTaskBudgetType0Type:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("MessagesOutputConfigTaskBudgetType0", "type")
        return value

    @type_.setter
    def type_(self, value: MessagesOutputConfigTaskBudgetType0Type) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"total={self._total!r}, "
            f"type_={self._type_!r}, "
            f"remaining={self.remaining!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        total: Any = self._total

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        remaining: Any = self.remaining

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if total is not UNSET:
            field_dict["total"] = total
        if type_ is not UNSET:
            field_dict["type"] = type_
        if remaining is not UNSET:
            field_dict["remaining"] = remaining

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesOutputConfigTaskBudgetType0 and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "total" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not MessagesOutputConfigTaskBudgetType0Type.is_known(data["type"]):
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
                    f"MessagesOutputConfigTaskBudgetType0 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            total = d.get("total", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = MessagesOutputConfigTaskBudgetType0Type._value2member_map_.get(
                    _raw_type_
                ) or MessagesOutputConfigTaskBudgetType0Type._parse(_raw_type_)

            remaining = d.get("remaining", UNSET)

        except FieldParseError as error:
            raise error.within("MessagesOutputConfigTaskBudgetType0", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesOutputConfigTaskBudgetType0", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_output_config_task_budget_type_0 = cls(
            total,
            type_,
            remaining,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_output_config_task_budget_type_0.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return messages_output_config_task_budget_type_0

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
