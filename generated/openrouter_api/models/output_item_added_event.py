from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_item_added_event_type import OutputItemAddedEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_item_apply_patch_call import OutputItemApplyPatchCall
    from ..models.output_item_code_interpreter_call import OutputItemCodeInterpreterCall
    from ..models.output_item_custom_tool_call import OutputItemCustomToolCall
    from ..models.output_item_file_search_call import OutputItemFileSearchCall
    from ..models.output_item_function_call import OutputItemFunctionCall
    from ..models.output_item_image_generation_call import OutputItemImageGenerationCall
    from ..models.output_item_reasoning import OutputItemReasoning
    from ..models.output_item_web_search_call import OutputItemWebSearchCall
    from ..models.output_message import OutputMessage

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        OutputItemApplyPatchCall, \
        OutputItemCodeInterpreterCall, \
        OutputItemCustomToolCall, \
        OutputItemFileSearchCall, \
        OutputItemFunctionCall, \
        OutputItemImageGenerationCall, \
        OutputItemReasoning, \
        OutputItemWebSearchCall, \
        OutputMessage
    from ..models.output_item_apply_patch_call import OutputItemApplyPatchCall  # noqa: PLC0415
    from ..models.output_item_code_interpreter_call import OutputItemCodeInterpreterCall  # noqa: PLC0415
    from ..models.output_item_custom_tool_call import OutputItemCustomToolCall  # noqa: PLC0415
    from ..models.output_item_file_search_call import OutputItemFileSearchCall  # noqa: PLC0415
    from ..models.output_item_function_call import OutputItemFunctionCall  # noqa: PLC0415
    from ..models.output_item_image_generation_call import OutputItemImageGenerationCall  # noqa: PLC0415
    from ..models.output_item_reasoning import OutputItemReasoning  # noqa: PLC0415
    from ..models.output_item_web_search_call import OutputItemWebSearchCall  # noqa: PLC0415
    from ..models.output_message import OutputMessage  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="OutputItemAddedEvent")


@_attrs_define
class OutputItemAddedEvent:
    """Event emitted when a new output item is added to the response

    Example:
        {'item': {'content': [], 'id': 'item-1', 'role': 'assistant', 'status': 'in_progress', 'type': 'message'},
            'output_index': 0, 'sequence_number': 2, 'type': 'response.output_item.added'}

    Attributes:
        item (OutputItemApplyPatchCall | OutputItemCodeInterpreterCall | OutputItemCustomToolCall |
            OutputItemFileSearchCall | OutputItemFunctionCall | OutputItemImageGenerationCall | OutputItemReasoning |
            OutputItemWebSearchCall | OutputMessage):
        output_index (int):
        sequence_number (int):
        type_ (OutputItemAddedEventType):
    """

    item: (
        OutputItemApplyPatchCall
        | OutputItemCodeInterpreterCall
        | OutputItemCustomToolCall
        | OutputItemFileSearchCall
        | OutputItemFunctionCall
        | OutputItemImageGenerationCall
        | OutputItemReasoning
        | OutputItemWebSearchCall
        | OutputMessage
    )
    output_index: int
    sequence_number: int
    type_: OutputItemAddedEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        item: Any = self.item
        if not (isinstance(item, Unset) or item is None):
            if isinstance(self.item, OutputMessage):
                item = self.item.to_dict()
            elif isinstance(self.item, OutputItemReasoning):
                item = self.item.to_dict()
            elif isinstance(self.item, OutputItemFunctionCall):
                item = self.item.to_dict()
            elif isinstance(self.item, OutputItemCustomToolCall):
                item = self.item.to_dict()
            elif isinstance(self.item, OutputItemWebSearchCall):
                item = self.item.to_dict()
            elif isinstance(self.item, OutputItemFileSearchCall):
                item = self.item.to_dict()
            elif isinstance(self.item, OutputItemImageGenerationCall):
                item = self.item.to_dict()
            elif isinstance(self.item, OutputItemApplyPatchCall):
                item = self.item.to_dict()
            else:
                item = self.item.to_dict()

        output_index: Any = self.output_index

        sequence_number: Any = self.sequence_number

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if item is not UNSET:
            field_dict["item"] = item
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputItemAddedEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "item" not in data:
            return False
        if "output_index" not in data:
            return False
        if "sequence_number" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not OutputItemAddedEventType.is_known(data["type"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_item = d.pop("item", UNSET)
        item: Any = _raw_item
        if _raw_item is not None and _raw_item is not UNSET:
            item = _parse_item(_raw_item)

        output_index = d.pop("output_index", UNSET)

        sequence_number = d.pop("sequence_number", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = OutputItemAddedEventType._parse(_raw_type_)

        output_item_added_event = cls(
            item=item,
            output_index=output_index,
            sequence_number=sequence_number,
            type_=type_,
        )

        output_item_added_event.additional_properties = d
        return output_item_added_event

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


def _parse_item(
    data: object,
) -> (
    OutputItemApplyPatchCall
    | OutputItemCodeInterpreterCall
    | OutputItemCustomToolCall
    | OutputItemFileSearchCall
    | OutputItemFunctionCall
    | OutputItemImageGenerationCall
    | OutputItemReasoning
    | OutputItemWebSearchCall
    | OutputMessage
):
    if OutputMessage._matches(data):
        try:
            item_type_0 = OutputMessage.from_dict(data)

            return item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputItemReasoning._matches(data):
        try:
            item_type_1 = OutputItemReasoning.from_dict(data)

            return item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputItemFunctionCall._matches(data):
        try:
            item_type_2 = OutputItemFunctionCall.from_dict(data)

            return item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputItemCustomToolCall._matches(data):
        try:
            item_type_3 = OutputItemCustomToolCall.from_dict(data)

            return item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputItemWebSearchCall._matches(data):
        try:
            item_type_4 = OutputItemWebSearchCall.from_dict(data)

            return item_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputItemFileSearchCall._matches(data):
        try:
            item_type_5 = OutputItemFileSearchCall.from_dict(data)

            return item_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputItemImageGenerationCall._matches(data):
        try:
            item_type_6 = OutputItemImageGenerationCall.from_dict(data)

            return item_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputItemApplyPatchCall._matches(data):
        try:
            item_type_7 = OutputItemApplyPatchCall.from_dict(data)

            return item_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputItemCodeInterpreterCall._matches(data):
        try:
            item_type_8 = OutputItemCodeInterpreterCall.from_dict(data)

            return item_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        item_type_0 = OutputMessage.from_dict(data)

        return item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        item_type_1 = OutputItemReasoning.from_dict(data)

        return item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        item_type_2 = OutputItemFunctionCall.from_dict(data)

        return item_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        item_type_3 = OutputItemCustomToolCall.from_dict(data)

        return item_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        item_type_4 = OutputItemWebSearchCall.from_dict(data)

        return item_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        item_type_5 = OutputItemFileSearchCall.from_dict(data)

        return item_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        item_type_6 = OutputItemImageGenerationCall.from_dict(data)

        return item_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        item_type_7 = OutputItemApplyPatchCall.from_dict(data)

        return item_type_7
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    item_type_8 = OutputItemCodeInterpreterCall.from_dict(data)

    return item_type_8
