"""ProviderRouting: every field reaches the wire as written, every bad value is refused with a clear message."""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest

from openrouter_ext._exceptions import OpenRouterError
from openrouter_ext.routing import (
    DATA_COLLECTION_POLICIES,
    QUANTIZATIONS,
    SORT_STRATEGIES,
    InvalidRoutingError,
    MaxPrice,
    PercentileCutoffs,
    ProviderRouting,
    SortBy,
)

# --- each field on its own ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("routing", "expected"),
    [
        (ProviderRouting().order("anthropic", "openai"), {"order": ["anthropic", "openai"]}),
        (
            ProviderRouting().order(["deepinfra/turbo", "google-vertex/us-east5"]),
            {"order": ["deepinfra/turbo", "google-vertex/us-east5"]},
        ),
        (ProviderRouting().only("together"), {"only": ["together"]}),
        (ProviderRouting().ignore("azure", "mistral"), {"ignore": ["azure", "mistral"]}),
        (ProviderRouting().allow_fallbacks(False), {"allow_fallbacks": False}),
        (ProviderRouting().allow_fallbacks(), {"allow_fallbacks": True}),
        (ProviderRouting().require_parameters(), {"require_parameters": True}),
        (ProviderRouting().require_parameters(False), {"require_parameters": False}),
        (ProviderRouting().data_collection("deny"), {"data_collection": "deny"}),
        (ProviderRouting().data_collection("allow"), {"data_collection": "allow"}),
        (ProviderRouting().zdr(), {"zdr": True}),
        (ProviderRouting().zdr(False), {"zdr": False}),
        (ProviderRouting().enforce_distillable_text(), {"enforce_distillable_text": True}),
        (ProviderRouting().quantizations("fp8", "bf16"), {"quantizations": ["fp8", "bf16"]}),
        (ProviderRouting().quantizations(["int4"]), {"quantizations": ["int4"]}),
        (ProviderRouting().sort("throughput"), {"sort": "throughput"}),
        (ProviderRouting().sort("price", partition="none"), {"sort": {"by": "price", "partition": "none"}}),
        (ProviderRouting().sort(SortBy(by="latency")), {"sort": {"by": "latency"}}),
        (
            ProviderRouting().max_price(prompt=1, completion="2.5", request=0, image=0.01, audio="0"),
            {"max_price": {"prompt": "1", "completion": "2.5", "request": "0", "image": "0.01", "audio": "0"}},
        ),
        (ProviderRouting().preferred_min_throughput(50), {"preferred_min_throughput": 50}),
        (
            ProviderRouting().preferred_min_throughput(p50=100, p75=80, p90=50, p99=10),
            {"preferred_min_throughput": {"p50": 100, "p75": 80, "p90": 50, "p99": 10}},
        ),
        (ProviderRouting().preferred_max_latency(2.5), {"preferred_max_latency": 2.5}),
        (
            ProviderRouting().preferred_max_latency(p50=1, p99=4),
            {"preferred_max_latency": {"p50": 1, "p99": 4}},
        ),
        (
            ProviderRouting().preferred_max_latency({"p90": 3}),
            {"preferred_max_latency": {"p90": 3}},
        ),
    ],
)
def test_each_field_reaches_the_wire_exactly(routing: ProviderRouting, expected: dict[str, Any]) -> None:
    assert routing.to_dict() == expected
    json.dumps(routing.to_dict())  # plain JSON, nothing that needs a custom encoder


def test_an_empty_builder_sends_an_empty_object() -> None:
    assert ProviderRouting().to_dict() == {}


def test_every_wire_field_at_once() -> None:
    routing = (
        ProviderRouting()
        .order("anthropic")
        .only("anthropic", "openai")
        .ignore("azure")
        .allow_fallbacks(False)
        .require_parameters()
        .data_collection("deny")
        .zdr()
        .enforce_distillable_text(False)
        .quantizations("fp16")
        .sort("latency")
        .max_price(prompt="3")
        .preferred_min_throughput(20)
        .preferred_max_latency(p50=2)
    )
    assert routing.to_dict() == {
        "order": ["anthropic"],
        "only": ["anthropic", "openai"],
        "ignore": ["azure"],
        "allow_fallbacks": False,
        "require_parameters": True,
        "data_collection": "deny",
        "zdr": True,
        "enforce_distillable_text": False,
        "quantizations": ["fp16"],
        "sort": "latency",
        "max_price": {"prompt": "3"},
        "preferred_min_throughput": 20,
        "preferred_max_latency": {"p50": 2},
    }


