"""Shapes OpenRouter's document took in some published version, each of which made the generator drop an operation
or a response: one small spec per construct (tests/pipeline/specs/), generated with zero warnings and every
operation present; and a construct no rule handles, whose failure says what and where."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from pipeline_helpers import (
    ROOT,
    SPECS,
    generated_package,
    import_fixture_package,
    needs_generator,
    normalize_spec,
    regenerate,
)

REF = "#/components/schemas/"


def normalized(spec_name: str) -> tuple[dict[str, Any], normalize_spec.Notes]:
    return normalize_spec.normalize(normalize_spec.load_spec(SPECS / f"{spec_name}.yaml"))


def assert_every_operation_generated(spec_name: str) -> dict[str, list[str]]:
    """The pipeline's run (it raises on any generator warning) left one module per operation, where expected."""
    package = generated_package(spec_name)
    document, _ = normalized(spec_name)
    modules = regenerate.operation_modules(document)
    operations = [op for item in document["paths"].values() for m, op in item.items() if m in ("get", "post", "delete")]
    assert len(modules) == len(operations)
    assert all(len(owners) == 1 and (package / file).is_file() for file, owners in modules.items())
    return modules


def raw_generator_output(spec_name: str, tmp_path: Path) -> str:
    """What the generator says about the fixture as published, without the normalizer: why the rule exists."""
    raw = tmp_path / "raw.json"
    raw.write_text(json.dumps(normalize_spec.load_spec(SPECS / f"{spec_name}.yaml")))
    with pytest.raises(regenerate.PipelineError) as failure:
        regenerate.run_generator(raw, tmp_path)
    return str(failure.value)


# ---- operations without operationId (R7) ----------------------------------------------------------------------


def test_r7_derives_missing_operation_ids_from_method_and_path() -> None:
    document, notes = normalized("no_operation_id")
    ids = {
        f"{m.upper()} {p}": op["operationId"]
        for p, item in document["paths"].items()
        for m, op in item.items()
        if m != "parameters"
    }
    assert ids == {
        "GET /things/{thing_id}": "getThingsThingId",
        "DELETE /things/{thing_id}": "deleteThingsThingId",
        "GET /things": "getThings2",  # getThings is another operation's
        "GET /things/count": "getThings",
    }
    assert notes.count("R7") == 3
    # A stream schema beside JSON is named after the derived id, not after the path.
    assert "GetThings2StreamEvent" in document["components"]["schemas"]


def test_r7_ids_do_not_move_when_other_operations_are_added() -> None:
    spec = normalize_spec.load_spec(SPECS / "no_operation_id.yaml")
    spec["paths"]["/others"] = {"get": {"responses": {"200": {"description": "ok"}}}}
    first, _ = normalize_spec.normalize(spec)
    assert first["paths"]["/things/{thing_id}"]["get"]["operationId"] == "getThingsThingId"
    assert first["paths"]["/others"]["get"]["operationId"] == "getOthers"


@needs_generator
def test_operations_without_operation_id_are_all_generated() -> None:
    modules = assert_every_operation_generated("no_operation_id")
    assert set(modules) == {
        "api/things/get_things_thing_id.py",
        "api/things/delete_things_thing_id.py",
        "api/things/get_things_2.py",
        "api/things/get_things.py",
    }
    import_fixture_package("no_operation_id")
    from no_operation_id_api.api.things import delete_things_thing_id, get_things_2

    assert delete_things_thing_id.build_request(thing_id="t 1") == {"method": "delete", "url": "/things/t%201"}
    assert get_things_2.build_request() == {"method": "get", "url": "/things"}


# ---- allOf over a non-object (R10) -----------------------------------------------------------------------------


def test_r10_rewrites_each_all_of_over_values_or_a_union() -> None:
    document, notes = normalized("all_of_non_object")
    schemas = document["components"]["schemas"]
    props = schemas["ShapeRequest"]["properties"]
    assert props["color"] == {
        "type": "string",
        "enum": ["red"],
        "description": "A color that is also warm (two enums intersected).",
    }
    assert props["outline"] == {"allOf": [{"$ref": REF + "Color"}], "description": "A Color, restated as a string."}
    assert props["shape"]["oneOf"] == [
        {"$ref": REF + "ShapeRequestShapeCircle"},
        {"$ref": REF + "ShapeRequestShapeSquare"},
    ]
    assert props["shape"]["discriminator"] == {"propertyName": "kind"}
    label = {"type": "object", "properties": {"label": {"type": "string"}}}
    assert schemas["ShapeRequestShapeSquare"] == {"allOf": [{"$ref": REF + "Square"}, label]}
    assert props["style"] == {
        "type": "string",
        "enum": ["solid", "dashed"],
        "description": "An inline enum under allOf.",
    }
    assert props["name"] == {"type": "string", "maxLength": 40}
    assert notes.count("R10") == 7


