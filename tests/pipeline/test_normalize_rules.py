"""Each normalization rule on a minimal document: what it rewrites, and what it must leave alone."""

from __future__ import annotations

import copy
from typing import Any

from pipeline_helpers import normalize_spec

REF = "#/components/schemas/"


def doc(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas},
    }


def schemas_of(document: dict[str, Any]) -> dict[str, Any]:
    result, _notes = normalize_spec.normalize(document)
    return result["components"]["schemas"]


def test_r1_annotation_members_become_a_one_item_all_of_and_keep_the_default() -> None:
    document = doc(
        {
            "Role": {"type": "string", "enum": ["user", "assistant"]},
            "Msg": {
                "type": "object",
                "properties": {
                    "role": {"allOf": [{"$ref": REF + "Role"}, {"description": "Who.", "default": "user"}]},
                    "other": {"$ref": REF + "Role", "default": "assistant", "description": "Sibling style."},
                },
            },
        }
    )
    props = schemas_of(document)["Msg"]["properties"]
    assert props["role"] == {"allOf": [{"$ref": REF + "Role"}], "description": "Who.", "default": "user"}
    assert props["other"] == {
        "allOf": [{"$ref": REF + "Role"}],
        "default": "assistant",
        "description": "Sibling style.",
    }


def test_r1_leaves_real_compositions_alone() -> None:
    composed = {"allOf": [{"$ref": REF + "Base"}, {"type": "object", "properties": {"x": {"type": "string"}}}]}
    document = doc({"Base": {"type": "object", "properties": {"id": {"type": "string"}}}, "Child": composed})
    assert schemas_of(document)["Child"] == composed


def test_r2_nullable_components_become_non_null_and_each_use_nullable() -> None:
    document = doc(
        {
            "Meta": {"type": ["object", "null"], "additionalProperties": {"type": "string"}},
            "Reason": {"type": ["string", "null"], "enum": ["stop", "length", None]},
            "Holder": {
                "type": "object",
                "properties": {
                    "meta": {"$ref": REF + "Meta"},
                    "reason": {"allOf": [{"$ref": REF + "Reason"}], "description": "Why."},
                    "either": {"oneOf": [{"$ref": REF + "Reason"}, {"type": "integer"}]},
                },
            },
            "Child": {"allOf": [{"$ref": REF + "Meta"}, {"type": "object", "properties": {"y": {"type": "integer"}}}]},
        }
    )
    schemas = schemas_of(document)
    assert schemas["Meta"]["type"] == "object"
    assert schemas["Reason"] == {"type": "string", "enum": ["stop", "length"]}
    props = schemas["Holder"]["properties"]
    assert props["meta"] == {"anyOf": [{"$ref": REF + "Meta"}, {"type": "null"}]}
    assert props["reason"] == {"anyOf": [{"$ref": REF + "Reason"}, {"type": "null"}], "description": "Why."}
    assert props["either"] == {"oneOf": [{"$ref": REF + "Reason"}, {"type": "integer"}, {"type": "null"}]}
    # Inheriting from a nullable object inherits the object: no null member inside allOf.
    assert schemas["Child"]["allOf"][0] == {"$ref": REF + "Meta"}


def test_r3_inline_union_members_are_hoisted_with_stable_names() -> None:
    document = doc(
        {
            "Base": {"type": "object", "properties": {"id": {"type": "string"}}},
            "Part": {
                "oneOf": [
                    {"type": "object", "properties": {"type": {"const": "text"}, "text": {"type": "string"}}},
                    {"allOf": [{"$ref": REF + "Base"}, {"properties": {"type": {"enum": ["image"]}}}]},
                    {"type": "object", "title": "Plain thing", "properties": {"n": {"type": "integer"}}},
                    {"type": "object", "properties": {"m": {"type": "integer"}}},
                    {"type": "string"},
                ],
                "discriminator": {"propertyName": "type"},
            },
        }
    )
    schemas = schemas_of(document)
    assert schemas["Part"]["oneOf"] == [
        {"$ref": REF + "PartText"},
        {"$ref": REF + "PartImage"},
        {"$ref": REF + "PartPlainThing"},
        {"$ref": REF + "PartOption4"},
        {"type": "string"},
    ]
    assert schemas["PartText"]["properties"]["text"] == {"type": "string"}
    assert "title" not in schemas["PartPlainThing"]
    assert schemas["PartPlainThing"]["description"] == "Plain thing"


