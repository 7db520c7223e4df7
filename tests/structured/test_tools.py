"""Tools from typed functions: name, description, parameter schema, and the arguments checked against them."""

from __future__ import annotations

import dataclasses
from typing import Annotated, Literal

import pytest
from structured_models import Point

from openrouter_ext.structured import SchemaError, Tool, ToolArgumentsError, tool


@dataclasses.dataclass
class Window:
    start: str
    end: str


def search(query: str, limit: int = 5, *, window: Window | None = None, sort: Literal["new", "top"] = "top") -> str:
    """Search the archive.

    Finds documents that match the query.

    Args:
        query: words to look for
        limit: how many results
            at most (a long description on two lines)
        window (Window): the dates to search between

    Returns:
        The matches, one per line.
    """
    return query


def test_name_description_and_parameters_come_from_the_function() -> None:
    made = tool(search)
    definition = made.definition()
    function = definition["function"]
    assert definition["type"] == "function"
    assert function["name"] == "search"
    assert function["description"] == "Search the archive.\n\nFinds documents that match the query."
    parameters = function["parameters"]
    assert parameters["required"] == ["query"]
    assert parameters["properties"]["query"] == {"type": "string", "description": "words to look for"}
    assert parameters["properties"]["limit"] == {
        "type": "integer",
        "description": "how many results at most (a long description on two lines)",
        "default": 5,
    }
    assert parameters["properties"]["window"]["anyOf"] == [{"$ref": "#/$defs/Window"}, {"type": "null"}]
    assert parameters["properties"]["sort"] == {"type": "string", "enum": ["new", "top"], "default": "top"}
    assert parameters["$defs"]["Window"]["required"] == ["start", "end"]
    assert "strict" not in function


def test_arguments_are_built_defaults_applied_and_classes_constructed() -> None:
    made = tool(search)
    assert made.arguments('{"query": "cats"}') == {"query": "cats"}
    kwargs = made.arguments('{"query": "cats", "window": {"start": "a", "end": "b"}, "limit": 2}')
    assert kwargs["window"] == Window("a", "b")
    assert made.function(**kwargs) == "cats"


def test_arguments_that_do_not_fit_name_every_problem() -> None:
    made = tool(search)
    with pytest.raises(ToolArgumentsError) as caught:
        made.arguments('{"limit": "many", "sort": "old", "extra": 1}')
    assert [path for path, _ in caught.value.errors] == ["$.query", "$.limit", "$.sort", "$.extra"]
    with pytest.raises(ToolArgumentsError, match="not valid JSON"):
        made.arguments("{'query': 'single quotes'}")


def test_decorator_forms_and_strict_mode() -> None:
    @tool
    def plain(x: int) -> int:
        return x

    @tool(name="renamed", description="Described here.", strict=True)
    def described(point: Point, note: Annotated[str, "a remark"] = "") -> str:
        """Ignored docstring."""
        return note

    assert isinstance(plain, Tool)
    assert plain(3) == 3
    assert described.definition()["function"]["name"] == "renamed"
    assert described.definition()["function"]["description"] == "Described here."
    assert described.definition()["function"]["strict"] is True
    parameters = described.parameters
    assert parameters["required"] == ["point", "note"]
    assert parameters["properties"]["note"]["type"] == ["string", "null"]
    assert parameters["properties"]["note"]["description"] == "a remark"
    assert parameters["$defs"]["Point"]["additionalProperties"] is False
    assert described.arguments('{"point": {"x": 1, "y": 2}, "note": null}') == {"point": Point(x=1, y=2)}


def test_sphinx_parameter_docs_and_async_functions() -> None:
    async def fetch(url: str) -> str:
        """Fetch a page.

        :param url: the address to fetch
        :returns: the body
        """
        return url

    made = tool(fetch)
    assert made.is_async
    assert made.description == "Fetch a page."
    assert made.parameters["properties"]["url"]["description"] == "the address to fetch"


def test_parameters_a_model_cannot_name_are_refused() -> None:
    def star(*items: int) -> None: ...

    def positional(x: int, /) -> None: ...

    with pytest.raises(SchemaError, match="variadic positional"):
        tool(star)
    with pytest.raises(SchemaError, match="positional-only"):
        tool(positional)
