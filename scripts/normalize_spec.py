#!/usr/bin/env python3
"""Rewrite an OpenAPI 3.1 document into an equivalent one that openapi-python-client 0.29.1 generates completely.

Every rewrite is a generic rule that keeps the meaning of the document (what it accepts and returns); none names a
particular schema. See openapi/README.md for the rules and why each exists.

    python scripts/normalize_spec.py openapi/openrouter.yaml normalized.json
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
JSON_CONTENT = "application/json"
SSE_CONTENT = "text/event-stream"
BINARY_CONTENT = "application/octet-stream"
SCHEMA_PREFIX = "#/components/schemas/"

# Keywords that only describe a schema: a member of allOf made only of these adds no structure.
ANNOTATION_KEYS = frozenset(
    {
        "description",
        "title",
        "default",
        "example",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "externalDocs",
        "$comment",
    }
)
UNION_KEYS = ("anyOf", "oneOf")


class Notes:
    """What the normalizer changed, one line per rewrite, in a stable order."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, rule: str, where: str, what: str) -> None:
        self.lines.append(f"{rule} {where}: {what}")

    def count(self, rule: str) -> int:
        return sum(1 for line in self.lines if line.startswith(rule + " "))


YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_spec(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    # libyaml's safe loader when PyYAML has it: the pure-Python one is several times slower on a large document.
    data = json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=YAML_LOADER)
    if not isinstance(data, dict):
        raise SystemExit(f"error: {path} is not an OpenAPI document")
    return data


def pascal(text: str) -> str:
    words = re.split(r"[^0-9A-Za-z]+|(?<=[a-z0-9])(?=[A-Z])", str(text))
    result = "".join(word[:1].upper() + word[1:] for word in words if word)
    if not result:
        return "Item"
    if result[0].isdigit():
        result = "N" + result
    return result


def ref_name(ref: str) -> str | None:
    return ref[len(SCHEMA_PREFIX) :] if ref.startswith(SCHEMA_PREFIX) else None


def is_ref(node: Any) -> bool:
    return isinstance(node, dict) and isinstance(node.get("$ref"), str)


def is_null_schema(node: Any) -> bool:
    return isinstance(node, dict) and (node.get("type") == "null" or node.get("type") == ["null"]) and len(node) <= 2


def type_list(node: dict[str, Any]) -> list[str]:
    value = node.get("type")
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


# --------------------------------------------------------------------------------------------------------------
# Walking every schema of the document
# --------------------------------------------------------------------------------------------------------------


def _schema_children(node: dict[str, Any], hint: str) -> Iterator[tuple[Any, Any, str]]:
    """(container, key, name hint) for each sub-schema slot of one schema."""
    for key in ("allOf", "anyOf", "oneOf", "prefixItems"):
        members = node.get(key)
        if isinstance(members, list):
            for index in range(len(members)):
                yield members, index, f"{hint}Option{index + 1}"
    properties = node.get("properties")
    if isinstance(properties, dict):
        for name in properties:
            yield properties, name, hint + pascal(name)
    for key, suffix in (("items", "Item"), ("additionalProperties", "Value"), ("not", "Not")):
        if isinstance(node.get(key), dict):
            yield node, key, hint + suffix
    for key in ("$defs", "patternProperties"):
        defs = node.get(key)
        if isinstance(defs, dict):
            for name in defs:
                yield defs, name, hint + pascal(name)