# --- immutability and replacement -------------------------------------------------------------------------------------


def test_each_call_returns_a_new_builder_and_leaves_the_old_one_alone() -> None:
    base = ProviderRouting().sort("price")
    pinned = base.order("openai").allow_fallbacks(False)
    assert base.to_dict() == {"sort": "price"}
    assert pinned.to_dict() == {"sort": "price", "order": ["openai"], "allow_fallbacks": False}
    assert pinned is not base


def test_builders_are_frozen_and_hashable() -> None:
    routing = ProviderRouting().order("openai")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        routing._order = ("x",)  # type: ignore[misc]
    assert hash(routing) == hash(ProviderRouting().order(["openai"]))
    assert routing == ProviderRouting(order=["openai"])


def test_setting_a_field_again_replaces_it() -> None:
    routing = ProviderRouting().order("a", "b").order("c").max_price(prompt=1).max_price(completion=2)
    assert routing.to_dict() == {"order": ["c"], "max_price": {"completion": "2"}}


def test_the_keyword_constructor_takes_the_wire_fields() -> None:
    wire = {
        "order": ["openai"],
        "sort": {"by": "price", "partition": "model"},
        "max_price": {"prompt": "0.5"},
        "preferred_min_throughput": {"p50": 10},
        "preferred_max_latency": 3,
    }
    assert ProviderRouting(**wire).to_dict() == wire


def test_repr_shows_only_what_was_set() -> None:
    assert repr(ProviderRouting().zdr().order("openai")) == "ProviderRouting(order=('openai',), zdr=True)"


def test_without_unsets_fields_so_the_api_default_applies() -> None:
    routing = ProviderRouting.no_data_retention().sort("price").without("zdr", "sort")
    assert routing.to_dict() == {"data_collection": "deny"}
    with pytest.raises(InvalidRoutingError, match=r"without: 'provider' is not allowed; expected one of 'order'"):
        routing.without("provider")


@pytest.mark.parametrize("method", ["order", "only", "ignore", "data_collection", "sort", "quantizations"])
def test_setters_do_not_take_none_to_mean_unset(method: str) -> None:
    with pytest.raises(InvalidRoutingError, match=method):
        getattr(ProviderRouting(), method)(None)
    with pytest.raises(InvalidRoutingError, match="max_price needs at least one of"):
        ProviderRouting().max_price(prompt=None)


# --- presets ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("preset", "expected"),
    [
        (ProviderRouting.cheapest(), {"sort": "price"}),
        (ProviderRouting.fastest(), {"sort": "throughput"}),
        (ProviderRouting.lowest_latency(), {"sort": "latency"}),
        (ProviderRouting.no_data_retention(), {"data_collection": "deny", "zdr": True}),
        (ProviderRouting.pinned("anthropic"), {"order": ["anthropic"], "allow_fallbacks": False}),
        (ProviderRouting.price_cap(prompt=1, completion="2"), {"max_price": {"prompt": "1", "completion": "2"}}),
    ],
)
def test_presets_send_their_documented_json(preset: ProviderRouting, expected: dict[str, Any]) -> None:
    assert preset.to_dict() == expected


def test_presets_compose_with_further_calls() -> None:
    routing = ProviderRouting.no_data_retention().sort("throughput").ignore("azure")
    assert routing.to_dict() == {"data_collection": "deny", "zdr": True, "sort": "throughput", "ignore": ["azure"]}


def test_pinned_refuses_a_bad_slug() -> None:
    with pytest.raises(InvalidRoutingError, match="order"):
        ProviderRouting.pinned("")


def test_price_cap_needs_a_price() -> None:
    with pytest.raises(InvalidRoutingError, match="max_price needs at least one of"):
        ProviderRouting.price_cap()


# --- the deprecated `route` ------------------------------------------------------------------------------------------


def test_route_fallback_becomes_partition_model() -> None:
    routing = ProviderRouting().sort("price").route("fallback")
    assert routing.to_dict() == {"sort": {"by": "price", "partition": "model"}}


