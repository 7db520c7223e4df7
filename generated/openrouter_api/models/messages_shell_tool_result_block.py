from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_shell_tool_result_block_type import MessagesShellToolResultBlockType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.messages_shell_tool_result_block_content import MessagesShellToolResultBlockContent

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, MessagesShellToolResultBlockContent
    if _lazy_imports_resolved:
        return
    from ..models.messages_shell_tool_result_block_content import MessagesShellToolResultBlockContent  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="MessagesShellToolResultBlock")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"content", "tool_use_id", "type"})


@_attrs_define(repr=False)
class MessagesShellToolResultBlock:
    """Output of an `openrouter:shell` call from a prior assistant turn. Accepted on replay and dropped before the provider
    request — Anthropic has no equivalent block.

        Example:
            {'content': {'output': [{'outcome': {'exit_code': 0, 'type': 'exit'}, 'stderr': '', 'stdout': 'README.md\\n'}]},
                'tool_use_id': 'srvtoolu_01abc', 'type': 'openrouter_shell_tool_result'}

        Attributes:
            content (MessagesShellToolResultBlockContent):
            tool_use_id (str):
            type_ (MessagesShellToolResultBlockType):
    """

    _content: MessagesShellToolResultBlockContent = _attrs_field(alias="content")
    _tool_use_id: str = _attrs_field(alias="tool_use_id")
    _type_: MessagesShellToolResultBlockType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def content(self) -> MessagesShellToolResultBlockContent:
        value: Any = self._content
        if value is UNSET:
            raise MissingFieldError("MessagesShellToolResultBlock", "content")
        return value

    @content.setter
    def content(self, value: MessagesShellToolResultBlockContent) -> None:
        self._content = value

    @property
    def tool_use_id(self) -> str:
        value: Any = self._tool_use_id
        if value is UNSET:
            raise MissingFieldError("MessagesShellToolResultBlock", "tool_use_id")
        return value

    @tool_use_id.setter
    def tool_use_id(self, value: str) -> None:
        self._tool_use_id = value

    @property
    def type_(self) -> MessagesShellToolResultBlockType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("MessagesShellToolResultBlock", "type")
        return value

    @type_.setter
    def type_(self, value: MessagesShellToolResultBlockType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"content={self._content!r}, "
            f"tool_use_id={self._tool_use_id!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        content: Any = self._content
        if not (isinstance(content, Unset) or content is None):
            content = self._content.to_dict()

        tool_use_id: Any = self._tool_use_id

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if content is not UNSET:
            field_dict["content"] = content
        if tool_use_id is not UNSET:
            field_dict["tool_use_id"] = tool_use_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesShellToolResultBlock and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "content" not in data:
            return False
        if "tool_use_id" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not MessagesShellToolResultBlockType.is_known(data["type"]):
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
                    f"MessagesShellToolResultBlock is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "content"
            _raw_content = d.get("content", UNSET)
            content: Any = _raw_content
            if _raw_content is not None and _raw_content is not UNSET:
                content = MessagesShellToolResultBlockContent.from_dict(_raw_content)

            tool_use_id = d.get("tool_use_id", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = MessagesShellToolResultBlockType._value2member_map_.get(
                    _raw_type_
                ) or MessagesShellToolResultBlockType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("MessagesShellToolResultBlock", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesShellToolResultBlock", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_shell_tool_result_block = cls(
            content,
            tool_use_id,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_shell_tool_result_block.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return messages_shell_tool_result_block

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


MessagesShellToolResultBlock.__annotations__ = ResolvingAnnotations(
    MessagesShellToolResultBlock.__annotations__, _resolve_lazy_imports
)
