from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_named_tool_choice_type import ChatNamedToolChoiceType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.chat_named_tool_choice_function import ChatNamedToolChoiceFunction

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ChatNamedToolChoiceFunction
    if _lazy_imports_resolved:
        return
    from ..models.chat_named_tool_choice_function import ChatNamedToolChoiceFunction  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatNamedToolChoice")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"function", "type"})


@_attrs_define(repr=False)
class ChatNamedToolChoice:
    """Named tool choice for specific function

    Example:
        {'function': {'name': 'get_weather'}, 'type': 'function'}

    Attributes:
        function (ChatNamedToolChoiceFunction):
        type_ (ChatNamedToolChoiceType):
    """

    _function: ChatNamedToolChoiceFunction = _attrs_field(alias="function")
    _type_: ChatNamedToolChoiceType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def function(self) -> ChatNamedToolChoiceFunction:
        value: Any = self._function
        if value is UNSET:
            raise MissingFieldError("ChatNamedToolChoice", "function")
        return value

    @function.setter
    def function(self, value: ChatNamedToolChoiceFunction) -> None:
        self._function = value

    @property
    def type_(self) -> ChatNamedToolChoiceType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ChatNamedToolChoice", "type")
        return value

    @type_.setter
    def type_(self, value: ChatNamedToolChoiceType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"function={self._function!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        function: Any = self._function
        if not (isinstance(function, Unset) or function is None):
            function = self._function.to_dict()

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if function is not UNSET:
            field_dict["function"] = function
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatNamedToolChoice and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "function" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not ChatNamedToolChoiceType.is_known(data["type"]):
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
                    f"ChatNamedToolChoice is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "function"
            _raw_function = d.get("function", UNSET)
            function: Any = _raw_function
            if _raw_function is not None and _raw_function is not UNSET:
                function = ChatNamedToolChoiceFunction.from_dict(_raw_function)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ChatNamedToolChoiceType._value2member_map_.get(_raw_type_) or ChatNamedToolChoiceType._parse(
                    _raw_type_
                )

        except FieldParseError as error:
            raise error.within("ChatNamedToolChoice", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ChatNamedToolChoice", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_named_tool_choice = cls(
            function,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_named_tool_choice.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return chat_named_tool_choice

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


ChatNamedToolChoice.__annotations__ = ResolvingAnnotations(ChatNamedToolChoice.__annotations__, _resolve_lazy_imports)
