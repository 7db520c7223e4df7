"""Every operation of the generated layer has a cassette-backed test (the test_operations_* modules)."""

from __future__ import annotations

import importlib
import pkgutil
import types
from pathlib import Path

import openrouter_api.api

HERE = Path(__file__).parent


def _all_operations() -> set[str]:
    found = set()
    for tag in pkgutil.iter_modules(openrouter_api.api.__path__):
        package = importlib.import_module(f"openrouter_api.api.{tag.name}")
        for module in pkgutil.iter_modules(package.__path__):
            found.add(f"{package.__name__}.{module.name}")
    return found


def _tested_operations() -> set[str]:
    tested = set()
    for path in sorted(HERE.glob("test_operations_*.py")):
        if path.stem == "test_operations_coverage":
            continue
        module = importlib.import_module(path.stem)
        for value in vars(module).values():
            if isinstance(value, types.ModuleType) and value.__name__.startswith("openrouter_api.api."):
                tested.add(value.__name__)
    return tested


def test_every_operation_has_a_cassette_test() -> None:
    operations = _all_operations()
    assert len(operations) == 37
    assert sorted(operations - _tested_operations()) == []
