from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_response_custom_tool_call_type import OpenAIResponseCustomToolCallType
from ..models.tool_call_status import ToolCallStatus
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="CustomToolCallItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"call_id", "input", "name", "type", "id", "namespace", "status"})


@_attrs_define(repr=False)
class CustomToolCallItem:
    """A call to a custom (freeform-grammar) tool created by the model — distinct from `function_call`. Used for tools like
    Codex CLI's `apply_patch` whose payload is opaque text rather than JSON arguments.

        Example:
            {'call_id': 'call-abc123', 'id': 'ctc-abc123', 'input': '*** Begin Patch\\n*** End Patch', 'name':
                'apply_patch', 'type': 'custom_tool_call'}

        Attributes:
            call_id (str):
            input_ (str):
            name (str):
            type_ (OpenAIResponseCustomToolCallType):
            id (str | Unset):
            namespace (str | Unset): Namespace qualifier for tools registered as part of a namespace tool group (e.g. an MCP
                server)
            status (ToolCallStatus | Unset):  Example: completed.
    """

    _call_id: str = _attrs_field(alias="call_id")
    _input_: str = _attrs_field(alias="input_")
    _name: str = _attrs_field(alias="name")
    _type_: OpenAIResponseCustomToolCallType = _attrs_field(alias="type_")
    id: str | Unset = UNSET
    namespace: str | Unset = UNSET
    status: ToolCallStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def call_id(self) -> str:
        value: Any = self._call_id
        if value is UNSET:
            raise MissingFieldError("CustomToolCallItem", "call_id")
        return value

    @call_id.setter
    def call_id(self, value: str) -> None:
        self._call_id = value

    @property
    def input_(self) -> str:
        value: Any = self._input_
        if value is UNSET:
            raise MissingFieldError("CustomToolCallItem", "input")
        return value

    @input_.setter
    def input_(self, value: str) -> None:
        self._input_ = value

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("CustomToolCallItem", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    @property
    def type_(self) -> OpenAIResponseCustomToolCallType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("CustomToolCallItem", "type")
        return value

    @type_.setter
    def type_(self, value: OpenAIResponseCustomToolCallType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"call_id={self._call_id!r}, "
            f"input_={self._input_!r}, "
            f"name={self._name!r}, "
            f"type_={self._type_!r}, "
            f"id={self.id!r}, "
            f"namespace={self.namespace!r}, "
            f"status={self.status!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        call_id: Any = self._call_id

        input_: Any = self._input_

        name: Any = self._name

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        id: Any = self.id

        namespace: Any = self.namespace

        status: Any = self.status
        if not (isinstance(status, Unset) or status is None):
            status = status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if input_ is not UNSET:
            field_dict["input"] = input_
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CustomToolCallItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "call_id" not in data:
            return False
        if "input" not in data:
            return False
        if "name" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not OpenAIResponseCustomToolCallType.is_known(data["type"]):
            return False
        if "status" in data and not ToolCallStatus.is_known(data["status"]):
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
                    f"CustomToolCallItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            call_id = d.get("call_id", UNSET)

            input_ = d.get("input", UNSET)

            name = d.get("name", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = OpenAIResponseCustomToolCallType._value2member_map_.get(
                    _raw_type_
                ) or OpenAIResponseCustomToolCallType._parse(_raw_type_)

            id = d.get("id", UNSET)

            namespace = d.get("namespace", UNSET)

            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = ToolCallStatus._value2member_map_.get(_raw_status) or ToolCallStatus._parse(_raw_status)

        except FieldParseError as error:
            raise error.within("CustomToolCallItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("CustomToolCallItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        custom_tool_call_item = cls(
            call_id,
            input_,
            name,
            type_,
            id,
            namespace,
            status,
        )

        if not _DECLARED_KEYS.issuperset(d):
            custom_tool_call_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return custom_tool_call_item

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