def test_r10_leaves_alone_what_it_cannot_merge_exactly() -> None:
    spec = normalize_spec.load_spec(SPECS / "unhandled_all_of.yaml")
    spec["components"]["schemas"]["Bounded"] = {"allOf": [{"type": "string", "maxLength": 3}, {"maxLength": 5}]}
    result, notes = normalize_spec.normalize(spec)
    assert result["components"]["schemas"]["Report"] == spec["components"]["schemas"]["Report"]
    assert result["components"]["schemas"]["Bounded"] == spec["components"]["schemas"]["Bounded"]
    assert notes.count("R10") == 0


@needs_generator
def test_all_of_over_non_objects_is_generated_and_typed(tmp_path: Path) -> None:
    assert "Cannot take allOf a non-object" in raw_generator_output("all_of_non_object", tmp_path)
    assert_every_operation_generated("all_of_non_object")
    models = import_fixture_package("all_of_non_object").models
    body = {
        "color": "red",
        "outline": "blue",
        "shape": {"kind": "square", "side": 2, "label": "corner"},
        "style": "dashed",
        "name": "n",
    }
    request = models.ShapeRequest.from_dict(body)
    assert request.color.value == "red"
    assert request.outline is models.Color.BLUE
    assert isinstance(request.shape, models.ShapeRequestShapeSquare)
    assert (request.shape.side, request.shape.label) == (2, "corner")
    assert request.style.value == "dashed"
    assert request.name == "n"
    assert request.to_dict() == body
    circle = models.ShapeRequest.from_dict({"shape": {"kind": "circle", "radius": 1.5}}).shape
    assert isinstance(circle, models.ShapeRequestShapeCircle)
    assert circle.radius == 1.5


# ---- components the generator cannot resolve (R2, R9) ----------------------------------------------------------


def test_r9_turns_a_union_of_single_values_into_an_enum() -> None:
    document, notes = normalized("unresolvable_refs")
    schemas = document["components"]["schemas"]
    assert schemas["Mode"] == {
        "description": "How a job runs. `fast`: Sooner, dearer.",
        "type": "string",
        "enum": ["fast", "slow"],
    }
    assert schemas["Priority"] == {"type": "integer", "enum": [1, 2, 3]}
    # A null member makes a nullable enum, which R2 then makes non-null with null at each use.
    assert schemas["Phase"] == {"type": "string", "enum": ["setup", "work"]}
    assert schemas["Job"]["properties"]["phases"]["items"] == {"anyOf": [{"$ref": REF + "Phase"}, {"type": "null"}]}
    assert (notes.count("R9"), notes.count("R2") > 0) == (3, True)


def test_r9_leaves_open_and_mixed_unions_alone() -> None:
    open_union = {"anyOf": [{"const": "a"}, {"const": "b"}, {"type": "string"}]}
    mixed = {"anyOf": [{"const": "a"}, {"const": 2}]}
    floats = {"oneOf": [{"const": 1.5}, {"const": 2.5}]}
    spec = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}
    spec["components"] = {"schemas": {"Open": open_union, "Mixed": mixed, "Floats": floats}}
    result, notes = normalize_spec.normalize(spec)
    assert result["components"]["schemas"] == spec["components"]["schemas"]
    assert notes.count("R9") == 0


@needs_generator
def test_components_the_generator_could_not_resolve_are_generated_and_typed() -> None:
    assert_every_operation_generated("unresolvable_refs")
    models = import_fixture_package("unresolvable_refs").models
    job = models.Job.from_dict(
        {"id": "j", "owner": None, "state": None, "mode": "fast", "priority": 2, "phases": ["setup", None]}
    )
    assert (job.owner, job.state, job.mode, job.priority) == (None, None, models.Mode.FAST, models.Priority.VALUE_2)
    assert job.phases == [models.Phase.SETUP, None]
    running = models.Job.from_dict({"id": "j", "state": "running", "owner": {"name": "ann"}})
    assert running.state is models.State.RUNNING
    assert running.owner.name == "ann"
    assert [member.value for member in models.Mode] == ["fast", "slow"]


