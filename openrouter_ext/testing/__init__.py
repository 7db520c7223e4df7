"""A local OpenRouter API for tests and benchmarks: real HTTP on loopback, deterministic answers, scripted faults.

    from openrouter_ext.testing import Emulator, faults

    with Emulator() as emu:
        emu.faults.add(faults.rate_limited(retry_after=0.1), route="POST /chat/completions", times=2)
        ...  # point any client at emu.base_url

It answers every operation of the pinned spec (openapi/openrouter.yaml, with the project's overlay): hand-made
behaviour for inference, models, keys, guardrails, credits and generations; for the rest the spec's own success
body, with state where operations form a create/get/list/delete family (BYOK keys, workspaces with budgets and
members, observability destinations, SCIM group mappings, presets, files, video jobs). Requests are validated
against the spec's parameter and body schemas (jsonschema) and refused with a 400 naming the field; an unknown
path is a JSON 404, a method the spec does not document on a path a JSON 405.

Also a pytest fixture (`openrouter_ext.testing.pytest_plugin`) and a command line server
(`python -m openrouter_ext.testing --port 8080`).

Why the standard library's `http.server.ThreadingHTTPServer`: it costs users no extra dependency, and its
handlers own a plain blocking socket, which is what the faults need: a TCP reset before the headers or in the
middle of a body (SO_LINGER 0), bytes that are not UTF-8, a body trickled a few bytes at a time, a client
hang-up noticed during a pause (select + peek). A thread per connection serves a few hundred concurrent streams
comfortably (the listen backlog is raised from its default of 5), and with no delay configured, events are
gathered into 32 KiB writes so that 10,000-event streams are limited by the client, not the server. An asyncio
or ASGI server would add a dependency or hide the socket behind a transport for no gain at this scale.
"""

from __future__ import annotations

from openrouter_ext.testing import _faults as faults
from openrouter_ext.testing._api import PROVIDER_PREFERENCE_KEYS
from openrouter_ext.testing._behaviour import BEHAVIOUR_HEADER, Behaviour
from openrouter_ext.testing._emulator import Emulator
from openrouter_ext.testing._faults import (
    FAULT_TAG_HEADER,
    EndWithoutTerminator,
    ErrorEvent,
    FailedChoice,
    Fault,
    FaultBook,
    FaultRule,
    HttpError,
    IdleGap,
    InvalidUtf8,
    KeepAliveOnly,
    ListChange,
    MalformedEvent,
    OversizedEvent,
    ResetBeforeHeaders,
    ResetMidStream,
    SlowFirstByte,
    TrickleBytes,
    bad_gateway,
    edge_timeout,
    overloaded,
    rate_limited,
    server_error,
    service_unavailable,
)
from openrouter_ext.testing._records import RecordedRequest, StreamRecord

__all__ = [
    "BEHAVIOUR_HEADER",
    "FAULT_TAG_HEADER",
    "PROVIDER_PREFERENCE_KEYS",
    "Behaviour",
    "Emulator",
    "EndWithoutTerminator",
    "ErrorEvent",
    "FailedChoice",
    "Fault",
    "FaultBook",
    "FaultRule",
    "HttpError",
    "IdleGap",
    "InvalidUtf8",
    "KeepAliveOnly",
    "ListChange",
    "MalformedEvent",
    "OversizedEvent",
    "RecordedRequest",
    "ResetBeforeHeaders",
    "ResetMidStream",
    "SlowFirstByte",
    "StreamRecord",
    "TrickleBytes",
    "bad_gateway",
    "edge_timeout",
    "faults",
    "overloaded",
    "rate_limited",
    "server_error",
    "service_unavailable",
]
