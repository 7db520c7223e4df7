"""What the hand-written client relies on in every generated package: typed build_request/parse_success, safe repr."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from pipeline_helpers import fixture_package_root, import_fixture_package


def test_authenticated_client_repr_never_shows_the_token() -> None:
    api = import_fixture_package("constructs")
    client = api.AuthenticatedClient(base_url="https://example.invalid", token="sk-or-v1-secret")
    client.get_httpx_client()  # puts "Authorization: Bearer <token>" into the client's headers
    client = client.with_headers({"X-Api-Key": "sk-other-secret", "X-OpenRouter-Title": "demo"})
    text = repr(client)
    assert "secret" not in text
    assert "demo" in text  # ordinary headers still show
    assert "secret" not in repr(api.Client(base_url="https://x", headers={"Authorization": "Bearer secret"}))


def test_parse_success_raises_on_non_2xx_and_tolerates_unlisted_statuses() -> None:
    import_fixture_package("constructs")
    from constructs_api.api.items import delete_item
    from constructs_api.errors import UnexpectedStatus

    request = httpx.Request("DELETE", "https://example.invalid/items/1")
    assert delete_item.parse_success(httpx.Response(204, request=request)) is None
    with pytest.raises(UnexpectedStatus):
        delete_item.parse_success(httpx.Response(529, request=request, json={"error": {"code": 529}}))

    client = import_fixture_package("constructs").Client(base_url="https://example.invalid")
    client.set_httpx_client(
        httpx.Client(base_url="https://example.invalid", transport=httpx.MockTransport(lambda r: httpx.Response(524)))
    )
    assert delete_item.sync_detailed(id="1", client=client).status_code == 524


MYPY_PROBE = """
from typing import Any, Protocol, TypeVar

import httpx

from constructs_api.api.audio import create_speech
from constructs_api.api.chat import create_chat
from constructs_api.api.items import delete_item

T_co = TypeVar("T_co", covariant=True)
T = TypeVar("T")


class Operation(Protocol[T_co]):
    def build_request(self, *args: Any, **kwargs: Any) -> dict[str, Any]: ...
    def parse_success(self, response: httpx.Response) -> T_co: ...


def call(operation: Operation[T], **params: Any) -> T:
    raise NotImplementedError


reveal_type(call(create_chat))
reveal_type(call(create_speech))
reveal_type(call(delete_item))
"""


def test_mypy_infers_the_result_type_of_an_operation_module(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(MYPY_PROBE, encoding="utf-8")
    env = {**os.environ, "MYPYPATH": str(fixture_package_root("constructs"))}
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--config-file", os.devnull, str(probe)]
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tmp_path, check=False)
    revealed = [line.split("Revealed type is ")[1] for line in result.stdout.splitlines() if "Revealed type" in line]
    assert revealed == ['"constructs_api.models.chat_response.ChatResponse"', '"bytes"', '"None"'], result.stdout
