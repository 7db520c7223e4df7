"""The conformance vectors (conformance/vectors/*.json) hold for this client, and cannot drift from it.

Every vector is validated by its kind's JSON Schema, then run through the public API (conformance_runners.py) and
compared with its `expected`. The stored files must be exactly what scripts/conformance.py builds, so changing a
case or the client's behaviour means regenerating the vectors that ports run.
"""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from conformance_runners import KIND_TO_CLASS, RUNNERS, run_streams_async
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

ROOT = Path(__file__).resolve().parents[2]
CONFORMANCE = ROOT / "conformance"
SCHEMAS = CONFORMANCE / "schemas"
VECTORS = CONFORMANCE / "vectors"
KINDS = ("streams", "errors", "retries", "pagination", "routing", "lenient")

sys.path.insert(0, str(ROOT / "scripts"))
import conformance as generator  # noqa: E402


def _load(kind: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((VECTORS / f"{kind}.json").read_text())
    return document


DOCUMENTS = {kind: _load(kind) for kind in KINDS}
CASES = [(kind, item) for kind in KINDS for item in DOCUMENTS[kind]["vectors"]]


def _registry() -> Registry:
    registry: Registry = Registry()
    for path in SCHEMAS.glob("*.schema.json"):
        schema = json.loads(path.read_text())
        resource = Resource.from_contents(schema)
        registry = registry.with_resources([(schema["$id"], resource), (path.name, resource)])
    return registry


def _validator(kind: str) -> Draft202012Validator:
    schema = json.loads((SCHEMAS / f"{kind}.schema.json").read_text())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, registry=_registry())


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 200 else text[:200] + "..."


def _same(actual: Any, expected: Any, where: str = "$") -> list[str]:
    """Where `actual` differs from `expected`: JSON equality, with key order ignored and floats compared closely."""
    if isinstance(expected, bool) or isinstance(actual, bool):
        return [] if actual is expected else [f"{where}: {_short(actual)} != {_short(expected)}"]
    if isinstance(expected, float) or (isinstance(actual, float) and isinstance(expected, int)):
        ok = isinstance(actual, (int, float)) and math.isclose(actual, expected, rel_tol=1e-9, abs_tol=1e-9)
        return [] if ok else [f"{where}: {_short(actual)} != {_short(expected)}"]
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{where}: {_short(actual)} is not an object"]
        out = [f"{where}.{key}: missing" for key in expected if key not in actual]
        out += [f"{where}.{key}: unexpected {_short(actual[key])}" for key in actual if key not in expected]
        for key in expected:
            if key in actual:
                out += _same(actual[key], expected[key], f"{where}.{key}")
        return out
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return [f"{where}: {_short(actual)} != {_short(expected)}"]
        pairs = enumerate(zip(actual, expected, strict=True))
        return [problem for i, (a, e) in pairs for problem in _same(a, e, f"{where}[{i}]")]
    if type(actual) is not type(expected) or actual != expected:
        return [f"{where}: {_short(actual)} != {_short(expected)}"]
    return []


def _routing_problems(actual: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    # An error message is prose: a port must name the same field and value, not write the same sentence.
    if "error" not in expected:
        return _same(actual, expected)
    if "error" not in actual:
        return [f"expected {expected['error']}, got {actual}"]
    message = actual["error"]["message"]
    mentions = expected["error"]["mentions"]
    problems = [f"message {message!r} does not mention {text!r}" for text in mentions if text not in message]
    if actual["error"]["kind"] != expected["error"]["kind"]:
        problems.append(f"kind {actual['error']['kind']} != {expected['error']['kind']}")
    if actual.get("warnings") != expected.get("warnings"):
        problems.append(f"warnings {actual.get('warnings')} != {expected.get('warnings')}")
    return problems


@pytest.mark.parametrize("kind", KINDS)
def test_vector_file_fits_its_schema(kind: str) -> None:
    document = DOCUMENTS[kind]
    errors = sorted(_validator(kind).iter_errors(document), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])
    assert document["kind"] == kind
    assert document["schema"] == f"../schemas/{kind}.schema.json"


def test_the_schemas_refuse_a_broken_vector() -> None:
    broken = json.loads(json.dumps(DOCUMENTS["errors"]))
    del broken["vectors"][0]["expected"]["kind"]
    broken["vectors"][1]["input"]["status"] = 200
    paths = sorted(list(error.absolute_path) for error in _validator("errors").iter_errors(broken))
    assert paths == [["vectors", 0, "expected"], ["vectors", 1, "input", "status"]]


@pytest.mark.parametrize(("kind", "item"), CASES, ids=[f"{kind}:{item['id']}" for kind, item in CASES])
def test_vector_holds(kind: str, item: dict[str, Any]) -> None:
    actual = RUNNERS[kind](item["input"])
    problems = _routing_problems(actual, item["expected"]) if kind == "routing" else _same(actual, item["expected"])
    assert not problems, f"{item['id']} ({item['description']}):\n" + "\n".join(problems[:20])


STREAM_CASES = DOCUMENTS["streams"]["vectors"]


@pytest.mark.parametrize("item", STREAM_CASES, ids=[item["id"] for item in STREAM_CASES])
async def test_stream_vector_holds_for_the_async_streams(item: dict[str, Any]) -> None:
    problems = _same(await run_streams_async(item["input"]), item["expected"])
    assert not problems, f"{item['id']} ({item['description']}), async:\n" + "\n".join(problems[:20])


def test_stored_vectors_are_what_the_generator_builds() -> None:
    built = generator.build_documents()
    assert sorted(built) == sorted(f"{kind}.json" for kind in KINDS)
    stale = [name for name, text in built.items() if (VECTORS / name).read_text() != text]
    assert not stale, f"stale vector files {stale}: run .venv/bin/python scripts/conformance.py"


def test_enough_vectors_and_every_recorded_stream() -> None:
    counts = {kind: len(DOCUMENTS[kind]["vectors"]) for kind in KINDS}
    assert sum(counts.values()) >= 150, counts
    assert all(count >= 15 for count in counts.values()), counts
    carried = {
        item["input"]["body"][0]["text"].encode()
        for item in DOCUMENTS["streams"]["vectors"]
        if len(item["input"]["body"]) == 1 and "text" in item["input"]["body"][0]
    }
    recorded = sorted((ROOT / "tests" / "recorded").glob("*.sse"))
    assert len(recorded) >= 7
    for path in recorded:
        assert path.read_bytes() in carried, f"no vector carries tests/recorded/{path.name} byte for byte"


def test_every_outcome_kind_is_used_and_documented() -> None:
    text = json.dumps([DOCUMENTS[kind]["vectors"] for kind in KINDS])
    used = set(re.findall(r'"(?:kind|cause|error)": "([a-z_]+)"', text))
    assert set(KIND_TO_CLASS) <= used, f"kinds no vector exercises: {sorted(set(KIND_TO_CLASS) - used)}"
    readme = (CONFORMANCE / "README.md").read_text()
    rows = dict(re.findall(r"^\| `([a-z_]+)` \| `([A-Za-z_.]+)`", readme, flags=re.MULTILINE))
    for kind, cls in KIND_TO_CLASS.items():
        assert rows.get(kind, "").rsplit(".", 1)[-1] == cls.__name__, f"README row for {kind!r}"
    assert "parse_error" in rows
