"""The whole pipeline (normalize + openapi-python-client + ruff) on fixture specs and on the pinned spec."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pipeline_helpers import (
    REAL_PACKAGE,
    REAL_SPEC,
    SPECS,
    generated_package,
    import_fixture_package,
    needs_generator,
    normalize_spec,
    regenerate,
)

pytestmark = needs_generator

CONSTRUCTS_OPERATIONS = ["createChat", "createSpeech", "getVideoContent", "listItems", "deleteItem"]


def test_every_operation_of_the_constructs_spec_has_a_module() -> None:
    package = generated_package("constructs")  # raises PipelineError on any generator warning
    modules = {path.stem for path in (package / "api").rglob("*.py")}
    assert {regenerate.module_name(op) for op in CONSTRUCTS_OPERATIONS} <= modules
    spec = normalize_spec.load_spec(SPECS / "constructs.yaml")
    assert sorted(regenerate.operation_ids(spec)) == sorted(CONSTRUCTS_OPERATIONS)


def test_every_component_of_the_normalized_constructs_spec_has_a_model() -> None:
    api = import_fixture_package("constructs")
    normalized, _ = normalize_spec.normalize(normalize_spec.load_spec(SPECS / "constructs.yaml"))
    # Objects and enums become classes; a union component is spelled out where it is used.
    expected = {
        normalize_spec.pascal(name)
        for name, schema in normalized["components"]["schemas"].items()
        if schema.get("type") == "object" or "enum" in schema or "allOf" in schema
    }
    assert len(expected) >= 15
    assert expected <= set(api.models.__all__)
    for name in expected:
        assert getattr(api.models, name).__name__ == name


def test_r1_default_survives_generation() -> None:
    models = import_fixture_package("constructs").models
    message = models.Message(content="hi")
    assert message.role is models.Role.USER
    assert message.to_dict() == {"content": "hi", "role": "user"}


def test_r2_nullable_component_accepts_null_and_a_value() -> None:
    models = import_fixture_package("constructs").models
    choice = models.Choice.from_dict({"index": 0, "message": {"content": "x"}, "finish_reason": None})
    assert choice.finish_reason is None
    choice = models.Choice.from_dict({"index": 0, "message": {"content": "x"}, "finish_reason": "length"})
    assert choice.finish_reason is models.FinishReason.LENGTH


def test_r3_hoisted_union_members_are_told_apart() -> None:
    models = import_fixture_package("constructs").models
    message = models.Message.from_dict(
        {"content": [{"type": "text", "text": "a"}, {"type": "image_url", "image_url": "u", "kind": "k"}]}
    )
    assert isinstance(message.content, list)
    assert [type(part).__name__ for part in message.content] == ["ContentPartText", "ContentPartImageUrl"]


def test_r4_flattened_model_has_inherited_and_own_fields() -> None:
    models = import_fixture_package("constructs").models
    item = models.Item.from_dict({"kind": "item", "id": "i1", "label": "L", "created_at": "2024-01-02T03:04:05Z"})
    assert (item.kind, item.id, item.label, item.created_at.year) == (models.ItemKind.ITEM, "i1", "L", 2024)


def test_stream_and_binary_operations_parse_their_json_and_bytes(httpx_response) -> None:
    api = import_fixture_package("constructs")
    from constructs_api.api.audio import create_speech
    from constructs_api.api.chat import create_chat

    assert api.models.ChatChunk.__name__ == "ChatChunk"  # the stream payload model is generated
    body = {"id": "c", "object": "chat.completion", "created": 1, "choices": []}
    assert isinstance(create_chat.parse_success(httpx_response(200, json=body)), api.models.ChatResponse)
    assert create_speech.parse_success(httpx_response(200, content=b"ID3\x00")) == b"ID3\x00"


def test_build_request_gives_httpx_request_arguments() -> None:
    import_fixture_package("constructs")
    from constructs_api.api.items import delete_item, list_items

    assert list_items.build_request(offset=5) == {"method": "get", "url": "/items", "params": {"offset": 5}}
    assert delete_item.build_request(id="a/b") == {"method": "delete", "url": "/items/a%2Fb"}


def test_r6_an_optional_query_parameter_with_a_default_is_sent_only_when_passed() -> None:
    import_fixture_package("constructs")
    from constructs_api.api.items import list_items

    assert list_items.build_request() == {"method": "get", "url": "/items", "params": {}}
    assert list_items.build_request(limit=20)["params"] == {"limit": 20}
    assert list_items.build_request(offset=0, limit=7)["params"] == {"offset": 0, "limit": 7}
    # The default the spec documents is still told, in the argument's docstring.
    assert list_items.sync.__doc__ is not None
    assert "limit (int | Unset): Page size. Server default: 20." in " ".join(list_items.sync.__doc__.split())


def test_generation_is_deterministic(tmp_path: Path) -> None:
    again = regenerate.generate(SPECS / "constructs.yaml", tmp_path, overlay_file=None)
    assert regenerate.compare(again, generated_package("constructs")) == []


def test_check_mode_reports_a_hand_edit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(generated_package("constructs"), tmp_path / "openrouter_api")
    spec = str(SPECS / "constructs.yaml")
    assert regenerate.main(["--spec", spec, "--no-overlay", "--check", str(tmp_path)]) == 0
    edited = tmp_path / "openrouter_api" / "models" / "usage.py"
    edited.write_text(edited.read_text() + "# edited by hand\n")
    (tmp_path / "openrouter_api" / "stray.py").write_text("")
    assert regenerate.main(["--spec", spec, "--no-overlay", "--check", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "differs: models/usage.py" in err
    assert "+# edited by hand" not in err  # the diff goes from committed to regenerated
    assert "-# edited by hand" in err
    assert "stray.py" in err


def test_a_generator_warning_fails_the_run_and_is_printed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = regenerate.main(["--spec", str(SPECS / "unsupported.yaml"), "--no-overlay", "--out", str(tmp_path)])
    assert status == 1
    err = capsys.readouterr().err
    assert "Unsupported content_type application/xml" in err
    assert not (tmp_path / "openrouter_api").exists()


def test_an_overlay_that_does_not_apply_fails_the_run_naming_the_action(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
        "  - {target: $.components.schemas.Nowhere, description: Nowhere.x, update: {x-a: 1}}\n"
    )
    spec = str(SPECS / "constructs.yaml")
    assert regenerate.main(["--spec", spec, "--overlay", str(overlay), "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "action 0 (Nowhere.x): target $.components.schemas.Nowhere selects nothing" in err
    assert not (tmp_path / "openrouter_api").exists()


def test_an_overlay_no_op_is_reported_by_the_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
        "  - {target: $.components.schemas.Usage, description: Usage is an object, update: {type: object}}\n"
    )
    shutil.copytree(generated_package("constructs"), tmp_path / "openrouter_api")
    spec = str(SPECS / "constructs.yaml")
    assert regenerate.main(["--spec", spec, "--overlay", str(overlay), "--check", str(tmp_path)]) == 0
    assert "overlay: no-op action 0 (Usage is an object): upstream already declares it" in capsys.readouterr().out


def test_the_pinned_spec_has_the_97_published_operations_each_with_a_module(real_package: Path) -> None:
    operations = regenerate.operation_ids(normalize_spec.load_spec(REAL_SPEC))
    assert len(operations) == len(set(operations)) == 97
    for package in (real_package, REAL_PACKAGE):
        modules = {path.stem for path in (package / "api").rglob("*.py")}
        assert [op for op in operations if regenerate.module_name(op) not in modules] == []


def test_the_committed_package_is_what_the_pinned_spec_generates(real_package: Path) -> None:
    # make check-generated, as a test: the overlay, the normalizer, the config and the templates all count.
    assert regenerate.compare(real_package, REAL_PACKAGE) == []
