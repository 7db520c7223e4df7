from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_router_anthropic_message_param_role import OpenRouterAnthropicMessageParamRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic_document_block_param import AnthropicDocumentBlockParam
    from ..models.anthropic_image_block_param import AnthropicImageBlockParam
    from ..models.anthropic_redacted_thinking_block import AnthropicRedactedThinkingBlock
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam
    from ..models.anthropic_thinking_block import AnthropicThinkingBlock
    from ..models.anthropic_tool_result_block_param import AnthropicToolResultBlockParam
    from ..models.anthropic_tool_use_block_param import AnthropicToolUseBlockParam

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AnthropicDocumentBlockParam, \
        AnthropicImageBlockParam, \
        AnthropicRedactedThinkingBlock, \
        AnthropicTextBlockParam, \
        AnthropicThinkingBlock, \
        AnthropicToolResultBlockParam, \
        AnthropicToolUseBlockParam
    from ..models.anthropic_document_block_param import AnthropicDocumentBlockParam  # noqa: PLC0415
    from ..models.anthropic_image_block_param import AnthropicImageBlockParam  # noqa: PLC0415
    from ..models.anthropic_redacted_thinking_block import AnthropicRedactedThinkingBlock  # noqa: PLC0415
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam  # noqa: PLC0415
    from ..models.anthropic_thinking_block import AnthropicThinkingBlock  # noqa: PLC0415
    from ..models.anthropic_tool_result_block_param import AnthropicToolResultBlockParam  # noqa: PLC0415
    from ..models.anthropic_tool_use_block_param import AnthropicToolUseBlockParam  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="OpenRouterAnthropicMessageParam")


@_attrs_define
class OpenRouterAnthropicMessageParam:
    """One turn of the conversation.

    Example:
        {'role': 'user', 'content': 'Hello, Claude'}

    Attributes:
        role (OpenRouterAnthropicMessageParamRole):
        content (list[AnthropicDocumentBlockParam | AnthropicImageBlockParam | AnthropicRedactedThinkingBlock |
            AnthropicTextBlockParam | AnthropicThinkingBlock | AnthropicToolResultBlockParam | AnthropicToolUseBlockParam] |
            str):
    """

    role: OpenRouterAnthropicMessageParamRole
    content: (
        list[
            AnthropicDocumentBlockParam
            | AnthropicImageBlockParam
            | AnthropicRedactedThinkingBlock
            | AnthropicTextBlockParam
            | AnthropicThinkingBlock
            | AnthropicToolResultBlockParam
            | AnthropicToolUseBlockParam
        ]
        | str
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        role: Any = self.role
        if not (isinstance(role, Unset) or role is None):
            role = self.role.value

        content: Any = self.content
        if not (isinstance(content, Unset) or content is None):
            if isinstance(self.content, list):
                content = []
                for content_type_1_item_data in self.content:
                    content_type_1_item: dict[str, Any]
                    if isinstance(content_type_1_item_data, AnthropicTextBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, AnthropicImageBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, AnthropicDocumentBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, AnthropicToolUseBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, AnthropicToolResultBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, AnthropicThinkingBlock):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    else:
                        content_type_1_item = content_type_1_item_data.to_dict()

                    content.append(content_type_1_item)

            else:
                content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OpenRouterAnthropicMessageParam and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "role" not in data:
            return False
        if "role" in data and not OpenRouterAnthropicMessageParamRole.is_known(data["role"]):
            return False
        if "content" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_role = d.pop("role", UNSET)
        role: Any = _raw_role
        if _raw_role is not None and _raw_role is not UNSET:
            role = OpenRouterAnthropicMessageParamRole._parse(_raw_role)

        _raw_content = d.pop("content", UNSET)
        content: Any = _raw_content
        if _raw_content is not None and _raw_content is not UNSET:
            content = _parse_content(_raw_content)

        open_router_anthropic_message_param = cls(
            role=role,
            content=content,
        )

        open_router_anthropic_message_param.additional_properties = d
        return open_router_anthropic_message_param

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


def _parse_content(
    data: object,
) -> (
    list[
        AnthropicDocumentBlockParam
        | AnthropicImageBlockParam
        | AnthropicRedactedThinkingBlock
        | AnthropicTextBlockParam
        | AnthropicThinkingBlock
        | AnthropicToolResultBlockParam
        | AnthropicToolUseBlockParam
    ]
    | str
):
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_1 = []
        _content_type_1 = data
        for content_type_1_item_data in _content_type_1:
            content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

            content_type_1.append(content_type_1_item)

        return content_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "list[AnthropicDocumentBlockParam | AnthropicImageBlockParam | AnthropicRedactedThinkingBlock | AnthropicTextBlockParam | AnthropicThinkingBlock | AnthropicToolResultBlockParam | AnthropicToolUseBlockParam] | str",
        data,
    )


