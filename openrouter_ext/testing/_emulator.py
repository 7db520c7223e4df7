"""`Emulator`: the public handle on one running emulated API (start, stop, configure, inspect)."""

from __future__ import annotations

import threading
from types import TracebackType
from typing import Any, Literal

from openrouter_ext.testing._api import EmulatedApi
from openrouter_ext.testing._behaviour import Behaviour
from openrouter_ext.testing._faults import FaultBook
from openrouter_ext.testing._records import Observations, RecordedRequest, StreamRecord
from openrouter_ext.testing._server import API_PREFIX, EmulatorHTTPServer


class Emulator:
    """A local OpenRouter API on a loopback port, served from background threads.

        with Emulator() as emu:
            client = OpenRouter(api_key="sk-test", base_url=emu.base_url)

    Arguments:
        port: 0 picks a free port.
        api_key: when set, only this key (or `management_key`) is accepted; otherwise any bearer token is.
        management_key: when set, /keys, /guardrails and /credits accept only this key (403 for others).
        behaviour: how the emulated model answers (also settable later through `behaviour`).
        model_count: size of the GET /models catalog.
        keys_page_size: page size of GET /keys (the API uses 100).
        keepalive_timeout: seconds an idle keep-alive connection is kept before the server closes it.
        validate_requests: check every request's parameters and body against the pinned spec (jsonschema) and
            answer 400 naming the field, as the real API does. Needs jsonschema installed.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str | None = None,
        management_key: str | None = None,
        behaviour: Behaviour | None = None,
        model_count: int = 24,
        keys_page_size: int = 100,
        keepalive_timeout: float = 30.0,
        validate_requests: bool = True,
    ) -> None:
        self._host = host
        self._requested_port = port
        self._keepalive_timeout = keepalive_timeout
        self._api = EmulatedApi(
            behaviour=behaviour or Behaviour(),
            model_count=model_count,
            keys_page_size=keys_page_size,
            api_key=api_key,
            management_key=management_key,
            validate_requests=validate_requests,
        )
        self.faults = FaultBook()
        """The fault rule book: `emu.faults.add(fault, route="POST /chat/completions", times=2)`."""
        self._observations = Observations()
        self._server: EmulatorHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ----------------------------------------------------------------------------------------------

    def start(self) -> Emulator:
        if self._server is not None:
            raise RuntimeError("the emulator is already running")
        server = EmulatorHTTPServer(
            (self._host, self._requested_port),
            api=self._api,
            faults=self.faults,
            observations=self._observations,
            keepalive_timeout=self._keepalive_timeout,
        )
        self._server = server
        self._api.base_url = self.base_url
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.02}, name="openrouter-emulator", daemon=True
        )
        self._thread.start()
        return self

    def stop(self, timeout: float = 2.0) -> None:
        """Stop accepting, end every open connection and stream, and release the port."""
        server, thread = self._server, self._thread
        if server is None:
            return
        server.stopping.set()
        server.shutdown()
        server.close_live_connections()
        server.server_close()
        if thread is not None:
            thread.join(timeout)
        self._observations.wait_until(lambda: self._observations.open_connections == 0, timeout)
        self._server = None
        self._thread = None

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the emulator is not running")
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        """`http://127.0.0.1:<port>` (no API path)."""
        return f"http://{self._host}:{self.port}"

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:<port>/api/v1`: give this to a client as its base_url."""
        return self.url + API_PREFIX

    # -- configuration ------------------------------------------------------------------------------------------

    @property
    def behaviour(self) -> Behaviour:
        return self._api.behaviour

    @behaviour.setter
    def behaviour(self, behaviour: Behaviour) -> None:
        # A plain attribute swap: each request reads the behaviour once, so a change applies to later requests.
        self._api.behaviour = behaviour

    def seed_keys(self, count: int, *, disabled_every: int = 0) -> list[str]:
        """Add `count` API keys (every `disabled_every`-th one disabled). Returns their hashes."""
        return self._api.store.seed_keys(count, disabled_every=disabled_every)

    def seed_guardrails(self, count: int) -> list[str]:
        """Add `count` guardrails. Returns their ids."""
        return self._api.store.seed_guardrails(count)

    def seed_key_assignments(self, guardrail_id: str, count: int) -> list[str]:
        """Create `count` keys assigned to the guardrail. Returns the key hashes."""
        return self._api.store.seed_key_assignments(guardrail_id, count)

    def seed_member_assignments(self, guardrail_id: str, count: int) -> list[str]:
        """Assign `count` made-up members to the guardrail. Returns their user ids."""
        return self._api.store.seed_member_assignments(guardrail_id, count)

    def change_list(
        self,
        kind: Literal["keys", "guardrails", "key_assignments", "member_assignments"],
        *,
        add: int = 0,
        remove: int = 0,
        at: Literal["start", "end"] = "start",
        guardrail_id: str | None = None,
    ) -> None:
        """Add/remove items of a list right now (the ListChange fault does this between pages)."""
        self._api.store.change_list(kind, guardrail_id, add=add, remove=remove, at=at)

    @property
    def keys(self) -> list[dict[str, Any]]:
        """A snapshot of every stored key (disabled ones included)."""
        return self._api.store.visible_keys(include_disabled=True)

    @property
    def guardrails(self) -> list[dict[str, Any]]:
        return self._api.store.all_guardrails()

    @property
    def generations(self) -> dict[str, dict[str, Any]]:
        """Generation records by id, as GET /generation serves them."""
        return {gid: dict(record) for gid, record in self._api.generations.items()}

    # -- observation --------------------------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received, oldest first (Authorization redacted)."""
        return self._observations.requests

    @property
    def streams(self) -> list[StreamRecord]:
        """Every streamed response, oldest first."""
        return self._observations.streams

    @property
    def open_connections(self) -> int:
        return self._observations.open_connections

    @property
    def total_connections(self) -> int:
        """Connections accepted since start (or since `clear_records()`)."""
        return self._observations.total_connections

    @property
    def open_streams(self) -> int:
        return self._observations.open_streams

    @property
    def peak_open_streams(self) -> int:
        """The most streams that were open at the same time."""
        return self._observations.peak_open_streams

    def wait_for_idle(self, timeout: float = 2.0) -> bool:
        """Wait until no connection is open; False if some still are after `timeout` seconds."""
        return self._observations.wait_until(lambda: self._observations.open_connections == 0, timeout)

    def wait_for_streams_closed(self, timeout: float = 2.0) -> bool:
        """Wait until the server has finished every stream; False on timeout."""
        return self._observations.wait_until(lambda: self._observations.open_streams == 0, timeout)

    def wait_for_requests(self, count: int, timeout: float = 2.0) -> bool:
        """Wait until at least `count` requests have arrived."""
        return self._observations.wait_until(lambda: len(self._observations.requests) >= count, timeout)

    def clear_records(self) -> None:
        """Forget recorded requests and finished streams."""
        self._observations.clear()
