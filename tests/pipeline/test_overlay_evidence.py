"""Each overlay action is backed by its evidence, and the evidence still shows what the action claims.

An action's `x-evidence` is `kind: validity` (the action corrects what makes the published document invalid
OpenAPI 3.1), `kind: consistency` (a response status an operation must have: its `like` operations take the same
`parameters` and document that `status`, the target operation takes them and does not), or one or more
recorded-body entries:
    body:     a file in tests/recorded            event: for a stream, the index of the `data:` event
    at:       RFC 9535 JSONPath of one value in the body (or event)
    schema:   the component schema (or a `#/...` pointer, for an inline response schema) the value is an instance of
    declares: optional, the properties (dotted paths from the value) the action adds to that schema
For a recorded-body entry, with JSON Schema 2020-12 and references resolved within the document:
- in the corrected document (overlay applied) the value validates against `schema`, and `schema` names every key
  in `declares` as a property;
- in the published document it does not: the schema is missing, or rejects the value (an enum value, a null, a
  union member it lacks), or does not name one of the keys (it may still accept them as free-form extras).
`required` is not enforced in either (the generated models parse leniently, and real bodies do lack fields the
spec requires), and `oneOf` is read as `anyOf` for the same reason.
An action the published document already makes a no-op (upstream caught up) is not failed here: the second check
is skipped for it, and the pipeline reports it (`make generate`, `make check-generated`, `make validate-spec` print
"no-op action N ...: the action can go") so that it is dropped with the spec update that caught up.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

import jsonschema
import pytest
import recorded_bodies
from pipeline_helpers import REAL_SPEC, ROOT, normalize_spec
from pipeline_helpers import overlay as ov

OVERLAY_FILE = ROOT / "openapi" / "overlay.yaml"


@cache
def published() -> dict[str, Any]:
    return normalize_spec.load_spec(REAL_SPEC)


@cache
def overlay_document() -> dict[str, Any]:
    return ov.load_overlay(OVERLAY_FILE)


@cache
def corrected() -> tuple[dict[str, Any], tuple[ov.ActionReport, ...]]:
    document, reports = ov.apply_overlay(published(), overlay_document())
    return document, tuple(reports)


def lenient(node: Any) -> Any:
    """The document as the generated models read it: no `required`, `oneOf` as `anyOf`."""
    if isinstance(node, dict):
        return {
            ("anyOf" if key == "oneOf" else key): lenient(value)
            for key, value in node.items()
            if not (key == "required" and isinstance(value, list))
        }
    if isinstance(node, list):
        return [lenient(item) for item in node]
    return node


@cache
def lenient_published() -> dict[str, Any]:
    return lenient(published())  # type: ignore[no-any-return]


@cache
def lenient_corrected() -> dict[str, Any]:
    return lenient(corrected()[0])  # type: ignore[no-any-return]


def pointer_of(schema: str) -> str:
    return schema if schema.startswith("#/") else f"#/components/schemas/{schema}"


def exists(document: dict[str, Any], pointer: str) -> bool:
    try:
        recorded_bodies.resolve(document, pointer)
    except (KeyError, IndexError, TypeError):
        return False
    return True


def errors(document: dict[str, Any], pointer: str, value: Any) -> list[str]:
    """Why `value` is not an instance of the schema at `pointer` (empty when it is)."""
    validator = jsonschema.Draft202012Validator({**document, "$ref": pointer})
    return [f"{error.json_path}: {error.message[:200]}" for error in validator.iter_errors(value)]


def branches(document: dict[str, Any], node: Any, seen: frozenset[str] = frozenset()) -> Iterator[dict[str, Any]]:
    """The schema and every schema it is composed of ($ref, allOf, anyOf, oneOf), depth first."""
    if not isinstance(node, dict):
        return
    yield node
    reference = node.get("$ref")
    if isinstance(reference, str) and reference not in seen:
        yield from branches(document, recorded_bodies.resolve(document, reference), seen | {reference})
    for keyword in ("allOf", "anyOf", "oneOf"):
        for member in node.get(keyword) or []:
            yield from branches(document, member, seen)


def declared(document: dict[str, Any], pointer: str, dotted: str) -> bool:
    """True if the schema names the property at `dotted` (a.b: property b of property a) in a `properties`."""
    nodes = [recorded_bodies.resolve(document, pointer)]
    for name in dotted.split("."):
        nodes = [
            branch["properties"][name]
            for node in nodes
            for branch in branches(document, node)
            if isinstance(branch.get("properties"), dict) and name in branch["properties"]
        ]
        if not nodes:
            return False
    return True


def entries(action: dict[str, Any]) -> list[dict[str, Any]]:
    evidence = action.get("x-evidence")
    return evidence if isinstance(evidence, list) else [evidence]


def evidence_value(entry: dict[str, Any]) -> Any:
    name = entry["body"]
    values = recorded_bodies.values(name)
    value = values[entry.get("event", 0)]
    matches = ov._ENV.findall(entry["at"], value)
    if len(matches) != 1:
        raise AssertionError(f"{name}: {entry['at']} selects {len(matches)} values, not one")
    return matches[0]


def has_path(value: Any, dotted: str) -> bool:
    node = value
    for name in dotted.split("."):
        if not isinstance(node, dict) or name not in node:
            return False
        node = node[name]
    return True


def check_entry(entry: dict[str, Any], *, published_declares_it_too_is_a_problem: bool) -> list[str]:
    """Problems with one recorded-body evidence entry (empty when it shows what it claims)."""
    value = evidence_value(entry)
    pointer = pointer_of(entry["schema"])
    keys = entry.get("declares", [])
    problems = [f"the body has no {dotted} at {entry['at']}" for dotted in keys if not has_path(value, dotted)]
    if not exists(lenient_corrected(), pointer):
        return [*problems, f"the corrected document has no schema {pointer}"]
    problems += [
        f"corrected {entry['schema']} rejects it: {error}" for error in errors(lenient_corrected(), pointer, value)
    ]
    problems += [
        f"corrected {entry['schema']} does not declare {key}"
        for key in keys
        if not declared(corrected()[0], pointer, key)
    ]
    if published_declares_it_too_is_a_problem and published_accepts(pointer, value, keys):
        problems.append(
            f"the published {entry['schema']} already accepts it (and declares {keys}): the action is not needed"
        )
    return problems


def published_accepts(pointer: str, value: Any, keys: list[str]) -> bool:
    if not exists(lenient_published(), pointer) or errors(lenient_published(), pointer, value):
        return False
    return all(declared(published(), pointer, key) for key in keys)


ACTIONS = list(enumerate(overlay_document()["actions"]))
BODY_EVIDENCE = [
    pytest.param(index, position, entry, id=f"action{index}-{entry['body']}-{position}")
    for index, action in ACTIONS
    if isinstance(action.get("x-evidence"), (dict, list))
    and entries(action)[0].get("kind") not in ("validity", "consistency")
    for position, entry in enumerate(entries(action))
]
VALIDITY = [index for index, action in ACTIONS if entries(action)[0].get("kind") == "validity"]
CONSISTENCY = [index for index, action in ACTIONS if entries(action)[0].get("kind") == "consistency"]
_RESPONSES_TARGET = re.compile(r"^\$\.paths\['(?P<path>[^']+)'\]\.(?P<method>get|put|post|patch|delete)\.responses$")


def test_every_action_names_its_evidence() -> None:
    files = {row.file: row for row in recorded_bodies.recorded()}
    for index, action in ACTIONS:
        label = f"action {index} ({action.get('description', action['target'])[:60]})"
        evidence = action.get("x-evidence")
        assert isinstance(evidence, (dict, list)), f"{label} has no x-evidence"
        assert evidence, f"{label} has an empty x-evidence"
        for entry in entries(action):
            if entry.get("kind") == "validity":
                assert isinstance(entry.get("check"), str), f"{label}: say what is invalid, in `check`"
                assert entry["check"].strip(), f"{label}: say what is invalid, in `check`"
                continue
            if entry.get("kind") == "consistency":
                assert set(entry) == {"kind", "status", "parameters", "like"}, f"{label}: {sorted(entry)}"
                assert entry["like"], f"{label}: name the sibling operations in `like`"
                continue
            assert {"body", "at", "schema"} <= set(entry), f"{label}: x-evidence needs body, at and schema"
            assert set(entry) <= {"body", "event", "at", "schema", "declares"}, f"{label}: unknown keys in {entry}"
            assert entry["body"] in files, f"{label}: {entry['body']} is not a recorded body"
            assert ("event" in entry) == files[entry["body"]].is_stream, f"{label}: `event` is for a stream, and needed"
    assert len(BODY_EVIDENCE) >= len(ACTIONS) - len(VALIDITY) - len(CONSISTENCY)


def _operation(document: dict[str, Any], route: str) -> dict[str, Any]:
    method, path = route.split(" ", 1)
    operation = (document.get("paths") or {}).get(path, {}).get(method.lower())
    assert isinstance(operation, dict), f"{route} is not in the document"
    return operation


def _parameter_names(operation: dict[str, Any]) -> set[str]:
    return {
        str(parameter.get("name")) for parameter in operation.get("parameters") or [] if isinstance(parameter, dict)
    }


@pytest.mark.parametrize("index", CONSISTENCY)
def test_a_consistency_action_adds_a_status_its_siblings_document(index: int) -> None:
    action = overlay_document()["actions"][index]
    (entry,) = entries(action)
    target = _RESPONSES_TARGET.match(action["target"])
    assert target, f"action {index}: a consistency action targets an operation's responses"
    route = f"{target['method'].upper()} {target['path']}"
    status, parameters = str(entry["status"]), set(entry["parameters"])
    operation = _operation(published(), route)
    assert parameters <= _parameter_names(operation), f"{route} does not take {sorted(parameters)}"
    report = corrected()[1][index]
    if report.changed:
        assert status not in operation["responses"], f"{route} documents {status} already"
    assert status in _operation(corrected()[0], route)["responses"]
    for sibling in entry["like"]:
        other = _operation(published(), sibling)
        assert parameters <= _parameter_names(other), f"{sibling} does not take {sorted(parameters)}"
        assert status in other["responses"], f"{sibling} does not document {status}"


@pytest.mark.parametrize(("index", "position", "entry"), BODY_EVIDENCE)
def test_the_evidence_shows_what_the_action_claims(index: int, position: int, entry: dict[str, Any]) -> None:
    report = corrected()[1][index]
    problems = check_entry(entry, published_declares_it_too_is_a_problem=report.changed)
    assert problems == [], f"{report.label}, evidence {position}: {problems}"


@pytest.mark.parametrize("index", VALIDITY)
def test_a_validity_action_is_what_makes_the_document_valid(index: int) -> None:
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    document = overlay_document()
    others = [action for position, action in ACTIONS if position != index]
    without, _ = ov.apply_overlay(published(), {**document, "actions": others})
    with pytest.raises(OpenAPIValidationError):
        validate(without)


def test_an_action_the_published_document_does_not_need_fails_its_evidence_check() -> None:
    already = {"body": "chat_completions.nonstream.json", "at": "$", "schema": "ChatResult", "declares": ["model"]}
    assert check_entry(already, published_declares_it_too_is_a_problem=True) == [
        "the published ChatResult already accepts it (and declares ['model']): the action is not needed"
    ]
    # The same entry on an action the pipeline reports as a no-op is not failed here.
    assert check_entry(already, published_declares_it_too_is_a_problem=False) == []
    wrong = {"body": "chat_completions.nonstream.json", "at": "$.choices[0]", "schema": "ChatUsage", "declares": ["x"]}
    problems = check_entry(wrong, published_declares_it_too_is_a_problem=True)
    assert "the body has no x at $.choices[0]" in problems
    assert "corrected ChatUsage does not declare x" in problems


@pytest.mark.parametrize("name", [row.file for row in recorded_bodies.recorded()])
def test_a_recorded_body_is_an_instance_of_its_response_schema_in_the_corrected_document(name: str) -> None:
    row = recorded_bodies.by_file(name)
    pointer = recorded_bodies.response_schema_pointer(corrected()[0], row)
    for index, value in enumerate(recorded_bodies.values(name)):
        assert errors(lenient_corrected(), pointer, value) == [], f"{name} (event {index}) against {pointer}"