def _parse_content_type_1_item(
    data: object,
) -> (
    AnthropicDocumentBlockParam
    | AnthropicImageBlockParam
    | AnthropicRedactedThinkingBlock
    | AnthropicTextBlockParam
    | AnthropicThinkingBlock
    | AnthropicToolResultBlockParam
    | AnthropicToolUseBlockParam
):
    if AnthropicTextBlockParam._matches(data):
        try:
            componentsschemas_anthropic_content_block_param_type_0 = AnthropicTextBlockParam.from_dict(data)

            return componentsschemas_anthropic_content_block_param_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicImageBlockParam._matches(data):
        try:
            componentsschemas_anthropic_content_block_param_type_1 = AnthropicImageBlockParam.from_dict(data)

            return componentsschemas_anthropic_content_block_param_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicDocumentBlockParam._matches(data):
        try:
            componentsschemas_anthropic_content_block_param_type_2 = AnthropicDocumentBlockParam.from_dict(data)

            return componentsschemas_anthropic_content_block_param_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicToolUseBlockParam._matches(data):
        try:
            componentsschemas_anthropic_content_block_param_type_3 = AnthropicToolUseBlockParam.from_dict(data)

            return componentsschemas_anthropic_content_block_param_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicToolResultBlockParam._matches(data):
        try:
            componentsschemas_anthropic_content_block_param_type_4 = AnthropicToolResultBlockParam.from_dict(data)

            return componentsschemas_anthropic_content_block_param_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicThinkingBlock._matches(data):
        try:
            componentsschemas_anthropic_content_block_param_type_5 = AnthropicThinkingBlock.from_dict(data)

            return componentsschemas_anthropic_content_block_param_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicRedactedThinkingBlock._matches(data):
        try:
            componentsschemas_anthropic_content_block_param_type_6 = AnthropicRedactedThinkingBlock.from_dict(data)

            return componentsschemas_anthropic_content_block_param_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_content_block_param_type_0 = AnthropicTextBlockParam.from_dict(data)

        return componentsschemas_anthropic_content_block_param_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_content_block_param_type_1 = AnthropicImageBlockParam.from_dict(data)

        return componentsschemas_anthropic_content_block_param_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_content_block_param_type_2 = AnthropicDocumentBlockParam.from_dict(data)

        return componentsschemas_anthropic_content_block_param_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_content_block_param_type_3 = AnthropicToolUseBlockParam.from_dict(data)

        return componentsschemas_anthropic_content_block_param_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_content_block_param_type_4 = AnthropicToolResultBlockParam.from_dict(data)

        return componentsschemas_anthropic_content_block_param_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_content_block_param_type_5 = AnthropicThinkingBlock.from_dict(data)

        return componentsschemas_anthropic_content_block_param_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_anthropic_content_block_param_type_6 = AnthropicRedactedThinkingBlock.from_dict(data)

    return componentsschemas_anthropic_content_block_param_type_6
