from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.namespace_tool_type import NamespaceToolType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.custom_tool import CustomTool
    from ..models.namespace_function_tool import NamespaceFunctionTool

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, CustomTool, NamespaceFunctionTool
    if _lazy_imports_resolved:
        return
    from ..models.custom_tool import CustomTool  # noqa: PLC0415
    from ..models.namespace_function_tool import NamespaceFunctionTool  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="NamespaceTool")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"description", "name", "tools", "type"})


@_attrs_define(repr=False)
class NamespaceTool:
    """Groups function/custom tools under a shared namespace

    Example:
        {'description': 'Tools for spawning and managing sub-agents.', 'name': 'multi_agent_v1', 'tools': [{'name':
            'spawn_agent', 'type': 'function'}], 'type': 'namespace'}

    Attributes:
        description (str):
        name (str):
        tools (list[CustomTool | NamespaceFunctionTool]):
        type_ (NamespaceToolType):
    """

    _description: str = _attrs_field(alias="description")
    _name: str = _attrs_field(alias="name")
    _tools: list[CustomTool | NamespaceFunctionTool] = _attrs_field(alias="tools")
    _type_: NamespaceToolType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def description(self) -> str:
        value: Any = self._description
        if value is UNSET:
            raise MissingFieldError("NamespaceTool", "description")
        return value

    @description.setter
    def description(self, value: str) -> None:
        self._description = value

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("NamespaceTool", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    @property
    def tools(self) -> list[CustomTool | NamespaceFunctionTool]:
        value: Any = self._tools
        if value is UNSET:
            raise MissingFieldError("NamespaceTool", "tools")
        return value

    @tools.setter
    def tools(self, value: list[CustomTool | NamespaceFunctionTool]) -> None:
        self._tools = value

    @property
    def type_(self) -> NamespaceToolType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("NamespaceTool", "type")
        return value

    @type_.setter
    def type_(self, value: NamespaceToolType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"description={self._description!r}, "
            f"name={self._name!r}, "
            f"tools={self._tools!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        description: Any = self._description

        name: Any = self._name

        tools: Any = self._tools
        if not (isinstance(tools, Unset) or tools is None):
            tools = []
            for tools_item_data in self._tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, NamespaceFunctionTool):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if tools is not UNSET:
            field_dict["tools"] = tools
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of NamespaceTool and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "description" not in data:
            return False
        if "name" not in data:
            return False
        if "tools" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not NamespaceToolType.is_known(data["type"]):
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
                    f"NamespaceTool is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            description = d.get("description", UNSET)

            name = d.get("name", UNSET)

            _field = "tools"
            _raw_tools = d.get("tools", UNSET)
            tools: Any = _raw_tools
            if _raw_tools is not None and _raw_tools is not UNSET:
                tools = [_parse_tools_item(tools_item_data) for tools_item_data in _raw_tools]

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = NamespaceToolType._value2member_map_.get(_raw_type_) or NamespaceToolType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("NamespaceTool", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("NamespaceTool", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        namespace_tool = cls(
            description,
            name,
            tools,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            namespace_tool.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return namespace_tool

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


NamespaceTool.__annotations__ = ResolvingAnnotations(NamespaceTool.__annotations__, _resolve_lazy_imports)


def _parse_tools_item(data: object) -> CustomTool | NamespaceFunctionTool:
    if NamespaceFunctionTool._matches(data):
        try:
            tools_item_type_0 = NamespaceFunctionTool.from_dict(data)

            return tools_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CustomTool._matches(data):
        try:
            tools_item_type_1 = CustomTool.from_dict(data)

            return tools_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_0 = NamespaceFunctionTool.from_dict(data)

        return tools_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    tools_item_type_1 = CustomTool.from_dict(data)

    return tools_item_type_1
