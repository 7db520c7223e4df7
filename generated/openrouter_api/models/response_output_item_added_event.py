from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_output_item_added_event_type import ResponseOutputItemAddedEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.responses_image_generation_call import ResponsesImageGenerationCall
    from ..models.responses_output_item_file_search_call import ResponsesOutputItemFileSearchCall
    from ..models.responses_output_item_function_call import ResponsesOutputItemFunctionCall
    from ..models.responses_output_item_reasoning import ResponsesOutputItemReasoning
    from ..models.responses_output_message import ResponsesOutputMessage
    from ..models.responses_web_search_call_output import ResponsesWebSearchCallOutput

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        ResponsesImageGenerationCall, \
        ResponsesOutputItemFileSearchCall, \
        ResponsesOutputItemFunctionCall, \
        ResponsesOutputItemReasoning, \
        ResponsesOutputMessage, \
        ResponsesWebSearchCallOutput
    from ..models.responses_image_generation_call import ResponsesImageGenerationCall  # noqa: PLC0415
    from ..models.responses_output_item_file_search_call import ResponsesOutputItemFileSearchCall  # noqa: PLC0415
    from ..models.responses_output_item_function_call import ResponsesOutputItemFunctionCall  # noqa: PLC0415
    from ..models.responses_output_item_reasoning import ResponsesOutputItemReasoning  # noqa: PLC0415
    from ..models.responses_output_message import ResponsesOutputMessage  # noqa: PLC0415
    from ..models.responses_web_search_call_output import ResponsesWebSearchCallOutput  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ResponseOutputItemAddedEvent")


@_attrs_define
class ResponseOutputItemAddedEvent:
    """A new output item started.

    Attributes:
        type_ (ResponseOutputItemAddedEventType):
        output_index (int):
        item (ResponsesImageGenerationCall | ResponsesOutputItemFileSearchCall | ResponsesOutputItemFunctionCall |
            ResponsesOutputItemReasoning | ResponsesOutputMessage | ResponsesWebSearchCallOutput): One output item, typed by
            `type`.
        sequence_number (int): Position of the event in the stream.
    """

    type_: ResponseOutputItemAddedEventType
    output_index: int
    item: (
        ResponsesImageGenerationCall
        | ResponsesOutputItemFileSearchCall
        | ResponsesOutputItemFunctionCall
        | ResponsesOutputItemReasoning
        | ResponsesOutputMessage
        | ResponsesWebSearchCallOutput
    )
    sequence_number: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        output_index: Any = self.output_index

        item: Any = self.item
        if not (isinstance(item, Unset) or item is None):
            if isinstance(self.item, ResponsesOutputMessage):
                item = self.item.to_dict()
            elif isinstance(self.item, ResponsesOutputItemReasoning):
                item = self.item.to_dict()
            elif isinstance(self.item, ResponsesOutputItemFunctionCall):
                item = self.item.to_dict()
            elif isinstance(self.item, ResponsesWebSearchCallOutput):
                item = self.item.to_dict()
            elif isinstance(self.item, ResponsesOutputItemFileSearchCall):
                item = self.item.to_dict()
            else:
                item = self.item.to_dict()

        sequence_number: Any = self.sequence_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if item is not UNSET:
            field_dict["item"] = item
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ResponseOutputItemAddedEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not ResponseOutputItemAddedEventType.is_known(data["type"]):
            return False
        if "output_index" not in data:
            return False
        if "item" not in data:
            return False
        if "sequence_number" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = ResponseOutputItemAddedEventType._parse(_raw_type_)

        output_index = d.pop("output_index", UNSET)

        _raw_item = d.pop("item", UNSET)
        item: Any = _raw_item
        if _raw_item is not None and _raw_item is not UNSET:
            item = _parse_item(_raw_item)

        sequence_number = d.pop("sequence_number", UNSET)

        response_output_item_added_event = cls(
            type_=type_,
            output_index=output_index,
            item=item,
            sequence_number=sequence_number,
        )

        response_output_item_added_event.additional_properties = d
        return response_output_item_added_event

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
    ResponsesImageGenerationCall
    | ResponsesOutputItemFileSearchCall
    | ResponsesOutputItemFunctionCall
    | ResponsesOutputItemReasoning
    | ResponsesOutputMessage
    | ResponsesWebSearchCallOutput
):
    if ResponsesOutputMessage._matches(data):
        try:
            componentsschemas_responses_output_item_type_0 = ResponsesOutputMessage.from_dict(data)

            return componentsschemas_responses_output_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponsesOutputItemReasoning._matches(data):
        try:
            componentsschemas_responses_output_item_type_1 = ResponsesOutputItemReasoning.from_dict(data)

            return componentsschemas_responses_output_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponsesOutputItemFunctionCall._matches(data):
        try:
            componentsschemas_responses_output_item_type_2 = ResponsesOutputItemFunctionCall.from_dict(data)

            return componentsschemas_responses_output_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponsesWebSearchCallOutput._matches(data):
        try:
            componentsschemas_responses_output_item_type_3 = ResponsesWebSearchCallOutput.from_dict(data)

            return componentsschemas_responses_output_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponsesOutputItemFileSearchCall._matches(data):
        try:
            componentsschemas_responses_output_item_type_4 = ResponsesOutputItemFileSearchCall.from_dict(data)

            return componentsschemas_responses_output_item_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponsesImageGenerationCall._matches(data):
        try:
            componentsschemas_responses_output_item_type_5 = ResponsesImageGenerationCall.from_dict(data)

            return componentsschemas_responses_output_item_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_responses_output_item_type_0 = ResponsesOutputMessage.from_dict(data)

        return componentsschemas_responses_output_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_responses_output_item_type_1 = ResponsesOutputItemReasoning.from_dict(data)

        return componentsschemas_responses_output_item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_responses_output_item_type_2 = ResponsesOutputItemFunctionCall.from_dict(data)

        return componentsschemas_responses_output_item_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_responses_output_item_type_3 = ResponsesWebSearchCallOutput.from_dict(data)

        return componentsschemas_responses_output_item_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_responses_output_item_type_4 = ResponsesOutputItemFileSearchCall.from_dict(data)

        return componentsschemas_responses_output_item_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_responses_output_item_type_5 = ResponsesImageGenerationCall.from_dict(data)

    return componentsschemas_responses_output_item_type_5
