"""scripts/overlay.py: Overlay 1.0 semantics on small documents, and the real overlay on the pinned spec."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from pipeline_helpers import REAL_SPEC, ROOT, normalize_spec
from pipeline_helpers import overlay as ov

OVERLAY_FILE = ROOT / "openapi" / "overlay.yaml"


def spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                "Reason": {"type": "string", "enum": ["stop", "length"]},
                "Chat": {
                    "type": "object",
                    "description": "A chat.",
                    "properties": {"id": {"type": "string"}, "meta": {"type": "object", "properties": {}}},
                    "required": ["id"],
                },
                "Tool": {"type": "object", "properties": {"name": {"type": "string"}}},
            }
        },
    }


def overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "test", "version": "1"}, "actions": list(actions)}


def test_an_update_on_an_object_merges_recursively_and_leaves_the_input_alone() -> None:
    document = spec()
    before = copy.deepcopy(document)
    result, reports = ov.apply_overlay(
        document,
        overlay(
            {
                "target": "$.components.schemas.Chat",
                "update": {"properties": {"provider": {"type": "string"}, "meta": {"properties": {"n": {}}}}},
            }
        ),
    )
    chat = result["components"]["schemas"]["Chat"]
    assert chat["properties"] == {
        "id": {"type": "string"},
        "meta": {"type": "object", "properties": {"n": {}}},
        "provider": {"type": "string"},
    }
    assert chat["description"] == "A chat."  # untouched keys stay
    assert chat["required"] == ["id"]
    assert document == before
    assert (reports[0].matched, reports[0].changed, reports[0].replaced) == (1, True, [])


def test_an_update_on_an_array_appends_it_as_one_entry() -> None:
    result, reports = ov.apply_overlay(
        spec(), overlay({"target": "$.components.schemas.Reason.enum", "update": "content_filter"})
    )
    assert result["components"]["schemas"]["Reason"]["enum"] == ["stop", "length", "content_filter"]
    assert reports[0].changed


def test_an_entry_the_array_already_holds_is_not_added_twice() -> None:
    document = spec()
    result, reports = ov.apply_overlay(
        document, overlay({"target": "$.components.schemas.Reason.enum", "update": "stop"})
    )
    assert result["components"]["schemas"]["Reason"]["enum"] == ["stop", "length"]
    assert not reports[0].changed
    # Inside a merged object, an array is extended by the entries it lacks only.
    merged, _ = ov.apply_overlay(
        document, overlay({"target": "$.components.schemas.Chat", "update": {"required": ["id", "meta"]}})
    )
    assert merged["components"]["schemas"]["Chat"]["required"] == ["id", "meta"]


def test_an_action_that_changes_nothing_is_reported_as_a_no_op() -> None:
    actions = overlay(
        {"target": "$.components.schemas.Chat.properties", "update": {"id": {"type": "string"}}},
        {"target": "$.components.schemas.Tool.properties", "update": {"index": {"type": "integer"}}},
    )
    _, reports = ov.apply_overlay(spec(), actions)
    assert [report.changed for report in reports] == [False, True]
    lines = ov.format_report(reports)
    assert lines[0].startswith("no-op action 0 ($.components.schemas.Chat.properties)")
    assert "the action can go" in lines[0]
    assert lines[1] == "applied action 1 ($.components.schemas.Tool.properties): 1 node(s)"


def test_a_replaced_scalar_is_recorded_with_its_pointer() -> None:
    _, reports = ov.apply_overlay(
        spec(), overlay({"target": "$.components.schemas.Reason", "update": {"type": ["string", "null"]}})
    )
    assert reports[0].replaced == ["/components/schemas/Reason/type"]


def test_a_target_that_selects_nothing_is_an_error_naming_the_action() -> None:
    actions = overlay(
        {"target": "$.components.schemas.Chat", "update": {"x-a": 1}},
        {"target": "$.components.schemas.Missing.properties", "description": "Missing.x", "update": {"x": {}}},
    )
    with pytest.raises(ov.OverlayError, match=r"action 1 \(Missing\.x\): target .*Missing.* selects nothing"):
        ov.apply_overlay(spec(), actions)


def test_an_update_of_a_scalar_node_is_an_error() -> None:
    with pytest.raises(ov.OverlayError, match="selects a str at /components/schemas/Reason/type"):
        ov.apply_overlay(spec(), overlay({"target": "$.components.schemas.Reason.type", "update": "integer"}))


def test_remove_deletes_every_selected_node() -> None:
    result, reports = ov.apply_overlay(
        spec(),
        overlay(
            {"target": "$.components.schemas[?@.type == 'object'].properties.name", "remove": True},
            {"target": "$.components.schemas.Reason.enum[0]", "remove": True},
        ),
    )
    schemas = result["components"]["schemas"]
    assert schemas["Tool"]["properties"] == {}
    assert schemas["Reason"]["enum"] == ["length"]
    assert [report.matched for report in reports] == [1, 1]


def test_remove_of_several_array_entries_removes_the_ones_selected() -> None:
    document = spec()
    document["components"]["schemas"]["Reason"]["enum"] = ["a", "b", "c", "d"]
    result, _ = ov.apply_overlay(document, overlay({"target": "$.components.schemas.Reason.enum[0,2]", "remove": True}))
    assert result["components"]["schemas"]["Reason"]["enum"] == ["b", "d"]


def test_a_filter_target_updates_every_node_it_selects() -> None:
    result, reports = ov.apply_overlay(
        spec(), overlay({"target": "$.components.schemas[?@.type == 'object']", "update": {"x-seen": True}})
    )
    assert reports[0].matched == 2
    assert {name for name, schema in result["components"]["schemas"].items() if schema.get("x-seen")} == {
        "Chat",
        "Tool",
    }


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ([], "not an Overlay document"),
        ({"overlay": "2.0.0", "info": {"title": "t", "version": "1"}, "actions": []}, "must be a 1.0.x version"),
        ({"overlay": "1.0.0", "info": {"title": "t"}, "actions": [{}]}, "`info` needs a title and a version"),
        ({"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": []}, "non-empty list"),
        (overlay({"update": {}}), "action 0 has no `target`"),
        (overlay({"target": "components.schemas", "update": {}}), "must start with \\$"),
        (overlay({"target": "$.a"}), "needs exactly one of `update` or `remove: true`"),
        (overlay({"target": "$.a", "update": {}, "remove": True}), "needs exactly one of"),
        (overlay({"target": "$.a[?@.b ==]", "update": {}}), "is not RFC 9535 JSONPath"),
    ],
)
def test_a_malformed_overlay_is_rejected_before_anything_is_applied(document: Any, message: str) -> None:
    with pytest.raises(ov.OverlayError, match=message):
        ov.apply_overlay(spec(), document)


def test_load_overlay_checks_the_file(tmp_path: Path) -> None:
    path = tmp_path / "overlay.yaml"
    path.write_text(yaml.safe_dump({"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": []}))
    with pytest.raises(ov.OverlayError, match=f"{path}: `actions` must be a non-empty list"):
        ov.load_overlay(path)


def test_the_command_line_reports_each_action_and_writes_the_result(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, actions, out = tmp_path / "spec.yaml", tmp_path / "overlay.yaml", tmp_path / "out.json"
    source.write_text(yaml.safe_dump(spec()))
    actions.write_text(
        yaml.safe_dump(overlay({"target": "$.components.schemas.Reason.enum", "update": "error"}), sort_keys=False)
    )
    assert ov.main([str(source), str(actions), str(out)]) == 0
    assert capsys.readouterr().out.startswith("applied action 0")
    assert normalize_spec.load_spec(out)["components"]["schemas"]["Reason"]["enum"] == ["stop", "length", "error"]
    actions.write_text(yaml.safe_dump(overlay({"target": "$.nothing", "update": {}})))
    assert ov.main([str(source), str(actions)]) == 1
    assert "selects nothing" in capsys.readouterr().err


def test_the_real_overlay_makes_the_pinned_spec_valid_openapi(pinned_spec: dict[str, Any]) -> None:
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    with pytest.raises(OpenAPIValidationError, match="is not of type 'number'"):
        validate(pinned_spec)
    corrected, reports = ov.apply_overlay(pinned_spec, ov.load_overlay(OVERLAY_FILE))
    validate(corrected)
    assert all(report.matched >= 1 for report in reports)


def test_the_real_overlay_only_adds_or_widens(pinned_spec: dict[str, Any]) -> None:
    """Every scalar it replaces is a `type` widened to a list holding the old type, or a 3.0-style boolean bound
    turned into the 3.1 number form; no action removes anything."""
    document = ov.load_overlay(OVERLAY_FILE)
    assert not [action for action in document["actions"] if action.get("remove")]
    corrected, reports = ov.apply_overlay(pinned_spec, document)
    for report in reports:
        for pointer in report.replaced:
            parent, key = ov._parent(pinned_spec, pointer)
            new_parent, new_key = ov._parent(corrected, pointer)
            before, after = parent[key], new_parent[new_key]
            if pointer.endswith("/type"):
                assert isinstance(after, list), f"{report.label}: {pointer} {before!r} -> {after!r}"
                assert before in after, f"{report.label}: {pointer} {before!r} -> {after!r}"
            else:
                assert pointer.endswith("/exclusiveMinimum"), f"{report.label} replaces {pointer}"
                assert before is True, f"{report.label}: {pointer} was {before!r}"


@pytest.fixture(scope="module")
def pinned_spec() -> dict[str, Any]:
    return normalize_spec.load_spec(REAL_SPEC)
