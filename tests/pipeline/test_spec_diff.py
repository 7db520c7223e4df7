"""scripts/spec_diff.py on pairs of small documents, one kind of change each: is it found, and is it marked
breaking exactly when a caller of this client can break?"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from spec_diff import Change, diff, render  # noqa: E402


def base() -> dict[str, Any]:
    """A document with a request model, a response model, a shared enum, a stream and a list with parameters."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "tags": ["Things"],
                    "parameters": [
                        {"name": "offset", "in": "query", "schema": {"type": "integer"}},
                        {
                            "name": "kind",
                            "in": "query",
                            "required": True,
                            "schema": {"$ref": "#/components/schemas/Kind"},
                        },
                    ],
                    "responses": {
                        "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                        "404": {"content": {"application/json": {"schema": {"type": "object"}}}},
                    },
                },
                "post": {
                    "operationId": "createThing",
                    "tags": ["Things"],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewThing"}}},
                    },
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}},
                                "text/event-stream": {"schema": {"$ref": "#/components/schemas/ThingEvent"}},
                            }
                        }
                    },
                },
            }
        },
        "components": {
            "schemas": {
                "NewThing": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string"},
                        "size": {"type": ["integer", "null"]},
                        "mode": {"type": "string", "enum": ["fast", "slow"]},
                    },
                },
                "Thing": {
                    "type": "object",
                    "required": ["id", "name"],
                    "properties": {
                        "id": {"type": "string"},
                        "name": {"type": "string"},
                        "status": {"type": "string", "enum": ["ready", "busy"]},
                        "tags": {"type": "array", "items": {"type": "string"}},
                    },
                },
                "Kind": {"type": "string", "enum": ["a", "b"]},
                "ThingEvent": {
                    "oneOf": [
                        {"$ref": "#/components/schemas/StartedEvent"},
                        {"$ref": "#/components/schemas/DoneEvent"},
                    ]
                },
                "StartedEvent": {"type": "object", "properties": {"type": {"const": "thing.started"}}},
                "DoneEvent": {"type": "object", "properties": {"type": {"const": "thing.done"}}},
            }
        },
    }


def changed(edit: Callable[[dict[str, Any]], None]) -> list[Change]:
    old = base()
    new = copy.deepcopy(old)
    edit(new)
    return diff(old, new)


def only(changes: list[Change], kind: str) -> Change:
    matching = [change for change in changes if change.kind == kind]
    assert len(matching) == 1, f"expected one {kind!r}, got {changes}"
    return matching[0]


def test_identical_documents_have_no_changes() -> None:
    assert diff(base(), base()) == []
    assert "0 change(s), 0 breaking" in render([], old_label="a", new_label="b")


def test_operation_removed_is_breaking_and_added_is_not() -> None:
    removed = changed(lambda d: d["paths"]["/things"].pop("post"))
    assert only(removed, "operation removed") == Change("operation removed", "POST /things", True, "createThing")

    def add(d: dict[str, Any]) -> None:
        d["paths"]["/other"] = {"get": {"operationId": "getOther", "responses": {"200": {"description": "ok"}}}}

    assert only(changed(add), "operation added") == Change("operation added", "GET /other", False, "getOther")


def test_renamed_operation_id_and_moved_tag_are_breaking() -> None:
    def rename(d: dict[str, Any]) -> None:
        d["paths"]["/things"]["get"]["operationId"] = "listAllThings"
        d["paths"]["/things"]["get"]["tags"] = ["Stuff"]

    changes = changed(rename)
    assert only(changes, "operationId renamed").breaking
    assert only(changes, "tag changed").breaking


def test_tag_spelled_differently_but_same_module_is_no_change() -> None:
    assert changed(lambda d: d["paths"]["/things"]["get"].update(tags=["things"])) == []


