#!/usr/bin/env python3
"""Build the request-check catalog (openrouter_ext/request_schemas.json) from the pinned spec and the overlay.

    .venv/bin/python scripts/request_catalog.py            # rewrite the catalog and its precompiled validators
    .venv/bin/python scripts/request_catalog.py --check    # exit 1 if either is not current

Run after every spec update (scripts/update_spec.py does). The validators
(openrouter_ext/_request_validators_generated/) are written from the catalog by scripts/request_validators.py,
which this runs once the catalog is written.

The facade checks every request against the spec before sending it (openrouter_ext/_request_check.py). The
installed package has no openapi/ folder, so what the check needs is stored in the package: for each endpoint
module (`chat.send_chat_completion_request`) its JSON body schema and its path, query and header parameters,
plus the component schemas they reach, as JSON Schema draft-07 for fastjsonschema:

- `$ref`s point at `#/definitions/<name>`; a `$ref` with sibling keywords becomes `allOf` (draft-07 ignores the
  siblings of a `$ref`, 2020-12 applies them);
- `oneOf` becomes `anyOf`: the server accepts the first member that fits, and a oneOf whose members overlap
  (a listed provider name and any string) would otherwise refuse a value the server takes;
- `prefixItems` becomes the array form of `items` (`items` beside it becomes `additionalItems`);
- annotations, `x-` extensions, `discriminator` and `format` are dropped: formats are hints the server does not
  enforce the way a JSON Schema format checker does (a `uri` may be a data URL), so asserting them would refuse
  requests that work.
A keyword with no rule here stops the build, naming it, so that a spec update cannot bring an unchecked one.
tests/resources/test_request_check.py fails when the stored catalog is not current,
tests/pipeline/test_request_validators.py when the validators are not what the catalog makes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import request_validators
from facade_spec import operations as facade_operations
from overlay import apply_overlay, load_overlay

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "openrouter.yaml"
OVERLAY_PATH = ROOT / "openapi" / "overlay.yaml"
CATALOG_PATH = ROOT / "openrouter_ext" / "request_schemas.json"
METHODS = ("get", "put", "post", "delete", "patch")
COMPONENT = "#/components/schemas/"
DEFINITION = "#/definitions/"

DROPPED = frozenset(
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
        "discriminator",
        "format",
        "contentMediaType",
        "contentEncoding",
        "xml",
    }
)
# Keywords draft-07 has with the meaning 2020-12 gives them: copied as they are.
KEPT = frozenset(
    {
        "type",
        "enum",
        "const",
        "required",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minLength",
        "maxLength",
        "pattern",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minProperties",
        "maxProperties",
    }
)
SCHEMA_ONE = frozenset({"items", "additionalProperties", "not", "if", "then", "else", "propertyNames", "contains"})
SCHEMA_MAP = frozenset({"properties", "patternProperties"})
SCHEMA_LIST = frozenset({"allOf", "anyOf"})


class CatalogError(Exception):
    """The spec uses a construct this converter has no rule for; the message names it and where."""


def load_spec() -> dict[str, Any]:
    """The pinned spec with the overlay applied, as the generator and the emulator read it."""
    document = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    overlaid, _ = apply_overlay(document, load_overlay(OVERLAY_PATH))
    return overlaid


def to_draft7(node: Any, where: str, reached: set[str]) -> Any:
    """`node` (an OpenAPI 3.1 schema) as draft-07; the component names it refers to are added to `reached`."""
    if isinstance(node, bool):
        return node
    if not isinstance(node, dict):
        raise CatalogError(f"{where}: a schema must be an object or a boolean, not {type(node).__name__}")
    out: dict[str, Any] = {}
    ref: str | None = None
    unions: list[Any] = []
    for key, value in node.items():
        if key in DROPPED or key.startswith("x-"):
            continue
        if key == "$ref":
            if not isinstance(value, str) or not value.startswith(COMPONENT):
                raise CatalogError(f"{where}: only local component $refs are supported, not {value!r}")
            name = value[len(COMPONENT) :]
            reached.add(name)
            ref = DEFINITION + name
        elif key in KEPT:
            out[key] = value
        elif key == "items" and "prefixItems" in node:
            continue  # the rest of a tuple: additionalItems, below
        elif key in SCHEMA_ONE:
            out[key] = to_draft7(value, f"{where}/{key}", reached)
        elif key in SCHEMA_MAP:
            out[key] = {name: to_draft7(sub, f"{where}/{key}/{name}", reached) for name, sub in value.items()}
        elif key in SCHEMA_LIST:
            converted = [to_draft7(sub, f"{where}/{key}/{i}", reached) for i, sub in enumerate(value)]
            if key == "anyOf":
                unions.append(converted)
            else:
                out[key] = converted
        elif key == "oneOf":
            unions.append([to_draft7(sub, f"{where}/oneOf/{i}", reached) for i, sub in enumerate(value)])
        elif key == "prefixItems":
            out["items"] = [to_draft7(sub, f"{where}/prefixItems/{i}", reached) for i, sub in enumerate(value)]
        elif key == "dependentRequired":
            out["dependencies"] = value
        else:
            raise CatalogError(f"{where}: no draft-07 rule for the keyword {key!r} (scripts/request_catalog.py)")
    if "prefixItems" in node and "items" in node:
        out["additionalItems"] = to_draft7(node["items"], f"{where}/items", reached)
    if unions:
        out["anyOf"] = unions[0]
        for extra in unions[1:]:
            out.setdefault("allOf", []).append({"anyOf": extra})
    if ref is not None:
        return {"$ref": ref} if not out else {"allOf": [{"$ref": ref}, out]}
    return out


def _parameters(operation: dict[str, Any], item: dict[str, Any], route: str, reached: set[str]) -> dict[str, Any]:
    from openapi_python_client.strings import PythonIdentifier

    params: dict[str, Any] = {}
    for param in list(item.get("parameters") or []) + list(operation.get("parameters") or []):
        if "$ref" in param:
            raise CatalogError(f"{route}: parameter $refs are not supported")
        if param.get("in") not in ("path", "query", "header"):
            continue
        # The facade's argument name, as the generator spells it (build_request's keyword).
        python = str(PythonIdentifier(param["name"], "field_"))
        params[python] = {
            "name": param["name"],
            "in": param["in"],
            "required": bool(param.get("required") or param["in"] == "path"),
            "schema": to_draft7(param.get("schema") or {}, f"{route} parameter {param['name']}", reached),
        }
    return dict(sorted(params.items()))


def build_catalog(spec: dict[str, Any], spec_bytes: bytes) -> dict[str, Any]:
    names = {entry["operation_id"]: f"{entry['folder']}.{module}" for module, entry in facade_operations(spec).items()}
    reached: set[str] = set()
    entries: dict[str, Any] = {}
    for path, item in (spec.get("paths") or {}).items():
        for method in METHODS:
            operation = (item or {}).get(method)
            if not isinstance(operation, dict) or not operation.get("operationId"):
                continue
            route = f"{method.upper()} {path}"
            content = ((operation.get("requestBody") or {}).get("content")) or {}
            body = content.get("application/json", {}).get("schema")
            entries[names[operation["operationId"]]] = {
                "operation_id": operation["operationId"],
                "route": route,
                "body": None if body is None else to_draft7(body, f"{route} body", reached),
                "params": _parameters(operation, item, route, reached),
            }
    components = spec.get("components", {}).get("schemas", {})
    definitions: dict[str, Any] = {}
    pending = sorted(reached)
    while pending:
        name = pending.pop()
        if name in definitions:
            continue
        if name not in components:
            raise CatalogError(f"$ref to a missing component schema {name!r}")
        found: set[str] = set()
        definitions[name] = to_draft7(components[name], f"components/schemas/{name}", found)
        pending.extend(sorted(found - definitions.keys()))
    return {
        "spec_sha256": hashlib.sha256(spec_bytes).hexdigest(),
        "operations": dict(sorted(entries.items())),
        "definitions": dict(sorted(definitions.items())),
    }


def render(catalog: dict[str, Any]) -> str:
    return json.dumps(catalog, sort_keys=True, separators=(",", ":")) + "\n"


def current() -> str:
    return render(build_catalog(load_spec(), SPEC_PATH.read_bytes()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if the stored catalog is not current")
    args = parser.parse_args(argv)
    text = current()
    if args.check:
        if CATALOG_PATH.read_text(encoding="utf-8") != text:
            print(f"{CATALOG_PATH.relative_to(ROOT)} is not current: run scripts/request_catalog.py", file=sys.stderr)
            return 1
        return request_validators.main(["--check"])
    CATALOG_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {CATALOG_PATH.relative_to(ROOT)} ({len(text) // 1024} KiB)")
    return request_validators.main([])


if __name__ == "__main__":
    sys.exit(main())
