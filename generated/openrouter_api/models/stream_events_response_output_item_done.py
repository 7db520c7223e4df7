from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stream_events_response_output_item_done_type import StreamEventsResponseOutputItemDoneType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.output_advisor_server_tool_item import OutputAdvisorServerToolItem
    from ..models.output_apply_patch_call_item import OutputApplyPatchCallItem
    from ..models.output_apply_patch_server_tool_item import OutputApplyPatchServerToolItem
    from ..models.output_bash_server_tool_item import OutputBashServerToolItem
    from ..models.output_browser_use_server_tool_item import OutputBrowserUseServerToolItem
    from ..models.output_code_interpreter_call_item import OutputCodeInterpreterCallItem
    from ..models.output_code_interpreter_server_tool_item import OutputCodeInterpreterServerToolItem
    from ..models.output_computer_call_item import OutputComputerCallItem
    from ..models.output_custom_tool_call_item import OutputCustomToolCallItem
    from ..models.output_datetime_item import OutputDatetimeItem
    from ..models.output_file_search_call_item import OutputFileSearchCallItem
    from ..models.output_file_search_server_tool_item import OutputFileSearchServerToolItem
    from ..models.output_files_server_tool_item import OutputFilesServerToolItem
    from ..models.output_function_call_item import OutputFunctionCallItem
    from ..models.output_fusion_server_tool_item import OutputFusionServerToolItem
    from ..models.output_image_generation_call_item import OutputImageGenerationCallItem
    from ..models.output_image_generation_server_tool_item import OutputImageGenerationServerToolItem
    from ..models.output_mcp_server_tool_item import OutputMcpServerToolItem
    from ..models.output_memory_server_tool_item import OutputMemoryServerToolItem
    from ..models.output_message_item import OutputMessageItem
    from ..models.output_reasoning_item import OutputReasoningItem
    from ..models.output_search_models_server_tool_item import OutputSearchModelsServerToolItem
    from ..models.output_shell_call_item import OutputShellCallItem
    from ..models.output_shell_call_output_item import OutputShellCallOutputItem
    from ..models.output_shell_server_tool_item import OutputShellServerToolItem
    from ..models.output_subagent_server_tool_item import OutputSubagentServerToolItem
    from ..models.output_text_editor_server_tool_item import OutputTextEditorServerToolItem
    from ..models.output_tool_search_server_tool_item import OutputToolSearchServerToolItem
    from ..models.output_web_fetch_server_tool_item import OutputWebFetchServerToolItem
    from ..models.output_web_search_call_item import OutputWebSearchCallItem
    from ..models.output_web_search_server_tool_item import OutputWebSearchServerToolItem

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        OutputAdvisorServerToolItem, \
        OutputApplyPatchCallItem, \
        OutputApplyPatchServerToolItem, \
        OutputBashServerToolItem, \
        OutputBrowserUseServerToolItem, \
        OutputCodeInterpreterCallItem, \
        OutputCodeInterpreterServerToolItem, \
        OutputComputerCallItem, \
        OutputCustomToolCallItem, \
        OutputDatetimeItem, \
        OutputFileSearchCallItem, \
        OutputFileSearchServerToolItem, \
        OutputFilesServerToolItem, \
        OutputFunctionCallItem, \
        OutputFusionServerToolItem, \
        OutputImageGenerationCallItem, \
        OutputImageGenerationServerToolItem, \
        OutputMcpServerToolItem, \
        OutputMemoryServerToolItem, \
        OutputMessageItem, \
        OutputReasoningItem, \
        OutputSearchModelsServerToolItem, \
        OutputShellCallItem, \
        OutputShellCallOutputItem, \
        OutputShellServerToolItem, \
        OutputSubagentServerToolItem, \
        OutputTextEditorServerToolItem, \
        OutputToolSearchServerToolItem, \
        OutputWebFetchServerToolItem, \
        OutputWebSearchCallItem, \
        OutputWebSearchServerToolItem
    if _lazy_imports_resolved:
        return
    from ..models.output_advisor_server_tool_item import OutputAdvisorServerToolItem  # noqa: PLC0415
    from ..models.output_apply_patch_call_item import OutputApplyPatchCallItem  # noqa: PLC0415
    from ..models.output_apply_patch_server_tool_item import OutputApplyPatchServerToolItem  # noqa: PLC0415
    from ..models.output_bash_server_tool_item import OutputBashServerToolItem  # noqa: PLC0415
    from ..models.output_browser_use_server_tool_item import OutputBrowserUseServerToolItem  # noqa: PLC0415
    from ..models.output_code_interpreter_call_item import OutputCodeInterpreterCallItem  # noqa: PLC0415
    from ..models.output_code_interpreter_server_tool_item import OutputCodeInterpreterServerToolItem  # noqa: PLC0415
    from ..models.output_computer_call_item import OutputComputerCallItem  # noqa: PLC0415
    from ..models.output_custom_tool_call_item import OutputCustomToolCallItem  # noqa: PLC0415
    from ..models.output_datetime_item import OutputDatetimeItem  # noqa: PLC0415
    from ..models.output_file_search_call_item import OutputFileSearchCallItem  # noqa: PLC0415
    from ..models.output_file_search_server_tool_item import OutputFileSearchServerToolItem  # noqa: PLC0415
    from ..models.output_files_server_tool_item import OutputFilesServerToolItem  # noqa: PLC0415
    from ..models.output_function_call_item import OutputFunctionCallItem  # noqa: PLC0415
    from ..models.output_fusion_server_tool_item import OutputFusionServerToolItem  # noqa: PLC0415
    from ..models.output_image_generation_call_item import OutputImageGenerationCallItem  # noqa: PLC0415
    from ..models.output_image_generation_server_tool_item import OutputImageGenerationServerToolItem  # noqa: PLC0415
    from ..models.output_mcp_server_tool_item import OutputMcpServerToolItem  # noqa: PLC0415
    from ..models.output_memory_server_tool_item import OutputMemoryServerToolItem  # noqa: PLC0415
    from ..models.output_message_item import OutputMessageItem  # noqa: PLC0415
    from ..models.output_reasoning_item import OutputReasoningItem  # noqa: PLC0415
    from ..models.output_search_models_server_tool_item import OutputSearchModelsServerToolItem  # noqa: PLC0415
    from ..models.output_shell_call_item import OutputShellCallItem  # noqa: PLC0415
    from ..models.output_shell_call_output_item import OutputShellCallOutputItem  # noqa: PLC0415
    from ..models.output_shell_server_tool_item import OutputShellServerToolItem  # noqa: PLC0415
    from ..models.output_subagent_server_tool_item import OutputSubagentServerToolItem  # noqa: PLC0415
    from ..models.output_text_editor_server_tool_item import OutputTextEditorServerToolItem  # noqa: PLC0415
    from ..models.output_tool_search_server_tool_item import OutputToolSearchServerToolItem  # noqa: PLC0415
    from ..models.output_web_fetch_server_tool_item import OutputWebFetchServerToolItem  # noqa: PLC0415
    from ..models.output_web_search_call_item import OutputWebSearchCallItem  # noqa: PLC0415
    from ..models.output_web_search_server_tool_item import OutputWebSearchServerToolItem  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="StreamEventsResponseOutputItemDone")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"item", "output_index", "sequence_number", "type"})