def test_route_sort_becomes_partition_none_and_keeps_the_object_strategy() -> None:
    routing = ProviderRouting().sort("latency", partition="model").route("sort")
    assert routing.to_dict() == {"sort": {"by": "latency", "partition": "none"}}


def test_route_with_an_explicit_strategy() -> None:
    assert ProviderRouting().route("fallback", by="throughput").to_dict() == {
        "sort": {"by": "throughput", "partition": "model"}
    }


def test_route_without_a_strategy_sends_the_partition_alone() -> None:
    assert ProviderRouting().route("fallback").to_dict() == {"sort": {"partition": "model"}}


def test_unknown_route_is_an_error_naming_the_allowed_ones() -> None:
    with pytest.raises(InvalidRoutingError, match=r"'cheapest'.*'fallback', 'sort'"):
        ProviderRouting().sort("price").route("cheapest")


# --- closed value sets ------------------------------------------------------------------------------------------------


def test_every_listed_quantization_is_accepted() -> None:
    assert ProviderRouting().quantizations(*QUANTIZATIONS).to_dict() == {"quantizations": list(QUANTIZATIONS)}


@pytest.mark.parametrize("bad", ["fp9", "FP8", "int 4", ""])
def test_unknown_quantization_names_the_value_and_the_allowed_ones(bad: str) -> None:
    with pytest.raises(InvalidRoutingError) as caught:
        ProviderRouting().quantizations("fp8", bad)
    message = str(caught.value)
    assert repr(bad) in message
    assert all(repr(level) in message for level in QUANTIZATIONS)


@pytest.mark.parametrize("strategy", SORT_STRATEGIES)
def test_every_sort_strategy_is_accepted_in_both_forms(strategy: str) -> None:
    assert ProviderRouting().sort(strategy).to_dict() == {"sort": strategy}
    assert ProviderRouting().sort(strategy, partition="model").to_dict() == {
        "sort": {"by": strategy, "partition": "model"}
    }


@pytest.mark.parametrize("bad", ["cost", "Price", "speed", ""])
def test_unknown_sort_names_the_value_and_the_allowed_ones(bad: str) -> None:
    with pytest.raises(InvalidRoutingError) as caught:
        ProviderRouting().sort(bad)
    assert repr(bad) in str(caught.value)
    assert all(repr(strategy) in str(caught.value) for strategy in SORT_STRATEGIES)


def test_unknown_sort_inside_the_object_form_is_refused() -> None:
    with pytest.raises(InvalidRoutingError, match=r"sort.by: 'cost'"):
        ProviderRouting().sort("cost", partition="model")
    with pytest.raises(InvalidRoutingError, match=r"sort.by: 'cost'"):
        ProviderRouting(sort={"by": "cost"})


def test_unknown_partition_names_the_allowed_ones() -> None:
    with pytest.raises(InvalidRoutingError, match=r"sort.partition: 'models'.*'model', 'none'"):
        ProviderRouting().sort("price", partition="models")


def test_sort_object_needs_a_key_and_knows_its_keys() -> None:
    assert ProviderRouting(sort={"partition": "none"}).to_dict() == {"sort": {"partition": "none"}}
    with pytest.raises(InvalidRoutingError, match="needs 'by', 'partition' or both"):
        ProviderRouting(sort={})
    with pytest.raises(InvalidRoutingError, match="unknown key 'order'"):
        ProviderRouting(sort={"by": "price", "order": "asc"})


def test_partition_beside_a_sortby_is_refused() -> None:
    with pytest.raises(InvalidRoutingError, match="inside the SortBy"):
        ProviderRouting().sort(SortBy(by="price"), partition="none")


@pytest.mark.parametrize("bad", ["disallow", "Deny", "no", True])
def test_unknown_data_collection_names_the_allowed_ones(bad: object) -> None:
    with pytest.raises(InvalidRoutingError) as caught:
        ProviderRouting().data_collection(bad)  # type: ignore[arg-type]
    assert repr(bad) in str(caught.value)
    assert all(repr(policy) in str(caught.value) for policy in DATA_COLLECTION_POLICIES)


