from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_content_block_start_event_type import MessagesContentBlockStartEventType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_advisor_tool_result import AnthropicAdvisorToolResult
    from ..models.anthropic_bash_code_execution_tool_result import AnthropicBashCodeExecutionToolResult
    from ..models.anthropic_code_execution_tool_result import AnthropicCodeExecutionToolResult
    from ..models.anthropic_compaction_block import AnthropicCompactionBlock
    from ..models.anthropic_container_upload import AnthropicContainerUpload
    from ..models.anthropic_redacted_thinking_block import AnthropicRedactedThinkingBlock
    from ..models.anthropic_text_block import AnthropicTextBlock
    from ..models.anthropic_text_editor_code_execution_tool_result import AnthropicTextEditorCodeExecutionToolResult
    from ..models.anthropic_thinking_block import AnthropicThinkingBlock
    from ..models.anthropic_tool_search_tool_result import AnthropicToolSearchToolResult
    from ..models.anthropic_tool_use_block import AnthropicToolUseBlock
    from ..models.anthropic_web_fetch_tool_result import AnthropicWebFetchToolResult
    from ..models.anthropic_web_search_tool_result import AnthropicWebSearchToolResult
    from ..models.messages_content_block_start_event_content_block_compaction import (
        MessagesContentBlockStartEventContentBlockCompaction,
    )
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
        AnthropicContainerUpload, \
        AnthropicRedactedThinkingBlock, \
        AnthropicTextBlock, \
        AnthropicTextEditorCodeExecutionToolResult, \
        AnthropicThinkingBlock, \
        AnthropicToolSearchToolResult, \
        AnthropicToolUseBlock, \
        AnthropicWebFetchToolResult, \
        AnthropicWebSearchToolResult, \
        MessagesContentBlockStartEventContentBlockCompaction, \
        ORAnthropicBashToolResult, \
        ORAnthropicServerToolUseBlock, \
        ORAnthropicShellToolResult
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_advisor_tool_result import AnthropicAdvisorToolResult  # noqa: PLC0415
    from ..models.anthropic_bash_code_execution_tool_result import AnthropicBashCodeExecutionToolResult  # noqa: PLC0415
    from ..models.anthropic_code_execution_tool_result import AnthropicCodeExecutionToolResult  # noqa: PLC0415
    from ..models.anthropic_compaction_block import AnthropicCompactionBlock  # noqa: PLC0415
    from ..models.anthropic_container_upload import AnthropicContainerUpload  # noqa: PLC0415
    from ..models.anthropic_redacted_thinking_block import AnthropicRedactedThinkingBlock  # noqa: PLC0415
    from ..models.anthropic_text_block import AnthropicTextBlock  # noqa: PLC0415
    from ..models.anthropic_text_editor_code_execution_tool_result import AnthropicTextEditorCodeExecutionToolResult  # noqa: PLC0415
    from ..models.anthropic_thinking_block import AnthropicThinkingBlock  # noqa: PLC0415
    from ..models.anthropic_tool_search_tool_result import AnthropicToolSearchToolResult  # noqa: PLC0415
    from ..models.anthropic_tool_use_block import AnthropicToolUseBlock  # noqa: PLC0415
    from ..models.anthropic_web_fetch_tool_result import AnthropicWebFetchToolResult  # noqa: PLC0415
    from ..models.anthropic_web_search_tool_result import AnthropicWebSearchToolResult  # noqa: PLC0415
    from ..models.messages_content_block_start_event_content_block_compaction import (
        MessagesContentBlockStartEventContentBlockCompaction,  # noqa: PLC0415
    )
    from ..models.or_anthropic_bash_tool_result import ORAnthropicBashToolResult  # noqa: PLC0415
    from ..models.or_anthropic_server_tool_use_block import ORAnthropicServerToolUseBlock  # noqa: PLC0415
    from ..models.or_anthropic_shell_tool_result import ORAnthropicShellToolResult  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="MessagesContentBlockStartEvent")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"content_block", "index", "type"})


