from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.chat_function_tool_function_function_parameters import ChatFunctionToolFunctionFunctionParameters

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ChatFunctionToolFunctionFunctionParameters
    if _lazy_imports_resolved:
        return
    from ..models.chat_function_tool_function_function_parameters import ChatFunctionToolFunctionFunctionParameters  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatFunctionToolFunctionFunction")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"name", "description", "parameters", "strict"})


@_attrs_define(repr=False)
class ChatFunctionToolFunctionFunction:
    """Function definition for tool calling

    Example:
        {'description': 'Get the current weather for a location', 'name': 'get_weather', 'parameters': {'properties':
            {'location': {'description': 'City name', 'type': 'string'}}, 'required': ['location'], 'type': 'object'}}

    Attributes:
        name (str): Function name (a-z, A-Z, 0-9, underscores, dashes, max 64 chars) Example: get_weather.
        description (str | Unset): Function description for the model Example: Get the current weather for a location.
        parameters (ChatFunctionToolFunctionFunctionParameters | Unset): Function parameters as JSON Schema object
            Example: {'properties': {'location': {'description': 'City name', 'type': 'string'}}, 'required': ['location'],
            'type': 'object'}.
        strict (bool | None | Unset): Enable strict schema adherence Example: False.
    """

    _name: str = _attrs_field(alias="name")
    description: str | Unset = UNSET
    parameters: ChatFunctionToolFunctionFunctionParameters | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("ChatFunctionToolFunctionFunction", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"name={self._name!r}, "
            f"description={self.description!r}, "
            f"parameters={self.parameters!r}, "
            f"strict={self.strict!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        name: Any = self._name

        description: Any = self.description

        parameters: Any = self.parameters
        if not (isinstance(parameters, Unset) or parameters is None):
            parameters = parameters.to_dict()

        strict: Any = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatFunctionToolFunctionFunction and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "name" not in data:
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
                    f"ChatFunctionToolFunctionFunction is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            name = d.get("name", UNSET)

            description = d.get("description", UNSET)

            _field = "parameters"
            _raw_parameters = d.get("parameters", UNSET)
            parameters: Any = _raw_parameters
            if _raw_parameters is not None and _raw_parameters is not UNSET:
                parameters = ChatFunctionToolFunctionFunctionParameters.from_dict(_raw_parameters)

            strict = d.get("strict", UNSET)

        except FieldParseError as error:
            raise error.within("ChatFunctionToolFunctionFunction", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ChatFunctionToolFunctionFunction", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_function_tool_function_function = cls(
            name,
            description,
            parameters,
            strict,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_function_tool_function_function.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return chat_function_tool_function_function

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


ChatFunctionToolFunctionFunction.__annotations__ = ResolvingAnnotations(
    ChatFunctionToolFunctionFunction.__annotations__, _resolve_lazy_imports
)
