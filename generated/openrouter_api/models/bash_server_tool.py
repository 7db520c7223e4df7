from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bash_server_tool_type import BashServerToolType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.bash_server_tool_config import BashServerToolConfig

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, BashServerToolConfig
    if _lazy_imports_resolved:
        return
    from ..models.bash_server_tool_config import BashServerToolConfig  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="BashServerTool")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"type", "parameters"})


@_attrs_define(repr=False)
class BashServerTool:
    """OpenRouter built-in server tool: runs shell commands server-side in a sandboxed container

    Example:
        {'parameters': {'environment': {'type': 'container_auto'}}, 'type': 'openrouter:bash'}

    Attributes:
        type_ (BashServerToolType):
        parameters (BashServerToolConfig | Unset): Configuration for the openrouter:bash server tool Example:
            {'environment': {'type': 'container_auto'}}.
    """

    _type_: BashServerToolType = _attrs_field(alias="type_")
    parameters: BashServerToolConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> BashServerToolType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("BashServerTool", "type")
        return value

    @type_.setter
    def type_(self, value: BashServerToolType) -> None:
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
        """True if data is an object with every required key of BashServerTool and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not BashServerToolType.is_known(data["type"]):
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
                    f"BashServerTool is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = BashServerToolType._value2member_map_.get(_raw_type_) or BashServerToolType._parse(_raw_type_)

            _field = "parameters"
            _raw_parameters = d.get("parameters", UNSET)
            parameters: Any = _raw_parameters
            if _raw_parameters is not None and _raw_parameters is not UNSET:
                parameters = BashServerToolConfig.from_dict(_raw_parameters)

        except FieldParseError as error:
            raise error.within("BashServerTool", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("BashServerTool", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        bash_server_tool = cls(
            type_,
            parameters,
        )

        if not _DECLARED_KEYS.issuperset(d):
            bash_server_tool.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return bash_server_tool

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


BashServerTool.__annotations__ = ResolvingAnnotations(BashServerTool.__annotations__, _resolve_lazy_imports)
