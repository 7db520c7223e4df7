from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_tool_call_type import ChatToolCallType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_tool_call_function import ChatToolCallFunction

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ChatToolCallFunction
    from ..models.chat_tool_call_function import ChatToolCallFunction  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatToolCall")


@_attrs_define
class ChatToolCall:
    """Tool call made by the assistant

    Example:
        {'function': {'arguments': '{"location": "Boston, MA"}', 'name': 'get_current_weather'}, 'id': 'call_abc123',
            'type': 'function'}

    Attributes:
        function (ChatToolCallFunction):
        id (str): Tool call identifier
        type_ (ChatToolCallType):
        index (int | Unset): Position of the tool call in the message's tool_calls Example: 0.
    """

    function: ChatToolCallFunction
    id: str
    type_: ChatToolCallType
    index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        function: Any = self.function
        if not (isinstance(function, Unset) or function is None):
            function = self.function.to_dict()

        id: Any = self.id

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        index: Any = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if function is not UNSET:
            field_dict["function"] = function
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if index is not UNSET:
            field_dict["index"] = index

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatToolCall and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "function" not in data:
            return False
        if "id" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not ChatToolCallType.is_known(data["type"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_function = d.pop("function", UNSET)
        function: Any = _raw_function
        if _raw_function is not None and _raw_function is not UNSET:
            function = ChatToolCallFunction.from_dict(_raw_function)

        id = d.pop("id", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = ChatToolCallType._parse(_raw_type_)

        index = d.pop("index", UNSET)

        chat_tool_call = cls(
            function=function,
            id=id,
            type_=type_,
            index=index,
        )

        chat_tool_call.additional_properties = d
        return chat_tool_call

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
