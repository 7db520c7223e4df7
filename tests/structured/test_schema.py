"""The JSON schema sent for each kind of response format, made strict the way providers require."""

from __future__ import annotations

import dataclasses
from typing import Any, Literal

import jsonschema
import pydantic
import pytest
from structured_models import Person, Route, Weather, WeatherAttrs, WeatherDict

from openrouter_ext.structured import JsonSchema, SchemaError, make_strict, output_spec


def strict_objects(schema: Any) -> list[dict[str, Any]]:
    """Every object schema inside `schema`."""
    found: list[dict[str, Any]] = []
    if isinstance(schema, dict):
        if schema.get("type") == "object" or "properties" in schema:
            found.append(schema)
        for value in schema.values():
            found.extend(strict_objects(value))
    elif isinstance(schema, list):
        for value in schema:
            found.extend(strict_objects(value))
    return found


@pytest.mark.parametrize("kind", [Weather, WeatherDict, WeatherAttrs, Route, Person])
def test_every_object_is_closed_and_lists_every_property_as_required(kind: type) -> None:
    spec = output_spec(kind)
    jsonschema.Draft202012Validator.check_schema(spec.schema)
    objects = strict_objects(spec.schema)
    assert objects
    for obj in objects:
        assert obj["additionalProperties"] is False
        assert obj["required"] == list(obj["properties"])
    assert spec.chat_format() == {
        "type": "json_schema",
        "json_schema": {"name": kind.__name__, "strict": True, "schema": spec.schema, **_description(spec)},
    }


def _description(spec: Any) -> dict[str, str]:
    return {"description": spec.description} if spec.description else {}


def test_a_dataclass_keeps_its_docstring_defaults_and_field_descriptions_optional_fields_become_nullable() -> None:
    spec = output_spec(Weather)
    props = spec.schema["properties"]
    assert spec.description == "The weather in one city."
    assert props["city"] == {"type": "string"}
    assert props["temperature"] == {"type": "number"}
    assert props["unit"] == {"type": ["string", "null"], "enum": ["c", "f", None], "title": "Unit", "default": "c"}
    assert props["note"] == {"type": ["string", "null"]}
    assert props["tags"] == {
        "type": ["array", "null"],
        "items": {"type": "string"},
        "description": "free-form labels",
        "default": [],
    }


def test_a_typeddict_key_that_is_not_required_becomes_nullable() -> None:
    props = output_spec(WeatherDict).schema["properties"]
    assert props["city"] == {"type": "string"}
    assert props["note"] == {"type": ["string", "null"]}


def test_pydantic_nested_models_go_to_defs_and_are_made_strict_there() -> None:
    spec = output_spec(Route)
    assert spec.description == "A route through some points."
    point = spec.schema["$defs"]["Point"]
    assert point["additionalProperties"] is False
    assert point["required"] == ["x", "y"]
    assert spec.schema["properties"]["points"]["items"] == {"$ref": "#/$defs/Point"}
    assert spec.schema["properties"]["limit"]["type"] == ["integer", "null"]
    # `comment: str | None = None` was already nullable; its `default: null` is dropped.
    assert "default" not in spec.schema["properties"]["comment"]


def test_nested_and_recursive_dataclasses_refer_to_defs_and_to_the_root() -> None:
    schema = output_spec(Person).schema
    assert schema["properties"]["address"] == {"$ref": "#/$defs/Address"}
    assert schema["properties"]["friends"]["items"] == {"$ref": "#"}
    assert schema["properties"]["born"] == {"type": "string", "format": "date"}
    assert schema["properties"]["name"] == {"type": "string", "description": "the full name"}


def test_a_discriminated_pydantic_union_is_sent_as_anyof_without_the_openapi_discriminator() -> None:
    class Cat(pydantic.BaseModel):
        kind: Literal["cat"]
        lives: int

    class Dog(pydantic.BaseModel):
        kind: Literal["dog"]
        good: bool

    class Pet(pydantic.BaseModel):
        pet: Cat | Dog = pydantic.Field(discriminator="kind")

    text = str(output_spec(Pet).schema)
    assert "oneOf" not in text
    assert "discriminator" not in text
    assert output_spec(Pet).schema["properties"]["pet"]["anyOf"] == [
        {"$ref": "#/$defs/Cat"},
        {"$ref": "#/$defs/Dog"},
    ]


def test_a_free_form_dict_field_cannot_be_strict_and_the_error_names_the_path() -> None:
    @dataclasses.dataclass
    class Scores:
        by_name: dict[str, int]

    with pytest.raises(SchemaError, match=r"\$\.by_name.*strict=False"):
        output_spec(Scores)
    loose = output_spec(Scores, strict=False)
    assert loose.strict is False
    assert loose.schema["properties"]["by_name"] == {"type": "object", "additionalProperties": {"type": "integer"}}
    assert loose.chat_format()["json_schema"]["strict"] is False


def test_a_schema_dict_is_made_strict_and_named_by_its_title() -> None:
    spec = output_spec(
        {
            "title": "answer value",
            "type": "object",
            "properties": {"value": {"type": "number"}, "why": {"type": "string"}},
        }
    )
    assert spec.name == "answer_value"
    assert spec.schema == {
        "title": "answer value",
        "type": "object",
        "properties": {"value": {"type": ["number", "null"]}, "why": {"type": ["string", "null"]}},
        "required": ["value", "why"],
        "additionalProperties": False,
    }


def test_a_schema_dict_that_allows_extra_properties_or_is_not_an_object_is_refused_in_strict_mode() -> None:
    with pytest.raises(SchemaError, match="additional properties"):
        output_spec({"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": True})
    with pytest.raises(SchemaError, match="root"):
        make_strict({"type": "array", "items": {"type": "string"}})
    assert output_spec(JsonSchema({"type": "array"}, strict=False)).schema == {"type": "array"}


def test_an_api_shaped_format_is_sent_as_given() -> None:
    given = {
        "type": "json_schema",
        "json_schema": {"name": "mine", "strict": True, "schema": {"type": "object", "properties": {}}},
    }
    spec = output_spec(given)
    assert spec.chat_format() == given
    with pytest.raises(SchemaError, match="json_object"):
        output_spec({"type": "json_object"})


def test_names_are_cut_to_what_the_api_accepts() -> None:
    spec = output_spec(JsonSchema({"type": "object", "properties": {}}, name="my schema/v2 " + "x" * 80))
    assert spec.name.startswith("my_schema_v2_")
    assert len(spec.name) == 64


def test_something_that_is_not_a_format_raises_a_schema_error() -> None:
    with pytest.raises(SchemaError, match="response_format must be"):
        output_spec(int)

    @dataclasses.dataclass
    class Odd:
        value: complex

    with pytest.raises(SchemaError, match="complex"):
        output_spec(Odd)
