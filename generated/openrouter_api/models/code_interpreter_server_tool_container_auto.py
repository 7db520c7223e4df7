from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.code_interpreter_server_tool_container_auto_memory_limit_type_1 import (
    CodeInterpreterServerToolContainerAutoMemoryLimitType1,
)
from ..models.code_interpreter_server_tool_container_auto_memory_limit_type_2_type_1 import (
    CodeInterpreterServerToolContainerAutoMemoryLimitType2Type1,
)
from ..models.code_interpreter_server_tool_container_auto_memory_limit_type_3_type_1 import (
    CodeInterpreterServerToolContainerAutoMemoryLimitType3Type1,
)
from ..models.code_interpreter_server_tool_container_auto_type import CodeInterpreterServerToolContainerAutoType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="CodeInterpreterServerToolContainerAuto")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"type", "file_ids", "memory_limit"})


@_attrs_define(repr=False)
class CodeInterpreterServerToolContainerAuto:
    """
    Attributes:
        type_ (CodeInterpreterServerToolContainerAutoType):
        file_ids (list[str] | Unset):
        memory_limit (CodeInterpreterServerToolContainerAutoMemoryLimitType1 |
            CodeInterpreterServerToolContainerAutoMemoryLimitType2Type1 |
            CodeInterpreterServerToolContainerAutoMemoryLimitType3Type1 | None | Unset):
    """

    _type_: CodeInterpreterServerToolContainerAutoType = _attrs_field(alias="type_")
    file_ids: list[str] | Unset = UNSET
    memory_limit: (
        CodeInterpreterServerToolContainerAutoMemoryLimitType1
        | CodeInterpreterServerToolContainerAutoMemoryLimitType2Type1
        | CodeInterpreterServerToolContainerAutoMemoryLimitType3Type1
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> CodeInterpreterServerToolContainerAutoType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("CodeInterpreterServerToolContainerAuto", "type")
        return value

    @type_.setter
    def type_(self, value: CodeInterpreterServerToolContainerAutoType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"type_={self._type_!r}, "
            f"file_ids={self.file_ids!r}, "
            f"memory_limit={self.memory_limit!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        file_ids: Any = self.file_ids
        if not (isinstance(file_ids, Unset) or file_ids is None):
            file_ids = self.file_ids

        memory_limit: Any = self.memory_limit
        if not (isinstance(memory_limit, Unset) or memory_limit is None):
            if isinstance(self.memory_limit, CodeInterpreterServerToolContainerAutoMemoryLimitType1):
                memory_limit = self.memory_limit.value
            elif isinstance(self.memory_limit, CodeInterpreterServerToolContainerAutoMemoryLimitType2Type1):
                memory_limit = self.memory_limit.value
            elif isinstance(self.memory_limit, CodeInterpreterServerToolContainerAutoMemoryLimitType3Type1):
                memory_limit = self.memory_limit.value
            else:
                memory_limit = self.memory_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CodeInterpreterServerToolContainerAuto and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not CodeInterpreterServerToolContainerAutoType.is_known(data["type"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"CodeInterpreterServerToolContainerAuto is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = CodeInterpreterServerToolContainerAutoType._value2member_map_.get(
                    _raw_type_
                ) or CodeInterpreterServerToolContainerAutoType._parse(_raw_type_)

            _field = "file_ids"
            _raw_file_ids = d.get("file_ids", UNSET)
            file_ids: Any = _raw_file_ids
            if _raw_file_ids is not None and _raw_file_ids is not UNSET:
                file_ids = cast("list[str]", _raw_file_ids)

            _field = "memory_limit"
            _raw_memory_limit = d.get("memory_limit", UNSET)
            memory_limit: Any = _raw_memory_limit
            if _raw_memory_limit is not None and _raw_memory_limit is not UNSET:
                memory_limit = _parse_memory_limit(_raw_memory_limit)

        except FieldParseError as error:
            raise error.within("CodeInterpreterServerToolContainerAuto", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("CodeInterpreterServerToolContainerAuto", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        code_interpreter_server_tool_container_auto = cls(
            type_,
            file_ids,
            memory_limit,
        )

        if not _DECLARED_KEYS.issuperset(d):
            code_interpreter_server_tool_container_auto.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return code_interpreter_server_tool_container_auto

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


def _parse_memory_limit(
    data: object,
) -> (
    CodeInterpreterServerToolContainerAutoMemoryLimitType1
    | CodeInterpreterServerToolContainerAutoMemoryLimitType2Type1
    | CodeInterpreterServerToolContainerAutoMemoryLimitType3Type1
    | None
    | Unset
):
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if CodeInterpreterServerToolContainerAutoMemoryLimitType1.is_known(data):
        try:
            memory_limit_type_1 = CodeInterpreterServerToolContainerAutoMemoryLimitType1._value2member_map_.get(
                data
            ) or CodeInterpreterServerToolContainerAutoMemoryLimitType1._parse(data)

            return memory_limit_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CodeInterpreterServerToolContainerAutoMemoryLimitType2Type1.is_known(data):
        try:
            memory_limit_type_2_type_1 = (
                CodeInterpreterServerToolContainerAutoMemoryLimitType2Type1._value2member_map_.get(data)
                or CodeInterpreterServerToolContainerAutoMemoryLimitType2Type1._parse(data)
            )

            return memory_limit_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CodeInterpreterServerToolContainerAutoMemoryLimitType3Type1.is_known(data):
        try:
            memory_limit_type_3_type_1 = (
                CodeInterpreterServerToolContainerAutoMemoryLimitType3Type1._value2member_map_.get(data)
                or CodeInterpreterServerToolContainerAutoMemoryLimitType3Type1._parse(data)
            )

            return memory_limit_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        memory_limit_type_1 = CodeInterpreterServerToolContainerAutoMemoryLimitType1._value2member_map_.get(
            data
        ) or CodeInterpreterServerToolContainerAutoMemoryLimitType1._parse(data)

        return memory_limit_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        memory_limit_type_2_type_1 = CodeInterpreterServerToolContainerAutoMemoryLimitType2Type1._value2member_map_.get(
            data
        ) or CodeInterpreterServerToolContainerAutoMemoryLimitType2Type1._parse(data)

        return memory_limit_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        memory_limit_type_3_type_1 = CodeInterpreterServerToolContainerAutoMemoryLimitType3Type1._value2member_map_.get(
            data
        ) or CodeInterpreterServerToolContainerAutoMemoryLimitType3Type1._parse(data)

        return memory_limit_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "CodeInterpreterServerToolContainerAutoMemoryLimitType1 | CodeInterpreterServerToolContainerAutoMemoryLimitType2Type1 | CodeInterpreterServerToolContainerAutoMemoryLimitType3Type1 | None | Unset",
        data,
    )
