from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_beta_router_plugin_cost_tier import AutoBetaRouterPluginCostTier
from ..models.auto_beta_router_plugin_id import AutoBetaRouterPluginId
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="AutoBetaRouterPlugin")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"id", "allowed_models", "cost_quality_tradeoff", "cost_tier", "enabled", "excluded_models"}
)


@_attrs_define(repr=False)
class AutoBetaRouterPlugin:
    """
    Example:
        {'allowed_models': ['anthropic/*', 'openai/*'], 'cost_tier': 'low', 'enabled': True, 'excluded_models':
            ['openai/gpt-4o'], 'id': 'auto-beta-router'}

    Attributes:
        id (AutoBetaRouterPluginId):
        allowed_models (list[str] | Unset): List of model patterns to filter which models the auto-beta-router can route
            between. Supports wildcards (e.g., "anthropic/*" matches all Anthropic models). Up to 1024 patterns, each at
            most 1024 characters, with 65536 total characters across all patterns. When not specified, every model ranked
            for the classified task type is a candidate, falling back to a default model set when rankings are unavailable.
            Example: ['anthropic/*', 'openai/gpt-4o', 'google/*'].
        cost_quality_tradeoff (int | Unset): Deprecated: Use cost_tier instead. Balances routing between cost and
            quality on a 0-10 scale. The auto-beta-router ranks models for the classified task type by community spend
            share, then filters candidates by their average cost per generation for that task. Higher values favor cheaper
            models: 10 keeps only models around the cheapest 10th percentile, while 0 permits models up to the 90th
            percentile for cost. Defaults to 9 when no cost setting is provided. It remains supported and retains ceiling
            behavior, but cost_tier takes precedence when both are provided. Example: 9.
        cost_tier (AutoBetaRouterPluginCostTier | Unset): Named cost/quality setting. For auto-beta-router, tiers select
            cost-percentile bands: low = [0, 20), medium = [20, 40), high = [40, 60), xhigh = [60, 80), and max = [80, 100].
            Takes precedence over the deprecated numeric cost_quality_tradeoff when both are provided. Example: low.
        enabled (bool | Unset): Set to false to disable the auto-beta-router plugin for this request. Defaults to true.
        excluded_models (list[str] | Unset): List of model patterns to exclude from auto-beta-router selection. Supports
            wildcards (e.g., "meta-llama/*" excludes all Llama models). Up to 1024 patterns, each at most 1024 characters,
            with 65536 total characters across all patterns. Applied after allowed_models, so an excluded pattern always
            wins over an allowed one. Example: ['openai/gpt-4o', 'meta-llama/*'].
    """

    _id: AutoBetaRouterPluginId = _attrs_field(alias="id")
    allowed_models: list[str] | Unset = UNSET
    cost_quality_tradeoff: int | Unset = UNSET
    cost_tier: AutoBetaRouterPluginCostTier | Unset = UNSET
    enabled: bool | Unset = UNSET
    excluded_models: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> AutoBetaRouterPluginId:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("AutoBetaRouterPlugin", "id")
        return value

    @id.setter
    def id(self, value: AutoBetaRouterPluginId) -> None:
        self._id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"id={self._id!r}, "
            f"allowed_models={self.allowed_models!r}, "
            f"cost_quality_tradeoff={self.cost_quality_tradeoff!r}, "
            f"cost_tier={self.cost_tier!r}, "
            f"enabled={self.enabled!r}, "
            f"excluded_models={self.excluded_models!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        id: Any = self._id
        if not (isinstance(id, Unset) or id is None):
            id = self._id.value

        allowed_models: Any = self.allowed_models
        if not (isinstance(allowed_models, Unset) or allowed_models is None):
            allowed_models = self.allowed_models

        cost_quality_tradeoff: Any = self.cost_quality_tradeoff

        cost_tier: Any = self.cost_tier
        if not (isinstance(cost_tier, Unset) or cost_tier is None):
            cost_tier = cost_tier.value

        enabled: Any = self.enabled

        excluded_models: Any = self.excluded_models
        if not (isinstance(excluded_models, Unset) or excluded_models is None):
            excluded_models = self.excluded_models

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if allowed_models is not UNSET:
            field_dict["allowed_models"] = allowed_models
        if cost_quality_tradeoff is not UNSET:
            field_dict["cost_quality_tradeoff"] = cost_quality_tradeoff
        if cost_tier is not UNSET:
            field_dict["cost_tier"] = cost_tier
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if excluded_models is not UNSET:
            field_dict["excluded_models"] = excluded_models

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AutoBetaRouterPlugin and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "id" in data and not AutoBetaRouterPluginId.is_known(data["id"]):
            return False
        if "cost_tier" in data and not AutoBetaRouterPluginCostTier.is_known(data["cost_tier"]):
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
                    f"AutoBetaRouterPlugin is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "id"
            _raw_id = d.get("id", UNSET)
            id: Any = _raw_id
            if _raw_id is not None and _raw_id is not UNSET:
                id = AutoBetaRouterPluginId._value2member_map_.get(_raw_id) or AutoBetaRouterPluginId._parse(_raw_id)

            _field = "allowed_models"
            _raw_allowed_models = d.get("allowed_models", UNSET)
            allowed_models: Any = _raw_allowed_models
            if _raw_allowed_models is not None and _raw_allowed_models is not UNSET:
                allowed_models = cast("list[str]", _raw_allowed_models)

            cost_quality_tradeoff = d.get("cost_quality_tradeoff", UNSET)

            _field = "cost_tier"
            _raw_cost_tier = d.get("cost_tier", UNSET)
            cost_tier: Any = _raw_cost_tier
            if _raw_cost_tier is not None and _raw_cost_tier is not UNSET:
                cost_tier = AutoBetaRouterPluginCostTier._value2member_map_.get(
                    _raw_cost_tier
                ) or AutoBetaRouterPluginCostTier._parse(_raw_cost_tier)

            enabled = d.get("enabled", UNSET)

            _field = "excluded_models"
            _raw_excluded_models = d.get("excluded_models", UNSET)
            excluded_models: Any = _raw_excluded_models
            if _raw_excluded_models is not None and _raw_excluded_models is not UNSET:
                excluded_models = cast("list[str]", _raw_excluded_models)

        except FieldParseError as error:
            raise error.within("AutoBetaRouterPlugin", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AutoBetaRouterPlugin", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        auto_beta_router_plugin = cls(
            id,
            allowed_models,
            cost_quality_tradeoff,
            cost_tier,
            enabled,
            excluded_models,
        )

        if not _DECLARED_KEYS.issuperset(d):
            auto_beta_router_plugin.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return auto_beta_router_plugin

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
