"""make update-spec end to end: the published document fetched from a loopback server into a throwaway copy of the
project, pinned, recorded, diffed and regenerated (only the first case regenerates the real spec: ~15 s)."""

from __future__ import annotations

import hashlib
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pipeline_helpers import REAL_SPEC, ROOT, needs_generator

sys.path.insert(0, str(ROOT / "scripts"))

import update_spec
import validate_spec

PINNED = REAL_SPEC.read_text(encoding="utf-8")
# Upstream adds an operation (under a new tag) ...
ADDED_PATH = """paths:
  /probe/status:
    get:
      description: 'Whether the service is up'
      operationId: 'getProbeStatus'
      responses:
        '200':
          content:
            application/json:
              schema:
                properties:
                  ok:
                    type: 'boolean'
                type: 'object'
          description: 'The status'
      tags:
        - 'Probe'
"""
# ... and an optional property to a response schema.
COUNT_PROPERTIES = """    ModelsCountResponse:
      description: 'Model count data'
      example:
        data:
          count: 150
      properties:
"""
ADDED_PROPERTY = """        generated_at:
          description: 'When the count was taken'
          type: 'string'
"""


def with_additions(text: str) -> str:
    assert text.count("\npaths:\n") == 1
    assert text.count(COUNT_PROPERTIES) == 1
    text = text.replace("\npaths:\n", "\n" + ADDED_PATH, 1)
    return text.replace(COUNT_PROPERTIES, COUNT_PROPERTIES + ADDED_PROPERTY, 1)


def without_path(text: str, path: str) -> str:
    start = text.index(f"\n  {path}:\n") + 1
    end = text.index("\n  /", start) + 1
    return text[:start] + text[end:]


class Server:
    """A loopback HTTP server that serves documents by path and remembers what was asked."""

    def __init__(self) -> None:
        self.documents: dict[str, bytes] = {}
        self.requests: list[str] = []
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.requests.append(self.path)
                body = owner.documents.get(self.path)
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Type", "application/yaml")
                self.end_headers()
                self.wfile.write(body or b"")

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def serve(self, text: str, path: str = "/openapi.yaml") -> str:
        self.documents[path] = text.encode("utf-8")
        return self.url + path


@pytest.fixture
def server() -> Iterator[Server]:
    served = Server()
    thread = threading.Thread(target=served.httpd.serve_forever, daemon=True)
    thread.start()
    yield served
    served.httpd.shutdown()
    served.httpd.server_close()
    thread.join()


def project_copy(tmp_path: Path) -> Path:
    """What update-spec reads and writes, copied from this checkout."""
    root = tmp_path / "project"
    (root / "openapi").mkdir(parents=True)
    for name in ("openrouter.yaml", "overlay.yaml", "README.md", "config.yaml"):
        shutil.copy2(ROOT / "openapi" / name, root / "openapi" / name)
    shutil.copytree(ROOT / "openapi" / "templates", root / "openapi" / "templates")
    shutil.copy2(ROOT / "CHANGELOG.md", root / "CHANGELOG.md")
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(path.relative_to(root)): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


def changelog_entry(root: Path) -> str:
    entry = (root / "CHANGELOG.md").read_text(encoding="utf-8").split("## Unreleased\n", 1)[1]
    return entry.split("\n### ", 2)[1]  # the first entry, the new one


