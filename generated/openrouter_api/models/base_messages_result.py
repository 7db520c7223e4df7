from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_messages_result_role import BaseMessagesResultRole
from ..models.base_messages_result_type import BaseMessagesResultType
from ..models.or_anthropic_stop_reason import ORAnthropicStopReason
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_advisor_tool_result import AnthropicAdvisorToolResult
    from ..models.anthropic_bash_code_execution_tool_result import AnthropicBashCodeExecutionToolResult
    from ..models.anthropic_code_execution_tool_result import AnthropicCodeExecutionToolResult
    from ..models.anthropic_compaction_block import AnthropicCompactionBlock
    from ..models.anthropic_container import AnthropicContainer
    from ..models.anthropic_container_upload import AnthropicContainerUpload
    from ..models.anthropic_redacted_thinking_block import AnthropicRedactedThinkingBlock
    from ..models.anthropic_refusal_stop_details import AnthropicRefusalStopDetails
    from ..models.anthropic_text_block import AnthropicTextBlock
    from ..models.anthropic_text_editor_code_execution_tool_result import AnthropicTextEditorCodeExecutionToolResult
    from ..models.anthropic_thinking_block import AnthropicThinkingBlock
    from ..models.anthropic_tool_search_tool_result import AnthropicToolSearchToolResult
    from ..models.anthropic_tool_use_block import AnthropicToolUseBlock
    from ..models.anthropic_web_fetch_tool_result import AnthropicWebFetchToolResult
    from ..models.anthropic_web_search_tool_result import AnthropicWebSearchToolResult
    from ..models.base_messages_result_usage import BaseMessagesResultUsage
    from ..models.or_anthropic_bash_tool_result import ORAnthropicBashToolResult
    from ..models.or_anthropic_server_tool_use_block import ORAnthropicServerToolUseBlock
    from ..models.or_anthropic_shell_tool_result import ORAnthropicShellToolResult

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AnthropicAdvisorToolResult, \
        AnthropicBashCodeExecutionToolResult, \
        AnthropicCodeExecutionToolResult, \
        AnthropicCompactionBlock, \
        AnthropicContainer, \
        AnthropicContainerUpload, \
        AnthropicRedactedThinkingBlock, \
        AnthropicRefusalStopDetails, \
        AnthropicTextBlock, \
        AnthropicTextEditorCodeExecutionToolResult, \
        AnthropicThinkingBlock, \
        AnthropicToolSearchToolResult, \
        AnthropicToolUseBlock, \
        AnthropicWebFetchToolResult, \
        AnthropicWebSearchToolResult, \
        BaseMessagesResultUsage, \
        ORAnthropicBashToolResult, \
        ORAnthropicServerToolUseBlock, \
        ORAnthropicShellToolResult
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_advisor_tool_result import AnthropicAdvisorToolResult  # noqa: PLC0415
    from ..models.anthropic_bash_code_execution_tool_result import AnthropicBashCodeExecutionToolResult  # noqa: PLC0415
    from ..models.anthropic_code_execution_tool_result import AnthropicCodeExecutionToolResult  # noqa: PLC0415
    from ..models.anthropic_compaction_block import AnthropicCompactionBlock  # noqa: PLC0415
    from ..models.anthropic_container import AnthropicContainer  # noqa: PLC0415
    from ..models.anthropic_container_upload import AnthropicContainerUpload  # noqa: PLC0415
    from ..models.anthropic_redacted_thinking_block import AnthropicRedactedThinkingBlock  # noqa: PLC0415
    from ..models.anthropic_refusal_stop_details import AnthropicRefusalStopDetails  # noqa: PLC0415
    from ..models.anthropic_text_block import AnthropicTextBlock  # noqa: PLC0415
    from ..models.anthropic_text_editor_code_execution_tool_result import AnthropicTextEditorCodeExecutionToolResult  # noqa: PLC0415
    from ..models.anthropic_thinking_block import AnthropicThinkingBlock  # noqa: PLC0415
    from ..models.anthropic_tool_search_tool_result import AnthropicToolSearchToolResult  # noqa: PLC0415
    from ..models.anthropic_tool_use_block import AnthropicToolUseBlock  # noqa: PLC0415
    from ..models.anthropic_web_fetch_tool_result import AnthropicWebFetchToolResult  # noqa: PLC0415
    from ..models.anthropic_web_search_tool_result import AnthropicWebSearchToolResult  # noqa: PLC0415
    from ..models.base_messages_result_usage import BaseMessagesResultUsage  # noqa: PLC0415
    from ..models.or_anthropic_bash_tool_result import ORAnthropicBashToolResult  # noqa: PLC0415
    from ..models.or_anthropic_server_tool_use_block import ORAnthropicServerToolUseBlock  # noqa: PLC0415
    from ..models.or_anthropic_shell_tool_result import ORAnthropicShellToolResult  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="BaseMessagesResult")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"container", "content", "id", "model", "role", "stop_details", "stop_reason", "stop_sequence", "type", "usage"}
)