def test_r4_flattens_an_all_of_that_redefines_an_inherited_property() -> None:
    document = doc(
        {
            "Base": {
                "type": "object",
                "properties": {"kind": {"type": "string"}, "id": {"type": "string"}},
                "required": ["kind"],
            },
            "Item": {
                "description": "An item.",
                "allOf": [
                    {"$ref": REF + "Base"},
                    {"type": "object", "properties": {"kind": {"enum": ["item"]}}, "required": ["label"]},
                ],
            },
        }
    )
    item = schemas_of(document)["Item"]
    assert "allOf" not in item
    assert item["description"] == "An item."
    assert item["properties"] == {"kind": {"enum": ["item"]}, "id": {"type": "string"}}
    assert item["required"] == ["kind", "label"]


def test_r5_inline_nullable_object_keeps_its_properties() -> None:
    document = doc(
        {
            "Holder": {
                "type": "object",
                "properties": {
                    "meta": {"type": ["object", "null"], "description": "M.", "properties": {"a": {"type": "string"}}}
                },
            }
        }
    )
    meta = schemas_of(document)["Holder"]["properties"]["meta"]
    assert meta == {
        "anyOf": [{"type": "object", "properties": {"a": {"type": "string"}}}, {"type": "null"}],
        "description": "M.",
    }


def test_r6_optional_parameters_lose_their_default_and_keep_it_in_the_description() -> None:
    paths = {
        "/items/{id}": {
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string", "default": "x"}}
            ],
            "get": {
                "operationId": "listItems",
                "parameters": [
                    {"$ref": "#/components/parameters/Limit"},
                    {"name": "sort", "in": "query", "required": True, "schema": {"type": "string", "default": "new"}},
                    {"name": "X-Mode", "in": "header", "schema": {"type": "string", "default": "fast"}},
                    {"name": "offset", "in": "query", "schema": {"type": "integer"}},
                ],
                "responses": {"200": {"description": "ok"}},
            },
        }
    }
    document = doc({}, paths)
    document["components"]["parameters"] = {
        "Limit": {
            "name": "limit",
            "in": "query",
            "description": "Page size",
            "schema": {"type": "integer", "default": 50},
        }
    }
    result, notes = normalize_spec.normalize(document)
    limit = result["components"]["parameters"]["Limit"]
    assert limit["description"] == "Page size. Server default: 50."
    assert limit["schema"] == {"type": "integer", "description": "Page size. Server default: 50."}
    sort, mode, offset = result["paths"]["/items/{id}"]["get"]["parameters"][1:]
    assert sort["schema"]["default"] == "new"  # a required parameter is always sent: nothing to drop
    assert "default" not in mode["schema"]
    assert mode["description"] == mode["schema"]["description"] == "Server default: fast."
    assert offset == paths["/items/{id}"]["get"]["parameters"][3]
    assert result["paths"]["/items/{id}"]["parameters"][0]["schema"]["default"] == "x"  # path: always sent
    assert notes.count("R6") == 2


def test_sse_beside_json_is_dropped_and_an_inline_stream_schema_kept_as_component() -> None:
    stream = {"type": "object", "properties": {"delta": {"type": "string"}}}
    paths = {
        "/chat": {
            "post": {
                "operationId": "chatSend",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": REF + "Reply"}},
                            "text/event-stream": {"schema": stream},
                        },
                    }
                },
            }
        }
    }
    result, _ = normalize_spec.normalize(doc({"Reply": {"type": "object"}}, paths))
    assert list(result["paths"]["/chat"]["post"]["responses"]["200"]["content"]) == ["application/json"]
    assert result["components"]["schemas"]["ChatSendStreamEvent"] == stream


def test_normalize_is_deterministic_and_does_not_touch_its_input() -> None:
    spec = normalize_spec.load_spec(normalize_spec.Path(__file__).parent / "specs" / "constructs.yaml")
    before = copy.deepcopy(spec)
    first, notes = normalize_spec.normalize(spec)
    second, _ = normalize_spec.normalize(spec)
    assert spec == before
    assert first == second
    rules = ("SSE", "R1", "R2", "R3", "R4", "R6")
    assert {rule: notes.count(rule) > 0 for rule in rules} == dict.fromkeys(rules, True)
