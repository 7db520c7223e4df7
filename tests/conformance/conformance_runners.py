"""Runs one conformance vector (conformance/vectors/*.json) through this client and reports what happened.

Each `run_<kind>(input)` returns a dict in the shape of the vector's `expected`, built only from what the public API
exposes: the stream classes over an httpx.MockTransport, `make_status_error`, the RetryTransport over a
MockTransport with the sleeps recorded and the clock and jitter fixed, a SyncPager over a scripted fetch, the
routing builders, and the generated models' `from_dict` / `to_dict`. The test compares it with `expected`;
`scripts/conformance.py` uses the stream runner to fill in the assembled results of the stream vectors.

`KIND_TO_CLASS` is the table from the language-neutral outcome names the vectors use to this client's classes
(conformance/README.md shows the same table to porters).
"""

from __future__ import annotations

import base64
import contextlib
import importlib
import json
import warnings
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

import httpx
from openrouter_api.types import UNSET, MissingFieldError

from openrouter_ext import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    EdgeTimeoutError,
    GatewayTimeoutError,
    GuardrailError,
    InsufficientCreditsError,
    InternalServerError,
    InvalidRoutingError,
    MalformedEventError,
    ModerationError,
    NoProviderAvailableError,
    NotFoundError,
    PageFetchError,
    PayloadTooLargeError,
    PermissionDeniedError,
    ProviderError,
    ProviderOverloadedError,
    RateLimitError,
    RequestTimeoutError,
    ServerError,
    StreamError,
    StreamIdleTimeoutError,
    StreamIncompleteError,
    UnprocessableEntityError,
)
from openrouter_ext import _retries as retries
from openrouter_ext._base_client import connection_error
from openrouter_ext._exceptions import make_status_error
from openrouter_ext.pagination import ListEndpoint, PageSizeRules, SyncPager
from openrouter_ext.routing import ModelSelection, ProviderRouting, with_variant
from openrouter_ext.streaming import (
    AsyncChatStream,
    AsyncMessageStream,
    AsyncResponseStream,
    ChatStream,
    MessageStream,
    ResponseStream,
)

__all__ = [
    "KIND_TO_CLASS",
    "RUNNERS",
    "kind_of",
    "run_errors",
    "run_lenient",
    "run_pagination",
    "run_retries",
    "run_routing",
    "run_streams",
    "run_streams_async",
]

# Outcome kind (the vectors' name) -> the class this client raises for it. Kinds that share a class are told apart
# by the extra condition `kind_of` checks (a deadline is an APITimeoutError caused by DeadlineExceeded).
KIND_TO_CLASS: dict[str, type[BaseException]] = {
    "bad_request": BadRequestError,
    "authentication": AuthenticationError,
    "insufficient_credits": InsufficientCreditsError,
    "permission_denied": PermissionDeniedError,
    "moderation": ModerationError,
    "guardrail": GuardrailError,
    "not_found": NotFoundError,
    "request_timeout": RequestTimeoutError,
    "conflict": ConflictError,
    "payload_too_large": PayloadTooLargeError,
    "unprocessable_entity": UnprocessableEntityError,
    "rate_limit": RateLimitError,
    "server_error": ServerError,
    "internal_server_error": InternalServerError,
    "provider_error": ProviderError,
    "no_provider_available": NoProviderAvailableError,
    "gateway_timeout": GatewayTimeoutError,
    "edge_timeout": EdgeTimeoutError,
    "provider_overloaded": ProviderOverloadedError,
    "api_status_error": APIStatusError,
    "connection_error": APIConnectionError,
    "timeout": APITimeoutError,
    "deadline_exceeded": APITimeoutError,
    "stream_error": StreamError,
    "not_event_stream": StreamError,
    "stream_incomplete": StreamIncompleteError,
    "stream_idle_timeout": StreamIdleTimeoutError,
    "malformed_event": MalformedEventError,
    "page_fetch_failed": PageFetchError,
    "invalid_routing": InvalidRoutingError,
    "invalid_argument": ValueError,
}

_CLASS_TO_KIND: dict[type[BaseException], str] = {}
for _kind, _cls in KIND_TO_CLASS.items():
    _CLASS_TO_KIND.setdefault(_cls, _kind)