@needs_generator
def test_update_spec_fetches_pins_records_and_regenerates(tmp_path: Path, server: Server) -> None:
    root = project_copy(tmp_path)
    served = with_additions(PINNED)
    url = server.serve(served)

    status = update_spec.main(["--url", url, "--root", str(root), "--diff-dir", str(root / ".spec-update")])

    assert status == 0
    assert server.requests == ["/openapi.yaml"]
    pinned = root / "openapi" / "openrouter.yaml"
    assert pinned.read_bytes() == served.encode("utf-8")
    sha = hashlib.sha256(served.encode("utf-8")).hexdigest()
    assert validate_spec.recorded_sha256(root / "openapi" / "README.md") == sha
    assert validate_spec.validate(pinned, root / "openapi" / "README.md", root / "openapi" / "overlay.yaml") == []

    entry = changelog_entry(root)
    assert f"sha256 `{sha}` (was `{validate_spec.file_sha256(REAL_SPEC)}`)" in entry
    assert "2 API change(s), 0 breaking for callers of this client." in entry
    not_breaking = entry.split("Not breaking:\n", 1)[1]
    assert "- operation added `GET /probe/status`: getProbeStatus" in not_breaking
    assert "- property added `ModelsCountResponse.generated_at`: optional" in not_breaking
    assert "Breaking:" not in entry
    rules = next(line for line in entry.splitlines() if "Normalization rules that fired" in line)
    for rule in ("SSE", "R1", "R2", "R3", "R4", "R5", "R6", "R8"):  # R8: the speech endpoint's audio/*
        assert f" {rule} x" in rules

    diff_dir = root / ".spec-update"
    assert "operation added `GET /probe/status`" in (diff_dir / "diff.md").read_text()
    payload = json.loads((diff_dir / "diff.json").read_text())
    assert payload["breaking"] is False
    assert {(c["kind"], c["where"], c["breaking"]) for c in payload["changes"]} == {
        ("operation added", "GET /probe/status", False),
        ("property added", "ModelsCountResponse.generated_at", False),
    }
    assert payload["rules"]["R8"] == 1

    package = root / "generated" / "openrouter_api"
    assert (package / "api" / "probe" / "get_probe_status.py").is_file()
    assert "generated_at: str | Unset" in (package / "models" / "models_count_response.py").read_text()


def test_a_removed_operation_is_marked_breaking(tmp_path: Path, server: Server) -> None:
    root = project_copy(tmp_path)
    url = server.serve(without_path(PINNED, "/models/count"))

    args = ["--url", url, "--root", str(root), "--diff-dir", str(root / ".spec-update"), "--no-regenerate"]
    assert update_spec.main(args) == 0

    payload = json.loads((root / ".spec-update" / "diff.json").read_text())
    assert payload["breaking"] is True
    assert {"kind": "operation removed", "where": "GET /models/count", "breaking": True} in [
        {key: change[key] for key in ("kind", "where", "breaking")} for change in payload["changes"]
    ]
    breaking = changelog_entry(root).split("Breaking:\n", 1)[1].split("Not breaking:", 1)[0]
    assert "- operation removed `GET /models/count`: listModelsCount" in breaking


def test_a_vanished_overlay_target_fails_naming_the_action_and_writes_nothing(
    tmp_path: Path, server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    root = project_copy(tmp_path)
    before = snapshot(root)
    assert PINNED.count("\n    ChatResult:\n") == 1
    url = server.serve(PINNED.replace("\n    ChatResult:\n", "\n    ChatCompletionResult:\n"))

    assert update_spec.main(["--url", url, "--root", str(root), "--diff-dir", str(root / ".spec-update")]) == 1

    err = capsys.readouterr().err
    assert "no longer applies to the new document" in err
    assert "action 1 (ChatResult.provider, " in err
    assert "target $.components.schemas.ChatResult.properties selects nothing" in err
    assert snapshot(root) == before


def test_the_script_fetches_from_openrouter_spec_url_when_no_url_is_given(tmp_path: Path, server: Server) -> None:
    root = project_copy(tmp_path)
    before = snapshot(root)
    url = server.serve(with_additions(PINNED), "/published/openapi.yaml")
    env = {**os.environ, "OPENROUTER_SPEC_URL": url}
    command = [sys.executable, str(ROOT / "scripts" / "update_spec.py"), "--root", str(root), "--diff-only"]
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False, timeout=120)

    assert result.returncode == 0, result.stderr
    assert server.requests == ["/published/openapi.yaml"]
    assert f"API changes from the pinned document to {url}: 2 change(s), 0 breaking." in result.stdout
    assert "- operation added `GET /probe/status`: getProbeStatus" in result.stdout
    assert snapshot(root) == before  # --diff-only changes nothing


@pytest.mark.parametrize("how", ["argument", "environment"])
def test_make_update_spec_passes_the_url_variable_to_the_script(how: str) -> None:
    url = "http://127.0.0.1:9/openapi.yaml"
    variable = f"OPENROUTER_SPEC_URL={url}"
    command = ["make", "-n", "update-spec", *([variable] if how == "argument" else [])]
    env = {**os.environ, **({"OPENROUTER_SPEC_URL": url} if how == "environment" else {})}
    env.pop("SPEC", None)
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    assert f"scripts/update_spec.py --url {url} --diff-dir .spec-update" in result.stdout
