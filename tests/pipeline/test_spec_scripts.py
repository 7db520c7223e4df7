"""make validate-spec and make update-spec, run on a throwaway project root (no network: --from a fixture)."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest
import yaml
from pipeline_helpers import REAL_SPEC, ROOT, SPECS, needs_generator

sys.path.insert(0, str(ROOT / "scripts"))

import update_spec
import validate_spec

# The published document as of 2026-08-22 (openapi/README.md, "Pinned spec").
PUBLISHED_SHA256 = "469fa24635e2e05617cfb064ded5f561a177859d054705f4c744644fd68068eb"
# An overlay for the fixture spec: one action that applies, one the fixture already declares.
FIXTURE_OVERLAY = """overlay: 1.0.0
info: {title: fixture corrections, version: '1'}
actions:
  - target: $.components.schemas.Usage.properties
    description: Usage.cost
    update: {cost: {type: number}}
  - target: $.components.schemas.Usage
    description: Usage is an object
    update: {type: object}
"""

README = "# openapi\n\n## Pinned spec\n\n- sha256: `{sha}`\n- updated: 2026-01-01 from somewhere\n\n## More\n"
CHANGELOG = "# Changelog\n\nIntro.\n\n## Unreleased\n\n- Something else.\n"


def make_root(tmp_path: Path) -> Path:
    (tmp_path / "openapi").mkdir()
    spec = (SPECS / "constructs.yaml").read_bytes()
    (tmp_path / "openapi" / "openrouter.yaml").write_bytes(spec)
    (tmp_path / "openapi" / "README.md").write_text(README.format(sha=hashlib.sha256(spec).hexdigest()))
    (tmp_path / "CHANGELOG.md").write_text(CHANGELOG)
    return tmp_path


def test_validate_spec_accepts_the_recorded_spec_and_rejects_a_changed_one(tmp_path: Path) -> None:
    root = make_root(tmp_path)
    spec, readme = root / "openapi" / "openrouter.yaml", root / "openapi" / "README.md"
    assert validate_spec.validate(spec, readme, overlay=None) == []
    spec.write_text(spec.read_text() + "\n# edited\n")
    problems = validate_spec.validate(spec, readme, overlay=None)
    assert len(problems) == 1
    assert "sha256" in problems[0]


def test_validate_spec_rejects_an_invalid_document(tmp_path: Path) -> None:
    root = make_root(tmp_path)
    spec, readme = root / "openapi" / "openrouter.yaml", root / "openapi" / "README.md"
    spec.write_text("openapi: 3.1.0\ninfo: {title: t}\npaths: {}\n")  # info.version is required
    readme.write_text(README.format(sha=validate_spec.file_sha256(spec)))
    problems = validate_spec.validate(spec, readme, overlay=None)
    assert len(problems) == 1
    assert "not a valid OpenAPI document" in problems[0]


def test_validate_spec_applies_the_overlay_and_reports_its_no_ops(tmp_path: Path) -> None:
    root = make_root(tmp_path)
    spec, readme, overlay = root / "openapi" / "openrouter.yaml", root / "openapi" / "README.md", root / "overlay.yaml"
    overlay.write_text(FIXTURE_OVERLAY)
    problems, notes = validate_spec.check(spec, readme, overlay)
    assert problems == []
    assert notes == ["no-op action 1 (Usage is an object): upstream already declares it; the action can go"]
    overlay.write_text(FIXTURE_OVERLAY.replace("Usage.properties", "Nothing.properties"))
    problems, _ = validate_spec.check(spec, readme, overlay)
    assert len(problems) == 1
    assert "action 0 (Usage.cost): target $.components.schemas.Nothing.properties selects nothing" in problems[0]


def test_the_pinned_spec_is_the_published_document_with_its_recorded_sha256() -> None:
    assert validate_spec.file_sha256(REAL_SPEC) == PUBLISHED_SHA256
    assert validate_spec.recorded_sha256(ROOT / "openapi" / "README.md") == PUBLISHED_SHA256


def test_make_validate_spec_passes_on_the_pinned_spec(capsys: pytest.CaptureFixture[str]) -> None:
    assert validate_spec.main([str(REAL_SPEC)]) == 0
    out = capsys.readouterr().out
    assert f"with overlay.yaml applied: valid OpenAPI, sha256 {PUBLISHED_SHA256}" in out
    assert "no-op" not in out  # every action still changes the published document


def test_update_spec_pins_a_yaml_document_byte_for_byte(tmp_path: Path) -> None:
    root = make_root(tmp_path)
    status = update_spec.main(
        ["--from", str(REAL_SPEC), "--root", str(root), "--date", "2026-08-22", "--no-regenerate"]
    )
    assert status == 0
    stored = root / "openapi" / "openrouter.yaml"
    assert stored.read_bytes() == REAL_SPEC.read_bytes()
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == PUBLISHED_SHA256
    assert validate_spec.recorded_sha256(root / "openapi" / "README.md") == PUBLISHED_SHA256
    assert f"sha256 `{PUBLISHED_SHA256}`" in (root / "CHANGELOG.md").read_text()


@needs_generator
def test_update_spec_from_a_file_records_it_everywhere_and_regenerates(tmp_path: Path) -> None:
    root = make_root(tmp_path)
    old_sha = validate_spec.file_sha256(root / "openapi" / "openrouter.yaml")
    new_spec = yaml.safe_load((SPECS / "constructs.yaml").read_text())
    new_spec["info"]["version"] = "0.0.2"
    source = tmp_path / "published.json"  # JSON is accepted and stored as YAML
    source.write_text(json.dumps(new_spec))

    (root / "openapi" / "overlay.yaml").write_text(FIXTURE_OVERLAY)  # the project's own corrections

    status = update_spec.main(["--from", str(source), "--root", str(root), "--date", "2026-08-15"])

    assert status == 0
    stored = root / "openapi" / "openrouter.yaml"
    assert yaml.safe_load(stored.read_text()) == new_spec
    new_sha = validate_spec.file_sha256(stored)
    assert validate_spec.validate(stored, root / "openapi" / "README.md", root / "openapi" / "overlay.yaml") == []
    readme = (root / "openapi" / "README.md").read_text()
    assert "- updated: 2026-08-15 from published.json" in readme
    assert readme.endswith("## More\n")
    changelog = (root / "CHANGELOG.md").read_text()
    head, rest = changelog.split("## Unreleased\n", 1)
    assert head == "# Changelog\n\nIntro.\n\n"
    assert rest.startswith("\n### Spec update (2026-08-15)\n")
    assert f"sha256 `{new_sha}` (was `{old_sha}`)" in rest
    assert "- Something else." in rest
    assert (root / "generated" / "openrouter_api" / "api" / "chat" / "create_chat.py").is_file()
    # Regenerated with the root's overlay applied: the property it adds is a typed attribute.
    assert "cost: float | Unset" in (root / "generated" / "openrouter_api" / "models" / "usage.py").read_text()


@needs_generator
def test_update_spec_with_the_same_document_changes_nothing(tmp_path: Path) -> None:
    root = make_root(tmp_path)
    before = (root / "CHANGELOG.md").read_text()
    assert update_spec.main(["--from", str(SPECS / "constructs.yaml"), "--root", str(root)]) == 0
    assert (root / "CHANGELOG.md").read_text() == before
    assert not (root / "generated").exists()
