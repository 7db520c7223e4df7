from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.task_classification_item import TaskClassificationItem
    from ..models.task_classification_macro_category import TaskClassificationMacroCategory

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, TaskClassificationItem, TaskClassificationMacroCategory
    if _lazy_imports_resolved:
        return
    from ..models.task_classification_item import TaskClassificationItem  # noqa: PLC0415
    from ..models.task_classification_macro_category import TaskClassificationMacroCategory  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="TaskClassificationResponseData")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"as_of", "classifications", "macro_categories", "window_days"})


@_attrs_define(repr=False)
class TaskClassificationResponseData:
    """
    Attributes:
        as_of (str): UTC date (YYYY-MM-DD) of the window upper bound (yesterday). Data is exclusive of the current
            incomplete UTC day. This is the expected latest date in the snapshot; it does not confirm data presence for that
            date. Example: 2026-06-17.
        classifications (list[TaskClassificationItem]): Per-task classification market-share data, sorted by usage_share
            descending.
        macro_categories (list[TaskClassificationMacroCategory]): Aggregate market-share data per macro-category (code,
            data, agent, general).
        window_days (int): Number of trailing days covered by this snapshot. Example: 7.
    """

    _as_of: str = _attrs_field(alias="as_of")
    _classifications: list[TaskClassificationItem] = _attrs_field(alias="classifications")
    _macro_categories: list[TaskClassificationMacroCategory] = _attrs_field(alias="macro_categories")
    _window_days: int = _attrs_field(alias="window_days")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def as_of(self) -> str:
        value: Any = self._as_of
        if value is UNSET:
            raise MissingFieldError("TaskClassificationResponseData", "as_of")
        return value

    @as_of.setter
    def as_of(self, value: str) -> None:
        self._as_of = value

    @property
    def classifications(self) -> list[TaskClassificationItem]:
        value: Any = self._classifications
        if value is UNSET:
            raise MissingFieldError("TaskClassificationResponseData", "classifications")
        return value

    @classifications.setter
    def classifications(self, value: list[TaskClassificationItem]) -> None:
        self._classifications = value

    @property
    def macro_categories(self) -> list[TaskClassificationMacroCategory]:
        value: Any = self._macro_categories
        if value is UNSET:
            raise MissingFieldError("TaskClassificationResponseData", "macro_categories")
        return value

    @macro_categories.setter
    def macro_categories(self, value: list[TaskClassificationMacroCategory]) -> None:
        self._macro_categories = value

    @property
    def window_days(self) -> int:
        value: Any = self._window_days
        if value is UNSET:
            raise MissingFieldError("TaskClassificationResponseData", "window_days")
        return value

    @window_days.setter
    def window_days(self, value: int) -> None:
        self._window_days = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"as_of={self._as_of!r}, "
            f"classifications={self._classifications!r}, "
            f"macro_categories={self._macro_categories!r}, "
            f"window_days={self._window_days!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        as_of: Any = self._as_of

        classifications: Any = self._classifications
        if not (isinstance(classifications, Unset) or classifications is None):
            classifications = []
            for classifications_item_data in self._classifications:
                classifications_item = classifications_item_data.to_dict()
                classifications.append(classifications_item)

        macro_categories: Any = self._macro_categories
        if not (isinstance(macro_categories, Unset) or macro_categories is None):
            macro_categories = []
            for macro_categories_item_data in self._macro_categories:
                macro_categories_item = macro_categories_item_data.to_dict()
                macro_categories.append(macro_categories_item)

        window_days: Any = self._window_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if as_of is not UNSET:
            field_dict["as_of"] = as_of
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if macro_categories is not UNSET:
            field_dict["macro_categories"] = macro_categories
        if window_days is not UNSET:
            field_dict["window_days"] = window_days

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of TaskClassificationResponseData and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "as_of" not in data:
            return False
        if "classifications" not in data:
            return False
        if "macro_categories" not in data:
            return False
        if "window_days" not in data:
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
                    f"TaskClassificationResponseData is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            as_of = d.get("as_of", UNSET)

            _field = "classifications"
            _raw_classifications = d.get("classifications", UNSET)
            classifications: Any = _raw_classifications
            if _raw_classifications is not None and _raw_classifications is not UNSET:
                classifications = [
                    TaskClassificationItem.from_dict(classifications_item_data)
                    for classifications_item_data in _raw_classifications
                ]

            _field = "macro_categories"
            _raw_macro_categories = d.get("macro_categories", UNSET)
            macro_categories: Any = _raw_macro_categories
            if _raw_macro_categories is not None and _raw_macro_categories is not UNSET:
                macro_categories = [
                    TaskClassificationMacroCategory.from_dict(macro_categories_item_data)
                    for macro_categories_item_data in _raw_macro_categories
                ]

            window_days = d.get("window_days", UNSET)

        except FieldParseError as error:
            raise error.within("TaskClassificationResponseData", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("TaskClassificationResponseData", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        task_classification_response_data = cls(
            as_of,
            classifications,
            macro_categories,
            window_days,
        )

        if not _DECLARED_KEYS.issuperset(d):
            task_classification_response_data.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return task_classification_response_data

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


TaskClassificationResponseData.__annotations__ = ResolvingAnnotations(
    TaskClassificationResponseData.__annotations__, _resolve_lazy_imports
)
