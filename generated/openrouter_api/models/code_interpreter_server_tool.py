from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.code_interpreter_server_tool_type import CodeInterpreterServerToolType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.code_interpreter_server_tool_container_auto import CodeInterpreterServerToolContainerAuto

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, CodeInterpreterServerToolContainerAuto
    if _lazy_imports_resolved:
        return
    from ..models.code_interpreter_server_tool_container_auto import CodeInterpreterServerToolContainerAuto  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="CodeInterpreterServerTool")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"container", "type"})


@_attrs_define(repr=False)
class CodeInterpreterServerTool:
    """Code interpreter tool configuration

    Example:
        {'container': 'auto', 'type': 'code_interpreter'}

    Attributes:
        container (CodeInterpreterServerToolContainerAuto | str):
        type_ (CodeInterpreterServerToolType):
    """

    _container: CodeInterpreterServerToolContainerAuto | str = _attrs_field(alias="container")
    _type_: CodeInterpreterServerToolType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def container(self) -> CodeInterpreterServerToolContainerAuto | str:
        value: Any = self._container
        if value is UNSET:
            raise MissingFieldError("CodeInterpreterServerTool", "container")
        return value

    @container.setter
    def container(self, value: CodeInterpreterServerToolContainerAuto | str) -> None:
        self._container = value

    @property
    def type_(self) -> CodeInterpreterServerToolType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("CodeInterpreterServerTool", "type")
        return value

    @type_.setter
    def type_(self, value: CodeInterpreterServerToolType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"container={self._container!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        container: Any = self._container
        if not (isinstance(container, Unset) or container is None):
            if isinstance(self._container, CodeInterpreterServerToolContainerAuto):
                container = self._container.to_dict()
            else:
                container = self._container

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if container is not UNSET:
            field_dict["container"] = container
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CodeInterpreterServerTool and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "container" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not CodeInterpreterServerToolType.is_known(data["type"]):
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
                    f"CodeInterpreterServerTool is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "container"
            _raw_container = d.get("container", UNSET)
            container: Any = _raw_container
            if _raw_container is not None and _raw_container is not UNSET:
                container = _parse_container(_raw_container)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = CodeInterpreterServerToolType._value2member_map_.get(
                    _raw_type_
                ) or CodeInterpreterServerToolType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("CodeInterpreterServerTool", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("CodeInterpreterServerTool", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        code_interpreter_server_tool = cls(
            container,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            code_interpreter_server_tool.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return code_interpreter_server_tool

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


CodeInterpreterServerTool.__annotations__ = ResolvingAnnotations(
    CodeInterpreterServerTool.__annotations__, _resolve_lazy_imports
)


def _parse_container(data: object) -> CodeInterpreterServerToolContainerAuto | str:
    if CodeInterpreterServerToolContainerAuto._matches(data):
        try:
            container_type_1 = CodeInterpreterServerToolContainerAuto.from_dict(data)

            return container_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        container_type_1 = CodeInterpreterServerToolContainerAuto.from_dict(data)

        return container_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("CodeInterpreterServerToolContainerAuto | str", data)
