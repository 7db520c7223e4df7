from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_function_tool_function_type import ChatFunctionToolFunctionType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.chat_content_cache_control import ChatContentCacheControl
    from ..models.chat_function_tool_function_function import ChatFunctionToolFunctionFunction

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ChatContentCacheControl, ChatFunctionToolFunctionFunction
    if _lazy_imports_resolved:
        return
    from ..models.chat_content_cache_control import ChatContentCacheControl  # noqa: PLC0415
    from ..models.chat_function_tool_function_function import ChatFunctionToolFunctionFunction  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatFunctionToolFunction")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"function", "type", "cache_control"})


@_attrs_define(repr=False)
class ChatFunctionToolFunction:
    """
    Attributes:
        function (ChatFunctionToolFunctionFunction): Function definition for tool calling Example: {'description': 'Get
            the current weather for a location', 'name': 'get_weather', 'parameters': {'properties': {'location':
            {'description': 'City name', 'type': 'string'}}, 'required': ['location'], 'type': 'object'}}.
        type_ (ChatFunctionToolFunctionType):
        cache_control (ChatContentCacheControl | Unset): Anthropic-style cache breakpoint for the content part.
            Interchangeable with the OpenAI-style `prompt_cache_breakpoint` marker: OpenRouter converts between the two
            based on the provider serving the request. Example: {'ttl': '5m', 'type': 'ephemeral'}.
    """

    _function: ChatFunctionToolFunctionFunction = _attrs_field(alias="function")
    _type_: ChatFunctionToolFunctionType = _attrs_field(alias="type_")
    cache_control: ChatContentCacheControl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def function(self) -> ChatFunctionToolFunctionFunction:
        value: Any = self._function
        if value is UNSET:
            raise MissingFieldError("ChatFunctionToolFunction", "function")
        return value

    @function.setter
    def function(self, value: ChatFunctionToolFunctionFunction) -> None:
        self._function = value

    @property
    def type_(self) -> ChatFunctionToolFunctionType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ChatFunctionToolFunction", "type")
        return value

    @type_.setter
    def type_(self, value: ChatFunctionToolFunctionType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"function={self._function!r}, "
            f"type_={self._type_!r}, "
            f"cache_control={self.cache_control!r}, "
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

        cache_control: Any = self.cache_control
        if not (isinstance(cache_control, Unset) or cache_control is None):
            cache_control = cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if function is not UNSET:
            field_dict["function"] = function
        if type_ is not UNSET:
            field_dict["type"] = type_
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatFunctionToolFunction and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "function" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not ChatFunctionToolFunctionType.is_known(data["type"]):
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
                    f"ChatFunctionToolFunction is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "function"
            _raw_function = d.get("function", UNSET)
            function: Any = _raw_function
            if _raw_function is not None and _raw_function is not UNSET:
                function = ChatFunctionToolFunctionFunction.from_dict(_raw_function)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ChatFunctionToolFunctionType._value2member_map_.get(
                    _raw_type_
                ) or ChatFunctionToolFunctionType._parse(_raw_type_)

            _field = "cache_control"
            _raw_cache_control = d.get("cache_control", UNSET)
            cache_control: Any = _raw_cache_control
            if _raw_cache_control is not None and _raw_cache_control is not UNSET:
                cache_control = ChatContentCacheControl.from_dict(_raw_cache_control)

        except FieldParseError as error:
            raise error.within("ChatFunctionToolFunction", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ChatFunctionToolFunction", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_function_tool_function = cls(
            function,
            type_,
            cache_control,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_function_tool_function.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return chat_function_tool_function

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


ChatFunctionToolFunction.__annotations__ = ResolvingAnnotations(
    ChatFunctionToolFunction.__annotations__, _resolve_lazy_imports
)
