from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unified_benchmarks_aa_item_source import UnifiedBenchmarksAAItemSource
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.unified_benchmark_pricing import UnifiedBenchmarkPricing

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, UnifiedBenchmarkPricing
    if _lazy_imports_resolved:
        return
    from ..models.unified_benchmark_pricing import UnifiedBenchmarkPricing  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="UnifiedBenchmarksAAItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"agentic_index", "coding_index", "display_name", "intelligence_index", "model_permaslug", "pricing", "source"}
)


@_attrs_define(repr=False)
class UnifiedBenchmarksAAItem:
    """
    Example:
        {'agentic_index': 58.3, 'coding_index': 65.8, 'display_name': 'GPT-4o', 'intelligence_index': 71.2,
            'model_permaslug': 'openai/gpt-4o', 'pricing': {'completion': '0.00001', 'prompt': '0.0000025'}, 'source':
            'artificial-analysis'}

    Attributes:
        agentic_index (float | None): Artificial Analysis Agentic Index composite score. Higher is better. Example:
            58.3.
        coding_index (float | None): Artificial Analysis Coding Index composite score. Higher is better. Example: 65.8.
        display_name (str): Model name as listed on Artificial Analysis. Example: GPT-4o.
        intelligence_index (float | None): Artificial Analysis Intelligence Index composite score. Higher is better.
            Example: 71.2.
        model_permaslug (str): Stable OpenRouter model identifier. Example: openai/gpt-4o.
        pricing (None | UnifiedBenchmarkPricing):
        source (UnifiedBenchmarksAAItemSource): Benchmark source discriminator.
    """

    _agentic_index: float | None = _attrs_field(alias="agentic_index")
    _coding_index: float | None = _attrs_field(alias="coding_index")
    _display_name: str = _attrs_field(alias="display_name")
    _intelligence_index: float | None = _attrs_field(alias="intelligence_index")
    _model_permaslug: str = _attrs_field(alias="model_permaslug")
    _pricing: None | UnifiedBenchmarkPricing = _attrs_field(alias="pricing")
    _source: UnifiedBenchmarksAAItemSource = _attrs_field(alias="source")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def agentic_index(self) -> float | None:
        value: Any = self._agentic_index
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksAAItem", "agentic_index")
        return value

    @agentic_index.setter
    def agentic_index(self, value: float | None) -> None:
        self._agentic_index = value

    @property
    def coding_index(self) -> float | None:
        value: Any = self._coding_index
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksAAItem", "coding_index")
        return value

    @coding_index.setter
    def coding_index(self, value: float | None) -> None:
        self._coding_index = value

    @property
    def display_name(self) -> str:
        value: Any = self._display_name
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksAAItem", "display_name")
        return value

    @display_name.setter
    def display_name(self, value: str) -> None:
        self._display_name = value

    @property
    def intelligence_index(self) -> float | None:
        value: Any = self._intelligence_index
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksAAItem", "intelligence_index")
        return value

    @intelligence_index.setter
    def intelligence_index(self, value: float | None) -> None:
        self._intelligence_index = value

    @property
    def model_permaslug(self) -> str:
        value: Any = self._model_permaslug
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksAAItem", "model_permaslug")
        return value

    @model_permaslug.setter
    def model_permaslug(self, value: str) -> None:
        self._model_permaslug = value

    @property
    def pricing(self) -> None | UnifiedBenchmarkPricing:
        value: Any = self._pricing
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksAAItem", "pricing")
        return value

    @pricing.setter
    def pricing(self, value: None | UnifiedBenchmarkPricing) -> None:
        self._pricing = value

    @property
    def source(self) -> UnifiedBenchmarksAAItemSource:
        value: Any = self._source
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksAAItem", "source")
        return value

    @source.setter
    def source(self, value: UnifiedBenchmarksAAItemSource) -> None:
        self._source = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"agentic_index={self._agentic_index!r}, "
            f"coding_index={self._coding_index!r}, "
            f"display_name={self._display_name!r}, "
            f"intelligence_index={self._intelligence_index!r}, "
            f"model_permaslug={self._model_permaslug!r}, "
            f"pricing={self._pricing!r}, "
            f"source={self._source!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        agentic_index: Any = self._agentic_index

        coding_index: Any = self._coding_index

        display_name: Any = self._display_name

        intelligence_index: Any = self._intelligence_index

        model_permaslug: Any = self._model_permaslug

        pricing: Any = self._pricing
        if not (isinstance(pricing, Unset) or pricing is None):
            if isinstance(self._pricing, UnifiedBenchmarkPricing):
                pricing = self._pricing.to_dict()
            else:
                pricing = self._pricing

        source: Any = self._source
        if not (isinstance(source, Unset) or source is None):
            source = self._source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if agentic_index is not UNSET:
            field_dict["agentic_index"] = agentic_index
        if coding_index is not UNSET:
            field_dict["coding_index"] = coding_index
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if intelligence_index is not UNSET:
            field_dict["intelligence_index"] = intelligence_index
        if model_permaslug is not UNSET:
            field_dict["model_permaslug"] = model_permaslug
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of UnifiedBenchmarksAAItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "agentic_index" not in data:
            return False
        if "coding_index" not in data:
            return False
        if "display_name" not in data:
            return False
        if "intelligence_index" not in data:
            return False
        if "model_permaslug" not in data:
            return False
        if "pricing" not in data:
            return False
        if "source" not in data:
            return False
        if "source" in data and not UnifiedBenchmarksAAItemSource.is_known(data["source"]):
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
                    f"UnifiedBenchmarksAAItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            agentic_index = d.get("agentic_index", UNSET)

            coding_index = d.get("coding_index", UNSET)

            display_name = d.get("display_name", UNSET)

            intelligence_index = d.get("intelligence_index", UNSET)

            model_permaslug = d.get("model_permaslug", UNSET)

            _field = "pricing"
            _raw_pricing = d.get("pricing", UNSET)
            pricing: Any = _raw_pricing
            if _raw_pricing is not None and _raw_pricing is not UNSET:
                pricing = (
                    UnifiedBenchmarkPricing.from_dict(_raw_pricing)
                    if type(_raw_pricing) is dict
                    else _parse_pricing(_raw_pricing)
                )

            _field = "source"
            _raw_source = d.get("source", UNSET)
            source: Any = _raw_source
            if _raw_source is not None and _raw_source is not UNSET:
                source = UnifiedBenchmarksAAItemSource._value2member_map_.get(
                    _raw_source
                ) or UnifiedBenchmarksAAItemSource._parse(_raw_source)

        except FieldParseError as error:
            raise error.within("UnifiedBenchmarksAAItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("UnifiedBenchmarksAAItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        unified_benchmarks_aa_item = cls(
            agentic_index,
            coding_index,
            display_name,
            intelligence_index,
            model_permaslug,
            pricing,
            source,
        )

        if not _DECLARED_KEYS.issuperset(d):
            unified_benchmarks_aa_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return unified_benchmarks_aa_item

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


UnifiedBenchmarksAAItem.__annotations__ = ResolvingAnnotations(
    UnifiedBenchmarksAAItem.__annotations__, _resolve_lazy_imports
)


def _parse_pricing(data: object) -> None | UnifiedBenchmarkPricing:
    if data is None:
        return data
    if UnifiedBenchmarkPricing._matches(data):
        try:
            pricing_type_0 = UnifiedBenchmarkPricing.from_dict(data)

            return pricing_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        pricing_type_0 = UnifiedBenchmarkPricing.from_dict(data)

        return pricing_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | UnifiedBenchmarkPricing", data)
