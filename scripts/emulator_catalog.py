"""Build the emulator's operation catalog (openrouter_ext/testing/spec_catalog.json) from the pinned spec.

    make emulator-catalog                                   # rewrite the catalog (also run by make update-spec)
    .venv/bin/python scripts/emulator_catalog.py --check    # exit 1 if it is not current

The installed package has no openapi/ folder, so what the emulator needs from the spec is stored in the package:
for each operation its route, documented statuses, auth, parameters, request schemas (with the component schemas
they reach, annotations stripped) and one success body. The body is the operation's own example when it validates
against the overlaid spec; otherwise it is built from the schema, keeping every example value that fits, so the
catalog never holds a body the spec rejects. tests/emulator/test_emulator_matches_spec.py fails when the stored
catalog is not current, so a change to the spec or the overlay that is not followed by a rebuild cannot land.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from overlay import apply_overlay, load_overlay  # noqa: E402

SPEC_PATH = ROOT / "openapi" / "openrouter.yaml"
OVERLAY_PATH = ROOT / "openapi" / "overlay.yaml"
CATALOG_PATH = ROOT / "openrouter_ext" / "testing" / "spec_catalog.json"
SPEC_URI = "urn:openrouter-spec"
METHODS = ("get", "post", "put", "patch", "delete")
# Keywords that only annotate: the emulator validates requests, it does not document them.
_ANNOTATIONS = frozenset({"description", "example", "examples", "title", "deprecated", "externalDocs", "$comment"})
_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"})
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_SCHEMA_ONE = frozenset(
    {
        "items",
        "additionalProperties",
        "not",
        "if",
        "then",
        "else",
        "contains",
        "propertyNames",
        "unevaluatedProperties",
        "unevaluatedItems",
    }
)
# Binary media types get these bytes as their sample body (the examples are placeholders like "<binary data>").
_BINARY_SAMPLES = {
    "audio/*": ("audio/mpeg", "ID3emulator-audio"),
    "video/mp4": ("video/mp4", "\u0000\u0000\u0000\u0018ftypmp42emulator-video"),
    "application/octet-stream": ("application/octet-stream", "emulator file contents"),
}


def load_spec() -> dict[str, Any]:
    """The pinned spec with the overlay applied: what the catalog and the emulator's tests are checked against."""
    document = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    overlaid, _ = apply_overlay(document, load_overlay(OVERLAY_PATH))
    return overlaid


