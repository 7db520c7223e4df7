"""Cassette tests of the Files operations: list, metadata, delete (the spec's examples), an upload of a path, bytes
or a file object (multipart), and a download (a binary body, returned as bytes).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openrouter_api.api.files import delete_file, download_file_content, get_file_metadata, list_files, upload_file
from openrouter_api.models import (
    FileProvider,
    ListFilesOrder,
    OpenRouterFile,
    OpenRouterFileDeleted,
    OpenRouterFileList,
    UploadFileBody,
)
from openrouter_api.types import File

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"

# `make record` must not rewrite these: a cassette holds a real body from tests/recorded/ or the spec's example
# (the documented answer, for requests that would change a real account), not what the recording account answers.
pytestmark = [pytest.mark.vcr, pytest.mark.replay_only(reason="cassette bodies are recorded or documented ones")]


def test_list_files(api, cassette) -> None:
    response = list_files.sync_detailed(client=api, limit=100, order=ListFilesOrder("asc"))

    cassette.assert_exchanges(("GET", "/files", {"limit": "100", "order": "asc"}))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, OpenRouterFileList)
    assert parsed.data[0].id == body["data"][0]["id"]
    assert parsed.data[0].type_ == body["data"][0]["type"]
    assert parsed.data[0].created_at == body["data"][0]["created_at"]
    assert parsed.first_id == body["first_id"]
    assert parsed.has_more == body["has_more"]
    assert parsed.to_dict() == body


def test_delete_file(api, cassette) -> None:
    http_response = api.get_httpx_client().request(
        **delete_file.build_request(file_id="or_file_011CNha8iCJcU1wXNR6q4V8w")
    )

    cassette.assert_exchanges(("DELETE", "/files/or_file_011CNha8iCJcU1wXNR6q4V8w", None))
    body = cassette.response_json(0)
    assert http_response.status_code == 200
    parsed = delete_file.parse_success(http_response)
    assert isinstance(parsed, OpenRouterFileDeleted)
    assert parsed.id == body["id"]
    assert parsed.type_ == body["type"]
    assert parsed.to_dict() == body


async def test_get_file_metadata(async_api, cassette) -> None:
    response = await get_file_metadata.asyncio_detailed(client=async_api, file_id="or_file_011CNha8iCJcU1wXNR6q4V8w")

    cassette.assert_exchanges(("GET", "/files/or_file_011CNha8iCJcU1wXNR6q4V8w", None))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, OpenRouterFile)
    assert parsed.id == body["id"]
    assert parsed.type_ == body["type"]
    assert parsed.created_at == body["created_at"]
    assert parsed.downloadable == body["downloadable"]
    assert parsed.filename == body["filename"]
    assert parsed.to_dict() == body


def _pdf_upload(kind: str, tmp_path: Path) -> File:
    if kind == "path":
        path = tmp_path / "report.pdf"
        path.write_bytes(PDF)
        return File(payload=path, mime_type="application/pdf")  # the part's file name is the path's
    if kind == "bytes":
        return File(payload=PDF, file_name="report.pdf", mime_type="application/pdf")
    return File(payload=io.BytesIO(PDF), file_name="report.pdf", mime_type="application/pdf")


@pytest.mark.parametrize("kind", ["path", "bytes", "file_object"])
def test_upload_file(api, cassette, tmp_path: Path, kind: str) -> None:
    response = upload_file.sync_detailed(client=api, body=UploadFileBody(file=_pdf_upload(kind, tmp_path)))

    cassette.assert_exchanges(("POST", "/files", None))
    sent = cassette.multipart(0)
    assert [(part.name, part.filename, part.content_type) for part in sent] == [
        ("file", "report.pdf", "application/pdf")
    ]
    assert sent[0].content == PDF
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, OpenRouterFile)
    assert parsed.id == body["id"]
    assert parsed.filename == body["filename"]
    assert parsed.size_bytes == body["size_bytes"]
    assert parsed.to_dict() == body


def test_upload_file_to_a_provider_sends_the_query(api) -> None:
    kwargs = upload_file.build_request(
        body=UploadFileBody(file=File(payload=PDF, file_name="report.pdf")), provider=FileProvider("openai")
    )
    assert kwargs["params"] == {"provider": "openai"}
    assert kwargs["files"] == [("file", ("report.pdf", PDF, None))]


def test_download_file_content(api, cassette) -> None:
    http_response = api.get_httpx_client().request(
        **download_file_content.build_request(file_id="or_file_011CNha8iCJcU1wXNR6q4V8w")
    )

    cassette.assert_exchanges(("GET", "/files/or_file_011CNha8iCJcU1wXNR6q4V8w/content", None))
    assert http_response.status_code == 200
    content = download_file_content.parse_success(http_response)
    assert type(content) is bytes
    assert content == PDF
