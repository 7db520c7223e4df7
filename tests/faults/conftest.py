"""The fault-injection suite: every scripted fault, through the public client, against the emulator on loopback.

Each test checks what a user relies on, and also that nothing was left behind: the emulator saw every stream and
connection closed, and the API key appears in no error and no log line. Shared helpers: fault_helpers.py.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from fault_helpers import API_KEY

from openrouter_ext.testing import Emulator


@pytest.fixture
def emu() -> Iterator[Emulator]:
    """An emulator that accepts only API_KEY, so every request of the suite also proves the key was sent."""
    with Emulator(api_key=API_KEY) as emulator:
        yield emulator


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Everything the client logs, down to DEBUG (request and response lines included)."""
    caplog.set_level(logging.DEBUG, logger="openrouter_ext")
    return caplog
