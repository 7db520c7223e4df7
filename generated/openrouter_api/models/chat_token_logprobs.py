from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.chat_token_logprob import ChatTokenLogprob

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ChatTokenLogprob
    if _lazy_imports_resolved:
        return
    from ..models.chat_token_logprob import ChatTokenLogprob  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatTokenLogprobs")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"content", "refusal"})


@_attrs_define(repr=False)
class ChatTokenLogprobs:
    """Log probabilities for the completion

    Example:
        {'content': [{'bytes': None, 'logprob': -0.612345, 'token': ' Hello', 'top_logprobs': []}], 'refusal': None}

    Attributes:
        content (list[ChatTokenLogprob] | None): Log probabilities for content tokens
        refusal (list[ChatTokenLogprob] | None | Unset): Log probabilities for refusal tokens
    """

    _content: list[ChatTokenLogprob] | None = _attrs_field(alias="content")
    refusal: list[ChatTokenLogprob] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def content(self) -> list[ChatTokenLogprob] | None:
        value: Any = self._content
        if value is UNSET:
            raise MissingFieldError("ChatTokenLogprobs", "content")
        return value

    @content.setter
    def content(self, value: list[ChatTokenLogprob] | None) -> None:
        self._content = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"content={self._content!r}, "
            f"refusal={self.refusal!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        content: Any = self._content
        if not (isinstance(content, Unset) or content is None):
            if isinstance(self._content, list):
                content = []
                for content_type_0_item_data in self._content:
                    content_type_0_item = content_type_0_item_data.to_dict()
                    content.append(content_type_0_item)

            else:
                content = self._content

        refusal: Any = self.refusal
        if not (isinstance(refusal, Unset) or refusal is None):
            if isinstance(self.refusal, list):
                refusal = []
                for refusal_type_0_item_data in self.refusal:
                    refusal_type_0_item = refusal_type_0_item_data.to_dict()
                    refusal.append(refusal_type_0_item)

            else:
                refusal = self.refusal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if content is not UNSET:
            field_dict["content"] = content
        if refusal is not UNSET:
            field_dict["refusal"] = refusal

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatTokenLogprobs and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "content" not in data:
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
                    f"ChatTokenLogprobs is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "content"
            _raw_content = d.get("content", UNSET)
            content: Any = _raw_content
            if _raw_content is not None and _raw_content is not UNSET:
                content = _parse_content(_raw_content)

            _field = "refusal"
            _raw_refusal = d.get("refusal", UNSET)
            refusal: Any = _raw_refusal
            if _raw_refusal is not None and _raw_refusal is not UNSET:
                refusal = _parse_refusal(_raw_refusal)

        except FieldParseError as error:
            raise error.within("ChatTokenLogprobs", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ChatTokenLogprobs", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_token_logprobs = cls(
            content,
            refusal,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_token_logprobs.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return chat_token_logprobs

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


ChatTokenLogprobs.__annotations__ = ResolvingAnnotations(ChatTokenLogprobs.__annotations__, _resolve_lazy_imports)


def _parse_content(data: object) -> list[ChatTokenLogprob] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_0 = [ChatTokenLogprob.from_dict(content_type_0_item_data) for content_type_0_item_data in data]

        return content_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[ChatTokenLogprob] | None", data)


def _parse_refusal(data: object) -> list[ChatTokenLogprob] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        refusal_type_0 = [ChatTokenLogprob.from_dict(refusal_type_0_item_data) for refusal_type_0_item_data in data]

        return refusal_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[ChatTokenLogprob] | None | Unset", data)
