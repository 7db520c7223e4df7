#!/usr/bin/env python3
"""Apply an OpenAPI Overlay 1.0 document (openapi/overlay.yaml) to an OpenAPI document.

    python scripts/overlay.py openapi/openrouter.yaml openapi/overlay.yaml corrected.json   # write the result
    python scripts/overlay.py openapi/openrouter.yaml openapi/overlay.yaml                  # report only

Targets are RFC 9535 JSONPath queries (python-jsonpath in strict mode). Semantics, per Overlay 1.0:
- `update` on an object node merges recursively: keys of the update are added, nested objects merged, scalars
  replaced; on an array node the update is appended as one entry.
- `remove: true` deletes each selected node from its parent.
Two choices the Overlay specification leaves open, made so that re-applying an overlay to a newer upstream
document is safe: an array entry (appended, or inside a merged array) that the array already holds is not added
twice, and an action whose application leaves the document unchanged is reported as a no-op ("upstream caught
up: the action can go"). A target that selects nothing is an error naming the action.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonpath
import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OVERLAY = ROOT / "openapi" / "overlay.yaml"
_ENV = jsonpath.JSONPathEnvironment(strict=True)


class OverlayError(Exception):
    """The overlay is malformed, or one of its actions cannot be applied; the message names the action."""


@dataclass
class ActionReport:
    """What one action did: how many nodes it selected, whether anything changed, which scalars it replaced."""

    index: int
    target: str
    description: str
    matched: int = 0
    changed: bool = False
    replaced: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"action {self.index} ({self.description or self.target})"


def load_overlay(path: Path) -> dict[str, Any]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    check_overlay(document, str(path))
    return document  # type: ignore[no-any-return]


def check_overlay(document: Any, source: str = "overlay") -> None:
    if not isinstance(document, dict):
        raise OverlayError(f"{source} is not an Overlay document (a mapping)")
    version = str(document.get("overlay", ""))
    if not version.startswith("1.0."):
        raise OverlayError(f"{source}: `overlay` must be a 1.0.x version, not {version!r}")
    info = document.get("info")
    if not isinstance(info, dict) or not info.get("title") or not info.get("version"):
        raise OverlayError(f"{source}: `info` needs a title and a version")
    actions = document.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError(f"{source}: `actions` must be a non-empty list")
    for index, action in enumerate(actions):
        where = f"{source}: action {index}"
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            raise OverlayError(f"{where} has no `target`")
        if not action["target"].startswith("$"):
            raise OverlayError(f"{where}: target {action['target']!r} must start with $")
        has_update, removes = "update" in action, action.get("remove") is True
        if has_update == removes:
            raise OverlayError(f"{where} ({action['target']}) needs exactly one of `update` or `remove: true`")
        try:
            _ENV.compile(action["target"])
        except jsonpath.JSONPathError as error:
            raise OverlayError(f"{where}: target {action['target']!r} is not RFC 9535 JSONPath: {error}") from error


def _merge(node: Any, update: Any, where: str, replaced: list[str]) -> Any:
    """`update` merged into `node` (a copy); records the pointer of every value it replaced."""
    if isinstance(node, dict) and isinstance(update, dict):
        merged = dict(node)
        for key, value in update.items():
            merged[key] = _merge(node[key], value, f"{where}/{key}", replaced) if key in node else copy.deepcopy(value)
        return merged
    if isinstance(node, list) and isinstance(update, list):
        return node + [copy.deepcopy(item) for item in update if item not in node]
    if node != update:
        replaced.append(where)
    return copy.deepcopy(update)


def _parent(document: dict[str, Any], pointer: str) -> tuple[Any, str | int]:
    """The container holding the node at `pointer` (RFC 6901), and the node's key or index in it."""
    parent_pointer, _, token = pointer.rpartition("/")
    parent = jsonpath.JSONPointer(parent_pointer).resolve(document) if parent_pointer else document
    key = token.replace("~1", "/").replace("~0", "~")
    return parent, int(key) if isinstance(parent, list) else key


def _set(document: dict[str, Any], pointer: str, value: Any) -> dict[str, Any]:
    if pointer == "":
        return value  # type: ignore[no-any-return]
    parent, key = _parent(document, pointer)
    parent[key] = value
    return document


def apply_overlay(spec: dict[str, Any], overlay: dict[str, Any]) -> tuple[dict[str, Any], list[ActionReport]]:
    """The overlaid document (the input is not modified) and one report per action, in order."""
    check_overlay(overlay)
    document = copy.deepcopy(spec)
    reports: list[ActionReport] = []
    for index, action in enumerate(overlay["actions"]):
        report = ActionReport(index, action["target"], str(action.get("description", "")))
        reports.append(report)
        matches = list(_ENV.finditer(action["target"], document))
        report.matched = len(matches)
        if not matches:
            raise OverlayError(f"{report.label}: target {action['target']} selects nothing in the document")
        pointers = [str(match.pointer()) for match in matches]
        if action.get("remove") is True:
            # Deepest and last first, so that removing one node does not shift the pointer of another.
            for pointer in sorted(pointers, key=_pointer_sort_key, reverse=True):
                parent, key = _parent(document, pointer)
                del parent[key]
            report.changed = True
            continue
        for match, pointer in zip(matches, pointers, strict=True):
            node = match.obj
            if isinstance(node, list) and not isinstance(action["update"], list):
                new = node if action["update"] in node else [*node, copy.deepcopy(action["update"])]
            elif isinstance(node, dict) and isinstance(action["update"], dict):
                new = _merge(node, action["update"], pointer, report.replaced)
            else:
                raise OverlayError(
                    f"{report.label}: target {action['target']} selects a {type(node).__name__} at {pointer or '/'}; "
                    "an update applies to an object (merged) or an array (appended)"
                )
            if new != node:
                report.changed = True
                document = _set(document, pointer, new)
    return document, reports


def _pointer_sort_key(pointer: str) -> tuple[Any, ...]:
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in pointer.split("/"))


def format_report(reports: list[ActionReport]) -> list[str]:
    lines = []
    for report in reports:
        if report.changed:
            lines.append(f"applied {report.label}: {report.matched} node(s)")
        else:
            lines.append(f"no-op {report.label}: upstream already declares it; the action can go")
    return lines


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from normalize_spec import load_spec

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("spec", type=Path)
    parser.add_argument("overlay", type=Path, nargs="?", default=DEFAULT_OVERLAY)
    parser.add_argument("out", type=Path, nargs="?", help="where to write the overlaid document (JSON)")
    args = parser.parse_args(argv)
    try:
        result, reports = apply_overlay(load_spec(args.spec), load_overlay(args.overlay))
    except OverlayError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print("\n".join(format_report(reports)))
    if args.out:
        args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
