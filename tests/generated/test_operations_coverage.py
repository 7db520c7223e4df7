"""Every operation of the generated layer has a cassette-backed test (the test_operations_* modules).

An operation counts as tested when a test function of a `pytest.mark.vcr` module uses its endpoint module and that
test has a cassette under cassettes/<test module>/ (one per parameter set for a parametrized test).
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import types
from pathlib import Path

import openrouter_api.api
import yaml

HERE = Path(__file__).parent
SPEC = HERE.parents[1] / "openapi" / "openrouter.yaml"


def _all_operations() -> set[str]:
    found = set()
    for tag in pkgutil.iter_modules(openrouter_api.api.__path__):
        package = importlib.import_module(f"openrouter_api.api.{tag.name}")
        for module in pkgutil.iter_modules(package.__path__):
            found.add(f"{package.__name__}.{module.name}")
    return found


def _spec_operation_count() -> int:
    paths = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["paths"]
    methods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    return sum(1 for item in paths.values() for method in item if method in methods)


def _is_vcr_module(module: types.ModuleType) -> bool:
    marks = getattr(module, "pytestmark", [])
    marks = marks if isinstance(marks, list) else [marks]
    return any(mark.name == "vcr" for mark in marks)


def _cassettes(module_name: str, test_name: str) -> list[Path]:
    folder = HERE / "cassettes" / module_name
    return [path for path in folder.glob(f"{test_name}*.yaml") if path.stem.split("[", 1)[0] == test_name]


def _tested_operations() -> dict[str, list[str]]:
    """Operation module -> the tests (module::function) that exercise it against a cassette."""
    tested: dict[str, list[str]] = {}
    for path in sorted(HERE.glob("test_operations_*.py")):
        if path.stem == "test_operations_coverage":
            continue
        module = importlib.import_module(path.stem)
        assert _is_vcr_module(module), f"{path.name} is not marked vcr"
        endpoints = {
            name: value.__name__
            for name, value in vars(module).items()
            if isinstance(value, types.ModuleType) and value.__name__.startswith("openrouter_api.api.")
        }
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = {
            node.name: {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
            for node in tree.body
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not node.name.startswith("test_")
        }
        for node in tree.body:
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) or not node.name.startswith("test_"):
                continue
            names = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
            for helper in names & set(helpers):
                names |= helpers[helper]
            if not _cassettes(path.stem, node.name):
                continue
            for name in names & set(endpoints):
                tested.setdefault(endpoints[name], []).append(f"{path.stem}::{node.name}")
    return tested


def test_every_operation_has_a_cassette_test() -> None:
    operations = _all_operations()
    assert len(operations) == _spec_operation_count() == 97
    assert sorted(operations - set(_tested_operations())) == []


def test_every_cassette_belongs_to_a_test() -> None:
    """A cassette whose test was renamed or removed is dead weight that the secrets scan keeps reading."""
    tests = {
        (path.stem, node.name)
        for path in HERE.glob("test_*.py")
        for node in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test_")
    }
    orphans = sorted(
        str(cassette.relative_to(HERE))
        for cassette in (HERE / "cassettes").rglob("*.yaml")
        if (cassette.parent.name, cassette.stem.split("[", 1)[0]) not in tests
    )
    assert orphans == []
