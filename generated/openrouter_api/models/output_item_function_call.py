from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_item_function_call_status_type_0 import OutputItemFunctionCallStatusType0
from ..models.output_item_function_call_status_type_1 import OutputItemFunctionCallStatusType1
from ..models.output_item_function_call_status_type_2 import OutputItemFunctionCallStatusType2
from ..models.output_item_function_call_type import OutputItemFunctionCallType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="OutputItemFunctionCall")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"arguments", "call_id", "name", "type", "id", "namespace", "status"})


@_attrs_define(repr=False)
class OutputItemFunctionCall:
    """
    Example:
        {'arguments': '{"location":"San Francisco","unit":"celsius"}', 'call_id': 'call-abc123', 'id': 'call-abc123',
            'name': 'get_weather', 'type': 'function_call'}

    Attributes:
        arguments (str):
        call_id (str):
        name (str):
        type_ (OutputItemFunctionCallType):
        id (str | Unset):
        namespace (str | Unset): Namespace qualifier for tools registered as part of a namespace tool group (e.g. an MCP
            server)
        status (OutputItemFunctionCallStatusType0 | OutputItemFunctionCallStatusType1 |
            OutputItemFunctionCallStatusType2 | Unset):
    """

    _arguments: str = _attrs_field(alias="arguments")
    _call_id: str = _attrs_field(alias="call_id")
    _name: str = _attrs_field(alias="name")
    _type_: OutputItemFunctionCallType = _attrs_field(alias="type_")
    id: str | Unset = UNSET
    namespace: str | Unset = UNSET
    status: (
        OutputItemFunctionCallStatusType0
        | OutputItemFunctionCallStatusType1
        | OutputItemFunctionCallStatusType2
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def arguments(self) -> str:
        value: Any = self._arguments
        if value is UNSET:
            raise MissingFieldError("OutputItemFunctionCall", "arguments")
        return value

    @arguments.setter
    def arguments(self, value: str) -> None:
        self._arguments = value

    @property
    def call_id(self) -> str:
        value: Any = self._call_id
        if value is UNSET:
            raise MissingFieldError("OutputItemFunctionCall", "call_id")
        return value

    @call_id.setter
    def call_id(self, value: str) -> None:
        self._call_id = value

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("OutputItemFunctionCall", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    @property
    def type_(self) -> OutputItemFunctionCallType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OutputItemFunctionCall", "type")
        return value

    @type_.setter
    def type_(self, value: OutputItemFunctionCallType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"arguments={self._arguments!r}, "
            f"call_id={self._call_id!r}, "
            f"name={self._name!r}, "
            f"type_={self._type_!r}, "
            f"id={self.id!r}, "
            f"namespace={self.namespace!r}, "
            f"status={self.status!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        arguments: Any = self._arguments

        call_id: Any = self._call_id

        name: Any = self._name

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        id: Any = self.id

        namespace: Any = self.namespace

        status: Any = self.status
        if not (isinstance(status, Unset) or status is None):
            if isinstance(self.status, OutputItemFunctionCallStatusType0):
                status = self.status.value
            elif isinstance(self.status, OutputItemFunctionCallStatusType1):
                status = self.status.value
            else:
                status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
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
        """True if data is an object with every required key of OutputItemFunctionCall and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "arguments" not in data:
            return False
        if "call_id" not in data:
            return False
        if "name" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not OutputItemFunctionCallType.is_known(data["type"]):
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
                    f"OutputItemFunctionCall is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            arguments = d.get("arguments", UNSET)

            call_id = d.get("call_id", UNSET)

            name = d.get("name", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = OutputItemFunctionCallType._value2member_map_.get(
                    _raw_type_
                ) or OutputItemFunctionCallType._parse(_raw_type_)

            id = d.get("id", UNSET)

            namespace = d.get("namespace", UNSET)

            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = _parse_status(_raw_status)

        except FieldParseError as error:
            raise error.within("OutputItemFunctionCall", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputItemFunctionCall", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_item_function_call = cls(
            arguments,
            call_id,
            name,
            type_,
            id,
            namespace,
            status,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_item_function_call.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return output_item_function_call

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


def _parse_status(
    data: object,
) -> OutputItemFunctionCallStatusType0 | OutputItemFunctionCallStatusType1 | OutputItemFunctionCallStatusType2 | Unset:
    if data is UNSET:
        return UNSET
    if OutputItemFunctionCallStatusType0.is_known(data):
        try:
            status_type_0 = OutputItemFunctionCallStatusType0._value2member_map_.get(
                data
            ) or OutputItemFunctionCallStatusType0._parse(data)

            return status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputItemFunctionCallStatusType1.is_known(data):
        try:
            status_type_1 = OutputItemFunctionCallStatusType1._value2member_map_.get(
                data
            ) or OutputItemFunctionCallStatusType1._parse(data)

            return status_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputItemFunctionCallStatusType2.is_known(data):
        try:
            status_type_2 = OutputItemFunctionCallStatusType2._value2member_map_.get(
                data
            ) or OutputItemFunctionCallStatusType2._parse(data)

            return status_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = OutputItemFunctionCallStatusType0._value2member_map_.get(
            data
        ) or OutputItemFunctionCallStatusType0._parse(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_1 = OutputItemFunctionCallStatusType1._value2member_map_.get(
            data
        ) or OutputItemFunctionCallStatusType1._parse(data)

        return status_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, str):
        raise TypeError()
    status_type_2 = OutputItemFunctionCallStatusType2._value2member_map_.get(
        data
    ) or OutputItemFunctionCallStatusType2._parse(data)

    return status_type_2
