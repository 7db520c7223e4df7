"""Suite-wide fixtures: the VCR cassette harness.

Tests marked `@pytest.mark.vcr` replay the HTTP exchanges stored in their cassette
(`<test dir>/cassettes/<test module>/<test name>.yaml`). pyproject runs pytest with `--record-mode=none
--block-network`, so a request that is not in the cassette fails the test instead of reaching the network.

`make record` re-records with `--record-mode=rewrite` against the real API (OPENROUTER_API_KEY, and
OPENROUTER_MANAGEMENT_KEY for the management endpoints). Whatever is written then passes through the scrubbers
below: secret headers are dropped from requests and responses, and API keys in bodies are replaced by
SCRUBBED_KEY. tests/test_cassette_secrets.py scans every cassette with `find_secrets`.

Tests marked `replay_only` as well need server state a recording run cannot produce on demand (a finished
generation, an OAuth code from a browser, organization members); `make record` skips them.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import os
import re
import types
from collections.abc import AsyncIterator, Iterator
from typing import Any, NamedTuple

import pytest
from hypothesis import HealthCheck, settings

from openrouter_ext import AsyncOpenRouter, OpenRouter

# Property tests judge behaviour, never speed: on a loaded machine (CI shares two cores) Hypothesis's per-example
# deadline and its "input generation is slow" check fail tests that are correct, so both are off suite-wide.
settings.register_profile("openrouter-ext", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("openrouter-ext")

BASE_URL = "https://openrouter.ai/api/v1"

# Sent as the key when replaying. It never reaches a cassette: the Authorization header is not recorded.
REPLAY_API_KEY = "sk-or-v1-cassette-replay-not-a-real-key"

# What an API key found in a recorded body is replaced with. Deliberately not key-shaped.
SCRUBBED_KEY = "<scrubbed-api-key>"

# A key-shaped string: `sk-or-` and at least 12 more key characters. Real keys are `sk-or-v1-` + 64 hex digits.
# The API's own labels (`sk-or-v1-4b2...e91`) are truncated with dots and stay visible, as they are no secret.
KEY_PATTERN = re.compile(r"sk-or-[A-Za-z0-9_-]{12,}")
BEARER_PATTERN = re.compile(r"bearer\s+[A-Za-z0-9._~+/=-]{6,}", re.IGNORECASE)

_KEY_BYTES = re.compile(KEY_PATTERN.pattern.encode())
_BEARER_BYTES = re.compile(BEARER_PATTERN.pattern.encode(), re.IGNORECASE)

SECRET_REQUEST_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "x-api-key"})
SECRET_RESPONSE_HEADERS = frozenset({"set-cookie"})


def _scrub_text(text: str) -> str:
    return KEY_PATTERN.sub(SCRUBBED_KEY, BEARER_PATTERN.sub(f"Bearer {SCRUBBED_KEY}", text))


def scrub_body(body: bytes | str | None) -> bytes | str | None:
    """Replace the secrets in a recorded body.

    A JSON object's top-level `key` string is the new API key that POST /keys and POST /auth/keys return, so it
    is replaced whatever it looks like; any other key-shaped string or bearer token anywhere is replaced too.
    """
    if not body:
        return body
    if isinstance(body, bytes):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            # Binary (audio, a file upload): scrubbed byte-wise, so that every other byte stays as it was sent.
            return _KEY_BYTES.sub(SCRUBBED_KEY.encode(), _BEARER_BYTES.sub(f"Bearer {SCRUBBED_KEY}".encode(), body))
    else:
        text = body
    try:
        document = json.loads(text)
    except ValueError:
        document = None
    if isinstance(document, dict) and isinstance(document.get("key"), str):
        document["key"] = SCRUBBED_KEY
        text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    text = _scrub_text(text)
    return text.encode("utf-8") if isinstance(body, bytes) else text


def scrub_request(request: Any) -> Any:
    """vcrpy `before_record_request`: drop credentials and cookies, scrub keys in the body."""
    for name in list(request.headers):
        if name.lower() in SECRET_REQUEST_HEADERS:
            del request.headers[name]
    request.body = scrub_body(request.body)
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """vcrpy `before_record_response`: drop Set-Cookie, scrub keys in headers and the body."""
    headers = response.get("headers") or {}
    for name in list(headers):
        if name.lower() in SECRET_RESPONSE_HEADERS:
            del headers[name]
        else:
            headers[name] = [_scrub_text(value) for value in headers[name]]
    body = response.get("body") or {}
    if "string" in body:
        body["string"] = scrub_body(body["string"])
    return response


def find_secrets(text: str) -> list[str]:
    """Everything in a cassette's text that looks like an API key, a bearer token or a credential header.

    Works on the raw text, so it also finds secrets in places the cassette format does not name.
    """
    findings = [f"key-shaped string {match!r}" for match in KEY_PATTERN.findall(text)]
    findings += [f"bearer token {match!r}" for match in BEARER_PATTERN.findall(text)]
    for name in sorted(SECRET_REQUEST_HEADERS | SECRET_RESPONSE_HEADERS):
        if re.search(rf"^\s*['\"]?{name}['\"]?\s*:", text, re.IGNORECASE | re.MULTILINE):
            findings.append(f"{name} header")
    return findings


VCR_CONFIG: dict[str, Any] = {
    # A replayed request must be the recorded one, body included (JSON bodies compare as parsed JSON).
    "match_on": ("method", "scheme", "host", "port", "path", "query", "body"),
    "filter_headers": sorted(SECRET_REQUEST_HEADERS),
    "before_record_request": scrub_request,
    "before_record_response": scrub_response,
    # Store bodies as plain text, so the scrubbers see them and reviewers can read them.
    "decode_compressed_response": True,
}


@pytest.fixture(scope="session")
def cassette_tools() -> types.SimpleNamespace:
    """The scrubbers and the scanner, for tests of the harness itself."""
    return types.SimpleNamespace(
        find_secrets=find_secrets,
        scrub_body=scrub_body,
        scrub_request=scrub_request,
        scrub_response=scrub_response,
        scrubbed_key=SCRUBBED_KEY,
        vcr_options=dict(VCR_CONFIG),
    )


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    """pytest-recording's hook for VCR options. Directory conftests may extend it: `{**vcr_config, ...}`."""
    return dict(VCR_CONFIG)