def kind_of(exc: BaseException) -> str:
    """The outcome kind of an error this client raised (its exact class, with the shared-class cases told apart)."""
    if isinstance(exc, APITimeoutError) and isinstance(exc.__cause__, retries.DeadlineExceeded):
        return "deadline_exceeded"
    if type(exc) is StreamError and "content_type" in exc.metadata and exc.code is None:
        return "not_event_stream"
    kind = _CLASS_TO_KIND.get(type(exc))
    if kind is None:
        raise AssertionError(f"no outcome kind for {type(exc).__name__}: {exc}")
    return kind


# --- shared -----------------------------------------------------------------------------------------------------


def decode_body(spec: Mapping[str, Any] | None) -> bytes:
    """The bytes a body spec stands for: {"json": value}, {"text": str} or {"base64": str}; absent means empty."""
    if spec is None:
        return b""
    if "json" in spec:
        return json.dumps(spec["json"]).encode()
    if "text" in spec:
        return str(spec["text"]).encode("utf-8")
    return base64.b64decode(spec["base64"])


def _response(spec: Mapping[str, Any], request: httpx.Request) -> httpx.Response:
    headers = dict(spec.get("headers") or {})
    body = spec.get("body")
    if body is not None and "json" in body:
        headers.setdefault("content-type", "application/json")
    return httpx.Response(spec["status"], headers=headers, content=decode_body(body), request=request)


