from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_tool_type import FunctionToolType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.function_tool_parameters_type_0 import FunctionToolParametersType0

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, FunctionToolParametersType0
    if _lazy_imports_resolved:
        return
    from ..models.function_tool_parameters_type_0 import FunctionToolParametersType0  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="BaseResponsesResultToolsItemOption1")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"name", "parameters", "type", "description", "strict", "defer_loading"})


@_attrs_define(repr=False)
class BaseResponsesResultToolsItemOption1:
    """Function tool definition

    Example:
        {'description': 'Get the current weather in a location', 'name': 'get_weather', 'parameters': {'properties':
            {'location': {'description': 'The city and state', 'type': 'string'}, 'unit': {'enum': ['celsius',
            'fahrenheit'], 'type': 'string'}}, 'required': ['location'], 'type': 'object'}, 'type': 'function'}

    Attributes:
        name (str):
        parameters (FunctionToolParametersType0 | None):
        type_ (FunctionToolType):
        description (None | str | Unset):
        strict (bool | None | Unset):
        defer_loading (bool | Unset): Withhold this tool from the model until `openrouter:tool_search` finds it.
            Requires the tool search server tool; at least one tool must remain non-deferred. Example: True.
    """

    _name: str = _attrs_field(alias="name")
    _parameters: FunctionToolParametersType0 | None = _attrs_field(alias="parameters")
    _type_: FunctionToolType = _attrs_field(alias="type_")
    description: None | str | Unset = UNSET
    strict: bool | None | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("BaseResponsesResultToolsItemOption1", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    @property
    def parameters(self) -> FunctionToolParametersType0 | None:
        value: Any = self._parameters
        if value is UNSET:
            raise MissingFieldError("BaseResponsesResultToolsItemOption1", "parameters")
        return value

    @parameters.setter
    def parameters(self, value: FunctionToolParametersType0 | None) -> None:
        self._parameters = value

    @property
    def type_(self) -> FunctionToolType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("BaseResponsesResultToolsItemOption1", "type")
        return value

    @type_.setter
    def type_(self, value: FunctionToolType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"name={self._name!r}, "
            f"parameters={self._parameters!r}, "
            f"type_={self._type_!r}, "
            f"description={self.description!r}, "
            f"strict={self.strict!r}, "
            f"defer_loading={self.defer_loading!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        name: Any = self._name

        parameters: Any = self._parameters
        if not (isinstance(parameters, Unset) or parameters is None):
            if isinstance(self._parameters, FunctionToolParametersType0):
                parameters = self._parameters.to_dict()
            else:
                parameters = self._parameters

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        description: Any = self.description

        strict: Any = self.strict

        defer_loading: Any = self.defer_loading

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if name is not UNSET:
            field_dict["name"] = name
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if strict is not UNSET:
            field_dict["strict"] = strict
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of BaseResponsesResultToolsItemOption1 and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "name" not in data:
            return False
        if "parameters" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not FunctionToolType.is_known(data["type"]):
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
                    f"BaseResponsesResultToolsItemOption1 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            name = d.get("name", UNSET)

            _field = "parameters"
            _raw_parameters = d.get("parameters", UNSET)
            parameters: Any = _raw_parameters
            if _raw_parameters is not None and _raw_parameters is not UNSET:
                parameters = (
                    FunctionToolParametersType0.from_dict(_raw_parameters)
                    if type(_raw_parameters) is dict
                    else _parse_parameters(_raw_parameters)
                )

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = FunctionToolType._value2member_map_.get(_raw_type_) or FunctionToolType._parse(_raw_type_)

            description = d.get("description", UNSET)

            strict = d.get("strict", UNSET)

            defer_loading = d.get("defer_loading", UNSET)

        except FieldParseError as error:
            raise error.within("BaseResponsesResultToolsItemOption1", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("BaseResponsesResultToolsItemOption1", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        base_responses_result_tools_item_option_1 = cls(
            name,
            parameters,
            type_,
            description,
            strict,
            defer_loading,
        )

        if not _DECLARED_KEYS.issuperset(d):
            base_responses_result_tools_item_option_1.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return base_responses_result_tools_item_option_1

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


BaseResponsesResultToolsItemOption1.__annotations__ = ResolvingAnnotations(
    BaseResponsesResultToolsItemOption1.__annotations__, _resolve_lazy_imports
)


def _parse_parameters(data: object) -> FunctionToolParametersType0 | None:
    if data is None:
        return data
    if FunctionToolParametersType0._matches(data):
        try:
            parameters_type_0 = FunctionToolParametersType0.from_dict(data)

            return parameters_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        parameters_type_0 = FunctionToolParametersType0.from_dict(data)

        return parameters_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("FunctionToolParametersType0 | None", data)