def test_parameters_added_removed_and_made_required() -> None:
    parameters = lambda d: d["paths"]["/things"]["get"]["parameters"]  # noqa: E731
    optional = changed(lambda d: parameters(d).append({"name": "q", "in": "query", "schema": {"type": "string"}}))
    assert only(optional, "parameter added") == Change("parameter added", "GET /things query:q", False, "optional")
    required = changed(
        lambda d: parameters(d).append({"name": "q", "in": "query", "required": True, "schema": {"type": "string"}})
    )
    assert only(required, "parameter added").breaking
    assert only(changed(lambda d: parameters(d).pop(0)), "parameter removed").breaking
    assert only(changed(lambda d: parameters(d)[0].update(required=True)), "parameter made required").breaking


def test_request_field_added_required_is_breaking_optional_is_not() -> None:
    def add(required: bool) -> Callable[[dict[str, Any]], None]:
        def edit(d: dict[str, Any]) -> None:
            schema = d["components"]["schemas"]["NewThing"]
            schema["properties"]["colour"] = {"type": "string"}
            if required:
                schema["required"].append("colour")

        return edit

    assert only(changed(add(True)), "property added") == Change("property added", "NewThing.colour", True, "required")
    assert not only(changed(add(False)), "property added").breaking


def test_response_field_added_is_not_breaking_removed_is() -> None:
    added = changed(lambda d: d["components"]["schemas"]["Thing"]["properties"].update(extra={"type": "string"}))
    assert not only(added, "property added").breaking
    removed = changed(lambda d: d["components"]["schemas"]["Thing"]["properties"].pop("status"))
    assert only(removed, "property removed") == Change("property removed", "Thing.status", True)


def test_required_to_optional_breaks_readers_of_a_response() -> None:
    change = only(
        changed(lambda d: d["components"]["schemas"]["Thing"]["required"].remove("name")), "property made optional"
    )
    assert change == Change("property made optional", "Thing.name", True)


def test_narrowed_request_type_is_breaking() -> None:
    change = only(
        changed(lambda d: d["components"]["schemas"]["NewThing"]["properties"]["size"].update(type="integer")),
        "type narrowed",
    )
    assert change.breaking
    assert change.detail == "integer | null -> integer"


def test_widened_response_type_is_breaking_for_readers() -> None:
    edit = lambda d: d["components"]["schemas"]["Thing"]["properties"]["id"].update(type=["string", "null"])  # noqa: E731
    assert only(changed(edit), "type widened").breaking


def test_retyped_property_is_breaking() -> None:
    edit = lambda d: d["components"]["schemas"]["Thing"]["properties"]["id"].update(type="integer")  # noqa: E731
    assert only(changed(edit), "type changed") == Change("type changed", "Thing.id", True, "string -> integer")


def test_array_item_type_change_is_found_inside_the_array() -> None:
    edit = lambda d: d["components"]["schemas"]["Thing"]["properties"]["tags"]["items"].update(type="integer")  # noqa: E731
    assert only(changed(edit), "type changed").where == "Thing.tags[]"


def test_enum_value_removed_breaks_requests_not_responses() -> None:
    in_request = changed(lambda d: d["components"]["schemas"]["NewThing"]["properties"]["mode"]["enum"].remove("slow"))
    assert only(in_request, "enum value removed") == Change("enum value removed", "NewThing.mode", True, '"slow"')
    in_response = changed(lambda d: d["components"]["schemas"]["Thing"]["properties"]["status"]["enum"].remove("busy"))
    assert not only(in_response, "enum value removed").breaking
    # A component used through a query parameter is on the request side.
    kind = changed(lambda d: d["components"]["schemas"]["Kind"]["enum"].remove("b"))
    assert only(kind, "enum value removed").breaking


def test_enum_value_added_is_not_breaking() -> None:
    change = only(
        changed(lambda d: d["components"]["schemas"]["Thing"]["properties"]["status"]["enum"].append("gone")),
        "enum value added",
    )
    assert change == Change("enum value added", "Thing.status", False, '"gone"')