@pytest.fixture(scope="session")
def recording(record_mode: str) -> bool:
    """Whether this run records against the real API (`make record`) rather than replaying."""
    return record_mode != "none"


def _recording_key(*names: str) -> str:
    for name in names:
        value = os.environ.get(name)
        if value:
            return value
    pytest.fail(f"recording needs a real key in {' or '.join(names)}")


@pytest.fixture(scope="session")
def cassette_base_url() -> str:
    """The base URL every cassette is recorded against."""
    return BASE_URL


@pytest.fixture
def cassette_api_key(recording: bool) -> str:
    """The key for inference and account endpoints: a placeholder on replay, the real one when recording."""
    return _recording_key("OPENROUTER_API_KEY") if recording else REPLAY_API_KEY


@pytest.fixture
def cassette_management_key(recording: bool) -> str:
    """The key for /keys, /guardrails, /credits, /activity (management keys cannot run inference)."""
    if not recording:
        return REPLAY_API_KEY
    return _recording_key("OPENROUTER_MANAGEMENT_KEY", "OPENROUTER_API_KEY")


def _sync_client(key: str) -> OpenRouter:
    # No retries: a replayed error answers once, and a retry would ask the cassette for a second answer.
    return OpenRouter(api_key=key, base_url=BASE_URL, max_retries=0)


def _async_client(key: str) -> AsyncOpenRouter:
    return AsyncOpenRouter(api_key=key, base_url=BASE_URL, max_retries=0)


@pytest.fixture
def openrouter(cassette_api_key: str) -> Iterator[OpenRouter]:
    with _sync_client(cassette_api_key) as opened:
        yield opened


@pytest.fixture
def openrouter_mgmt(cassette_management_key: str) -> Iterator[OpenRouter]:
    with _sync_client(cassette_management_key) as opened:
        yield opened


@pytest.fixture
async def async_openrouter(cassette_api_key: str) -> AsyncIterator[AsyncOpenRouter]:
    async with _async_client(cassette_api_key) as opened:
        yield opened


@pytest.fixture
async def async_openrouter_mgmt(cassette_management_key: str) -> AsyncIterator[AsyncOpenRouter]:
    async with _async_client(cassette_management_key) as opened:
        yield opened


class MultipartPart(NamedTuple):
    """One part of a recorded multipart/form-data request body."""

    name: str | None
    filename: str | None
    content_type: str
    content: bytes


def parse_multipart(content_type: str, body: bytes) -> list[MultipartPart]:
    """The parts of a multipart/form-data body, in order (parsed by the standard library's MIME parser)."""
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise ValueError(f"not a multipart body: {content_type}")
    return [
        MultipartPart(
            name=part.get_param("name", header="content-disposition"),
            filename=part.get_filename(),
            content_type=part.get_content_type() if part.get("content-type") else "",
            content=part.get_payload(decode=True) or b"",
        )
        for part in message.iter_parts()
    ]


class CassetteLog:
    """What a cassette-backed test sent and got back, read from its cassette.

    On replay these are the stored interactions; when recording, the ones just recorded (after scrubbing). Tests
    compare the parsed models against `response_json(i)`, so they hold for any faithful recording.
    """

    def __init__(self, cassette: Any, recording: bool) -> None:
        self._cassette = cassette
        self._recording = recording

    def response_json(self, index: int) -> Any:
        body = self._cassette.responses[index]["body"]["string"]
        return json.loads(body.decode("utf-8") if isinstance(body, bytes) else body)

    def request_json(self, index: int) -> Any:
        body = self._cassette.requests[index].body
        return json.loads(body.decode("utf-8") if isinstance(body, bytes) else body)

    def multipart(self, index: int) -> list[MultipartPart]:
        """The parts of request `index`, a multipart/form-data upload."""
        request = self._cassette.requests[index]
        body = request.body if isinstance(request.body, bytes) else request.body.encode("utf-8")
        return parse_multipart(request.headers["Content-Type"], body)

    def assert_exchanges(self, *expected: tuple[str, str, dict[str, str] | None]) -> None:
        """The cassette holds exactly these requests (method, path below /api/v1, query), and all were used."""
        requests = self._cassette.requests
        actual = [(r.method, r.path.removeprefix("/api/v1"), dict(r.query)) for r in requests]
        wanted = [(method, path, query or {}) for method, path, query in expected]
        assert actual == wanted
        if not self._recording:
            assert self._cassette.all_played, "a stored interaction was never requested"


@pytest.fixture
def cassette(vcr: Any, recording: bool) -> CassetteLog:
    """The running test's cassette (the test must be marked `@pytest.mark.vcr`)."""
    if vcr is None:
        pytest.fail("the `cassette` fixture needs @pytest.mark.vcr on the test")
    return CassetteLog(vcr, recording)
