from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_tool_addition_block_type import MessagesToolAdditionBlockType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.messages_tool_addition_block_tool_mcp_tool_reference import (
        MessagesToolAdditionBlockToolMcpToolReference,
    )
    from ..models.messages_tool_addition_block_tool_mcp_toolset_reference import (
        MessagesToolAdditionBlockToolMcpToolsetReference,
    )
    from ..models.messages_tool_addition_block_tool_tool_reference import MessagesToolAdditionBlockToolToolReference

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AnthropicCacheControlDirective, \
        MessagesToolAdditionBlockToolMcpToolReference, \
        MessagesToolAdditionBlockToolMcpToolsetReference, \
        MessagesToolAdditionBlockToolToolReference
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective  # noqa: PLC0415
    from ..models.messages_tool_addition_block_tool_mcp_tool_reference import (
        MessagesToolAdditionBlockToolMcpToolReference,  # noqa: PLC0415
    )
    from ..models.messages_tool_addition_block_tool_mcp_toolset_reference import (
        MessagesToolAdditionBlockToolMcpToolsetReference,  # noqa: PLC0415
    )
    from ..models.messages_tool_addition_block_tool_tool_reference import MessagesToolAdditionBlockToolToolReference  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="MessagesToolAdditionBlock")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"tool", "type", "cache_control"})


@_attrs_define(repr=False)
class MessagesToolAdditionBlock:
    """Loads a previously deferred tool (declared in `tools` with `defer_loading: true`) mid-conversation without
    invalidating the prompt cache. Only valid in `role: "system"` messages. Not supported on Claude Sonnet 5 or models
    older than Claude Opus 4.8.

        Example:
            {'tool': {'name': 'get_forecast', 'type': 'tool_reference'}, 'type': 'tool_addition'}

        Attributes:
            tool (MessagesToolAdditionBlockToolMcpToolReference | MessagesToolAdditionBlockToolMcpToolsetReference |
                MessagesToolAdditionBlockToolToolReference):
            type_ (MessagesToolAdditionBlockType):
            cache_control (AnthropicCacheControlDirective | Unset): Enable automatic prompt caching. When set at the top
                level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
                on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
                models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
                {'type': 'ephemeral'}.
    """

    _tool: (
        MessagesToolAdditionBlockToolMcpToolReference
        | MessagesToolAdditionBlockToolMcpToolsetReference
        | MessagesToolAdditionBlockToolToolReference
    ) = _attrs_field(alias="tool")
    _type_: MessagesToolAdditionBlockType = _attrs_field(alias="type_")
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def tool(
        self,
    ) -> (
        MessagesToolAdditionBlockToolMcpToolReference
        | MessagesToolAdditionBlockToolMcpToolsetReference
        | MessagesToolAdditionBlockToolToolReference
    ):
        value: Any = self._tool
        if value is UNSET:
            raise MissingFieldError("MessagesToolAdditionBlock", "tool")
        return value

    @tool.setter
    def tool(
        self,
        value: MessagesToolAdditionBlockToolMcpToolReference
        | MessagesToolAdditionBlockToolMcpToolsetReference
        | MessagesToolAdditionBlockToolToolReference,
    ) -> None:
        self._tool = value

    @property
    def type_(self) -> MessagesToolAdditionBlockType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("MessagesToolAdditionBlock", "type")
        return value

    @type_.setter
    def type_(self, value: MessagesToolAdditionBlockType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"tool={self._tool!r}, "
            f"type_={self._type_!r}, "
            f"cache_control={self.cache_control!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        tool: Any = self._tool
        if not (isinstance(tool, Unset) or tool is None):
            if isinstance(self._tool, MessagesToolAdditionBlockToolToolReference):
                tool = self._tool.to_dict()
            elif isinstance(self._tool, MessagesToolAdditionBlockToolMcpToolReference):
                tool = self._tool.to_dict()
            else:
                tool = self._tool.to_dict()

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        cache_control: Any = self.cache_control
        if not (isinstance(cache_control, Unset) or cache_control is None):
            cache_control = cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if tool is not UNSET:
            field_dict["tool"] = tool
        if type_ is not UNSET:
            field_dict["type"] = type_
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesToolAdditionBlock and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "tool" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not MessagesToolAdditionBlockType.is_known(data["type"]):
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
                    f"MessagesToolAdditionBlock is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "tool"
            _raw_tool = d.get("tool", UNSET)
            tool: Any = _raw_tool
            if _raw_tool is not None and _raw_tool is not UNSET:
                tool = _parse_tool(_raw_tool)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = MessagesToolAdditionBlockType._value2member_map_.get(
                    _raw_type_
                ) or MessagesToolAdditionBlockType._parse(_raw_type_)

            _field = "cache_control"
            _raw_cache_control = d.get("cache_control", UNSET)
            cache_control: Any = _raw_cache_control
            if _raw_cache_control is not None and _raw_cache_control is not UNSET:
                cache_control = AnthropicCacheControlDirective.from_dict(_raw_cache_control)

        except FieldParseError as error:
            raise error.within("MessagesToolAdditionBlock", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesToolAdditionBlock", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_tool_addition_block = cls(
            tool,
            type_,
            cache_control,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_tool_addition_block.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return messages_tool_addition_block

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


MessagesToolAdditionBlock.__annotations__ = ResolvingAnnotations(
    MessagesToolAdditionBlock.__annotations__, _resolve_lazy_imports
)


def _parse_tool(
    data: object,
) -> (
    MessagesToolAdditionBlockToolMcpToolReference
    | MessagesToolAdditionBlockToolMcpToolsetReference
    | MessagesToolAdditionBlockToolToolReference
):
    if MessagesToolAdditionBlockToolToolReference._matches(data):
        try:
            tool_type_0 = MessagesToolAdditionBlockToolToolReference.from_dict(data)

            return tool_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesToolAdditionBlockToolMcpToolReference._matches(data):
        try:
            tool_type_1 = MessagesToolAdditionBlockToolMcpToolReference.from_dict(data)

            return tool_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesToolAdditionBlockToolMcpToolsetReference._matches(data):
        try:
            tool_type_2 = MessagesToolAdditionBlockToolMcpToolsetReference.from_dict(data)

            return tool_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tool_type_0 = MessagesToolAdditionBlockToolToolReference.from_dict(data)

        return tool_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tool_type_1 = MessagesToolAdditionBlockToolMcpToolReference.from_dict(data)

        return tool_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    tool_type_2 = MessagesToolAdditionBlockToolMcpToolsetReference.from_dict(data)

    return tool_type_2