def _document_schema_slots(spec: dict[str, Any]) -> Iterator[tuple[Any, Any, str]]:
    """(container, key, name hint) of each top-level schema slot: components, parameters, bodies, responses."""
    components = spec.get("components") or {}
    schemas = components.get("schemas") or {}
    for name in schemas:
        yield schemas, name, pascal(name)

    def media_slots(content: dict[str, Any] | None, hint: str) -> Iterator[tuple[Any, Any, str]]:
        for media in (content or {}).values():
            if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                yield media, "schema", hint

    def parameter_slots(parameters: list[Any] | None, hint: str) -> Iterator[tuple[Any, Any, str]]:
        for parameter in parameters or []:
            if isinstance(parameter, dict) and isinstance(parameter.get("schema"), dict):
                yield parameter, "schema", hint + pascal(parameter.get("name", "param"))

    for name, parameter in (components.get("parameters") or {}).items():
        yield from parameter_slots([parameter], pascal(name))
    for name, body in (components.get("requestBodies") or {}).items():
        yield from media_slots(body.get("content"), pascal(name))
    for name, response in (components.get("responses") or {}).items():
        yield from media_slots(response.get("content"), pascal(name))
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        yield from parameter_slots(item.get("parameters"), pascal(path))
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            base = pascal(operation.get("operationId") or f"{method} {path}")
            yield from parameter_slots(operation.get("parameters"), base)
            body = operation.get("requestBody")
            if isinstance(body, dict):
                yield from media_slots(body.get("content"), base + "Body")
            for status, response in (operation.get("responses") or {}).items():
                if isinstance(response, dict):
                    yield from media_slots(response.get("content"), f"{base}Response{pascal(str(status))}")


def walk_schemas(spec: dict[str, Any], visit: Callable[[Any, Any, str], None]) -> None:
    """Call visit(container, key, hint) for every schema slot, children after their parent (pre-order).

    visit may replace container[key]; the walk then descends into the replacement.
    """

    def descend(container: Any, key: Any, hint: str) -> None:
        visit(container, key, hint)
        node = container[key]
        if isinstance(node, dict):
            for child_container, child_key, child_hint in list(_schema_children(node, hint)):
                descend(child_container, child_key, child_hint)

    for container, key, hint in list(_document_schema_slots(spec)):
        descend(container, key, hint)


# --------------------------------------------------------------------------------------------------------------
# The rules
# --------------------------------------------------------------------------------------------------------------


def rule_event_streams(spec: dict[str, Any], notes: Notes) -> None:
    """SSE: a `text/event-stream` body beside a JSON one is dropped for generation; its schema stays a component."""
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = (item or {}).get(method)
            if not isinstance(operation, dict):
                continue
            for status, response in (operation.get("responses") or {}).items():
                content = response.get("content") if isinstance(response, dict) else None
                if not content or SSE_CONTENT not in content or len(content) < 2:
                    continue
                stream = content.pop(SSE_CONTENT)
                schema = stream.get("schema") if isinstance(stream, dict) else None
                if isinstance(schema, dict) and not is_ref(schema):
                    name = unique_name(schemas, pascal(operation.get("operationId") or path) + "StreamEvent")
                    schemas[name] = schema
                    notes.add("SSE", f"{method.upper()} {path} {status}", f"stream schema kept as component {name}")
                else:
                    notes.add("SSE", f"{method.upper()} {path} {status}", "stream body left out of generation")


def rule_ref_annotations(spec: dict[str, Any], notes: Notes) -> None:
    """R1: a $ref with annotations (as siblings, or as extra allOf members) -> one-item allOf, annotations beside it.

    The generator resolves a one-item allOf to the referenced class and keeps its `default`; it rejects
    `allOf: [{$ref: enum-or-union}, {description: ...}]` and drops `default` beside a bare $ref.
    """

    def visit(container: Any, key: Any, hint: str) -> None:
        node = container[key]
        if not isinstance(node, dict):
            return
        if is_ref(node) and len(node) > 1:
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            container[key] = {"allOf": [{"$ref": node["$ref"]}], **siblings}
            notes.add("R1", hint, f"annotations beside $ref {node['$ref']} moved beside a one-item allOf")
            return
        members = node.get("allOf")
        if not isinstance(members, list) or len(members) < 2:
            return
        refs = [m for m in members if is_ref(m) and len(m) == 1]
        others = [m for m in members if not (is_ref(m) and len(m) == 1)]
        if len(refs) != 1 or not all(isinstance(m, dict) and set(m) <= ANNOTATION_KEYS for m in others):
            return
        merged: dict[str, Any] = {k: v for k, v in node.items() if k != "allOf"}
        for member in others:
            for k, v in member.items():
                merged.setdefault(k, v)
        container[key] = {"allOf": [refs[0]], **merged}
        notes.add("R1", hint, f"allOf of {refs[0]['$ref']} and annotations -> one-item allOf")

    walk_schemas(spec, visit)


