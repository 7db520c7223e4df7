"""The emulator's own tests talk to it over real loopback sockets with plain httpx."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from openrouter_ext.testing import Emulator

# Imported, not listed in pytest_plugins: pytest accepts pytest_plugins only in the rootdir conftest.
from openrouter_ext.testing.pytest_plugin import openrouter_emulator, openrouter_emulator_options

__all__ = ["openrouter_emulator", "openrouter_emulator_options"]

# scripts/emulator_catalog.py builds the emulator's spec catalog and holds the spec checker these tests use.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

API_KEY = "sk-or-v1-emulator-tests"


@pytest.fixture
def emu(openrouter_emulator: Emulator) -> Emulator:
    return openrouter_emulator


@pytest.fixture
def client(emu: Emulator) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=emu.base_url, headers={"Authorization": f"Bearer {API_KEY}"}, timeout=5.0
    ) as http_client:
        yield http_client
