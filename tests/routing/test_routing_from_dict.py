"""ProviderRouting.from_dict: every wire object comes back as the builder that sends it; nothing is dropped."""

from __future__ import annotations

import pytest
from routing_samples import FULL_WIRE

from openrouter_ext.routing import InvalidRoutingError, ProviderRouting


def test_a_full_wire_object_round_trips() -> None:
    routing = ProviderRouting.from_dict(FULL_WIRE)
    assert routing.to_dict() == FULL_WIRE
    assert ProviderRouting.from_dict(routing.to_dict()) == routing


def test_from_dict_equals_the_chained_builder() -> None:
    chained = ProviderRouting().sort("price", partition="model").max_price(prompt="0.5").zdr()
    assert (
        ProviderRouting.from_dict(
            {"sort": {"by": "price", "partition": "model"}, "max_price": {"prompt": "0.5"}, "zdr": True}
        )
        == chained
    )


def test_prices_may_be_numbers_or_strings_in_a_wire_object() -> None:
    # Strings are the published spec's form, numbers the form OpenRouter's docs show; both mean the same request.
    from_numbers = ProviderRouting.from_dict({"max_price": {"prompt": 1, "completion": 0.5, "image": 1e-7}})
    from_strings = ProviderRouting.from_dict({"max_price": {"prompt": "1", "completion": "0.5", "image": "0.0000001"}})
    assert from_numbers.to_dict() == {"max_price": {"prompt": "1", "completion": "0.5", "image": "0.0000001"}}
    assert from_numbers == from_strings
    assert ProviderRouting(max_price={"request": 2}).to_dict() == {"max_price": {"request": "2"}}


def test_bad_prices_in_a_wire_object_are_refused_naming_the_key() -> None:
    with pytest.raises(InvalidRoutingError, match=r"max_price.prompt must not be negative, got '-1'"):
        ProviderRouting.from_dict({"max_price": {"prompt": "-1"}})
    with pytest.raises(InvalidRoutingError, match=r"max_price.audio must be a number or a numeric string"):
        ProviderRouting.from_dict({"max_price": {"audio": "1,5"}})
    with pytest.raises(InvalidRoutingError, match=r"max_price.image must be a number, got True"):
        ProviderRouting.from_dict({"max_price": {"image": True}})


def test_the_string_and_object_sort_forms_stay_distinct() -> None:
    assert ProviderRouting.from_dict({"sort": "price"}).to_dict() == {"sort": "price"}
    assert ProviderRouting.from_dict({"sort": {"by": "price"}}).to_dict() == {"sort": {"by": "price"}}


def test_an_unknown_key_is_refused_not_dropped() -> None:
    with pytest.raises(InvalidRoutingError, match=r"provider: unknown key 'prefer'; expected 'order'"):
        ProviderRouting.from_dict({"order": ["openai"], "prefer": "cheap"})


def test_bad_values_in_a_dict_are_refused_like_in_the_builder() -> None:
    with pytest.raises(InvalidRoutingError, match="quantizations: 'q4'"):
        ProviderRouting.from_dict({"quantizations": ["q4"]})
    with pytest.raises(InvalidRoutingError, match="order must be a list of strings"):
        ProviderRouting.from_dict({"order": "openai"})
    with pytest.raises(InvalidRoutingError, match="max_price must be a MaxPrice or a dict"):
        ProviderRouting.from_dict({"max_price": 5})
    with pytest.raises(InvalidRoutingError, match="provider must be an object"):
        ProviderRouting.from_dict(["order"])  # type: ignore[arg-type]


def test_null_values_mean_unset() -> None:
    assert ProviderRouting.from_dict({"order": None, "zdr": True}).to_dict() == {"zdr": True}