@_attrs_define(repr=False)
class MessagesContentBlockStartEvent:
    """Event sent when a new content block starts

    Example:
        {'content_block': {'citations': [], 'text': '', 'type': 'text'}, 'index': 0, 'type': 'content_block_start'}

    Attributes:
        content_block (AnthropicAdvisorToolResult | AnthropicBashCodeExecutionToolResult |
            AnthropicCodeExecutionToolResult | AnthropicCompactionBlock | AnthropicContainerUpload |
            AnthropicRedactedThinkingBlock | AnthropicTextBlock | AnthropicTextEditorCodeExecutionToolResult |
            AnthropicThinkingBlock | AnthropicToolSearchToolResult | AnthropicToolUseBlock | AnthropicWebFetchToolResult |
            AnthropicWebSearchToolResult | MessagesContentBlockStartEventContentBlockCompaction | ORAnthropicBashToolResult
            | ORAnthropicServerToolUseBlock | ORAnthropicShellToolResult):
        index (int):
        type_ (MessagesContentBlockStartEventType):
    """

    _content_block: (
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
        | MessagesContentBlockStartEventContentBlockCompaction
        | ORAnthropicBashToolResult
        | ORAnthropicServerToolUseBlock
        | ORAnthropicShellToolResult
    ) = _attrs_field(alias="content_block")
    _index: int = _attrs_field(alias="index")
    _type_: MessagesContentBlockStartEventType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def content_block(
        self,
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
        | MessagesContentBlockStartEventContentBlockCompaction
        | ORAnthropicBashToolResult
        | ORAnthropicServerToolUseBlock
        | ORAnthropicShellToolResult
    ):
        value: Any = self._content_block
        if value is UNSET:
            raise MissingFieldError("MessagesContentBlockStartEvent", "content_block")
        return value

    @content_block.setter
    def content_block(
        self,
        value: AnthropicAdvisorToolResult
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
        | MessagesContentBlockStartEventContentBlockCompaction
        | ORAnthropicBashToolResult
        | ORAnthropicServerToolUseBlock
        | ORAnthropicShellToolResult,
    ) -> None:
        self._content_block = value

    @property
    def index(self) -> int:
        value: Any = self._index
        if value is UNSET:
            raise MissingFieldError("MessagesContentBlockStartEvent", "index")
        return value

    @index.setter
    def index(self, value: int) -> None:
        self._index = value

    @property
    def type_(self) -> MessagesContentBlockStartEventType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("MessagesContentBlockStartEvent", "type")
        return value

    @type_.setter
    def type_(self, value: MessagesContentBlockStartEventType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"content_block={self._content_block!r}, "
            f"index={self._index!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        content_block: Any = self._content_block
        if not (isinstance(content_block, Unset) or content_block is None):
            if isinstance(self._content_block, AnthropicTextBlock):
                content_block = self._content_block.to_dict()
            elif isinstance(self._content_block, AnthropicToolUseBlock):
                content_block = self._content_block.to_dict()
            elif isinstance(self._content_block, AnthropicThinkingBlock):
                content_block = self._content_block.to_dict()
            elif isinstance(self._content_block, AnthropicRedactedThinkingBlock):
                content_block = self._content_block.to_dict()
            elif isinstance(self._content_block, ORAnthropicServerToolUseBlock):
                content_block = self._content_block.to_dict()
            elif isinstance(self._content_block, AnthropicWebSearchToolResult):
                content_block = self._content_block.to_dict()
            elif isinstance(self._content_block, AnthropicWebFetchToolResult):
                content_block = self._content_block.to_dict()
            elif isinstance(self._content_block, AnthropicCodeExecutionToolResult):
                content_block = self._content_block.to_dict()
            elif isinstance(self._content_block, AnthropicBashCodeExecutionToolResult):
                content_block = self._content_block.to_dict()
            elif isinstance(self._content_block, AnthropicTextEditorCodeExecutionToolResult):
                content_block = self._content_block.to_dict()
            elif isinstance(self._content_block, AnthropicToolSearchToolResult):
                content_block = self._content_block.to_dict()
            elif isinstance(self._content_block, AnthropicContainerUpload):
                content_block = self._content_block.to_dict()
            elif isinstance(self._content_block, AnthropicCompactionBlock):
                content_block = self._content_block.to_dict()
            elif isinstance(self._content_block, AnthropicAdvisorToolResult):
                content_block = self._content_block.to_dict()
            elif isinstance(self._content_block, ORAnthropicShellToolResult):
                content_block = self._content_block.to_dict()
            elif isinstance(self._content_block, ORAnthropicBashToolResult):
                content_block = self._content_block.to_dict()
            else:
                content_block = self._content_block.to_dict()

        index: Any = self._index

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if content_block is not UNSET:
            field_dict["content_block"] = content_block
        if index is not UNSET:
            field_dict["index"] = index
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesContentBlockStartEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "content_block" not in data:
            return False
        if "index" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not MessagesContentBlockStartEventType.is_known(data["type"]):
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
                    f"MessagesContentBlockStartEvent is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "content_block"
            _raw_content_block = d.get("content_block", UNSET)
            content_block: Any = _raw_content_block
            if _raw_content_block is not None and _raw_content_block is not UNSET:
                content_block = _parse_content_block(_raw_content_block)

            index = d.get("index", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = MessagesContentBlockStartEventType._value2member_map_.get(
                    _raw_type_
                ) or MessagesContentBlockStartEventType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("MessagesContentBlockStartEvent", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesContentBlockStartEvent", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_content_block_start_event = cls(
            content_block,
            index,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_content_block_start_event.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return messages_content_block_start_event

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


MessagesContentBlockStartEvent.__annotations__ = ResolvingAnnotations(
    MessagesContentBlockStartEvent.__annotations__, _resolve_lazy_imports
)


def _parse_content_block(
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
    | MessagesContentBlockStartEventContentBlockCompaction
    | ORAnthropicBashToolResult
    | ORAnthropicServerToolUseBlock
    | ORAnthropicShellToolResult
):
    if AnthropicTextBlock._matches(data):
        try:
            content_block_type_0 = AnthropicTextBlock.from_dict(data)

            return content_block_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicToolUseBlock._matches(data):
        try:
            content_block_type_1 = AnthropicToolUseBlock.from_dict(data)

            return content_block_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicThinkingBlock._matches(data):
        try:
            content_block_type_2 = AnthropicThinkingBlock.from_dict(data)

            return content_block_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicRedactedThinkingBlock._matches(data):
        try:
            content_block_type_3 = AnthropicRedactedThinkingBlock.from_dict(data)

            return content_block_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ORAnthropicServerToolUseBlock._matches(data):
        try:
            content_block_type_4 = ORAnthropicServerToolUseBlock.from_dict(data)

            return content_block_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicWebSearchToolResult._matches(data):
        try:
            content_block_type_5 = AnthropicWebSearchToolResult.from_dict(data)

            return content_block_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicWebFetchToolResult._matches(data):
        try:
            content_block_type_6 = AnthropicWebFetchToolResult.from_dict(data)

            return content_block_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicCodeExecutionToolResult._matches(data):
        try:
            content_block_type_7 = AnthropicCodeExecutionToolResult.from_dict(data)

            return content_block_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicBashCodeExecutionToolResult._matches(data):
        try:
            content_block_type_8 = AnthropicBashCodeExecutionToolResult.from_dict(data)

            return content_block_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicTextEditorCodeExecutionToolResult._matches(data):
        try:
            content_block_type_9 = AnthropicTextEditorCodeExecutionToolResult.from_dict(data)

            return content_block_type_9
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicToolSearchToolResult._matches(data):
        try:
            content_block_type_10 = AnthropicToolSearchToolResult.from_dict(data)

            return content_block_type_10
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicContainerUpload._matches(data):
        try:
            content_block_type_11 = AnthropicContainerUpload.from_dict(data)

            return content_block_type_11
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicCompactionBlock._matches(data):
        try:
            content_block_type_12 = AnthropicCompactionBlock.from_dict(data)

            return content_block_type_12
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicAdvisorToolResult._matches(data):
        try:
            content_block_type_13 = AnthropicAdvisorToolResult.from_dict(data)

            return content_block_type_13
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ORAnthropicShellToolResult._matches(data):
        try:
            content_block_type_14 = ORAnthropicShellToolResult.from_dict(data)

            return content_block_type_14
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ORAnthropicBashToolResult._matches(data):
        try:
            content_block_type_15 = ORAnthropicBashToolResult.from_dict(data)

            return content_block_type_15
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesContentBlockStartEventContentBlockCompaction._matches(data):
        try:
            content_block_type_16 = MessagesContentBlockStartEventContentBlockCompaction.from_dict(data)

            return content_block_type_16
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_block_type_0 = AnthropicTextBlock.from_dict(data)

        return content_block_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_block_type_1 = AnthropicToolUseBlock.from_dict(data)

        return content_block_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_block_type_2 = AnthropicThinkingBlock.from_dict(data)

        return content_block_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_block_type_3 = AnthropicRedactedThinkingBlock.from_dict(data)

        return content_block_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_block_type_4 = ORAnthropicServerToolUseBlock.from_dict(data)

        return content_block_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_block_type_5 = AnthropicWebSearchToolResult.from_dict(data)

        return content_block_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_block_type_6 = AnthropicWebFetchToolResult.from_dict(data)

        return content_block_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_block_type_7 = AnthropicCodeExecutionToolResult.from_dict(data)

        return content_block_type_7
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_block_type_8 = AnthropicBashCodeExecutionToolResult.from_dict(data)

        return content_block_type_8
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_block_type_9 = AnthropicTextEditorCodeExecutionToolResult.from_dict(data)

        return content_block_type_9
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_block_type_10 = AnthropicToolSearchToolResult.from_dict(data)

        return content_block_type_10
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_block_type_11 = AnthropicContainerUpload.from_dict(data)

        return content_block_type_11
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_block_type_12 = AnthropicCompactionBlock.from_dict(data)

        return content_block_type_12
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_block_type_13 = AnthropicAdvisorToolResult.from_dict(data)

        return content_block_type_13
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_block_type_14 = ORAnthropicShellToolResult.from_dict(data)

        return content_block_type_14
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_block_type_15 = ORAnthropicBashToolResult.from_dict(data)

        return content_block_type_15
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    content_block_type_16 = MessagesContentBlockStartEventContentBlockCompaction.from_dict(data)

    return content_block_type_16