class Checker:
    """jsonschema 2020-12 validation of instances against schemas of the spec, `$ref`s resolved inside it."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.registry: Registry[Any] = Registry().with_resource(SPEC_URI, Resource.from_contents(spec, DRAFT202012))

    def rooted(self, schema: dict[str, Any]) -> dict[str, Any]:
        rooted: dict[str, Any] = json.loads(json.dumps(schema).replace('"#/components', f'"{SPEC_URI}#/components'))
        return rooted

    def validator(self, schema: dict[str, Any]) -> Draft202012Validator:
        # Formats are asserted (uuid, date-time, ...): a client, and schemathesis, reads them as constraints.
        return Draft202012Validator(
            self.rooted(schema), registry=self.registry, format_checker=Draft202012Validator.FORMAT_CHECKER
        )

    def errors(self, schema: dict[str, Any], instance: Any) -> list[str]:
        return [f"{list(e.absolute_path)}: {e.message[:200]}" for e in self.validator(schema).iter_errors(instance)]

    def valid(self, schema: dict[str, Any], instance: Any) -> bool:
        return bool(self.validator(schema).is_valid(instance))

    def resolve(self, schema: Any) -> Any:
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            name = schema["$ref"].rsplit("/", 1)[-1]
            schema = self.spec["components"]["schemas"][name]
        return schema


class Sampler:
    """A deterministic instance of a schema, taking the `hint` (an example) wherever the hint fits."""

    def __init__(self, checker: Checker) -> None:
        self.checker = checker

    def sample(self, schema: Any, hint: Any = None, depth: int = 0) -> Any:
        if not isinstance(schema, dict) or depth > 30:
            return hint
        if hint is not None and self.checker.valid(schema, hint):
            return copy.deepcopy(hint)
        resolved = self.checker.resolve(schema)
        for candidate in self._candidates(resolved, hint, depth):
            if self.checker.valid(schema, candidate):
                return candidate
        raise ValueError(f"no valid sample for {json.dumps(schema)[:200]}")

    def _candidates(self, schema: dict[str, Any], hint: Any, depth: int) -> list[Any]:
        found: list[Any] = []
        for key in ("example", "default"):
            if key in schema:
                found.append(copy.deepcopy(schema[key]))
        if "examples" in schema and isinstance(schema["examples"], list):
            found.extend(copy.deepcopy(schema["examples"]))
        if "const" in schema:
            return [schema["const"]]
        if "enum" in schema:
            return [value for value in schema["enum"] if value is not None] + list(schema["enum"])
        for union in ("oneOf", "anyOf"):
            for member in schema.get(union, ()):
                resolved = self.checker.resolve(member)
                if isinstance(resolved, dict) and resolved.get("type") == "null":
                    continue
                extra = {k: v for k, v in schema.items() if k not in (union, "discriminator")}
                merged = {**extra, **resolved} if extra.get("type") == "object" or "properties" in extra else member
                try:
                    found.append(self.sample(merged, hint, depth + 1))
                except ValueError:
                    continue
        if "allOf" in schema:
            combined: dict[str, Any] = {}
            for member in schema["allOf"]:
                part = self.sample(member, hint, depth + 1)
                if isinstance(part, dict):
                    combined.update(part)
            rest = {k: v for k, v in schema.items() if k != "allOf"}
            if "properties" in rest:
                combined.update(self._object(rest, hint if isinstance(hint, dict) else combined, depth))
            found.append(combined)
        kinds = schema.get("type")
        kinds = [kinds] if isinstance(kinds, str) else list(kinds or [])
        if not kinds and "properties" in schema:
            kinds = ["object"]
        for kind in [k for k in kinds if k != "null"] + [k for k in kinds if k == "null"]:
            found.append(self._of_type(kind, schema, hint, depth))
        return found

    def _object(self, schema: dict[str, Any], hint: Any, depth: int) -> dict[str, Any]:
        properties = schema.get("properties", {})
        hint = hint if isinstance(hint, dict) else {}
        wanted = list(schema.get("required", [])) + [name for name in hint if name in properties]
        result: dict[str, Any] = {}
        for name in dict.fromkeys(wanted):
            if name in properties:
                result[name] = self.sample(properties[name], hint.get(name), depth + 1)
            elif name in hint:
                result[name] = copy.deepcopy(hint[name])
            else:
                extra = schema.get("additionalProperties")
                result[name] = self.sample(extra, None, depth + 1) if isinstance(extra, dict) else "emulator"
        return result

    def _of_type(self, kind: str, schema: dict[str, Any], hint: Any, depth: int) -> Any:
        if kind == "object":
            return self._object(schema, hint, depth)
        if kind == "array":
            items = schema.get("items", {})
            hints = hint if isinstance(hint, list) and hint else [None]
            return [self.sample(items, item, depth + 1) for item in hints]
        if kind == "string":
            return _string(schema)
        if kind == "integer":
            return int(_number(schema))
        if kind == "number":
            return float(_number(schema))
        if kind == "boolean":
            return False
        return None


def _string(schema: dict[str, Any]) -> str:
    form = schema.get("format")
    if form == "date-time":
        return "2025-01-01T00:00:00Z"
    if form == "date":
        return "2025-01-01"
    if form == "uuid":
        return "00000000-0000-4000-8000-000000000000"
    if form in ("uri", "url"):
        return "https://emulator.example/resource"
    if form == "email":
        return "member@emulator.example"
    text = "emulator"
    minimum = int(schema.get("minLength", 0))
    return text + "x" * max(0, minimum - len(text))


def _number(schema: dict[str, Any]) -> float:
    if "minimum" in schema:
        return float(schema["minimum"])
    if "exclusiveMinimum" in schema and not isinstance(schema["exclusiveMinimum"], bool):
        return float(schema["exclusiveMinimum"]) + 1
    if "maximum" in schema:
        return min(1.0, float(schema["maximum"]))
    return 1.0


def strip_annotations(schema: Any) -> Any:
    """The schema without annotation keywords (property names are kept, whatever they are called)."""
    if isinstance(schema, list):
        return [strip_annotations(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _ANNOTATIONS or key.startswith("x-"):
            continue
        if key in _SCHEMA_MAPS and isinstance(value, dict):
            result[key] = {name: strip_annotations(child) for name, child in value.items()}
        elif (key in _SCHEMA_LISTS and isinstance(value, list)) or key in _SCHEMA_ONE:
            result[key] = strip_annotations(value)
        elif key == "$ref" and isinstance(value, str):
            result[key] = "#/$defs/" + value.rsplit("/", 1)[-1]
        else:
            result[key] = copy.deepcopy(value)
    return result


def _referenced(node: Any, schemas: dict[str, Any], found: set[str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            name = ref.rsplit("/", 1)[-1]
            if name not in found:
                found.add(name)
                _referenced(schemas[name], schemas, found)
        for value in node.values():
            _referenced(value, schemas, found)
    elif isinstance(node, list):
        for value in node:
            _referenced(value, schemas, found)


def _response(spec: dict[str, Any], response: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in response:
        resolved: dict[str, Any] = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
        return resolved
    return response


def _auth(spec: dict[str, Any], operation: dict[str, Any], statuses: set[str]) -> str:
    # An operation that documents no 401 does not ask for a key (the model and provider listings, the OAuth code
    # exchange): refusing a keyless call there would answer a status a client written against the spec never sees.
    if operation.get("security") == [] or "401" not in statuses:
        return "none"
    text = f"{operation.get('summary', '')} {operation.get('description', '')}".lower()
    return "management" if "management key" in text else "user"


def _media_body(sampler: Sampler, media_type: str, media: dict[str, Any]) -> dict[str, Any]:
    schema = media.get("schema", {})
    example = media.get("example", schema.get("example"))
    if media_type in _BINARY_SAMPLES:
        content_type, text = _BINARY_SAMPLES[media_type]
        return {"content_type": content_type, "text": text}
    if "json" in media_type:
        return {"content_type": media_type, "json": sampler.sample(schema, example)}
    if media_type == "text/event-stream":
        resolved = sampler.checker.resolve(schema)
        data_schema = resolved.get("properties", {}).get("data") if isinstance(resolved, dict) else None
        if data_schema is None:
            return {"content_type": media_type, "events": []}
        data_hint = example.get("data") if isinstance(example, dict) else None
        return {"content_type": media_type, "events": [sampler.sample(data_schema, data_hint)]}
    return {"content_type": media_type, "text": example if isinstance(example, str) else ""}


def _destination_types(sampler: Sampler, schemas: dict[str, Any], refs: set[str]) -> dict[str, Any]:
    """For each observability destination type: a valid destination of that type, and the schema of its config.

    The create request takes any `config` object ("validated server-side" by type); the answer is one of the
    ObservabilityDestination members, picked by `type`. The emulator checks a config against its type's schema and
    renders the destination from that type's sample, so a webhook is never answered in Langfuse's shape.
    """
    types: dict[str, Any] = {}
    for member in schemas["ObservabilityDestination"]["oneOf"]:
        schema = sampler.checker.resolve(member)
        kind = schema["properties"]["type"]["enum"][0]
        config = schema["properties"]["config"]
        _referenced(config, schemas, refs)
        types[kind] = {"sample": sampler.sample(member, schema.get("example")), "config": strip_annotations(config)}
    return types


def build_catalog(spec: dict[str, Any]) -> dict[str, Any]:
    checker = Checker(spec)
    sampler = Sampler(checker)
    schemas = spec["components"]["schemas"]
    request_refs: set[str] = set()
    operations = []
    for path, item in spec["paths"].items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            responses = {code: _response(spec, value) for code, value in operation["responses"].items()}
            success_code = min(code for code in responses if code.startswith("2"))
            success = responses[success_code]
            bodies = [
                _media_body(sampler, media_type, media) for media_type, media in success.get("content", {}).items()
            ]
            error_400 = json.dumps(responses.get("400", {}))
            parameters = [
                {
                    "name": parameter["name"],
                    "in": parameter["in"],
                    "required": bool(parameter.get("required", False)),
                    "schema": strip_annotations(parameter.get("schema", {})),
                }
                for parameter in operation.get("parameters", [])
            ]
            _referenced(operation.get("parameters", []), schemas, request_refs)
            request = None
            if "requestBody" in operation:
                body = operation["requestBody"]
                _referenced(body, schemas, request_refs)
                request = {
                    "required": bool(body.get("required", False)),
                    "content": {
                        media_type: strip_annotations(media.get("schema", {}))
                        for media_type, media in body.get("content", {}).items()
                    },
                }
            operations.append(
                {
                    "operation_id": operation["operationId"],
                    "method": method.upper(),
                    "path": path,
                    "auth": _auth(spec, operation, set(responses)),
                    "statuses": sorted(int(code) for code in responses),
                    "anthropic_errors": "AnthropicMessagesErrorResponse" in error_400,
                    "success": {"status": int(success_code), "bodies": bodies},
                    "parameters": parameters,
                    "request": request,
                }
            )
    destination_types = _destination_types(sampler, schemas, request_refs)
    return {
        "spec_sha256": hashlib.sha256(SPEC_PATH.read_bytes()).hexdigest(),
        "operations": operations,
        "observability_destination_types": destination_types,
        "schemas": {name: strip_annotations(schemas[name]) for name in sorted(request_refs)},
    }


def render(catalog: dict[str, Any]) -> str:
    return json.dumps(catalog, indent=None, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the stored catalog is not current")
    args = parser.parse_args(argv)
    text = render(build_catalog(load_spec()))
    if args.check:
        current = CATALOG_PATH.is_file() and CATALOG_PATH.read_text(encoding="utf-8") == text
        print("catalog is current" if current else f"{CATALOG_PATH} is out of date: run make emulator-catalog")
        return 0 if current else 1
    CATALOG_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {CATALOG_PATH.relative_to(ROOT)} ({len(text)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
