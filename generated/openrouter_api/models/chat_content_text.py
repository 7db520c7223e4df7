from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_content_text_type import ChatContentTextType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.chat_content_cache_control import ChatContentCacheControl
    from ..models.prompt_cache_breakpoint import PromptCacheBreakpoint

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ChatContentCacheControl, PromptCacheBreakpoint
    if _lazy_imports_resolved:
        return
    from ..models.chat_content_cache_control import ChatContentCacheControl  # noqa: PLC0415
    from ..models.prompt_cache_breakpoint import PromptCacheBreakpoint  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatContentText")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"text", "type", "cache_control", "prompt_cache_breakpoint"})


@_attrs_define(repr=False)
class ChatContentText:
    """Text content part

    Example:
        {'text': 'Hello, world!', 'type': 'text'}

    Attributes:
        text (str):
        type_ (ChatContentTextType):
        cache_control (ChatContentCacheControl | Unset): Anthropic-style cache breakpoint for the content part.
            Interchangeable with the OpenAI-style `prompt_cache_breakpoint` marker: OpenRouter converts between the two
            based on the provider serving the request. Example: {'ttl': '5m', 'type': 'ephemeral'}.
        prompt_cache_breakpoint (None | PromptCacheBreakpoint | Unset):
    """

    _text: str = _attrs_field(alias="text")
    _type_: ChatContentTextType = _attrs_field(alias="type_")
    cache_control: ChatContentCacheControl | Unset = UNSET
    prompt_cache_breakpoint: None | PromptCacheBreakpoint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def text(self) -> str:
        value: Any = self._text
        if value is UNSET:
            raise MissingFieldError("ChatContentText", "text")
        return value

    @text.setter
    def text(self, value: str) -> None:
        self._text = value

    @property
    def type_(self) -> ChatContentTextType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ChatContentText", "type")
        return value

    @type_.setter
    def type_(self, value: ChatContentTextType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"text={self._text!r}, "
            f"type_={self._type_!r}, "
            f"cache_control={self.cache_control!r}, "
            f"prompt_cache_breakpoint={self.prompt_cache_breakpoint!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        text: Any = self._text

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        cache_control: Any = self.cache_control
        if not (isinstance(cache_control, Unset) or cache_control is None):
            cache_control = cache_control.to_dict()

        prompt_cache_breakpoint: Any = self.prompt_cache_breakpoint
        if not (isinstance(prompt_cache_breakpoint, Unset) or prompt_cache_breakpoint is None):
            if isinstance(self.prompt_cache_breakpoint, PromptCacheBreakpoint):
                prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()
            else:
                prompt_cache_breakpoint = self.prompt_cache_breakpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if text is not UNSET:
            field_dict["text"] = text
        if type_ is not UNSET:
            field_dict["type"] = type_
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatContentText and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "text" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not ChatContentTextType.is_known(data["type"]):
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
                    f"ChatContentText is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            text = d.get("text", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ChatContentTextType._value2member_map_.get(_raw_type_) or ChatContentTextType._parse(_raw_type_)

            _field = "cache_control"
            _raw_cache_control = d.get("cache_control", UNSET)
            cache_control: Any = _raw_cache_control
            if _raw_cache_control is not None and _raw_cache_control is not UNSET:
                cache_control = ChatContentCacheControl.from_dict(_raw_cache_control)

            _field = "prompt_cache_breakpoint"
            _raw_prompt_cache_breakpoint = d.get("prompt_cache_breakpoint", UNSET)
            prompt_cache_breakpoint: Any = _raw_prompt_cache_breakpoint
            if _raw_prompt_cache_breakpoint is not None and _raw_prompt_cache_breakpoint is not UNSET:
                prompt_cache_breakpoint = (
                    PromptCacheBreakpoint.from_dict(_raw_prompt_cache_breakpoint)
                    if type(_raw_prompt_cache_breakpoint) is dict
                    else _parse_prompt_cache_breakpoint(_raw_prompt_cache_breakpoint)
                )

        except FieldParseError as error:
            raise error.within("ChatContentText", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ChatContentText", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_content_text = cls(
            text,
            type_,
            cache_control,
            prompt_cache_breakpoint,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_content_text.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return chat_content_text

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


ChatContentText.__annotations__ = ResolvingAnnotations(ChatContentText.__annotations__, _resolve_lazy_imports)


def _parse_prompt_cache_breakpoint(data: object) -> None | PromptCacheBreakpoint | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if PromptCacheBreakpoint._matches(data):
        try:
            prompt_cache_breakpoint_type_0 = PromptCacheBreakpoint.from_dict(data)

            return prompt_cache_breakpoint_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        prompt_cache_breakpoint_type_0 = PromptCacheBreakpoint.from_dict(data)

        return prompt_cache_breakpoint_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | PromptCacheBreakpoint | Unset", data)
