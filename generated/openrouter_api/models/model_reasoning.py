from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_reasoning_effort import ModelReasoningEffort
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelReasoning")


@_attrs_define
class ModelReasoning:
    """How the model's reasoning can be configured; absent for models that do not reason.

    Attributes:
        mandatory (bool): True when reasoning cannot be turned off.
        default_enabled (bool | Unset): Whether reasoning is on when the request does not say.
        default_effort (ModelReasoningEffort | Unset): A reasoning effort level.
        supported_efforts (list[ModelReasoningEffort] | None | Unset): Accepted effort levels, highest first; null when
            any level is accepted.
        supports_max_tokens (bool | Unset): Present and true when a reasoning token budget may be given.
    """

    mandatory: bool
    default_enabled: bool | Unset = UNSET
    default_effort: ModelReasoningEffort | Unset = UNSET
    supported_efforts: list[ModelReasoningEffort] | None | Unset = UNSET
    supports_max_tokens: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mandatory: Any = self.mandatory

        default_enabled: Any = self.default_enabled

        default_effort: Any = self.default_effort
        if not (isinstance(default_effort, Unset) or default_effort is None):
            default_effort = UNSET
            if not isinstance(self.default_effort, Unset):
                default_effort = self.default_effort.value

        supported_efforts: Any = self.supported_efforts
        if not (isinstance(supported_efforts, Unset) or supported_efforts is None):
            if isinstance(self.supported_efforts, Unset):
                supported_efforts = UNSET
            elif isinstance(self.supported_efforts, list):
                supported_efforts = []
                for supported_efforts_type_0_item_data in self.supported_efforts:
                    supported_efforts_type_0_item = supported_efforts_type_0_item_data.value
                    supported_efforts.append(supported_efforts_type_0_item)

            else:
                supported_efforts = self.supported_efforts

        supports_max_tokens: Any = self.supports_max_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if mandatory is not UNSET:
            field_dict["mandatory"] = mandatory
        if default_enabled is not UNSET:
            field_dict["default_enabled"] = default_enabled
        if default_effort is not UNSET:
            field_dict["default_effort"] = default_effort
        if supported_efforts is not UNSET:
            field_dict["supported_efforts"] = supported_efforts
        if supports_max_tokens is not UNSET:
            field_dict["supports_max_tokens"] = supports_max_tokens

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ModelReasoning and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "mandatory" not in data:
            return False
        if "default_effort" in data and not ModelReasoningEffort.is_known(data["default_effort"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mandatory = d.pop("mandatory", UNSET)

        default_enabled = d.pop("default_enabled", UNSET)

        _raw_default_effort = d.pop("default_effort", UNSET)
        default_effort: Any = _raw_default_effort
        if _raw_default_effort is not None and _raw_default_effort is not UNSET:
            _default_effort = _raw_default_effort
            default_effort: ModelReasoningEffort | Unset
            if isinstance(_default_effort, Unset):
                default_effort = UNSET
            else:
                default_effort = ModelReasoningEffort._parse(_default_effort)

        _raw_supported_efforts = d.pop("supported_efforts", UNSET)
        supported_efforts: Any = _raw_supported_efforts
        if _raw_supported_efforts is not None and _raw_supported_efforts is not UNSET:
            supported_efforts = _parse_supported_efforts(_raw_supported_efforts)

        supports_max_tokens = d.pop("supports_max_tokens", UNSET)

        model_reasoning = cls(
            mandatory=mandatory,
            default_enabled=default_enabled,
            default_effort=default_effort,
            supported_efforts=supported_efforts,
            supports_max_tokens=supports_max_tokens,
        )

        model_reasoning.additional_properties = d
        return model_reasoning

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


def _parse_supported_efforts(data: object) -> list[ModelReasoningEffort] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        supported_efforts_type_0 = []
        _supported_efforts_type_0 = data
        for supported_efforts_type_0_item_data in _supported_efforts_type_0:
            supported_efforts_type_0_item = ModelReasoningEffort._parse(supported_efforts_type_0_item_data)

            supported_efforts_type_0.append(supported_efforts_type_0_item)

        return supported_efforts_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[ModelReasoningEffort] | None | Unset", data)
