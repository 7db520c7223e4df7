from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.namespace_function_tool_allowed_callers_type_0_item import NamespaceFunctionToolAllowedCallersType0Item
from ..models.namespace_function_tool_type import NamespaceFunctionToolType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.namespace_function_tool_output_schema_type_0 import NamespaceFunctionToolOutputSchemaType0
    from ..models.namespace_function_tool_parameters_type_0 import NamespaceFunctionToolParametersType0

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, NamespaceFunctionToolOutputSchemaType0, NamespaceFunctionToolParametersType0
    if _lazy_imports_resolved:
        return
    from ..models.namespace_function_tool_output_schema_type_0 import NamespaceFunctionToolOutputSchemaType0  # noqa: PLC0415
    from ..models.namespace_function_tool_parameters_type_0 import NamespaceFunctionToolParametersType0  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="NamespaceFunctionTool")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"name", "type", "allowed_callers", "defer_loading", "description", "output_schema", "parameters", "strict"}
)


@_attrs_define(repr=False)
class NamespaceFunctionTool:
    """A function tool grouped inside a namespace tool

    Example:
        {'name': 'spawn_agent', 'type': 'function'}

    Attributes:
        name (str):
        type_ (NamespaceFunctionToolType):
        allowed_callers (list[NamespaceFunctionToolAllowedCallersType0Item] | None | Unset):
        defer_loading (bool | Unset):
        description (None | str | Unset):
        output_schema (NamespaceFunctionToolOutputSchemaType0 | None | Unset):
        parameters (NamespaceFunctionToolParametersType0 | None | Unset):
        strict (bool | None | Unset):
    """

    _name: str = _attrs_field(alias="name")
    _type_: NamespaceFunctionToolType = _attrs_field(alias="type_")
    allowed_callers: list[NamespaceFunctionToolAllowedCallersType0Item] | None | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    description: None | str | Unset = UNSET
    output_schema: NamespaceFunctionToolOutputSchemaType0 | None | Unset = UNSET
    parameters: NamespaceFunctionToolParametersType0 | None | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("NamespaceFunctionTool", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    @property
    def type_(self) -> NamespaceFunctionToolType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("NamespaceFunctionTool", "type")
        return value

    @type_.setter
    def type_(self, value: NamespaceFunctionToolType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"name={self._name!r}, "
            f"type_={self._type_!r}, "
            f"allowed_callers={self.allowed_callers!r}, "
            f"defer_loading={self.defer_loading!r}, "
            f"description={self.description!r}, "
            f"output_schema={self.output_schema!r}, "
            f"parameters={self.parameters!r}, "
            f"strict={self.strict!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        name: Any = self._name

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        allowed_callers: Any = self.allowed_callers
        if not (isinstance(allowed_callers, Unset) or allowed_callers is None):
            if isinstance(self.allowed_callers, list):
                allowed_callers = []
                for allowed_callers_type_0_item_data in self.allowed_callers:
                    allowed_callers_type_0_item = allowed_callers_type_0_item_data.value
                    allowed_callers.append(allowed_callers_type_0_item)

            else:
                allowed_callers = self.allowed_callers

        defer_loading: Any = self.defer_loading

        description: Any = self.description

        output_schema: Any = self.output_schema
        if not (isinstance(output_schema, Unset) or output_schema is None):
            if isinstance(self.output_schema, NamespaceFunctionToolOutputSchemaType0):
                output_schema = self.output_schema.to_dict()
            else:
                output_schema = self.output_schema

        parameters: Any = self.parameters
        if not (isinstance(parameters, Unset) or parameters is None):
            if isinstance(self.parameters, NamespaceFunctionToolParametersType0):
                parameters = self.parameters.to_dict()
            else:
                parameters = self.parameters

        strict: Any = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if description is not UNSET:
            field_dict["description"] = description
        if output_schema is not UNSET:
            field_dict["output_schema"] = output_schema
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of NamespaceFunctionTool and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "name" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not NamespaceFunctionToolType.is_known(data["type"]):
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
                    f"NamespaceFunctionTool is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            name = d.get("name", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = NamespaceFunctionToolType._value2member_map_.get(
                    _raw_type_
                ) or NamespaceFunctionToolType._parse(_raw_type_)

            _field = "allowed_callers"
            _raw_allowed_callers = d.get("allowed_callers", UNSET)
            allowed_callers: Any = _raw_allowed_callers
            if _raw_allowed_callers is not None and _raw_allowed_callers is not UNSET:
                allowed_callers = _parse_allowed_callers(_raw_allowed_callers)

            defer_loading = d.get("defer_loading", UNSET)

            description = d.get("description", UNSET)

            _field = "output_schema"
            _raw_output_schema = d.get("output_schema", UNSET)
            output_schema: Any = _raw_output_schema
            if _raw_output_schema is not None and _raw_output_schema is not UNSET:
                output_schema = (
                    NamespaceFunctionToolOutputSchemaType0.from_dict(_raw_output_schema)
                    if type(_raw_output_schema) is dict
                    else _parse_output_schema(_raw_output_schema)
                )

            _field = "parameters"
            _raw_parameters = d.get("parameters", UNSET)
            parameters: Any = _raw_parameters
            if _raw_parameters is not None and _raw_parameters is not UNSET:
                parameters = (
                    NamespaceFunctionToolParametersType0.from_dict(_raw_parameters)
                    if type(_raw_parameters) is dict
                    else _parse_parameters(_raw_parameters)
                )

            strict = d.get("strict", UNSET)

        except FieldParseError as error:
            raise error.within("NamespaceFunctionTool", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("NamespaceFunctionTool", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        namespace_function_tool = cls(
            name,
            type_,
            allowed_callers,
            defer_loading,
            description,
            output_schema,
            parameters,
            strict,
        )

        if not _DECLARED_KEYS.issuperset(d):
            namespace_function_tool.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return namespace_function_tool

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


NamespaceFunctionTool.__annotations__ = ResolvingAnnotations(
    NamespaceFunctionTool.__annotations__, _resolve_lazy_imports
)


def _parse_allowed_callers(data: object) -> list[NamespaceFunctionToolAllowedCallersType0Item] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        allowed_callers_type_0 = [
            NamespaceFunctionToolAllowedCallersType0Item._value2member_map_.get(allowed_callers_type_0_item_data)
            or NamespaceFunctionToolAllowedCallersType0Item._parse(allowed_callers_type_0_item_data)
            for allowed_callers_type_0_item_data in data
        ]

        return allowed_callers_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[NamespaceFunctionToolAllowedCallersType0Item] | None | Unset", data)


def _parse_output_schema(data: object) -> NamespaceFunctionToolOutputSchemaType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if NamespaceFunctionToolOutputSchemaType0._matches(data):
        try:
            output_schema_type_0 = NamespaceFunctionToolOutputSchemaType0.from_dict(data)

            return output_schema_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        output_schema_type_0 = NamespaceFunctionToolOutputSchemaType0.from_dict(data)

        return output_schema_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("NamespaceFunctionToolOutputSchemaType0 | None | Unset", data)


def _parse_parameters(data: object) -> NamespaceFunctionToolParametersType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if NamespaceFunctionToolParametersType0._matches(data):
        try:
            parameters_type_0 = NamespaceFunctionToolParametersType0.from_dict(data)

            return parameters_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        parameters_type_0 = NamespaceFunctionToolParametersType0.from_dict(data)

        return parameters_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("NamespaceFunctionToolParametersType0 | None | Unset", data)
