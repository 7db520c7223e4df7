from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, Unset

T = TypeVar("T", bound="MessagesRequestToolsItemCustomInputSchema")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"properties", "required", "type"})


@_attrs_define(repr=False)
class MessagesRequestToolsItemCustomInputSchema:
    """
    Attributes:
        properties (Any | Unset):
        required (list[str] | None | Unset):
        type_ (str | Unset):  Default: 'object'.
    """

    properties: Any | Unset = UNSET
    required: list[str] | None | Unset = UNSET
    type_: str | Unset = "object"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"properties={self.properties!r}, "
            f"required={self.required!r}, "
            f"type_={self.type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        properties: Any = self.properties

        required: Any = self.required
        if not (isinstance(required, Unset) or required is None):
            if isinstance(self.required, list):
                required = self.required

            else:
                required = self.required

        type_: Any = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if properties is not UNSET:
            field_dict["properties"] = properties
        if required is not UNSET:
            field_dict["required"] = required
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesRequestToolsItemCustomInputSchema and its fixed values."""
        if not isinstance(data, Mapping):
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
                    f"MessagesRequestToolsItemCustomInputSchema is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            properties = d.get("properties", UNSET)

            _field = "required"
            _raw_required = d.get("required", UNSET)
            required: Any = _raw_required
            if _raw_required is not None and _raw_required is not UNSET:
                required = _parse_required(_raw_required)

            type_ = d.get("type", UNSET)

        except FieldParseError as error:
            raise error.within("MessagesRequestToolsItemCustomInputSchema", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesRequestToolsItemCustomInputSchema", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_request_tools_item_custom_input_schema = cls(
            properties,
            required,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_request_tools_item_custom_input_schema.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return messages_request_tools_item_custom_input_schema

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


def _parse_required(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        required_type_0 = cast("list[str]", data)

        return required_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None | Unset", data)
