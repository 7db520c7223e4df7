from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_format_json_schema_type import ResponseFormatJSONSchemaType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_schema_config import JSONSchemaConfig

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, JSONSchemaConfig
    from ..models.json_schema_config import JSONSchemaConfig  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ResponseFormatJSONSchema")


@_attrs_define
class ResponseFormatJSONSchema:
    """JSON that matches the given schema.

    Attributes:
        type_ (ResponseFormatJSONSchemaType):
        json_schema (JSONSchemaConfig): A named JSON Schema for structured output. Example: {'name': 'math_response',
            'strict': True, 'schema': {'type': 'object', 'properties': {'answer': {'type': 'number'}}, 'required':
            ['answer']}}.
    """

    type_: ResponseFormatJSONSchemaType
    json_schema: JSONSchemaConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        json_schema: Any = self.json_schema
        if not (isinstance(json_schema, Unset) or json_schema is None):
            json_schema = self.json_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ResponseFormatJSONSchema and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not ResponseFormatJSONSchemaType.is_known(data["type"]):
            return False
        if "json_schema" not in data:
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
            type_ = ResponseFormatJSONSchemaType._parse(_raw_type_)

        _raw_json_schema = d.pop("json_schema", UNSET)
        json_schema: Any = _raw_json_schema
        if _raw_json_schema is not None and _raw_json_schema is not UNSET:
            json_schema = JSONSchemaConfig.from_dict(_raw_json_schema)

        response_format_json_schema = cls(
            type_=type_,
            json_schema=json_schema,
        )

        response_format_json_schema.additional_properties = d
        return response_format_json_schema

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
