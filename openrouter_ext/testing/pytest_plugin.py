"""pytest fixtures for the emulator.

Enable them with ``pytest_plugins = ["openrouter_ext.testing.pytest_plugin"]`` in the rootdir conftest.py, or
import the fixtures by name into any conftest.py. Override ``openrouter_emulator_options`` to pass options
to `Emulator`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from openrouter_ext.testing._emulator import Emulator


@pytest.fixture
def openrouter_emulator_options() -> dict[str, Any]:
    """Keyword arguments for `Emulator(...)`; override this fixture to change them."""
    return {}


@pytest.fixture
def openrouter_emulator(openrouter_emulator_options: dict[str, Any]) -> Iterator[Emulator]:
    """A running emulator for one test, stopped (every connection closed) when the test ends."""
    with Emulator(**openrouter_emulator_options) as emulator:
        yield emulator
