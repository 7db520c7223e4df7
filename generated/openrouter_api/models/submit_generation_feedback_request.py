from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.submit_generation_feedback_request_category import SubmitGenerationFeedbackRequestCategory
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="SubmitGenerationFeedbackRequest")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"category", "generation_id", "comment"})


@_attrs_define(repr=False)
class SubmitGenerationFeedbackRequest:
    """Structured feedback about a specific generation

    Example:
        {'category': 'incorrect_response', 'comment': 'The model repeated the same paragraph three times.',
            'generation_id': 'gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG'}

    Attributes:
        category (SubmitGenerationFeedbackRequestCategory): The category of feedback being reported Example:
            incorrect_response.
        generation_id (str): The generation to submit feedback on Example: gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG.
        comment (str | Unset): An optional free-text comment describing the feedback Example: The model repeated the
            same paragraph three times..
    """

    _category: SubmitGenerationFeedbackRequestCategory = _attrs_field(alias="category")
    _generation_id: str = _attrs_field(alias="generation_id")
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def category(self) -> SubmitGenerationFeedbackRequestCategory:
        value: Any = self._category
        if value is UNSET:
            raise MissingFieldError("SubmitGenerationFeedbackRequest", "category")
        return value

    @category.setter
    def category(self, value: SubmitGenerationFeedbackRequestCategory) -> None:
        self._category = value

    @property
    def generation_id(self) -> str:
        value: Any = self._generation_id
        if value is UNSET:
            raise MissingFieldError("SubmitGenerationFeedbackRequest", "generation_id")
        return value

    @generation_id.setter
    def generation_id(self, value: str) -> None:
        self._generation_id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"category={self._category!r}, "
            f"generation_id={self._generation_id!r}, "
            f"comment={self.comment!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        category: Any = self._category
        if not (isinstance(category, Unset) or category is None):
            category = self._category.value

        generation_id: Any = self._generation_id

        comment: Any = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if category is not UNSET:
            field_dict["category"] = category
        if generation_id is not UNSET:
            field_dict["generation_id"] = generation_id
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of SubmitGenerationFeedbackRequest and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "category" not in data:
            return False
        if "category" in data and not SubmitGenerationFeedbackRequestCategory.is_known(data["category"]):
            return False
        if "generation_id" not in data:
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
                    f"SubmitGenerationFeedbackRequest is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "category"
            _raw_category = d.get("category", UNSET)
            category: Any = _raw_category
            if _raw_category is not None and _raw_category is not UNSET:
                category = SubmitGenerationFeedbackRequestCategory._value2member_map_.get(
                    _raw_category
                ) or SubmitGenerationFeedbackRequestCategory._parse(_raw_category)

            generation_id = d.get("generation_id", UNSET)

            comment = d.get("comment", UNSET)

        except FieldParseError as error:
            raise error.within("SubmitGenerationFeedbackRequest", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("SubmitGenerationFeedbackRequest", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        submit_generation_feedback_request = cls(
            category,
            generation_id,
            comment,
        )

        if not _DECLARED_KEYS.issuperset(d):
            submit_generation_feedback_request.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return submit_generation_feedback_request

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
