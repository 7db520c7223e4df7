from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_tool_call_type import ChatToolCallType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.chat_tool_call_function import ChatToolCallFunction

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ChatToolCallFunction
    if _lazy_imports_resolved:
        return
    from ..models.chat_tool_call_function import ChatToolCallFunction  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatToolCall")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"function", "id", "type", "index"})


@_attrs_define(repr=False)
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

    _function: ChatToolCallFunction = _attrs_field(alias="function")
    _id: str = _attrs_field(alias="id")
    _type_: ChatToolCallType = _attrs_field(alias="type_")
    index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def function(self) -> ChatToolCallFunction:
        value: Any = self._function
        if value is UNSET:
            raise MissingFieldError("ChatToolCall", "function")
        return value

    @function.setter
    def function(self, value: ChatToolCallFunction) -> None:
        self._function = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("ChatToolCall", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def type_(self) -> ChatToolCallType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ChatToolCall", "type")
        return value

    @type_.setter
    def type_(self, value: ChatToolCallType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"function={self._function!r}, "
            f"id={self._id!r}, "
            f"type_={self._type_!r}, "
            f"index={self.index!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        function: Any = self._function
        if not (isinstance(function, Unset) or function is None):
            function = self._function.to_dict()

        id: Any = self._id

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

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
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"ChatToolCall is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "function"
            _raw_function = d.get("function", UNSET)
            function: Any = _raw_function
            if _raw_function is not None and _raw_function is not UNSET:
                function = ChatToolCallFunction.from_dict(_raw_function)

            id = d.get("id", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ChatToolCallType._value2member_map_.get(_raw_type_) or ChatToolCallType._parse(_raw_type_)

            index = d.get("index", UNSET)

        except FieldParseError as error:
            raise error.within("ChatToolCall", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ChatToolCall", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_tool_call = cls(
            function,
            id,
            type_,
            index,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_tool_call.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
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


ChatToolCall.__annotations__ = ResolvingAnnotations(ChatToolCall.__annotations__, _resolve_lazy_imports)
