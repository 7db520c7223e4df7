from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_image_detail import InputImageDetail
from ..models.input_image_type import InputImageType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="CustomToolCallOutputItemOption2OutputOption2ItemOption2")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"detail", "type", "image_url"})


@_attrs_define(repr=False)
class CustomToolCallOutputItemOption2OutputOption2ItemOption2:
    """Image input content item

    Example:
        {'detail': 'auto', 'image_url': 'https://example.com/image.jpg', 'type': 'input_image'}

    Attributes:
        detail (InputImageDetail):
        type_ (InputImageType):
        image_url (None | str | Unset):
    """

    _detail: InputImageDetail = _attrs_field(alias="detail")
    _type_: InputImageType = _attrs_field(alias="type_")
    image_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def detail(self) -> InputImageDetail:
        value: Any = self._detail
        if value is UNSET:
            raise MissingFieldError("CustomToolCallOutputItemOption2OutputOption2ItemOption2", "detail")
        return value

    @detail.setter
    def detail(self, value: InputImageDetail) -> None:
        self._detail = value

    @property
    def type_(self) -> InputImageType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("CustomToolCallOutputItemOption2OutputOption2ItemOption2", "type")
        return value

    @type_.setter
    def type_(self, value: InputImageType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"detail={self._detail!r}, "
            f"type_={self._type_!r}, "
            f"image_url={self.image_url!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        detail: Any = self._detail
        if not (isinstance(detail, Unset) or detail is None):
            detail = self._detail.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        image_url: Any = self.image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if detail is not UNSET:
            field_dict["detail"] = detail
        if type_ is not UNSET:
            field_dict["type"] = type_
        if image_url is not UNSET:
            field_dict["image_url"] = image_url

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CustomToolCallOutputItemOption2OutputOption2ItemOption2 and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "detail" not in data:
            return False
        if "detail" in data and not InputImageDetail.is_known(data["detail"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not InputImageType.is_known(data["type"]):
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
                    f"CustomToolCallOutputItemOption2OutputOption2ItemOption2 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "detail"
            _raw_detail = d.get("detail", UNSET)
            detail: Any = _raw_detail
            if _raw_detail is not None and _raw_detail is not UNSET:
                detail = InputImageDetail._value2member_map_.get(_raw_detail) or InputImageDetail._parse(_raw_detail)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = InputImageType._value2member_map_.get(_raw_type_) or InputImageType._parse(_raw_type_)

            image_url = d.get("image_url", UNSET)

        except FieldParseError as error:
            raise error.within("CustomToolCallOutputItemOption2OutputOption2ItemOption2", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at(
                "CustomToolCallOutputItemOption2OutputOption2ItemOption2", _field, error
            ) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        custom_tool_call_output_item_option_2_output_option_2_item_option_2 = cls(
            detail,
            type_,
            image_url,
        )

        if not _DECLARED_KEYS.issuperset(d):
            custom_tool_call_output_item_option_2_output_option_2_item_option_2.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return custom_tool_call_output_item_option_2_output_option_2_item_option_2

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
