from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_item_done_event_type import OutputItemDoneEventType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

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
# to_dict call, because an import statement in every call is costly on the hot parse path.
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
    if _lazy_imports_resolved:
        return
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


T = TypeVar("T", bound="OutputItemDoneEvent")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"item", "output_index", "sequence_number", "type"})


@_attrs_define(repr=False)
class OutputItemDoneEvent:
    """Event emitted when an output item is complete

    Example:
        {'item': {'content': [{'annotations': [], 'text': 'Hello! How can I help you?', 'type': 'output_text'}], 'id':
            'item-1', 'role': 'assistant', 'status': 'completed', 'type': 'message'}, 'output_index': 0, 'sequence_number':
            8, 'type': 'response.output_item.done'}

    Attributes:
        item (OutputItemApplyPatchCall | OutputItemCodeInterpreterCall | OutputItemCustomToolCall |
            OutputItemFileSearchCall | OutputItemFunctionCall | OutputItemImageGenerationCall | OutputItemReasoning |
            OutputItemWebSearchCall | OutputMessage):
        output_index (int):
        sequence_number (int):
        type_ (OutputItemDoneEventType):
    """

    _item: (
        OutputItemApplyPatchCall
        | OutputItemCodeInterpreterCall
        | OutputItemCustomToolCall
        | OutputItemFileSearchCall
        | OutputItemFunctionCall
        | OutputItemImageGenerationCall
        | OutputItemReasoning
        | OutputItemWebSearchCall
        | OutputMessage
    ) = _attrs_field(alias="item")
    _output_index: int = _attrs_field(alias="output_index")
    _sequence_number: int = _attrs_field(alias="sequence_number")
    _type_: OutputItemDoneEventType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def item(
        self,
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
        value: Any = self._item
        if value is UNSET:
            raise MissingFieldError("OutputItemDoneEvent", "item")
        return value

    @item.setter
    def item(
        self,
        value: OutputItemApplyPatchCall
        | OutputItemCodeInterpreterCall
        | OutputItemCustomToolCall
        | OutputItemFileSearchCall
        | OutputItemFunctionCall
        | OutputItemImageGenerationCall
        | OutputItemReasoning
        | OutputItemWebSearchCall
        | OutputMessage,
    ) -> None:
        self._item = value

    @property
    def output_index(self) -> int:
        value: Any = self._output_index
        if value is UNSET:
            raise MissingFieldError("OutputItemDoneEvent", "output_index")
        return value

    @output_index.setter
    def output_index(self, value: int) -> None:
        self._output_index = value

    @property
    def sequence_number(self) -> int:
        value: Any = self._sequence_number
        if value is UNSET:
            raise MissingFieldError("OutputItemDoneEvent", "sequence_number")
        return value

    @sequence_number.setter
    def sequence_number(self, value: int) -> None:
        self._sequence_number = value

    @property
    def type_(self) -> OutputItemDoneEventType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OutputItemDoneEvent", "type")
        return value

    @type_.setter
    def type_(self, value: OutputItemDoneEventType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"item={self._item!r}, "
            f"output_index={self._output_index!r}, "
            f"sequence_number={self._sequence_number!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        item: Any = self._item
        if not (isinstance(item, Unset) or item is None):
            if isinstance(self._item, OutputMessage):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputItemReasoning):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputItemFunctionCall):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputItemCustomToolCall):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputItemWebSearchCall):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputItemFileSearchCall):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputItemImageGenerationCall):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputItemApplyPatchCall):
                item = self._item.to_dict()
            else:
                item = self._item.to_dict()

        output_index: Any = self._output_index

        sequence_number: Any = self._sequence_number

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

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
        """True if data is an object with every required key of OutputItemDoneEvent and its fixed values."""
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
        if "type" in data and not OutputItemDoneEventType.is_known(data["type"]):
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
                    f"OutputItemDoneEvent is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "item"
            _raw_item = d.get("item", UNSET)
            item: Any = _raw_item
            if _raw_item is not None and _raw_item is not UNSET:
                item = _parse_item(_raw_item)

            output_index = d.get("output_index", UNSET)

            sequence_number = d.get("sequence_number", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = OutputItemDoneEventType._value2member_map_.get(_raw_type_) or OutputItemDoneEventType._parse(
                    _raw_type_
                )

        except FieldParseError as error:
            raise error.within("OutputItemDoneEvent", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputItemDoneEvent", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_item_done_event = cls(
            item,
            output_index,
            sequence_number,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_item_done_event.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return output_item_done_event

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


OutputItemDoneEvent.__annotations__ = ResolvingAnnotations(OutputItemDoneEvent.__annotations__, _resolve_lazy_imports)


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
