"""The routing cookbook (docs/guide/routing.md): every recipe's Python produces exactly the JSON printed under it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from openrouter_ext import routing

README = Path(__file__).resolve().parents[2] / "docs" / "guide" / "routing.md"
# A one-expression python block immediately followed (after blank lines) by a json block.
RECIPE = re.compile(r"```python\n(?P<code>[^\n]+)\n```\s*\n```json\n(?P<json>.*?)\n```", re.DOTALL)


def _cookbook() -> str:
    """The routing page's "Recipes" section, up to the next section of the same level."""
    text = README.read_text(encoding="utf-8")
    start = text.index("\n## Recipes\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def _recipes() -> list[tuple[str, str]]:
    return [(match["code"], match["json"]) for match in RECIPE.finditer(_cookbook())]


def test_the_cookbook_has_its_recipes() -> None:
    assert len(_recipes()) >= 15


@pytest.mark.parametrize(("code", "expected"), _recipes())
def test_each_recipe_sends_the_json_it_shows(code: str, expected: str) -> None:
    namespace: dict[str, Any] = {name: getattr(routing, name) for name in routing.__all__}
    value = eval(code, namespace)
    wire = value.to_dict() if hasattr(value, "to_dict") else value
    assert wire == json.loads(expected)
