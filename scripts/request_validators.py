#!/usr/bin/env python3
"""Precompile the request checks: Python validator modules written from the packaged request catalog.

    .venv/bin/python scripts/request_validators.py            # rewrite openrouter_ext/_request_validators_generated/
    .venv/bin/python scripts/request_validators.py --check    # exit 1 if it is not current

Compiling a schema with fastjsonschema at run time costs a process its first call of each operation (about 140 ms
for chat, 420 ms for responses); this script does it once, at build time, with `compile_to_code`. It reads only
openrouter_ext/request_schemas.json (scripts/request_catalog.py writes it and then runs this, so `make
request-catalog` and scripts/update_spec.py rebuild both), and writes one module per distinct schema of the
catalog, so that an operation's first call imports only its own validator: a body that is a component
(`ChatRequest`) is named after it (`body_chat_request`), another schema after the first operation it checks.
Operations with the same schema (chat and the presets' chat completions) share a module. The package's
`__init__.py` maps each (operation, part) to its module and records the sha256 of the catalog it was built
from: openrouter_ext/_request_check.py uses the package only when that matches the packaged catalog.

One change to what fastjsonschema writes: each error it raises carries the schema the value broke, with the
`$ref`s of its first level resolved, which for a request body repeats most of the spec at every level (54 MB of
source for the whole catalog). Only what `_request_check` reads of it is kept: the keyword that failed, and the
property names beside an `additionalProperties`. The checks themselves, the messages and the paths are
fastjsonschema's own. tests/pipeline/test_request_validators.py fails when the package is not what this script
makes of the packaged catalog, byte for byte; the fastjsonschema version is written into every module, since
another version writes other code.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

import fastjsonschema
from fastjsonschema.draft07 import CodeGeneratorDraft07
from fastjsonschema.ref_resolver import RefResolver

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openrouter_ext._request_check import COMPILE_OPTIONS, part_schema, rooted_schema  # noqa: E402

CATALOG_PATH = ROOT / "openrouter_ext" / "request_schemas.json"
PACKAGE_PATH = ROOT / "openrouter_ext" / "_request_validators_generated"
PARTS = ("body", "params")


class _Generator(CodeGeneratorDraft07):
    """fastjsonschema's draft-07 generator, keeping in each raised error only the part of the schema that
    `_request_check` reads (see the module docstring)."""

    _failing_rule: str | None = None

    def exc(self, msg: str, *args: Any, append_to_msg: str | None = None, rule: str | None = None) -> None:
        self._failing_rule = rule
        super().exc(msg, *args, append_to_msg=append_to_msg, rule=rule)

    def _expand_refs(self, definition: Any) -> Any:
        expanded = super()._expand_refs(definition)
        # `exc` expands the current schema; the recursion below it passes its parts, never the whole one.
        if definition is self._definition:
            return _kept(expanded, self._failing_rule)
        return expanded


def _kept(definition: Any, rule: str | None) -> Any:
    if not isinstance(definition, dict):
        return definition
    kept = {rule: definition[rule]} if rule in definition else {}
    if rule == "additionalProperties":
        # An unknown field's error lists the known ones: their names are enough.
        kept["properties"] = {name: {} for name in definition.get("properties", {})}
    return kept


def compile_to_code(schema: Any) -> str:
    """What fastjsonschema.compile_to_code writes for `schema`, with the errors' schemas cut down."""
    if not hasattr(CodeGeneratorDraft07, "_expand_refs"):
        raise SystemExit(
            f"fastjsonschema {fastjsonschema.VERSION} has no CodeGeneratorDraft07._expand_refs, which this script "
            "narrows: adapt _Generator to it (scripts/request_validators.py)"
        )
    generator = _Generator(schema, resolver=RefResolver.from_schema(schema, store={}), **COMPILE_OPTIONS)
    # The same three parts, in the same order, as fastjsonschema.compile_to_code.
    return f'VERSION = "{fastjsonschema.VERSION}"\n' + generator.global_state_code + "\n" + generator.func_code


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def _module_name(schema: Any, part: str, operation: str) -> str:
    ref = schema.get("$ref") if isinstance(schema, dict) and len(schema) == 1 else None
    if isinstance(ref, str):
        return f"{part}_{_snake(ref.rsplit('/', 1)[-1])}"
    return f"{part}_{operation.replace('.', '__')}"


