"""Pagers over a client: `paginate` for any list, and the helpers of `client.api_keys` / `client.guardrails`.

`Keys.iter()` and `Guardrails.iter()` / `.key_assignments()` / `.member_assignments()` are mixed into the generated
facade resources (openrouter_ext/_facade.py), beside the generated `list...` methods that return the same pagers.
"""

from __future__ import annotations

from collections.abc import Awaitable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar
from uuid import UUID

from openrouter_ext.pagination._catalog import (
    GUARDRAIL_KEY_ASSIGNMENTS,
    GUARDRAIL_MEMBER_ASSIGNMENTS,
    GUARDRAILS,
    KEY_ASSIGNMENTS,
    KEYS,
    MEMBER_ASSIGNMENTS,
)
from openrouter_ext.pagination._endpoint import ListEndpoint
from openrouter_ext.pagination._pager import DEFAULT_DEDUP_WINDOW, AsyncPager, SyncPager

if TYPE_CHECKING:
    from openrouter_api.models.guardrail import Guardrail
    from openrouter_api.models.key_assignment import KeyAssignment
    from openrouter_api.models.list_response_200_data_item import ListResponse200DataItem
    from openrouter_api.models.member_assignment import MemberAssignment

__all__ = ["AsyncGuardrails", "AsyncKeys", "Guardrails", "Keys", "apaginate", "paginate"]

ItemT = TypeVar("ItemT")

# The path parameter that names the guardrail in /guardrails/{id}/assignments/...
_GUARDRAIL_ID_PARAM = "id"


class _CallsOperations(Protocol):
    def call(self, operation: Any, /, **params: Any) -> Any: ...


class _CallsOperationsAsync(Protocol):
    def call(self, operation: Any, /, **params: Any) -> Awaitable[Any]: ...


def _request_params(endpoint: ListEndpoint[Any], params: Mapping[str, Any]) -> dict[str, Any]:
    """The caller's filters, with None meaning "not given", checked against what the operation takes."""
    given = {name: value for name, value in params.items() if value is not None}
    accepted = endpoint.accepted_params()
    if accepted is not None:
        unknown = sorted(set(given) - accepted)
        if unknown:
            choices = ", ".join(sorted(accepted - {endpoint.offset_param, endpoint.page_size.limit_param})) or "none"
            raise TypeError(f"{endpoint.route} takes no parameter {unknown[0]!r} (it takes: {choices})")
    return given


def paginate(
    client: _CallsOperations,
    endpoint: ListEndpoint[ItemT],
    *,
    page_size: int | None = None,
    max_items: int | None = None,
    start_offset: int = 0,
    dedup_window: int | None = DEFAULT_DEDUP_WINDOW,
    **params: Any,
) -> SyncPager[ItemT]:
    """A lazy pager over any offset-paginated list, each page fetched with `client.call` (and its retries).

    `params` are the list's own filters and path parameters; everything is checked here, before any request.
    """
    operation = endpoint.resolve_operation()
    request_params = _request_params(endpoint, params)

    def fetch(page_params: dict[str, Any]) -> object:
        return client.call(operation, **page_params)

    return SyncPager(
        endpoint,
        fetch,
        params=request_params,
        page_size=page_size,
        max_items=max_items,
        start_offset=start_offset,
        dedup_window=dedup_window,
    )


def apaginate(
    client: _CallsOperationsAsync,
    endpoint: ListEndpoint[ItemT],
    *,
    page_size: int | None = None,
    max_items: int | None = None,
    start_offset: int = 0,
    dedup_window: int | None = DEFAULT_DEDUP_WINDOW,
    **params: Any,
) -> AsyncPager[ItemT]:
    """The async twin of `paginate`, for an `AsyncOpenRouter`."""
    operation = endpoint.resolve_operation()
    request_params = _request_params(endpoint, params)

    async def fetch(page_params: dict[str, Any]) -> object:
        return await client.call(operation, **page_params)

    return AsyncPager(
        endpoint,
        fetch,
        params=request_params,
        page_size=page_size,
        max_items=max_items,
        start_offset=start_offset,
        dedup_window=dedup_window,
    )


def _keys_filters(include_disabled: bool | None, workspace_id: str | None) -> dict[str, Any]:
    filters: dict[str, Any] = {}
    if include_disabled is not None:
        if not isinstance(include_disabled, bool):
            raise TypeError(f"include_disabled must be a bool, got {type(include_disabled).__name__}")
        # The API reads this query parameter as the string "true" or "false".
        filters["include_disabled"] = "true" if include_disabled else "false"
    if workspace_id is not None:
        filters["workspace_id"] = _check_id("workspace_id", workspace_id)
    return filters


