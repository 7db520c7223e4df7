from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_message_param_content_option_2_item_tool_use_type import (
    MessagesMessageParamContentOption2ItemToolUseType,
)
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, AnthropicCacheControlDirective
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="MessagesMessageParamContentOption2ItemToolUse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"id", "name", "type", "cache_control", "input"})


@_attrs_define(repr=False)
class MessagesMessageParamContentOption2ItemToolUse:
    """
    Attributes:
        id (str):
        name (str):
        type_ (MessagesMessageParamContentOption2ItemToolUseType):
        cache_control (AnthropicCacheControlDirective | Unset): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        input_ (Any | Unset):
    """

    _id: str = _attrs_field(alias="id")
    _name: str = _attrs_field(alias="name")
    _type_: MessagesMessageParamContentOption2ItemToolUseType = _attrs_field(alias="type_")
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    input_: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("MessagesMessageParamContentOption2ItemToolUse", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("MessagesMessageParamContentOption2ItemToolUse", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    @property
    def type_(self) -> MessagesMessageParamContentOption2ItemToolUseType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("MessagesMessageParamContentOption2ItemToolUse", "type")
        return value

    @type_.setter
    def type_(self, value: MessagesMessageParamContentOption2ItemToolUseType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"id={self._id!r}, "
            f"name={self._name!r}, "
            f"type_={self._type_!r}, "
            f"cache_control={self.cache_control!r}, "
            f"input_={self.input_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        id: Any = self._id

        name: Any = self._name

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        cache_control: Any = self.cache_control
        if not (isinstance(cache_control, Unset) or cache_control is None):
            cache_control = cache_control.to_dict()

        input_: Any = self.input_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if input_ is not UNSET:
            field_dict["input"] = input_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesMessageParamContentOption2ItemToolUse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "name" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not MessagesMessageParamContentOption2ItemToolUseType.is_known(data["type"]):
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
                    f"MessagesMessageParamContentOption2ItemToolUse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            id = d.get("id", UNSET)

            name = d.get("name", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = MessagesMessageParamContentOption2ItemToolUseType._value2member_map_.get(
                    _raw_type_
                ) or MessagesMessageParamContentOption2ItemToolUseType._parse(_raw_type_)

            _field = "cache_control"
            _raw_cache_control = d.get("cache_control", UNSET)
            cache_control: Any = _raw_cache_control
            if _raw_cache_control is not None and _raw_cache_control is not UNSET:
                cache_control = AnthropicCacheControlDirective.from_dict(_raw_cache_control)

            input_ = d.get("input", UNSET)

        except FieldParseError as error:
            raise error.within("MessagesMessageParamContentOption2ItemToolUse", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesMessageParamContentOption2ItemToolUse", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_message_param_content_option_2_item_tool_use = cls(
            id,
            name,
            type_,
            cache_control,
            input_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_message_param_content_option_2_item_tool_use.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return messages_message_param_content_option_2_item_tool_use

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


MessagesMessageParamContentOption2ItemToolUse.__annotations__ = ResolvingAnnotations(
    MessagesMessageParamContentOption2ItemToolUse.__annotations__, _resolve_lazy_imports
)
