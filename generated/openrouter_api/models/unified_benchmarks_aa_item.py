from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unified_benchmarks_aa_item_source import UnifiedBenchmarksAAItemSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.unified_benchmark_pricing import UnifiedBenchmarkPricing

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, UnifiedBenchmarkPricing
    from ..models.unified_benchmark_pricing import UnifiedBenchmarkPricing  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="UnifiedBenchmarksAAItem")


@_attrs_define
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

    agentic_index: float | None
    coding_index: float | None
    display_name: str
    intelligence_index: float | None
    model_permaslug: str
    pricing: None | UnifiedBenchmarkPricing
    source: UnifiedBenchmarksAAItemSource
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        agentic_index: Any = self.agentic_index
        if not (isinstance(agentic_index, Unset) or agentic_index is None):
            agentic_index = self.agentic_index

        coding_index: Any = self.coding_index
        if not (isinstance(coding_index, Unset) or coding_index is None):
            coding_index = self.coding_index

        display_name: Any = self.display_name

        intelligence_index: Any = self.intelligence_index
        if not (isinstance(intelligence_index, Unset) or intelligence_index is None):
            intelligence_index = self.intelligence_index

        model_permaslug: Any = self.model_permaslug

        pricing: Any = self.pricing
        if not (isinstance(pricing, Unset) or pricing is None):
            if isinstance(self.pricing, UnifiedBenchmarkPricing):
                pricing = self.pricing.to_dict()
            else:
                pricing = self.pricing

        source: Any = self.source
        if not (isinstance(source, Unset) or source is None):
            source = self.source.value

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
        d = dict(src_dict)
        agentic_index = d.pop("agentic_index", UNSET)

        coding_index = d.pop("coding_index", UNSET)

        display_name = d.pop("display_name", UNSET)

        intelligence_index = d.pop("intelligence_index", UNSET)

        model_permaslug = d.pop("model_permaslug", UNSET)

        _raw_pricing = d.pop("pricing", UNSET)
        pricing: Any = _raw_pricing
        if _raw_pricing is not None and _raw_pricing is not UNSET:
            pricing = _parse_pricing(_raw_pricing)

        _raw_source = d.pop("source", UNSET)
        source: Any = _raw_source
        if _raw_source is not None and _raw_source is not UNSET:
            source = UnifiedBenchmarksAAItemSource._parse(_raw_source)

        unified_benchmarks_aa_item = cls(
            agentic_index=agentic_index,
            coding_index=coding_index,
            display_name=display_name,
            intelligence_index=intelligence_index,
            model_permaslug=model_permaslug,
            pricing=pricing,
            source=source,
        )

        unified_benchmarks_aa_item.additional_properties = d
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
