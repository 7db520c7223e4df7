"""No cassette holds a secret, and recording scrubs them.

`find_secrets`, `scrub_*` and the VCR options come from tests/conftest.py (the `cassette_tools` fixture).
The scanner is tested on planted secrets, and the scrubbers through a real vcrpy recording of a fake API.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import httpx
import pytest
import vcr
from openrouter_api import AuthenticatedClient
from openrouter_api.api.api_keys import create_keys
from openrouter_api.api.o_auth import exchange_auth_code_for_api_key
from openrouter_api.models import CreateKeysBody, ExchangeAuthCodeForApiKeyBody

TESTS = Path(__file__).parent
REAL_LOOKING_KEY = "sk-or-v1-" + "3f9a" * 16
OTHER_REAL_LOOKING_KEY = "sk-or-v1-" + "b07c" * 16


def _cassette_files() -> list[Path]:
    return sorted(
        path for path in TESTS.rglob("*") if "cassettes" in path.parts and path.suffix in (".yaml", ".yml", ".json")
    )


def test_no_cassette_holds_a_secret(cassette_tools) -> None:
    files = _cassette_files()
    # One cassette at least for each of the 97 operations: the scan cannot pass by finding nothing to scan.
    assert len(files) >= 97
    findings = {
        str(path.relative_to(TESTS)): found
        for path in files
        if (found := cassette_tools.find_secrets(path.read_text(encoding="utf-8")))
    }
    assert findings == {}


def _cassette_text(*, request_headers: dict, response_body: str, response_headers: dict | None = None) -> str:
    return vcr.serializers.yamlserializer.serialize(
        {
            "version": 1,
            "interactions": [
                {
                    "request": {
                        "method": "POST",
                        "uri": "https://openrouter.ai/api/v1/keys",
                        "body": '{"name": "ci"}',
                        "headers": request_headers,
                    },
                    "response": {
                        "status": {"code": 201, "message": "Created"},
                        "headers": {"Content-Type": ["application/json"], **(response_headers or {})},
                        "body": {"string": response_body},
                    },
                }
            ],
        }
    )


def test_scanner_passes_a_clean_cassette(cassette_tools, tmp_path: Path) -> None:
    # Labels are the API's own truncated, non-secret form of a key and must not count as keys.
    body = json.dumps({"data": {"label": "sk-or-v1-4b2...e91", "hash": "3e5d7f9a"}, "key": "<scrubbed-api-key>"})
    text = _cassette_text(request_headers={"content-type": ["application/json"]}, response_body=body)
    assert cassette_tools.find_secrets(text) == []


@pytest.mark.parametrize(
    ("request_headers", "response_body", "response_headers", "expected"),
    [
        pytest.param({}, json.dumps({"key": REAL_LOOKING_KEY}), None, "key-shaped string", id="key-in-body"),
        pytest.param(
            {"Authorization": [f"Bearer {REAL_LOOKING_KEY}"]}, "{}", None, "authorization header", id="auth-header"
        ),
        pytest.param({"X-Forwarded": ["Bearer abc.def.ghi-jkl"]}, "{}", None, "bearer token", id="bearer-elsewhere"),
        pytest.param({}, "{}", {"Set-Cookie": ["session=abc123; Secure"]}, "set-cookie header", id="set-cookie"),
        pytest.param({"cookie": ["session=abc123"]}, "{}", None, "cookie header", id="cookie"),
        pytest.param({}, json.dumps({"note": f"use {OTHER_REAL_LOOKING_KEY}"}), None, "key-shaped", id="nested-key"),
    ],
)
def test_scanner_finds_a_planted_secret(
    cassette_tools, tmp_path: Path, request_headers, response_body, response_headers, expected
) -> None:
    path = tmp_path / "cassettes" / "planted.yaml"
    path.parent.mkdir()
    path.write_text(
        _cassette_text(request_headers=request_headers, response_body=response_body, response_headers=response_headers)
    )
    findings = cassette_tools.find_secrets(path.read_text())
    assert any(expected in finding for finding in findings), findings


def _fake_api(request: httpx.Request) -> httpx.Response:
    """What the real API does on key creation: the new secret in `key`, a cookie, gzip on the wire."""
    if request.url.path == "/api/v1/keys":
        document = {"data": {"hash": "ab12", "name": "ci", "label": "sk-or-v1-3f9...f9a"}, "key": REAL_LOOKING_KEY}
        status = 201
    else:
        document = {"key": OTHER_REAL_LOOKING_KEY, "user_id": "user_1"}
        status = 200
    return httpx.Response(
        status,
        content=gzip.compress(json.dumps(document).encode()),
        headers={"Content-Type": "application/json", "Content-Encoding": "gzip", "Set-Cookie": "__cf_bm=xyz; Secure"},
    )


def test_recording_scrubs_every_secret(cassette_tools, tmp_path: Path) -> None:
    recorder = vcr.VCR(**cassette_tools.vcr_options, record_mode="all")
    path = tmp_path / "recorded.yaml"
    api = AuthenticatedClient(
        base_url="https://openrouter.ai/api/v1",
        token=REAL_LOOKING_KEY,
        httpx_args={"transport": httpx.MockTransport(_fake_api)},
    )
    with recorder.use_cassette(str(path)), api:
        created = create_keys.sync_detailed(client=api, body=CreateKeysBody(name="ci")).parsed
        exchanged = exchange_auth_code_for_api_key.sync_detailed(
            client=api, body=ExchangeAuthCodeForApiKeyBody(code="c0de")
        ).parsed
    # The caller got the secrets; the cassette did not.
    assert created.key == REAL_LOOKING_KEY
    assert exchanged.key == OTHER_REAL_LOOKING_KEY
    text = path.read_text()
    assert cassette_tools.find_secrets(text) == []
    assert REAL_LOOKING_KEY not in text
    assert OTHER_REAL_LOOKING_KEY not in text
    recorded = vcr.serializers.yamlserializer.deserialize(text)["interactions"]
    assert [json.loads(i["response"]["body"]["string"])["key"] for i in recorded] == [
        cassette_tools.scrubbed_key,
        cassette_tools.scrubbed_key,
    ]
    # The non-secret parts stay as they came.
    assert json.loads(recorded[0]["response"]["body"]["string"])["data"]["label"] == "sk-or-v1-3f9...f9a"
    for interaction in recorded:
        assert "authorization" not in {name.lower() for name in interaction["request"]["headers"]}
        assert "set-cookie" not in {name.lower() for name in interaction["response"]["headers"]}


def test_scrub_body_keeps_bodies_without_secrets(cassette_tools) -> None:
    body = b'{"data": {"total_credits": 150}}'
    assert cassette_tools.scrub_body(body) == body
    assert cassette_tools.scrub_body("") == ""
    assert cassette_tools.scrub_body(None) is None
    assert cassette_tools.scrub_body(f"error: bad key {REAL_LOOKING_KEY}") == "error: bad key <scrubbed-api-key>"


def test_scrub_body_keeps_binary_bodies_byte_for_byte(cassette_tools) -> None:
    # Audio, video and file uploads are not UTF-8: decoding them to scrub would replace every invalid byte.
    audio = bytes(range(256))
    assert cassette_tools.scrub_body(audio) == audio
    upload = b"--+++\r\n\xff\xfe key " + REAL_LOOKING_KEY.encode() + b" \x80\r\n--+++--\r\n"
    assert cassette_tools.scrub_body(upload) == b"--+++\r\n\xff\xfe key <scrubbed-api-key> \x80\r\n--+++--\r\n"


def test_recording_scrubs_a_secret_sent_in_a_request_body(cassette_tools, tmp_path: Path) -> None:
    """A provider key sent to POST /byok is a secret too: the cassette holds the request without it."""
    recorder = vcr.VCR(**cassette_tools.vcr_options, record_mode="all")
    path = tmp_path / "byok.yaml"
    api = AuthenticatedClient(
        base_url="https://openrouter.ai/api/v1",
        token=REAL_LOOKING_KEY,
        httpx_args={"transport": httpx.MockTransport(lambda request: httpx.Response(201, json={"data": {}}))},
    )
    with recorder.use_cassette(str(path)), api:
        request = httpx.Request("POST", "https://openrouter.ai/api/v1/byok", json={"key": "sk-proj-0123", "name": "p"})
        api.get_httpx_client().send(request)
    text = path.read_text()
    assert "sk-proj-0123" not in text
    assert cassette_tools.find_secrets(text) == []
