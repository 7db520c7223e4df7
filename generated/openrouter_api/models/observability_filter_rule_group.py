from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.observability_filter_rule_group_logic import ObservabilityFilterRuleGroupLogic
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.observability_filter_rule_group_rules_item import ObservabilityFilterRuleGroupRulesItem

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ObservabilityFilterRuleGroupRulesItem
    if _lazy_imports_resolved:
        return
    from ..models.observability_filter_rule_group_rules_item import ObservabilityFilterRuleGroupRulesItem  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ObservabilityFilterRuleGroup")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"rules", "logic"})


@_attrs_define(repr=False)
class ObservabilityFilterRuleGroup:
    """
    Example:
        {'logic': 'and', 'rules': [{'field': 'model', 'operator': 'equals', 'value': 'openai/gpt-4o'}]}

    Attributes:
        rules (list[ObservabilityFilterRuleGroupRulesItem]):
        logic (ObservabilityFilterRuleGroupLogic | Unset):  Default: ObservabilityFilterRuleGroupLogic.AND.
    """

    _rules: list[ObservabilityFilterRuleGroupRulesItem] = _attrs_field(alias="rules")
    logic: ObservabilityFilterRuleGroupLogic | Unset = ObservabilityFilterRuleGroupLogic.AND
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def rules(self) -> list[ObservabilityFilterRuleGroupRulesItem]:
        value: Any = self._rules
        if value is UNSET:
            raise MissingFieldError("ObservabilityFilterRuleGroup", "rules")
        return value

    @rules.setter
    def rules(self, value: list[ObservabilityFilterRuleGroupRulesItem]) -> None:
        self._rules = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"rules={self._rules!r}, "
            f"logic={self.logic!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        rules: Any = self._rules
        if not (isinstance(rules, Unset) or rules is None):
            rules = []
            for rules_item_data in self._rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        logic: Any = self.logic
        if not (isinstance(logic, Unset) or logic is None):
            logic = logic.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if rules is not UNSET:
            field_dict["rules"] = rules
        if logic is not UNSET:
            field_dict["logic"] = logic

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ObservabilityFilterRuleGroup and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "rules" not in data:
            return False
        if "logic" in data and not ObservabilityFilterRuleGroupLogic.is_known(data["logic"]):
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
                    f"ObservabilityFilterRuleGroup is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "rules"
            _raw_rules = d.get("rules", UNSET)
            rules: Any = _raw_rules
            if _raw_rules is not None and _raw_rules is not UNSET:
                rules = [
                    ObservabilityFilterRuleGroupRulesItem.from_dict(rules_item_data) for rules_item_data in _raw_rules
                ]

            _field = "logic"
            _raw_logic = d.get("logic", UNSET)
            logic: Any = _raw_logic
            if _raw_logic is not None and _raw_logic is not UNSET:
                logic = ObservabilityFilterRuleGroupLogic._value2member_map_.get(
                    _raw_logic
                ) or ObservabilityFilterRuleGroupLogic._parse(_raw_logic)

        except FieldParseError as error:
            raise error.within("ObservabilityFilterRuleGroup", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ObservabilityFilterRuleGroup", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        observability_filter_rule_group = cls(
            rules,
            logic,
        )

        if not _DECLARED_KEYS.issuperset(d):
            observability_filter_rule_group.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return observability_filter_rule_group

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


ObservabilityFilterRuleGroup.__annotations__ = ResolvingAnnotations(
    ObservabilityFilterRuleGroup.__annotations__, _resolve_lazy_imports
)