@_attrs_define(repr=False)
class StreamEventsResponseOutputItemDone:
    """Event emitted when an output item is complete

    Example:
        {'item': {'content': [{'annotations': [], 'text': 'Hello! How can I help you?', 'type': 'output_text'}], 'id':
            'item-1', 'role': 'assistant', 'status': 'completed', 'type': 'message'}, 'output_index': 0, 'sequence_number':
            8, 'type': 'response.output_item.done'}

    Attributes:
        item (OutputAdvisorServerToolItem | OutputApplyPatchCallItem | OutputApplyPatchServerToolItem |
            OutputBashServerToolItem | OutputBrowserUseServerToolItem | OutputCodeInterpreterCallItem |
            OutputCodeInterpreterServerToolItem | OutputComputerCallItem | OutputCustomToolCallItem | OutputDatetimeItem |
            OutputFileSearchCallItem | OutputFileSearchServerToolItem | OutputFilesServerToolItem | OutputFunctionCallItem |
            OutputFusionServerToolItem | OutputImageGenerationCallItem | OutputImageGenerationServerToolItem |
            OutputMcpServerToolItem | OutputMemoryServerToolItem | OutputMessageItem | OutputReasoningItem |
            OutputSearchModelsServerToolItem | OutputShellCallItem | OutputShellCallOutputItem | OutputShellServerToolItem |
            OutputSubagentServerToolItem | OutputTextEditorServerToolItem | OutputToolSearchServerToolItem |
            OutputWebFetchServerToolItem | OutputWebSearchCallItem | OutputWebSearchServerToolItem): An output item from the
            response Example: {'content': [{'text': 'Hello! How can I help you today?', 'type': 'output_text'}], 'id': 'msg-
            abc123', 'role': 'assistant', 'status': 'completed', 'type': 'message'}.
        output_index (int):
        sequence_number (int):
        type_ (StreamEventsResponseOutputItemDoneType):
    """

    _item: (
        OutputAdvisorServerToolItem
        | OutputApplyPatchCallItem
        | OutputApplyPatchServerToolItem
        | OutputBashServerToolItem
        | OutputBrowserUseServerToolItem
        | OutputCodeInterpreterCallItem
        | OutputCodeInterpreterServerToolItem
        | OutputComputerCallItem
        | OutputCustomToolCallItem
        | OutputDatetimeItem
        | OutputFileSearchCallItem
        | OutputFileSearchServerToolItem
        | OutputFilesServerToolItem
        | OutputFunctionCallItem
        | OutputFusionServerToolItem
        | OutputImageGenerationCallItem
        | OutputImageGenerationServerToolItem
        | OutputMcpServerToolItem
        | OutputMemoryServerToolItem
        | OutputMessageItem
        | OutputReasoningItem
        | OutputSearchModelsServerToolItem
        | OutputShellCallItem
        | OutputShellCallOutputItem
        | OutputShellServerToolItem
        | OutputSubagentServerToolItem
        | OutputTextEditorServerToolItem
        | OutputToolSearchServerToolItem
        | OutputWebFetchServerToolItem
        | OutputWebSearchCallItem
        | OutputWebSearchServerToolItem
    ) = _attrs_field(alias="item")
    _output_index: int = _attrs_field(alias="output_index")
    _sequence_number: int = _attrs_field(alias="sequence_number")
    _type_: StreamEventsResponseOutputItemDoneType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def item(
        self,
    ) -> (
        OutputAdvisorServerToolItem
        | OutputApplyPatchCallItem
        | OutputApplyPatchServerToolItem
        | OutputBashServerToolItem
        | OutputBrowserUseServerToolItem
        | OutputCodeInterpreterCallItem
        | OutputCodeInterpreterServerToolItem
        | OutputComputerCallItem
        | OutputCustomToolCallItem
        | OutputDatetimeItem
        | OutputFileSearchCallItem
        | OutputFileSearchServerToolItem
        | OutputFilesServerToolItem
        | OutputFunctionCallItem
        | OutputFusionServerToolItem
        | OutputImageGenerationCallItem
        | OutputImageGenerationServerToolItem
        | OutputMcpServerToolItem
        | OutputMemoryServerToolItem
        | OutputMessageItem
        | OutputReasoningItem
        | OutputSearchModelsServerToolItem
        | OutputShellCallItem
        | OutputShellCallOutputItem
        | OutputShellServerToolItem
        | OutputSubagentServerToolItem
        | OutputTextEditorServerToolItem
        | OutputToolSearchServerToolItem
        | OutputWebFetchServerToolItem
        | OutputWebSearchCallItem
        | OutputWebSearchServerToolItem
    ):
        value: Any = self._item
        if value is UNSET:
            raise MissingFieldError("StreamEventsResponseOutputItemDone", "item")
        return value

    @item.setter
    def item(
        self,
        value: OutputAdvisorServerToolItem
        | OutputApplyPatchCallItem
        | OutputApplyPatchServerToolItem
        | OutputBashServerToolItem
        | OutputBrowserUseServerToolItem
        | OutputCodeInterpreterCallItem
        | OutputCodeInterpreterServerToolItem
        | OutputComputerCallItem
        | OutputCustomToolCallItem
        | OutputDatetimeItem
        | OutputFileSearchCallItem
        | OutputFileSearchServerToolItem
        | OutputFilesServerToolItem
        | OutputFunctionCallItem
        | OutputFusionServerToolItem
        | OutputImageGenerationCallItem
        | OutputImageGenerationServerToolItem
        | OutputMcpServerToolItem
        | OutputMemoryServerToolItem
        | OutputMessageItem
        | OutputReasoningItem
        | OutputSearchModelsServerToolItem
        | OutputShellCallItem
        | OutputShellCallOutputItem
        | OutputShellServerToolItem
        | OutputSubagentServerToolItem
        | OutputTextEditorServerToolItem
        | OutputToolSearchServerToolItem
        | OutputWebFetchServerToolItem
        | OutputWebSearchCallItem
        | OutputWebSearchServerToolItem,
    ) -> None:
        self._item = value

    @property
    def output_index(self) -> int:
        value: Any = self._output_index
        if value is UNSET:
            raise MissingFieldError("StreamEventsResponseOutputItemDone", "output_index")
        return value

    @output_index.setter
    def output_index(self, value: int) -> None:
        self._output_index = value

    @property
    def sequence_number(self) -> int:
        value: Any = self._sequence_number
        if value is UNSET:
            raise MissingFieldError("StreamEventsResponseOutputItemDone", "sequence_number")
        return value

    @sequence_number.setter
    def sequence_number(self, value: int) -> None:
        self._sequence_number = value

    @property
    def type_(self) -> StreamEventsResponseOutputItemDoneType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("StreamEventsResponseOutputItemDone", "type")
        return value

    @type_.setter
    def type_(self, value: StreamEventsResponseOutputItemDoneType) -> None:
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
            if isinstance(self._item, OutputMessageItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputReasoningItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputFunctionCallItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputWebSearchCallItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputFileSearchCallItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputImageGenerationCallItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputCodeInterpreterCallItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputComputerCallItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputDatetimeItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputWebSearchServerToolItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputCodeInterpreterServerToolItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputFileSearchServerToolItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputImageGenerationServerToolItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputBrowserUseServerToolItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputBashServerToolItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputTextEditorServerToolItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputApplyPatchServerToolItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputApplyPatchCallItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputShellCallItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputShellCallOutputItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputShellServerToolItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputWebFetchServerToolItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputToolSearchServerToolItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputMemoryServerToolItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputMcpServerToolItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputSearchModelsServerToolItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputFusionServerToolItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputAdvisorServerToolItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputSubagentServerToolItem):
                item = self._item.to_dict()
            elif isinstance(self._item, OutputFilesServerToolItem):
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
        """True if data is an object with every required key of StreamEventsResponseOutputItemDone and its fixed values."""
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
        if "type" in data and not StreamEventsResponseOutputItemDoneType.is_known(data["type"]):
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
                    f"StreamEventsResponseOutputItemDone is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
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
                type_ = StreamEventsResponseOutputItemDoneType._value2member_map_.get(
                    _raw_type_
                ) or StreamEventsResponseOutputItemDoneType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("StreamEventsResponseOutputItemDone", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("StreamEventsResponseOutputItemDone", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        stream_events_response_output_item_done = cls(
            item,
            output_index,
            sequence_number,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            stream_events_response_output_item_done.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return stream_events_response_output_item_done

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


StreamEventsResponseOutputItemDone.__annotations__ = ResolvingAnnotations(
    StreamEventsResponseOutputItemDone.__annotations__, _resolve_lazy_imports
)


def _parse_item(
    data: object,
) -> (
    OutputAdvisorServerToolItem
    | OutputApplyPatchCallItem
    | OutputApplyPatchServerToolItem
    | OutputBashServerToolItem
    | OutputBrowserUseServerToolItem
    | OutputCodeInterpreterCallItem
    | OutputCodeInterpreterServerToolItem
    | OutputComputerCallItem
    | OutputCustomToolCallItem
    | OutputDatetimeItem
    | OutputFileSearchCallItem
    | OutputFileSearchServerToolItem
    | OutputFilesServerToolItem
    | OutputFunctionCallItem
    | OutputFusionServerToolItem
    | OutputImageGenerationCallItem
    | OutputImageGenerationServerToolItem
    | OutputMcpServerToolItem
    | OutputMemoryServerToolItem
    | OutputMessageItem
    | OutputReasoningItem
    | OutputSearchModelsServerToolItem
    | OutputShellCallItem
    | OutputShellCallOutputItem
    | OutputShellServerToolItem
    | OutputSubagentServerToolItem
    | OutputTextEditorServerToolItem
    | OutputToolSearchServerToolItem
    | OutputWebFetchServerToolItem
    | OutputWebSearchCallItem
    | OutputWebSearchServerToolItem
):
    if OutputMessageItem._matches(data):
        try:
            componentsschemas_output_items_type_0 = OutputMessageItem.from_dict(data)

            return componentsschemas_output_items_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputReasoningItem._matches(data):
        try:
            componentsschemas_output_items_type_1 = OutputReasoningItem.from_dict(data)

            return componentsschemas_output_items_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputFunctionCallItem._matches(data):
        try:
            componentsschemas_output_items_type_2 = OutputFunctionCallItem.from_dict(data)

            return componentsschemas_output_items_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputWebSearchCallItem._matches(data):
        try:
            componentsschemas_output_items_type_3 = OutputWebSearchCallItem.from_dict(data)

            return componentsschemas_output_items_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputFileSearchCallItem._matches(data):
        try:
            componentsschemas_output_items_type_4 = OutputFileSearchCallItem.from_dict(data)

            return componentsschemas_output_items_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputImageGenerationCallItem._matches(data):
        try:
            componentsschemas_output_items_type_5 = OutputImageGenerationCallItem.from_dict(data)

            return componentsschemas_output_items_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputCodeInterpreterCallItem._matches(data):
        try:
            componentsschemas_output_items_type_6 = OutputCodeInterpreterCallItem.from_dict(data)

            return componentsschemas_output_items_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputComputerCallItem._matches(data):
        try:
            componentsschemas_output_items_type_7 = OutputComputerCallItem.from_dict(data)

            return componentsschemas_output_items_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputDatetimeItem._matches(data):
        try:
            componentsschemas_output_items_type_8 = OutputDatetimeItem.from_dict(data)

            return componentsschemas_output_items_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputWebSearchServerToolItem._matches(data):
        try:
            componentsschemas_output_items_type_9 = OutputWebSearchServerToolItem.from_dict(data)

            return componentsschemas_output_items_type_9
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputCodeInterpreterServerToolItem._matches(data):
        try:
            componentsschemas_output_items_type_10 = OutputCodeInterpreterServerToolItem.from_dict(data)

            return componentsschemas_output_items_type_10
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputFileSearchServerToolItem._matches(data):
        try:
            componentsschemas_output_items_type_11 = OutputFileSearchServerToolItem.from_dict(data)

            return componentsschemas_output_items_type_11
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputImageGenerationServerToolItem._matches(data):
        try:
            componentsschemas_output_items_type_12 = OutputImageGenerationServerToolItem.from_dict(data)

            return componentsschemas_output_items_type_12
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputBrowserUseServerToolItem._matches(data):
        try:
            componentsschemas_output_items_type_13 = OutputBrowserUseServerToolItem.from_dict(data)

            return componentsschemas_output_items_type_13
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputBashServerToolItem._matches(data):
        try:
            componentsschemas_output_items_type_14 = OutputBashServerToolItem.from_dict(data)

            return componentsschemas_output_items_type_14
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputTextEditorServerToolItem._matches(data):
        try:
            componentsschemas_output_items_type_15 = OutputTextEditorServerToolItem.from_dict(data)

            return componentsschemas_output_items_type_15
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputApplyPatchServerToolItem._matches(data):
        try:
            componentsschemas_output_items_type_16 = OutputApplyPatchServerToolItem.from_dict(data)

            return componentsschemas_output_items_type_16
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputApplyPatchCallItem._matches(data):
        try:
            componentsschemas_output_items_type_17 = OutputApplyPatchCallItem.from_dict(data)

            return componentsschemas_output_items_type_17
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputShellCallItem._matches(data):
        try:
            componentsschemas_output_items_type_18 = OutputShellCallItem.from_dict(data)

            return componentsschemas_output_items_type_18
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputShellCallOutputItem._matches(data):
        try:
            componentsschemas_output_items_type_19 = OutputShellCallOutputItem.from_dict(data)

            return componentsschemas_output_items_type_19
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputShellServerToolItem._matches(data):
        try:
            componentsschemas_output_items_type_20 = OutputShellServerToolItem.from_dict(data)

            return componentsschemas_output_items_type_20
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputWebFetchServerToolItem._matches(data):
        try:
            componentsschemas_output_items_type_21 = OutputWebFetchServerToolItem.from_dict(data)

            return componentsschemas_output_items_type_21
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputToolSearchServerToolItem._matches(data):
        try:
            componentsschemas_output_items_type_22 = OutputToolSearchServerToolItem.from_dict(data)

            return componentsschemas_output_items_type_22
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputMemoryServerToolItem._matches(data):
        try:
            componentsschemas_output_items_type_23 = OutputMemoryServerToolItem.from_dict(data)

            return componentsschemas_output_items_type_23
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputMcpServerToolItem._matches(data):
        try:
            componentsschemas_output_items_type_24 = OutputMcpServerToolItem.from_dict(data)

            return componentsschemas_output_items_type_24
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputSearchModelsServerToolItem._matches(data):
        try:
            componentsschemas_output_items_type_25 = OutputSearchModelsServerToolItem.from_dict(data)

            return componentsschemas_output_items_type_25
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputFusionServerToolItem._matches(data):
        try:
            componentsschemas_output_items_type_26 = OutputFusionServerToolItem.from_dict(data)

            return componentsschemas_output_items_type_26
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputAdvisorServerToolItem._matches(data):
        try:
            componentsschemas_output_items_type_27 = OutputAdvisorServerToolItem.from_dict(data)

            return componentsschemas_output_items_type_27
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputSubagentServerToolItem._matches(data):
        try:
            componentsschemas_output_items_type_28 = OutputSubagentServerToolItem.from_dict(data)

            return componentsschemas_output_items_type_28
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputFilesServerToolItem._matches(data):
        try:
            componentsschemas_output_items_type_29 = OutputFilesServerToolItem.from_dict(data)

            return componentsschemas_output_items_type_29
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputCustomToolCallItem._matches(data):
        try:
            componentsschemas_output_items_type_30 = OutputCustomToolCallItem.from_dict(data)

            return componentsschemas_output_items_type_30
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_0 = OutputMessageItem.from_dict(data)

        return componentsschemas_output_items_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_1 = OutputReasoningItem.from_dict(data)

        return componentsschemas_output_items_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_2 = OutputFunctionCallItem.from_dict(data)

        return componentsschemas_output_items_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_3 = OutputWebSearchCallItem.from_dict(data)

        return componentsschemas_output_items_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_4 = OutputFileSearchCallItem.from_dict(data)

        return componentsschemas_output_items_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_5 = OutputImageGenerationCallItem.from_dict(data)

        return componentsschemas_output_items_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_6 = OutputCodeInterpreterCallItem.from_dict(data)

        return componentsschemas_output_items_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_7 = OutputComputerCallItem.from_dict(data)

        return componentsschemas_output_items_type_7
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_8 = OutputDatetimeItem.from_dict(data)

        return componentsschemas_output_items_type_8
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_9 = OutputWebSearchServerToolItem.from_dict(data)

        return componentsschemas_output_items_type_9
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_10 = OutputCodeInterpreterServerToolItem.from_dict(data)

        return componentsschemas_output_items_type_10
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_11 = OutputFileSearchServerToolItem.from_dict(data)

        return componentsschemas_output_items_type_11
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_12 = OutputImageGenerationServerToolItem.from_dict(data)

        return componentsschemas_output_items_type_12
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_13 = OutputBrowserUseServerToolItem.from_dict(data)

        return componentsschemas_output_items_type_13
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_14 = OutputBashServerToolItem.from_dict(data)

        return componentsschemas_output_items_type_14
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_15 = OutputTextEditorServerToolItem.from_dict(data)

        return componentsschemas_output_items_type_15
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_16 = OutputApplyPatchServerToolItem.from_dict(data)

        return componentsschemas_output_items_type_16
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_17 = OutputApplyPatchCallItem.from_dict(data)

        return componentsschemas_output_items_type_17
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_18 = OutputShellCallItem.from_dict(data)

        return componentsschemas_output_items_type_18
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_19 = OutputShellCallOutputItem.from_dict(data)

        return componentsschemas_output_items_type_19
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_20 = OutputShellServerToolItem.from_dict(data)

        return componentsschemas_output_items_type_20
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_21 = OutputWebFetchServerToolItem.from_dict(data)

        return componentsschemas_output_items_type_21
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_22 = OutputToolSearchServerToolItem.from_dict(data)

        return componentsschemas_output_items_type_22
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_23 = OutputMemoryServerToolItem.from_dict(data)

        return componentsschemas_output_items_type_23
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_24 = OutputMcpServerToolItem.from_dict(data)

        return componentsschemas_output_items_type_24
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_25 = OutputSearchModelsServerToolItem.from_dict(data)

        return componentsschemas_output_items_type_25
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_26 = OutputFusionServerToolItem.from_dict(data)

        return componentsschemas_output_items_type_26
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_27 = OutputAdvisorServerToolItem.from_dict(data)

        return componentsschemas_output_items_type_27
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_28 = OutputSubagentServerToolItem.from_dict(data)

        return componentsschemas_output_items_type_28
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_output_items_type_29 = OutputFilesServerToolItem.from_dict(data)

        return componentsschemas_output_items_type_29
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_output_items_type_30 = OutputCustomToolCallItem.from_dict(data)

    return componentsschemas_output_items_type_30
