from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_streaming_tool_call_type import ChatStreamingToolCallType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_streaming_tool_call_function import ChatStreamingToolCallFunction

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ChatStreamingToolCallFunction
    from ..models.chat_streaming_tool_call_function import ChatStreamingToolCallFunction  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatStreamingToolCall")


@_attrs_define
class ChatStreamingToolCall:
    """A fragment of a tool call. The first fragment for an index carries id, type and name; later ones add pieces of the
    arguments.

        Attributes:
            index (int):
            id (str | Unset):
            type_ (ChatStreamingToolCallType | Unset):
            function (ChatStreamingToolCallFunction | Unset):
    """

    index: int
    id: str | Unset = UNSET
    type_: ChatStreamingToolCallType | Unset = UNSET
    function: ChatStreamingToolCallFunction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        index: Any = self.index

        id: Any = self.id

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_.value

        function: Any = self.function
        if not (isinstance(function, Unset) or function is None):
            function = UNSET
            if not isinstance(self.function, Unset):
                function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if index is not UNSET:
            field_dict["index"] = index
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if function is not UNSET:
            field_dict["function"] = function

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatStreamingToolCall and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "index" not in data:
            return False
        if "type" in data and not ChatStreamingToolCallType.is_known(data["type"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        index = d.pop("index", UNSET)

        id = d.pop("id", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            _type_ = _raw_type_
            type_: ChatStreamingToolCallType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = ChatStreamingToolCallType._parse(_type_)

        _raw_function = d.pop("function", UNSET)
        function: Any = _raw_function
        if _raw_function is not None and _raw_function is not UNSET:
            _function = _raw_function
            function: ChatStreamingToolCallFunction | Unset
            if isinstance(_function, Unset):
                function = UNSET
            else:
                function = ChatStreamingToolCallFunction.from_dict(_function)

        chat_streaming_tool_call = cls(
            index=index,
            id=id,
            type_=type_,
            function=function,
        )

        chat_streaming_tool_call.additional_properties = d
        return chat_streaming_tool_call

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
