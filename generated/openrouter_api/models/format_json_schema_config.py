from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.format_json_schema_config_type import FormatJsonSchemaConfigType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.format_json_schema_config_schema import FormatJsonSchemaConfigSchema

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, FormatJsonSchemaConfigSchema
    if _lazy_imports_resolved:
        return
    from ..models.format_json_schema_config_schema import FormatJsonSchemaConfigSchema  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="FormatJsonSchemaConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"name", "schema", "type", "description", "strict"})


@_attrs_define(repr=False)
class FormatJsonSchemaConfig:
    """JSON schema constrained response format

    Example:
        {'description': 'User information schema', 'name': 'user_info', 'schema': {'properties': {'age': {'type':
            'number'}, 'name': {'type': 'string'}}, 'required': ['name'], 'type': 'object'}, 'type': 'json_schema'}

    Attributes:
        name (str):
        schema (FormatJsonSchemaConfigSchema):
        type_ (FormatJsonSchemaConfigType):
        description (str | Unset):
        strict (bool | None | Unset):
    """

    _name: str = _attrs_field(alias="name")
    _schema: FormatJsonSchemaConfigSchema = _attrs_field(alias="schema")
    _type_: FormatJsonSchemaConfigType = _attrs_field(alias="type_")
    description: str | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("FormatJsonSchemaConfig", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    @property
    def schema(self) -> FormatJsonSchemaConfigSchema:
        value: Any = self._schema
        if value is UNSET:
            raise MissingFieldError("FormatJsonSchemaConfig", "schema")
        return value

    @schema.setter
    def schema(self, value: FormatJsonSchemaConfigSchema) -> None:
        self._schema = value

    @property
    def type_(self) -> FormatJsonSchemaConfigType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("FormatJsonSchemaConfig", "type")
        return value

    @type_.setter
    def type_(self, value: FormatJsonSchemaConfigType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"name={self._name!r}, "
            f"schema={self._schema!r}, "
            f"type_={self._type_!r}, "
            f"description={self.description!r}, "
            f"strict={self.strict!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        name: Any = self._name

        schema: Any = self._schema
        if not (isinstance(schema, Unset) or schema is None):
            schema = self._schema.to_dict()

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        description: Any = self.description

        strict: Any = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if name is not UNSET:
            field_dict["name"] = name
        if schema is not UNSET:
            field_dict["schema"] = schema
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of FormatJsonSchemaConfig and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "name" not in data:
            return False
        if "schema" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not FormatJsonSchemaConfigType.is_known(data["type"]):
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
                    f"FormatJsonSchemaConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            name = d.get("name", UNSET)

            _field = "schema"
            _raw_schema = d.get("schema", UNSET)
            schema: Any = _raw_schema
            if _raw_schema is not None and _raw_schema is not UNSET:
                schema = FormatJsonSchemaConfigSchema.from_dict(_raw_schema)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = FormatJsonSchemaConfigType._value2member_map_.get(
                    _raw_type_
                ) or FormatJsonSchemaConfigType._parse(_raw_type_)

            description = d.get("description", UNSET)

            strict = d.get("strict", UNSET)

        except FieldParseError as error:
            raise error.within("FormatJsonSchemaConfig", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("FormatJsonSchemaConfig", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        format_json_schema_config = cls(
            name,
            schema,
            type_,
            description,
            strict,
        )

        if not _DECLARED_KEYS.issuperset(d):
            format_json_schema_config.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return format_json_schema_config

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


FormatJsonSchemaConfig.__annotations__ = ResolvingAnnotations(
    FormatJsonSchemaConfig.__annotations__, _resolve_lazy_imports
)
