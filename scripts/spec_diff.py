#!/usr/bin/env python3
"""The API changes between two versions of an OpenAPI document, in words a reviewer reads.

    python scripts/spec_diff.py OLD NEW                 # Markdown on stdout
    python scripts/spec_diff.py OLD NEW --json out.json # also the changes as data (for the spec-update workflow)
    python scripts/spec_diff.py OLD NEW --overlay openapi/overlay.yaml   # and what the overlay does to NEW

It compares operations (added, removed, renamed operationId or tag; parameters; request body; statuses; content
types; SSE event types) and component schemas (added, removed; properties added, removed, retyped, made required
or optional; enum values added or removed), and marks each change breaking or not *for a caller of this client*:
- a change to what the client sends is breaking when a request that worked may now fail or not type-check: a
  removed operation or parameter, a new required parameter or request field, a narrowed type, a removed enum value;
- a change to what the client receives is breaking when code reading a typed attribute may now break: a removed or
  retyped property, a required property made optional (it may now read as UNSET), a renamed response model;
- additions are not breaking: the generated models parse new fields and enum values leniently.
A schema used both in requests and in responses is judged on both sides.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from normalize_spec import HTTP_METHODS, load_spec, ref_name, type_list

SSE_CONTENT = "text/event-stream"
REQUEST, RESPONSE = "request", "response"


@dataclass(frozen=True)
class Change:
    """One difference: what kind, where (operation or schema path), whether it breaks callers, and the detail."""

    kind: str
    where: str
    breaking: bool
    detail: str = ""

    def line(self) -> str:
        detail = f": {self.detail}" if self.detail else ""
        return f"- {self.kind} `{self.where}`{detail}"


# --------------------------------------------------------------------------------------------------------------
# Reading a document
# --------------------------------------------------------------------------------------------------------------


def operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """`METHOD /path` -> operation object."""
    found = {}
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = (item or {}).get(method)
            if isinstance(operation, dict):
                merged = dict(operation)
                # Path-level parameters apply to every operation of the path.
                merged["parameters"] = [*(item.get("parameters") or []), *(operation.get("parameters") or [])]
                found[f"{method.upper()} {path}"] = merged
    return found


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        name = ref_name(node["$ref"]) if isinstance(node.get("$ref"), str) else None
        if name:
            yield name
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _closure(spec: dict[str, Any], roots: list[Any]) -> set[str]:
    schemas = (spec.get("components") or {}).get("schemas") or {}
    seen: set[str] = set()
    pending = [name for root in roots for name in _refs(root)]
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        pending.extend(_refs(schemas.get(name)))
    return seen


def schema_sides(spec: dict[str, Any]) -> dict[str, set[str]]:
    """Component name -> the sides it is used on ({"request"}, {"response"} or both)."""
    request_roots: list[Any] = []
    response_roots: list[Any] = []
    for operation in operations(spec).values():
        request_roots.append(operation.get("parameters"))
        request_roots.append(operation.get("requestBody"))
        response_roots.append(operation.get("responses"))
    sides: dict[str, set[str]] = {}
    for side, roots in ((REQUEST, request_roots), (RESPONSE, response_roots)):
        for name in _closure(spec, roots):
            sides.setdefault(name, set()).add(side)
    return sides


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    seen = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
        seen.add(node["$ref"])
        name = ref_name(node["$ref"])
        node = ((spec.get("components") or {}).get("schemas") or {}).get(name) if name else None
    return node


def _types(node: Any) -> set[str]:
    """What a schema node can be, as a set of words: JSON types, `Name` for a reference, unions flattened."""
    if not isinstance(node, dict):
        return set()
    if isinstance(node.get("$ref"), str):
        return {ref_name(node["$ref"]) or node["$ref"]}
    found = set(type_list(node))
    for key in ("anyOf", "oneOf"):
        for member in node.get(key) or []:
            found |= _types(member)
    for member in node.get("allOf") or []:
        found |= _types(member) if len(node.get("allOf") or []) == 1 else set()
    if not found and ("properties" in node or "allOf" in node):
        found.add("object")
    if "const" in node and not found:
        found.add(type(node["const"]).__name__.replace("str", "string").replace("NoneType", "null"))
    return found


def _enum(node: Any) -> set[str]:
    if not isinstance(node, dict):
        return set()
    values = list(node.get("enum") or [])
    if "const" in node:
        values.append(node["const"])
    return {json.dumps(value) for value in values}


def _properties(spec: dict[str, Any], node: Any) -> tuple[dict[str, Any], set[str]]:
    """Properties and required names of an object schema, with inline `allOf` members merged in."""
    if not isinstance(node, dict):
        return {}, set()
    properties = dict(node.get("properties") or {})
    required = set(node.get("required") or [])
    for member in node.get("allOf") or []:
        if isinstance(member, dict) and "$ref" not in member:
            more, more_required = _properties(spec, member)
            properties.update(more)
            required |= more_required
    return properties, required


def event_types(spec: dict[str, Any], operation: dict[str, Any]) -> set[str]:
    """The `type` values of the events an operation streams (text/event-stream bodies), as JSON strings."""
    found: set[str] = set()
    seen: set[int] = set()

    def visit(node: Any) -> None:
        node = _resolve(spec, node)
        if not isinstance(node, dict) or id(node) in seen:
            return
        seen.add(id(node))
        properties, _ = _properties(spec, node)
        kind = _resolve(spec, properties.get("type"))
        found.update(_enum(kind))
        for key in ("anyOf", "oneOf", "allOf"):
            for member in node.get(key) or []:
                visit(member)
        if "data" in properties:  # an envelope {event, data}: the events are the data
            visit(properties["data"])

    for response in (operation.get("responses") or {}).values():
        media = ((response or {}).get("content") or {}).get(SSE_CONTENT)
        if isinstance(media, dict):
            visit(media.get("schema"))
    return found


# --------------------------------------------------------------------------------------------------------------
# Comparing
# --------------------------------------------------------------------------------------------------------------


class Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self.old_sides, self.new_sides = schema_sides(old), schema_sides(new)

    def add(self, kind: str, where: str, breaking: bool, detail: str = "") -> None:
        self.changes.append(Change(kind, where, breaking, detail))

    def run(self) -> list[Change]:
        self.compare_operations()
        self.compare_components()
        return self.changes

    # ---- operations ------------------------------------------------------------------------------------------

    def compare_operations(self) -> None:
        old_ops, new_ops = operations(self.old), operations(self.new)
        for key in sorted(old_ops.keys() - new_ops.keys()):
            self.add("operation removed", key, True, str(old_ops[key].get("operationId", "")))
        for key in sorted(new_ops.keys() - old_ops.keys()):
            self.add("operation added", key, False, str(new_ops[key].get("operationId", "")))
        for key in sorted(old_ops.keys() & new_ops.keys()):
            self.compare_operation(key, old_ops[key], new_ops[key])

    def compare_operation(self, key: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        if old.get("operationId") != new.get("operationId"):
            self.add(
                "operationId renamed",
                key,
                True,
                f"{old.get('operationId')} -> {new.get('operationId')} (the generated module is renamed)",
            )
        if _module_folder(old) != _module_folder(new):
            self.add("tag changed", key, True, f"{old.get('tags')} -> {new.get('tags')} (the module moves)")
        self.compare_parameters(key, old.get("parameters") or [], new.get("parameters") or [])
        self.compare_request_body(key, old.get("requestBody"), new.get("requestBody"))
        self.compare_responses(key, old.get("responses") or {}, new.get("responses") or {})
        old_events, new_events = event_types(self.old, old), event_types(self.new, new)
        for value in sorted(new_events - old_events):
            self.add("stream event type added", key, False, value)
        for value in sorted(old_events - new_events):
            self.add("stream event type removed", key, True, value)

    def compare_parameters(self, key: str, old: list[Any], new: list[Any]) -> None:
        def index(parameters: list[Any], spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
            found = {}
            for parameter in parameters:
                parameter = _resolve_parameter(spec, parameter)
                if isinstance(parameter, dict) and "name" in parameter:
                    found[(str(parameter.get("in")), str(parameter["name"]))] = parameter
            return found

        old_index, new_index = index(old, self.old), index(new, self.new)
        for place, name in sorted(old_index.keys() - new_index.keys()):
            self.add("parameter removed", f"{key} {place}:{name}", True)
        for place, name in sorted(new_index.keys() - old_index.keys()):
            required = bool(new_index[(place, name)].get("required"))
            self.add("parameter added", f"{key} {place}:{name}", required, "required" if required else "optional")
        for pair in sorted(old_index.keys() & new_index.keys()):
            where = f"{key} {pair[0]}:{pair[1]}"
            before, after = old_index[pair], new_index[pair]
            if bool(after.get("required")) and not before.get("required"):
                self.add("parameter made required", where, True)
            elif bool(before.get("required")) and not after.get("required"):
                self.add("parameter made optional", where, False)
            self.compare_node(where, before.get("schema"), after.get("schema"), {REQUEST})

    def compare_request_body(self, key: str, old: Any, new: Any) -> None:
        old_content = (old or {}).get("content") or {}
        new_content = (new or {}).get("content") or {}
        where = f"{key} request body"
        if (new or {}).get("required") and not (old or {}).get("required"):
            self.add("request body made required", where, True)
        for media in sorted(old_content.keys() - new_content.keys()):
            self.add("request content type removed", where, True, media)
        for media in sorted(new_content.keys() - old_content.keys()):
            self.add("request content type added", where, False, media)
        for media in sorted(old_content.keys() & new_content.keys()):
            self.compare_top_schema(
                f"{where} ({media})", old_content[media].get("schema"), new_content[media].get("schema"), REQUEST
            )

    def compare_responses(self, key: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        for status in sorted(set(old) - set(new), key=str):
            self.add("response status removed", key, str(status).startswith("2"), str(status))
        for status in sorted(set(new) - set(old), key=str):
            self.add("response status added", key, False, str(status))
        for status in sorted(set(old) & set(new), key=str):
            old_content = (old[status] or {}).get("content") or {}
            new_content = (new[status] or {}).get("content") or {}
            where = f"{key} {status}"
            success = str(status).startswith("2")
            for media in sorted(old_content.keys() - new_content.keys()):
                self.add("response content type removed", where, success, media)
            for media in sorted(new_content.keys() - old_content.keys()):
                self.add("response content type added", where, False, media)
            for media in sorted(old_content.keys() & new_content.keys()):
                if media == SSE_CONTENT:
                    continue  # compared as event types
                self.compare_top_schema(
                    f"{where} ({media})",
                    (old_content[media] or {}).get("schema"),
                    (new_content[media] or {}).get("schema"),
                    RESPONSE,
                )

    def compare_top_schema(self, where: str, old: Any, new: Any, side: str) -> None:
        """A body schema: a renamed component is one change; an inline schema is compared field by field."""
        old_ref = ref_name(old["$ref"]) if isinstance(old, dict) and isinstance(old.get("$ref"), str) else None
        new_ref = ref_name(new["$ref"]) if isinstance(new, dict) and isinstance(new.get("$ref"), str) else None
        if old_ref and new_ref:
            if old_ref != new_ref:
                self.add("body model renamed", where, True, f"{old_ref} -> {new_ref}")
            return  # the components themselves are compared below
        if old_ref or new_ref:
            self.add("body model changed", where, True, f"{old_ref or 'inline'} -> {new_ref or 'inline'}")
            return
        self.compare_node(where, old, new, {side})

    # ---- schemas ---------------------------------------------------------------------------------------------

    def compare_components(self) -> None:
        old_schemas = (self.old.get("components") or {}).get("schemas") or {}
        new_schemas = (self.new.get("components") or {}).get("schemas") or {}
        for name in sorted(old_schemas.keys() - new_schemas.keys()):
            self.add("schema removed", name, True)
        for name in sorted(new_schemas.keys() - old_schemas.keys()):
            self.add("schema added", name, False)
        for name in sorted(old_schemas.keys() & new_schemas.keys()):
            sides = self.old_sides.get(name, set()) | self.new_sides.get(name, set())
            self.compare_node(name, old_schemas[name], new_schemas[name], sides or {RESPONSE})

    def compare_node(self, where: str, old: Any, new: Any, sides: set[str], depth: int = 0) -> None:
        if not isinstance(old, dict) or not isinstance(new, dict) or depth > 12:
            return
        in_request, in_response = REQUEST in sides, RESPONSE in sides
        old_types, new_types = _types(old), _types(new)
        if old_types and new_types and old_types != new_types:
            narrowed, widened = new_types < old_types, new_types > old_types
            detail = f"{_words(old_types)} -> {_words(new_types)}"
            if narrowed:
                self.add("type narrowed", where, in_request, detail)
            elif widened:
                self.add("type widened", where, in_response, detail)
            else:
                self.add("type changed", where, True, detail)
        old_enum, new_enum = _enum(old), _enum(new)
        if "enum" in old or "enum" in new:
            for value in sorted(new_enum - old_enum):
                self.add("enum value added", where, False, value)
            for value in sorted(old_enum - new_enum):
                self.add("enum value removed", where, in_request, value)
        old_props, old_required = _properties(self.old, old)
        new_props, new_required = _properties(self.new, new)
        for name in sorted(old_props.keys() - new_props.keys()):
            self.add("property removed", f"{where}.{name}", True)
        for name in sorted(new_props.keys() - old_props.keys()):
            required = name in new_required
            self.add(
                "property added",
                f"{where}.{name}",
                required and in_request,
                "required" if required else "optional",
            )
        for name in sorted(old_props.keys() & new_props.keys()):
            path = f"{where}.{name}"
            if name in new_required and name not in old_required:
                self.add("property made required", path, in_request)
            elif name in old_required and name not in new_required:
                self.add("property made optional", path, in_response)
            self.compare_node(path, old_props[name], new_props[name], sides, depth + 1)
        if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
            self.compare_node(f"{where}[]", old["items"], new["items"], sides, depth + 1)


def _module_folder(operation: dict[str, Any]) -> str:
    """What the generator makes of the first tag: a folder name, so case and spacing do not matter."""
    tags = operation.get("tags") or ["default"]
    return re.sub(r"[^0-9a-z]", "", str(tags[0]).lower())


def _resolve_parameter(spec: dict[str, Any], parameter: Any) -> Any:
    if isinstance(parameter, dict) and isinstance(parameter.get("$ref"), str):
        name = parameter["$ref"].rsplit("/", 1)[-1]
        return ((spec.get("components") or {}).get("parameters") or {}).get(name)
    return parameter


def _words(types: set[str]) -> str:
    return " | ".join(sorted(types))


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    return Differ(old, new).run()


# --------------------------------------------------------------------------------------------------------------
# Reporting
# --------------------------------------------------------------------------------------------------------------


def render(changes: list[Change], *, old_label: str, new_label: str, overlay_lines: list[str] | None = None) -> str:
    """The Markdown report: a summary line, the breaking changes, the others, and what the overlay did."""
    breaking = [change for change in changes if change.breaking]
    other = [change for change in changes if not change.breaking]
    lines = [
        f"API changes from {old_label} to {new_label}: {len(changes)} change(s), {len(breaking)} breaking.",
        "",
    ]
    if not changes:
        lines += ["No change to operations or schemas.", ""]
    if breaking:
        lines += ["#### Breaking for callers of this client", "", *(change.line() for change in breaking), ""]
    if other:
        lines += ["#### Not breaking", "", *(change.line() for change in other), ""]
    if overlay_lines:
        no_ops = [line for line in overlay_lines if line.startswith("no-op")]
        lines += ["#### Overlay (openapi/overlay.yaml)", ""]
        if no_ops:
            lines += [f"- {line}" for line in no_ops]
        else:
            lines.append(f"- all {len(overlay_lines)} action(s) still apply")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from overlay import OverlayError, apply_overlay, format_report, load_overlay

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("old", type=Path, help="the pinned document")
    parser.add_argument("new", type=Path, help="the candidate document")
    parser.add_argument("--overlay", type=Path, help="also report what this overlay does to the new document")
    parser.add_argument("--json", type=Path, help="write the changes as JSON here")
    args = parser.parse_args(argv)
    old, new = load_spec(args.old), load_spec(args.new)
    overlay_lines = None
    if args.overlay:
        try:
            _, reports = apply_overlay(new, load_overlay(args.overlay))
        except OverlayError as error:
            print(f"error: the overlay no longer applies to {args.new}: {error}", file=sys.stderr)
            return 1
        overlay_lines = format_report(reports)
    changes = diff(old, new)
    print(render(changes, old_label=str(args.old), new_label=str(args.new), overlay_lines=overlay_lines))
    if args.json:
        payload = {"breaking": any(c.breaking for c in changes), "changes": [asdict(c) for c in changes]}
        args.json.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
