"""The builder against the generated `ProviderPreferences`: same fields, same enums, same JSON.

These fail when the spec's ProviderPreferences gains a field (or an enum gains a value) the builder cannot send.
Skipped only while the generated package has not been produced yet.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given

from openrouter_ext.routing import (
    DATA_COLLECTION_POLICIES,
    QUANTIZATIONS,
    SORT_STRATEGIES,
    ProviderRouting,
)
from openrouter_ext.routing._providers import PROVIDER_DISPLAY_NAMES

generated = pytest.importorskip("openrouter_api.models", reason="generated/openrouter_api has not been generated yet")

from routing_samples import FULL_WIRE, wire_objects  # noqa: E402


def _enum_values(name: str) -> set[str]:
    return {member.value for member in getattr(generated, name)}


def test_every_field_of_the_generated_model_is_reachable_from_the_builder() -> None:
    spec_fields = {field.name for field in attrs.fields(generated.ProviderPreferences)} - {"additional_properties"}
    builder_fields = {field.alias for field in attrs.fields(ProviderRouting)}
    assert spec_fields == builder_fields
    for name in spec_fields:
        assert callable(getattr(ProviderRouting, name)), f"no builder method for {name}"


def test_closed_value_sets_match_the_spec_enums() -> None:
    assert set(QUANTIZATIONS) == _enum_values("Quantization")
    assert set(SORT_STRATEGIES) == _enum_values("ProviderSort")
    assert set(DATA_COLLECTION_POLICIES) == _enum_values("DataCollection")
    assert _enum_values("ProviderName") == PROVIDER_DISPLAY_NAMES


def test_display_names_from_the_spec_are_accepted_everywhere() -> None:
    names = sorted(PROVIDER_DISPLAY_NAMES)[:5]
    assert ProviderRouting().order(names).ignore("fake-slug").to_dict() == {"order": names, "ignore": ["fake-slug"]}


def test_build_gives_the_generated_model_with_the_same_json() -> None:
    routing = ProviderRouting.from_dict(FULL_WIRE)
    model = routing.build()
    assert isinstance(model, generated.ProviderPreferences)
    assert model.to_dict() == FULL_WIRE


def test_an_empty_builder_builds_an_empty_model() -> None:
    # The spec gives allow_fallbacks and require_parameters defaults; they must not appear unasked.
    assert ProviderRouting().build().to_dict() == {}


@given(wire_objects())
def test_any_wire_object_survives_a_trip_through_the_generated_model(wire: dict[str, Any]) -> None:
    routing = ProviderRouting.from_dict(wire)
    assert routing.build().to_dict() == wire
    assert ProviderRouting.from_dict(routing.build().to_dict()) == routing
