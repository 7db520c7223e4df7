from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_message_param_content_option_2_item_compaction_type import (
    MessagesMessageParamContentOption2ItemCompactionType,
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


T = TypeVar("T", bound="MessagesMessageParamContentOption2ItemCompaction")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"content", "type", "cache_control", "encrypted_content"})


@_attrs_define(repr=False)
class MessagesMessageParamContentOption2ItemCompaction:
    """
    Attributes:
        content (None | str):
        type_ (MessagesMessageParamContentOption2ItemCompactionType):
        cache_control (AnthropicCacheControlDirective | Unset): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        encrypted_content (None | str | Unset):
    """

    _content: None | str = _attrs_field(alias="content")
    _type_: MessagesMessageParamContentOption2ItemCompactionType = _attrs_field(alias="type_")
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    encrypted_content: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def content(self) -> None | str:
        value: Any = self._content
        if value is UNSET:
            raise MissingFieldError("MessagesMessageParamContentOption2ItemCompaction", "content")
        return value

    @content.setter
    def content(self, value: None | str) -> None:
        self._content = value

    @property
    def type_(self) -> MessagesMessageParamContentOption2ItemCompactionType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("MessagesMessageParamContentOption2ItemCompaction", "type")
        return value

    @type_.setter
    def type_(self, value: MessagesMessageParamContentOption2ItemCompactionType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"content={self._content!r}, "
            f"type_={self._type_!r}, "
            f"cache_control={self.cache_control!r}, "
            f"encrypted_content={self.encrypted_content!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        content: Any = self._content

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        cache_control: Any = self.cache_control
        if not (isinstance(cache_control, Unset) or cache_control is None):
            cache_control = cache_control.to_dict()

        encrypted_content: Any = self.encrypted_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if content is not UNSET:
            field_dict["content"] = content
        if type_ is not UNSET:
            field_dict["type"] = type_
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesMessageParamContentOption2ItemCompaction and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "content" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not MessagesMessageParamContentOption2ItemCompactionType.is_known(data["type"]):
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
                    f"MessagesMessageParamContentOption2ItemCompaction is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            content = d.get("content", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = MessagesMessageParamContentOption2ItemCompactionType._value2member_map_.get(
                    _raw_type_
                ) or MessagesMessageParamContentOption2ItemCompactionType._parse(_raw_type_)

            _field = "cache_control"
            _raw_cache_control = d.get("cache_control", UNSET)
            cache_control: Any = _raw_cache_control
            if _raw_cache_control is not None and _raw_cache_control is not UNSET:
                cache_control = AnthropicCacheControlDirective.from_dict(_raw_cache_control)

            encrypted_content = d.get("encrypted_content", UNSET)

        except FieldParseError as error:
            raise error.within("MessagesMessageParamContentOption2ItemCompaction", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesMessageParamContentOption2ItemCompaction", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_message_param_content_option_2_item_compaction = cls(
            content,
            type_,
            cache_control,
            encrypted_content,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_message_param_content_option_2_item_compaction.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return messages_message_param_content_option_2_item_compaction

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


MessagesMessageParamContentOption2ItemCompaction.__annotations__ = ResolvingAnnotations(
    MessagesMessageParamContentOption2ItemCompaction.__annotations__, _resolve_lazy_imports
)
