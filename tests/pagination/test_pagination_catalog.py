"""The catalog against the pinned spec: every offset-paginated list is in it, each described as the spec says.

The spec marks its paginated lists with `x-speakeasy-pagination`; each `offsetLimit` one must have a catalog entry
whose operation, page-size bounds, offset cap, items, total and identity fields agree with the operation's
parameters and response schema. A list the spec adds, or a bound it changes, fails here by name.
"""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import pytest
import yaml
from _fake_list import FakeList, things

from openrouter_ext import pagination
from openrouter_ext.pagination import ListEndpoint, PageSizeRules, SyncPager

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "openrouter.yaml"
# Lists the spec paginates some other way, which the offset walk does not model.
NOT_OFFSET_PAGINATED = {"GET /files": "pages by an opaque cursor (x-speakeasy-pagination type 'cursor')"}
# Lists the spec does not mark but that page by offset all the same.
UNMARKED = {"GET /keys"}

CATALOG: dict[str, ListEndpoint[Any]] = {
    name: value for name, value in vars(pagination).items() if isinstance(value, ListEndpoint)
}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


def _operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                found[f"{method.upper()} {path}"] = operation
    return found


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _parameters(operation: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {parameter["name"]: parameter for parameter in operation.get("parameters", [])}


def test_every_offset_paginated_list_of_the_spec_is_in_the_catalog(spec: dict[str, Any]) -> None:
    marked = {}
    for route, operation in _operations(spec).items():
        pagination_info = operation.get("x-speakeasy-pagination")
        if pagination_info is not None:
            marked[route] = pagination_info["type"]
    assert {route for route, kind in marked.items() if kind != "offsetLimit"} == set(NOT_OFFSET_PAGINATED)
    offset_lists = {route for route, kind in marked.items() if kind == "offsetLimit"} | UNMARKED
    assert {endpoint.route for endpoint in CATALOG.values()} == offset_lists
    assert len(CATALOG) == len(offset_lists)  # one entry per list


@pytest.mark.parametrize("name", sorted(CATALOG))
def test_each_entry_agrees_with_its_operation(spec: dict[str, Any], name: str) -> None:
    endpoint = CATALOG[name]
    operation = _operations(spec)[endpoint.route]
    parameters = _parameters(operation)

    module = endpoint.resolve_operation()
    # The generator snake-cases the operation id (listBYOKKeys -> list_byok_keys, list -> list_).
    assert module.__name__.rsplit(".", 1)[-1].replace("_", "") == operation["operationId"].lower()
    accepted = set(inspect.signature(module.build_request).parameters)
    assert {parameter.replace("-", "_") for parameter in parameters} == accepted

    offset = parameters[endpoint.offset_param]["schema"]
    assert offset.get("minimum", 0) == 0
    assert endpoint.max_offset == offset.get("maximum")

    rules = endpoint.page_size
    if rules.limit_param is None:
        assert "limit" not in parameters
    else:
        limit = parameters[rules.limit_param]["schema"]
        assert (rules.minimum, rules.maximum) == (limit["minimum"], limit["maximum"])
        assert rules.default is not None
        assert rules.minimum <= rules.default <= rules.maximum

    marked = operation.get("x-speakeasy-pagination")
    if marked is not None:
        assert marked["outputs"]["results"] == f"$.{endpoint.items_field}"
    response = _resolve(spec, operation["responses"]["200"]["content"]["application/json"]["schema"])
    assert endpoint.items_field in response["required"]
    if endpoint.total_field is None:
        assert "total_count" not in response["properties"]
    else:
        assert endpoint.total_field in response["required"]

    item = _resolve(spec, _resolve(spec, response["properties"][endpoint.items_field])["items"])
    if endpoint.identity_field is not None:
        # A union of item shapes (the observability destinations) must carry the identity in every branch.
        for branch in [_resolve(spec, shape) for shape in item.get("oneOf", item.get("anyOf", [item]))]:
            assert endpoint.identity_field in branch["required"], branch.get("title")


def test_the_files_list_is_left_out_for_its_cursor(spec: dict[str, Any]) -> None:
    parameters = _parameters(_operations(spec)["GET /files"])
    assert "cursor" in parameters
    assert "offset" not in parameters


# --- the offset cap the datasets have ---------------------------------------------------------------------------

CAPPED: ListEndpoint[dict[str, Any]] = ListEndpoint(
    route="GET /capped", operation="unused.capped", total_field=None, max_offset=100
)


def test_a_walk_stops_at_the_offset_cap_and_says_so() -> None:
    source = FakeList(things(500), with_total=False)
    pager = SyncPager(CAPPED, source)
    items = pager.to_list()
    assert source.offsets == [0, 100]
    assert len(items) == 200
    assert pager.offset_limit_reached
    assert pager.resume_offset == 200


def test_a_list_that_ends_before_the_cap_is_not_reported_as_capped() -> None:
    source = FakeList(things(140), with_total=False)
    pager = SyncPager(CAPPED, source, page_size=50)
    assert len(pager.to_list()) == 140
    assert source.offsets == [0, 50, 100]  # the page at the cap itself is allowed, and it is the short last one
    assert not pager.offset_limit_reached


def test_a_page_size_that_steps_over_the_cap_stops_below_it() -> None:
    source = FakeList(things(500), with_total=False)
    pager = SyncPager(CAPPED, source, page_size=60)
    assert len(pager.to_list()) == 120
    assert source.offsets == [0, 60]  # offset 120 is past the cap: never asked
    assert pager.offset_limit_reached


def test_a_start_offset_past_the_cap_is_refused_before_any_request() -> None:
    source = FakeList(things(10), with_total=False)
    with pytest.raises(ValueError, match="start_offset must be between 0 and 100, got 101"):
        SyncPager(CAPPED, source, start_offset=101)
    assert source.requests == []


def test_uncapped_lists_have_no_cap() -> None:
    assert PageSizeRules().maximum == 100
    assert ListEndpoint(route="GET /x", operation="unused.x").max_offset is None
