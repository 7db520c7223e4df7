from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_item_function_call_status_type_0 import OutputItemFunctionCallStatusType0
from ..models.output_item_function_call_status_type_1 import OutputItemFunctionCallStatusType1
from ..models.output_item_function_call_status_type_2 import OutputItemFunctionCallStatusType2
from ..models.output_item_function_call_type import OutputItemFunctionCallType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.output_function_call_item_subagent_items_item import OutputFunctionCallItemSubagentItemsItem

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, OutputFunctionCallItemSubagentItemsItem
    if _lazy_imports_resolved:
        return
    from ..models.output_function_call_item_subagent_items_item import OutputFunctionCallItemSubagentItemsItem  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="OutputFunctionCallItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"arguments", "call_id", "name", "type", "id", "namespace", "status", "subagent_id", "subagent_items"}
)


@_attrs_define(repr=False)
class OutputFunctionCallItem:
    """
    Example:
        {'arguments': '{"location":"San Francisco"}', 'call_id': 'call-abc123', 'id': 'fc-abc123', 'name':
            'get_weather', 'status': 'completed', 'type': 'function_call'}

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
        subagent_id (str | Unset): EXPERIMENTAL — subject to change without notice. String id that matches the `call_id`
            of the `openrouter:subagent` server tool call that spawned the subagent. Present on every `function_call` item
            the subagent projects; absent on ordinary function calls.
        subagent_items (list[OutputFunctionCallItemSubagentItemsItem] | Unset): EXPERIMENTAL — subject to change without
            notice. The subagent's output items produced on this turn. Treat this as an opaque object; you must replay it in
            the request so that the subagent can continue execution of the tool with the same context. If a subagent created
            multiple parallel tool calls, only the first tool call will have this field. The other tool calls will only have
            `subagent_id`. Present only if the tool call originates from a subagent spawned by the `openrouter:subagent`
            server tool.
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
    subagent_id: str | Unset = UNSET
    subagent_items: list[OutputFunctionCallItemSubagentItemsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def arguments(self) -> str:
        value: Any = self._arguments
        if value is UNSET:
            raise MissingFieldError("OutputFunctionCallItem", "arguments")
        return value

    @arguments.setter
    def arguments(self, value: str) -> None:
        self._arguments = value

    @property
    def call_id(self) -> str:
        value: Any = self._call_id
        if value is UNSET:
            raise MissingFieldError("OutputFunctionCallItem", "call_id")
        return value

    @call_id.setter
    def call_id(self, value: str) -> None:
        self._call_id = value

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("OutputFunctionCallItem", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    @property
    def type_(self) -> OutputItemFunctionCallType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OutputFunctionCallItem", "type")
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
            f"subagent_id={self.subagent_id!r}, "
            f"subagent_items={self.subagent_items!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
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

        subagent_id: Any = self.subagent_id

        subagent_items: Any = self.subagent_items
        if not (isinstance(subagent_items, Unset) or subagent_items is None):
            subagent_items = []
            for subagent_items_item_data in self.subagent_items:
                subagent_items_item = subagent_items_item_data.to_dict()
                subagent_items.append(subagent_items_item)

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
        if subagent_id is not UNSET:
            field_dict["subagent_id"] = subagent_id
        if subagent_items is not UNSET:
            field_dict["subagent_items"] = subagent_items

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputFunctionCallItem and its fixed values."""
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
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"OutputFunctionCallItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
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

            subagent_id = d.get("subagent_id", UNSET)

            _field = "subagent_items"
            _raw_subagent_items = d.get("subagent_items", UNSET)
            subagent_items: Any = _raw_subagent_items
            if _raw_subagent_items is not None and _raw_subagent_items is not UNSET:
                subagent_items = [
                    OutputFunctionCallItemSubagentItemsItem.from_dict(subagent_items_item_data)
                    for subagent_items_item_data in _raw_subagent_items
                ]

        except FieldParseError as error:
            raise error.within("OutputFunctionCallItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputFunctionCallItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_function_call_item = cls(
            arguments,
            call_id,
            name,
            type_,
            id,
            namespace,
            status,
            subagent_id,
            subagent_items,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_function_call_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return output_function_call_item

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


OutputFunctionCallItem.__annotations__ = ResolvingAnnotations(
    OutputFunctionCallItem.__annotations__, _resolve_lazy_imports
)


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
