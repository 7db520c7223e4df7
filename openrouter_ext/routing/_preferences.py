"""`ProviderRouting`: an immutable builder for the request's `provider` object, and its value types."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from openrouter_ext._exceptions import InvalidRoutingError
from openrouter_ext.routing._values import (
    DATA_COLLECTION_POLICIES,
    MAX_PRICE_KEYS,
    PERCENTILE_KEYS,
    QUANTIZATIONS,
    SORT_PARTITIONS,
    SORT_STRATEGIES,
    as_tuple,
    check_bool,
    check_choice,
    check_known_keys,
    check_no_duplicates,
    check_non_negative_number,
    check_price,
    check_provider,
    check_string_tuple,
    price_string,
    provider_key,
)

if TYPE_CHECKING:
    from openrouter_api.models import (  # type: ignore[import-untyped, import-not-found, unused-ignore]
        ProviderPreferences,
    )

__all__ = ["MaxPrice", "PercentileCutoffs", "ProviderRouting", "SortBy"]

#: The legacy request-level `route` values and the `sort.partition` each one means today.
ROUTE_TO_PARTITION: Mapping[str, str] = {"fallback": "model", "sort": "none"}


def _as_mapping(field: str, data: object) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise InvalidRoutingError(f"{field} must be an object (a dict), got {data!r}")
    return data


# --- value types ------------------------------------------------------------------------------------------------------


def _validate_price(instance: MaxPrice, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        check_price(f"max_price.{attribute.name}", value)


@attrs.frozen(eq=False)
class MaxPrice:
    """Ceilings on what a provider may charge; a provider above any of them is not used at all.

    `prompt` and `completion` are USD per million tokens, `request` per request, `image` and `audio` per unit.
    Each value is a number or a numeric string. The published spec types these prices as strings, so a number goes
    on the wire as its exact decimal string (`1.5` -> `"1.5"`, `1e-7` -> `"0.0000001"`); a string as given.
    The attributes keep what the caller gave.

    Two of them are equal when they send the same JSON: `MaxPrice(prompt=1) == MaxPrice(prompt="1")`, so a builder
    read back from its own `to_dict()` equals it; `1` and `1.0` differ (`"1"` and `"1.0"` on the wire).
    """

    prompt: int | float | str | None = attrs.field(default=None, validator=_validate_price)
    completion: int | float | str | None = attrs.field(default=None, validator=_validate_price)
    request: int | float | str | None = attrs.field(default=None, validator=_validate_price)
    image: int | float | str | None = attrs.field(default=None, validator=_validate_price)
    audio: int | float | str | None = attrs.field(default=None, validator=_validate_price)

    def __attrs_post_init__(self) -> None:
        if not self.to_dict():
            raise InvalidRoutingError(f"max_price needs at least one of {', '.join(MAX_PRICE_KEYS)}")

    def to_dict(self) -> dict[str, str]:
        prices = {key: getattr(self, key) for key in MAX_PRICE_KEYS}
        return {key: price_string(value) for key, value in prices.items() if value is not None}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MaxPrice):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def __hash__(self) -> int:
        return hash(tuple(self.to_dict().items()))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MaxPrice:
        data = _as_mapping("max_price", data)
        check_known_keys("max_price", data, MAX_PRICE_KEYS)
        return cls(**data)


def _validate_cutoff(instance: PercentileCutoffs, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        check_non_negative_number(attribute.name, value)


@attrs.frozen
class PercentileCutoffs:
    """Per-percentile cutoffs for `preferred_min_throughput` or `preferred_max_latency`.

    Give at least one of `p50`, `p75`, `p90`, `p99`. Whether the values must rise or fall with the percentile depends
    on the preference they are used for; `ProviderRouting` checks that when they are attached.
    """

    p50: int | float | None = attrs.field(default=None, validator=_validate_cutoff)
    p75: int | float | None = attrs.field(default=None, validator=_validate_cutoff)
    p90: int | float | None = attrs.field(default=None, validator=_validate_cutoff)
    p99: int | float | None = attrs.field(default=None, validator=_validate_cutoff)

    def __attrs_post_init__(self) -> None:
        if not self.to_dict():
            raise InvalidRoutingError(f"percentile cutoffs need at least one of {', '.join(PERCENTILE_KEYS)}")

    def to_dict(self) -> dict[str, int | float]:
        cutoffs = {key: getattr(self, key) for key in PERCENTILE_KEYS}
        return {key: value for key, value in cutoffs.items() if value is not None}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, field: str = "percentile cutoffs") -> PercentileCutoffs:
        data = _as_mapping(field, data)
        check_known_keys(field, data, PERCENTILE_KEYS)
        return cls(**data)


def _validate_sort_by(instance: SortBy, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        check_choice("sort.by", value, SORT_STRATEGIES)


def _validate_partition(instance: SortBy, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        check_choice("sort.partition", value, SORT_PARTITIONS)


@attrs.frozen
class SortBy:
    """The object form of `sort`: a strategy (`by`) and how fallback models are partitioned while sorting.

    `partition="model"` (the API's default) sorts each model's providers separately, so fallback models stay
    fallbacks; `partition="none"` sorts the endpoints of all models together, so a fallback model's fast provider can
    beat the primary's slow one. Either may be left out, not both.
    """

    by: str | None = attrs.field(default=None, validator=_validate_sort_by)
    partition: str | None = attrs.field(default=None, validator=_validate_partition)

    def __attrs_post_init__(self) -> None:
        if not self.to_dict():
            raise InvalidRoutingError("sort: the object form needs 'by', 'partition' or both")

    def to_dict(self) -> dict[str, str]:
        wire = {}
        if self.by is not None:
            wire["by"] = self.by
        if self.partition is not None:
            wire["partition"] = self.partition
        return wire

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SortBy:
        data = _as_mapping("sort", data)
        check_known_keys("sort", data, ("by", "partition"))
        return cls(**data)


# --- converters and validators of ProviderRouting ---------------------------------------------------------------


def _sort_from_any(value: object) -> object:
    return SortBy.from_dict(value) if isinstance(value, Mapping) else value


def _max_price_from_any(value: object) -> object:
    return MaxPrice.from_dict(value) if isinstance(value, Mapping) else value


def _throughput_from_any(value: object) -> object:
    if isinstance(value, Mapping):
        return PercentileCutoffs.from_dict(value, field="preferred_min_throughput")
    return value


def _latency_from_any(value: object) -> object:
    if isinstance(value, Mapping):
        return PercentileCutoffs.from_dict(value, field="preferred_max_latency")
    return value


def _validate_providers(instance: ProviderRouting, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    field = attribute.alias or attribute.name
    for provider in check_string_tuple(field, value):
        check_provider(field, provider)
    check_no_duplicates(field, value, providers=True)


def _validate_flag(instance: ProviderRouting, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        check_bool(attribute.alias or attribute.name, value)


def _validate_data_collection(instance: ProviderRouting, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        check_choice("data_collection", value, DATA_COLLECTION_POLICIES)


def _validate_quantizations(instance: ProviderRouting, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    for quantization in check_string_tuple("quantizations", value):
        check_choice("quantizations", quantization, QUANTIZATIONS)
    check_no_duplicates("quantizations", value, providers=False)


def _validate_sort(instance: ProviderRouting, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, SortBy):
        check_choice("sort", value, SORT_STRATEGIES)


def _validate_max_price(instance: ProviderRouting, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, MaxPrice):
        raise InvalidRoutingError(f"max_price must be a MaxPrice or a dict, got {value!r}")


def _check_cutoffs_order(field: str, cutoffs: PercentileCutoffs, *, rising: bool) -> None:
    for (low_key, low_value), (high_key, high_value) in itertools.pairwise(cutoffs.to_dict().items()):
        if (high_value < low_value) if rising else (high_value > low_value):
            direction = "below" if rising else "above"
            raise InvalidRoutingError(
                f"{field}: {high_key} ({high_value!r}) is {direction} {low_key} ({low_value!r}); "
                f"{'latencies' if rising else 'throughputs'} at higher percentiles are the "
                f"{'slower' if rising else 'lower'} ones, so the cutoffs must "
                f"{'not fall' if rising else 'not rise'} from p50 to p99"
            )


def _validate_min_throughput(instance: ProviderRouting, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, PercentileCutoffs):
        _check_cutoffs_order("preferred_min_throughput", value, rising=False)
    elif value is not None:
        check_non_negative_number("preferred_min_throughput", value)


def _validate_max_latency(instance: ProviderRouting, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, PercentileCutoffs):
        _check_cutoffs_order("preferred_max_latency", value, rising=True)
    elif value is not None:
        check_non_negative_number("preferred_max_latency", value)


def _strings_argument(field: str, values: tuple[str | Sequence[str], ...]) -> tuple[object, ...]:
    # Both order("a", "b") and order(["a", "b"]) read naturally; mixing the two forms is refused.
    if len(values) == 1 and isinstance(values[0], (list, tuple)):
        return tuple(values[0])
    for value in values:
        if not isinstance(value, str):
            raise InvalidRoutingError(f"{field}: pass separate strings or one list, got {value!r} among them")
    return tuple(values)


_WIRE_KEYS: tuple[str, ...] = (
    "order",
    "only",
    "ignore",
    "allow_fallbacks",
    "require_parameters",
    "data_collection",
    "zdr",
    "enforce_distillable_text",
    "quantizations",
    "sort",
    "max_price",
    "preferred_min_throughput",
    "preferred_max_latency",
)


@attrs.frozen(repr=False)
class ProviderRouting:
    """An immutable builder for the `provider` object of chat, responses, messages and embeddings requests.

    Every method returns a new builder; the one it was called on is unchanged, so a shared base can be specialized
    freely::

        routing = ProviderRouting().order("anthropic", "openai").allow_fallbacks(False).zdr()
        routing.to_dict()
        # {"order": ["anthropic", "openai"], "allow_fallbacks": False, "zdr": True}

    A field left alone is not sent (the API then applies its default). A field set again replaces its previous
    value. Every value is checked when it is set, and contradictions between fields are refused as soon as they
    arise: an `InvalidRoutingError` (a `ValueError`) names the field, the bad value and what is allowed. Nothing
    the caller set is ever left out of `to_dict()`, and every value goes out as given, except that a price given as
    a number is written as its decimal string, the form the published spec asks for (see `MaxPrice`).

    Pass the builder itself as `provider=` to any request (the client serializes it with `to_dict()`), or use
    `build()` for the generated `ProviderPreferences` model. The keyword constructor takes the same fields as the
    wire object, so `ProviderRouting(**wire_dict)` and `ProviderRouting.from_dict(wire_dict)` agree.
    """

    _order: tuple[str, ...] | None = attrs.field(default=None, converter=as_tuple, validator=_validate_providers)
    _only: tuple[str, ...] | None = attrs.field(default=None, converter=as_tuple, validator=_validate_providers)
    _ignore: tuple[str, ...] | None = attrs.field(default=None, converter=as_tuple, validator=_validate_providers)
    _allow_fallbacks: bool | None = attrs.field(default=None, validator=_validate_flag)
    _require_parameters: bool | None = attrs.field(default=None, validator=_validate_flag)
    _data_collection: str | None = attrs.field(default=None, validator=_validate_data_collection)
    _zdr: bool | None = attrs.field(default=None, validator=_validate_flag)
    _enforce_distillable_text: bool | None = attrs.field(default=None, validator=_validate_flag)
    _quantizations: tuple[str, ...] | None = attrs.field(
        default=None, converter=as_tuple, validator=_validate_quantizations
    )
    _sort: str | SortBy | None = attrs.field(default=None, converter=_sort_from_any, validator=_validate_sort)
    _max_price: MaxPrice | None = attrs.field(
        default=None, converter=_max_price_from_any, validator=_validate_max_price
    )
    _preferred_min_throughput: int | float | PercentileCutoffs | None = attrs.field(
        default=None, converter=_throughput_from_any, validator=_validate_min_throughput
    )
    _preferred_max_latency: int | float | PercentileCutoffs | None = attrs.field(
        default=None, converter=_latency_from_any, validator=_validate_max_latency
    )

    def __attrs_post_init__(self) -> None:
        ignored = {provider_key(provider): provider for provider in self._ignore or ()}
        for field, providers in (("only", self._only), ("order", self._order)):
            for provider in providers or ():
                if provider_key(provider) in ignored:
                    raise InvalidRoutingError(
                        f"{provider!r} is both in {field} and in ignore ({ignored[provider_key(provider)]!r}); "
                        "a provider cannot be wanted and skipped at once"
                    )
        if self._allow_fallbacks is False and self._order == ():
            raise InvalidRoutingError(
                "allow_fallbacks=False with an empty order leaves no provider to try; "
                "name at least one provider in order, or leave order unset"
            )

    def __repr__(self) -> str:
        # Only what was set, written as the keyword call that rebuilds it.
        fields = ", ".join(
            f"{key}={getattr(self, '_' + key)!r}" for key in _WIRE_KEYS if getattr(self, "_" + key) is not None
        )
        return f"ProviderRouting({fields})"

    # --- provider lists ---

    def order(self, *providers: str | Sequence[str]) -> ProviderRouting:
        """Try these providers first, in this order (slugs such as "deepinfra/turbo" or display names)."""
        return attrs.evolve(self, order=_strings_argument("order", providers))

    def only(self, *providers: str | Sequence[str]) -> ProviderRouting:
        """Use no provider but these."""
        return attrs.evolve(self, only=_strings_argument("only", providers))

    def ignore(self, *providers: str | Sequence[str]) -> ProviderRouting:
        """Never use these providers."""
        return attrs.evolve(self, ignore=_strings_argument("ignore", providers))

    # --- switches ---

    def allow_fallbacks(self, allowed: bool = True) -> ProviderRouting:
        """Whether providers beyond the preferred ones may serve the request when those fail (API default: True)."""
        return attrs.evolve(self, allow_fallbacks=check_bool("allow_fallbacks", allowed))

    def require_parameters(self, required: bool = True) -> ProviderRouting:
        """Only use providers that support every parameter of the request (API default: False)."""
        return attrs.evolve(self, require_parameters=check_bool("require_parameters", required))

    def data_collection(self, policy: str) -> ProviderRouting:
        """ "allow" (API default) or "deny": "deny" avoids providers that may store or train on the data."""
        return attrs.evolve(self, data_collection=check_choice("data_collection", policy, DATA_COLLECTION_POLICIES))

    def zdr(self, enabled: bool = True) -> ProviderRouting:
        """Only use endpoints with a zero-data-retention policy."""
        return attrs.evolve(self, zdr=check_bool("zdr", enabled))

    def enforce_distillable_text(self, enabled: bool = True) -> ProviderRouting:
        """Only use models whose terms allow their output to be used for distillation."""
        return attrs.evolve(self, enforce_distillable_text=check_bool("enforce_distillable_text", enabled))

    def quantizations(self, *levels: str | Sequence[str]) -> ProviderRouting:
        """Only use endpoints serving the model at one of these quantization levels (see `QUANTIZATIONS`)."""
        return attrs.evolve(self, quantizations=_strings_argument("quantizations", levels))

    # --- ordering ---

    def sort(self, by: str | SortBy, *, partition: str | None = None) -> ProviderRouting:
        """Order providers by "price", "throughput", "latency" or "exacto" instead of the default balancing.

        Without `partition` the wire value is the plain string (`"sort": "price"`); with it, the object form
        (`"sort": {"by": "price", "partition": "none"}`). See `SortBy` for what the partitions mean.
        """
        if isinstance(by, SortBy):
            if partition is not None:
                raise InvalidRoutingError("sort: give the partition inside the SortBy, not beside it")
            return attrs.evolve(self, sort=by)
        if partition is None:
            return attrs.evolve(self, sort=check_choice("sort", by, SORT_STRATEGIES))
        return attrs.evolve(self, sort=SortBy(by=by, partition=partition))

    def route(self, route: str, *, by: str | None = None) -> ProviderRouting:
        """Express the deprecated request-level `route` with `sort.partition`, which replaces it.

        `"fallback"` becomes `partition="model"` and `"sort"` becomes `partition="none"`. The strategy is `by` if
        given, else the one already set with `sort()`, else none (`{"partition": ...}` alone).
        """
        partition = ROUTE_TO_PARTITION.get(route) if isinstance(route, str) else None
        if partition is None:
            raise InvalidRoutingError(f"route: {route!r} is not allowed; expected one of 'fallback', 'sort'")
        if by is None:
            current = self._sort
            by = current.by if isinstance(current, SortBy) else current
        return attrs.evolve(self, sort=SortBy(by=by, partition=partition))

    # --- ceilings and preferences ---

    def max_price(
        self,
        *,
        prompt: int | float | str | None = None,
        completion: int | float | str | None = None,
        request: int | float | str | None = None,
        image: int | float | str | None = None,
        audio: int | float | str | None = None,
    ) -> ProviderRouting:
        """Refuse providers charging more than this (see `MaxPrice`); replaces any earlier ceiling as a whole.

        Numbers and numeric strings are both accepted; on the wire each price is a string (`prompt=1` sends
        `"prompt": "1"`, `prompt="0.50"` sends `"0.50"`).
        """
        return attrs.evolve(
            self,
            max_price=MaxPrice(prompt=prompt, completion=completion, request=request, image=image, audio=audio),
        )

    def preferred_min_throughput(
        self,
        tokens_per_second: int | float | PercentileCutoffs | Mapping[str, Any] | None = None,
        *,
        p50: int | float | None = None,
        p75: int | float | None = None,
        p90: int | float | None = None,
        p99: int | float | None = None,
    ) -> ProviderRouting:
        """Deprioritize (not exclude) endpoints slower than this many tokens per second.

        A bare number applies to the median (p50) and is sent as a number. Percentile keywords are sent as an
        object. A throughput measured at a higher percentile is a slower one (p99 is what 99% of requests
        exceed), so the cutoffs must not rise from p50 to p99: `p50=100, p90=50` is accepted, `p50=50, p90=100` is
        refused because its p50 cutoff could never matter and most likely the direction was mixed up.
        """
        value = _number_or_cutoffs("preferred_min_throughput", tokens_per_second, p50, p75, p90, p99)
        return attrs.evolve(self, preferred_min_throughput=value)

    def preferred_max_latency(
        self,
        seconds: int | float | PercentileCutoffs | Mapping[str, Any] | None = None,
        *,
        p50: int | float | None = None,
        p75: int | float | None = None,
        p90: int | float | None = None,
        p99: int | float | None = None,
    ) -> ProviderRouting:
        """Deprioritize (not exclude) endpoints slower than this many seconds to respond.

        A bare number applies to the median (p50) and is sent as a number. Percentile keywords are sent as an
        object. A latency at a higher percentile is a longer one, so the cutoffs must not fall from p50 to p99:
        `p50=1, p99=5` is accepted, `p50=5, p99=1` is refused.
        """
        value = _number_or_cutoffs("preferred_max_latency", seconds, p50, p75, p90, p99)
        return attrs.evolve(self, preferred_max_latency=value)

    # --- presets: named compositions of the methods above ---

    @classmethod
    def cheapest(cls) -> ProviderRouting:
        """The lowest price first: `{"sort": "price"}` (what the `:floor` model variant does)."""
        return cls().sort("price")

    @classmethod
    def fastest(cls) -> ProviderRouting:
        """The highest throughput first: `{"sort": "throughput"}` (what the `:nitro` model variant does)."""
        return cls().sort("throughput")

    @classmethod
    def lowest_latency(cls) -> ProviderRouting:
        """The quickest to answer first: `{"sort": "latency"}`."""
        return cls().sort("latency")

    @classmethod
    def no_data_retention(cls) -> ProviderRouting:
        """Only endpoints that keep nothing: `{"data_collection": "deny", "zdr": true}`."""
        return cls().data_collection("deny").zdr()

    @classmethod
    def pinned(cls, provider: str) -> ProviderRouting:
        """This provider or an error, never another: `{"order": [provider], "allow_fallbacks": false}`."""
        return cls().order(provider).allow_fallbacks(False)

    @classmethod
    def price_cap(
        cls,
        *,
        prompt: int | float | str | None = None,
        completion: int | float | str | None = None,
        request: int | float | str | None = None,
        image: int | float | str | None = None,
        audio: int | float | str | None = None,
    ) -> ProviderRouting:
        """No provider above these prices: `{"max_price": {...}}`, each price sent as a string (see `max_price`).

        The request fails if no provider qualifies.
        """
        return cls().max_price(prompt=prompt, completion=completion, request=request, image=image, audio=audio)

    def without(self, *fields: str) -> ProviderRouting:
        """The same builder with these fields unset again (so the API default applies): `without("sort", "zdr")`.

        Setter methods never take None; this is the one way to take a field back out.
        """
        for field in fields:
            check_choice("without", field, _WIRE_KEYS)
        return attrs.evolve(self, **dict.fromkeys(fields))

    # --- conversions ---

    def to_dict(self) -> dict[str, Any]:
        """The `provider` object exactly as it goes on the wire: only the fields that were set."""
        wire: dict[str, Any] = {}
        for key in _WIRE_KEYS:
            value = getattr(self, f"_{key}")
            if value is None:
                continue
            if isinstance(value, tuple):
                wire[key] = list(value)
            elif isinstance(value, (SortBy, MaxPrice, PercentileCutoffs)):
                wire[key] = value.to_dict()
            else:
                wire[key] = value
        return wire

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ProviderRouting:
        """A builder from a wire `provider` object (a dict, or `ProviderPreferences.to_dict()`).

        An unknown key is an error rather than being dropped (the API refuses unknown keys too). `None` values are
        treated as absent. `max_price` values may be strings (the spec's form) or numbers (the form OpenRouter's
        docs show); `to_dict()` writes them as strings either way.
        """
        data = _as_mapping("provider", data)
        check_known_keys("provider", data, _WIRE_KEYS)
        return cls(**{key: value for key, value in data.items() if value is not None})

    def build(self) -> ProviderPreferences:
        """The generated `openrouter_api.models.ProviderPreferences` model holding the same JSON."""
        from openrouter_api.models import (  # type: ignore[import-untyped, import-not-found, unused-ignore]
            ProviderPreferences,
        )

        return ProviderPreferences.from_dict(self.to_dict())  # type: ignore[no-any-return, unused-ignore]


def _number_or_cutoffs(
    field: str,
    value: int | float | PercentileCutoffs | Mapping[str, Any] | None,
    p50: int | float | None,
    p75: int | float | None,
    p90: int | float | None,
    p99: int | float | None,
) -> int | float | PercentileCutoffs | Mapping[str, Any]:
    keywords_given = any(cutoff is not None for cutoff in (p50, p75, p90, p99))
    if value is not None and keywords_given:
        raise InvalidRoutingError(f"{field}: give either one value or percentile keywords, not both")
    if keywords_given:
        return PercentileCutoffs(p50=p50, p75=p75, p90=p90, p99=p99)
    if value is None:
        raise InvalidRoutingError(f"{field}: give a value or at least one of {', '.join(PERCENTILE_KEYS)}")
    return value
