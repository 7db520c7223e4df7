from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_request_context_management_edits_item_clear_tool_uses_20250919_type import (
    MessagesRequestContextManagementEditsItemClearToolUses20250919Type,
)
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_input_tokens_clear_at_least import AnthropicInputTokensClearAtLeast
    from ..models.anthropic_input_tokens_trigger import AnthropicInputTokensTrigger
    from ..models.anthropic_tool_uses_keep import AnthropicToolUsesKeep
    from ..models.anthropic_tool_uses_trigger import AnthropicToolUsesTrigger

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AnthropicInputTokensClearAtLeast, \
        AnthropicInputTokensTrigger, \
        AnthropicToolUsesKeep, \
        AnthropicToolUsesTrigger
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_input_tokens_clear_at_least import AnthropicInputTokensClearAtLeast  # noqa: PLC0415
    from ..models.anthropic_input_tokens_trigger import AnthropicInputTokensTrigger  # noqa: PLC0415
    from ..models.anthropic_tool_uses_keep import AnthropicToolUsesKeep  # noqa: PLC0415
    from ..models.anthropic_tool_uses_trigger import AnthropicToolUsesTrigger  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="MessagesRequestContextManagementEditsItemClearToolUses20250919")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"type", "clear_at_least", "clear_tool_inputs", "exclude_tools", "keep", "trigger"}
)


