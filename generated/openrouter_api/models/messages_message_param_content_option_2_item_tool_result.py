from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_message_param_content_option_2_item_tool_result_type import (
    MessagesMessageParamContentOption2ItemToolResultType,
)
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.anthropic_document_block_param import AnthropicDocumentBlockParam
    from ..models.anthropic_image_block_param import AnthropicImageBlockParam
    from ..models.anthropic_search_result_block_param import AnthropicSearchResultBlockParam
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam
    from ..models.messages_message_param_content_option_2_item_tool_result_content_option_2_item_tool_reference import (
        MessagesMessageParamContentOption2ItemToolResultContentOption2ItemToolReference,
    )

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AnthropicCacheControlDirective, \
        AnthropicDocumentBlockParam, \
        AnthropicImageBlockParam, \
        AnthropicSearchResultBlockParam, \
        AnthropicTextBlockParam, \
        MessagesMessageParamContentOption2ItemToolResultContentOption2ItemToolReference
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective  # noqa: PLC0415
    from ..models.anthropic_document_block_param import AnthropicDocumentBlockParam  # noqa: PLC0415
    from ..models.anthropic_image_block_param import AnthropicImageBlockParam  # noqa: PLC0415
    from ..models.anthropic_search_result_block_param import AnthropicSearchResultBlockParam  # noqa: PLC0415
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam  # noqa: PLC0415
    from ..models.messages_message_param_content_option_2_item_tool_result_content_option_2_item_tool_reference import (
        MessagesMessageParamContentOption2ItemToolResultContentOption2ItemToolReference,  # noqa: PLC0415
    )

    _lazy_imports_resolved = True


T = TypeVar("T", bound="MessagesMessageParamContentOption2ItemToolResult")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"tool_use_id", "type", "cache_control", "content", "is_error"})


