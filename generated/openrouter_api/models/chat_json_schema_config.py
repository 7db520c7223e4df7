from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.chat_json_schema_config_schema import ChatJsonSchemaConfigSchema

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ChatJsonSchemaConfigSchema
    if _lazy_imports_resolved:
        return
    from ..models.chat_json_schema_config_schema import ChatJsonSchemaConfigSchema  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatJsonSchemaConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"name", "description", "schema", "strict"})


@_attrs_define(repr=False)
class ChatJsonSchemaConfig:
    """JSON Schema configuration object

    Example:
        {'description': 'A mathematical response', 'name': 'math_response', 'schema': {'properties': {'answer': {'type':
            'number'}}, 'required': ['answer'], 'type': 'object'}, 'strict': True}

    Attributes:
        name (str): Schema name (a-z, A-Z, 0-9, underscores, dashes, max 64 chars) Example: math_response.
        description (str | Unset): Schema description for the model Example: A mathematical response.
        schema (ChatJsonSchemaConfigSchema | Unset): JSON Schema object Example: {'properties': {'answer': {'type':
            'number'}}, 'required': ['answer'], 'type': 'object'}.
        strict (bool | None | Unset): Enable strict schema adherence Example: False.
    """

    _name: str = _attrs_field(alias="name")
    description: str | Unset = UNSET
    schema: ChatJsonSchemaConfigSchema | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("ChatJsonSchemaConfig", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"name={self._name!r}, "
            f"description={self.description!r}, "
            f"schema={self.schema!r}, "
            f"strict={self.strict!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        name: Any = self._name

        description: Any = self.description

        schema: Any = self.schema
        if not (isinstance(schema, Unset) or schema is None):
            schema = schema.to_dict()

        strict: Any = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if schema is not UNSET:
            field_dict["schema"] = schema
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatJsonSchemaConfig and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "name" not in data:
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
                    f"ChatJsonSchemaConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            name = d.get("name", UNSET)

            description = d.get("description", UNSET)

            _field = "schema"
            _raw_schema = d.get("schema", UNSET)
            schema: Any = _raw_schema
            if _raw_schema is not None and _raw_schema is not UNSET:
                schema = ChatJsonSchemaConfigSchema.from_dict(_raw_schema)

            strict = d.get("strict", UNSET)

        except FieldParseError as error:
            raise error.within("ChatJsonSchemaConfig", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ChatJsonSchemaConfig", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_json_schema_config = cls(
            name,
            description,
            schema,
            strict,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_json_schema_config.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return chat_json_schema_config

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


ChatJsonSchemaConfig.__annotations__ = ResolvingAnnotations(ChatJsonSchemaConfig.__annotations__, _resolve_lazy_imports)
