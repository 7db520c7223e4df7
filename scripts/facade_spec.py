#!/usr/bin/env python3
"""The typed facade's names: which resource and method each operation becomes, for the templates.

openapi-python-client hands its templates the parsed operations without their `x-` extensions or their original
tags, so the names the facade needs (`x-speakeasy-group`, `x-speakeasy-name-override`, `x-speakeasy-pagination`)
are computed here from the normalized document and `openapi/resources.yaml`, and written as a Jinja file
(`facade_operations.jinja`, one `set` of a dict keyed by endpoint module name) into a copy of openapi/templates
that the generator is pointed at. `endpoint_init.py.jinja` and `api_init.py.jinja` import it.

    python scripts/facade_spec.py openapi/openrouter.yaml    # print operation -> client.<resource>.<method>
"""

from __future__ import annotations

import json
import keyword
import shutil
import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from normalize_spec import HTTP_METHODS

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "openapi" / "templates"
RESOURCES = ROOT / "openapi" / "resources.yaml"
DATA_TEMPLATE = "facade_operations.jinja"
# Attributes the client already has for other purposes; a resource named like one would hide it.
RESERVED_GROUPS = {"api", "call", "call_with_response", "close", "with_options", "keys", "base_url", "timeout"}


class FacadeError(Exception):
    """The document gives two operations the same method, or a resource a name the client cannot use."""


def snake(name: str) -> str:
    from openapi_python_client.strings import snake_case

    return snake_case(name)


def class_name(group: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in group.split("_"))


def module_name(operation_id: str) -> str:
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(operation_id, "field_"))


def tag_folder(tag: str) -> str:
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(tag, "tag"))


def load_resources(path: Path = RESOURCES) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {
        "groups": dict(data.get("groups") or {}),
        "also_paginated": list(data.get("also_paginated") or []),
        "streams": dict(data.get("streams") or {}),
        "wait_while_not_found": list(data.get("wait_while_not_found") or []),
    }


def operations(spec: dict[str, Any], resources: dict[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    """Endpoint module name -> its facade entry (operation_id, group, method, paginated, folder, path)."""
    resources = load_resources() if resources is None else resources
    renames: dict[str, str] = resources["groups"]
    found: dict[str, dict[str, Any]] = {}
    methods: dict[tuple[str, str], str] = {}
    folders: dict[str, str] = {}
    for path, item in (spec.get("paths") or {}).items():
        for http_method in HTTP_METHODS:
            operation = (item or {}).get(http_method)
            if not isinstance(operation, dict) or not operation.get("operationId"):
                continue
            operation_id = str(operation["operationId"])
            tag = str((operation.get("tags") or ["default"])[0])
            group_source = str(operation.get("x-speakeasy-group") or tag)
            group = renames.get(group_source) or snake(group_source)
            method = snake(str(operation.get("x-speakeasy-name-override") or operation_id))
            if keyword.iskeyword(method):
                method += "_"
            route = f"{http_method.upper()} {path}"
            if not group.isidentifier() or keyword.iskeyword(group) or group in RESERVED_GROUPS:
                raise FacadeError(
                    f"{route}: resource name {group!r} cannot be a client attribute; rename it in "
                    f"{RESOURCES.name} (groups)"
                )
            if (group, method) in methods:
                raise FacadeError(f"{route} and {methods[group, method]} would both be client.{group}.{method}")
            methods[group, method] = route
            folder = tag_folder(tag)
            if folders.setdefault(group, folder) != folder:
                raise FacadeError(f"resource {group!r} spans the tags {folders[group]!r} and {folder!r}")
            pagination = operation.get("x-speakeasy-pagination") or {}
            paginated = (
                isinstance(pagination, dict) and pagination.get("type") == "offsetLimit"
            ) or operation_id in resources["also_paginated"]
            cursor = None
            if isinstance(pagination, dict) and pagination.get("type") == "cursor":
                inputs = [i for i in pagination.get("inputs") or [] if i.get("type") == "cursor"]
                outputs = pagination.get("outputs") or {}
                cursor = {
                    "param": str(inputs[0]["name"]) if inputs else "cursor",
                    "next": str(outputs.get("nextCursor", "$.cursor")).removeprefix("$."),
                    "results": str(outputs.get("results", "$.data")).removeprefix("$."),
                }
            found[module_name(operation_id)] = {
                "operation_id": operation_id,
                "group": group,
                "method": method,
                "paginated": bool(paginated),
                "folder": folder,
                "route": route,
                "class": class_name(group),
                "stream": str(resources["streams"].get(operation_id, "")),
                "wait": operation_id in resources["wait_while_not_found"],
                "cursor": cursor,
            }
    named = set(resources["streams"]) | set(resources["wait_while_not_found"])
    unknown = named - {entry["operation_id"] for entry in found.values()}
    # Some named operations gone is a typo or an upstream removal: fail, naming them. All gone is another document
    # altogether (the pipeline's small test specs), to which these settings do not apply.
    if unknown and unknown != named:
        raise FacadeError(f"{RESOURCES.name} names operations the spec does not have: {sorted(unknown)}")
    return dict(sorted(found.items()))


def render_data(entries: dict[str, dict[str, Any]]) -> str:
    # A JSON object of strings and booleans is also a Jinja literal (Jinja reads true/false).
    return (
        "{# Written by scripts/facade_spec.py for this generation run; not a source file. #}\n"
        f"{{% set operations = {json.dumps(entries, sort_keys=True)} %}}\n"
    )


def facade_templates(spec_path: Path, workdir: Path, extra: dict[str, str] | None = None) -> Path:
    """A copy of openapi/templates plus the facade's data file (and `extra`: more data files by name, e.g. the
    Params from scripts/typed_params.py), for one generator run; returns its folder."""
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    target = workdir / "templates"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(TEMPLATES, target)
    (target / DATA_TEMPLATE).write_text(render_data(operations(spec)), encoding="utf-8")
    # Without scripts/typed_params.py's data (a bare generator run), the signatures take `Mapping[str, Any]` dicts.
    (target / "facade_params.jinja").write_text("{% set params = {} %}\n", encoding="utf-8")
    for name, content in (extra or {}).items():
        (target / name).write_text(content, encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    from normalize_spec import load_spec

    args = sys.argv[1:] if argv is None else argv
    spec = load_spec(Path(args[0]) if args else ROOT / "openapi" / "openrouter.yaml")
    for entry in operations(spec).values():
        print(f"{entry['route']:55} {entry['operation_id']:36} client.{entry['group']}.{entry['method']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
