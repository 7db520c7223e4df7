"""Property tests: whatever valid routing a caller builds survives to_dict/from_dict unchanged."""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openrouter_ext.routing import (
    DATA_COLLECTION_POLICIES,
    MAX_PRICE_KEYS,
    PERCENTILE_KEYS,
    QUANTIZATIONS,
    SORT_PARTITIONS,
    SORT_STRATEGIES,
    InvalidRoutingError,
    ModelSelection,
    ProviderRouting,
)

_word = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?", fullmatch=True)
slugs = st.one_of(_word, st.builds(lambda a, b: f"{a}/{b}", _word, _word))
provider_lists = st.lists(slugs, max_size=4, unique=True)
amounts = st.one_of(
    st.integers(min_value=0, max_value=10**6),
    st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False),
)
prices = st.one_of(amounts, st.decimals(min_value=0, max_value=1000, places=4).map(str))


def _sorted_cutoffs(descending: bool) -> st.SearchStrategy[dict[str, Any]]:
    def arrange(keys: list[str], values: list[int | float]) -> dict[str, Any]:
        ordered = sorted(values[: len(keys)], reverse=descending)
        return dict(zip([k for k in PERCENTILE_KEYS if k in keys], ordered, strict=True))

    keys = st.lists(st.sampled_from(PERCENTILE_KEYS), min_size=1, max_size=4, unique=True)
    return st.builds(arrange, keys, st.lists(amounts, min_size=4, max_size=4))


@st.composite
def wire_objects(draw: st.DrawFn) -> dict[str, Any]:
    wire: dict[str, Any] = {}
    order, only, ignore = draw(provider_lists), draw(provider_lists), draw(provider_lists)
    ignore = [provider for provider in ignore if provider not in only and provider not in order]
    for key, value in (("order", order), ("only", only), ("ignore", ignore)):
        if draw(st.booleans()):
            wire[key] = value
    for key in ("allow_fallbacks", "require_parameters", "zdr", "enforce_distillable_text"):
        flag = draw(st.none() | st.booleans())
        if flag is not None:
            wire[key] = flag
    if wire.get("allow_fallbacks") is False and wire.get("order") == []:
        del wire["order"]
    if draw(st.booleans()):
        wire["data_collection"] = draw(st.sampled_from(DATA_COLLECTION_POLICIES))
    if draw(st.booleans()):
        wire["quantizations"] = draw(st.lists(st.sampled_from(QUANTIZATIONS), unique=True))
    sort = draw(
        st.none()
        | st.sampled_from(SORT_STRATEGIES)
        | st.fixed_dictionaries(
            {"by": st.sampled_from(SORT_STRATEGIES)}, optional={"partition": st.sampled_from(SORT_PARTITIONS)}
        )
    )
    if sort is not None:
        wire["sort"] = sort
    if draw(st.booleans()):
        wire["max_price"] = draw(st.fixed_dictionaries({}, optional=dict.fromkeys(MAX_PRICE_KEYS, prices)).filter(bool))
    throughput = draw(st.none() | amounts | _sorted_cutoffs(descending=True))
    if throughput is not None:
        wire["preferred_min_throughput"] = throughput
    latency = draw(st.none() | amounts | _sorted_cutoffs(descending=False))
    if latency is not None:
        wire["preferred_max_latency"] = latency
    return wire


@given(wire_objects())
def test_any_valid_wire_object_round_trips_exactly(wire: dict[str, Any]) -> None:
    routing = ProviderRouting.from_dict(wire)
    assert routing.to_dict() == wire
    assert ProviderRouting.from_dict(routing.to_dict()) == routing
    assert ProviderRouting(**wire) == routing
    assert json.loads(json.dumps(routing.to_dict())) == routing.to_dict()


@given(wire_objects(), wire_objects())
def test_equal_builders_mean_equal_wire_objects(first: dict[str, Any], second: dict[str, Any]) -> None:
    same = ProviderRouting.from_dict(first) == ProviderRouting.from_dict(second)
    assert same == (first == second)


@given(st.text(max_size=8).filter(lambda text: text not in QUANTIZATIONS))
def test_any_unlisted_quantization_is_refused(level: str) -> None:
    with pytest.raises(InvalidRoutingError) as caught:
        ProviderRouting().quantizations(level)
    assert repr(level) in str(caught.value)


@given(st.lists(amounts, min_size=2, max_size=4))
def test_cutoff_direction_is_enforced_both_ways(values: list[int | float]) -> None:
    cutoffs = dict(zip(PERCENTILE_KEYS, values, strict=False))
    falling = all(later <= earlier for earlier, later in itertools.pairwise(values))
    rising = all(later >= earlier for earlier, later in itertools.pairwise(values))
    for method, accepted in (("preferred_min_throughput", falling), ("preferred_max_latency", rising)):
        try:
            getattr(ProviderRouting(), method)(cutoffs)
        except InvalidRoutingError:
            assert not accepted
        else:
            assert accepted


models = st.builds(lambda a, b: f"{a}/{b}", _word, _word)


@given(models, st.lists(models, max_size=6, unique=True))
def test_model_selections_round_trip_through_request_fields(primary: str, fallbacks: list[str]) -> None:
    fallbacks = [model for model in fallbacks if model != primary]
    selection = ModelSelection(primary, fallbacks=fallbacks)
    assert ModelSelection.from_params(selection.to_params()) == selection
    if len(fallbacks) <= 3:
        assert ModelSelection.from_params(selection.to_messages_params()) == selection
    else:
        with pytest.raises(InvalidRoutingError, match="at most 3"):
            selection.to_messages_params()