@_attrs_define(repr=False)
class MessagesMessageParamContentOption2ItemToolResult:
    """
    Attributes:
        tool_use_id (str):
        type_ (MessagesMessageParamContentOption2ItemToolResultType):
        cache_control (AnthropicCacheControlDirective | Unset): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        content (list[AnthropicDocumentBlockParam | AnthropicImageBlockParam | AnthropicSearchResultBlockParam |
            AnthropicTextBlockParam | MessagesMessageParamContentOption2ItemToolResultContentOption2ItemToolReference] | str
            | Unset):
        is_error (bool | Unset):
    """

    _tool_use_id: str = _attrs_field(alias="tool_use_id")
    _type_: MessagesMessageParamContentOption2ItemToolResultType = _attrs_field(alias="type_")
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    content: (
        list[
            AnthropicDocumentBlockParam
            | AnthropicImageBlockParam
            | AnthropicSearchResultBlockParam
            | AnthropicTextBlockParam
            | MessagesMessageParamContentOption2ItemToolResultContentOption2ItemToolReference
        ]
        | str
        | Unset
    ) = UNSET
    is_error: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def tool_use_id(self) -> str:
        value: Any = self._tool_use_id
        if value is UNSET:
            raise MissingFieldError("MessagesMessageParamContentOption2ItemToolResult", "tool_use_id")
        return value

    @tool_use_id.setter
    def tool_use_id(self, value: str) -> None:
        self._tool_use_id = value

    @property
    def type_(self) -> MessagesMessageParamContentOption2ItemToolResultType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("MessagesMessageParamContentOption2ItemToolResult", "type")
        return value

    @type_.setter
    def type_(self, value: MessagesMessageParamContentOption2ItemToolResultType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"tool_use_id={self._tool_use_id!r}, "
            f"type_={self._type_!r}, "
            f"cache_control={self.cache_control!r}, "
            f"content={self.content!r}, "
            f"is_error={self.is_error!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        tool_use_id: Any = self._tool_use_id

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        cache_control: Any = self.cache_control
        if not (isinstance(cache_control, Unset) or cache_control is None):
            cache_control = cache_control.to_dict()

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
                    elif isinstance(
                        content_type_1_item_data,
                        MessagesMessageParamContentOption2ItemToolResultContentOption2ItemToolReference,
                    ):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, AnthropicSearchResultBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    else:
                        content_type_1_item = content_type_1_item_data.to_dict()

                    content.append(content_type_1_item)

            else:
                content = self.content

        is_error: Any = self.is_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if tool_use_id is not UNSET:
            field_dict["tool_use_id"] = tool_use_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if content is not UNSET:
            field_dict["content"] = content
        if is_error is not UNSET:
            field_dict["is_error"] = is_error

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesMessageParamContentOption2ItemToolResult and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "tool_use_id" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not MessagesMessageParamContentOption2ItemToolResultType.is_known(data["type"]):
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
                    f"MessagesMessageParamContentOption2ItemToolResult is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            tool_use_id = d.get("tool_use_id", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = MessagesMessageParamContentOption2ItemToolResultType._value2member_map_.get(
                    _raw_type_
                ) or MessagesMessageParamContentOption2ItemToolResultType._parse(_raw_type_)

            _field = "cache_control"
            _raw_cache_control = d.get("cache_control", UNSET)
            cache_control: Any = _raw_cache_control
            if _raw_cache_control is not None and _raw_cache_control is not UNSET:
                cache_control = AnthropicCacheControlDirective.from_dict(_raw_cache_control)

            _field = "content"
            _raw_content = d.get("content", UNSET)
            content: Any = _raw_content
            if _raw_content is not None and _raw_content is not UNSET:
                content = _parse_content(_raw_content)

            is_error = d.get("is_error", UNSET)

        except FieldParseError as error:
            raise error.within("MessagesMessageParamContentOption2ItemToolResult", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesMessageParamContentOption2ItemToolResult", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_message_param_content_option_2_item_tool_result = cls(
            tool_use_id,
            type_,
            cache_control,
            content,
            is_error,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_message_param_content_option_2_item_tool_result.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return messages_message_param_content_option_2_item_tool_result

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


MessagesMessageParamContentOption2ItemToolResult.__annotations__ = ResolvingAnnotations(
    MessagesMessageParamContentOption2ItemToolResult.__annotations__, _resolve_lazy_imports
)


def _parse_content(
    data: object,
) -> (
    list[
        AnthropicDocumentBlockParam
        | AnthropicImageBlockParam
        | AnthropicSearchResultBlockParam
        | AnthropicTextBlockParam
        | MessagesMessageParamContentOption2ItemToolResultContentOption2ItemToolReference
    ]
    | str
    | Unset
):
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_1 = [_parse_content_type_1_item(content_type_1_item_data) for content_type_1_item_data in data]

        return content_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "list[AnthropicDocumentBlockParam | AnthropicImageBlockParam | AnthropicSearchResultBlockParam | AnthropicTextBlockParam | MessagesMessageParamContentOption2ItemToolResultContentOption2ItemToolReference] | str | Unset",
        data,
    )


def _parse_content_type_1_item(
    data: object,
) -> (
    AnthropicDocumentBlockParam
    | AnthropicImageBlockParam
    | AnthropicSearchResultBlockParam
    | AnthropicTextBlockParam
    | MessagesMessageParamContentOption2ItemToolResultContentOption2ItemToolReference
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
    if MessagesMessageParamContentOption2ItemToolResultContentOption2ItemToolReference._matches(data):
        try:
            content_type_1_item_type_2 = (
                MessagesMessageParamContentOption2ItemToolResultContentOption2ItemToolReference.from_dict(data)
            )

            return content_type_1_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicSearchResultBlockParam._matches(data):
        try:
            content_type_1_item_type_3 = AnthropicSearchResultBlockParam.from_dict(data)

            return content_type_1_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicDocumentBlockParam._matches(data):
        try:
            content_type_1_item_type_4 = AnthropicDocumentBlockParam.from_dict(data)

            return content_type_1_item_type_4
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
        content_type_1_item_type_2 = (
            MessagesMessageParamContentOption2ItemToolResultContentOption2ItemToolReference.from_dict(data)
        )

        return content_type_1_item_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_type_1_item_type_3 = AnthropicSearchResultBlockParam.from_dict(data)

        return content_type_1_item_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    content_type_1_item_type_4 = AnthropicDocumentBlockParam.from_dict(data)

    return content_type_1_item_type_4
