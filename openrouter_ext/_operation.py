"""The shape of a generated endpoint module, as `OpenRouter.call` drives it.

Every module under `openrouter_api.api` has `build_request(**params)` (the keyword arguments for
`httpx.Client.request`) and `parse_success(response)` (the typed model of a 2xx body). A module object satisfies
this Protocol structurally, so for `client.call(get_credits)` a type checker infers the result type from the
module's `parse_success` and checks the keyword arguments against its `build_request`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ParamSpec, Protocol, TypeVar

import httpx

__all__ = ["Operation"]

P = ParamSpec("P")
T_co = TypeVar("T_co", covariant=True)


class Operation(Protocol[P, T_co]):
    """A generated endpoint module (or any object with the same two functions)."""

    # Read-only properties rather than methods: a module's functions take no `self`, and a property typed as a
    # callable is how a Protocol describes a module's function attribute.
    @property
    def build_request(self) -> Callable[P, dict[str, Any]]: ...

    @property
    def parse_success(self) -> Callable[[httpx.Response], T_co]: ...