@_attrs_define(repr=False)
class MessagesRequestContextManagementEditsItemClearToolUses20250919:
    """
    Attributes:
        type_ (MessagesRequestContextManagementEditsItemClearToolUses20250919Type):
        clear_at_least (AnthropicInputTokensClearAtLeast | None | Unset):
        clear_tool_inputs (bool | list[str] | None | Unset):
        exclude_tools (list[str] | None | Unset):
        keep (AnthropicToolUsesKeep | Unset):  Example: {'type': 'tool_uses', 'value': 5}.
        trigger (AnthropicInputTokensTrigger | AnthropicToolUsesTrigger | Unset):
    """

    _type_: MessagesRequestContextManagementEditsItemClearToolUses20250919Type = _attrs_field(alias="type_")
    clear_at_least: AnthropicInputTokensClearAtLeast | None | Unset = UNSET
    clear_tool_inputs: bool | list[str] | None | Unset = UNSET
    exclude_tools: list[str] | None | Unset = UNSET
    keep: AnthropicToolUsesKeep | Unset = UNSET
    trigger: AnthropicInputTokensTrigger | AnthropicToolUsesTrigger | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> MessagesRequestContextManagementEditsItemClearToolUses20250919Type:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("MessagesRequestContextManagementEditsItemClearToolUses20250919", "type")
        return value

    @type_.setter
    def type_(self, value: MessagesRequestContextManagementEditsItemClearToolUses20250919Type) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"type_={self._type_!r}, "
            f"clear_at_least={self.clear_at_least!r}, "
            f"clear_tool_inputs={self.clear_tool_inputs!r}, "
            f"exclude_tools={self.exclude_tools!r}, "
            f"keep={self.keep!r}, "
            f"trigger={self.trigger!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        clear_at_least: Any = self.clear_at_least
        if not (isinstance(clear_at_least, Unset) or clear_at_least is None):
            if isinstance(self.clear_at_least, AnthropicInputTokensClearAtLeast):
                clear_at_least = self.clear_at_least.to_dict()
            else:
                clear_at_least = self.clear_at_least

        clear_tool_inputs: Any = self.clear_tool_inputs
        if not (isinstance(clear_tool_inputs, Unset) or clear_tool_inputs is None):
            if isinstance(self.clear_tool_inputs, list):
                clear_tool_inputs = self.clear_tool_inputs

            else:
                clear_tool_inputs = self.clear_tool_inputs

        exclude_tools: Any = self.exclude_tools
        if not (isinstance(exclude_tools, Unset) or exclude_tools is None):
            if isinstance(self.exclude_tools, list):
                exclude_tools = self.exclude_tools

            else:
                exclude_tools = self.exclude_tools

        keep: Any = self.keep
        if not (isinstance(keep, Unset) or keep is None):
            keep = keep.to_dict()

        trigger: Any = self.trigger
        if not (isinstance(trigger, Unset) or trigger is None):
            if isinstance(self.trigger, AnthropicInputTokensTrigger):
                trigger = self.trigger.to_dict()
            else:
                trigger = self.trigger.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if clear_at_least is not UNSET:
            field_dict["clear_at_least"] = clear_at_least
        if clear_tool_inputs is not UNSET:
            field_dict["clear_tool_inputs"] = clear_tool_inputs
        if exclude_tools is not UNSET:
            field_dict["exclude_tools"] = exclude_tools
        if keep is not UNSET:
            field_dict["keep"] = keep
        if trigger is not UNSET:
            field_dict["trigger"] = trigger

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesRequestContextManagementEditsItemClearToolUses20250919 and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not MessagesRequestContextManagementEditsItemClearToolUses20250919Type.is_known(
            data["type"]
        ):
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
                    f"MessagesRequestContextManagementEditsItemClearToolUses20250919 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = MessagesRequestContextManagementEditsItemClearToolUses20250919Type._value2member_map_.get(
                    _raw_type_
                ) or MessagesRequestContextManagementEditsItemClearToolUses20250919Type._parse(_raw_type_)

            _field = "clear_at_least"
            _raw_clear_at_least = d.get("clear_at_least", UNSET)
            clear_at_least: Any = _raw_clear_at_least
            if _raw_clear_at_least is not None and _raw_clear_at_least is not UNSET:
                clear_at_least = (
                    AnthropicInputTokensClearAtLeast.from_dict(_raw_clear_at_least)
                    if type(_raw_clear_at_least) is dict
                    else _parse_clear_at_least(_raw_clear_at_least)
                )

            _field = "clear_tool_inputs"
            _raw_clear_tool_inputs = d.get("clear_tool_inputs", UNSET)
            clear_tool_inputs: Any = _raw_clear_tool_inputs
            if _raw_clear_tool_inputs is not None and _raw_clear_tool_inputs is not UNSET:
                clear_tool_inputs = _parse_clear_tool_inputs(_raw_clear_tool_inputs)

            _field = "exclude_tools"
            _raw_exclude_tools = d.get("exclude_tools", UNSET)
            exclude_tools: Any = _raw_exclude_tools
            if _raw_exclude_tools is not None and _raw_exclude_tools is not UNSET:
                exclude_tools = _parse_exclude_tools(_raw_exclude_tools)

            _field = "keep"
            _raw_keep = d.get("keep", UNSET)
            keep: Any = _raw_keep
            if _raw_keep is not None and _raw_keep is not UNSET:
                keep = AnthropicToolUsesKeep.from_dict(_raw_keep)

            _field = "trigger"
            _raw_trigger = d.get("trigger", UNSET)
            trigger: Any = _raw_trigger
            if _raw_trigger is not None and _raw_trigger is not UNSET:
                trigger = _parse_trigger(_raw_trigger)

        except FieldParseError as error:
            raise error.within("MessagesRequestContextManagementEditsItemClearToolUses20250919", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at(
                "MessagesRequestContextManagementEditsItemClearToolUses20250919", _field, error
            ) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_request_context_management_edits_item_clear_tool_uses_20250919 = cls(
            type_,
            clear_at_least,
            clear_tool_inputs,
            exclude_tools,
            keep,
            trigger,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_request_context_management_edits_item_clear_tool_uses_20250919.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return messages_request_context_management_edits_item_clear_tool_uses_20250919

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


MessagesRequestContextManagementEditsItemClearToolUses20250919.__annotations__ = ResolvingAnnotations(
    MessagesRequestContextManagementEditsItemClearToolUses20250919.__annotations__, _resolve_lazy_imports
)


def _parse_clear_at_least(data: object) -> AnthropicInputTokensClearAtLeast | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if AnthropicInputTokensClearAtLeast._matches(data):
        try:
            clear_at_least_type_0 = AnthropicInputTokensClearAtLeast.from_dict(data)

            return clear_at_least_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        clear_at_least_type_0 = AnthropicInputTokensClearAtLeast.from_dict(data)

        return clear_at_least_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AnthropicInputTokensClearAtLeast | None | Unset", data)


def _parse_clear_tool_inputs(data: object) -> bool | list[str] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        clear_tool_inputs_type_1 = cast("list[str]", data)

        return clear_tool_inputs_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("bool | list[str] | None | Unset", data)


def _parse_exclude_tools(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        exclude_tools_type_0 = cast("list[str]", data)

        return exclude_tools_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None | Unset", data)


def _parse_trigger(data: object) -> AnthropicInputTokensTrigger | AnthropicToolUsesTrigger | Unset:
    if data is UNSET:
        return UNSET
    if AnthropicInputTokensTrigger._matches(data):
        try:
            trigger_type_0 = AnthropicInputTokensTrigger.from_dict(data)

            return trigger_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicToolUsesTrigger._matches(data):
        try:
            trigger_type_1 = AnthropicToolUsesTrigger.from_dict(data)

            return trigger_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        trigger_type_0 = AnthropicInputTokensTrigger.from_dict(data)

        return trigger_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    trigger_type_1 = AnthropicToolUsesTrigger.from_dict(data)

    return trigger_type_1
