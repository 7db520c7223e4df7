"""Property tests: whatever valid routing a caller builds survives to_dict/from_dict unchanged."""

from __future__ import annotations

import itertools
import json
import re
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from routing_samples import amounts, models, price_numbers, price_strings, wire_objects

from openrouter_ext.routing import (
    MAX_PRICE_KEYS,
    PERCENTILE_KEYS,
    QUANTIZATIONS,
    InvalidRoutingError,
    ModelSelection,
    ProviderRouting,
)

# A plain decimal: digits, optionally a fraction; no sign, no exponent, nothing but ASCII.
PLAIN_DECIMAL = re.compile(r"[0-9]+(\.[0-9]+)?")


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


@given(st.sampled_from(MAX_PRICE_KEYS), price_numbers)
def test_a_number_given_as_a_price_reaches_the_wire_as_its_exact_decimal_string(key: str, number: int | float) -> None:
    routing = ProviderRouting().max_price(**{key: number})
    sent = routing.to_dict()["max_price"][key]
    assert isinstance(sent, str)
    assert PLAIN_DECIMAL.fullmatch(sent), sent
    # The same amount as the number's repr, not a rounded neighbour: the string reads back as the same number.
    assert Decimal(sent) == Decimal(repr(number))
    assert type(number)(sent) == number
    # Read back from the wire, it is the same builder and sends the same string.
    assert ProviderRouting.from_dict(routing.to_dict()) == routing
    assert ProviderRouting.from_dict(routing.to_dict()).to_dict() == routing.to_dict()


@given(st.sampled_from(MAX_PRICE_KEYS), price_strings)
def test_a_numeric_string_given_as_a_price_goes_on_the_wire_unchanged(key: str, text: str) -> None:
    assert ProviderRouting().max_price(**{key: text}).to_dict() == {"max_price": {key: text}}


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
