"""The `client.api_keys` resources: the generated resource with its hand-written helpers mixed in first."""

from __future__ import annotations

from openrouter_api.api.api_keys import ApiKeys, AsyncApiKeys

from openrouter_ext.pagination._resources import AsyncKeys, Keys

__all__ = ["ApiKeysResource", "AsyncApiKeysResource"]


class ApiKeysResource(Keys, ApiKeys):
    """`client.api_keys` (also `client.keys`): the generated methods, and `iter()`."""


class AsyncApiKeysResource(AsyncKeys, AsyncApiKeys):
    """`client.api_keys` on AsyncOpenRouter."""
