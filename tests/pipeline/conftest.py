from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest


@pytest.fixture
def httpx_response() -> Callable[..., httpx.Response]:
    """Build an httpx.Response (with a request attached, as a real one has) without any network."""

    def build(status: int, **kwargs: Any) -> httpx.Response:
        return httpx.Response(status, request=httpx.Request("GET", "https://example.invalid/"), **kwargs)

    return build
