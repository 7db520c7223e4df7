from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_output_config_effort_type_1 import MessagesOutputConfigEffortType1
from ..models.messages_output_config_effort_type_2_type_1 import MessagesOutputConfigEffortType2Type1
from ..models.messages_output_config_effort_type_3_type_1 import MessagesOutputConfigEffortType3Type1
from ..types import UNSET, FieldParseError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.messages_output_config_format_type_0 import MessagesOutputConfigFormatType0
    from ..models.messages_output_config_task_budget_type_0 import MessagesOutputConfigTaskBudgetType0

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, MessagesOutputConfigFormatType0, MessagesOutputConfigTaskBudgetType0
    if _lazy_imports_resolved:
        return
    from ..models.messages_output_config_format_type_0 import MessagesOutputConfigFormatType0  # noqa: PLC0415
    from ..models.messages_output_config_task_budget_type_0 import MessagesOutputConfigTaskBudgetType0  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="MessagesOutputConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"effort", "format", "task_budget"})


@_attrs_define(repr=False)
class MessagesOutputConfig:
    """Configuration for controlling output behavior. Supports the effort parameter and structured output format.

    Example:
        {'effort': 'medium'}

    Attributes:
        effort (MessagesOutputConfigEffortType1 | MessagesOutputConfigEffortType2Type1 |
            MessagesOutputConfigEffortType3Type1 | None | Unset): How much effort the model should put into its response.
            Higher effort levels may result in more thorough analysis but take longer. Valid values are `low`, `medium`,
            `high`, `xhigh`, or `max`. Example: medium.
        format_ (MessagesOutputConfigFormatType0 | None | Unset): A schema to specify Claude's output format in
            responses. See [structured outputs](https://platform.claude.com/docs/en/build-with-claude/structured-outputs).
        task_budget (MessagesOutputConfigTaskBudgetType0 | None | Unset): Task budget for an agentic turn. The model
            sees a countdown of remaining tokens and uses it to prioritize work and wind down gracefully. Advisory — does
            not enforce a hard cap. Example: {'total': 400000, 'type': 'tokens'}.
    """

    effort: (
        MessagesOutputConfigEffortType1
        | MessagesOutputConfigEffortType2Type1
        | MessagesOutputConfigEffortType3Type1
        | None
        | Unset
    ) = UNSET
    format_: MessagesOutputConfigFormatType0 | None | Unset = UNSET
    task_budget: MessagesOutputConfigTaskBudgetType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"effort={self.effort!r}, "
            f"format_={self.format_!r}, "
            f"task_budget={self.task_budget!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        effort: Any = self.effort
        if not (isinstance(effort, Unset) or effort is None):
            if isinstance(self.effort, MessagesOutputConfigEffortType1):
                effort = self.effort.value
            elif isinstance(self.effort, MessagesOutputConfigEffortType2Type1):
                effort = self.effort.value
            elif isinstance(self.effort, MessagesOutputConfigEffortType3Type1):
                effort = self.effort.value
            else:
                effort = self.effort

        format_: Any = self.format_
        if not (isinstance(format_, Unset) or format_ is None):
            if isinstance(self.format_, MessagesOutputConfigFormatType0):
                format_ = self.format_.to_dict()
            else:
                format_ = self.format_

        task_budget: Any = self.task_budget
        if not (isinstance(task_budget, Unset) or task_budget is None):
            if isinstance(self.task_budget, MessagesOutputConfigTaskBudgetType0):
                task_budget = self.task_budget.to_dict()
            else:
                task_budget = self.task_budget

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if effort is not UNSET:
            field_dict["effort"] = effort
        if format_ is not UNSET:
            field_dict["format"] = format_
        if task_budget is not UNSET:
            field_dict["task_budget"] = task_budget

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesOutputConfig and its fixed values."""
        if not isinstance(data, Mapping):
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
                    f"MessagesOutputConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "effort"
            _raw_effort = d.get("effort", UNSET)
            effort: Any = _raw_effort
            if _raw_effort is not None and _raw_effort is not UNSET:
                effort = _parse_effort(_raw_effort)

            _field = "format"
            _raw_format_ = d.get("format", UNSET)
            format_: Any = _raw_format_
            if _raw_format_ is not None and _raw_format_ is not UNSET:
                format_ = (
                    MessagesOutputConfigFormatType0.from_dict(_raw_format_)
                    if type(_raw_format_) is dict
                    else _parse_format_(_raw_format_)
                )

            _field = "task_budget"
            _raw_task_budget = d.get("task_budget", UNSET)
            task_budget: Any = _raw_task_budget
            if _raw_task_budget is not None and _raw_task_budget is not UNSET:
                task_budget = (
                    MessagesOutputConfigTaskBudgetType0.from_dict(_raw_task_budget)
                    if type(_raw_task_budget) is dict
                    else _parse_task_budget(_raw_task_budget)
                )

        except FieldParseError as error:
            raise error.within("MessagesOutputConfig", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesOutputConfig", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_output_config = cls(
            effort,
            format_,
            task_budget,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_output_config.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return messages_output_config

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


MessagesOutputConfig.__annotations__ = ResolvingAnnotations(MessagesOutputConfig.__annotations__, _resolve_lazy_imports)


def _parse_effort(
    data: object,
) -> (
    MessagesOutputConfigEffortType1
    | MessagesOutputConfigEffortType2Type1
    | MessagesOutputConfigEffortType3Type1
    | None
    | Unset
):
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if MessagesOutputConfigEffortType1.is_known(data):
        try:
            effort_type_1 = MessagesOutputConfigEffortType1._value2member_map_.get(
                data
            ) or MessagesOutputConfigEffortType1._parse(data)

            return effort_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesOutputConfigEffortType2Type1.is_known(data):
        try:
            effort_type_2_type_1 = MessagesOutputConfigEffortType2Type1._value2member_map_.get(
                data
            ) or MessagesOutputConfigEffortType2Type1._parse(data)

            return effort_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesOutputConfigEffortType3Type1.is_known(data):
        try:
            effort_type_3_type_1 = MessagesOutputConfigEffortType3Type1._value2member_map_.get(
                data
            ) or MessagesOutputConfigEffortType3Type1._parse(data)

            return effort_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        effort_type_1 = MessagesOutputConfigEffortType1._value2member_map_.get(
            data
        ) or MessagesOutputConfigEffortType1._parse(data)

        return effort_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        effort_type_2_type_1 = MessagesOutputConfigEffortType2Type1._value2member_map_.get(
            data
        ) or MessagesOutputConfigEffortType2Type1._parse(data)

        return effort_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        effort_type_3_type_1 = MessagesOutputConfigEffortType3Type1._value2member_map_.get(
            data
        ) or MessagesOutputConfigEffortType3Type1._parse(data)

        return effort_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "MessagesOutputConfigEffortType1 | MessagesOutputConfigEffortType2Type1 | MessagesOutputConfigEffortType3Type1 | None | Unset",
        data,
    )


def _parse_format_(data: object) -> MessagesOutputConfigFormatType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if MessagesOutputConfigFormatType0._matches(data):
        try:
            format_type_0 = MessagesOutputConfigFormatType0.from_dict(data)

            return format_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        format_type_0 = MessagesOutputConfigFormatType0.from_dict(data)

        return format_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("MessagesOutputConfigFormatType0 | None | Unset", data)


def _parse_task_budget(data: object) -> MessagesOutputConfigTaskBudgetType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if MessagesOutputConfigTaskBudgetType0._matches(data):
        try:
            task_budget_type_0 = MessagesOutputConfigTaskBudgetType0.from_dict(data)

            return task_budget_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        task_budget_type_0 = MessagesOutputConfigTaskBudgetType0.from_dict(data)

        return task_budget_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("MessagesOutputConfigTaskBudgetType0 | None | Unset", data)
