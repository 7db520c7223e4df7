from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_url_citation_annotation_type import ChatUrlCitationAnnotationType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.chat_url_citation_annotation_url_citation import ChatUrlCitationAnnotationUrlCitation

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ChatUrlCitationAnnotationUrlCitation
    if _lazy_imports_resolved:
        return
    from ..models.chat_url_citation_annotation_url_citation import ChatUrlCitationAnnotationUrlCitation  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatUrlCitationAnnotation")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"type", "url_citation"})


@_attrs_define(repr=False)
class ChatUrlCitationAnnotation:
    """A web page the message content cites (web search)

    Example:
        {'type': 'url_citation', 'url_citation': {'url': 'https://www.ruby-lang.org/en/downloads/', 'title': 'Download
            Ruby | Ruby', 'start_index': 50, 'end_index': 108}}

    Attributes:
        type_ (ChatUrlCitationAnnotationType):
        url_citation (ChatUrlCitationAnnotationUrlCitation): The cited page and the span of the message content that
            cites it
    """

    _type_: ChatUrlCitationAnnotationType = _attrs_field(alias="type_")
    _url_citation: ChatUrlCitationAnnotationUrlCitation = _attrs_field(alias="url_citation")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> ChatUrlCitationAnnotationType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ChatUrlCitationAnnotation", "type")
        return value

    @type_.setter
    def type_(self, value: ChatUrlCitationAnnotationType) -> None:
        self._type_ = value

    @property
    def url_citation(self) -> ChatUrlCitationAnnotationUrlCitation:
        value: Any = self._url_citation
        if value is UNSET:
            raise MissingFieldError("ChatUrlCitationAnnotation", "url_citation")
        return value

    @url_citation.setter
    def url_citation(self, value: ChatUrlCitationAnnotationUrlCitation) -> None:
        self._url_citation = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"type_={self._type_!r}, "
            f"url_citation={self._url_citation!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        url_citation: Any = self._url_citation
        if not (isinstance(url_citation, Unset) or url_citation is None):
            url_citation = self._url_citation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if url_citation is not UNSET:
            field_dict["url_citation"] = url_citation

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatUrlCitationAnnotation and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not ChatUrlCitationAnnotationType.is_known(data["type"]):
            return False
        if "url_citation" not in data:
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
                    f"ChatUrlCitationAnnotation is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ChatUrlCitationAnnotationType._value2member_map_.get(
                    _raw_type_
                ) or ChatUrlCitationAnnotationType._parse(_raw_type_)

            _field = "url_citation"
            _raw_url_citation = d.get("url_citation", UNSET)
            url_citation: Any = _raw_url_citation
            if _raw_url_citation is not None and _raw_url_citation is not UNSET:
                url_citation = ChatUrlCitationAnnotationUrlCitation.from_dict(_raw_url_citation)

        except FieldParseError as error:
            raise error.within("ChatUrlCitationAnnotation", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ChatUrlCitationAnnotation", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_url_citation_annotation = cls(
            type_,
            url_citation,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_url_citation_annotation.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return chat_url_citation_annotation

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


ChatUrlCitationAnnotation.__annotations__ = ResolvingAnnotations(
    ChatUrlCitationAnnotation.__annotations__, _resolve_lazy_imports
)