@pytest.mark.parametrize("bad", ["p95", "P50", "median", "50"])
def test_unknown_percentile_key_names_the_allowed_ones(bad: str) -> None:
    for method in (ProviderRouting().preferred_min_throughput, ProviderRouting().preferred_max_latency):
        with pytest.raises(InvalidRoutingError) as caught:
            method({bad: 1})
        assert repr(bad) in str(caught.value)
        assert "'p50', 'p75', 'p90', 'p99'" in str(caught.value)


def test_percentile_error_names_the_preference() -> None:
    with pytest.raises(InvalidRoutingError, match=r"^preferred_max_latency: unknown key 'p95'"):
        ProviderRouting(preferred_max_latency={"p95": 1})


# --- booleans and numbers ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["allow_fallbacks", "require_parameters", "zdr", "enforce_distillable_text"])
@pytest.mark.parametrize("bad", [1, 0, "true", None])
def test_switches_take_only_real_booleans(method: str, bad: object) -> None:
    with pytest.raises(InvalidRoutingError, match=f"{method} must be True or False"):
        getattr(ProviderRouting(), method)(bad)


@pytest.mark.parametrize("key", ["prompt", "completion", "request", "image", "audio"])
@pytest.mark.parametrize(
    "bad",
    [
        -1,
        -0.01,
        "-0.5",
        "abc",
        "",
        " 1",
        "1 ",
        "nan",
        "inf",
        "Infinity",
        float("nan"),
        float("inf"),
        True,
        [1],
        # Decimal() reads these, the server would not: they go on the wire as given, so they are refused here.
        "1_000",
        "\uff11",  # a fullwidth digit one
        "0x10",
        "1e",
        ".",
        "1.2.3",
    ],
)
def test_bad_prices_are_refused_naming_the_key(key: str, bad: object) -> None:
    with pytest.raises(InvalidRoutingError, match=f"max_price.{key}"):
        ProviderRouting().max_price(**{key: bad})


def test_prices_go_on_the_wire_as_the_strings_the_spec_asks_for() -> None:
    routing = ProviderRouting().max_price(prompt="0.50", completion=0.5, request=1, image=1e-7, audio=1e22)
    assert routing.to_dict()["max_price"] == {
        "prompt": "0.50",  # a string as given, trailing zero and all
        "completion": "0.5",
        "request": "1",
        "image": "0.0000001",  # never "1e-07"
        "audio": "10000000000000000000000",
    }


@pytest.mark.parametrize(
    ("number", "sent"),
    [
        (0, "0"),
        (0.0, "0.0"),
        (-0.0, "0.0"),  # not "-0.0": a price carries no sign
        (2.5, "2.5"),
        (0.1 + 0.2, "0.30000000000000004"),  # the float's own digits, not the binary expansion nor a rounding
        (1.5e-8, "0.000000015"),
        (123456789012345678901234567890, "123456789012345678901234567890"),
        (5e-324, "0." + "0" * 323 + "5"),
    ],
)
def test_each_number_is_sent_as_its_exact_decimal_string(number: int | float, sent: str) -> None:
    assert ProviderRouting().max_price(prompt=number).to_dict() == {"max_price": {"prompt": sent}}


def test_a_float_subclass_is_sent_by_its_value_not_its_repr() -> None:
    class Price(float):
        def __repr__(self) -> str:
            return f"Price({float(self)!r})"

    assert ProviderRouting().max_price(prompt=Price(0.25)).to_dict() == {"max_price": {"prompt": "0.25"}}


@pytest.mark.parametrize("text", ["1e-7", "2.", ".5", "+3", "0.000", "007"])
def test_numeric_strings_in_other_notations_are_sent_as_given(text: str) -> None:
    assert ProviderRouting().max_price(completion=text).to_dict() == {"max_price": {"completion": text}}


def test_max_price_keeps_what_the_caller_gave_and_compares_by_what_it_sends() -> None:
    price = MaxPrice(prompt=1, completion="0.5")
    assert (price.prompt, price.completion) == (1, "0.5")
    assert price == MaxPrice(prompt="1", completion=0.5)
    assert hash(price) == hash(MaxPrice(prompt="1", completion=0.5))
    assert ProviderRouting().max_price(prompt=1) == ProviderRouting().max_price(prompt="1")
    # 1 == 1.0 in Python, but they send "1" and "1.0": not the same request.
    assert MaxPrice(prompt=1) != MaxPrice(prompt=1.0)
    assert MaxPrice(prompt="0.5") != MaxPrice(prompt="0.50")
    assert MaxPrice(prompt=1) != MaxPrice(prompt=1, request=1)
    assert MaxPrice(prompt=1) != {"prompt": "1"}


