from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_messages_response_role import AnthropicMessagesResponseRole
from ..models.anthropic_messages_response_type import AnthropicMessagesResponseType
from ..models.anthropic_stop_reason import AnthropicStopReason
from ..models.provider_name import ProviderName
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic_redacted_thinking_block import AnthropicRedactedThinkingBlock
    from ..models.anthropic_server_tool_use_block import AnthropicServerToolUseBlock
    from ..models.anthropic_text_block import AnthropicTextBlock
    from ..models.anthropic_thinking_block import AnthropicThinkingBlock
    from ..models.anthropic_tool_use_block import AnthropicToolUseBlock
    from ..models.anthropic_usage import AnthropicUsage
    from ..models.anthropic_web_search_tool_result_block import AnthropicWebSearchToolResultBlock
    from ..models.open_router_metadata import OpenRouterMetadata

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
        AnthropicUsage, \
        AnthropicWebSearchToolResultBlock, \
        OpenRouterMetadata
    from ..models.anthropic_redacted_thinking_block import AnthropicRedactedThinkingBlock  # noqa: PLC0415
    from ..models.anthropic_server_tool_use_block import AnthropicServerToolUseBlock  # noqa: PLC0415
    from ..models.anthropic_text_block import AnthropicTextBlock  # noqa: PLC0415
    from ..models.anthropic_thinking_block import AnthropicThinkingBlock  # noqa: PLC0415
    from ..models.anthropic_tool_use_block import AnthropicToolUseBlock  # noqa: PLC0415
    from ..models.anthropic_usage import AnthropicUsage  # noqa: PLC0415
    from ..models.anthropic_web_search_tool_result_block import AnthropicWebSearchToolResultBlock  # noqa: PLC0415
    from ..models.open_router_metadata import OpenRouterMetadata  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicMessagesResponse")


