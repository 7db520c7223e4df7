"""Every component schema of the corrected spec produced a model class, or is of a kind that openapi/README.md
("Schema coverage") gives the reason for: nothing the document declares is dropped silently."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pipeline_helpers import REAL_SPEC, ROOT, normalize_spec
from pipeline_helpers import overlay as ov

README = ROOT / "openapi" / "README.md"
SCALARS = {"string", "integer", "number", "boolean"}


def kind_without_model(schema: dict[str, Any]) -> str | None:
    """The documented reason a schema has no class of its own, or None if it should have one."""
    if "properties" in schema or "allOf" in schema or "enum" in schema or "const" in schema:
        return None
    if "anyOf" in schema or "oneOf" in schema:
        return "union"
    types = schema.get("type")
    types = set(types) if isinstance(types, list) else {types}
    if types - {"null"} == {"array"}:
        return "array"
    if types - {"null"} and types - {"null"} <= SCALARS:
        return "scalar"
    return None


def model_classes(package: Path) -> set[str]:
    return {
        name
        for path in (package / "models").glob("*.py")
        for name in re.findall(r"^class (\w+)", path.read_text(encoding="utf-8"), re.MULTILINE)
    }


def coverage_section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## Schema coverage")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def test_every_component_schema_has_a_model_or_a_documented_reason(real_package: Path) -> None:
    spec, _ = ov.apply_overlay(normalize_spec.load_spec(REAL_SPEC), ov.load_overlay(ROOT / "openapi" / "overlay.yaml"))
    classes = model_classes(real_package)
    without: dict[str, list[str]] = {}
    dropped = []
    for name, schema in spec["components"]["schemas"].items():
        if normalize_spec.pascal(name) in classes:
            continue
        kind = kind_without_model(schema)
        if kind is None:
            dropped.append(name)
        else:
            without.setdefault(kind, []).append(name)
    assert dropped == [], f"component schemas with no model and no documented reason: {dropped}"
    section = coverage_section()
    for kind, names in without.items():
        assert f"| {kind} |" in section, (
            f"openapi/README.md does not say why {kind} schemas ({names[:3]}...) have no model"
        )
    # Most of the document is models; the exceptions stay the few shapes the README lists.
    assert sum(map(len, without.values())) < len(spec["components"]["schemas"]) / 10


def test_the_kinds_without_a_model_are_told_apart() -> None:
    assert kind_without_model({"type": "object", "properties": {}}) is None
    assert kind_without_model({"type": "string", "enum": ["a"]}) is None
    assert kind_without_model({"type": "object", "additionalProperties": {}}) is None  # a map is a model
    assert kind_without_model({"oneOf": [{"$ref": "#/x"}]}) == "union"
    assert kind_without_model({"type": ["array", "null"], "items": {}}) == "array"
    assert kind_without_model({"type": "integer", "minimum": 1}) == "scalar"
