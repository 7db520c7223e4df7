from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_responses_result_object import BaseResponsesResultObject
from ..models.open_ai_responses_response_status import OpenAIResponsesResponseStatus
from ..models.open_ai_responses_tool_choice_type_0 import OpenAIResponsesToolChoiceType0
from ..models.open_ai_responses_tool_choice_type_1 import OpenAIResponsesToolChoiceType1
from ..models.open_ai_responses_tool_choice_type_2 import OpenAIResponsesToolChoiceType2
from ..models.service_tier import ServiceTier
from ..models.truncation import Truncation
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.apply_patch_call_item import ApplyPatchCallItem
    from ..models.apply_patch_call_output_item import ApplyPatchCallOutputItem
    from ..models.apply_patch_server_tool import ApplyPatchServerTool
    from ..models.base_inputs_option_2_item_message import BaseInputsOption2ItemMessage
    from ..models.base_reasoning_config import BaseReasoningConfig
    from ..models.base_responses_result_tools_item_option_1 import BaseResponsesResultToolsItemOption1
    from ..models.code_interpreter_server_tool import CodeInterpreterServerTool
    from ..models.codex_local_shell_tool import CodexLocalShellTool
    from ..models.computer_use_server_tool import ComputerUseServerTool
    from ..models.custom_tool import CustomTool
    from ..models.file_search_server_tool import FileSearchServerTool
    from ..models.image_generation_server_tool import ImageGenerationServerTool
    from ..models.incomplete_details import IncompleteDetails
    from ..models.legacy_web_search_server_tool import LegacyWebSearchServerTool
    from ..models.mcp_server_tool import McpServerTool
    from ..models.namespace_tool import NamespaceTool
    from ..models.open_ai_response_custom_tool_call import OpenAIResponseCustomToolCall
    from ..models.open_ai_response_custom_tool_call_output import OpenAIResponseCustomToolCallOutput
    from ..models.open_ai_response_function_tool_call import OpenAIResponseFunctionToolCall
    from ..models.open_ai_response_function_tool_call_output import OpenAIResponseFunctionToolCallOutput
    from ..models.open_ai_response_input_message_item import OpenAIResponseInputMessageItem
    from ..models.open_ai_responses_tool_choice_apply_patch import OpenAIResponsesToolChoiceApplyPatch
    from ..models.open_ai_responses_tool_choice_function import OpenAIResponsesToolChoiceFunction
    from ..models.open_ai_responses_tool_choice_option_5 import OpenAIResponsesToolChoiceOption5
    from ..models.open_ai_responses_tool_choice_shell import OpenAIResponsesToolChoiceShell
    from ..models.open_ai_responses_usage import OpenAIResponsesUsage
    from ..models.output_item_apply_patch_call import OutputItemApplyPatchCall
    from ..models.output_item_code_interpreter_call import OutputItemCodeInterpreterCall
    from ..models.output_item_custom_tool_call import OutputItemCustomToolCall
    from ..models.output_item_file_search_call import OutputItemFileSearchCall
    from ..models.output_item_function_call import OutputItemFunctionCall
    from ..models.output_item_image_generation_call import OutputItemImageGenerationCall
    from ..models.output_item_reasoning import OutputItemReasoning
    from ..models.output_item_web_search_call import OutputItemWebSearchCall
    from ..models.output_message import OutputMessage
    from ..models.preview_20250311_web_search_server_tool import Preview20250311WebSearchServerTool
    from ..models.preview_web_search_server_tool import PreviewWebSearchServerTool
    from ..models.prompt_cache_options import PromptCacheOptions
    from ..models.request_metadata import RequestMetadata
    from ..models.responses_error_field import ResponsesErrorField
    from ..models.shell_server_tool import ShellServerTool
    from ..models.stored_prompt_template import StoredPromptTemplate
    from ..models.text_config import TextConfig
    from ..models.tool_choice_allowed import ToolChoiceAllowed
    from ..models.web_search_server_tool import WebSearchServerTool

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        ApplyPatchCallItem, \
        ApplyPatchCallOutputItem, \
        ApplyPatchServerTool, \
        BaseInputsOption2ItemMessage, \
        BaseReasoningConfig, \
        BaseResponsesResultToolsItemOption1, \
        CodeInterpreterServerTool, \
        CodexLocalShellTool, \
        ComputerUseServerTool, \
        CustomTool, \
        FileSearchServerTool, \
        ImageGenerationServerTool, \
        IncompleteDetails, \
        LegacyWebSearchServerTool, \
        McpServerTool, \
        NamespaceTool, \
        OpenAIResponseCustomToolCall, \
        OpenAIResponseCustomToolCallOutput, \
        OpenAIResponseFunctionToolCall, \
        OpenAIResponseFunctionToolCallOutput, \
        OpenAIResponseInputMessageItem, \
        OpenAIResponsesToolChoiceApplyPatch, \
        OpenAIResponsesToolChoiceFunction, \
        OpenAIResponsesToolChoiceOption5, \
        OpenAIResponsesToolChoiceShell, \
        OpenAIResponsesUsage, \
        OutputItemApplyPatchCall, \
        OutputItemCodeInterpreterCall, \
        OutputItemCustomToolCall, \
        OutputItemFileSearchCall, \
        OutputItemFunctionCall, \
        OutputItemImageGenerationCall, \
        OutputItemReasoning, \
        OutputItemWebSearchCall, \
        OutputMessage, \
        Preview20250311WebSearchServerTool, \
        PreviewWebSearchServerTool, \
        PromptCacheOptions, \
        RequestMetadata, \
        ResponsesErrorField, \
        ShellServerTool, \
        StoredPromptTemplate, \
        TextConfig, \
        ToolChoiceAllowed, \
        WebSearchServerTool
    if _lazy_imports_resolved:
        return
    from ..models.apply_patch_call_item import ApplyPatchCallItem  # noqa: PLC0415
    from ..models.apply_patch_call_output_item import ApplyPatchCallOutputItem  # noqa: PLC0415
    from ..models.apply_patch_server_tool import ApplyPatchServerTool  # noqa: PLC0415
    from ..models.base_inputs_option_2_item_message import BaseInputsOption2ItemMessage  # noqa: PLC0415
    from ..models.base_reasoning_config import BaseReasoningConfig  # noqa: PLC0415
    from ..models.base_responses_result_tools_item_option_1 import BaseResponsesResultToolsItemOption1  # noqa: PLC0415
    from ..models.code_interpreter_server_tool import CodeInterpreterServerTool  # noqa: PLC0415
    from ..models.codex_local_shell_tool import CodexLocalShellTool  # noqa: PLC0415
    from ..models.computer_use_server_tool import ComputerUseServerTool  # noqa: PLC0415
    from ..models.custom_tool import CustomTool  # noqa: PLC0415
    from ..models.file_search_server_tool import FileSearchServerTool  # noqa: PLC0415
    from ..models.image_generation_server_tool import ImageGenerationServerTool  # noqa: PLC0415
    from ..models.incomplete_details import IncompleteDetails  # noqa: PLC0415
    from ..models.legacy_web_search_server_tool import LegacyWebSearchServerTool  # noqa: PLC0415
    from ..models.mcp_server_tool import McpServerTool  # noqa: PLC0415
    from ..models.namespace_tool import NamespaceTool  # noqa: PLC0415
    from ..models.open_ai_response_custom_tool_call import OpenAIResponseCustomToolCall  # noqa: PLC0415
    from ..models.open_ai_response_custom_tool_call_output import OpenAIResponseCustomToolCallOutput  # noqa: PLC0415
    from ..models.open_ai_response_function_tool_call import OpenAIResponseFunctionToolCall  # noqa: PLC0415
    from ..models.open_ai_response_function_tool_call_output import OpenAIResponseFunctionToolCallOutput  # noqa: PLC0415
    from ..models.open_ai_response_input_message_item import OpenAIResponseInputMessageItem  # noqa: PLC0415
    from ..models.open_ai_responses_tool_choice_apply_patch import OpenAIResponsesToolChoiceApplyPatch  # noqa: PLC0415
    from ..models.open_ai_responses_tool_choice_function import OpenAIResponsesToolChoiceFunction  # noqa: PLC0415
    from ..models.open_ai_responses_tool_choice_option_5 import OpenAIResponsesToolChoiceOption5  # noqa: PLC0415
    from ..models.open_ai_responses_tool_choice_shell import OpenAIResponsesToolChoiceShell  # noqa: PLC0415
    from ..models.open_ai_responses_usage import OpenAIResponsesUsage  # noqa: PLC0415
    from ..models.output_item_apply_patch_call import OutputItemApplyPatchCall  # noqa: PLC0415
    from ..models.output_item_code_interpreter_call import OutputItemCodeInterpreterCall  # noqa: PLC0415
    from ..models.output_item_custom_tool_call import OutputItemCustomToolCall  # noqa: PLC0415
    from ..models.output_item_file_search_call import OutputItemFileSearchCall  # noqa: PLC0415
    from ..models.output_item_function_call import OutputItemFunctionCall  # noqa: PLC0415
    from ..models.output_item_image_generation_call import OutputItemImageGenerationCall  # noqa: PLC0415
    from ..models.output_item_reasoning import OutputItemReasoning  # noqa: PLC0415
    from ..models.output_item_web_search_call import OutputItemWebSearchCall  # noqa: PLC0415
    from ..models.output_message import OutputMessage  # noqa: PLC0415
    from ..models.preview_20250311_web_search_server_tool import Preview20250311WebSearchServerTool  # noqa: PLC0415
    from ..models.preview_web_search_server_tool import PreviewWebSearchServerTool  # noqa: PLC0415
    from ..models.prompt_cache_options import PromptCacheOptions  # noqa: PLC0415
    from ..models.request_metadata import RequestMetadata  # noqa: PLC0415
    from ..models.responses_error_field import ResponsesErrorField  # noqa: PLC0415
    from ..models.shell_server_tool import ShellServerTool  # noqa: PLC0415
    from ..models.stored_prompt_template import StoredPromptTemplate  # noqa: PLC0415
    from ..models.text_config import TextConfig  # noqa: PLC0415
    from ..models.tool_choice_allowed import ToolChoiceAllowed  # noqa: PLC0415
    from ..models.web_search_server_tool import WebSearchServerTool  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="BaseResponsesResult")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "completed_at",
        "created_at",
        "error",
        "frequency_penalty",
        "id",
        "incomplete_details",
        "instructions",
        "metadata",
        "model",
        "object",
        "output",
        "parallel_tool_calls",
        "presence_penalty",
        "status",
        "temperature",
        "tool_choice",
        "tools",
        "top_p",
        "background",
        "max_output_tokens",
        "max_tool_calls",
        "output_text",
        "previous_response_id",
        "prompt",
        "prompt_cache_key",
        "prompt_cache_options",
        "reasoning",
        "safety_identifier",
        "service_tier",
        "store",
        "text",
        "top_logprobs",
        "truncation",
        "usage",
        "user",
    }
)


