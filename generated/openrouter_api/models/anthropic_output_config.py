from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_output_config_effort_type_1 import AnthropicOutputConfigEffortType1
from ..models.anthropic_output_config_effort_type_2_type_1 import AnthropicOutputConfigEffortType2Type1
from ..models.anthropic_output_config_effort_type_3_type_1 import AnthropicOutputConfigEffortType3Type1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic_output_config_format_type_0 import AnthropicOutputConfigFormatType0

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, AnthropicOutputConfigFormatType0
    from ..models.anthropic_output_config_format_type_0 import AnthropicOutputConfigFormatType0  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicOutputConfig")


@_attrs_define
class AnthropicOutputConfig:
    """Output controls such as effort and a structured-output format.

    Attributes:
        effort (AnthropicOutputConfigEffortType1 | AnthropicOutputConfigEffortType2Type1 |
            AnthropicOutputConfigEffortType3Type1 | None | Unset):
        format_ (AnthropicOutputConfigFormatType0 | None | Unset): Structured output; type json_schema with a schema.
    """

    effort: (
        AnthropicOutputConfigEffortType1
        | AnthropicOutputConfigEffortType2Type1
        | AnthropicOutputConfigEffortType3Type1
        | None
        | Unset
    ) = UNSET
    format_: AnthropicOutputConfigFormatType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        effort: Any = self.effort
        if not (isinstance(effort, Unset) or effort is None):
            if isinstance(self.effort, Unset):
                effort = UNSET
            elif isinstance(self.effort, AnthropicOutputConfigEffortType1):
                effort = self.effort.value
            elif isinstance(self.effort, AnthropicOutputConfigEffortType2Type1):
                effort = self.effort.value
            elif isinstance(self.effort, AnthropicOutputConfigEffortType3Type1):
                effort = self.effort.value
            else:
                effort = self.effort

        format_: Any = self.format_
        if not (isinstance(format_, Unset) or format_ is None):
            if isinstance(self.format_, Unset):
                format_ = UNSET
            elif isinstance(self.format_, AnthropicOutputConfigFormatType0):
                format_ = self.format_.to_dict()
            else:
                format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if effort is not UNSET:
            field_dict["effort"] = effort
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicOutputConfig and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_effort = d.pop("effort", UNSET)
        effort: Any = _raw_effort
        if _raw_effort is not None and _raw_effort is not UNSET:
            effort = _parse_effort(_raw_effort)

        _raw_format_ = d.pop("format", UNSET)
        format_: Any = _raw_format_
        if _raw_format_ is not None and _raw_format_ is not UNSET:
            format_ = _parse_format_(_raw_format_)

        anthropic_output_config = cls(
            effort=effort,
            format_=format_,
        )

        anthropic_output_config.additional_properties = d
        return anthropic_output_config

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


def _parse_effort(
    data: object,
) -> (
    AnthropicOutputConfigEffortType1
    | AnthropicOutputConfigEffortType2Type1
    | AnthropicOutputConfigEffortType3Type1
    | None
    | Unset
):
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if AnthropicOutputConfigEffortType1.is_known(data):
        try:
            effort_type_1 = AnthropicOutputConfigEffortType1._parse(data)

            return effort_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicOutputConfigEffortType2Type1.is_known(data):
        try:
            effort_type_2_type_1 = AnthropicOutputConfigEffortType2Type1._parse(data)

            return effort_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicOutputConfigEffortType3Type1.is_known(data):
        try:
            effort_type_3_type_1 = AnthropicOutputConfigEffortType3Type1._parse(data)

            return effort_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        effort_type_1 = AnthropicOutputConfigEffortType1._parse(data)

        return effort_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        effort_type_2_type_1 = AnthropicOutputConfigEffortType2Type1._parse(data)

        return effort_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        effort_type_3_type_1 = AnthropicOutputConfigEffortType3Type1._parse(data)

        return effort_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "AnthropicOutputConfigEffortType1 | AnthropicOutputConfigEffortType2Type1 | AnthropicOutputConfigEffortType3Type1 | None | Unset",
        data,
    )


def _parse_format_(data: object) -> AnthropicOutputConfigFormatType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if AnthropicOutputConfigFormatType0._matches(data):
        try:
            format_type_0 = AnthropicOutputConfigFormatType0.from_dict(data)

            return format_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        format_type_0 = AnthropicOutputConfigFormatType0.from_dict(data)

        return format_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AnthropicOutputConfigFormatType0 | None | Unset", data)
