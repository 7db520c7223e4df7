from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_format_json_schema_config_type import ChatFormatJsonSchemaConfigType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.chat_json_schema_config import ChatJsonSchemaConfig

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ChatJsonSchemaConfig
    if _lazy_imports_resolved:
        return
    from ..models.chat_json_schema_config import ChatJsonSchemaConfig  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatFormatJsonSchemaConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"json_schema", "type"})


@_attrs_define(repr=False)
class ChatFormatJsonSchemaConfig:
    """JSON Schema response format for structured outputs

    Example:
        {'json_schema': {'name': 'math_response', 'schema': {'properties': {'answer': {'type': 'number'}}, 'required':
            ['answer'], 'type': 'object'}}, 'type': 'json_schema'}

    Attributes:
        json_schema (ChatJsonSchemaConfig): JSON Schema configuration object Example: {'description': 'A mathematical
            response', 'name': 'math_response', 'schema': {'properties': {'answer': {'type': 'number'}}, 'required':
            ['answer'], 'type': 'object'}, 'strict': True}.
        type_ (ChatFormatJsonSchemaConfigType):
    """

    _json_schema: ChatJsonSchemaConfig = _attrs_field(alias="json_schema")
    _type_: ChatFormatJsonSchemaConfigType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def json_schema(self) -> ChatJsonSchemaConfig:
        value: Any = self._json_schema
        if value is UNSET:
            raise MissingFieldError("ChatFormatJsonSchemaConfig", "json_schema")
        return value

    @json_schema.setter
    def json_schema(self, value: ChatJsonSchemaConfig) -> None:
        self._json_schema = value

    @property
    def type_(self) -> ChatFormatJsonSchemaConfigType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ChatFormatJsonSchemaConfig", "type")
        return value

    @type_.setter
    def type_(self, value: ChatFormatJsonSchemaConfigType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"json_schema={self._json_schema!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        json_schema: Any = self._json_schema
        if not (isinstance(json_schema, Unset) or json_schema is None):
            json_schema = self._json_schema.to_dict()

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatFormatJsonSchemaConfig and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "json_schema" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not ChatFormatJsonSchemaConfigType.is_known(data["type"]):
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
                    f"ChatFormatJsonSchemaConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "json_schema"
            _raw_json_schema = d.get("json_schema", UNSET)
            json_schema: Any = _raw_json_schema
            if _raw_json_schema is not None and _raw_json_schema is not UNSET:
                json_schema = ChatJsonSchemaConfig.from_dict(_raw_json_schema)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ChatFormatJsonSchemaConfigType._value2member_map_.get(
                    _raw_type_
                ) or ChatFormatJsonSchemaConfigType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("ChatFormatJsonSchemaConfig", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ChatFormatJsonSchemaConfig", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_format_json_schema_config = cls(
            json_schema,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_format_json_schema_config.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return chat_format_json_schema_config

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


ChatFormatJsonSchemaConfig.__annotations__ = ResolvingAnnotations(
    ChatFormatJsonSchemaConfig.__annotations__, _resolve_lazy_imports
)