@_attrs_define(repr=False)
class BaseMessagesResult:
    """Base Anthropic Messages API response before OpenRouter extensions

    Example:
        {'container': None, 'content': [{'citations': [], 'text': 'Hello!', 'type': 'text'}], 'id':
            'msg_01XFDUDYJgAACzvnptvVoYEL', 'model': 'claude-sonnet-4-5-20250929', 'role': 'assistant', 'stop_details':
            None, 'stop_reason': 'end_turn', 'stop_sequence': None, 'type': 'message', 'usage': {'cache_creation': None,
            'cache_creation_input_tokens': None, 'cache_read_input_tokens': None, 'inference_geo': None, 'input_tokens': 12,
            'output_tokens': 8, 'output_tokens_details': None, 'server_tool_use': None, 'service_tier': 'standard'}}

    Attributes:
        container (AnthropicContainer | None):
        content (list[AnthropicAdvisorToolResult | AnthropicBashCodeExecutionToolResult |
            AnthropicCodeExecutionToolResult | AnthropicCompactionBlock | AnthropicContainerUpload |
            AnthropicRedactedThinkingBlock | AnthropicTextBlock | AnthropicTextEditorCodeExecutionToolResult |
            AnthropicThinkingBlock | AnthropicToolSearchToolResult | AnthropicToolUseBlock | AnthropicWebFetchToolResult |
            AnthropicWebSearchToolResult | ORAnthropicBashToolResult | ORAnthropicServerToolUseBlock |
            ORAnthropicShellToolResult]):
        id (str):
        model (str):
        role (BaseMessagesResultRole):
        stop_details (AnthropicRefusalStopDetails | None):
        stop_reason (None | ORAnthropicStopReason):
        stop_sequence (None | str):
        type_ (BaseMessagesResultType):
        usage (BaseMessagesResultUsage):  Example: {'cache_creation': None, 'cache_creation_input_tokens': None,
            'cache_read_input_tokens': None, 'inference_geo': None, 'input_tokens': 100, 'output_tokens': 50,
            'output_tokens_details': None, 'server_tool_use': None, 'service_tier': 'standard'}.
    """

    _container: AnthropicContainer | None = _attrs_field(alias="container")
    _content: list[
        AnthropicAdvisorToolResult
        | AnthropicBashCodeExecutionToolResult
        | AnthropicCodeExecutionToolResult
        | AnthropicCompactionBlock
        | AnthropicContainerUpload
        | AnthropicRedactedThinkingBlock
        | AnthropicTextBlock
        | AnthropicTextEditorCodeExecutionToolResult
        | AnthropicThinkingBlock
        | AnthropicToolSearchToolResult
        | AnthropicToolUseBlock
        | AnthropicWebFetchToolResult
        | AnthropicWebSearchToolResult
        | ORAnthropicBashToolResult
        | ORAnthropicServerToolUseBlock
        | ORAnthropicShellToolResult
    ] = _attrs_field(alias="content")
    _id: str = _attrs_field(alias="id")
    _model: str = _attrs_field(alias="model")
    _role: BaseMessagesResultRole = _attrs_field(alias="role")
    _stop_details: AnthropicRefusalStopDetails | None = _attrs_field(alias="stop_details")
    _stop_reason: None | ORAnthropicStopReason = _attrs_field(alias="stop_reason")
    _stop_sequence: None | str = _attrs_field(alias="stop_sequence")
    _type_: BaseMessagesResultType = _attrs_field(alias="type_")
    _usage: BaseMessagesResultUsage = _attrs_field(alias="usage")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def container(self) -> AnthropicContainer | None:
        value: Any = self._container
        if value is UNSET:
            raise MissingFieldError("BaseMessagesResult", "container")
        return value

    @container.setter
    def container(self, value: AnthropicContainer | None) -> None:
        self._container = value

    @property
    def content(
        self,
    ) -> list[
        AnthropicAdvisorToolResult
        | AnthropicBashCodeExecutionToolResult
        | AnthropicCodeExecutionToolResult
        | AnthropicCompactionBlock
        | AnthropicContainerUpload
        | AnthropicRedactedThinkingBlock
        | AnthropicTextBlock
        | AnthropicTextEditorCodeExecutionToolResult
        | AnthropicThinkingBlock
        | AnthropicToolSearchToolResult
        | AnthropicToolUseBlock
        | AnthropicWebFetchToolResult
        | AnthropicWebSearchToolResult
        | ORAnthropicBashToolResult
        | ORAnthropicServerToolUseBlock
        | ORAnthropicShellToolResult
    ]:
        value: Any = self._content
        if value is UNSET:
            raise MissingFieldError("BaseMessagesResult", "content")
        return value

    @content.setter
    def content(
        self,
        value: list[
            AnthropicAdvisorToolResult
            | AnthropicBashCodeExecutionToolResult
            | AnthropicCodeExecutionToolResult
            | AnthropicCompactionBlock
            | AnthropicContainerUpload
            | AnthropicRedactedThinkingBlock
            | AnthropicTextBlock
            | AnthropicTextEditorCodeExecutionToolResult
            | AnthropicThinkingBlock
            | AnthropicToolSearchToolResult
            | AnthropicToolUseBlock
            | AnthropicWebFetchToolResult
            | AnthropicWebSearchToolResult
            | ORAnthropicBashToolResult
            | ORAnthropicServerToolUseBlock
            | ORAnthropicShellToolResult
        ],
    ) -> None:
        self._content = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("BaseMessagesResult", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def model(self) -> str:
        value: Any = self._model
        if value is UNSET:
            raise MissingFieldError("BaseMessagesResult", "model")
        return value

    @model.setter
    def model(self, value: str) -> None:
        self._model = value

    @property
    def role(self) -> BaseMessagesResultRole:
        value: Any = self._role
        if value is UNSET:
            raise MissingFieldError("BaseMessagesResult", "role")
        return value

    @role.setter
    def role(self, value: BaseMessagesResultRole) -> None:
        self._role = value

    @property
    def stop_details(self) -> AnthropicRefusalStopDetails | None:
        value: Any = self._stop_details
        if value is UNSET:
            raise MissingFieldError("BaseMessagesResult", "stop_details")
        return value

    @stop_details.setter
    def stop_details(self, value: AnthropicRefusalStopDetails | None) -> None:
        self._stop_details = value

    @property
    def stop_reason(self) -> None | ORAnthropicStopReason:
        value: Any = self._stop_reason
        if value is UNSET:
            raise MissingFieldError("BaseMessagesResult", "stop_reason")
        return value

    @stop_reason.setter
    def stop_reason(self, value: None | ORAnthropicStopReason) -> None:
        self._stop_reason = value

    @property
    def stop_sequence(self) -> None | str:
        value: Any = self._stop_sequence
        if value is UNSET:
            raise MissingFieldError("BaseMessagesResult", "stop_sequence")
        return value

    @stop_sequence.setter
    def stop_sequence(self, value: None | str) -> None:
        self._stop_sequence = value

    @property
    def type_(self) -> BaseMessagesResultType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("BaseMessagesResult", "type")
        return value

    @type_.setter
    def type_(self, value: BaseMessagesResultType) -> None:
        self._type_ = value

    @property
    def usage(self) -> BaseMessagesResultUsage:
        value: Any = self._usage
        if value is UNSET:
            raise MissingFieldError("BaseMessagesResult", "usage")
        return value

    @usage.setter
    def usage(self, value: BaseMessagesResultUsage) -> None:
        self._usage = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"container={self._container!r}, "
            f"content={self._content!r}, "
            f"id={self._id!r}, "
            f"model={self._model!r}, "
            f"role={self._role!r}, "
            f"stop_details={self._stop_details!r}, "
            f"stop_reason={self._stop_reason!r}, "
            f"stop_sequence={self._stop_sequence!r}, "
            f"type_={self._type_!r}, "
            f"usage={self._usage!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        container: Any = self._container
        if not (isinstance(container, Unset) or container is None):
            if isinstance(self._container, AnthropicContainer):
                container = self._container.to_dict()
            else:
                container = self._container

        content: Any = self._content
        if not (isinstance(content, Unset) or content is None):
            content = []
            for content_item_data in self._content:
                content_item: dict[str, Any]
                if isinstance(content_item_data, AnthropicTextBlock):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, AnthropicToolUseBlock):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, AnthropicThinkingBlock):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, AnthropicRedactedThinkingBlock):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, ORAnthropicServerToolUseBlock):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, AnthropicWebSearchToolResult):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, AnthropicWebFetchToolResult):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, AnthropicCodeExecutionToolResult):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, AnthropicBashCodeExecutionToolResult):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, AnthropicTextEditorCodeExecutionToolResult):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, AnthropicToolSearchToolResult):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, AnthropicContainerUpload):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, AnthropicCompactionBlock):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, AnthropicAdvisorToolResult):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, ORAnthropicShellToolResult):
                    content_item = content_item_data.to_dict()
                else:
                    content_item = content_item_data.to_dict()

                content.append(content_item)

        id: Any = self._id

        model: Any = self._model

        role: Any = self._role
        if not (isinstance(role, Unset) or role is None):
            role = self._role.value

        stop_details: Any = self._stop_details
        if not (isinstance(stop_details, Unset) or stop_details is None):
            if isinstance(self._stop_details, AnthropicRefusalStopDetails):
                stop_details = self._stop_details.to_dict()
            else:
                stop_details = self._stop_details

        stop_reason: Any = self._stop_reason
        if not (isinstance(stop_reason, Unset) or stop_reason is None):
            if isinstance(self._stop_reason, ORAnthropicStopReason):
                stop_reason = self._stop_reason.value
            else:
                stop_reason = self._stop_reason

        stop_sequence: Any = self._stop_sequence

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        usage: Any = self._usage
        if not (isinstance(usage, Unset) or usage is None):
            usage = self._usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if container is not UNSET:
            field_dict["container"] = container
        if content is not UNSET:
            field_dict["content"] = content
        if id is not UNSET:
            field_dict["id"] = id
        if model is not UNSET:
            field_dict["model"] = model
        if role is not UNSET:
            field_dict["role"] = role
        if stop_details is not UNSET:
            field_dict["stop_details"] = stop_details
        if stop_reason is not UNSET:
            field_dict["stop_reason"] = stop_reason
        if stop_sequence is not UNSET:
            field_dict["stop_sequence"] = stop_sequence
        if type_ is not UNSET:
            field_dict["type"] = type_
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of BaseMessagesResult and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "container" not in data:
            return False
        if "content" not in data:
            return False
        if "id" not in data:
            return False
        if "model" not in data:
            return False
        if "role" not in data:
            return False
        if "role" in data and not BaseMessagesResultRole.is_known(data["role"]):
            return False
        if "stop_details" not in data:
            return False
        if "stop_reason" not in data:
            return False
        if "stop_sequence" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not BaseMessagesResultType.is_known(data["type"]):
            return False
        if "usage" not in data:
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
                    f"BaseMessagesResult is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "container"
            _raw_container = d.get("container", UNSET)
            container: Any = _raw_container
            if _raw_container is not None and _raw_container is not UNSET:
                container = (
                    AnthropicContainer.from_dict(_raw_container)
                    if type(_raw_container) is dict
                    else _parse_container(_raw_container)
                )

            _field = "content"
            _raw_content = d.get("content", UNSET)
            content: Any = _raw_content
            if _raw_content is not None and _raw_content is not UNSET:
                content = [_parse_content_item(content_item_data) for content_item_data in _raw_content]

            id = d.get("id", UNSET)

            model = d.get("model", UNSET)

            _field = "role"
            _raw_role = d.get("role", UNSET)
            role: Any = _raw_role
            if _raw_role is not None and _raw_role is not UNSET:
                role = BaseMessagesResultRole._value2member_map_.get(_raw_role) or BaseMessagesResultRole._parse(
                    _raw_role
                )

            _field = "stop_details"
            _raw_stop_details = d.get("stop_details", UNSET)
            stop_details: Any = _raw_stop_details
            if _raw_stop_details is not None and _raw_stop_details is not UNSET:
                stop_details = (
                    AnthropicRefusalStopDetails.from_dict(_raw_stop_details)
                    if type(_raw_stop_details) is dict
                    else _parse_stop_details(_raw_stop_details)
                )

            _field = "stop_reason"
            _raw_stop_reason = d.get("stop_reason", UNSET)
            stop_reason: Any = _raw_stop_reason
            if _raw_stop_reason is not None and _raw_stop_reason is not UNSET:
                stop_reason = _parse_stop_reason(_raw_stop_reason)

            stop_sequence = d.get("stop_sequence", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = BaseMessagesResultType._value2member_map_.get(_raw_type_) or BaseMessagesResultType._parse(
                    _raw_type_
                )

            _field = "usage"
            _raw_usage = d.get("usage", UNSET)
            usage: Any = _raw_usage
            if _raw_usage is not None and _raw_usage is not UNSET:
                usage = BaseMessagesResultUsage.from_dict(_raw_usage)

        except FieldParseError as error:
            raise error.within("BaseMessagesResult", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("BaseMessagesResult", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        base_messages_result = cls(
            container,
            content,
            id,
            model,
            role,
            stop_details,
            stop_reason,
            stop_sequence,
            type_,
            usage,
        )

        if not _DECLARED_KEYS.issuperset(d):
            base_messages_result.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return base_messages_result

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


BaseMessagesResult.__annotations__ = ResolvingAnnotations(BaseMessagesResult.__annotations__, _resolve_lazy_imports)


def _parse_container(data: object) -> AnthropicContainer | None:
    if data is None:
        return data
    if AnthropicContainer._matches(data):
        try:
            container_type_0 = AnthropicContainer.from_dict(data)

            return container_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        container_type_0 = AnthropicContainer.from_dict(data)

        return container_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AnthropicContainer | None", data)


def _parse_content_item(
    data: object,
) -> (
    AnthropicAdvisorToolResult
    | AnthropicBashCodeExecutionToolResult
    | AnthropicCodeExecutionToolResult
    | AnthropicCompactionBlock
    | AnthropicContainerUpload
    | AnthropicRedactedThinkingBlock
    | AnthropicTextBlock
    | AnthropicTextEditorCodeExecutionToolResult
    | AnthropicThinkingBlock
    | AnthropicToolSearchToolResult
    | AnthropicToolUseBlock
    | AnthropicWebFetchToolResult
    | AnthropicWebSearchToolResult
    | ORAnthropicBashToolResult
    | ORAnthropicServerToolUseBlock
    | ORAnthropicShellToolResult
):
    if AnthropicTextBlock._matches(data):
        try:
            componentsschemas_or_anthropic_content_block_type_0 = AnthropicTextBlock.from_dict(data)

            return componentsschemas_or_anthropic_content_block_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicToolUseBlock._matches(data):
        try:
            componentsschemas_or_anthropic_content_block_type_1 = AnthropicToolUseBlock.from_dict(data)

            return componentsschemas_or_anthropic_content_block_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicThinkingBlock._matches(data):
        try:
            componentsschemas_or_anthropic_content_block_type_2 = AnthropicThinkingBlock.from_dict(data)

            return componentsschemas_or_anthropic_content_block_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicRedactedThinkingBlock._matches(data):
        try:
            componentsschemas_or_anthropic_content_block_type_3 = AnthropicRedactedThinkingBlock.from_dict(data)

            return componentsschemas_or_anthropic_content_block_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ORAnthropicServerToolUseBlock._matches(data):
        try:
            componentsschemas_or_anthropic_content_block_type_4 = ORAnthropicServerToolUseBlock.from_dict(data)

            return componentsschemas_or_anthropic_content_block_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicWebSearchToolResult._matches(data):
        try:
            componentsschemas_or_anthropic_content_block_type_5 = AnthropicWebSearchToolResult.from_dict(data)

            return componentsschemas_or_anthropic_content_block_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicWebFetchToolResult._matches(data):
        try:
            componentsschemas_or_anthropic_content_block_type_6 = AnthropicWebFetchToolResult.from_dict(data)

            return componentsschemas_or_anthropic_content_block_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicCodeExecutionToolResult._matches(data):
        try:
            componentsschemas_or_anthropic_content_block_type_7 = AnthropicCodeExecutionToolResult.from_dict(data)

            return componentsschemas_or_anthropic_content_block_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicBashCodeExecutionToolResult._matches(data):
        try:
            componentsschemas_or_anthropic_content_block_type_8 = AnthropicBashCodeExecutionToolResult.from_dict(data)

            return componentsschemas_or_anthropic_content_block_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicTextEditorCodeExecutionToolResult._matches(data):
        try:
            componentsschemas_or_anthropic_content_block_type_9 = AnthropicTextEditorCodeExecutionToolResult.from_dict(
                data
            )

            return componentsschemas_or_anthropic_content_block_type_9
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicToolSearchToolResult._matches(data):
        try:
            componentsschemas_or_anthropic_content_block_type_10 = AnthropicToolSearchToolResult.from_dict(data)

            return componentsschemas_or_anthropic_content_block_type_10
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicContainerUpload._matches(data):
        try:
            componentsschemas_or_anthropic_content_block_type_11 = AnthropicContainerUpload.from_dict(data)

            return componentsschemas_or_anthropic_content_block_type_11
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicCompactionBlock._matches(data):
        try:
            componentsschemas_or_anthropic_content_block_type_12 = AnthropicCompactionBlock.from_dict(data)

            return componentsschemas_or_anthropic_content_block_type_12
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicAdvisorToolResult._matches(data):
        try:
            componentsschemas_or_anthropic_content_block_type_13 = AnthropicAdvisorToolResult.from_dict(data)

            return componentsschemas_or_anthropic_content_block_type_13
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ORAnthropicShellToolResult._matches(data):
        try:
            componentsschemas_or_anthropic_content_block_type_14 = ORAnthropicShellToolResult.from_dict(data)

            return componentsschemas_or_anthropic_content_block_type_14
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ORAnthropicBashToolResult._matches(data):
        try:
            componentsschemas_or_anthropic_content_block_type_15 = ORAnthropicBashToolResult.from_dict(data)

            return componentsschemas_or_anthropic_content_block_type_15
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_or_anthropic_content_block_type_0 = AnthropicTextBlock.from_dict(data)

        return componentsschemas_or_anthropic_content_block_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_or_anthropic_content_block_type_1 = AnthropicToolUseBlock.from_dict(data)

        return componentsschemas_or_anthropic_content_block_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_or_anthropic_content_block_type_2 = AnthropicThinkingBlock.from_dict(data)

        return componentsschemas_or_anthropic_content_block_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_or_anthropic_content_block_type_3 = AnthropicRedactedThinkingBlock.from_dict(data)

        return componentsschemas_or_anthropic_content_block_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_or_anthropic_content_block_type_4 = ORAnthropicServerToolUseBlock.from_dict(data)

        return componentsschemas_or_anthropic_content_block_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_or_anthropic_content_block_type_5 = AnthropicWebSearchToolResult.from_dict(data)

        return componentsschemas_or_anthropic_content_block_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_or_anthropic_content_block_type_6 = AnthropicWebFetchToolResult.from_dict(data)

        return componentsschemas_or_anthropic_content_block_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_or_anthropic_content_block_type_7 = AnthropicCodeExecutionToolResult.from_dict(data)

        return componentsschemas_or_anthropic_content_block_type_7
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_or_anthropic_content_block_type_8 = AnthropicBashCodeExecutionToolResult.from_dict(data)

        return componentsschemas_or_anthropic_content_block_type_8
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_or_anthropic_content_block_type_9 = AnthropicTextEditorCodeExecutionToolResult.from_dict(data)

        return componentsschemas_or_anthropic_content_block_type_9
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_or_anthropic_content_block_type_10 = AnthropicToolSearchToolResult.from_dict(data)

        return componentsschemas_or_anthropic_content_block_type_10
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_or_anthropic_content_block_type_11 = AnthropicContainerUpload.from_dict(data)

        return componentsschemas_or_anthropic_content_block_type_11
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_or_anthropic_content_block_type_12 = AnthropicCompactionBlock.from_dict(data)

        return componentsschemas_or_anthropic_content_block_type_12
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_or_anthropic_content_block_type_13 = AnthropicAdvisorToolResult.from_dict(data)

        return componentsschemas_or_anthropic_content_block_type_13
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_or_anthropic_content_block_type_14 = ORAnthropicShellToolResult.from_dict(data)

        return componentsschemas_or_anthropic_content_block_type_14
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_or_anthropic_content_block_type_15 = ORAnthropicBashToolResult.from_dict(data)

    return componentsschemas_or_anthropic_content_block_type_15


def _parse_stop_details(data: object) -> AnthropicRefusalStopDetails | None:
    if data is None:
        return data
    if AnthropicRefusalStopDetails._matches(data):
        try:
            stop_details_type_0 = AnthropicRefusalStopDetails.from_dict(data)

            return stop_details_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        stop_details_type_0 = AnthropicRefusalStopDetails.from_dict(data)

        return stop_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AnthropicRefusalStopDetails | None", data)


def _parse_stop_reason(data: object) -> None | ORAnthropicStopReason:
    if data is None:
        return data
    if ORAnthropicStopReason.is_known(data):
        try:
            stop_reason_type_0 = ORAnthropicStopReason._value2member_map_.get(data) or ORAnthropicStopReason._parse(
                data
            )

            return stop_reason_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        stop_reason_type_0 = ORAnthropicStopReason._value2member_map_.get(data) or ORAnthropicStopReason._parse(data)

        return stop_reason_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ORAnthropicStopReason", data)