def _check_id(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    return value


def _check_guardrail_id(value: object) -> str | UUID:
    # Guardrail.id and KeyAssignment/MemberAssignment.guardrail_id are generated as UUID (format: uuid), so the id
    # a user has in hand is a UUID; a str (as in the docs' examples) is accepted too. The path takes str(value).
    if isinstance(value, UUID):
        return value
    if not isinstance(value, str):
        raise TypeError(f"guardrail_id must be a str or UUID, got {type(value).__name__}")
    return _check_id("guardrail_id", value)


def _assignments(
    guardrail_id: str | UUID | None, per_guardrail: ListEndpoint[ItemT], everywhere: ListEndpoint[ItemT]
) -> tuple[ListEndpoint[ItemT], dict[str, Any]]:
    if guardrail_id is None:
        return everywhere, {}
    return per_guardrail, {_GUARDRAIL_ID_PARAM: _check_guardrail_id(guardrail_id)}


class Keys:
    """The account's API keys (`client.keys`); listing them needs a management key."""

    # `raw` is the generated resource's flag (with_raw_response), for the facade class this is mixed into.
    def __init__(self, client: _CallsOperations, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    def iter(
        self,
        *,
        include_disabled: bool | None = None,
        workspace_id: str | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = DEFAULT_DEDUP_WINDOW,
    ) -> SyncPager[ListResponse200DataItem]:
        """Every API key, fetched lazily page by page (the server picks the page size, so there is no page_size)."""
        return paginate(
            self._client,
            KEYS,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            **_keys_filters(include_disabled, workspace_id),
        )


class AsyncKeys:
    """The async twin of `Keys` (`aclient.keys`)."""

    def __init__(self, client: _CallsOperationsAsync, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    def iter(
        self,
        *,
        include_disabled: bool | None = None,
        workspace_id: str | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = DEFAULT_DEDUP_WINDOW,
    ) -> AsyncPager[ListResponse200DataItem]:
        """Every API key, fetched lazily page by page: `async for key in aclient.keys.iter(): ...`."""
        return apaginate(
            self._client,
            KEYS,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            **_keys_filters(include_disabled, workspace_id),
        )


class Guardrails:
    """Guardrails and their assignments (`client.guardrails`); listing them needs a management key."""

    # `raw` is the generated resource's flag (with_raw_response), for the facade class this is mixed into.
    def __init__(self, client: _CallsOperations, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = DEFAULT_DEDUP_WINDOW,
        **filters: Any,
    ) -> SyncPager[Guardrail]:
        """Every guardrail, fetched lazily (`page_size` 1..100; by default 100)."""
        return paginate(
            self._client,
            GUARDRAILS,
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            **filters,
        )

    def key_assignments(
        self,
        guardrail_id: str | UUID | None = None,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = DEFAULT_DEDUP_WINDOW,
        **filters: Any,
    ) -> SyncPager[KeyAssignment]:
        """The API keys assigned to one guardrail, or to any guardrail when `guardrail_id` is None."""
        endpoint, path = _assignments(guardrail_id, GUARDRAIL_KEY_ASSIGNMENTS, KEY_ASSIGNMENTS)
        return paginate(
            self._client,
            endpoint,
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            **path,
            **filters,
        )

    def member_assignments(
        self,
        guardrail_id: str | UUID | None = None,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = DEFAULT_DEDUP_WINDOW,
        **filters: Any,
    ) -> SyncPager[MemberAssignment]:
        """The members assigned to one guardrail, or to any guardrail when `guardrail_id` is None."""
        endpoint, path = _assignments(guardrail_id, GUARDRAIL_MEMBER_ASSIGNMENTS, MEMBER_ASSIGNMENTS)
        return paginate(
            self._client,
            endpoint,
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            **path,
            **filters,
        )


class AsyncGuardrails:
    """The async twin of `Guardrails` (`aclient.guardrails`)."""

    def __init__(self, client: _CallsOperationsAsync, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = DEFAULT_DEDUP_WINDOW,
        **filters: Any,
    ) -> AsyncPager[Guardrail]:
        """Every guardrail, fetched lazily (`page_size` 1..100; by default 100)."""
        return apaginate(
            self._client,
            GUARDRAILS,
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            **filters,
        )

    def key_assignments(
        self,
        guardrail_id: str | UUID | None = None,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = DEFAULT_DEDUP_WINDOW,
        **filters: Any,
    ) -> AsyncPager[KeyAssignment]:
        """The API keys assigned to one guardrail, or to any guardrail when `guardrail_id` is None."""
        endpoint, path = _assignments(guardrail_id, GUARDRAIL_KEY_ASSIGNMENTS, KEY_ASSIGNMENTS)
        return apaginate(
            self._client,
            endpoint,
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            **path,
            **filters,
        )

    def member_assignments(
        self,
        guardrail_id: str | UUID | None = None,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = DEFAULT_DEDUP_WINDOW,
        **filters: Any,
    ) -> AsyncPager[MemberAssignment]:
        """The members assigned to one guardrail, or to any guardrail when `guardrail_id` is None."""
        endpoint, path = _assignments(guardrail_id, GUARDRAIL_MEMBER_ASSIGNMENTS, MEMBER_ASSIGNMENTS)
        return apaginate(
            self._client,
            endpoint,
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            **path,
            **filters,
        )
