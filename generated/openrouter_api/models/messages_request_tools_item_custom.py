from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_request_tools_item_custom_type import MessagesRequestToolsItemCustomType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.messages_request_tools_item_custom_input_schema import MessagesRequestToolsItemCustomInputSchema

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, AnthropicCacheControlDirective, MessagesRequestToolsItemCustomInputSchema
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective  # noqa: PLC0415
    from ..models.messages_request_tools_item_custom_input_schema import MessagesRequestToolsItemCustomInputSchema  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="MessagesRequestToolsItemCustom")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"input_schema", "name", "cache_control", "defer_loading", "description", "type"}
)


@_attrs_define(repr=False)
class MessagesRequestToolsItemCustom:
    """
    Attributes:
        input_schema (MessagesRequestToolsItemCustomInputSchema):
        name (str):
        cache_control (AnthropicCacheControlDirective | Unset): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        defer_loading (bool | Unset):
        description (str | Unset):
        type_ (MessagesRequestToolsItemCustomType | Unset):
    """

    _input_schema: MessagesRequestToolsItemCustomInputSchema = _attrs_field(alias="input_schema")
    _name: str = _attrs_field(alias="name")
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    description: str | Unset = UNSET
    type_: MessagesRequestToolsItemCustomType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def input_schema(self) -> MessagesRequestToolsItemCustomInputSchema:
        value: Any = self._input_schema
        if value is UNSET:
            raise MissingFieldError("MessagesRequestToolsItemCustom", "input_schema")
        return value

    @input_schema.setter
    def input_schema(self, value: MessagesRequestToolsItemCustomInputSchema) -> None:
        self._input_schema = value

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("MessagesRequestToolsItemCustom", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"input_schema={self._input_schema!r}, "
            f"name={self._name!r}, "
            f"cache_control={self.cache_control!r}, "
            f"defer_loading={self.defer_loading!r}, "
            f"description={self.description!r}, "
            f"type_={self.type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        input_schema: Any = self._input_schema
        if not (isinstance(input_schema, Unset) or input_schema is None):
            input_schema = self._input_schema.to_dict()

        name: Any = self._name

        cache_control: Any = self.cache_control
        if not (isinstance(cache_control, Unset) or cache_control is None):
            cache_control = cache_control.to_dict()

        defer_loading: Any = self.defer_loading

        description: Any = self.description

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if input_schema is not UNSET:
            field_dict["input_schema"] = input_schema
        if name is not UNSET:
            field_dict["name"] = name
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesRequestToolsItemCustom and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "input_schema" not in data:
            return False
        if "name" not in data:
            return False
        if "type" in data and not MessagesRequestToolsItemCustomType.is_known(data["type"]):
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
                    f"MessagesRequestToolsItemCustom is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "input_schema"
            _raw_input_schema = d.get("input_schema", UNSET)
            input_schema: Any = _raw_input_schema
            if _raw_input_schema is not None and _raw_input_schema is not UNSET:
                input_schema = MessagesRequestToolsItemCustomInputSchema.from_dict(_raw_input_schema)

            name = d.get("name", UNSET)

            _field = "cache_control"
            _raw_cache_control = d.get("cache_control", UNSET)
            cache_control: Any = _raw_cache_control
            if _raw_cache_control is not None and _raw_cache_control is not UNSET:
                cache_control = AnthropicCacheControlDirective.from_dict(_raw_cache_control)

            defer_loading = d.get("defer_loading", UNSET)

            description = d.get("description", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = MessagesRequestToolsItemCustomType._value2member_map_.get(
                    _raw_type_
                ) or MessagesRequestToolsItemCustomType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("MessagesRequestToolsItemCustom", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesRequestToolsItemCustom", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_request_tools_item_custom = cls(
            input_schema,
            name,
            cache_control,
            defer_loading,
            description,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_request_tools_item_custom.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return messages_request_tools_item_custom

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


MessagesRequestToolsItemCustom.__annotations__ = ResolvingAnnotations(
    MessagesRequestToolsItemCustom.__annotations__, _resolve_lazy_imports
)