def _header(checks: list[tuple[str, str]]) -> str:
    lines = [
        "# Generated by scripts/request_validators.py from openrouter_ext/request_schemas.json with fastjsonschema",
        f"# {fastjsonschema.VERSION} (compile_to_code): do not edit; `make request-catalog` rewrites it.",
        "# Checks:",
    ]
    lines += [f"#   the {part} of {operation}" for operation, part in checks]
    return "\n".join(lines) + "\n"


def build(catalog_bytes: bytes) -> dict[str, str]:
    """The package's files (name -> text) for the catalog stored as `catalog_bytes`."""
    catalog = json.loads(catalog_bytes)
    by_schema: dict[str, tuple[str, Any, list[tuple[str, str]]]] = {}
    for operation, entry in sorted(catalog["operations"].items()):
        for part in PARTS:
            schema = part_schema(entry, part)
            if schema is None:
                continue
            key = json.dumps(schema, sort_keys=True)
            if key not in by_schema:
                by_schema[key] = (_module_name(schema, part, operation), schema, [])
            by_schema[key][2].append((operation, part))
    files: dict[str, str] = {}
    index: dict[tuple[str, str], str] = {}
    for name, schema, checks in by_schema.values():
        if f"{name}.py" in files:
            raise SystemExit(f"two schemas would be written to {name}.py (scripts/request_validators.py)")
        files[f"{name}.py"] = _header(checks) + compile_to_code(rooted_schema(schema, catalog["definitions"]))
        index.update(dict.fromkeys(checks, name))
    # The digest of the bytes, as _request_check computes it from the packaged file.
    files["__init__.py"] = _init(hashlib.sha256(catalog_bytes).hexdigest(), index)
    return dict(sorted(files.items()))


def _init(digest: str, index: dict[tuple[str, str], str]) -> str:
    rows = "".join(f'    ("{operation}", "{part}"): "{name}",\n' for (operation, part), name in sorted(index.items()))
    return (
        _header([]).replace("# Checks:\n", "")
        + '"""The request checks, precompiled (see openrouter_ext/_request_check.py); a module is imported on the\n'
        + 'first call it checks."""\n\n'
        + "from __future__ import annotations\n\n"
        + "# The sha256 of the request_schemas.json these modules were compiled from.\n"
        + f'CATALOG_SHA256 = "{digest}"\n\n'
        + "# (operation, part) -> the module of this package whose `validate` checks it.\n"
        + f"VALIDATORS: dict[tuple[str, str], str] = {{\n{rows}}}\n"
    )


def write(files: dict[str, str], package: Path) -> None:
    """Replace `package`'s modules with `files` (a module no schema needs any more goes)."""
    package.mkdir(parents=True, exist_ok=True)
    for stale in package.glob("*.py"):
        if stale.name not in files:
            stale.unlink()
    for name, text in files.items():
        path = package / name
        data = text.encode("utf-8")  # as bytes: the same file on every platform, for the byte-for-byte test
        if not path.is_file() or path.read_bytes() != data:
            path.write_bytes(data)


def differences(package: Path, files: dict[str, str]) -> list[str]:
    """The modules of `package` that are not as `files` has them (missing, changed or left over)."""
    present = {path.name for path in package.glob("*.py")}
    changed = [
        name for name, text in files.items() if name not in present or (package / name).read_bytes() != text.encode()
    ]
    return sorted(changed + sorted(present - files.keys()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if the package is not current")
    args = parser.parse_args(argv)
    files = build(CATALOG_PATH.read_bytes())
    where = PACKAGE_PATH.relative_to(ROOT)
    if args.check:
        stale = differences(PACKAGE_PATH, files)
        if stale:
            print(f"{where} is not current ({', '.join(stale)}): run scripts/request_validators.py", file=sys.stderr)
            return 1
        return 0
    # Every module is built before the first is written: a schema that does not compile leaves the package as it was.
    write(files, PACKAGE_PATH)
    size = sum(len(text.encode("utf-8")) for text in files.values())
    print(f"wrote {where} ({len(files) - 1} validator modules, {size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
