from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_tool_type import CustomToolType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.custom_tool_format_grammar import CustomToolFormatGrammar
    from ..models.custom_tool_format_text import CustomToolFormatText

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, CustomToolFormatGrammar, CustomToolFormatText
    if _lazy_imports_resolved:
        return
    from ..models.custom_tool_format_grammar import CustomToolFormatGrammar  # noqa: PLC0415
    from ..models.custom_tool_format_text import CustomToolFormatText  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="CustomTool")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"name", "type", "description", "format"})


@_attrs_define(repr=False)
class CustomTool:
    """Custom tool configuration

    Example:
        {'name': 'my_tool', 'type': 'custom'}

    Attributes:
        name (str):
        type_ (CustomToolType):
        description (str | Unset):
        format_ (CustomToolFormatGrammar | CustomToolFormatText | Unset):
    """

    _name: str = _attrs_field(alias="name")
    _type_: CustomToolType = _attrs_field(alias="type_")
    description: str | Unset = UNSET
    format_: CustomToolFormatGrammar | CustomToolFormatText | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("CustomTool", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    @property
    def type_(self) -> CustomToolType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("CustomTool", "type")
        return value

    @type_.setter
    def type_(self, value: CustomToolType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"name={self._name!r}, "
            f"type_={self._type_!r}, "
            f"description={self.description!r}, "
            f"format_={self.format_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        name: Any = self._name

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        description: Any = self.description

        format_: Any = self.format_
        if not (isinstance(format_, Unset) or format_ is None):
            if isinstance(self.format_, CustomToolFormatText):
                format_ = self.format_.to_dict()
            else:
                format_ = self.format_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CustomTool and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "name" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not CustomToolType.is_known(data["type"]):
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
                    f"CustomTool is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
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
                type_ = CustomToolType._value2member_map_.get(_raw_type_) or CustomToolType._parse(_raw_type_)

            description = d.get("description", UNSET)

            _field = "format"
            _raw_format_ = d.get("format", UNSET)
            format_: Any = _raw_format_
            if _raw_format_ is not None and _raw_format_ is not UNSET:
                format_ = _parse_format_(_raw_format_)

        except FieldParseError as error:
            raise error.within("CustomTool", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("CustomTool", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        custom_tool = cls(
            name,
            type_,
            description,
            format_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            custom_tool.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return custom_tool

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


CustomTool.__annotations__ = ResolvingAnnotations(CustomTool.__annotations__, _resolve_lazy_imports)


def _parse_format_(data: object) -> CustomToolFormatGrammar | CustomToolFormatText | Unset:
    if data is UNSET:
        return UNSET
    if CustomToolFormatText._matches(data):
        try:
            format_type_0 = CustomToolFormatText.from_dict(data)

            return format_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CustomToolFormatGrammar._matches(data):
        try:
            format_type_1 = CustomToolFormatGrammar.from_dict(data)

            return format_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        format_type_0 = CustomToolFormatText.from_dict(data)

        return format_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    format_type_1 = CustomToolFormatGrammar.from_dict(data)

    return format_type_1
