from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.task_classification_model import TaskClassificationModel

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, TaskClassificationModel
    if _lazy_imports_resolved:
        return
    from ..models.task_classification_model import TaskClassificationModel  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="TaskClassificationItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "category_token_share",
        "category_usage_share",
        "display_name",
        "macro_category",
        "models",
        "tag",
        "token_share",
        "usage_share",
    }
)


@_attrs_define(repr=False)
class TaskClassificationItem:
    """
    Example:
        {'category_token_share': 0.48, 'category_usage_share': 0.51, 'display_name': 'Code Generation',
            'macro_category': 'code', 'models': [{'id': 'openai/gpt-4.1-mini', 'tag_token_share': 0.75, 'tag_usage_share':
            0.55}, {'id': 'anthropic/claude-sonnet-4', 'tag_token_share': 0.12, 'tag_usage_share': 0.2}], 'tag':
            'code:general_impl', 'token_share': 0.31, 'usage_share': 0.23}

    Attributes:
        category_token_share (float): Fraction of this classification's token volume within its macro-category (0–1).
            Sums to 1 across all classifications sharing the same `macro_category`. Example: 0.48.
        category_usage_share (float): Fraction of this classification's usage within its macro-category (0–1). Sums to 1
            across all classifications sharing the same `macro_category`. Example: 0.51.
        display_name (str): Human-readable label for the classification. Example: Code Generation.
        macro_category (str): Coarse grouping derived from the tag prefix: `code`, `data`, `agent`, or `general`.
            Example: code.
        models (list[TaskClassificationModel]): Top models for this classification by request volume, sorted descending.
            Each entry reports the model's share of this classification's requests and tokens.
        tag (str): Classification tag identifier (e.g. `code:general_impl`, `agent:web_search`). Example:
            code:general_impl.
        token_share (float): Fraction of classified sampled token volume (prompt + completion) attributed to this
            classification (0–1). The unclassified `other` bucket is excluded from the denominator. Example: 0.31.
        usage_share (float): Fraction of classified sampled requests attributed to this classification (0–1). The
            unclassified `other` bucket is excluded from the denominator. Example: 0.23.
    """

    _category_token_share: float = _attrs_field(alias="category_token_share")
    _category_usage_share: float = _attrs_field(alias="category_usage_share")
    _display_name: str = _attrs_field(alias="display_name")
    _macro_category: str = _attrs_field(alias="macro_category")
    _models: list[TaskClassificationModel] = _attrs_field(alias="models")
    _tag: str = _attrs_field(alias="tag")
    _token_share: float = _attrs_field(alias="token_share")
    _usage_share: float = _attrs_field(alias="usage_share")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def category_token_share(self) -> float:
        value: Any = self._category_token_share
        if value is UNSET:
            raise MissingFieldError("TaskClassificationItem", "category_token_share")
        return value

    @category_token_share.setter
    def category_token_share(self, value: float) -> None:
        self._category_token_share = value

    @property
    def category_usage_share(self) -> float:
        value: Any = self._category_usage_share
        if value is UNSET:
            raise MissingFieldError("TaskClassificationItem", "category_usage_share")
        return value

    @category_usage_share.setter
    def category_usage_share(self, value: float) -> None:
        self._category_usage_share = value

    @property
    def display_name(self) -> str:
        value: Any = self._display_name
        if value is UNSET:
            raise MissingFieldError("TaskClassificationItem", "display_name")
        return value

    @display_name.setter
    def display_name(self, value: str) -> None:
        self._display_name = value

    @property
    def macro_category(self) -> str:
        value: Any = self._macro_category
        if value is UNSET:
            raise MissingFieldError("TaskClassificationItem", "macro_category")
        return value

    @macro_category.setter
    def macro_category(self, value: str) -> None:
        self._macro_category = value

    @property
    def models(self) -> list[TaskClassificationModel]:
        value: Any = self._models
        if value is UNSET:
            raise MissingFieldError("TaskClassificationItem", "models")
        return value

    @models.setter
    def models(self, value: list[TaskClassificationModel]) -> None:
        self._models = value

    @property
    def tag(self) -> str:
        value: Any = self._tag
        if value is UNSET:
            raise MissingFieldError("TaskClassificationItem", "tag")
        return value

    @tag.setter
    def tag(self, value: str) -> None:
        self._tag = value

    @property
    def token_share(self) -> float:
        value: Any = self._token_share
        if value is UNSET:
            raise MissingFieldError("TaskClassificationItem", "token_share")
        return value

    @token_share.setter
    def token_share(self, value: float) -> None:
        self._token_share = value

    @property
    def usage_share(self) -> float:
        value: Any = self._usage_share
        if value is UNSET:
            raise MissingFieldError("TaskClassificationItem", "usage_share")
        return value

    @usage_share.setter
    def usage_share(self, value: float) -> None:
        self._usage_share = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"category_token_share={self._category_token_share!r}, "
            f"category_usage_share={self._category_usage_share!r}, "
            f"display_name={self._display_name!r}, "
            f"macro_category={self._macro_category!r}, "
            f"models={self._models!r}, "
            f"tag={self._tag!r}, "
            f"token_share={self._token_share!r}, "
            f"usage_share={self._usage_share!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        category_token_share: Any = self._category_token_share

        category_usage_share: Any = self._category_usage_share

        display_name: Any = self._display_name

        macro_category: Any = self._macro_category

        models: Any = self._models
        if not (isinstance(models, Unset) or models is None):
            models = []
            for models_item_data in self._models:
                models_item = models_item_data.to_dict()
                models.append(models_item)

        tag: Any = self._tag

        token_share: Any = self._token_share

        usage_share: Any = self._usage_share

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if category_token_share is not UNSET:
            field_dict["category_token_share"] = category_token_share
        if category_usage_share is not UNSET:
            field_dict["category_usage_share"] = category_usage_share
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if macro_category is not UNSET:
            field_dict["macro_category"] = macro_category
        if models is not UNSET:
            field_dict["models"] = models
        if tag is not UNSET:
            field_dict["tag"] = tag
        if token_share is not UNSET:
            field_dict["token_share"] = token_share
        if usage_share is not UNSET:
            field_dict["usage_share"] = usage_share

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of TaskClassificationItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "category_token_share" not in data:
            return False
        if "category_usage_share" not in data:
            return False
        if "display_name" not in data:
            return False
        if "macro_category" not in data:
            return False
        if "models" not in data:
            return False
        if "tag" not in data:
            return False
        if "token_share" not in data:
            return False
        if "usage_share" not in data:
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
                    f"TaskClassificationItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            category_token_share = d.get("category_token_share", UNSET)

            category_usage_share = d.get("category_usage_share", UNSET)

            display_name = d.get("display_name", UNSET)

            macro_category = d.get("macro_category", UNSET)

            _field = "models"
            _raw_models = d.get("models", UNSET)
            models: Any = _raw_models
            if _raw_models is not None and _raw_models is not UNSET:
                models = [TaskClassificationModel.from_dict(models_item_data) for models_item_data in _raw_models]

            tag = d.get("tag", UNSET)

            token_share = d.get("token_share", UNSET)

            usage_share = d.get("usage_share", UNSET)

        except FieldParseError as error:
            raise error.within("TaskClassificationItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("TaskClassificationItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        task_classification_item = cls(
            category_token_share,
            category_usage_share,
            display_name,
            macro_category,
            models,
            tag,
            token_share,
            usage_share,
        )

        if not _DECLARED_KEYS.issuperset(d):
            task_classification_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return task_classification_item

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


TaskClassificationItem.__annotations__ = ResolvingAnnotations(
    TaskClassificationItem.__annotations__, _resolve_lazy_imports
)
