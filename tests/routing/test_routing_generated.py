"""The builder against the published `ProviderPreferences`: same fields, same enums, same JSON.

These fail when the pinned spec's ProviderPreferences gains a field, an enum gains a value, or a nested object
(max_price, the percentile cutoffs, the sort object) gains a key the builder cannot send. The closed sets are read
from the spec document itself, so they do not depend on the names the generator gives nullable enums.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from hypothesis import given
from openrouter_api.models.provider_name import ProviderName
from openrouter_api.models.provider_preferences import ProviderPreferences
from openrouter_api.models.provider_sort import ProviderSort
from openrouter_api.models.quantization import Quantization
from routing_samples import FULL_WIRE, wire_objects

from openrouter_ext.routing import (
    DATA_COLLECTION_POLICIES,
    MAX_PRICE_KEYS,
    PERCENTILE_KEYS,
    QUANTIZATIONS,
    SORT_PARTITIONS,
    SORT_STRATEGIES,
    ProviderRouting,
)
from openrouter_ext.routing._preferences import MaxPrice, PercentileCutoffs, SortBy
from openrouter_ext.routing._providers import PROVIDER_DISPLAY_NAMES

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "openrouter.yaml"


@pytest.fixture(scope="module")
def schemas() -> dict[str, Any]:
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    found: dict[str, Any] = spec["components"]["schemas"]
    return found


def _resolve(schemas: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _enum(schema: dict[str, Any]) -> set[str]:
    # A nullable enum lists null among its values; null is "not set" for the builder, never a choice.
    return {value for value in schema["enum"] if value is not None}


def _branches(schemas: dict[str, Any], schema: dict[str, Any]) -> list[dict[str, Any]]:
    return [_resolve(schemas, branch) for branch in schema.get("anyOf", [schema]) if branch.get("type") != "null"]


def test_every_field_of_the_published_model_is_reachable_from_the_builder(schemas: dict[str, Any]) -> None:
    spec_fields = set(schemas["ProviderPreferences"]["properties"])
    generated_fields = {field.name for field in attrs.fields(ProviderPreferences)} - {"additional_properties"}
    builder_fields = {field.alias for field in attrs.fields(ProviderRouting)}
    assert spec_fields == generated_fields == builder_fields
    for name in spec_fields:
        assert callable(getattr(ProviderRouting, name)), f"no builder method for {name}"


def test_closed_value_sets_match_the_spec_enums(schemas: dict[str, Any]) -> None:
    properties = schemas["ProviderPreferences"]["properties"]
    assert set(DATA_COLLECTION_POLICIES) == _enum(properties["data_collection"])
    assert set(QUANTIZATIONS) == _enum(_resolve(schemas, properties["quantizations"]["items"]))

    sort_branches = _branches(schemas, properties["sort"])
    assert [branch.get("type") for branch in sort_branches] == ["string", "object"]
    plain, config = sort_branches
    assert set(SORT_STRATEGIES) == _enum(plain) == _enum(config["properties"]["by"])
    assert set(config["properties"]) == {field.name for field in attrs.fields(SortBy)}
    assert set(SORT_PARTITIONS) == _enum(config["properties"]["partition"])

    # The generated enums hold the same values (what `build()` hands over).
    assert {member.value for member in Quantization} == set(QUANTIZATIONS)
    assert {member.value for member in ProviderSort} == set(SORT_STRATEGIES)


def test_nested_objects_have_the_spec_keys(schemas: dict[str, Any]) -> None:
    properties = schemas["ProviderPreferences"]["properties"]
    assert set(MAX_PRICE_KEYS) == set(properties["max_price"]["properties"])
    assert set(MAX_PRICE_KEYS) == {field.name for field in attrs.fields(MaxPrice)}
    # Why MaxPrice.to_dict() writes every price as a string; if the spec ever takes numbers, revisit that.
    assert {key: schema.get("type") for key, schema in properties["max_price"]["properties"].items()} == dict.fromkeys(
        MAX_PRICE_KEYS, "string"
    )
    for field in ("preferred_min_throughput", "preferred_max_latency"):
        branches = _branches(schemas, _resolve(schemas, properties[field]))
        assert [branch["type"] for branch in branches] == ["number", "object"], field
        assert set(branches[1]["properties"]) == set(PERCENTILE_KEYS), field
    assert set(PERCENTILE_KEYS) == {field.name for field in attrs.fields(PercentileCutoffs)}


def test_provider_names_match_the_spec(schemas: dict[str, Any]) -> None:
    assert _enum(schemas["ProviderName"]) == PROVIDER_DISPLAY_NAMES
    assert {member.value for member in ProviderName} == PROVIDER_DISPLAY_NAMES


def test_display_names_from_the_spec_are_accepted_everywhere() -> None:
    names = sorted(PROVIDER_DISPLAY_NAMES)[:5]
    assert ProviderRouting().order(names).ignore("fake-slug").to_dict() == {"order": names, "ignore": ["fake-slug"]}


def test_build_gives_the_generated_model_with_the_same_json() -> None:
    routing = ProviderRouting.from_dict(FULL_WIRE)
    model = routing.build()
    assert isinstance(model, ProviderPreferences)
    assert model.to_dict() == FULL_WIRE


def test_an_empty_builder_builds_an_empty_model() -> None:
    # Nothing the caller did not set may appear, even where the spec documents a server-side default.
    assert ProviderRouting().build().to_dict() == {}


@given(wire_objects())
def test_any_wire_object_survives_a_trip_through_the_generated_model(wire: dict[str, Any]) -> None:
    routing = ProviderRouting.from_dict(wire)
    assert routing.build().to_dict() == wire
    assert ProviderRouting.from_dict(routing.build().to_dict()) == routing
