from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_stream_tool_call_type import ChatStreamToolCallType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.chat_stream_tool_call_function import ChatStreamToolCallFunction

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ChatStreamToolCallFunction
    if _lazy_imports_resolved:
        return
    from ..models.chat_stream_tool_call_function import ChatStreamToolCallFunction  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatStreamToolCall")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"index", "function", "id", "type"})


@_attrs_define(repr=False)
class ChatStreamToolCall:
    """Tool call delta for streaming responses

    Example:
        {'function': {'arguments': '{"location": "..."}', 'name': 'get_weather'}, 'id': 'call_abc123', 'index': 0,
            'type': 'function'}

    Attributes:
        index (int): Tool call index in the array Example: 0.
        function (ChatStreamToolCallFunction | Unset): Function call details
        id (str | Unset): Tool call identifier Example: call_abc123.
        type_ (ChatStreamToolCallType | Unset): Tool call type Example: function.
    """

    _index: int = _attrs_field(alias="index")
    function: ChatStreamToolCallFunction | Unset = UNSET
    id: str | Unset = UNSET
    type_: ChatStreamToolCallType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def index(self) -> int:
        value: Any = self._index
        if value is UNSET:
            raise MissingFieldError("ChatStreamToolCall", "index")
        return value

    @index.setter
    def index(self, value: int) -> None:
        self._index = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"index={self._index!r}, "
            f"function={self.function!r}, "
            f"id={self.id!r}, "
            f"type_={self.type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        index: Any = self._index

        function: Any = self.function
        if not (isinstance(function, Unset) or function is None):
            function = function.to_dict()

        id: Any = self.id

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if index is not UNSET:
            field_dict["index"] = index
        if function is not UNSET:
            field_dict["function"] = function
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatStreamToolCall and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "index" not in data:
            return False
        if "type" in data and not ChatStreamToolCallType.is_known(data["type"]):
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
                    f"ChatStreamToolCall is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            index = d.get("index", UNSET)

            _field = "function"
            _raw_function = d.get("function", UNSET)
            function: Any = _raw_function
            if _raw_function is not None and _raw_function is not UNSET:
                function = ChatStreamToolCallFunction.from_dict(_raw_function)

            id = d.get("id", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ChatStreamToolCallType._value2member_map_.get(_raw_type_) or ChatStreamToolCallType._parse(
                    _raw_type_
                )

        except FieldParseError as error:
            raise error.within("ChatStreamToolCall", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ChatStreamToolCall", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_stream_tool_call = cls(
            index,
            function,
            id,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_stream_tool_call.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return chat_stream_tool_call

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


ChatStreamToolCall.__annotations__ = ResolvingAnnotations(ChatStreamToolCall.__annotations__, _resolve_lazy_imports)
