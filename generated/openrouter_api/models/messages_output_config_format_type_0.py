from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_output_config_format_type_0_type import MessagesOutputConfigFormatType0Type
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.messages_output_config_format_type_0_schema import MessagesOutputConfigFormatType0Schema

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, MessagesOutputConfigFormatType0Schema
    if _lazy_imports_resolved:
        return
    from ..models.messages_output_config_format_type_0_schema import MessagesOutputConfigFormatType0Schema  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="MessagesOutputConfigFormatType0")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"schema", "type"})


@_attrs_define(repr=False)
class MessagesOutputConfigFormatType0:
    """
    Attributes:
        schema (MessagesOutputConfigFormatType0Schema):
        type_ (MessagesOutputConfigFormatType0Type):
    """

    _schema: MessagesOutputConfigFormatType0Schema = _attrs_field(alias="schema")
    _type_: MessagesOutputConfigFormatType0Type = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def schema(self) -> MessagesOutputConfigFormatType0Schema:
        value: Any = self._schema
        if value is UNSET:
            raise MissingFieldError("MessagesOutputConfigFormatType0", "schema")
        return value

    @schema.setter
    def schema(self, value: MessagesOutputConfigFormatType0Schema) -> None:
        self._schema = value

    @property
    def type_(self) -> MessagesOutputConfigFormatType0Type:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("MessagesOutputConfigFormatType0", "type")
        return value

    @type_.setter
    def type_(self, value: MessagesOutputConfigFormatType0Type) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"schema={self._schema!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        schema: Any = self._schema
        if not (isinstance(schema, Unset) or schema is None):
            schema = self._schema.to_dict()

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if schema is not UNSET:
            field_dict["schema"] = schema
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesOutputConfigFormatType0 and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "schema" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not MessagesOutputConfigFormatType0Type.is_known(data["type"]):
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
                    f"MessagesOutputConfigFormatType0 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "schema"
            _raw_schema = d.get("schema", UNSET)
            schema: Any = _raw_schema
            if _raw_schema is not None and _raw_schema is not UNSET:
                schema = MessagesOutputConfigFormatType0Schema.from_dict(_raw_schema)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = MessagesOutputConfigFormatType0Type._value2member_map_.get(
                    _raw_type_
                ) or MessagesOutputConfigFormatType0Type._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("MessagesOutputConfigFormatType0", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesOutputConfigFormatType0", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_output_config_format_type_0 = cls(
            schema,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_output_config_format_type_0.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return messages_output_config_format_type_0

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


MessagesOutputConfigFormatType0.__annotations__ = ResolvingAnnotations(
    MessagesOutputConfigFormatType0.__annotations__, _resolve_lazy_imports
)