@_attrs_define
class AnthropicMessagesResponse:
    """The assistant's reply in Anthropic's format, plus the provider that served it.

    Example:
        {'id': 'msg_01XFDUDYJgAACzvnptvVoYEL', 'type': 'message', 'role': 'assistant', 'model': 'anthropic/claude-
            sonnet-4', 'content': [{'type': 'text', 'text': 'Hello! How can I help you today?'}], 'stop_reason': 'end_turn',
            'stop_sequence': None, 'usage': {'input_tokens': 12, 'output_tokens': 10}}

    Attributes:
        id (str):
        type_ (AnthropicMessagesResponseType):
        role (AnthropicMessagesResponseRole):
        content (list[AnthropicRedactedThinkingBlock | AnthropicServerToolUseBlock | AnthropicTextBlock |
            AnthropicThinkingBlock | AnthropicToolUseBlock | AnthropicWebSearchToolResultBlock]):
        model (str):
        stop_reason (AnthropicStopReason | None):
        stop_sequence (None | str):
        usage (AnthropicUsage): Token counts in Anthropic's shape.
        provider (ProviderName | Unset): Display name of an inference provider. New providers appear often, so treat
            this list as open. Example: OpenAI.
        openrouter_metadata (OpenRouterMetadata | Unset): Routing details, returned when the X-OpenRouter-Metadata
            header is enabled. Example: {'attempt': 1, 'requested': 'openai/gpt-4o', 'strategy': 'direct', 'region': 'iad',
            'is_byok': False, 'summary': 'available=1, selected=OpenAI', 'endpoints': {'total': 1, 'available': [{'model':
            'openai/gpt-4o', 'provider': 'OpenAI', 'selected': True}]}}.
    """

    id: str
    type_: AnthropicMessagesResponseType
    role: AnthropicMessagesResponseRole
    content: list[
        AnthropicRedactedThinkingBlock
        | AnthropicServerToolUseBlock
        | AnthropicTextBlock
        | AnthropicThinkingBlock
        | AnthropicToolUseBlock
        | AnthropicWebSearchToolResultBlock
    ]
    model: str
    stop_reason: AnthropicStopReason | None
    stop_sequence: None | str
    usage: AnthropicUsage
    provider: ProviderName | Unset = UNSET
    openrouter_metadata: OpenRouterMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        id: Any = self.id

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        role: Any = self.role
        if not (isinstance(role, Unset) or role is None):
            role = self.role.value

        content: Any = self.content
        if not (isinstance(content, Unset) or content is None):
            content = []
            for content_item_data in self.content:
                content_item: dict[str, Any]
                if isinstance(content_item_data, AnthropicTextBlock):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, AnthropicThinkingBlock):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, AnthropicRedactedThinkingBlock):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, AnthropicToolUseBlock):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, AnthropicServerToolUseBlock):
                    content_item = content_item_data.to_dict()
                else:
                    content_item = content_item_data.to_dict()

                content.append(content_item)

        model: Any = self.model

        stop_reason: Any = self.stop_reason
        if not (isinstance(stop_reason, Unset) or stop_reason is None):
            if isinstance(self.stop_reason, AnthropicStopReason):
                stop_reason = self.stop_reason.value
            else:
                stop_reason = self.stop_reason

        stop_sequence: Any = self.stop_sequence
        if not (isinstance(stop_sequence, Unset) or stop_sequence is None):
            stop_sequence = self.stop_sequence

        usage: Any = self.usage
        if not (isinstance(usage, Unset) or usage is None):
            usage = self.usage.to_dict()

        provider: Any = self.provider
        if not (isinstance(provider, Unset) or provider is None):
            provider = UNSET
            if not isinstance(self.provider, Unset):
                provider = self.provider.value

        openrouter_metadata: Any = self.openrouter_metadata
        if not (isinstance(openrouter_metadata, Unset) or openrouter_metadata is None):
            openrouter_metadata = UNSET
            if not isinstance(self.openrouter_metadata, Unset):
                openrouter_metadata = self.openrouter_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if model is not UNSET:
            field_dict["model"] = model
        if stop_reason is not UNSET:
            field_dict["stop_reason"] = stop_reason
        if stop_sequence is not UNSET:
            field_dict["stop_sequence"] = stop_sequence
        if usage is not UNSET:
            field_dict["usage"] = usage
        if provider is not UNSET:
            field_dict["provider"] = provider
        if openrouter_metadata is not UNSET:
            field_dict["openrouter_metadata"] = openrouter_metadata

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicMessagesResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicMessagesResponseType.is_known(data["type"]):
            return False
        if "role" not in data:
            return False
        if "role" in data and not AnthropicMessagesResponseRole.is_known(data["role"]):
            return False
        if "content" not in data:
            return False
        if "model" not in data:
            return False
        if "stop_reason" not in data:
            return False
        if "stop_sequence" not in data:
            return False
        if "usage" not in data:
            return False
        if "provider" in data and not ProviderName.is_known(data["provider"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = AnthropicMessagesResponseType._parse(_raw_type_)

        _raw_role = d.pop("role", UNSET)
        role: Any = _raw_role
        if _raw_role is not None and _raw_role is not UNSET:
            role = AnthropicMessagesResponseRole._parse(_raw_role)

        _raw_content = d.pop("content", UNSET)
        content: Any = _raw_content
        if _raw_content is not None and _raw_content is not UNSET:
            content = []
            _content = _raw_content
            for content_item_data in _content:
                content_item = _parse_content_item(content_item_data)

                content.append(content_item)

        model = d.pop("model", UNSET)

        _raw_stop_reason = d.pop("stop_reason", UNSET)
        stop_reason: Any = _raw_stop_reason
        if _raw_stop_reason is not None and _raw_stop_reason is not UNSET:
            stop_reason = _parse_stop_reason(_raw_stop_reason)

        stop_sequence = d.pop("stop_sequence", UNSET)

        _raw_usage = d.pop("usage", UNSET)
        usage: Any = _raw_usage
        if _raw_usage is not None and _raw_usage is not UNSET:
            usage = AnthropicUsage.from_dict(_raw_usage)

        _raw_provider = d.pop("provider", UNSET)
        provider: Any = _raw_provider
        if _raw_provider is not None and _raw_provider is not UNSET:
            _provider = _raw_provider
            provider: ProviderName | Unset
            if isinstance(_provider, Unset):
                provider = UNSET
            else:
                provider = ProviderName._parse(_provider)

        _raw_openrouter_metadata = d.pop("openrouter_metadata", UNSET)
        openrouter_metadata: Any = _raw_openrouter_metadata
        if _raw_openrouter_metadata is not None and _raw_openrouter_metadata is not UNSET:
            _openrouter_metadata = _raw_openrouter_metadata
            openrouter_metadata: OpenRouterMetadata | Unset
            if isinstance(_openrouter_metadata, Unset):
                openrouter_metadata = UNSET
            else:
                openrouter_metadata = OpenRouterMetadata.from_dict(_openrouter_metadata)

        anthropic_messages_response = cls(
            id=id,
            type_=type_,
            role=role,
            content=content,
            model=model,
            stop_reason=stop_reason,
            stop_sequence=stop_sequence,
            usage=usage,
            provider=provider,
            openrouter_metadata=openrouter_metadata,
        )

        anthropic_messages_response.additional_properties = d
        return anthropic_messages_response

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


def _parse_content_item(
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


def _parse_stop_reason(data: object) -> AnthropicStopReason | None:
    if data is None:
        return data
    if AnthropicStopReason.is_known(data):
        try:
            stop_reason_type_0 = AnthropicStopReason._parse(data)

            return stop_reason_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        stop_reason_type_0 = AnthropicStopReason._parse(data)

        return stop_reason_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AnthropicStopReason | None", data)
