"""A deterministic JSON value that fits a JSON schema (the subset structured outputs and tool parameters use)."""

from __future__ import annotations

from typing import Any

_MAX_DEPTH = 12


def sample_value(schema: Any, *, index: int = 0) -> Any:
    """A value fitting `schema`; `index` varies it (call 0, call 1, ...) so parallel tool calls differ.

    Covers object (properties, required, additionalProperties), string, number, integer, boolean, null, enum,
    const, array/items, anyOf/oneOf/allOf (nullable included, a non-null branch preferred) and local `$ref`s.
    """
    return _Sampler(schema if isinstance(schema, dict) else {}, index).value(schema, "value", 0)


class _Sampler:
    def __init__(self, root: dict[str, Any], index: int) -> None:
        self.root = root
        self.index = index

    def resolve(self, ref: str) -> Any:
        if not ref.startswith("#"):
            return {}
        node: Any = self.root
        for part in ref.lstrip("#").split("/"):
            if not part:
                continue
            part = part.replace("~1", "/").replace("~0", "~")
            node = node.get(part, {}) if isinstance(node, dict) else {}
        return node

    def value(self, schema: Any, name: str, depth: int) -> Any:
        if not isinstance(schema, dict) or depth > _MAX_DEPTH:
            return f"{name} {self.index}"
        if isinstance(schema.get("$ref"), str):
            return self.value(self.resolve(schema["$ref"]), name, depth + 1)
        if "const" in schema:
            return schema["const"]
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return schema["enum"][self.index % len(schema["enum"])]
        for key in ("anyOf", "oneOf"):
            branches = schema.get(key)
            if isinstance(branches, list) and branches:
                return self.value(self._preferred(branches), name, depth + 1)
        if isinstance(schema.get("allOf"), list) and schema["allOf"]:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                part = self.resolve(part["$ref"]) if isinstance(part, dict) and "$ref" in part else part
                if isinstance(part, dict):
                    merged.update(part)
            return self.value(merged, name, depth + 1)
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"] or ["null"]
            kind = kinds[0]
        if kind is None:
            kind = "object" if "properties" in schema else "array" if "items" in schema else "string"
        return self._typed(kind, schema, name, depth)

    def _preferred(self, branches: list[Any]) -> Any:
        for branch in branches:
            if not (isinstance(branch, dict) and branch.get("type") == "null"):
                return branch
        return branches[0]

    def _typed(self, kind: str, schema: dict[str, Any], name: str, depth: int) -> Any:
        if kind == "object":
            properties = schema.get("properties")
            if not isinstance(properties, dict):
                return {}
            return {key: self.value(sub, key, depth + 1) for key, sub in properties.items()}
        if kind == "array":
            count = max(1, int(schema.get("minItems", 1)))
            if isinstance(schema.get("maxItems"), int):
                count = min(count, schema["maxItems"])
            return [self.value(schema.get("items", {}), name, depth + 1) for _ in range(count)]
        if kind == "integer":
            return _bounded(self.index, schema)
        if kind == "number":
            return float(_bounded(self.index + 0.5, schema))
        if kind == "boolean":
            return self.index % 2 == 0
        if kind == "null":
            return None
        text = f"{name} {self.index}"
        minimum = schema.get("minLength")
        if isinstance(minimum, int) and len(text) < minimum:
            text = text.ljust(minimum, "x")
        maximum = schema.get("maxLength")
        if isinstance(maximum, int):
            text = text[:maximum]
        return text


def _bounded(number: float, schema: dict[str, Any]) -> float:
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    if isinstance(low, (int, float)) and number <= low:
        number = low + 1 if "exclusiveMinimum" in schema and "minimum" not in schema else low
    if isinstance(high, (int, float)) and number >= high:
        number = high - 1 if "exclusiveMaximum" in schema and "maximum" not in schema else high
    return number