def _strip_null(schema: dict[str, Any]) -> bool:
    """Remove null from a schema's type list and enum; True if it was nullable that way."""
    changed = False
    types = schema.get("type")
    if isinstance(types, list) and "null" in types:
        rest = [t for t in types if t != "null"]
        schema["type"] = rest[0] if len(rest) == 1 else rest
        changed = True
    enum = schema.get("enum")
    if isinstance(enum, list) and None in enum:
        schema["enum"] = [value for value in enum if value is not None]
        changed = True
    return changed


def rule_nullable_components(spec: dict[str, Any], notes: Notes) -> None:
    """R2: a component that is nullable by `type: [X, 'null']` or `null` in `enum` becomes non-null, and each use
    of it becomes `anyOf: [{$ref}, {type: 'null'}]` (a use inside an anyOf/oneOf gains a null member instead)."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    nullable: set[str] = set()
    for name, schema in schemas.items():
        if isinstance(schema, dict) and _strip_null(schema):
            nullable.add(name)
            notes.add("R2", name, "nullable component made non-null; null moved to each use")
    if not nullable:
        return
    nullable_refs = {SCHEMA_PREFIX + name for name in nullable}

    def single_nullable_ref(node: Any) -> dict[str, Any] | None:
        if is_ref(node) and node["$ref"] in nullable_refs:
            return {"$ref": node["$ref"]}
        if isinstance(node, dict) and isinstance(node.get("allOf"), list) and len(node["allOf"]) == 1:
            inner = node["allOf"][0]
            if is_ref(inner) and inner["$ref"] in nullable_refs and len(inner) == 1:
                return inner
        return None

    composed_lists: set[int] = set()  # ids of allOf/anyOf/oneOf lists: their members are not wrapped themselves

    def visit(container: Any, key: Any, hint: str) -> None:
        node = container[key]
        if not isinstance(node, dict):
            return
        for union_key in UNION_KEYS:
            members = node.get(union_key)
            if isinstance(members, list) and any(single_nullable_ref(m) is not None for m in members):
                node[union_key] = [single_nullable_ref(m) or m for m in members]
                if not any(is_null_schema(m) for m in node[union_key]):
                    node[union_key].append({"type": "null"})
                notes.add("R2", hint, f"null member added to {union_key}")
        for composed_key in ("allOf", *UNION_KEYS):
            if isinstance(node.get(composed_key), list):
                composed_lists.add(id(node[composed_key]))
        if isinstance(container, list) and id(container) in composed_lists:
            return  # a union member (null handled above) or an allOf parent (inherit the object itself)
        target = single_nullable_ref(node)
        if target is None:
            return
        siblings = {k: v for k, v in node.items() if k not in ("$ref", "allOf")}
        wrapped = [target, {"type": "null"}]
        composed_lists.add(id(wrapped))
        container[key] = {"anyOf": wrapped, **siblings}
        notes.add("R2", hint, f"use of {target['$ref']} made nullable")

    walk_schemas(spec, visit)


def _member_suffix(member: dict[str, Any], index: int, discriminator: str | None) -> str:
    """A stable name for a hoisted union member: its discriminator value, else its title, else its position."""
    for candidate in [discriminator, "type", "object", "kind"]:
        if not candidate:
            continue
        for source in [member, *[m for m in member.get("allOf", []) if isinstance(m, dict)]]:
            prop = (source.get("properties") or {}).get(candidate)
            if isinstance(prop, dict):
                if "const" in prop and isinstance(prop["const"], str | int):
                    return pascal(str(prop["const"]))
                enum = prop.get("enum")
                if isinstance(enum, list) and len(enum) == 1 and isinstance(enum[0], str | int):
                    return pascal(str(enum[0]))
    if isinstance(member.get("title"), str):
        return pascal(member["title"])
    return f"Option{index + 1}"


def unique_name(schemas: dict[str, Any], wanted: str) -> str:
    name, number = wanted, 2
    while name in schemas:
        name = f"{wanted}{number}"
        number += 1
    return name


def rule_hoist_union_members(spec: dict[str, Any], notes: Notes) -> None:
    """R3: union members written inline as objects or allOf compositions -> named components.

    Name: the union's place (component, property path) + the member's discriminator value, title or position.
    """
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    hoisted: list[tuple[str, dict[str, Any]]] = []

    def hoistable(member: Any) -> bool:
        if not isinstance(member, dict) or is_ref(member):
            return False
        if member.get("allOf"):
            return True
        return bool(member.get("properties")) and type_list(member) in ([], ["object"])

    def visit(container: Any, key: Any, hint: str) -> None:
        node = container[key]
        if not isinstance(node, dict):
            return
        discriminator = node.get("discriminator", {}).get("propertyName") if node.get("discriminator") else None
        for union_key in UNION_KEYS:
            members = node.get(union_key)
            if not isinstance(members, list):
                continue
            for index, member in enumerate(members):
                if not hoistable(member):
                    continue
                name = unique_name(schemas, hint + _member_suffix(member, index, discriminator))
                if "title" in member:  # the generator would name the class after the title: keep ours, keep the text
                    title = member.pop("title")
                    member.setdefault("description", title)
                schemas[name] = member
                hoisted.append((name, member))
                members[index] = {"$ref": SCHEMA_PREFIX + name}
                notes.add("R3", hint, f"{union_key}[{index}] hoisted into component {name}")

    # A hoisted member can hold unions of its own: walk again (new components included) until nothing moves.
    while True:
        before = len(hoisted)
        walk_schemas(spec, visit)
        if len(hoisted) == before:
            break


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    seen = 0
    while is_ref(node) and seen < 50:
        name = ref_name(node["$ref"])
        node = ((spec.get("components") or {}).get("schemas") or {}).get(name) if name else None
        seen += 1
    return node


def _flatten_object(spec: dict[str, Any], node: dict[str, Any], depth: int = 0) -> dict[str, Any]:
    """The object described by a schema with allOf, as one plain object schema (later members win)."""
    if depth > 20:
        raise SystemExit("error: allOf nesting too deep (cycle?)")
    properties: dict[str, Any] = {}
    required: list[str] = []
    extra: dict[str, Any] = {}
    for member in node.get("allOf", []):
        resolved = _resolve(spec, member)
        if not isinstance(resolved, dict):
            continue
        flat = _flatten_object(spec, resolved, depth + 1) if resolved.get("allOf") else resolved
        properties.update(copy.deepcopy(flat.get("properties") or {}))
        required.extend(r for r in flat.get("required") or [] if r not in required)
        if "additionalProperties" in flat:
            extra["additionalProperties"] = copy.deepcopy(flat["additionalProperties"])
    properties.update(node.get("properties") or {})
    required.extend(r for r in node.get("required") or [] if r not in required)
    result = {k: v for k, v in node.items() if k not in ("allOf", "properties", "required")}
    result.setdefault("type", "object")
    if "additionalProperties" in extra and "additionalProperties" not in result:
        result["additionalProperties"] = extra["additionalProperties"]
    result["properties"] = properties
    if required:
        result["required"] = [r for r in required if r in properties] + [r for r in required if r not in properties]
    return result


def rule_flatten_conflicting_all_of(spec: dict[str, Any], notes: Notes) -> None:
    """R4: an allOf whose members define the same property differently -> one flattened object (later wins)."""

    def member_properties(member: Any, depth: int = 0) -> list[dict[str, Any]]:
        resolved = _resolve(spec, member)
        if not isinstance(resolved, dict) or depth > 20:
            return []
        found = [resolved.get("properties") or {}]
        for inner in resolved.get("allOf") or []:
            found.extend(member_properties(inner, depth + 1))
        return found

    def visit(container: Any, key: Any, hint: str) -> None:
        node = container[key]
        if not isinstance(node, dict) or not isinstance(node.get("allOf"), list) or len(node["allOf"]) < 2:
            return
        seen: dict[str, Any] = {}
        conflicts: list[str] = []
        for member in [*node["allOf"], {"properties": node.get("properties") or {}}]:
            for props in member_properties(member):
                for name, schema in props.items():
                    if name in seen and seen[name] != schema and name not in conflicts:
                        conflicts.append(name)
                    seen[name] = schema
        if not conflicts:
            return
        container[key] = _flatten_object(spec, node)
        notes.add("R4", hint, f"allOf flattened (redefined: {', '.join(conflicts)})")

    walk_schemas(spec, visit)


def rule_nullable_inline_objects(spec: dict[str, Any], notes: Notes) -> None:
    """R5: an inline schema typed `[object, 'null']` with properties -> `anyOf: [object, null]`.

    The generator splits type lists member by member but keeps the object's properties only when it is not a
    union; moving null into an anyOf keeps both.
    """

    def visit(container: Any, key: Any, hint: str) -> None:
        node = container[key]
        if not isinstance(node, dict):
            return
        types = node.get("type")
        if not (isinstance(types, list) and "null" in types and "object" in types and len(types) == 2):
            return
        inner = {k: v for k, v in node.items() if k not in ANNOTATION_KEYS}
        inner["type"] = "object"
        outer = {k: v for k, v in node.items() if k in ANNOTATION_KEYS}
        container[key] = {"anyOf": [inner, {"type": "null"}], **outer}
        notes.add("R5", hint, "inline [object, null] -> anyOf [object, null]")

    walk_schemas(spec, visit)


def server_default_note(value: Any) -> str:
    """The sentence that keeps a dropped `default` visible: `Server default: X.` (X as JSON unless a string)."""
    shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return f"Server default: {shown}."


def _with_note(description: Any, note: str) -> str:
    text = description.strip() if isinstance(description, str) else ""
    if note in text:
        return text
    if text and not text.endswith((".", "!", "?", ":")):
        text += "."
    return f"{text} {note}".strip()


def rule_optional_parameter_defaults(spec: dict[str, Any], notes: Notes) -> None:
    """R6: an optional parameter (not `in: path`, not required) loses its schema's `default`; the default is kept as
    text ("Server default: X.") in the parameter's description and in its schema's description.

    The generator makes such a default the argument's default value and then always sends it, so the caller could
    never leave the parameter out and let the server apply its own default (which may differ from sending it: GET
    /models returns the whole catalog when neither offset nor limit is sent).
    """
    components = spec.get("components") or {}

    def fix(parameter: Any, where: str) -> None:
        if not isinstance(parameter, dict) or is_ref(parameter):
            return
        schema = parameter.get("schema")
        if parameter.get("in") == "path" or parameter.get("required") is True:
            return
        if not isinstance(schema, dict) or "default" not in schema:
            return
        note = server_default_note(schema.pop("default"))
        parameter["description"] = _with_note(parameter.get("description"), note)
        # openapi-python-client documents a parameter with its schema's description only.
        schema["description"] = _with_note(schema.get("description") or parameter.get("description"), note)
        notes.add("R6", where, f"default of optional {parameter.get('in')} parameter {parameter.get('name')} dropped")

    for name, parameter in (components.get("parameters") or {}).items():
        fix(parameter, f"#/components/parameters/{name}")
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for parameter in item.get("parameters") or []:
            fix(parameter, path)
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                for parameter in operation.get("parameters") or []:
                    fix(parameter, operation.get("operationId") or f"{method} {path}")


def rule_operation_ids(spec: dict[str, Any], notes: Notes) -> None:
    """R7: an operation without `operationId` gets one from its method and path (`get /things/{id}` ->
    `getThingsId`, the module name the generator would derive itself), so the pipeline can check it was generated.
    A derived id that another operation already uses gets a number (`getThingsId2`), in document order."""
    paths = spec.get("paths") or {}
    taken = {
        operation["operationId"]
        for item in paths.values()
        if isinstance(item, dict)
        for method in HTTP_METHODS
        if isinstance(operation := item.get(method), dict) and isinstance(operation.get("operationId"), str)
    }
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict) or isinstance(operation.get("operationId"), str):
                continue
            words = pascal(path.replace("{", " ").replace("}", " "))
            wanted = method + ("" if words == "Item" else words)
            derived, number = wanted, 2
            while derived in taken:
                derived, number = f"{wanted}{number}", number + 1
            taken.add(derived)
            operation["operationId"] = derived
            notes.add("R7", f"{method.upper()} {path}", f"operationId {derived} derived from method and path")


def _is_wildcard_media(media_type: str) -> bool:
    return "*" in media_type.split(";", 1)[0]


def rule_wildcard_media_types(spec: dict[str, Any], notes: Notes) -> None:
    """R8: a response media type with a wildcard (`audio/*`, `image/*`, `*/*`) becomes `application/octet-stream`
    (one per response: the first wildcard's entry, unless the response already has one); the body is bytes either
    way. Request bodies keep theirs: the client would send a different Content-Type."""

    def fix(response: Any, where: str) -> None:
        content = response.get("content") if isinstance(response, dict) else None
        if not isinstance(content, dict) or not any(_is_wildcard_media(key) for key in content):
            return
        rewritten: dict[str, Any] = {}
        for media_type, media in content.items():
            if not _is_wildcard_media(media_type):
                rewritten.setdefault(media_type, media)
                continue
            kept = BINARY_CONTENT not in rewritten and BINARY_CONTENT not in content
            if kept:
                rewritten[BINARY_CONTENT] = media
            action = f"-> {BINARY_CONTENT}" if kept else f"dropped beside {BINARY_CONTENT}"
            notes.add("R8", where, f"media type {media_type} {action}")
        response["content"] = rewritten

    components = spec.get("components") or {}
    for name, response in (components.get("responses") or {}).items():
        fix(response, f"#/components/responses/{name}")
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = (item or {}).get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict):
                for status, response in (operation.get("responses") or {}).items():
                    fix(response, f"{method.upper()} {path} {status}")


def _const_value(member: Any) -> tuple[bool, Any]:
    """(True, value) for a member that admits one value only (`const`, or a one-value `enum`), and nothing else."""
    if not isinstance(member, dict) or set(member) - ANNOTATION_KEYS - {"type", "const", "enum"}:
        return False, None
    if "const" in member and "enum" not in member:
        return True, member["const"]
    enum = member.get("enum")
    if "const" not in member and isinstance(enum, list) and len(enum) == 1:
        return True, enum[0]
    return False, None


def rule_const_unions_to_enums(spec: dict[str, Any], notes: Notes) -> None:
    """R9: a component that is an `anyOf`/`oneOf` of single values (`const`, or a one-value `enum`) of one type,
    string or integer, becomes an `enum` of those values (a `null` value or member makes it `[type, 'null']`, which R2
    then handles); the members' descriptions or titles are kept in the description."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    for name, schema in schemas.items():
        if not isinstance(schema, dict):
            continue
        union_keys = [key for key in UNION_KEYS if key in schema]
        if len(union_keys) != 1 or set(schema) - ANNOTATION_KEYS - {union_keys[0], "type"}:
            continue
        members = schema[union_keys[0]]
        if not isinstance(members, list) or not members:
            continue
        values: list[Any] = []
        described: list[str] = []
        nullable = False
        for member in members:
            if is_null_schema(member):
                nullable = True
                continue
            single, value = _const_value(member)
            if not single:
                break
            if value is None:
                nullable = True
                continue
            values.append(value)
            text = member.get("description") or member.get("title")
            if isinstance(text, str) and text.strip():
                described.append(f"`{value}`: {text.strip()}")
        else:
            if not all(isinstance(v, str | int) and not isinstance(v, bool) for v in values):
                continue
            kinds = {"string" if isinstance(v, str) else "integer" for v in values}
            if len(kinds) != 1 or len(set(values)) != len(values):
                continue
            (kind,) = kinds
            declared = schema.get("type")
            if declared is not None and kind not in type_list(schema):
                continue
            rewritten = {k: v for k, v in schema.items() if k in ANNOTATION_KEYS}
            if described:
                rewritten["description"] = _with_note(rewritten.get("description"), "; ".join(described))
            rewritten["type"] = [kind, "null"] if nullable else kind
            rewritten["enum"] = [*values, None] if nullable else values
            schemas[name] = rewritten
            notes.add("R9", name, f"{union_keys[0]} of {len(values)} single values -> enum")


def _is_object_schema(node: Any) -> bool:
    return isinstance(node, dict) and (
        "object" in type_list(node) or "properties" in node or "allOf" in node or "additionalProperties" in node
    )


def _structural(node: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in node.items() if k not in ANNOTATION_KEYS}


def _merge_value_schemas(spec: dict[str, Any], members: list[Any]) -> dict[str, Any] | None:
    """One schema accepting exactly what every member accepts, for members that are not objects nor unions (types
    and enums intersected, other keywords required to agree); None when they cannot be merged so."""
    merged: dict[str, Any] = {}
    for member in members:
        resolved = _resolve(spec, member)
        if not isinstance(resolved, dict) or any(key in resolved for key in ("allOf", *UNION_KEYS, "$ref")):
            return None
        for key, value in _structural(resolved).items():
            if key not in merged or merged[key] == value:
                merged[key] = copy.deepcopy(value)
            elif key == "type":
                common = [t for t in type_list(merged) if t in type_list({"type": value})]
                if not common:
                    return None
                merged["type"] = common[0] if len(common) == 1 else common
            elif key == "enum" and isinstance(value, list) and isinstance(merged[key], list):
                merged["enum"] = [v for v in merged["enum"] if v in value]
                if not merged["enum"]:
                    return None
            else:
                return None
    if "enum" in merged and "type" in merged:
        allowed = {"string": str, "integer": int, "number": int | float, "boolean": bool, "null": type(None)}
        kinds = tuple(allowed[t] for t in type_list(merged) if t in allowed)
        merged["enum"] = [v for v in merged["enum"] if isinstance(v, kinds)]
    return merged


def rule_all_of_non_objects(spec: dict[str, Any], notes: Notes) -> None:
    """R10: an `allOf` over schemas that are not objects (enums, scalars, unions) -> an equivalent schema without it.

    - Members that are all values (enums, scalars; annotation-only members aside): merged into one schema, types and
      enum values intersected; when a referenced member already says all of it, a one-item allOf of that $ref.
    - A union (`anyOf`/`oneOf` of objects) and object members: the union of each member combined with the objects
      (`allOf: [A | B, C]` -> `A+C | B+C`); a combined $ref member becomes a component named after the place and
      the member (`<Place><A>`), an inline one is named by R3.
    A one-item allOf of a $ref (R1's form) is left alone: the generator resolves it to the referenced class.
    """
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})

    def visit(container: Any, key: Any, hint: str) -> None:
        node = container[key]
        if not isinstance(node, dict) or not isinstance(node.get("allOf"), list) or not node["allOf"]:
            return
        members = node["allOf"]
        if len(members) == 1 and is_ref(members[0]):
            return
        resolved = [_resolve(spec, member) for member in members]
        if not all(isinstance(member, dict) for member in resolved):
            return
        annotations = {k: v for k, v in node.items() if k != "allOf"}
        structural = []
        for member, target in zip(members, resolved, strict=True):
            if set(target) - ANNOTATION_KEYS:
                structural.append((member, target))
            else:  # an annotation-only member describes the whole
                for k, v in target.items():
                    annotations.setdefault(k, v)
        unions = [(m, r) for m, r in structural if any(k in r for k in UNION_KEYS) and not _is_object_schema(r)]
        objects = [(m, r) for m, r in structural if _is_object_schema(r)]
        if len(unions) == 1 and len(unions) + len(objects) == len(structural) and objects:
            union = unions[0][1]
            union_key = next(k for k in UNION_KEYS if k in union)
            options = union[union_key]
            if not all(_is_object_schema(_resolve(spec, option)) for option in options):
                return
            rest = [copy.deepcopy(m) for m, _ in objects]
            combined: list[Any] = []
            for option in options:
                member = {"allOf": [copy.deepcopy(option), *rest]}
                wanted = ref_name(option["$ref"]) if is_ref(option) else None
                if wanted is None:
                    combined.append(member)  # R3 hoists and names it
                    continue
                name = unique_name(schemas, hint + pascal(wanted))
                schemas[name] = member
                combined.append({"$ref": SCHEMA_PREFIX + name})
                notes.add("R10", hint, f"{wanted} combined with the other allOf members into component {name}")
            replacement: dict[str, Any] = {union_key: combined}
            discriminator = union.get("discriminator")
            if isinstance(discriminator, dict) and "propertyName" in discriminator:
                replacement["discriminator"] = {"propertyName": discriminator["propertyName"]}
            container[key] = {**replacement, **annotations}
            notes.add("R10", hint, f"allOf of a {union_key} and objects -> {union_key} of combined members")
            return
        if objects or unions:
            return
        merged = _merge_value_schemas(spec, [m for m, _ in structural])
        if merged is None:
            return
        refs = [m for m, r in structural if is_ref(m) and _structural(r) == merged]
        if refs and len(structural) == 1:
            return  # a $ref with annotations: R1's form already
        if refs:
            container[key] = {"allOf": [{"$ref": refs[0]["$ref"]}], **annotations}
            notes.add("R10", hint, f"allOf of values -> one-item allOf of {refs[0]['$ref']}")
        else:
            container[key] = {**merged, **annotations}
            notes.add("R10", hint, "allOf of values merged into one schema")

    walk_schemas(spec, visit)


