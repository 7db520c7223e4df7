from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_responses_code_interpreter_tool_type import OpenResponsesCodeInterpreterToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_responses_code_interpreter_tool_container_type_1 import (
        OpenResponsesCodeInterpreterToolContainerType1,
    )

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, OpenResponsesCodeInterpreterToolContainerType1
    from ..models.open_responses_code_interpreter_tool_container_type_1 import (
        OpenResponsesCodeInterpreterToolContainerType1,  # noqa: PLC0415
    )

    _lazy_imports_resolved = True


T = TypeVar("T", bound="OpenResponsesCodeInterpreterTool")


@_attrs_define
class OpenResponsesCodeInterpreterTool:
    """Runs code in a sandbox container.

    Attributes:
        type_ (OpenResponsesCodeInterpreterToolType):
        container (OpenResponsesCodeInterpreterToolContainerType1 | str | Unset): A container id, or settings for an
            automatically created one.
    """

    type_: OpenResponsesCodeInterpreterToolType
    container: OpenResponsesCodeInterpreterToolContainerType1 | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        container: Any = self.container
        if not (isinstance(container, Unset) or container is None):
            if isinstance(self.container, Unset):
                container = UNSET
            elif isinstance(self.container, OpenResponsesCodeInterpreterToolContainerType1):
                container = self.container.to_dict()
            else:
                container = self.container

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if container is not UNSET:
            field_dict["container"] = container

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OpenResponsesCodeInterpreterTool and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not OpenResponsesCodeInterpreterToolType.is_known(data["type"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = OpenResponsesCodeInterpreterToolType._parse(_raw_type_)

        _raw_container = d.pop("container", UNSET)
        container: Any = _raw_container
        if _raw_container is not None and _raw_container is not UNSET:
            container = _parse_container(_raw_container)

        open_responses_code_interpreter_tool = cls(
            type_=type_,
            container=container,
        )

        open_responses_code_interpreter_tool.additional_properties = d
        return open_responses_code_interpreter_tool

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


def _parse_container(data: object) -> OpenResponsesCodeInterpreterToolContainerType1 | str | Unset:
    if data is UNSET:
        return UNSET
    if OpenResponsesCodeInterpreterToolContainerType1._matches(data):
        try:
            container_type_1 = OpenResponsesCodeInterpreterToolContainerType1.from_dict(data)

            return container_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        container_type_1 = OpenResponsesCodeInterpreterToolContainerType1.from_dict(data)

        return container_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("OpenResponsesCodeInterpreterToolContainerType1 | str | Unset", data)
