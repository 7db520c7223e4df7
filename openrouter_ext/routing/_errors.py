"""The one error the routing builders raise."""

from __future__ import annotations

from openrouter_ext._exceptions import OpenRouterError

__all__ = ["InvalidRoutingError"]


class InvalidRoutingError(OpenRouterError, ValueError):
    """A routing or model-selection value the API would reject, or that contradicts another one.

    Raised while the builder is being called, before any request exists. The message names the offending field and
    value and, for closed sets (quantizations, sort strategies, percentile keys, ...), the values that are allowed.
    It is a ``ValueError``, so code written against plain ``ValueError`` catches it too.
    """