@_attrs_define(repr=False)
class BaseResponsesResult:
    """
    Example:
        {'completed_at': 1704067210, 'created_at': 1704067200, 'error': None, 'frequency_penalty': None, 'id': 'resp-
            abc123', 'incomplete_details': None, 'instructions': None, 'max_output_tokens': None, 'metadata': None, 'model':
            'gpt-4', 'object': 'response', 'output': [], 'parallel_tool_calls': True, 'presence_penalty': None, 'status':
            'completed', 'temperature': None, 'tool_choice': 'auto', 'tools': [], 'top_p': None}

    Attributes:
        completed_at (int | None):
        created_at (int):
        error (None | ResponsesErrorField):
        frequency_penalty (float | None):
        id (str):
        incomplete_details (IncompleteDetails | None):
        instructions (list[ApplyPatchCallItem | ApplyPatchCallOutputItem | BaseInputsOption2ItemMessage |
            OpenAIResponseCustomToolCall | OpenAIResponseCustomToolCallOutput | OpenAIResponseFunctionToolCall |
            OpenAIResponseFunctionToolCallOutput | OpenAIResponseInputMessageItem | OutputItemImageGenerationCall |
            OutputMessage] | None | str):  Example: [{'content': 'What is the weather today?', 'role': 'user'}].
        metadata (None | RequestMetadata):
        model (str):
        object_ (BaseResponsesResultObject):
        output (list[OutputItemApplyPatchCall | OutputItemCodeInterpreterCall | OutputItemCustomToolCall |
            OutputItemFileSearchCall | OutputItemFunctionCall | OutputItemImageGenerationCall | OutputItemReasoning |
            OutputItemWebSearchCall | OutputMessage]):
        parallel_tool_calls (bool):
        presence_penalty (float | None):
        status (OpenAIResponsesResponseStatus):  Example: completed.
        temperature (float | None):
        tool_choice (OpenAIResponsesToolChoiceApplyPatch | OpenAIResponsesToolChoiceFunction |
            OpenAIResponsesToolChoiceOption5 | OpenAIResponsesToolChoiceShell | OpenAIResponsesToolChoiceType0 |
            OpenAIResponsesToolChoiceType1 | OpenAIResponsesToolChoiceType2 | ToolChoiceAllowed):  Example: auto.
        tools (list[ApplyPatchServerTool | BaseResponsesResultToolsItemOption1 | CodeInterpreterServerTool |
            CodexLocalShellTool | ComputerUseServerTool | CustomTool | FileSearchServerTool | ImageGenerationServerTool |
            LegacyWebSearchServerTool | McpServerTool | NamespaceTool | Preview20250311WebSearchServerTool |
            PreviewWebSearchServerTool | ShellServerTool | WebSearchServerTool]):
        top_p (float | None):
        background (bool | None | Unset):
        max_output_tokens (int | None | Unset):
        max_tool_calls (int | None | Unset):
        output_text (str | Unset):
        previous_response_id (None | str | Unset):
        prompt (None | StoredPromptTemplate | Unset):
        prompt_cache_key (None | str | Unset):
        prompt_cache_options (None | PromptCacheOptions | Unset):
        reasoning (BaseReasoningConfig | None | Unset):
        safety_identifier (None | str | Unset):
        service_tier (None | ServiceTier | Unset):
        store (bool | Unset):
        text (TextConfig | Unset): Text output configuration including format and verbosity Example: {'format': {'type':
            'text'}, 'verbosity': 'medium'}.
        top_logprobs (int | Unset):
        truncation (None | Truncation | Unset):
        usage (None | OpenAIResponsesUsage | Unset):
        user (None | str | Unset):
    """

    _completed_at: int | None = _attrs_field(alias="completed_at")
    _created_at: int = _attrs_field(alias="created_at")
    _error: None | ResponsesErrorField = _attrs_field(alias="error")
    _frequency_penalty: float | None = _attrs_field(alias="frequency_penalty")
    _id: str = _attrs_field(alias="id")
    _incomplete_details: IncompleteDetails | None = _attrs_field(alias="incomplete_details")
    _instructions: (
        list[
            ApplyPatchCallItem
            | ApplyPatchCallOutputItem
            | BaseInputsOption2ItemMessage
            | OpenAIResponseCustomToolCall
            | OpenAIResponseCustomToolCallOutput
            | OpenAIResponseFunctionToolCall
            | OpenAIResponseFunctionToolCallOutput
            | OpenAIResponseInputMessageItem
            | OutputItemImageGenerationCall
            | OutputMessage
        ]
        | None
        | str
    ) = _attrs_field(alias="instructions")
    _metadata: None | RequestMetadata = _attrs_field(alias="metadata")
    _model: str = _attrs_field(alias="model")
    _object_: BaseResponsesResultObject = _attrs_field(alias="object_")
    _output: list[
        OutputItemApplyPatchCall
        | OutputItemCodeInterpreterCall
        | OutputItemCustomToolCall
        | OutputItemFileSearchCall
        | OutputItemFunctionCall
        | OutputItemImageGenerationCall
        | OutputItemReasoning
        | OutputItemWebSearchCall
        | OutputMessage
    ] = _attrs_field(alias="output")
    _parallel_tool_calls: bool = _attrs_field(alias="parallel_tool_calls")
    _presence_penalty: float | None = _attrs_field(alias="presence_penalty")
    _status: OpenAIResponsesResponseStatus = _attrs_field(alias="status")
    _temperature: float | None = _attrs_field(alias="temperature")
    _tool_choice: (
        OpenAIResponsesToolChoiceApplyPatch
        | OpenAIResponsesToolChoiceFunction
        | OpenAIResponsesToolChoiceOption5
        | OpenAIResponsesToolChoiceShell
        | OpenAIResponsesToolChoiceType0
        | OpenAIResponsesToolChoiceType1
        | OpenAIResponsesToolChoiceType2
        | ToolChoiceAllowed
    ) = _attrs_field(alias="tool_choice")
    _tools: list[
        ApplyPatchServerTool
        | BaseResponsesResultToolsItemOption1
        | CodeInterpreterServerTool
        | CodexLocalShellTool
        | ComputerUseServerTool
        | CustomTool
        | FileSearchServerTool
        | ImageGenerationServerTool
        | LegacyWebSearchServerTool
        | McpServerTool
        | NamespaceTool
        | Preview20250311WebSearchServerTool
        | PreviewWebSearchServerTool
        | ShellServerTool
        | WebSearchServerTool
    ] = _attrs_field(alias="tools")
    _top_p: float | None = _attrs_field(alias="top_p")
    background: bool | None | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    output_text: str | Unset = UNSET
    previous_response_id: None | str | Unset = UNSET
    prompt: None | StoredPromptTemplate | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_options: None | PromptCacheOptions | Unset = UNSET
    reasoning: BaseReasoningConfig | None | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    service_tier: None | ServiceTier | Unset = UNSET
    store: bool | Unset = UNSET
    text: TextConfig | Unset = UNSET
    top_logprobs: int | Unset = UNSET
    truncation: None | Truncation | Unset = UNSET
    usage: None | OpenAIResponsesUsage | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def completed_at(self) -> int | None:
        value: Any = self._completed_at
        if value is UNSET:
            raise MissingFieldError("BaseResponsesResult", "completed_at")
        return value

    @completed_at.setter
    def completed_at(self, value: int | None) -> None:
        self._completed_at = value

    @property
    def created_at(self) -> int:
        value: Any = self._created_at
        if value is UNSET:
            raise MissingFieldError("BaseResponsesResult", "created_at")
        return value

    @created_at.setter
    def created_at(self, value: int) -> None:
        self._created_at = value

    @property
    def error(self) -> None | ResponsesErrorField:
        value: Any = self._error
        if value is UNSET:
            raise MissingFieldError("BaseResponsesResult", "error")
        return value

    @error.setter
    def error(self, value: None | ResponsesErrorField) -> None:
        self._error = value

    @property
    def frequency_penalty(self) -> float | None:
        value: Any = self._frequency_penalty
        if value is UNSET:
            raise MissingFieldError("BaseResponsesResult", "frequency_penalty")
        return value

    @frequency_penalty.setter
    def frequency_penalty(self, value: float | None) -> None:
        self._frequency_penalty = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("BaseResponsesResult", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def incomplete_details(self) -> IncompleteDetails | None:
        value: Any = self._incomplete_details
        if value is UNSET:
            raise MissingFieldError("BaseResponsesResult", "incomplete_details")
        return value

    @incomplete_details.setter
    def incomplete_details(self, value: IncompleteDetails | None) -> None:
        self._incomplete_details = value

    @property
    def instructions(
        self,
    ) -> (
        list[
            ApplyPatchCallItem
            | ApplyPatchCallOutputItem
            | BaseInputsOption2ItemMessage
            | OpenAIResponseCustomToolCall
            | OpenAIResponseCustomToolCallOutput
            | OpenAIResponseFunctionToolCall
            | OpenAIResponseFunctionToolCallOutput
            | OpenAIResponseInputMessageItem
            | OutputItemImageGenerationCall
            | OutputMessage
        ]
        | None
        | str
    ):
        value: Any = self._instructions
        if value is UNSET:
            raise MissingFieldError("BaseResponsesResult", "instructions")
        return value

    @instructions.setter
    def instructions(
        self,
        value: list[
            ApplyPatchCallItem
            | ApplyPatchCallOutputItem
            | BaseInputsOption2ItemMessage
            | OpenAIResponseCustomToolCall
            | OpenAIResponseCustomToolCallOutput
            | OpenAIResponseFunctionToolCall
            | OpenAIResponseFunctionToolCallOutput
            | OpenAIResponseInputMessageItem
            | OutputItemImageGenerationCall
            | OutputMessage
        ]
        | None
        | str,
    ) -> None:
        self._instructions = value

    @property
    def metadata(self) -> None | RequestMetadata:
        value: Any = self._metadata
        if value is UNSET:
            raise MissingFieldError("BaseResponsesResult", "metadata")
        return value

    @metadata.setter
    def metadata(self, value: None | RequestMetadata) -> None:
        self._metadata = value

    @property
    def model(self) -> str:
        value: Any = self._model
        if value is UNSET:
            raise MissingFieldError("BaseResponsesResult", "model")
        return value

    @model.setter
    def model(self, value: str) -> None:
        self._model = value

    @property
    def object_(self) -> BaseResponsesResultObject:
        value: Any = self._object_
        if value is UNSET:
            raise MissingFieldError("BaseResponsesResult", "object")
        return value

    @object_.setter
    def object_(self, value: BaseResponsesResultObject) -> None:
        self._object_ = value

    @property
    def output(
        self,
    ) -> list[
        OutputItemApplyPatchCall
        | OutputItemCodeInterpreterCall
        | OutputItemCustomToolCall
        | OutputItemFileSearchCall
        | OutputItemFunctionCall
        | OutputItemImageGenerationCall
        | OutputItemReasoning
        | OutputItemWebSearchCall
        | OutputMessage
    ]:
        value: Any = self._output
        if value is UNSET:
            raise MissingFieldError("BaseResponsesResult", "output")
        return value

    @output.setter
    def output(
        self,
        value: list[
            OutputItemApplyPatchCall
            | OutputItemCodeInterpreterCall
            | OutputItemCustomToolCall
            | OutputItemFileSearchCall
            | OutputItemFunctionCall
            | OutputItemImageGenerationCall
            | OutputItemReasoning
            | OutputItemWebSearchCall
            | OutputMessage
        ],
    ) -> None:
        self._output = value

    @property
    def parallel_tool_calls(self) -> bool:
        value: Any = self._parallel_tool_calls
        if value is UNSET:
            raise MissingFieldError("BaseResponsesResult", "parallel_tool_calls")
        return value

    @parallel_tool_calls.setter
    def parallel_tool_calls(self, value: bool) -> None:
        self._parallel_tool_calls = value

    @property
    def presence_penalty(self) -> float | None:
        value: Any = self._presence_penalty
        if value is UNSET:
            raise MissingFieldError("BaseResponsesResult", "presence_penalty")
        return value

    @presence_penalty.setter
    def presence_penalty(self, value: float | None) -> None:
        self._presence_penalty = value

    @property
    def status(self) -> OpenAIResponsesResponseStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("BaseResponsesResult", "status")
        return value

    @status.setter
    def status(self, value: OpenAIResponsesResponseStatus) -> None:
        self._status = value

    @property
    def temperature(self) -> float | None:
        value: Any = self._temperature
        if value is UNSET:
            raise MissingFieldError("BaseResponsesResult", "temperature")
        return value

    @temperature.setter
    def temperature(self, value: float | None) -> None:
        self._temperature = value

    @property
    def tool_choice(
        self,
    ) -> (
        OpenAIResponsesToolChoiceApplyPatch
        | OpenAIResponsesToolChoiceFunction
        | OpenAIResponsesToolChoiceOption5
        | OpenAIResponsesToolChoiceShell
        | OpenAIResponsesToolChoiceType0
        | OpenAIResponsesToolChoiceType1
        | OpenAIResponsesToolChoiceType2
        | ToolChoiceAllowed
    ):
        value: Any = self._tool_choice
        if value is UNSET:
            raise MissingFieldError("BaseResponsesResult", "tool_choice")
        return value

    @tool_choice.setter
    def tool_choice(
        self,
        value: OpenAIResponsesToolChoiceApplyPatch
        | OpenAIResponsesToolChoiceFunction
        | OpenAIResponsesToolChoiceOption5
        | OpenAIResponsesToolChoiceShell
        | OpenAIResponsesToolChoiceType0
        | OpenAIResponsesToolChoiceType1
        | OpenAIResponsesToolChoiceType2
        | ToolChoiceAllowed,
    ) -> None:
        self._tool_choice = value

    @property
    def tools(
        self,
    ) -> list[
        ApplyPatchServerTool
        | BaseResponsesResultToolsItemOption1
        | CodeInterpreterServerTool
        | CodexLocalShellTool
        | ComputerUseServerTool
        | CustomTool
        | FileSearchServerTool
        | ImageGenerationServerTool
        | LegacyWebSearchServerTool
        | McpServerTool
        | NamespaceTool
        | Preview20250311WebSearchServerTool
        | PreviewWebSearchServerTool
        | ShellServerTool
        | WebSearchServerTool
    ]:
        value: Any = self._tools
        if value is UNSET:
            raise MissingFieldError("BaseResponsesResult", "tools")
        return value

    @tools.setter
    def tools(
        self,
        value: list[
            ApplyPatchServerTool
            | BaseResponsesResultToolsItemOption1
            | CodeInterpreterServerTool
            | CodexLocalShellTool
            | ComputerUseServerTool
            | CustomTool
            | FileSearchServerTool
            | ImageGenerationServerTool
            | LegacyWebSearchServerTool
            | McpServerTool
            | NamespaceTool
            | Preview20250311WebSearchServerTool
            | PreviewWebSearchServerTool
            | ShellServerTool
            | WebSearchServerTool
        ],
    ) -> None:
        self._tools = value

    @property
    def top_p(self) -> float | None:
        value: Any = self._top_p
        if value is UNSET:
            raise MissingFieldError("BaseResponsesResult", "top_p")
        return value

    @top_p.setter
    def top_p(self, value: float | None) -> None:
        self._top_p = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"completed_at={self._completed_at!r}, "
            f"created_at={self._created_at!r}, "
            f"error={self._error!r}, "
            f"frequency_penalty={self._frequency_penalty!r}, "
            f"id={self._id!r}, "
            f"incomplete_details={self._incomplete_details!r}, "
            f"instructions={self._instructions!r}, "
            f"metadata={self._metadata!r}, "
            f"model={self._model!r}, "
            f"object_={self._object_!r}, "
            f"output={self._output!r}, "
            f"parallel_tool_calls={self._parallel_tool_calls!r}, "
            f"presence_penalty={self._presence_penalty!r}, "
            f"status={self._status!r}, "
            f"temperature={self._temperature!r}, "
            f"tool_choice={self._tool_choice!r}, "
            f"tools={self._tools!r}, "
            f"top_p={self._top_p!r}, "
            f"background={self.background!r}, "
            f"max_output_tokens={self.max_output_tokens!r}, "
            f"max_tool_calls={self.max_tool_calls!r}, "
            f"output_text={self.output_text!r}, "
            f"previous_response_id={self.previous_response_id!r}, "
            f"prompt={self.prompt!r}, "
            f"prompt_cache_key={self.prompt_cache_key!r}, "
            f"prompt_cache_options={self.prompt_cache_options!r}, "
            f"reasoning={self.reasoning!r}, "
            f"safety_identifier={self.safety_identifier!r}, "
            f"service_tier={self.service_tier!r}, "
            f"store={self.store!r}, "
            f"text={self.text!r}, "
            f"top_logprobs={self.top_logprobs!r}, "
            f"truncation={self.truncation!r}, "
            f"usage={self.usage!r}, "
            f"user={self.user!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        completed_at: Any = self._completed_at

        created_at: Any = self._created_at

        error: Any = self._error
        if not (isinstance(error, Unset) or error is None):
            if isinstance(self._error, ResponsesErrorField):
                error = self._error.to_dict()
            else:
                error = self._error

        frequency_penalty: Any = self._frequency_penalty

        id: Any = self._id

        incomplete_details: Any = self._incomplete_details
        if not (isinstance(incomplete_details, Unset) or incomplete_details is None):
            if isinstance(self._incomplete_details, IncompleteDetails):
                incomplete_details = self._incomplete_details.to_dict()
            else:
                incomplete_details = self._incomplete_details

        instructions: Any = self._instructions
        if not (isinstance(instructions, Unset) or instructions is None):
            if isinstance(self._instructions, list):
                instructions = []
                for componentsschemas_base_inputs_type_1_item_data in self._instructions:
                    componentsschemas_base_inputs_type_1_item: dict[str, Any]
                    if isinstance(componentsschemas_base_inputs_type_1_item_data, BaseInputsOption2ItemMessage):
                        componentsschemas_base_inputs_type_1_item = (
                            componentsschemas_base_inputs_type_1_item_data.to_dict()
                        )
                    elif isinstance(componentsschemas_base_inputs_type_1_item_data, OpenAIResponseInputMessageItem):
                        componentsschemas_base_inputs_type_1_item = (
                            componentsschemas_base_inputs_type_1_item_data.to_dict()
                        )
                    elif isinstance(
                        componentsschemas_base_inputs_type_1_item_data, OpenAIResponseFunctionToolCallOutput
                    ):
                        componentsschemas_base_inputs_type_1_item = (
                            componentsschemas_base_inputs_type_1_item_data.to_dict()
                        )
                    elif isinstance(componentsschemas_base_inputs_type_1_item_data, OpenAIResponseFunctionToolCall):
                        componentsschemas_base_inputs_type_1_item = (
                            componentsschemas_base_inputs_type_1_item_data.to_dict()
                        )
                    elif isinstance(componentsschemas_base_inputs_type_1_item_data, OutputItemImageGenerationCall):
                        componentsschemas_base_inputs_type_1_item = (
                            componentsschemas_base_inputs_type_1_item_data.to_dict()
                        )
                    elif isinstance(componentsschemas_base_inputs_type_1_item_data, OutputMessage):
                        componentsschemas_base_inputs_type_1_item = (
                            componentsschemas_base_inputs_type_1_item_data.to_dict()
                        )
                    elif isinstance(componentsschemas_base_inputs_type_1_item_data, OpenAIResponseCustomToolCall):
                        componentsschemas_base_inputs_type_1_item = (
                            componentsschemas_base_inputs_type_1_item_data.to_dict()
                        )
                    elif isinstance(componentsschemas_base_inputs_type_1_item_data, OpenAIResponseCustomToolCallOutput):
                        componentsschemas_base_inputs_type_1_item = (
                            componentsschemas_base_inputs_type_1_item_data.to_dict()
                        )
                    elif isinstance(componentsschemas_base_inputs_type_1_item_data, ApplyPatchCallItem):
                        componentsschemas_base_inputs_type_1_item = (
                            componentsschemas_base_inputs_type_1_item_data.to_dict()
                        )
                    else:
                        componentsschemas_base_inputs_type_1_item = (
                            componentsschemas_base_inputs_type_1_item_data.to_dict()
                        )

                    instructions.append(componentsschemas_base_inputs_type_1_item)

            else:
                instructions = self._instructions

        metadata: Any = self._metadata
        if not (isinstance(metadata, Unset) or metadata is None):
            if isinstance(self._metadata, RequestMetadata):
                metadata = self._metadata.to_dict()
            else:
                metadata = self._metadata

        model: Any = self._model

        object_: Any = self._object_
        if not (isinstance(object_, Unset) or object_ is None):
            object_ = self._object_.value

        output: Any = self._output
        if not (isinstance(output, Unset) or output is None):
            output = []
            for output_item_data in self._output:
                output_item: dict[str, Any]
                if isinstance(output_item_data, OutputMessage):
                    output_item = output_item_data.to_dict()
                elif isinstance(output_item_data, OutputItemReasoning):
                    output_item = output_item_data.to_dict()
                elif isinstance(output_item_data, OutputItemFunctionCall):
                    output_item = output_item_data.to_dict()
                elif isinstance(output_item_data, OutputItemCustomToolCall):
                    output_item = output_item_data.to_dict()
                elif isinstance(output_item_data, OutputItemWebSearchCall):
                    output_item = output_item_data.to_dict()
                elif isinstance(output_item_data, OutputItemFileSearchCall):
                    output_item = output_item_data.to_dict()
                elif isinstance(output_item_data, OutputItemImageGenerationCall):
                    output_item = output_item_data.to_dict()
                elif isinstance(output_item_data, OutputItemApplyPatchCall):
                    output_item = output_item_data.to_dict()
                else:
                    output_item = output_item_data.to_dict()

                output.append(output_item)

        parallel_tool_calls: Any = self._parallel_tool_calls

        presence_penalty: Any = self._presence_penalty

        status: Any = self._status
        if not (isinstance(status, Unset) or status is None):
            status = self._status.value

        temperature: Any = self._temperature

        tool_choice: Any = self._tool_choice
        if not (isinstance(tool_choice, Unset) or tool_choice is None):
            if isinstance(self._tool_choice, OpenAIResponsesToolChoiceType0):
                tool_choice = self._tool_choice.value
            elif isinstance(self._tool_choice, OpenAIResponsesToolChoiceType1):
                tool_choice = self._tool_choice.value
            elif isinstance(self._tool_choice, OpenAIResponsesToolChoiceType2):
                tool_choice = self._tool_choice.value
            elif isinstance(self._tool_choice, OpenAIResponsesToolChoiceFunction):
                tool_choice = self._tool_choice.to_dict()
            elif isinstance(self._tool_choice, OpenAIResponsesToolChoiceOption5):
                tool_choice = self._tool_choice.to_dict()
            elif isinstance(self._tool_choice, ToolChoiceAllowed):
                tool_choice = self._tool_choice.to_dict()
            elif isinstance(self._tool_choice, OpenAIResponsesToolChoiceApplyPatch):
                tool_choice = self._tool_choice.to_dict()
            else:
                tool_choice = self._tool_choice.to_dict()

        tools: Any = self._tools
        if not (isinstance(tools, Unset) or tools is None):
            tools = []
            for tools_item_data in self._tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, BaseResponsesResultToolsItemOption1):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, PreviewWebSearchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, Preview20250311WebSearchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, LegacyWebSearchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, WebSearchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, FileSearchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ComputerUseServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, CodeInterpreterServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, McpServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ImageGenerationServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, CodexLocalShellTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ShellServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ApplyPatchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, CustomTool):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        top_p: Any = self._top_p

        background: Any = self.background

        max_output_tokens: Any = self.max_output_tokens

        max_tool_calls: Any = self.max_tool_calls

        output_text: Any = self.output_text

        previous_response_id: Any = self.previous_response_id

        prompt: Any = self.prompt
        if not (isinstance(prompt, Unset) or prompt is None):
            if isinstance(self.prompt, StoredPromptTemplate):
                prompt = self.prompt.to_dict()
            else:
                prompt = self.prompt

        prompt_cache_key: Any = self.prompt_cache_key

        prompt_cache_options: Any = self.prompt_cache_options
        if not (isinstance(prompt_cache_options, Unset) or prompt_cache_options is None):
            if isinstance(self.prompt_cache_options, PromptCacheOptions):
                prompt_cache_options = self.prompt_cache_options.to_dict()
            else:
                prompt_cache_options = self.prompt_cache_options

        reasoning: Any = self.reasoning
        if not (isinstance(reasoning, Unset) or reasoning is None):
            if isinstance(self.reasoning, BaseReasoningConfig):
                reasoning = self.reasoning.to_dict()
            else:
                reasoning = self.reasoning

        safety_identifier: Any = self.safety_identifier

        service_tier: Any = self.service_tier
        if not (isinstance(service_tier, Unset) or service_tier is None):
            if isinstance(self.service_tier, ServiceTier):
                service_tier = self.service_tier.value
            else:
                service_tier = self.service_tier

        store: Any = self.store

        text: Any = self.text
        if not (isinstance(text, Unset) or text is None):
            text = text.to_dict()

        top_logprobs: Any = self.top_logprobs

        truncation: Any = self.truncation
        if not (isinstance(truncation, Unset) or truncation is None):
            if isinstance(self.truncation, Truncation):
                truncation = self.truncation.value
            else:
                truncation = self.truncation

        usage: Any = self.usage
        if not (isinstance(usage, Unset) or usage is None):
            if isinstance(self.usage, OpenAIResponsesUsage):
                usage = self.usage.to_dict()
            else:
                usage = self.usage

        user: Any = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if error is not UNSET:
            field_dict["error"] = error
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if id is not UNSET:
            field_dict["id"] = id
        if incomplete_details is not UNSET:
            field_dict["incomplete_details"] = incomplete_details
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if model is not UNSET:
            field_dict["model"] = model
        if object_ is not UNSET:
            field_dict["object"] = object_
        if output is not UNSET:
            field_dict["output"] = output
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if status is not UNSET:
            field_dict["status"] = status
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if background is not UNSET:
            field_dict["background"] = background
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if output_text is not UNSET:
            field_dict["output_text"] = output_text
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if store is not UNSET:
            field_dict["store"] = store
        if text is not UNSET:
            field_dict["text"] = text
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if usage is not UNSET:
            field_dict["usage"] = usage
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of BaseResponsesResult and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "completed_at" not in data:
            return False
        if "created_at" not in data:
            return False
        if "error" not in data:
            return False
        if "frequency_penalty" not in data:
            return False
        if "id" not in data:
            return False
        if "incomplete_details" not in data:
            return False
        if "instructions" not in data:
            return False
        if "metadata" not in data:
            return False
        if "model" not in data:
            return False
        if "object" not in data:
            return False
        if "object" in data and not BaseResponsesResultObject.is_known(data["object"]):
            return False
        if "output" not in data:
            return False
        if "parallel_tool_calls" not in data:
            return False
        if "presence_penalty" not in data:
            return False
        if "status" not in data:
            return False
        if "status" in data and not OpenAIResponsesResponseStatus.is_known(data["status"]):
            return False
        if "temperature" not in data:
            return False
        if "tool_choice" not in data:
            return False
        if "tools" not in data:
            return False
        if "top_p" not in data:
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
                    f"BaseResponsesResult is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            completed_at = d.get("completed_at", UNSET)

            created_at = d.get("created_at", UNSET)

            _field = "error"
            _raw_error = d.get("error", UNSET)
            error: Any = _raw_error
            if _raw_error is not None and _raw_error is not UNSET:
                error = (
                    ResponsesErrorField.from_dict(_raw_error) if type(_raw_error) is dict else _parse_error(_raw_error)
                )

            frequency_penalty = d.get("frequency_penalty", UNSET)

            id = d.get("id", UNSET)

            _field = "incomplete_details"
            _raw_incomplete_details = d.get("incomplete_details", UNSET)
            incomplete_details: Any = _raw_incomplete_details
            if _raw_incomplete_details is not None and _raw_incomplete_details is not UNSET:
                incomplete_details = (
                    IncompleteDetails.from_dict(_raw_incomplete_details)
                    if type(_raw_incomplete_details) is dict
                    else _parse_incomplete_details(_raw_incomplete_details)
                )

            _field = "instructions"
            _raw_instructions = d.get("instructions", UNSET)
            instructions: Any = _raw_instructions
            if _raw_instructions is not None and _raw_instructions is not UNSET:
                instructions = _parse_instructions(_raw_instructions)

            _field = "metadata"
            _raw_metadata = d.get("metadata", UNSET)
            metadata: Any = _raw_metadata
            if _raw_metadata is not None and _raw_metadata is not UNSET:
                metadata = (
                    RequestMetadata.from_dict(_raw_metadata)
                    if type(_raw_metadata) is dict
                    else _parse_metadata(_raw_metadata)
                )

            model = d.get("model", UNSET)

            _field = "object"
            _raw_object_ = d.get("object", UNSET)
            object_: Any = _raw_object_
            if _raw_object_ is not None and _raw_object_ is not UNSET:
                object_ = BaseResponsesResultObject._value2member_map_.get(
                    _raw_object_
                ) or BaseResponsesResultObject._parse(_raw_object_)

            _field = "output"
            _raw_output = d.get("output", UNSET)
            output: Any = _raw_output
            if _raw_output is not None and _raw_output is not UNSET:
                output = [_parse_output_item(output_item_data) for output_item_data in _raw_output]

            parallel_tool_calls = d.get("parallel_tool_calls", UNSET)

            presence_penalty = d.get("presence_penalty", UNSET)

            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = OpenAIResponsesResponseStatus._value2member_map_.get(
                    _raw_status
                ) or OpenAIResponsesResponseStatus._parse(_raw_status)

            temperature = d.get("temperature", UNSET)

            _field = "tool_choice"
            _raw_tool_choice = d.get("tool_choice", UNSET)
            tool_choice: Any = _raw_tool_choice
            if _raw_tool_choice is not None and _raw_tool_choice is not UNSET:
                tool_choice = _parse_tool_choice(_raw_tool_choice)

            _field = "tools"
            _raw_tools = d.get("tools", UNSET)
            tools: Any = _raw_tools
            if _raw_tools is not None and _raw_tools is not UNSET:
                tools = [_parse_tools_item(tools_item_data) for tools_item_data in _raw_tools]

            top_p = d.get("top_p", UNSET)

            background = d.get("background", UNSET)

            max_output_tokens = d.get("max_output_tokens", UNSET)

            max_tool_calls = d.get("max_tool_calls", UNSET)

            output_text = d.get("output_text", UNSET)

            previous_response_id = d.get("previous_response_id", UNSET)

            _field = "prompt"
            _raw_prompt = d.get("prompt", UNSET)
            prompt: Any = _raw_prompt
            if _raw_prompt is not None and _raw_prompt is not UNSET:
                prompt = (
                    StoredPromptTemplate.from_dict(_raw_prompt)
                    if type(_raw_prompt) is dict
                    else _parse_prompt(_raw_prompt)
                )

            prompt_cache_key = d.get("prompt_cache_key", UNSET)

            _field = "prompt_cache_options"
            _raw_prompt_cache_options = d.get("prompt_cache_options", UNSET)
            prompt_cache_options: Any = _raw_prompt_cache_options
            if _raw_prompt_cache_options is not None and _raw_prompt_cache_options is not UNSET:
                prompt_cache_options = (
                    PromptCacheOptions.from_dict(_raw_prompt_cache_options)
                    if type(_raw_prompt_cache_options) is dict
                    else _parse_prompt_cache_options(_raw_prompt_cache_options)
                )

            _field = "reasoning"
            _raw_reasoning = d.get("reasoning", UNSET)
            reasoning: Any = _raw_reasoning
            if _raw_reasoning is not None and _raw_reasoning is not UNSET:
                reasoning = (
                    BaseReasoningConfig.from_dict(_raw_reasoning)
                    if type(_raw_reasoning) is dict
                    else _parse_reasoning(_raw_reasoning)
                )

            safety_identifier = d.get("safety_identifier", UNSET)

            _field = "service_tier"
            _raw_service_tier = d.get("service_tier", UNSET)
            service_tier: Any = _raw_service_tier
            if _raw_service_tier is not None and _raw_service_tier is not UNSET:
                service_tier = _parse_service_tier(_raw_service_tier)

            store = d.get("store", UNSET)

            _field = "text"
            _raw_text = d.get("text", UNSET)
            text: Any = _raw_text
            if _raw_text is not None and _raw_text is not UNSET:
                text = TextConfig.from_dict(_raw_text)

            top_logprobs = d.get("top_logprobs", UNSET)

            _field = "truncation"
            _raw_truncation = d.get("truncation", UNSET)
            truncation: Any = _raw_truncation
            if _raw_truncation is not None and _raw_truncation is not UNSET:
                truncation = _parse_truncation(_raw_truncation)

            _field = "usage"
            _raw_usage = d.get("usage", UNSET)
            usage: Any = _raw_usage
            if _raw_usage is not None and _raw_usage is not UNSET:
                usage = (
                    OpenAIResponsesUsage.from_dict(_raw_usage) if type(_raw_usage) is dict else _parse_usage(_raw_usage)
                )

            user = d.get("user", UNSET)

        except FieldParseError as error:
            raise error.within("BaseResponsesResult", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("BaseResponsesResult", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        base_responses_result = cls(
            completed_at,
            created_at,
            error,
            frequency_penalty,
            id,
            incomplete_details,
            instructions,
            metadata,
            model,
            object_,
            output,
            parallel_tool_calls,
            presence_penalty,
            status,
            temperature,
            tool_choice,
            tools,
            top_p,
            background,
            max_output_tokens,
            max_tool_calls,
            output_text,
            previous_response_id,
            prompt,
            prompt_cache_key,
            prompt_cache_options,
            reasoning,
            safety_identifier,
            service_tier,
            store,
            text,
            top_logprobs,
            truncation,
            usage,
            user,
        )

        if not _DECLARED_KEYS.issuperset(d):
            base_responses_result.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return base_responses_result

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


BaseResponsesResult.__annotations__ = ResolvingAnnotations(BaseResponsesResult.__annotations__, _resolve_lazy_imports)


def _parse_error(data: object) -> None | ResponsesErrorField:
    if data is None:
        return data
    if ResponsesErrorField._matches(data):
        try:
            error_type_0 = ResponsesErrorField.from_dict(data)

            return error_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        error_type_0 = ResponsesErrorField.from_dict(data)

        return error_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ResponsesErrorField", data)


def _parse_incomplete_details(data: object) -> IncompleteDetails | None:
    if data is None:
        return data
    if IncompleteDetails._matches(data):
        try:
            incomplete_details_type_0 = IncompleteDetails.from_dict(data)

            return incomplete_details_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        incomplete_details_type_0 = IncompleteDetails.from_dict(data)

        return incomplete_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("IncompleteDetails | None", data)


def _parse_instructions(
    data: object,
) -> (
    list[
        ApplyPatchCallItem
        | ApplyPatchCallOutputItem
        | BaseInputsOption2ItemMessage
        | OpenAIResponseCustomToolCall
        | OpenAIResponseCustomToolCallOutput
        | OpenAIResponseFunctionToolCall
        | OpenAIResponseFunctionToolCallOutput
        | OpenAIResponseInputMessageItem
        | OutputItemImageGenerationCall
        | OutputMessage
    ]
    | None
    | str
):
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        componentsschemas_base_inputs_type_1 = [
            _parse_componentsschemas_base_inputs_type_1_item(componentsschemas_base_inputs_type_1_item_data)
            for componentsschemas_base_inputs_type_1_item_data in data
        ]

        return componentsschemas_base_inputs_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "list[ApplyPatchCallItem | ApplyPatchCallOutputItem | BaseInputsOption2ItemMessage | OpenAIResponseCustomToolCall | OpenAIResponseCustomToolCallOutput | OpenAIResponseFunctionToolCall | OpenAIResponseFunctionToolCallOutput | OpenAIResponseInputMessageItem | OutputItemImageGenerationCall | OutputMessage] | None | str",
        data,
    )


def _parse_componentsschemas_base_inputs_type_1_item(
    data: object,
) -> (
    ApplyPatchCallItem
    | ApplyPatchCallOutputItem
    | BaseInputsOption2ItemMessage
    | OpenAIResponseCustomToolCall
    | OpenAIResponseCustomToolCallOutput
    | OpenAIResponseFunctionToolCall
    | OpenAIResponseFunctionToolCallOutput
    | OpenAIResponseInputMessageItem
    | OutputItemImageGenerationCall
    | OutputMessage
):
    if BaseInputsOption2ItemMessage._matches(data):
        try:
            componentsschemas_base_inputs_type_1_item_type_0 = BaseInputsOption2ItemMessage.from_dict(data)

            return componentsschemas_base_inputs_type_1_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenAIResponseInputMessageItem._matches(data):
        try:
            componentsschemas_base_inputs_type_1_item_type_1 = OpenAIResponseInputMessageItem.from_dict(data)

            return componentsschemas_base_inputs_type_1_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenAIResponseFunctionToolCallOutput._matches(data):
        try:
            componentsschemas_base_inputs_type_1_item_type_2 = OpenAIResponseFunctionToolCallOutput.from_dict(data)

            return componentsschemas_base_inputs_type_1_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenAIResponseFunctionToolCall._matches(data):
        try:
            componentsschemas_base_inputs_type_1_item_type_3 = OpenAIResponseFunctionToolCall.from_dict(data)

            return componentsschemas_base_inputs_type_1_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputItemImageGenerationCall._matches(data):
        try:
            componentsschemas_base_inputs_type_1_item_type_4 = OutputItemImageGenerationCall.from_dict(data)

            return componentsschemas_base_inputs_type_1_item_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputMessage._matches(data):
        try:
            componentsschemas_base_inputs_type_1_item_type_5 = OutputMessage.from_dict(data)

            return componentsschemas_base_inputs_type_1_item_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenAIResponseCustomToolCall._matches(data):
        try:
            componentsschemas_base_inputs_type_1_item_type_6 = OpenAIResponseCustomToolCall.from_dict(data)

            return componentsschemas_base_inputs_type_1_item_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenAIResponseCustomToolCallOutput._matches(data):
        try:
            componentsschemas_base_inputs_type_1_item_type_7 = OpenAIResponseCustomToolCallOutput.from_dict(data)

            return componentsschemas_base_inputs_type_1_item_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ApplyPatchCallItem._matches(data):
        try:
            componentsschemas_base_inputs_type_1_item_type_8 = ApplyPatchCallItem.from_dict(data)

            return componentsschemas_base_inputs_type_1_item_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ApplyPatchCallOutputItem._matches(data):
        try:
            componentsschemas_base_inputs_type_1_item_type_9 = ApplyPatchCallOutputItem.from_dict(data)

            return componentsschemas_base_inputs_type_1_item_type_9
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_base_inputs_type_1_item_type_0 = BaseInputsOption2ItemMessage.from_dict(data)

        return componentsschemas_base_inputs_type_1_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_base_inputs_type_1_item_type_1 = OpenAIResponseInputMessageItem.from_dict(data)

        return componentsschemas_base_inputs_type_1_item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_base_inputs_type_1_item_type_2 = OpenAIResponseFunctionToolCallOutput.from_dict(data)

        return componentsschemas_base_inputs_type_1_item_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_base_inputs_type_1_item_type_3 = OpenAIResponseFunctionToolCall.from_dict(data)

        return componentsschemas_base_inputs_type_1_item_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_base_inputs_type_1_item_type_4 = OutputItemImageGenerationCall.from_dict(data)

        return componentsschemas_base_inputs_type_1_item_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_base_inputs_type_1_item_type_5 = OutputMessage.from_dict(data)

        return componentsschemas_base_inputs_type_1_item_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_base_inputs_type_1_item_type_6 = OpenAIResponseCustomToolCall.from_dict(data)

        return componentsschemas_base_inputs_type_1_item_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_base_inputs_type_1_item_type_7 = OpenAIResponseCustomToolCallOutput.from_dict(data)

        return componentsschemas_base_inputs_type_1_item_type_7
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_base_inputs_type_1_item_type_8 = ApplyPatchCallItem.from_dict(data)

        return componentsschemas_base_inputs_type_1_item_type_8
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_base_inputs_type_1_item_type_9 = ApplyPatchCallOutputItem.from_dict(data)

    return componentsschemas_base_inputs_type_1_item_type_9


def _parse_metadata(data: object) -> None | RequestMetadata:
    if data is None:
        return data
    if RequestMetadata._matches(data):
        try:
            metadata_type_0 = RequestMetadata.from_dict(data)

            return metadata_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = RequestMetadata.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | RequestMetadata", data)


def _parse_output_item(
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
            output_item_type_0 = OutputMessage.from_dict(data)

            return output_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputItemReasoning._matches(data):
        try:
            output_item_type_1 = OutputItemReasoning.from_dict(data)

            return output_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputItemFunctionCall._matches(data):
        try:
            output_item_type_2 = OutputItemFunctionCall.from_dict(data)

            return output_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputItemCustomToolCall._matches(data):
        try:
            output_item_type_3 = OutputItemCustomToolCall.from_dict(data)

            return output_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputItemWebSearchCall._matches(data):
        try:
            output_item_type_4 = OutputItemWebSearchCall.from_dict(data)

            return output_item_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputItemFileSearchCall._matches(data):
        try:
            output_item_type_5 = OutputItemFileSearchCall.from_dict(data)

            return output_item_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputItemImageGenerationCall._matches(data):
        try:
            output_item_type_6 = OutputItemImageGenerationCall.from_dict(data)

            return output_item_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputItemApplyPatchCall._matches(data):
        try:
            output_item_type_7 = OutputItemApplyPatchCall.from_dict(data)

            return output_item_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputItemCodeInterpreterCall._matches(data):
        try:
            output_item_type_8 = OutputItemCodeInterpreterCall.from_dict(data)

            return output_item_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        output_item_type_0 = OutputMessage.from_dict(data)

        return output_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        output_item_type_1 = OutputItemReasoning.from_dict(data)

        return output_item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        output_item_type_2 = OutputItemFunctionCall.from_dict(data)

        return output_item_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        output_item_type_3 = OutputItemCustomToolCall.from_dict(data)

        return output_item_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        output_item_type_4 = OutputItemWebSearchCall.from_dict(data)

        return output_item_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        output_item_type_5 = OutputItemFileSearchCall.from_dict(data)

        return output_item_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        output_item_type_6 = OutputItemImageGenerationCall.from_dict(data)

        return output_item_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        output_item_type_7 = OutputItemApplyPatchCall.from_dict(data)

        return output_item_type_7
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    output_item_type_8 = OutputItemCodeInterpreterCall.from_dict(data)

    return output_item_type_8


def _parse_tool_choice(
    data: object,
) -> (
    OpenAIResponsesToolChoiceApplyPatch
    | OpenAIResponsesToolChoiceFunction
    | OpenAIResponsesToolChoiceOption5
    | OpenAIResponsesToolChoiceShell
    | OpenAIResponsesToolChoiceType0
    | OpenAIResponsesToolChoiceType1
    | OpenAIResponsesToolChoiceType2
    | ToolChoiceAllowed
):
    if OpenAIResponsesToolChoiceType0.is_known(data):
        try:
            componentsschemas_open_ai_responses_tool_choice_type_0 = (
                OpenAIResponsesToolChoiceType0._value2member_map_.get(data)
                or OpenAIResponsesToolChoiceType0._parse(data)
            )

            return componentsschemas_open_ai_responses_tool_choice_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenAIResponsesToolChoiceType1.is_known(data):
        try:
            componentsschemas_open_ai_responses_tool_choice_type_1 = (
                OpenAIResponsesToolChoiceType1._value2member_map_.get(data)
                or OpenAIResponsesToolChoiceType1._parse(data)
            )

            return componentsschemas_open_ai_responses_tool_choice_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenAIResponsesToolChoiceType2.is_known(data):
        try:
            componentsschemas_open_ai_responses_tool_choice_type_2 = (
                OpenAIResponsesToolChoiceType2._value2member_map_.get(data)
                or OpenAIResponsesToolChoiceType2._parse(data)
            )

            return componentsschemas_open_ai_responses_tool_choice_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenAIResponsesToolChoiceFunction._matches(data):
        try:
            componentsschemas_open_ai_responses_tool_choice_type_3 = OpenAIResponsesToolChoiceFunction.from_dict(data)

            return componentsschemas_open_ai_responses_tool_choice_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenAIResponsesToolChoiceOption5._matches(data):
        try:
            componentsschemas_open_ai_responses_tool_choice_type_4 = OpenAIResponsesToolChoiceOption5.from_dict(data)

            return componentsschemas_open_ai_responses_tool_choice_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ToolChoiceAllowed._matches(data):
        try:
            componentsschemas_open_ai_responses_tool_choice_type_5 = ToolChoiceAllowed.from_dict(data)

            return componentsschemas_open_ai_responses_tool_choice_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenAIResponsesToolChoiceApplyPatch._matches(data):
        try:
            componentsschemas_open_ai_responses_tool_choice_type_6 = OpenAIResponsesToolChoiceApplyPatch.from_dict(data)

            return componentsschemas_open_ai_responses_tool_choice_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenAIResponsesToolChoiceShell._matches(data):
        try:
            componentsschemas_open_ai_responses_tool_choice_type_7 = OpenAIResponsesToolChoiceShell.from_dict(data)

            return componentsschemas_open_ai_responses_tool_choice_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_open_ai_responses_tool_choice_type_0 = OpenAIResponsesToolChoiceType0._value2member_map_.get(
            data
        ) or OpenAIResponsesToolChoiceType0._parse(data)

        return componentsschemas_open_ai_responses_tool_choice_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_open_ai_responses_tool_choice_type_1 = OpenAIResponsesToolChoiceType1._value2member_map_.get(
            data
        ) or OpenAIResponsesToolChoiceType1._parse(data)

        return componentsschemas_open_ai_responses_tool_choice_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_open_ai_responses_tool_choice_type_2 = OpenAIResponsesToolChoiceType2._value2member_map_.get(
            data
        ) or OpenAIResponsesToolChoiceType2._parse(data)

        return componentsschemas_open_ai_responses_tool_choice_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_ai_responses_tool_choice_type_3 = OpenAIResponsesToolChoiceFunction.from_dict(data)

        return componentsschemas_open_ai_responses_tool_choice_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_ai_responses_tool_choice_type_4 = OpenAIResponsesToolChoiceOption5.from_dict(data)

        return componentsschemas_open_ai_responses_tool_choice_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_ai_responses_tool_choice_type_5 = ToolChoiceAllowed.from_dict(data)

        return componentsschemas_open_ai_responses_tool_choice_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_ai_responses_tool_choice_type_6 = OpenAIResponsesToolChoiceApplyPatch.from_dict(data)

        return componentsschemas_open_ai_responses_tool_choice_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_open_ai_responses_tool_choice_type_7 = OpenAIResponsesToolChoiceShell.from_dict(data)

    return componentsschemas_open_ai_responses_tool_choice_type_7


def _parse_tools_item(
    data: object,
) -> (
    ApplyPatchServerTool
    | BaseResponsesResultToolsItemOption1
    | CodeInterpreterServerTool
    | CodexLocalShellTool
    | ComputerUseServerTool
    | CustomTool
    | FileSearchServerTool
    | ImageGenerationServerTool
    | LegacyWebSearchServerTool
    | McpServerTool
    | NamespaceTool
    | Preview20250311WebSearchServerTool
    | PreviewWebSearchServerTool
    | ShellServerTool
    | WebSearchServerTool
):
    if BaseResponsesResultToolsItemOption1._matches(data):
        try:
            tools_item_type_0 = BaseResponsesResultToolsItemOption1.from_dict(data)

            return tools_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if PreviewWebSearchServerTool._matches(data):
        try:
            tools_item_type_1 = PreviewWebSearchServerTool.from_dict(data)

            return tools_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if Preview20250311WebSearchServerTool._matches(data):
        try:
            tools_item_type_2 = Preview20250311WebSearchServerTool.from_dict(data)

            return tools_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if LegacyWebSearchServerTool._matches(data):
        try:
            tools_item_type_3 = LegacyWebSearchServerTool.from_dict(data)

            return tools_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if WebSearchServerTool._matches(data):
        try:
            tools_item_type_4 = WebSearchServerTool.from_dict(data)

            return tools_item_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FileSearchServerTool._matches(data):
        try:
            tools_item_type_5 = FileSearchServerTool.from_dict(data)

            return tools_item_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ComputerUseServerTool._matches(data):
        try:
            tools_item_type_6 = ComputerUseServerTool.from_dict(data)

            return tools_item_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CodeInterpreterServerTool._matches(data):
        try:
            tools_item_type_7 = CodeInterpreterServerTool.from_dict(data)

            return tools_item_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if McpServerTool._matches(data):
        try:
            tools_item_type_8 = McpServerTool.from_dict(data)

            return tools_item_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ImageGenerationServerTool._matches(data):
        try:
            tools_item_type_9 = ImageGenerationServerTool.from_dict(data)

            return tools_item_type_9
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CodexLocalShellTool._matches(data):
        try:
            tools_item_type_10 = CodexLocalShellTool.from_dict(data)

            return tools_item_type_10
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ShellServerTool._matches(data):
        try:
            tools_item_type_11 = ShellServerTool.from_dict(data)

            return tools_item_type_11
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ApplyPatchServerTool._matches(data):
        try:
            tools_item_type_12 = ApplyPatchServerTool.from_dict(data)

            return tools_item_type_12
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CustomTool._matches(data):
        try:
            tools_item_type_13 = CustomTool.from_dict(data)

            return tools_item_type_13
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if NamespaceTool._matches(data):
        try:
            tools_item_type_14 = NamespaceTool.from_dict(data)

            return tools_item_type_14
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_0 = BaseResponsesResultToolsItemOption1.from_dict(data)

        return tools_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_1 = PreviewWebSearchServerTool.from_dict(data)

        return tools_item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_2 = Preview20250311WebSearchServerTool.from_dict(data)

        return tools_item_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_3 = LegacyWebSearchServerTool.from_dict(data)

        return tools_item_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_4 = WebSearchServerTool.from_dict(data)

        return tools_item_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_5 = FileSearchServerTool.from_dict(data)

        return tools_item_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_6 = ComputerUseServerTool.from_dict(data)

        return tools_item_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_7 = CodeInterpreterServerTool.from_dict(data)

        return tools_item_type_7
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_8 = McpServerTool.from_dict(data)

        return tools_item_type_8
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_9 = ImageGenerationServerTool.from_dict(data)

        return tools_item_type_9
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_10 = CodexLocalShellTool.from_dict(data)

        return tools_item_type_10
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_11 = ShellServerTool.from_dict(data)

        return tools_item_type_11
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_12 = ApplyPatchServerTool.from_dict(data)

        return tools_item_type_12
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_13 = CustomTool.from_dict(data)

        return tools_item_type_13
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    tools_item_type_14 = NamespaceTool.from_dict(data)

    return tools_item_type_14


def _parse_prompt(data: object) -> None | StoredPromptTemplate | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if StoredPromptTemplate._matches(data):
        try:
            prompt_type_0 = StoredPromptTemplate.from_dict(data)

            return prompt_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        prompt_type_0 = StoredPromptTemplate.from_dict(data)

        return prompt_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | StoredPromptTemplate | Unset", data)


def _parse_prompt_cache_options(data: object) -> None | PromptCacheOptions | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if PromptCacheOptions._matches(data):
        try:
            prompt_cache_options_type_0 = PromptCacheOptions.from_dict(data)

            return prompt_cache_options_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        prompt_cache_options_type_0 = PromptCacheOptions.from_dict(data)

        return prompt_cache_options_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | PromptCacheOptions | Unset", data)


def _parse_reasoning(data: object) -> BaseReasoningConfig | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if BaseReasoningConfig._matches(data):
        try:
            reasoning_type_0 = BaseReasoningConfig.from_dict(data)

            return reasoning_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        reasoning_type_0 = BaseReasoningConfig.from_dict(data)

        return reasoning_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("BaseReasoningConfig | None | Unset", data)


def _parse_service_tier(data: object) -> None | ServiceTier | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ServiceTier.is_known(data):
        try:
            service_tier_type_0 = ServiceTier._value2member_map_.get(data) or ServiceTier._parse(data)

            return service_tier_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        service_tier_type_0 = ServiceTier._value2member_map_.get(data) or ServiceTier._parse(data)

        return service_tier_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ServiceTier | Unset", data)


def _parse_truncation(data: object) -> None | Truncation | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if Truncation.is_known(data):
        try:
            truncation_type_0 = Truncation._value2member_map_.get(data) or Truncation._parse(data)

            return truncation_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        truncation_type_0 = Truncation._value2member_map_.get(data) or Truncation._parse(data)

        return truncation_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | Truncation | Unset", data)


def _parse_usage(data: object) -> None | OpenAIResponsesUsage | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if OpenAIResponsesUsage._matches(data):
        try:
            usage_type_0 = OpenAIResponsesUsage.from_dict(data)

            return usage_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        usage_type_0 = OpenAIResponsesUsage.from_dict(data)

        return usage_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | OpenAIResponsesUsage | Unset", data)
