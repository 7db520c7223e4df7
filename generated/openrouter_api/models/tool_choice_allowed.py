from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_choice_allowed_mode_type_0 import ToolChoiceAllowedModeType0
from ..models.tool_choice_allowed_mode_type_1 import ToolChoiceAllowedModeType1
from ..models.tool_choice_allowed_type import ToolChoiceAllowedType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.tool_choice_allowed_tools_item import ToolChoiceAllowedToolsItem

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ToolChoiceAllowedToolsItem
    if _lazy_imports_resolved:
        return
    from ..models.tool_choice_allowed_tools_item import ToolChoiceAllowedToolsItem  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ToolChoiceAllowed")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"mode", "tools", "type"})


@_attrs_define(repr=False)
class ToolChoiceAllowed:
    """Constrains the model to a pre-defined set of allowed tools

    Example:
        {'mode': 'auto', 'tools': [{'name': 'get_weather', 'type': 'function'}], 'type': 'allowed_tools'}

    Attributes:
        mode (ToolChoiceAllowedModeType0 | ToolChoiceAllowedModeType1):
        tools (list[ToolChoiceAllowedToolsItem]):
        type_ (ToolChoiceAllowedType):
    """

    _mode: ToolChoiceAllowedModeType0 | ToolChoiceAllowedModeType1 = _attrs_field(alias="mode")
    _tools: list[ToolChoiceAllowedToolsItem] = _attrs_field(alias="tools")
    _type_: ToolChoiceAllowedType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def mode(self) -> ToolChoiceAllowedModeType0 | ToolChoiceAllowedModeType1:
        value: Any = self._mode
        if value is UNSET:
            raise MissingFieldError("ToolChoiceAllowed", "mode")
        return value

    @mode.setter
    def mode(self, value: ToolChoiceAllowedModeType0 | ToolChoiceAllowedModeType1) -> None:
        self._mode = value

    @property
    def tools(self) -> list[ToolChoiceAllowedToolsItem]:
        value: Any = self._tools
        if value is UNSET:
            raise MissingFieldError("ToolChoiceAllowed", "tools")
        return value

    @tools.setter
    def tools(self, value: list[ToolChoiceAllowedToolsItem]) -> None:
        self._tools = value

    @property
    def type_(self) -> ToolChoiceAllowedType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ToolChoiceAllowed", "type")
        return value

    @type_.setter
    def type_(self, value: ToolChoiceAllowedType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"mode={self._mode!r}, "
            f"tools={self._tools!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        mode: Any = self._mode
        if not (isinstance(mode, Unset) or mode is None):
            if isinstance(self._mode, ToolChoiceAllowedModeType0):
                mode = self._mode.value
            else:
                mode = self._mode.value

        tools: Any = self._tools
        if not (isinstance(tools, Unset) or tools is None):
            tools = []
            for tools_item_data in self._tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if mode is not UNSET:
            field_dict["mode"] = mode
        if tools is not UNSET:
            field_dict["tools"] = tools
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ToolChoiceAllowed and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "mode" not in data:
            return False
        if "tools" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not ToolChoiceAllowedType.is_known(data["type"]):
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
                    f"ToolChoiceAllowed is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "mode"
            _raw_mode = d.get("mode", UNSET)
            mode: Any = _raw_mode
            if _raw_mode is not None and _raw_mode is not UNSET:
                mode = _parse_mode(_raw_mode)

            _field = "tools"
            _raw_tools = d.get("tools", UNSET)
            tools: Any = _raw_tools
            if _raw_tools is not None and _raw_tools is not UNSET:
                tools = [ToolChoiceAllowedToolsItem.from_dict(tools_item_data) for tools_item_data in _raw_tools]

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ToolChoiceAllowedType._value2member_map_.get(_raw_type_) or ToolChoiceAllowedType._parse(
                    _raw_type_
                )

        except FieldParseError as error:
            raise error.within("ToolChoiceAllowed", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ToolChoiceAllowed", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        tool_choice_allowed = cls(
            mode,
            tools,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            tool_choice_allowed.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return tool_choice_allowed

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


ToolChoiceAllowed.__annotations__ = ResolvingAnnotations(ToolChoiceAllowed.__annotations__, _resolve_lazy_imports)


def _parse_mode(data: object) -> ToolChoiceAllowedModeType0 | ToolChoiceAllowedModeType1:
    if ToolChoiceAllowedModeType0.is_known(data):
        try:
            mode_type_0 = ToolChoiceAllowedModeType0._value2member_map_.get(data) or ToolChoiceAllowedModeType0._parse(
                data
            )

            return mode_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ToolChoiceAllowedModeType1.is_known(data):
        try:
            mode_type_1 = ToolChoiceAllowedModeType1._value2member_map_.get(data) or ToolChoiceAllowedModeType1._parse(
                data
            )

            return mode_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        mode_type_0 = ToolChoiceAllowedModeType0._value2member_map_.get(data) or ToolChoiceAllowedModeType0._parse(data)

        return mode_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, str):
        raise TypeError()
    mode_type_1 = ToolChoiceAllowedModeType1._value2member_map_.get(data) or ToolChoiceAllowedModeType1._parse(data)

    return mode_type_1
