"""Fixtures for the cassette tests of the generated layer: `openrouter_api` clients on the suite's cassette key.

The tests drive the generated endpoint modules directly (`sync_detailed`, `asyncio_detailed`, or `build_request`
through the client's httpx client and `parse_success`), so they hold whatever `openrouter_ext` does above them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from openrouter_api import AuthenticatedClient


@pytest.fixture
def api(cassette_api_key: str, cassette_base_url: str) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(base_url=cassette_base_url, token=cassette_api_key) as client:
        yield client


@pytest.fixture
async def async_api(cassette_api_key: str, cassette_base_url: str) -> AsyncIterator[AuthenticatedClient]:
    async with AuthenticatedClient(base_url=cassette_base_url, token=cassette_api_key) as client:
        yield client
