from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_document_block_param_source_content_type import AnthropicDocumentBlockParamSourceContentType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_image_block_param import AnthropicImageBlockParam
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, AnthropicImageBlockParam, AnthropicTextBlockParam
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_image_block_param import AnthropicImageBlockParam  # noqa: PLC0415
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicDocumentBlockParamSourceContent")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"content", "type"})


@_attrs_define(repr=False)
class AnthropicDocumentBlockParamSourceContent:
    """
    Attributes:
        content (list[AnthropicImageBlockParam | AnthropicTextBlockParam] | str):
        type_ (AnthropicDocumentBlockParamSourceContentType):
    """

    _content: list[AnthropicImageBlockParam | AnthropicTextBlockParam] | str = _attrs_field(alias="content")
    _type_: AnthropicDocumentBlockParamSourceContentType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def content(self) -> list[AnthropicImageBlockParam | AnthropicTextBlockParam] | str:
        value: Any = self._content
        if value is UNSET:
            raise MissingFieldError("AnthropicDocumentBlockParamSourceContent", "content")
        return value

    @content.setter
    def content(self, value: list[AnthropicImageBlockParam | AnthropicTextBlockParam] | str) -> None:
        self._content = value

    @property
    def type_(self) -> AnthropicDocumentBlockParamSourceContentType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicDocumentBlockParamSourceContent", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicDocumentBlockParamSourceContentType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"content={self._content!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        content: Any = self._content
        if not (isinstance(content, Unset) or content is None):
            if isinstance(self._content, list):
                content = []
                for content_type_1_item_data in self._content:
                    content_type_1_item: dict[str, Any]
                    if isinstance(content_type_1_item_data, AnthropicTextBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    else:
                        content_type_1_item = content_type_1_item_data.to_dict()

                    content.append(content_type_1_item)

            else:
                content = self._content

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if content is not UNSET:
            field_dict["content"] = content
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicDocumentBlockParamSourceContent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "content" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicDocumentBlockParamSourceContentType.is_known(data["type"]):
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
                    f"AnthropicDocumentBlockParamSourceContent is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
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

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicDocumentBlockParamSourceContentType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicDocumentBlockParamSourceContentType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("AnthropicDocumentBlockParamSourceContent", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicDocumentBlockParamSourceContent", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_document_block_param_source_content = cls(
            content,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_document_block_param_source_content.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return anthropic_document_block_param_source_content

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


AnthropicDocumentBlockParamSourceContent.__annotations__ = ResolvingAnnotations(
    AnthropicDocumentBlockParamSourceContent.__annotations__, _resolve_lazy_imports
)


def _parse_content(data: object) -> list[AnthropicImageBlockParam | AnthropicTextBlockParam] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_1 = [_parse_content_type_1_item(content_type_1_item_data) for content_type_1_item_data in data]

        return content_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[AnthropicImageBlockParam | AnthropicTextBlockParam] | str", data)


def _parse_content_type_1_item(data: object) -> AnthropicImageBlockParam | AnthropicTextBlockParam:
    if AnthropicTextBlockParam._matches(data):
        try:
            content_type_1_item_type_0 = AnthropicTextBlockParam.from_dict(data)

            return content_type_1_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicImageBlockParam._matches(data):
        try:
            content_type_1_item_type_1 = AnthropicImageBlockParam.from_dict(data)

            return content_type_1_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_type_1_item_type_0 = AnthropicTextBlockParam.from_dict(data)

        return content_type_1_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    content_type_1_item_type_1 = AnthropicImageBlockParam.from_dict(data)

    return content_type_1_item_type_1