# The order matters: R7 first (later rules name things after operation ids); R9 before R2 (a const union with null
# becomes a nullable enum, which R2 handles); R10 after R1 (which it leaves alone) and before R2 and R3 (which name
# the members it combines).
RULES: list[tuple[str, Callable[[dict[str, Any], Notes], None]]] = [
    ("R7", rule_operation_ids),
    ("R8", rule_wildcard_media_types),
    ("SSE", rule_event_streams),
    ("R1", rule_ref_annotations),
    ("R9", rule_const_unions_to_enums),
    ("R10", rule_all_of_non_objects),
    ("R2", rule_nullable_components),
    ("R3", rule_hoist_union_members),
    ("R4", rule_flatten_conflicting_all_of),
    ("R5", rule_nullable_inline_objects),
    ("R6", rule_optional_parameter_defaults),
]


def normalize(spec: dict[str, Any]) -> tuple[dict[str, Any], Notes]:
    """A normalized deep copy of the document, and the notes of what changed."""
    result = copy.deepcopy(spec)
    notes = Notes()
    for _name, rule in RULES:
        rule(result, notes)
    return result, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("spec", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--verbose", action="store_true", help="print each rewrite")
    args = parser.parse_args(argv)
    normalized, notes = normalize(load_spec(args.spec))
    args.out.write_text(json.dumps(normalized, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.verbose:
        print("\n".join(notes.lines))
    print(f"normalized {args.spec} -> {args.out}: {len(notes.lines)} rewrites", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
