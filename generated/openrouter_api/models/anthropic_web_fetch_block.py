from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_web_fetch_block_type import AnthropicWebFetchBlockType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_document_block import AnthropicDocumentBlock

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, AnthropicDocumentBlock
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_document_block import AnthropicDocumentBlock  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicWebFetchBlock")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"content", "retrieved_at", "type", "url"})


@_attrs_define(repr=False)
class AnthropicWebFetchBlock:
    """
    Example:
        {'content': {'citations': None, 'source': {'data': '', 'media_type': 'text/plain', 'type': 'text'}, 'title':
            None, 'type': 'document'}, 'retrieved_at': None, 'type': 'web_fetch_result', 'url': 'https://example.com'}

    Attributes:
        content (AnthropicDocumentBlock):  Example: {'citations': None, 'source': {'data': 'Hello, world!',
            'media_type': 'text/plain', 'type': 'text'}, 'title': None, 'type': 'document'}.
        retrieved_at (None | str):
        type_ (AnthropicWebFetchBlockType):
        url (str):
    """

    _content: AnthropicDocumentBlock = _attrs_field(alias="content")
    _retrieved_at: None | str = _attrs_field(alias="retrieved_at")
    _type_: AnthropicWebFetchBlockType = _attrs_field(alias="type_")
    _url: str = _attrs_field(alias="url")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def content(self) -> AnthropicDocumentBlock:
        value: Any = self._content
        if value is UNSET:
            raise MissingFieldError("AnthropicWebFetchBlock", "content")
        return value

    @content.setter
    def content(self, value: AnthropicDocumentBlock) -> None:
        self._content = value

    @property
    def retrieved_at(self) -> None | str:
        value: Any = self._retrieved_at
        if value is UNSET:
            raise MissingFieldError("AnthropicWebFetchBlock", "retrieved_at")
        return value

    @retrieved_at.setter
    def retrieved_at(self, value: None | str) -> None:
        self._retrieved_at = value

    @property
    def type_(self) -> AnthropicWebFetchBlockType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicWebFetchBlock", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicWebFetchBlockType) -> None:
        self._type_ = value

    @property
    def url(self) -> str:
        value: Any = self._url
        if value is UNSET:
            raise MissingFieldError("AnthropicWebFetchBlock", "url")
        return value

    @url.setter
    def url(self, value: str) -> None:
        self._url = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"content={self._content!r}, "
            f"retrieved_at={self._retrieved_at!r}, "
            f"type_={self._type_!r}, "
            f"url={self._url!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        content: Any = self._content
        if not (isinstance(content, Unset) or content is None):
            content = self._content.to_dict()

        retrieved_at: Any = self._retrieved_at

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        url: Any = self._url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if content is not UNSET:
            field_dict["content"] = content
        if retrieved_at is not UNSET:
            field_dict["retrieved_at"] = retrieved_at
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicWebFetchBlock and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "content" not in data:
            return False
        if "retrieved_at" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicWebFetchBlockType.is_known(data["type"]):
            return False
        if "url" not in data:
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
                    f"AnthropicWebFetchBlock is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "content"
            _raw_content = d.get("content", UNSET)
            content: Any = _raw_content
            if _raw_content is not None and _raw_content is not UNSET:
                content = AnthropicDocumentBlock.from_dict(_raw_content)

            retrieved_at = d.get("retrieved_at", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicWebFetchBlockType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicWebFetchBlockType._parse(_raw_type_)

            url = d.get("url", UNSET)

        except FieldParseError as error:
            raise error.within("AnthropicWebFetchBlock", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicWebFetchBlock", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_web_fetch_block = cls(
            content,
            retrieved_at,
            type_,
            url,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_web_fetch_block.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return anthropic_web_fetch_block

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


AnthropicWebFetchBlock.__annotations__ = ResolvingAnnotations(
    AnthropicWebFetchBlock.__annotations__, _resolve_lazy_imports
)