def test_unknown_max_price_key_is_refused() -> None:
    with pytest.raises(InvalidRoutingError, match=r"max_price: unknown key 'tokens'"):
        ProviderRouting(max_price={"tokens": 1})


@pytest.mark.parametrize("bad", [-1, -0.5, float("inf"), float("nan"), "10", True])
def test_bad_throughput_and_latency_are_refused(bad: object) -> None:
    with pytest.raises(InvalidRoutingError, match="preferred_min_throughput"):
        ProviderRouting().preferred_min_throughput(bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidRoutingError, match="preferred_max_latency"):
        ProviderRouting().preferred_max_latency(bad)  # type: ignore[arg-type]


def test_negative_percentile_cutoff_is_refused() -> None:
    with pytest.raises(InvalidRoutingError, match="p90 must not be negative"):
        ProviderRouting().preferred_min_throughput(p50=10, p90=-1)


def test_a_number_and_percentile_keywords_together_are_refused() -> None:
    with pytest.raises(InvalidRoutingError, match="either one value or percentile keywords"):
        ProviderRouting().preferred_max_latency(2, p90=3)


def test_a_preference_call_without_any_value_is_refused() -> None:
    with pytest.raises(InvalidRoutingError, match="give a value or at least one of"):
        ProviderRouting().preferred_min_throughput()
    with pytest.raises(InvalidRoutingError, match="at least one of"):
        PercentileCutoffs()


def test_zero_is_a_valid_price_and_cutoff() -> None:
    routing = ProviderRouting().max_price(prompt=0).preferred_min_throughput(0).preferred_max_latency(p50=0)
    assert routing.to_dict() == {
        "max_price": {"prompt": "0"},
        "preferred_min_throughput": 0,
        "preferred_max_latency": {"p50": 0},
    }


# --- percentile direction ---------------------------------------------------------------------------------------------


def test_throughput_cutoffs_may_fall_from_p50_to_p99() -> None:
    routing = ProviderRouting().preferred_min_throughput(p50=100, p75=100, p90=60, p99=20)
    assert routing.to_dict()["preferred_min_throughput"] == {"p50": 100, "p75": 100, "p90": 60, "p99": 20}


def test_throughput_cutoffs_rising_with_the_percentile_are_refused() -> None:
    with pytest.raises(InvalidRoutingError, match=r"preferred_min_throughput: p90 \(80\) is above p50 \(50\)"):
        ProviderRouting().preferred_min_throughput(p50=50, p90=80)


def test_latency_cutoffs_may_rise_from_p50_to_p99() -> None:
    routing = ProviderRouting().preferred_max_latency(p50=1, p75=1, p90=2, p99=5)
    assert routing.to_dict()["preferred_max_latency"] == {"p50": 1, "p75": 1, "p90": 2, "p99": 5}


def test_latency_cutoffs_falling_with_the_percentile_are_refused() -> None:
    with pytest.raises(InvalidRoutingError, match=r"preferred_max_latency: p99 \(1\) is below p75 \(3\)"):
        ProviderRouting().preferred_max_latency(p75=3, p99=1)


def test_the_direction_is_checked_for_cutoff_objects_too() -> None:
    with pytest.raises(InvalidRoutingError, match="preferred_max_latency"):
        ProviderRouting().preferred_max_latency(PercentileCutoffs(p50=5, p90=1))
    with pytest.raises(InvalidRoutingError, match="preferred_min_throughput"):
        ProviderRouting(preferred_min_throughput={"p50": 1, "p99": 5})


# --- provider names and contradictions --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "slug", ["openai", "deepinfra/turbo", "google-vertex/us-east5", "z-ai", "a", "novita.ai", "fireworks_ai"]
)
def test_provider_slugs_of_any_name_are_accepted(slug: str) -> None:
    assert ProviderRouting().only(slug).to_dict() == {"only": [slug]}


