from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_content_block_start_event_type import AnthropicContentBlockStartEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic_redacted_thinking_block import AnthropicRedactedThinkingBlock
    from ..models.anthropic_server_tool_use_block import AnthropicServerToolUseBlock
    from ..models.anthropic_text_block import AnthropicTextBlock
    from ..models.anthropic_thinking_block import AnthropicThinkingBlock
    from ..models.anthropic_tool_use_block import AnthropicToolUseBlock
    from ..models.anthropic_web_search_tool_result_block import AnthropicWebSearchToolResultBlock

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AnthropicRedactedThinkingBlock, \
        AnthropicServerToolUseBlock, \
        AnthropicTextBlock, \
        AnthropicThinkingBlock, \
        AnthropicToolUseBlock, \
        AnthropicWebSearchToolResultBlock
    from ..models.anthropic_redacted_thinking_block import AnthropicRedactedThinkingBlock  # noqa: PLC0415
    from ..models.anthropic_server_tool_use_block import AnthropicServerToolUseBlock  # noqa: PLC0415
    from ..models.anthropic_text_block import AnthropicTextBlock  # noqa: PLC0415
    from ..models.anthropic_thinking_block import AnthropicThinkingBlock  # noqa: PLC0415
    from ..models.anthropic_tool_use_block import AnthropicToolUseBlock  # noqa: PLC0415
    from ..models.anthropic_web_search_tool_result_block import AnthropicWebSearchToolResultBlock  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicContentBlockStartEvent")


@_attrs_define
class AnthropicContentBlockStartEvent:
    """A content block begins at this index.

    Attributes:
        type_ (AnthropicContentBlockStartEventType):
        index (int):
        content_block (AnthropicRedactedThinkingBlock | AnthropicServerToolUseBlock | AnthropicTextBlock |
            AnthropicThinkingBlock | AnthropicToolUseBlock | AnthropicWebSearchToolResultBlock): One block of the
            assistant's reply, typed by `type`.
    """

    type_: AnthropicContentBlockStartEventType
    index: int
    content_block: (
        AnthropicRedactedThinkingBlock
        | AnthropicServerToolUseBlock
        | AnthropicTextBlock
        | AnthropicThinkingBlock
        | AnthropicToolUseBlock
        | AnthropicWebSearchToolResultBlock
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        index: Any = self.index

        content_block: Any = self.content_block
        if not (isinstance(content_block, Unset) or content_block is None):
            if isinstance(self.content_block, AnthropicTextBlock):
                content_block = self.content_block.to_dict()
            elif isinstance(self.content_block, AnthropicThinkingBlock):
                content_block = self.content_block.to_dict()
            elif isinstance(self.content_block, AnthropicRedactedThinkingBlock):
                content_block = self.content_block.to_dict()
            elif isinstance(self.content_block, AnthropicToolUseBlock):
                content_block = self.content_block.to_dict()
            elif isinstance(self.content_block, AnthropicServerToolUseBlock):
                content_block = self.content_block.to_dict()
            else:
                content_block = self.content_block.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if index is not UNSET:
            field_dict["index"] = index
        if content_block is not UNSET:
            field_dict["content_block"] = content_block

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicContentBlockStartEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicContentBlockStartEventType.is_known(data["type"]):
            return False
        if "index" not in data:
            return False
        if "content_block" not in data:
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
            type_ = AnthropicContentBlockStartEventType._parse(_raw_type_)

        index = d.pop("index", UNSET)

        _raw_content_block = d.pop("content_block", UNSET)
        content_block: Any = _raw_content_block
        if _raw_content_block is not None and _raw_content_block is not UNSET:
            content_block = _parse_content_block(_raw_content_block)

        anthropic_content_block_start_event = cls(
            type_=type_,
            index=index,
            content_block=content_block,
        )

        anthropic_content_block_start_event.additional_properties = d
        return anthropic_content_block_start_event

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


def _parse_content_block(
    data: object,
) -> (
    AnthropicRedactedThinkingBlock
    | AnthropicServerToolUseBlock
    | AnthropicTextBlock
    | AnthropicThinkingBlock
    | AnthropicToolUseBlock
    | AnthropicWebSearchToolResultBlock
):
    if AnthropicTextBlock._matches(data):
        try:
            componentsschemas_anthropic_content_block_type_0 = AnthropicTextBlock.from_dict(data)

            return componentsschemas_anthropic_content_block_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicThinkingBlock._matches(data):
        try:
            componentsschemas_anthropic_content_block_type_1 = AnthropicThinkingBlock.from_dict(data)

            return componentsschemas_anthropic_content_block_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicRedactedThinkingBlock._matches(data):
        try:
            componentsschemas_anthropic_content_block_type_2 = AnthropicRedactedThinkingBlock.from_dict(data)

            return componentsschemas_anthropic_content_block_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicToolUseBlock._matches(data):
        try:
            componentsschemas_anthropic_content_block_type_3 = AnthropicToolUseBlock.from_dict(data)

            return componentsschemas_anthropic_content_block_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicServerToolUseBlock._matches(data):
        try:
            componentsschemas_anthropic_content_block_type_4 = AnthropicServerToolUseBlock.from_dict(data)

            return componentsschemas_anthropic_content_block_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicWebSearchToolResultBlock._matches(data):
        try:
            componentsschemas_anthropic_content_block_type_5 = AnthropicWebSearchToolResultBlock.from_dict(data)

            return componentsschemas_anthropic_content_block_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_content_block_type_0 = AnthropicTextBlock.from_dict(data)

        return componentsschemas_anthropic_content_block_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_content_block_type_1 = AnthropicThinkingBlock.from_dict(data)

        return componentsschemas_anthropic_content_block_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_content_block_type_2 = AnthropicRedactedThinkingBlock.from_dict(data)

        return componentsschemas_anthropic_content_block_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_content_block_type_3 = AnthropicToolUseBlock.from_dict(data)

        return componentsschemas_anthropic_content_block_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_content_block_type_4 = AnthropicServerToolUseBlock.from_dict(data)

        return componentsschemas_anthropic_content_block_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_anthropic_content_block_type_5 = AnthropicWebSearchToolResultBlock.from_dict(data)

    return componentsschemas_anthropic_content_block_type_5
