from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.observability_filter_rule_group_rules_item_field import ObservabilityFilterRuleGroupRulesItemField
from ..models.observability_filter_rule_group_rules_item_operator import ObservabilityFilterRuleGroupRulesItemOperator
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ObservabilityFilterRuleGroupRulesItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"field", "operator", "value"})


@_attrs_define(repr=False)
class ObservabilityFilterRuleGroupRulesItem:
    """
    Attributes:
        field (ObservabilityFilterRuleGroupRulesItemField):
        operator (ObservabilityFilterRuleGroupRulesItemOperator):
        value (float | str | Unset):
    """

    _field: ObservabilityFilterRuleGroupRulesItemField = _attrs_field(alias="field")
    _operator: ObservabilityFilterRuleGroupRulesItemOperator = _attrs_field(alias="operator")
    value: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def field(self) -> ObservabilityFilterRuleGroupRulesItemField:
        value: Any = self._field
        if value is UNSET:
            raise MissingFieldError("ObservabilityFilterRuleGroupRulesItem", "field")
        return value

    @field.setter
    def field(self, value: ObservabilityFilterRuleGroupRulesItemField) -> None:
        self._field = value

    @property
    def operator(self) -> ObservabilityFilterRuleGroupRulesItemOperator:
        value: Any = self._operator
        if value is UNSET:
            raise MissingFieldError("ObservabilityFilterRuleGroupRulesItem", "operator")
        return value

    @operator.setter
    def operator(self, value: ObservabilityFilterRuleGroupRulesItemOperator) -> None:
        self._operator = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"field={self._field!r}, "
            f"operator={self._operator!r}, "
            f"value={self.value!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        field: Any = self._field
        if not (isinstance(field, Unset) or field is None):
            field = self._field.value

        operator: Any = self._operator
        if not (isinstance(operator, Unset) or operator is None):
            operator = self._operator.value

        value: Any = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if field is not UNSET:
            field_dict["field"] = field
        if operator is not UNSET:
            field_dict["operator"] = operator
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ObservabilityFilterRuleGroupRulesItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "field" not in data:
            return False
        if "field" in data and not ObservabilityFilterRuleGroupRulesItemField.is_known(data["field"]):
            return False
        if "operator" not in data:
            return False
        if "operator" in data and not ObservabilityFilterRuleGroupRulesItemOperator.is_known(data["operator"]):
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
                    f"ObservabilityFilterRuleGroupRulesItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "field"
            _raw_field = d.get("field", UNSET)
            field: Any = _raw_field
            if _raw_field is not None and _raw_field is not UNSET:
                field = ObservabilityFilterRuleGroupRulesItemField._value2member_map_.get(
                    _raw_field
                ) or ObservabilityFilterRuleGroupRulesItemField._parse(_raw_field)

            _field = "operator"
            _raw_operator = d.get("operator", UNSET)
            operator: Any = _raw_operator
            if _raw_operator is not None and _raw_operator is not UNSET:
                operator = ObservabilityFilterRuleGroupRulesItemOperator._value2member_map_.get(
                    _raw_operator
                ) or ObservabilityFilterRuleGroupRulesItemOperator._parse(_raw_operator)

            value = d.get("value", UNSET)

        except FieldParseError as error:
            raise error.within("ObservabilityFilterRuleGroupRulesItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ObservabilityFilterRuleGroupRulesItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        observability_filter_rule_group_rules_item = cls(
            field,
            operator,
            value,
        )

        if not _DECLARED_KEYS.issuperset(d):
            observability_filter_rule_group_rules_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return observability_filter_rule_group_rules_item

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