@pytest.mark.parametrize(
    "bad", ["", "Open AI", "openai/", "/turbo", "a/b/c", "-openai", "openai ", "deep infra", "OPENAI", 3, None]
)
def test_malformed_provider_slugs_are_refused(bad: object) -> None:
    for method in ("order", "only", "ignore"):
        with pytest.raises(InvalidRoutingError, match=f"^{method}: "):
            getattr(ProviderRouting(), method)(bad)


def test_a_provider_listed_twice_is_refused_not_merged() -> None:
    with pytest.raises(InvalidRoutingError, match="'openai' is listed twice"):
        ProviderRouting().order("openai", "anthropic", "openai")
    with pytest.raises(InvalidRoutingError, match="'fp8' is listed twice"):
        ProviderRouting().quantizations("fp8", "fp8")


def test_mixing_separate_strings_and_a_list_is_refused() -> None:
    with pytest.raises(InvalidRoutingError, match="separate strings or one list"):
        ProviderRouting().order("openai", ["anthropic"])


def test_the_same_provider_in_only_and_ignore_is_a_contradiction() -> None:
    with pytest.raises(InvalidRoutingError, match="'openai' is both in only and in ignore"):
        ProviderRouting().only("openai", "anthropic").ignore("openai")
    # whichever comes first
    with pytest.raises(InvalidRoutingError, match="both in only and in ignore"):
        ProviderRouting().ignore("openai").only("openai")


def test_the_same_provider_in_order_and_ignore_is_a_contradiction() -> None:
    with pytest.raises(InvalidRoutingError, match="'together' is both in order and in ignore"):
        ProviderRouting().ignore("together").order("together")


def test_different_providers_in_only_and_ignore_are_fine() -> None:
    routing = ProviderRouting().only("openai").ignore("azure")
    assert routing.to_dict() == {"only": ["openai"], "ignore": ["azure"]}


def test_no_fallbacks_with_an_empty_order_is_a_contradiction() -> None:
    with pytest.raises(InvalidRoutingError, match="empty order leaves no provider"):
        ProviderRouting().order().allow_fallbacks(False)
    with pytest.raises(InvalidRoutingError, match="empty order leaves no provider"):
        ProviderRouting().allow_fallbacks(False).order([])


def test_no_fallbacks_without_any_order_keeps_the_top_provider_only() -> None:
    # Documented API behaviour: the best-ranked provider or nothing.
    assert ProviderRouting().allow_fallbacks(False).to_dict() == {"allow_fallbacks": False}


def test_an_empty_order_with_fallbacks_is_sent_as_given() -> None:
    assert ProviderRouting().order().to_dict() == {"order": []}


# --- errors -----------------------------------------------------------------------------------------------------------


def test_routing_errors_are_value_errors_and_part_of_the_client_hierarchy() -> None:
    with pytest.raises(ValueError, match="fp9"):
        ProviderRouting().quantizations("fp9")
    assert issubclass(InvalidRoutingError, OpenRouterError)


def test_value_types_have_their_own_wire_form() -> None:
    assert MaxPrice(image="0.1").to_dict() == {"image": "0.1"}
    assert MaxPrice(image=0.1, audio=3).to_dict() == {"image": "0.1", "audio": "3"}
    assert PercentileCutoffs(p99=7).to_dict() == {"p99": 7}
    assert SortBy(by="exacto").to_dict() == {"by": "exacto"}
    assert MaxPrice.from_dict({"audio": 2}) == MaxPrice(audio=2) == MaxPrice.from_dict({"audio": "2"})
    assert SortBy.from_dict({"by": "price", "partition": "none"}) == SortBy(by="price", partition="none")


@pytest.mark.parametrize("name", ["OpenAI", "Google AI Studio", "Z.AI", "Amazon Bedrock", "VoyageAI by MongoDB"])
def test_display_names_from_the_spec_are_accepted(name: str) -> None:
    assert ProviderRouting().order(name).to_dict() == {"order": [name]}


def test_a_display_name_and_its_slug_are_the_same_provider() -> None:
    with pytest.raises(InvalidRoutingError, match="'google-ai-studio' is both in only and in ignore"):
        ProviderRouting().ignore("Google AI Studio").only("google-ai-studio")
    with pytest.raises(InvalidRoutingError, match="listed twice"):
        ProviderRouting().order("OpenAI", "openai")
