from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_content_image_image_url_detail import ChatContentImageImageUrlDetail
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ChatContentImageImageUrl")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"url", "detail"})


@_attrs_define(repr=False)
class ChatContentImageImageUrl:
    """
    Attributes:
        url (str): URL of the image (data: URLs supported)
        detail (ChatContentImageImageUrlDetail | Unset): Image detail level for vision models. `original` is an
            OpenRouter extension (not in the OpenAI Chat Completions spec) requesting true original-resolution media; it is
            downgraded to `high` for providers that lack an original-resolution tier.
    """

    _url: str = _attrs_field(alias="url")
    detail: ChatContentImageImageUrlDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def url(self) -> str:
        value: Any = self._url
        if value is UNSET:
            raise MissingFieldError("ChatContentImageImageUrl", "url")
        return value

    @url.setter
    def url(self, value: str) -> None:
        self._url = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"url={self._url!r}, "
            f"detail={self.detail!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        url: Any = self._url

        detail: Any = self.detail
        if not (isinstance(detail, Unset) or detail is None):
            detail = detail.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if url is not UNSET:
            field_dict["url"] = url
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatContentImageImageUrl and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "url" not in data:
            return False
        if "detail" in data and not ChatContentImageImageUrlDetail.is_known(data["detail"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"ChatContentImageImageUrl is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            url = d.get("url", UNSET)

            _field = "detail"
            _raw_detail = d.get("detail", UNSET)
            detail: Any = _raw_detail
            if _raw_detail is not None and _raw_detail is not UNSET:
                detail = ChatContentImageImageUrlDetail._value2member_map_.get(
                    _raw_detail
                ) or ChatContentImageImageUrlDetail._parse(_raw_detail)

        except FieldParseError as error:
            raise error.within("ChatContentImageImageUrl", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ChatContentImageImageUrl", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_content_image_image_url = cls(
            url,
            detail,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_content_image_image_url.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return chat_content_image_image_url

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
