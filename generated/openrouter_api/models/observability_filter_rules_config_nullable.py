from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.observability_filter_rule_group import ObservabilityFilterRuleGroup

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ObservabilityFilterRuleGroup
    if _lazy_imports_resolved:
        return
    from ..models.observability_filter_rule_group import ObservabilityFilterRuleGroup  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ObservabilityFilterRulesConfigNullable")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"groups", "enabled"})


@_attrs_define(repr=False)
class ObservabilityFilterRulesConfigNullable:
    """Optional structured filter rules controlling which events are forwarded.

    Attributes:
        groups (list[ObservabilityFilterRuleGroup]):
        enabled (bool | Unset):  Default: True.
    """

    _groups: list[ObservabilityFilterRuleGroup] = _attrs_field(alias="groups")
    enabled: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def groups(self) -> list[ObservabilityFilterRuleGroup]:
        value: Any = self._groups
        if value is UNSET:
            raise MissingFieldError("ObservabilityFilterRulesConfigNullable", "groups")
        return value

    @groups.setter
    def groups(self, value: list[ObservabilityFilterRuleGroup]) -> None:
        self._groups = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"groups={self._groups!r}, "
            f"enabled={self.enabled!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        groups: Any = self._groups
        if not (isinstance(groups, Unset) or groups is None):
            groups = []
            for groups_item_data in self._groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        enabled: Any = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if groups is not UNSET:
            field_dict["groups"] = groups
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ObservabilityFilterRulesConfigNullable and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "groups" not in data:
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
                    f"ObservabilityFilterRulesConfigNullable is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "groups"
            _raw_groups = d.get("groups", UNSET)
            groups: Any = _raw_groups
            if _raw_groups is not None and _raw_groups is not UNSET:
                groups = [ObservabilityFilterRuleGroup.from_dict(groups_item_data) for groups_item_data in _raw_groups]

            enabled = d.get("enabled", UNSET)

        except FieldParseError as error:
            raise error.within("ObservabilityFilterRulesConfigNullable", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ObservabilityFilterRulesConfigNullable", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        observability_filter_rules_config_nullable = cls(
            groups,
            enabled,
        )

        if not _DECLARED_KEYS.issuperset(d):
            observability_filter_rules_config_nullable.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return observability_filter_rules_config_nullable

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


ObservabilityFilterRulesConfigNullable.__annotations__ = ResolvingAnnotations(
    ObservabilityFilterRulesConfigNullable.__annotations__, _resolve_lazy_imports
)
