from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_message_param_role import MessagesMessageParamRole
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_document_block_param import AnthropicDocumentBlockParam
    from ..models.anthropic_image_block_param import AnthropicImageBlockParam
    from ..models.anthropic_search_result_block_param import AnthropicSearchResultBlockParam
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam
    from ..models.messages_advisor_tool_result_block import MessagesAdvisorToolResultBlock
    from ..models.messages_bash_tool_result_block import MessagesBashToolResultBlock
    from ..models.messages_message_param_content_option_2_item_compaction import (
        MessagesMessageParamContentOption2ItemCompaction,
    )
    from ..models.messages_message_param_content_option_2_item_redacted_thinking import (
        MessagesMessageParamContentOption2ItemRedactedThinking,
    )
    from ..models.messages_message_param_content_option_2_item_server_tool_use import (
        MessagesMessageParamContentOption2ItemServerToolUse,
    )
    from ..models.messages_message_param_content_option_2_item_thinking import (
        MessagesMessageParamContentOption2ItemThinking,
    )
    from ..models.messages_message_param_content_option_2_item_tool_result import (
        MessagesMessageParamContentOption2ItemToolResult,
    )
    from ..models.messages_message_param_content_option_2_item_tool_use import (
        MessagesMessageParamContentOption2ItemToolUse,
    )
    from ..models.messages_message_param_content_option_2_item_web_search_tool_result import (
        MessagesMessageParamContentOption2ItemWebSearchToolResult,
    )
    from ..models.messages_shell_tool_result_block import MessagesShellToolResultBlock
    from ..models.messages_tool_addition_block import MessagesToolAdditionBlock
    from ..models.messages_tool_removal_block import MessagesToolRemovalBlock

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AnthropicDocumentBlockParam, \
        AnthropicImageBlockParam, \
        AnthropicSearchResultBlockParam, \
        AnthropicTextBlockParam, \
        MessagesAdvisorToolResultBlock, \
        MessagesBashToolResultBlock, \
        MessagesMessageParamContentOption2ItemCompaction, \
        MessagesMessageParamContentOption2ItemRedactedThinking, \
        MessagesMessageParamContentOption2ItemServerToolUse, \
        MessagesMessageParamContentOption2ItemThinking, \
        MessagesMessageParamContentOption2ItemToolResult, \
        MessagesMessageParamContentOption2ItemToolUse, \
        MessagesMessageParamContentOption2ItemWebSearchToolResult, \
        MessagesShellToolResultBlock, \
        MessagesToolAdditionBlock, \
        MessagesToolRemovalBlock
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_document_block_param import AnthropicDocumentBlockParam  # noqa: PLC0415
    from ..models.anthropic_image_block_param import AnthropicImageBlockParam  # noqa: PLC0415
    from ..models.anthropic_search_result_block_param import AnthropicSearchResultBlockParam  # noqa: PLC0415
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam  # noqa: PLC0415
    from ..models.messages_advisor_tool_result_block import MessagesAdvisorToolResultBlock  # noqa: PLC0415
    from ..models.messages_bash_tool_result_block import MessagesBashToolResultBlock  # noqa: PLC0415
    from ..models.messages_message_param_content_option_2_item_compaction import (
        MessagesMessageParamContentOption2ItemCompaction,  # noqa: PLC0415
    )
    from ..models.messages_message_param_content_option_2_item_redacted_thinking import (
        MessagesMessageParamContentOption2ItemRedactedThinking,  # noqa: PLC0415
    )
    from ..models.messages_message_param_content_option_2_item_server_tool_use import (
        MessagesMessageParamContentOption2ItemServerToolUse,  # noqa: PLC0415
    )
    from ..models.messages_message_param_content_option_2_item_thinking import (
        MessagesMessageParamContentOption2ItemThinking,  # noqa: PLC0415
    )
    from ..models.messages_message_param_content_option_2_item_tool_result import (
        MessagesMessageParamContentOption2ItemToolResult,  # noqa: PLC0415
    )
    from ..models.messages_message_param_content_option_2_item_tool_use import (
        MessagesMessageParamContentOption2ItemToolUse,  # noqa: PLC0415
    )
    from ..models.messages_message_param_content_option_2_item_web_search_tool_result import (
        MessagesMessageParamContentOption2ItemWebSearchToolResult,  # noqa: PLC0415
    )
    from ..models.messages_shell_tool_result_block import MessagesShellToolResultBlock  # noqa: PLC0415
    from ..models.messages_tool_addition_block import MessagesToolAdditionBlock  # noqa: PLC0415
    from ..models.messages_tool_removal_block import MessagesToolRemovalBlock  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="MessagesMessageParam")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"content", "role"})


