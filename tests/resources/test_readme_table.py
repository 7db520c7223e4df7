"""The README's table of methods is the generated facade: every operation, its method, its route."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import yaml
from openrouter_api.api import RESOURCES

from openrouter_ext import OpenRouter

ROOT = Path(__file__).resolve().parents[2]
ROW = re.compile(r"^\| `client\.(\w+)\.(\w+)\(\.\.\.\)`( \(pager\))? \| `([A-Z]+) (\S+)` \| `(\w+)` \|$")


def _readme_rows() -> list[tuple[str, str, bool, str, str, str]]:
    text = (ROOT / "docs" / "guide" / "methods.md").read_text(encoding="utf-8")
    section = text.split("\n## The method table\n", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        match = ROW.match(line)
        if match:
            group, method, pager, http_method, path, operation_id = match.groups()
            rows.append((group, method, bool(pager), http_method, path, operation_id))
    return rows


def _spec_routes() -> dict[str, str]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec = yaml.load((ROOT / "openapi" / "openrouter.yaml").read_text(encoding="utf-8"), Loader=loader)
    return {
        operation["operationId"]: f"{method.upper()} {path}"
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    }


def test_the_readme_table_lists_every_generated_method() -> None:
    rows = _readme_rows()
    client = OpenRouter(api_key="sk-or-test")
    generated = {
        (group, name): member
        for group in RESOURCES
        for name, member in inspect.getmembers(getattr(client, group))
        # `stream(...)` shares its operation with the non-streamed method, which is the table's row.
        if not name.startswith("_") and name != "stream" and getattr(member, "operation_id", None)
    }
    routes = _spec_routes()
    assert len(rows) == len(generated) == len(routes) == 97
    for group, method, pager, http_method, path, operation_id in rows:
        member = generated[group, method]
        assert member.operation_id == operation_id
        assert routes[operation_id] == f"{http_method} {path}"
        # "(pager)" marks every list that returns a pager (offset or cursor): they all take `max_items`.
        assert pager == ("max_items" in inspect.signature(member).parameters), (group, method)
    assert {(row[0], row[1]) for row in rows} == set(generated)
