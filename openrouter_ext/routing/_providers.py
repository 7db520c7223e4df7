"""Provider display names the spec lists for `order`, `only` and `ignore`.

Slugs are the durable way to name a provider and are accepted by shape alone; these display names are accepted as
well because the API takes them. Kept in step with the spec's provider-name enum by a test against the generated
model.
"""

from __future__ import annotations

__all__ = ["PROVIDER_DISPLAY_NAMES"]

PROVIDER_DISPLAY_NAMES: frozenset[str] = frozenset()