# ---- wildcard media types (R8) ---------------------------------------------------------------------------------


def test_r8_makes_wildcard_response_media_types_binary() -> None:
    document, _ = normalized("wildcard_media")
    content = {path: list(item["get"]["responses"]["200"]["content"]) for path, item in document["paths"].items()}
    assert content == {path: ["application/octet-stream"] for path in ("/images/{id}", "/clips/{id}", "/files/{id}")}
    overrides = yaml.safe_load((ROOT / "openapi" / "config.yaml").read_text())["content_type_overrides"]
    assert "image/*" not in overrides  # no config edit needed for a new wildcard
    assert "*/*" not in overrides


@needs_generator
def test_wildcard_media_types_are_generated_as_bytes(tmp_path: Path, httpx_response) -> None:
    assert "Unsupported content_type image/*" in raw_generator_output("wildcard_media", tmp_path)
    assert_every_operation_generated("wildcard_media")
    import_fixture_package("wildcard_media")
    from wildcard_media_api.api.files import get_file
    from wildcard_media_api.api.media import get_clip, get_image

    for module in (get_image, get_clip, get_file):
        assert module.parse_success(httpx_response(200, content=b"\x89PNG\x00")) == b"\x89PNG\x00"


# ---- operations grouped under renamed tags (the generator's own behaviour, checked by the pipeline) ------------


@needs_generator
def test_operations_under_renamed_tags_are_generated_where_their_first_tag_says() -> None:
    modules = assert_every_operation_generated("renamed_tags")
    assert set(modules) == {
        "api/api_keys/list_keys.py",
        "api/api_keys/get_key.py",  # "api-keys" and "API Keys" are one folder
        "api/o_auth/exchange_auth_code.py",  # the first of several tags; "O Auth" is "OAuth"'s folder
        "api/o_auth/create_auth_code.py",
        "api/default/get_health.py",  # no tag
    }


@needs_generator
def test_two_operations_that_land_on_one_module_fail_the_check(tmp_path: Path) -> None:
    spec = normalize_spec.load_spec(SPECS / "renamed_tags.yaml")
    spec["paths"]["/v2/keys/{hash}"] = {
        "get": {"operationId": "get_key", "tags": ["Api Keys"], "responses": {"200": {"description": "A key."}}}
    }
    for file in regenerate.operation_modules(spec):
        (tmp_path / file).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / file).write_text("")
    with pytest.raises(regenerate.PipelineError) as failure:
        regenerate.check_operations(spec, tmp_path)
    assert str(failure.value).splitlines()[1:] == [
        "  GET /keys/{hash}, GET /v2/keys/{hash} all generate api/api_keys/get_key.py: only one of them is kept"
    ]
    (tmp_path / "api" / "default" / "get_health.py").unlink()
    with pytest.raises(
        regenerate.PipelineError, match=r"GET /health has no generated module api/default/get_health.py"
    ):
        regenerate.check_operations(spec, tmp_path)


# ---- a construct no rule handles -------------------------------------------------------------------------------


@needs_generator
def test_a_warning_no_rule_handles_says_which_construct_and_where(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = str(SPECS / "unhandled_all_of.yaml")
    assert regenerate.main(["--spec", spec, "--no-overlay", "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert 'openapi/README.md, "Normalization rules"' in err
    assert "- schema /components/schemas/Report: an allOf over a non-object (an enum, a scalar or a union)" in err
    assert "R10 (allOf over values" in err
    assert "- operation GET /reports: a reference to a component the generator could not build" in err
    assert "(#/components/schemas/Report)" in err
    assert "Cannot take allOf a non-object" in err  # the generator's own text follows
    assert not (tmp_path / "openrouter_api").exists()


@needs_generator
def test_an_unsupported_media_type_points_at_r8_and_the_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = str(SPECS / "unsupported.yaml")
    assert regenerate.main(["--spec", spec, "--no-overlay", "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "- operation GET /report: a media type the generator cannot read (application/xml)." in err
    assert "content_type_overrides" in err


def test_a_warning_nothing_recognises_still_names_where() -> None:
    output = "Generating x\n\nWARNING parsing GET /x within default.\n\nSome new complaint\n\n{}\n"
    assert regenerate.explain_warnings(output) == [
        "- operation GET /x: a warning no rule recognises (read the generator's output below)"
    ]
