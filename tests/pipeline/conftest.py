from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from pipeline_helpers import GENERATOR_PYTHON, REAL_SPEC, regenerate


@pytest.fixture
def httpx_response() -> Callable[..., httpx.Response]:
    """Build an httpx.Response (with a request attached, as a real one has) without any network."""

    def build(status: int, **kwargs: Any) -> httpx.Response:
        return httpx.Response(status, request=httpx.Request("GET", "https://example.invalid/"), **kwargs)

    return build


@pytest.fixture(scope="session")
def real_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The pinned spec through the whole pipeline (overlay, normalizer, generator, ruff), once per session."""
    if sys.version_info < GENERATOR_PYTHON:
        pytest.skip("the pinned openapi-python-client 0.29.1 needs Python >= 3.11")
    return regenerate.generate(REAL_SPEC, tmp_path_factory.mktemp("pinned"))
