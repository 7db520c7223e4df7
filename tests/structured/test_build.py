"""The model's JSON read back into the requested type: every problem named with its path, defaults for nulls."""

from __future__ import annotations

import datetime

import pytest
from structured_models import Address, Person, Point, Route, Unit, Weather, WeatherAttrs, WeatherDict

from openrouter_ext.structured import output_spec
from openrouter_ext.structured._types import Invalid


def test_a_dataclass_is_built_with_enum_and_null_meaning_the_default() -> None:
    weather = output_spec(Weather).parse_text(
        '{"city": "Oslo", "temperature": -3, "unit": null, "note": null, "tags": null}'
    )
    assert weather == Weather(city="Oslo", temperature=-3.0, unit=Unit.CELSIUS, note=None, tags=[])
    assert isinstance(weather.temperature, float)
    assert output_spec(Weather).parse_text('{"city": "Oslo", "temperature": 1, "unit": "f"}').unit is Unit.FAHRENHEIT


def test_nested_and_recursive_dataclasses_with_dates() -> None:
    text = (
        '{"name": "Ada", "born": "1815-12-10", "address": {"street": "St James", "city": "London"},'
        ' "friends": [{"name": "Charles", "born": "1791-12-26", "address": {"street": "Dorset", "city": "London"},'
        ' "friends": null}]}'
    )
    person = output_spec(Person).parse_text(text)
    assert person.born == datetime.date(1815, 12, 10)
    assert person.address == Address("St James", "London")
    assert person.friends[0].name == "Charles"
    assert person.friends[0].friends == []


def test_every_problem_is_reported_with_its_path() -> None:
    with pytest.raises(Invalid) as caught:
        output_spec(Person).parse_text(
            '{"name": 5, "born": "yesterday", "address": {"street": "x"}, "friends": [], "age": 3}'
        )
    assert caught.value.errors == [
        ("$.name", "expected a string, got 5"),
        ("$.born", "expected an ISO date, got 'yesterday'"),
        ("$.address.city", "required, but missing"),
        ("$.age", "not a field of Person"),
    ]


def test_json_that_does_not_decode_is_invalid_at_the_root() -> None:
    with pytest.raises(Invalid) as caught:
        output_spec(Weather).parse_text('{"city": "Oslo", ')
    assert caught.value.errors[0][0] == "$"
    assert caught.value.errors[0][1].startswith("not valid JSON")


def test_a_boolean_is_not_a_number_and_a_whole_float_is_an_integer() -> None:
    with pytest.raises(Invalid, match="expected a number, got True"):
        output_spec(Weather).parse_text('{"city": "a", "temperature": true}')
    assert output_spec(WeatherAttrs).parse_text('{"city": "a", "temperature": 1, "readings": [1.0, 2]}').readings == [
        1,
        2,
    ]
    with pytest.raises(Invalid, match=r"\$\.readings\[1\]: expected an integer, got 2.5"):
        output_spec(WeatherAttrs).parse_text('{"city": "a", "temperature": 1, "readings": [1, 2.5]}')


def test_a_typeddict_is_a_dict_and_a_null_optional_key_is_left_out() -> None:
    value = output_spec(WeatherDict).parse_text('{"city": "Rome", "temperature": 30.5, "note": null}')
    assert value == {"city": "Rome", "temperature": 30.5}
    assert type(value) is dict


def test_pydantic_models_validate_with_pydantic_and_nulls_take_the_defaults() -> None:
    route = output_spec(Route).parse_text(
        '{"name": "loop", "points": [{"x": 1, "y": 2}], "kind": null, "limit": null, "comment": null}'
    )
    assert route == Route(name="loop", points=[Point(x=1, y=2)], kind="walk", limit=10, comment=None)
    with pytest.raises(Invalid) as caught:
        output_spec(Route).parse_text('{"name": "loop", "points": [{"x": "one", "y": 2}], "kind": "fly"}')
    paths = [path for path, _ in caught.value.errors]
    assert paths == ["$.points[0].x", "$.kind"]


def test_a_schema_dict_validates_with_jsonschema() -> None:
    spec = output_spec({"type": "object", "properties": {"n": {"type": "integer", "minimum": 0}}})
    assert spec.parse_text('{"n": 3}') == {"n": 3}
    with pytest.raises(Invalid) as caught:
        spec.parse_text('{"n": -1, "m": 2}')
    messages = " ".join(problem for _, problem in caught.value.errors)
    assert "-1 is less than the minimum of 0" in messages
    assert "'m' was unexpected" in messages
