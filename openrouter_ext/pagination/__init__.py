"""Lazy, de-duplicating walks over the API's offset-paginated lists (API keys, guardrails, assignments, ...)."""

from __future__ import annotations

from openrouter_ext._exceptions import PageFetchError
from openrouter_ext.pagination._endpoint import ListEndpoint, PageSizeRules
from openrouter_ext.pagination._pager import DEFAULT_DEDUP_WINDOW, AsyncPager, Page, SyncPager

__all__ = [
    "DEFAULT_DEDUP_WINDOW",
    "AsyncPager",
    "ListEndpoint",
    "Page",
    "PageFetchError",
    "PageSizeRules",
    "SyncPager",
]
