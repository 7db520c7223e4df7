from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_refusal_stop_details_category_type_1 import AnthropicRefusalStopDetailsCategoryType1
from ..models.anthropic_refusal_stop_details_category_type_2_type_1 import AnthropicRefusalStopDetailsCategoryType2Type1
from ..models.anthropic_refusal_stop_details_category_type_3_type_1 import AnthropicRefusalStopDetailsCategoryType3Type1
from ..models.anthropic_refusal_stop_details_type import AnthropicRefusalStopDetailsType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="AnthropicRefusalStopDetails")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"category", "explanation", "type"})


@_attrs_define(repr=False)
class AnthropicRefusalStopDetails:
    """Structured information about a refusal

    Example:
        {'category': 'cyber', 'explanation': 'The request was refused due to policy.', 'type': 'refusal'}

    Attributes:
        category (AnthropicRefusalStopDetailsCategoryType1 | AnthropicRefusalStopDetailsCategoryType2Type1 |
            AnthropicRefusalStopDetailsCategoryType3Type1 | None):
        explanation (None | str):
        type_ (AnthropicRefusalStopDetailsType):
    """

    _category: (
        AnthropicRefusalStopDetailsCategoryType1
        | AnthropicRefusalStopDetailsCategoryType2Type1
        | AnthropicRefusalStopDetailsCategoryType3Type1
        | None
    ) = _attrs_field(alias="category")
    _explanation: None | str = _attrs_field(alias="explanation")
    _type_: AnthropicRefusalStopDetailsType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def category(
        self,
    ) -> (
        AnthropicRefusalStopDetailsCategoryType1
        | AnthropicRefusalStopDetailsCategoryType2Type1
        | AnthropicRefusalStopDetailsCategoryType3Type1
        | None
    ):
        value: Any = self._category
        if value is UNSET:
            raise MissingFieldError("AnthropicRefusalStopDetails", "category")
        return value

    @category.setter
    def category(
        self,
        value: AnthropicRefusalStopDetailsCategoryType1
        | AnthropicRefusalStopDetailsCategoryType2Type1
        | AnthropicRefusalStopDetailsCategoryType3Type1
        | None,
    ) -> None:
        self._category = value

    @property
    def explanation(self) -> None | str:
        value: Any = self._explanation
        if value is UNSET:
            raise MissingFieldError("AnthropicRefusalStopDetails", "explanation")
        return value

    @explanation.setter
    def explanation(self, value: None | str) -> None:
        self._explanation = value

    @property
    def type_(self) -> AnthropicRefusalStopDetailsType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicRefusalStopDetails", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicRefusalStopDetailsType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"category={self._category!r}, "
            f"explanation={self._explanation!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        category: Any = self._category
        if not (isinstance(category, Unset) or category is None):
            if isinstance(self._category, AnthropicRefusalStopDetailsCategoryType1):
                category = self._category.value
            elif isinstance(self._category, AnthropicRefusalStopDetailsCategoryType2Type1):
                category = self._category.value
            elif isinstance(self._category, AnthropicRefusalStopDetailsCategoryType3Type1):
                category = self._category.value
            else:
                category = self._category

        explanation: Any = self._explanation

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if category is not UNSET:
            field_dict["category"] = category
        if explanation is not UNSET:
            field_dict["explanation"] = explanation
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicRefusalStopDetails and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "category" not in data:
            return False
        if "explanation" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicRefusalStopDetailsType.is_known(data["type"]):
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
                    f"AnthropicRefusalStopDetails is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "category"
            _raw_category = d.get("category", UNSET)
            category: Any = _raw_category
            if _raw_category is not None and _raw_category is not UNSET:
                category = _parse_category(_raw_category)

            explanation = d.get("explanation", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicRefusalStopDetailsType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicRefusalStopDetailsType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("AnthropicRefusalStopDetails", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicRefusalStopDetails", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_refusal_stop_details = cls(
            category,
            explanation,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_refusal_stop_details.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return anthropic_refusal_stop_details

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


def _parse_category(
    data: object,
) -> (
    AnthropicRefusalStopDetailsCategoryType1
    | AnthropicRefusalStopDetailsCategoryType2Type1
    | AnthropicRefusalStopDetailsCategoryType3Type1
    | None
):
    if data is None:
        return data
    if AnthropicRefusalStopDetailsCategoryType1.is_known(data):
        try:
            category_type_1 = AnthropicRefusalStopDetailsCategoryType1._value2member_map_.get(
                data
            ) or AnthropicRefusalStopDetailsCategoryType1._parse(data)

            return category_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicRefusalStopDetailsCategoryType2Type1.is_known(data):
        try:
            category_type_2_type_1 = AnthropicRefusalStopDetailsCategoryType2Type1._value2member_map_.get(
                data
            ) or AnthropicRefusalStopDetailsCategoryType2Type1._parse(data)

            return category_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicRefusalStopDetailsCategoryType3Type1.is_known(data):
        try:
            category_type_3_type_1 = AnthropicRefusalStopDetailsCategoryType3Type1._value2member_map_.get(
                data
            ) or AnthropicRefusalStopDetailsCategoryType3Type1._parse(data)

            return category_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        category_type_1 = AnthropicRefusalStopDetailsCategoryType1._value2member_map_.get(
            data
        ) or AnthropicRefusalStopDetailsCategoryType1._parse(data)

        return category_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        category_type_2_type_1 = AnthropicRefusalStopDetailsCategoryType2Type1._value2member_map_.get(
            data
        ) or AnthropicRefusalStopDetailsCategoryType2Type1._parse(data)

        return category_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        category_type_3_type_1 = AnthropicRefusalStopDetailsCategoryType3Type1._value2member_map_.get(
            data
        ) or AnthropicRefusalStopDetailsCategoryType3Type1._parse(data)

        return category_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "AnthropicRefusalStopDetailsCategoryType1 | AnthropicRefusalStopDetailsCategoryType2Type1 | AnthropicRefusalStopDetailsCategoryType3Type1 | None",
        data,
    )