def test_stream_event_types_added_and_removed() -> None:
    def add(d: dict[str, Any]) -> None:
        d["components"]["schemas"]["FailedEvent"] = {
            "type": "object",
            "properties": {"type": {"const": "thing.failed"}},
        }
        d["components"]["schemas"]["ThingEvent"]["oneOf"].append({"$ref": "#/components/schemas/FailedEvent"})

    added = only(changed(add), "stream event type added")
    assert (added.where, added.detail, added.breaking) == ("POST /things", '"thing.failed"', False)
    removed = only(
        changed(lambda d: d["components"]["schemas"]["ThingEvent"]["oneOf"].pop()), "stream event type removed"
    )
    assert removed.detail == '"thing.done"'


def test_statuses_and_content_types() -> None:
    responses = lambda d: d["paths"]["/things"]["get"]["responses"]  # noqa: E731
    added = changed(lambda d: responses(d).update({"429": {"description": "slow down"}}))
    assert only(added, "response status added") == Change("response status added", "GET /things", False, "429")
    assert not only(changed(lambda d: responses(d).pop("404")), "response status removed").breaking
    assert only(changed(lambda d: responses(d).pop("200")), "response status removed").breaking
    content = lambda d: d["paths"]["/things"]["post"]["responses"]["200"]["content"]  # noqa: E731
    assert only(changed(lambda d: content(d).pop("text/event-stream")), "response content type removed").breaking


def test_renamed_body_model_is_breaking() -> None:
    def rename(d: dict[str, Any]) -> None:
        schemas = d["components"]["schemas"]
        schemas["ThingRequest"] = schemas.pop("NewThing")
        d["paths"]["/things"]["post"]["requestBody"]["content"]["application/json"]["schema"] = {
            "$ref": "#/components/schemas/ThingRequest"
        }

    changes = changed(rename)
    assert only(changes, "body model renamed").detail == "NewThing -> ThingRequest"
    assert only(changes, "schema removed").breaking
    assert not only(changes, "schema added").breaking


def test_report_lists_breaking_first_and_overlay_no_ops() -> None:
    changes = [Change("schema added", "A", False), Change("schema removed", "B", True)]
    text = render(changes, old_label="old", new_label="new", overlay_lines=["no-op action 2 (x): upstream ..."])
    assert (
        text.index("Breaking") < text.index("schema removed") < text.index("Not breaking") < text.index("schema added")
    )
    assert "2 change(s), 1 breaking" in text
    assert "- no-op action 2" in text


def test_command_line_prints_markdown_and_writes_json(tmp_path: Path) -> None:
    old, new = base(), base()
    new["components"]["schemas"]["Thing"]["properties"].pop("status")
    (tmp_path / "old.yaml").write_text(yaml.safe_dump(old), encoding="utf-8")
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(new), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "spec_diff.py"), "old.yaml", "new.yaml", "--json", "d.json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "- property removed `Thing.status`" in result.stdout
    payload = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    assert payload["breaking"] is True
    assert payload["changes"] == [{"kind": "property removed", "where": "Thing.status", "breaking": True, "detail": ""}]


@pytest.mark.parametrize("vanished", [True, False])
def test_command_line_reports_overlay_no_ops_and_vanished_targets(tmp_path: Path, vanished: bool) -> None:
    doc = base()
    doc["components"]["schemas"]["Thing"]["properties"]["provider"] = {"type": "string"}
    (tmp_path / "old.yaml").write_text(yaml.safe_dump(base()), encoding="utf-8")
    if vanished:
        doc["components"]["schemas"].pop("Thing")
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    overlay = {
        "overlay": "1.0.0",
        "info": {"title": "t", "version": "1"},
        "actions": [
            {
                "target": "$.components.schemas.Thing.properties",
                "description": "Thing.provider",
                "update": {"provider": {"type": "string"}},
            }
        ],
    }
    (tmp_path / "overlay.yaml").write_text(yaml.safe_dump(overlay), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "spec_diff.py"), "old.yaml", "new.yaml", "--overlay", "overlay.yaml"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    if vanished:
        assert result.returncode == 1
        assert "$.components.schemas.Thing.properties selects nothing" in result.stderr
    else:
        assert result.returncode == 0, result.stderr
        assert "no-op action 0 (Thing.provider)" in result.stdout
