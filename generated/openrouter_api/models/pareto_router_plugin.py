from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pareto_router_plugin_id import ParetoRouterPluginId
from ..models.pareto_router_plugin_price_source import ParetoRouterPluginPriceSource
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ParetoRouterPlugin")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"id", "enabled", "max_price", "min_coding_score", "price_source"})


@_attrs_define(repr=False)
class ParetoRouterPlugin:
    """
    Example:
        {'enabled': True, 'id': 'pareto-router', 'max_price': 5, 'price_source': 'prompt'}

    Attributes:
        id (ParetoRouterPluginId):
        enabled (bool | Unset): Set to false to disable the pareto-router plugin for this request. Defaults to true.
        max_price (float | Unset): Maximum input price in USD per million tokens. When set, quality-tier selection
            (min_coding_score) is bypassed: the router computes the Pareto frontier over the top coding models and routes to
            the best-scoring frontier model priced at or below this cap, falling back through cheaper frontier models, then
            non-frontier models. Enforced against the price source given by price_source. Returns 404 when no candidate
            satisfies the cap. Example: 5.
        min_coding_score (float | Unset): Minimum coding quality score between 0 and 1. Maps to internal quality tiers:
            >= 0.66 → high (top coding models), >= 0.33 → medium (strong modern flagships), < 0.33 → low (capable coders
            above the median). Omit to default to the highest tier (equivalent to >= 0.66). Not used when max_price is set
            (price-based selection takes over). Example: 0.8.
        price_source (ParetoRouterPluginPriceSource | Unset): Price source for the Pareto frontier cost axis and for
            enforcing max_price. "prompt" uses catalog list price (endpoint.pricing.prompt). "weighted_avg" uses traffic-
            weighted effective input price from ClickHouse, falling back to prompt price for models without traffic data.
            Defaults to "prompt".
    """

    _id: ParetoRouterPluginId = _attrs_field(alias="id")
    enabled: bool | Unset = UNSET
    max_price: float | Unset = UNSET
    min_coding_score: float | Unset = UNSET
    price_source: ParetoRouterPluginPriceSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> ParetoRouterPluginId:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("ParetoRouterPlugin", "id")
        return value

    @id.setter
    def id(self, value: ParetoRouterPluginId) -> None:
        self._id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"id={self._id!r}, "
            f"enabled={self.enabled!r}, "
            f"max_price={self.max_price!r}, "
            f"min_coding_score={self.min_coding_score!r}, "
            f"price_source={self.price_source!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        id: Any = self._id
        if not (isinstance(id, Unset) or id is None):
            id = self._id.value

        enabled: Any = self.enabled

        max_price: Any = self.max_price

        min_coding_score: Any = self.min_coding_score

        price_source: Any = self.price_source
        if not (isinstance(price_source, Unset) or price_source is None):
            price_source = price_source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if max_price is not UNSET:
            field_dict["max_price"] = max_price
        if min_coding_score is not UNSET:
            field_dict["min_coding_score"] = min_coding_score
        if price_source is not UNSET:
            field_dict["price_source"] = price_source

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ParetoRouterPlugin and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "id" in data and not ParetoRouterPluginId.is_known(data["id"]):
            return False
        if "price_source" in data and not ParetoRouterPluginPriceSource.is_known(data["price_source"]):
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
                    f"ParetoRouterPlugin is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "id"
            _raw_id = d.get("id", UNSET)
            id: Any = _raw_id
            if _raw_id is not None and _raw_id is not UNSET:
                id = ParetoRouterPluginId._value2member_map_.get(_raw_id) or ParetoRouterPluginId._parse(_raw_id)

            enabled = d.get("enabled", UNSET)

            max_price = d.get("max_price", UNSET)

            min_coding_score = d.get("min_coding_score", UNSET)

            _field = "price_source"
            _raw_price_source = d.get("price_source", UNSET)
            price_source: Any = _raw_price_source
            if _raw_price_source is not None and _raw_price_source is not UNSET:
                price_source = ParetoRouterPluginPriceSource._value2member_map_.get(
                    _raw_price_source
                ) or ParetoRouterPluginPriceSource._parse(_raw_price_source)

        except FieldParseError as error:
            raise error.within("ParetoRouterPlugin", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ParetoRouterPlugin", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        pareto_router_plugin = cls(
            id,
            enabled,
            max_price,
            min_coding_score,
            price_source,
        )

        if not _DECLARED_KEYS.issuperset(d):
            pareto_router_plugin.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return pareto_router_plugin

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
