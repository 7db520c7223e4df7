"""Each fault, observed on the wire."""

from __future__ import annotations

import itertools
import json
import socket
import time
from typing import Any

import httpx
import pytest
from sse_helpers import data_frames, parse_frames

from openrouter_ext.testing import (
    Behaviour,
    Emulator,
    EndWithoutTerminator,
    ErrorEvent,
    HttpError,
    IdleGap,
    InvalidUtf8,
    KeepAliveOnly,
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

CHAT_ROUTE = "POST /chat/completions"
CHAT = {"model": "emulator/count", "messages": [{"role": "user", "content": "Hello"}]}
STREAM_BODIES = {
    "/chat/completions": {**CHAT, "stream": True},
    "/responses": {"input": "Hello", "stream": True},
    "/messages": {**CHAT, "stream": True},
}


def _read_until_broken(client: httpx.Client, path: str, body: dict[str, Any]) -> tuple[bytes, Exception | None]:
    """The bytes a client got before the connection failed, and the failure (None if the body ended cleanly)."""
    received = bytearray()
    with client.stream("POST", path, json=body) as response:
        try:
            for piece in response.iter_raw():
                received += piece
        except httpx.TransportError as exc:
            return bytes(received), exc
    return bytes(received), None


def test_rate_limit_twice_then_success(emu: Emulator, client: httpx.Client) -> None:
    rule = emu.faults.add(rate_limited(retry_after=0.25), route=CHAT_ROUTE, times=2)
    statuses = []
    for _ in range(3):
        response = client.post("/chat/completions", json=CHAT)
        statuses.append(response.status_code)
        if response.status_code == 429:
            assert response.headers["Retry-After"] == "0.25"
            assert response.headers["X-RateLimit-Remaining"] == "0"
            assert response.json()["error"]["code"] == 429
    assert statuses == [429, 429, 200]
    assert rule.fired == 2
    assert emu.faults.pending == []


@pytest.mark.parametrize(
    ("fault", "status"),
    [(server_error(), 500), (bad_gateway(), 502), (service_unavailable(retry_after=3), 503), (overloaded(), 529)],
)
def test_json_status_faults_use_the_error_envelope(
    emu: Emulator, client: httpx.Client, fault: HttpError, status: int
) -> None:
    emu.faults.add(fault)
    response = client.post("/chat/completions", json=CHAT)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    error = response.json()["error"]
    assert error["code"] == status
    assert isinstance(error["message"], str)
    if status == 503:
        assert response.headers["Retry-After"] == "3"


@pytest.mark.parametrize(("fault", "status"), [(bad_gateway(html=True), 502), (edge_timeout(), 524)])
def test_edge_faults_send_an_html_page(emu: Emulator, client: httpx.Client, fault: HttpError, status: int) -> None:
    emu.faults.add(fault)
    response = client.get("/models")
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert response.text.lstrip().startswith("<!DOCTYPE html>")


def test_status_fault_on_messages_uses_the_anthropic_envelope(emu: Emulator, client: httpx.Client) -> None:
    emu.faults.add(overloaded(), route="POST /messages")
    response = client.post("/messages", json=CHAT)
    assert response.status_code == 529
    assert response.json()["error"]["type"] == "overloaded_error"


def test_rules_match_their_route_and_skip(emu: Emulator, client: httpx.Client) -> None:
    emu.faults.add(server_error(), route="POST /responses", skip=1, times=None)
    assert client.post("/chat/completions", json=CHAT).status_code == 200
    assert client.post("/responses", json={"input": "x"}).status_code == 200
    assert client.post("/responses", json={"input": "x"}).status_code == 500
    assert client.post("/responses", json={"input": "x"}).status_code == 500
    assert [r.faults for r in emu.requests] == [(), (), ("HttpError",), ("HttpError",)]


def test_reset_before_headers_is_a_tcp_reset(emu: Emulator) -> None:
    emu.faults.add(ResetBeforeHeaders())
    with socket.create_connection(("127.0.0.1", emu.port), timeout=5) as raw:
        raw.sendall(b"GET /api/v1/models HTTP/1.1\r\nHost: x\r\n\r\n")
        with pytest.raises(ConnectionResetError):
            raw.recv(1024)
    assert emu.wait_for_requests(1)
    assert emu.requests[0].status is None


def test_reset_before_headers_reaches_httpx_as_transport_error(emu: Emulator, client: httpx.Client) -> None:
    emu.faults.add(ResetBeforeHeaders(), route=CHAT_ROUTE)
    with pytest.raises(httpx.TransportError):
        client.post("/chat/completions", json=CHAT)
    assert client.post("/chat/completions", json=CHAT).status_code == 200


def test_reset_mid_stream_after_n_events(emu: Emulator, client: httpx.Client) -> None:
    emu.behaviour = Behaviour(chunks=20)
    emu.faults.add(ResetMidStream(after_events=3), route=CHAT_ROUTE)
    received, error = _read_until_broken(client, "/chat/completions", STREAM_BODIES["/chat/completions"])
    assert error is not None
    assert received.count(b"data: ") == 3
    assert emu.wait_for_streams_closed()
    (stream,) = emu.streams
    assert stream.reset_by_fault
    assert not stream.completed
    assert stream.events_sent == 3


def test_reset_mid_body_on_a_json_route(emu: Emulator, client: httpx.Client) -> None:
    emu.faults.add(ResetMidStream(), route="GET /models")
    with pytest.raises(httpx.TransportError):
        client.get("/models")


def test_json_body_cut_short_and_malformed(emu: Emulator, client: httpx.Client) -> None:
    emu.faults.add(EndWithoutTerminator(), route="GET /providers")
    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/providers")
    emu.faults.add(MalformedEvent(), route="GET /providers")
    with pytest.raises(json.JSONDecodeError):
        client.get("/providers").json()


@pytest.mark.parametrize(
    ("path", "missing"),
    [("/chat/completions", b"[DONE]"), ("/responses", b"response.completed"), ("/messages", b"message_stop")],
)
def test_stream_ends_cleanly_without_its_terminator(
    emu: Emulator, client: httpx.Client, path: str, missing: bytes
) -> None:
    emu.faults.add(EndWithoutTerminator(), route=f"POST {path}")
    received, error = _read_until_broken(client, path, STREAM_BODIES[path])
    assert error is None
    assert missing not in received
    assert b"5" in received
    assert not emu.streams[0].completed


def test_malformed_event_is_not_json(emu: Emulator, client: httpx.Client) -> None:
    emu.faults.add(MalformedEvent(after_events=2), route=CHAT_ROUTE)
    received, _ = _read_until_broken(client, "/chat/completions", STREAM_BODIES["/chat/completions"])
    frames = data_frames(received)
    with pytest.raises(json.JSONDecodeError):
        frames[2].json()
    assert frames[-1].data == "[DONE]"


def test_chat_mid_stream_error_chunk(emu: Emulator, client: httpx.Client) -> None:
    emu.faults.add(ErrorEvent(after_events=2, code=502, message="upstream broke"), route=CHAT_ROUTE)
    received, _ = _read_until_broken(client, "/chat/completions", STREAM_BODIES["/chat/completions"])
    frames = data_frames(received)
    assert frames[-1].data == "[DONE]"
    last = frames[-2].json()
    assert last["error"] == {"code": 502, "message": "upstream broke"}
    assert last["choices"][0]["finish_reason"] == "error"
    assert len(frames) == 4


def test_responses_mid_stream_error_events(emu: Emulator, client: httpx.Client) -> None:
    emu.faults.add(ErrorEvent(after_events=3), route="POST /responses")
    received, _ = _read_until_broken(client, "/responses", STREAM_BODIES["/responses"])
    events = [frame.json() for frame in data_frames(received)]
    assert [e["type"] for e in events[-2:]] == ["error", "response.failed"]
    assert events[-2]["code"] == "server_error"
    assert events[-1]["response"]["status"] == "failed"
    assert events[-1]["response"]["error"]["code"] == "server_error"


def test_messages_mid_stream_error_event(emu: Emulator, client: httpx.Client) -> None:
    emu.faults.add(ErrorEvent(after_events=3, code=529, message="busy"), route="POST /messages")
    received, _ = _read_until_broken(client, "/messages", STREAM_BODIES["/messages"])
    last = data_frames(received)[-1]
    assert last.event == "error"
    assert last.json() == {
        "type": "error",
        "error": {"type": "overloaded_error", "message": "busy"},
        "request_id": None,
    }


def test_slow_first_byte(emu: Emulator, client: httpx.Client) -> None:
    emu.faults.add(SlowFirstByte(0.3))
    started = time.monotonic()
    assert client.get("/models").status_code == 200
    assert time.monotonic() - started >= 0.3


def test_idle_gap_sends_nothing_for_a_while(emu: Emulator, client: httpx.Client) -> None:
    emu.faults.add(IdleGap(after_events=2, seconds=0.3), route=CHAT_ROUTE)
    arrivals: list[tuple[float, bytes]] = []
    with client.stream("POST", "/chat/completions", json=STREAM_BODIES["/chat/completions"]) as response:
        for piece in response.iter_raw():
            arrivals.append((time.monotonic(), piece))
    gaps = [later[0] - earlier[0] for earlier, later in itertools.pairwise(arrivals)]
    assert max(gaps) >= 0.25
    before_gap = b"".join(piece for _, piece in arrivals[: gaps.index(max(gaps)) + 1])
    assert before_gap.count(b"data: ") == 2


def test_keepalive_only_stretch(emu: Emulator, client: httpx.Client) -> None:
    emu.faults.add(KeepAliveOnly(after_events=1, comments=4, interval=0.01), route=CHAT_ROUTE)
    received, _ = _read_until_broken(client, "/chat/completions", STREAM_BODIES["/chat/completions"])
    frames = parse_frames(received)
    assert [bool(frame.comments) for frame in frames[:6]] == [True, False, True, True, True, True]
    assert frames[-1].data == "[DONE]"


def test_oversized_event(emu: Emulator, client: httpx.Client) -> None:
    emu.faults.add(OversizedEvent(after_events=1, size=2_000_000), route=CHAT_ROUTE)
    received, _ = _read_until_broken(client, "/chat/completions", STREAM_BODIES["/chat/completions"])
    frames = data_frames(received)
    assert len(frames[1].data or "") > 2_000_000
    assert frames[1].json()["choices"][0]["delta"]["content"] == "x" * 2_000_000


def test_invalid_utf8_event(emu: Emulator, client: httpx.Client) -> None:
    emu.faults.add(InvalidUtf8(after_events=1), route=CHAT_ROUTE)
    received, _ = _read_until_broken(client, "/chat/completions", STREAM_BODIES["/chat/completions"])
    assert b"\xff\xfe" in received
    with pytest.raises(UnicodeDecodeError):
        received.decode("utf-8")


def test_trickled_body_arrives_intact_in_small_pieces(emu: Emulator, client: httpx.Client) -> None:
    emu.faults.add(TrickleBytes(bytes_per_write=16, interval=0.0005), route=CHAT_ROUTE)
    with client.stream("POST", "/chat/completions", json=STREAM_BODIES["/chat/completions"]) as response:
        pieces = list(response.iter_raw())
    body = b"".join(pieces)
    assert body.endswith(b"data: [DONE]\n\n")
    assert len(pieces) > 10