class _Clock:
    """The time the RetryTransport sees: it moves only when it sleeps or an attempt says it took time."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@contextlib.contextmanager
def _fixed_retries(jitter: float, clock: _Clock) -> Iterator[None]:
    # The module routes its clock, sleeps and jitter through these names so that tests can fix them.
    saved = (retries._monotonic, retries._sleep, retries._random)
    retries._monotonic, retries._sleep, retries._random = clock.monotonic, clock.sleep, lambda: jitter
    try:
        yield
    finally:
        retries._monotonic, retries._sleep, retries._random = saved


_FAILURES: dict[str, type[httpx.TransportError]] = {
    "connect_error": httpx.ConnectError,
    "connect_timeout": httpx.ConnectTimeout,
    "pool_timeout": httpx.PoolTimeout,
    "write_error": httpx.WriteError,
    "write_timeout": httpx.WriteTimeout,
    "read_timeout": httpx.ReadTimeout,
    "read_error": httpx.ReadError,
    "remote_protocol_error": httpx.RemoteProtocolError,
}


def _policy(spec: Mapping[str, Any]) -> retries.RetryPolicy:
    return retries.RetryPolicy(**spec)


# --- streams ----------------------------------------------------------------------------------------------------

_STREAMS: dict[str, tuple[type[Any], type[Any], str]] = {
    "chat": (ChatStream, AsyncChatStream, "/chat/completions"),
    "responses": (ResponseStream, AsyncResponseStream, "/responses"),
    "messages": (MessageStream, AsyncMessageStream, "/messages"),
}
_ENDS: dict[str, BaseException | None] = {
    "eof": None,
    "connection_reset": httpx.ReadError("connection reset by peer"),
    "read_timeout": httpx.ReadTimeout("timed out"),
}


class _Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, reads: list[bytes], end: str) -> None:
        self._reads = reads
        self._end = end

    def __iter__(self) -> Iterator[bytes]:
        yield from self._reads
        failure = _ENDS[self._end]
        if failure is not None:
            raise failure

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for read in self:
            yield read


def _text_of(snapshot: Any) -> str:
    text = snapshot.output_text if hasattr(snapshot, "output_text") else snapshot.text
    return str(text)


def _stream_error(exc: StreamError) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": kind_of(exc), "code": exc.code, "metadata": exc.metadata}
    if out["kind"] == "stream_error":
        out["message"] = exc.message
    if out["kind"] == "not_event_stream":
        out["metadata"] = {"content_type": exc.metadata.get("content_type"), "body": exc.metadata.get("body")}
    return out


def _stream_handler(vector_input: Mapping[str, Any]) -> httpx.MockTransport:
    reads = [decode_body(part) for part in vector_input["body"]]
    headers = {"content-type": "text/event-stream", **(vector_input.get("headers") or {})}
    end = vector_input.get("end", "eof")

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=headers, stream=_Body(reads, end))

    return httpx.MockTransport(handler)


def _stream_outcome(
    endpoint: str, events: int, stream: Any, result: Any = None, error: StreamError | None = None
) -> dict[str, Any]:
    if error is not None:
        snapshot = error.partial
        out: dict[str, Any] = {
            "outcome": "error",
            "events": events,
            "error": _stream_error(error),
            "partial": snapshot.to_dict(),
            "text": _text_of(snapshot),
            "generation_id": error.generation_id,
        }
    else:
        snapshot = result
        out = {
            "outcome": "completed",
            "events": events,
            "result": result.to_dict(),
            "text": _text_of(result),
            "generation_id": stream.generation_id,
        }
    if endpoint != "chat":
        out["other_events"] = [event.get("type") for event in snapshot.other_events]
    if endpoint == "messages":
        # The raw tool input JSON per block index: what a cut stream had received of each tool call's input.
        out["tool_input_json"] = {str(index): raw for index, raw in sorted(snapshot.tool_input_json.items())}
    return out


def run_streams(vector_input: Mapping[str, Any]) -> dict[str, Any]:
    endpoint = vector_input["endpoint"]
    stream_class, _, path = _STREAMS[endpoint]
    with (
        httpx.Client(transport=_stream_handler(vector_input), base_url="http://conformance.test") as client,
        client.stream("POST", path, json={"stream": True}) as response,
    ):
        stream = stream_class(response)
        events = 0
        try:
            for _ in stream.events():
                events += 1
            stream.final()  # raises the stream's error; the assembled result a port compares is the snapshot
            result = stream.snapshot
        except StreamError as exc:
            return _stream_outcome(endpoint, events, stream, error=exc)
        return _stream_outcome(endpoint, events, stream, result)


async def run_streams_async(vector_input: Mapping[str, Any]) -> dict[str, Any]:
    """The same through the async stream classes, which must agree with the sync ones."""
    endpoint = vector_input["endpoint"]
    _, stream_class, path = _STREAMS[endpoint]
    async with (
        httpx.AsyncClient(transport=_stream_handler(vector_input), base_url="http://conformance.test") as client,
        client.stream("POST", path, json={"stream": True}) as response,
    ):
        stream = stream_class(response)
        events = 0
        try:
            async for _ in stream.events():
                events += 1
            await stream.final()
            result = stream.snapshot
        except StreamError as exc:
            return _stream_outcome(endpoint, events, stream, error=exc)
        return _stream_outcome(endpoint, events, stream, result)


# --- errors -----------------------------------------------------------------------------------------------------


def _error_fields(exc: APIStatusError) -> dict[str, Any]:
    out: dict[str, Any] = {
        "kind": kind_of(exc),
        "status_code": exc.status_code,
        "code": exc.code,
        "message": exc.message,
        "metadata": exc.metadata,
        "request_id": exc.request_id,
        "generation_id": exc.generation_id,
        "retry_after": exc.retry_after,
    }
    if isinstance(exc, RateLimitError):
        out["rate_limit"] = {
            "limit": exc.rate_limit_limit,
            "remaining": exc.rate_limit_remaining,
            "reset": exc.rate_limit_reset,
        }
    if isinstance(exc, PermissionDeniedError):
        out["permission"] = {
            "reasons": exc.reasons,
            "flagged_input": exc.flagged_input,
            "provider_name": exc.provider_name,
            "model_slug": exc.model_slug,
        }
    if isinstance(exc, ProviderError):
        out["provider"] = {"provider_name": exc.provider_name, "raw": exc.raw}
    return out


def run_errors(vector_input: Mapping[str, Any]) -> dict[str, Any]:
    method = vector_input.get("method", "POST")
    url = "https://openrouter.ai/api/v1" + vector_input.get("path", "/chat/completions")
    error = make_status_error(_response(vector_input, httpx.Request(method, url)))
    out = _error_fields(error)
    # The retry decision: the default policy, this response on the first attempt, a 200 if it tries again.
    answers = [vector_input, {"status": 200, "body": {"json": {}}}]
    attempts = _retry_walk(method, url, answers, retries.RetryPolicy(), jitter=0.0, request_timeout=60.0)
    out["retry"] = {"retried": attempts["attempts"] > 1, "wait": attempts["waits"][0] if attempts["waits"] else None}
    return out


# --- retries ----------------------------------------------------------------------------------------------------


def _retry_walk(
    method: str,
    url: str,
    steps: list[Mapping[str, Any]],
    policy: retries.RetryPolicy,
    *,
    jitter: float,
    request_timeout: float,
) -> dict[str, Any]:
    clock = _Clock()
    attempts = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal attempts
        if attempts >= len(steps):
            raise AssertionError(f"the vector scripts {len(steps)} attempt(s) and the client made another")
        step = steps[attempts]
        attempts += 1
        clock.now += float(step.get("takes", 0.0))
        if "failure" in step:
            raise _FAILURES[step["failure"]](f"scripted {step['failure']}", request=request)
        return _response(step, request)

    transport = retries.RetryTransport(httpx.MockTransport(handler), policy)
    outcome: dict[str, Any]
    with _fixed_retries(jitter, clock), httpx.Client(transport=transport, timeout=request_timeout) as client:
        try:
            response = client.request(method, url, content=b'{"model": "m"}')
        except httpx.RequestError as exc:
            typed = connection_error(exc)
            typed.__cause__ = exc
            outcome = {"error": kind_of(typed)}
        else:
            outcome = {"status": response.status_code}
            if response.status_code >= 400:
                outcome["kind"] = kind_of(make_status_error(response))
    return {"attempts": attempts, "waits": clock.sleeps, "outcome": outcome}


def run_retries(vector_input: Mapping[str, Any]) -> dict[str, Any]:
    return _retry_walk(
        vector_input.get("method", "POST"),
        "https://openrouter.ai/api/v1" + vector_input.get("path", "/chat/completions"),
        list(vector_input["steps"]),
        _policy(vector_input.get("policy") or {}),
        jitter=float(vector_input.get("jitter", 0.0)),
        request_timeout=float(vector_input.get("request_timeout", 60.0)),
    )


# --- pagination -------------------------------------------------------------------------------------------------


def _endpoint(spec: Mapping[str, Any]) -> ListEndpoint[Any]:
    return ListEndpoint(
        route="GET /conformance",
        operation="unused.conformance",
        items_field=spec.get("items_field", "data"),
        total_field=spec.get("total_field", "total_count"),
        identity_field=spec.get("identity_field", "id"),
        page_size=PageSizeRules(
            limit_param=spec.get("limit_param", "limit"),
            minimum=spec.get("page_size_minimum", 1),
            maximum=spec.get("page_size_maximum", 100),
            default=spec.get("page_size_default", 100),
        ),
        max_offset=spec.get("max_offset"),
    )


def run_pagination(vector_input: Mapping[str, Any]) -> dict[str, Any]:
    responses = list(vector_input["responses"])
    requests: list[dict[str, Any]] = []

    def fetch(params: dict[str, Any]) -> object:
        if len(requests) >= len(responses):
            raise AssertionError(f"the vector scripts {len(responses)} page(s) and the pager asked for another")
        requests.append(dict(params))
        answer = responses[len(requests) - 1]
        if "status" in answer:
            raise make_status_error(_response(answer, httpx.Request("GET", "https://openrouter.ai/api/v1/x")))
        return answer["body"]

    options = dict(vector_input.get("options") or {})
    try:
        pager: SyncPager[Any] = SyncPager(_endpoint(vector_input.get("endpoint") or {}), fetch, **options)
    except ValueError:
        return {"requests": requests, "error": {"kind": "invalid_argument"}}

    errors: list[dict[str, Any]] = []
    retry_after_error = bool(vector_input.get("continue_after_error"))
    out: dict[str, Any] = {}
    if vector_input.get("mode", "items") == "pages":
        pages: list[dict[str, Any]] = []
        for page in pager.pages():
            pages.append(
                {
                    "offset": page.offset,
                    "next_offset": page.next_offset,
                    "items": list(page.items),
                    "duplicates": list(page.duplicates),
                    "total_count": page.total_count,
                }
            )
        out["pages"] = pages
    else:
        items: list[Any] = []
        while True:
            try:
                for item in pager:
                    items.append(item)
                break
            except PageFetchError as exc:
                cause = None if exc.error is None else kind_of(exc.error)
                errors.append({"kind": kind_of(exc), "offset": exc.offset, "cause": cause})
                if not retry_after_error or len(errors) > len(responses):
                    break
        out["items"] = items
    out.update(
        requests=requests,
        errors=errors,
        duplicates_skipped=pager.duplicates_skipped,
        list_changed=pager.list_changed,
        total_count=pager.total_count,
        resume_offset=pager.resume_offset,
        pages_fetched=pager.pages_fetched,
        offset_limit_reached=pager.offset_limit_reached,
    )
    return out


# --- routing ----------------------------------------------------------------------------------------------------

_PRESETS = ("cheapest", "fastest", "lowest_latency", "no_data_retention", "pinned", "price_cap")


def _call(target: Any, step: Mapping[str, Any]) -> Any:
    return getattr(target, step["call"])(*step.get("args", ()), **step.get("kwargs", {}))


def _build_routing(vector_input: Mapping[str, Any]) -> Any:
    builder = vector_input["builder"]
    start = vector_input.get("start") or {"call": "new"}
    if builder == "with_variant":
        return with_variant(*start.get("args", ()))
    cls = ProviderRouting if builder == "provider_routing" else ModelSelection
    if start["call"] == "new":
        value = cls(*start.get("args", ()), **start.get("kwargs", {}))
    elif start["call"] in ("from_dict", "from_params") or (cls is ProviderRouting and start["call"] in _PRESETS):
        value = _call(cls, start)
    else:
        raise AssertionError(f"unknown start {start['call']!r} for {builder}")
    for step in vector_input.get("steps", ()):
        value = _call(value, step)
    output = vector_input.get("output", "to_dict")
    return _call(value, {"call": output})


def run_routing(vector_input: Mapping[str, Any]) -> dict[str, Any]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            wire = _build_routing(vector_input)
        except InvalidRoutingError as exc:
            out: dict[str, Any] = {"error": {"kind": kind_of(exc), "message": str(exc)}}
        else:
            out = {"json": wire}
    kinds = ["deprecated_model_variant" for w in caught if issubclass(w.category, DeprecationWarning)]
    if kinds:
        out["warnings"] = kinds
    return out


# --- lenient parsing --------------------------------------------------------------------------------------------


def _model_class(name: str) -> Any:
    module = importlib.import_module("openrouter_api.models")
    return getattr(module, name)


def _read(value: Any, segment: str | int) -> Any:
    """One step of a read path: a list index, or a field by its JSON name (a missing required field raises)."""
    if isinstance(segment, int):
        return value[segment]
    for attribute in (segment, segment + "_"):
        try:
            return getattr(value, attribute)
        except MissingFieldError:
            raise
        except AttributeError:
            continue
    extra = getattr(value, "additional_properties", None)
    if isinstance(extra, dict) and segment in extra:
        return _Extra(extra[segment])
    raise AssertionError(f"{type(value).__name__} has no field {segment!r}")


class _Extra:
    def __init__(self, value: Any) -> None:
        self.value = value


def _describe(value: Any) -> Any:
    if isinstance(value, _Extra):
        return {"extra": value.value}
    if value is UNSET:
        return "absent"
    if value is None:
        return {"value": None}
    enum_type = type(value)
    if hasattr(enum_type, "is_known") and hasattr(value, "value"):
        return {"enum": value.value, "known": bool(enum_type.is_known(value.value))}
    if hasattr(value, "to_dict"):
        return {"object": type(value).__name__}
    return {"value": value}


def run_lenient(vector_input: Mapping[str, Any]) -> dict[str, Any]:
    cls = _model_class(vector_input["schema"])
    try:
        model = cls.from_dict(vector_input["body"])
    except (TypeError, ValueError, KeyError, AttributeError):
        return {"error": {"kind": "parse_error"}}
    reads = []
    for path in vector_input.get("reads", ()):
        value = model
        try:
            for segment in path:
                value = _read(value, segment)
        except MissingFieldError:
            reads.append({"path": path, "reads": "missing_required"})
            continue
        reads.append({"path": path, "reads": _describe(value)})
    return {"to_dict": model.to_dict(), "reads": reads}


RUNNERS = {
    "streams": run_streams,
    "errors": run_errors,
    "retries": run_retries,
    "pagination": run_pagination,
    "routing": run_routing,
    "lenient": run_lenient,
}
