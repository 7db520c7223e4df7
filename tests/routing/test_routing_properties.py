"""Property tests: whatever valid routing a caller builds survives to_dict/from_dict unchanged."""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from routing_samples import amounts, models, wire_objects

from openrouter_ext.routing import PERCENTILE_KEYS, QUANTIZATIONS, InvalidRoutingError, ModelSelection, ProviderRouting


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