@_attrs_define(repr=False)
class MessagesMessageParam:
    """Anthropic message with OpenRouter extensions

    Example:
        {'content': 'Hello, how are you?', 'role': 'user'}

    Attributes:
        content (list[AnthropicDocumentBlockParam | AnthropicImageBlockParam | AnthropicSearchResultBlockParam |
            AnthropicTextBlockParam | MessagesAdvisorToolResultBlock | MessagesBashToolResultBlock |
            MessagesMessageParamContentOption2ItemCompaction | MessagesMessageParamContentOption2ItemRedactedThinking |
            MessagesMessageParamContentOption2ItemServerToolUse | MessagesMessageParamContentOption2ItemThinking |
            MessagesMessageParamContentOption2ItemToolResult | MessagesMessageParamContentOption2ItemToolUse |
            MessagesMessageParamContentOption2ItemWebSearchToolResult | MessagesShellToolResultBlock |
            MessagesToolAdditionBlock | MessagesToolRemovalBlock] | str):
        role (MessagesMessageParamRole):
    """

    _content: (
        list[
            AnthropicDocumentBlockParam
            | AnthropicImageBlockParam
            | AnthropicSearchResultBlockParam
            | AnthropicTextBlockParam
            | MessagesAdvisorToolResultBlock
            | MessagesBashToolResultBlock
            | MessagesMessageParamContentOption2ItemCompaction
            | MessagesMessageParamContentOption2ItemRedactedThinking
            | MessagesMessageParamContentOption2ItemServerToolUse
            | MessagesMessageParamContentOption2ItemThinking
            | MessagesMessageParamContentOption2ItemToolResult
            | MessagesMessageParamContentOption2ItemToolUse
            | MessagesMessageParamContentOption2ItemWebSearchToolResult
            | MessagesShellToolResultBlock
            | MessagesToolAdditionBlock
            | MessagesToolRemovalBlock
        ]
        | str
    ) = _attrs_field(alias="content")
    _role: MessagesMessageParamRole = _attrs_field(alias="role")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def content(
        self,
    ) -> (
        list[
            AnthropicDocumentBlockParam
            | AnthropicImageBlockParam
            | AnthropicSearchResultBlockParam
            | AnthropicTextBlockParam
            | MessagesAdvisorToolResultBlock
            | MessagesBashToolResultBlock
            | MessagesMessageParamContentOption2ItemCompaction
            | MessagesMessageParamContentOption2ItemRedactedThinking
            | MessagesMessageParamContentOption2ItemServerToolUse
            | MessagesMessageParamContentOption2ItemThinking
            | MessagesMessageParamContentOption2ItemToolResult
            | MessagesMessageParamContentOption2ItemToolUse
            | MessagesMessageParamContentOption2ItemWebSearchToolResult
            | MessagesShellToolResultBlock
            | MessagesToolAdditionBlock
            | MessagesToolRemovalBlock
        ]
        | str
    ):
        value: Any = self._content
        if value is UNSET:
            raise MissingFieldError("MessagesMessageParam", "content")
        return value

    @content.setter
    def content(
        self,
        value: list[
            AnthropicDocumentBlockParam
            | AnthropicImageBlockParam
            | AnthropicSearchResultBlockParam
            | AnthropicTextBlockParam
            | MessagesAdvisorToolResultBlock
            | MessagesBashToolResultBlock
            | MessagesMessageParamContentOption2ItemCompaction
            | MessagesMessageParamContentOption2ItemRedactedThinking
            | MessagesMessageParamContentOption2ItemServerToolUse
            | MessagesMessageParamContentOption2ItemThinking
            | MessagesMessageParamContentOption2ItemToolResult
            | MessagesMessageParamContentOption2ItemToolUse
            | MessagesMessageParamContentOption2ItemWebSearchToolResult
            | MessagesShellToolResultBlock
            | MessagesToolAdditionBlock
            | MessagesToolRemovalBlock
        ]
        | str,
    ) -> None:
        self._content = value

    @property
    def role(self) -> MessagesMessageParamRole:
        value: Any = self._role
        if value is UNSET:
            raise MissingFieldError("MessagesMessageParam", "role")
        return value

    @role.setter
    def role(self, value: MessagesMessageParamRole) -> None:
        self._role = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"content={self._content!r}, "
            f"role={self._role!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        content: Any = self._content
        if not (isinstance(content, Unset) or content is None):
            if isinstance(self._content, list):
                content = []
                for content_type_1_item_data in self._content:
                    content_type_1_item: dict[str, Any]
                    if isinstance(content_type_1_item_data, AnthropicTextBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, AnthropicImageBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, AnthropicDocumentBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, MessagesMessageParamContentOption2ItemToolUse):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, MessagesMessageParamContentOption2ItemToolResult):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, MessagesMessageParamContentOption2ItemThinking):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, MessagesMessageParamContentOption2ItemRedactedThinking):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, MessagesMessageParamContentOption2ItemServerToolUse):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(
                        content_type_1_item_data, MessagesMessageParamContentOption2ItemWebSearchToolResult
                    ):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, AnthropicSearchResultBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, MessagesMessageParamContentOption2ItemCompaction):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, MessagesAdvisorToolResultBlock):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, MessagesToolAdditionBlock):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, MessagesToolRemovalBlock):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, MessagesShellToolResultBlock):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    else:
                        content_type_1_item = content_type_1_item_data.to_dict()

                    content.append(content_type_1_item)

            else:
                content = self._content

        role: Any = self._role
        if not (isinstance(role, Unset) or role is None):
            role = self._role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if content is not UNSET:
            field_dict["content"] = content
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesMessageParam and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "content" not in data:
            return False
        if "role" not in data:
            return False
        if "role" in data and not MessagesMessageParamRole.is_known(data["role"]):
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
                    f"MessagesMessageParam is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "content"
            _raw_content = d.get("content", UNSET)
            content: Any = _raw_content
            if _raw_content is not None and _raw_content is not UNSET:
                content = _parse_content(_raw_content)

            _field = "role"
            _raw_role = d.get("role", UNSET)
            role: Any = _raw_role
            if _raw_role is not None and _raw_role is not UNSET:
                role = MessagesMessageParamRole._value2member_map_.get(_raw_role) or MessagesMessageParamRole._parse(
                    _raw_role
                )

        except FieldParseError as error:
            raise error.within("MessagesMessageParam", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesMessageParam", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_message_param = cls(
            content,
            role,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_message_param.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return messages_message_param

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


MessagesMessageParam.__annotations__ = ResolvingAnnotations(MessagesMessageParam.__annotations__, _resolve_lazy_imports)


def _parse_content(
    data: object,
) -> (
    list[
        AnthropicDocumentBlockParam
        | AnthropicImageBlockParam
        | AnthropicSearchResultBlockParam
        | AnthropicTextBlockParam
        | MessagesAdvisorToolResultBlock
        | MessagesBashToolResultBlock
        | MessagesMessageParamContentOption2ItemCompaction
        | MessagesMessageParamContentOption2ItemRedactedThinking
        | MessagesMessageParamContentOption2ItemServerToolUse
        | MessagesMessageParamContentOption2ItemThinking
        | MessagesMessageParamContentOption2ItemToolResult
        | MessagesMessageParamContentOption2ItemToolUse
        | MessagesMessageParamContentOption2ItemWebSearchToolResult
        | MessagesShellToolResultBlock
        | MessagesToolAdditionBlock
        | MessagesToolRemovalBlock
    ]
    | str
):
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_1 = [_parse_content_type_1_item(content_type_1_item_data) for content_type_1_item_data in data]

        return content_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "list[AnthropicDocumentBlockParam | AnthropicImageBlockParam | AnthropicSearchResultBlockParam | AnthropicTextBlockParam | MessagesAdvisorToolResultBlock | MessagesBashToolResultBlock | MessagesMessageParamContentOption2ItemCompaction | MessagesMessageParamContentOption2ItemRedactedThinking | MessagesMessageParamContentOption2ItemServerToolUse | MessagesMessageParamContentOption2ItemThinking | MessagesMessageParamContentOption2ItemToolResult | MessagesMessageParamContentOption2ItemToolUse | MessagesMessageParamContentOption2ItemWebSearchToolResult | MessagesShellToolResultBlock | MessagesToolAdditionBlock | MessagesToolRemovalBlock] | str",
        data,
    )


