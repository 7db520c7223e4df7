from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.datetime_server_tool_type import DatetimeServerToolType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.datetime_server_tool_config import DatetimeServerToolConfig

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, DatetimeServerToolConfig
    if _lazy_imports_resolved:
        return
    from ..models.datetime_server_tool_config import DatetimeServerToolConfig  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="DatetimeServerTool")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"type", "parameters"})


@_attrs_define(repr=False)
class DatetimeServerTool:
    """OpenRouter built-in server tool: returns the current date and time

    Example:
        {'parameters': {'timezone': 'America/New_York'}, 'type': 'openrouter:datetime'}

    Attributes:
        type_ (DatetimeServerToolType):
        parameters (DatetimeServerToolConfig | Unset): Configuration for the openrouter:datetime server tool Example:
            {'timezone': 'America/New_York'}.
    """

    _type_: DatetimeServerToolType = _attrs_field(alias="type_")
    parameters: DatetimeServerToolConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> DatetimeServerToolType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("DatetimeServerTool", "type")
        return value

    @type_.setter
    def type_(self, value: DatetimeServerToolType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"type_={self._type_!r}, "
            f"parameters={self.parameters!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        parameters: Any = self.parameters
        if not (isinstance(parameters, Unset) or parameters is None):
            parameters = parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of DatetimeServerTool and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not DatetimeServerToolType.is_known(data["type"]):
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
                    f"DatetimeServerTool is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = DatetimeServerToolType._value2member_map_.get(_raw_type_) or DatetimeServerToolType._parse(
                    _raw_type_
                )

            _field = "parameters"
            _raw_parameters = d.get("parameters", UNSET)
            parameters: Any = _raw_parameters
            if _raw_parameters is not None and _raw_parameters is not UNSET:
                parameters = DatetimeServerToolConfig.from_dict(_raw_parameters)

        except FieldParseError as error:
            raise error.within("DatetimeServerTool", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("DatetimeServerTool", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        datetime_server_tool = cls(
            type_,
            parameters,
        )

        if not _DECLARED_KEYS.issuperset(d):
            datetime_server_tool.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return datetime_server_tool

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


DatetimeServerTool.__annotations__ = ResolvingAnnotations(DatetimeServerTool.__annotations__, _resolve_lazy_imports)