def _parse_content_type_1_item(
    data: object,
) -> (
    AnthropicDocumentBlockParam
    | AnthropicImageBlockParam
    | AnthropicSearchResultBlockParam
    | AnthropicTextBlockParam
    | MessagesAdvisorToolResultBlock
    | MessagesBashToolResultBlock
    | MessagesMessageParamContentOption2ItemCompaction
    | MessagesMessageParamContentOption2ItemRedactedThinking
    | MessagesMessageParamContentOption2ItemServerToolUse
    | MessagesMessageParamContentOption2ItemThinking
    | MessagesMessageParamContentOption2ItemToolResult
    | MessagesMessageParamContentOption2ItemToolUse
    | MessagesMessageParamContentOption2ItemWebSearchToolResult
    | MessagesShellToolResultBlock
    | MessagesToolAdditionBlock
    | MessagesToolRemovalBlock
):
    if AnthropicTextBlockParam._matches(data):
        try:
            content_type_1_item_type_0 = AnthropicTextBlockParam.from_dict(data)

            return content_type_1_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicImageBlockParam._matches(data):
        try:
            content_type_1_item_type_1 = AnthropicImageBlockParam.from_dict(data)

            return content_type_1_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicDocumentBlockParam._matches(data):
        try:
            content_type_1_item_type_2 = AnthropicDocumentBlockParam.from_dict(data)

            return content_type_1_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesMessageParamContentOption2ItemToolUse._matches(data):
        try:
            content_type_1_item_type_3 = MessagesMessageParamContentOption2ItemToolUse.from_dict(data)

            return content_type_1_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesMessageParamContentOption2ItemToolResult._matches(data):
        try:
            content_type_1_item_type_4 = MessagesMessageParamContentOption2ItemToolResult.from_dict(data)

            return content_type_1_item_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesMessageParamContentOption2ItemThinking._matches(data):
        try:
            content_type_1_item_type_5 = MessagesMessageParamContentOption2ItemThinking.from_dict(data)

            return content_type_1_item_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesMessageParamContentOption2ItemRedactedThinking._matches(data):
        try:
            content_type_1_item_type_6 = MessagesMessageParamContentOption2ItemRedactedThinking.from_dict(data)

            return content_type_1_item_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesMessageParamContentOption2ItemServerToolUse._matches(data):
        try:
            content_type_1_item_type_7 = MessagesMessageParamContentOption2ItemServerToolUse.from_dict(data)

            return content_type_1_item_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesMessageParamContentOption2ItemWebSearchToolResult._matches(data):
        try:
            content_type_1_item_type_8 = MessagesMessageParamContentOption2ItemWebSearchToolResult.from_dict(data)

            return content_type_1_item_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicSearchResultBlockParam._matches(data):
        try:
            content_type_1_item_type_9 = AnthropicSearchResultBlockParam.from_dict(data)

            return content_type_1_item_type_9
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesMessageParamContentOption2ItemCompaction._matches(data):
        try:
            content_type_1_item_type_10 = MessagesMessageParamContentOption2ItemCompaction.from_dict(data)

            return content_type_1_item_type_10
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesAdvisorToolResultBlock._matches(data):
        try:
            content_type_1_item_type_11 = MessagesAdvisorToolResultBlock.from_dict(data)

            return content_type_1_item_type_11
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesToolAdditionBlock._matches(data):
        try:
            content_type_1_item_type_12 = MessagesToolAdditionBlock.from_dict(data)

            return content_type_1_item_type_12
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesToolRemovalBlock._matches(data):
        try:
            content_type_1_item_type_13 = MessagesToolRemovalBlock.from_dict(data)

            return content_type_1_item_type_13
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesShellToolResultBlock._matches(data):
        try:
            content_type_1_item_type_14 = MessagesShellToolResultBlock.from_dict(data)

            return content_type_1_item_type_14
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesBashToolResultBlock._matches(data):
        try:
            content_type_1_item_type_15 = MessagesBashToolResultBlock.from_dict(data)

            return content_type_1_item_type_15
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_type_1_item_type_0 = AnthropicTextBlockParam.from_dict(data)

        return content_type_1_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_type_1_item_type_1 = AnthropicImageBlockParam.from_dict(data)

        return content_type_1_item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_type_1_item_type_2 = AnthropicDocumentBlockParam.from_dict(data)

        return content_type_1_item_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_type_1_item_type_3 = MessagesMessageParamContentOption2ItemToolUse.from_dict(data)

        return content_type_1_item_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_type_1_item_type_4 = MessagesMessageParamContentOption2ItemToolResult.from_dict(data)

        return content_type_1_item_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_type_1_item_type_5 = MessagesMessageParamContentOption2ItemThinking.from_dict(data)

        return content_type_1_item_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_type_1_item_type_6 = MessagesMessageParamContentOption2ItemRedactedThinking.from_dict(data)

        return content_type_1_item_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_type_1_item_type_7 = MessagesMessageParamContentOption2ItemServerToolUse.from_dict(data)

        return content_type_1_item_type_7
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_type_1_item_type_8 = MessagesMessageParamContentOption2ItemWebSearchToolResult.from_dict(data)

        return content_type_1_item_type_8
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_type_1_item_type_9 = AnthropicSearchResultBlockParam.from_dict(data)

        return content_type_1_item_type_9
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_type_1_item_type_10 = MessagesMessageParamContentOption2ItemCompaction.from_dict(data)

        return content_type_1_item_type_10
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_type_1_item_type_11 = MessagesAdvisorToolResultBlock.from_dict(data)

        return content_type_1_item_type_11
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_type_1_item_type_12 = MessagesToolAdditionBlock.from_dict(data)

        return content_type_1_item_type_12
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_type_1_item_type_13 = MessagesToolRemovalBlock.from_dict(data)

        return content_type_1_item_type_13
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_type_1_item_type_14 = MessagesShellToolResultBlock.from_dict(data)

        return content_type_1_item_type_14
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    content_type_1_item_type_15 = MessagesBashToolResultBlock.from_dict(data)

    return content_type_1_item_type_15
