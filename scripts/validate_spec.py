#!/usr/bin/env python3
"""Check the pinned spec: its sha256 is the one recorded in openapi/README.md, and with the overlay applied
(openapi/overlay.yaml) it is a valid OpenAPI document.

python scripts/validate_spec.py openapi/openrouter.yaml [--readme openapi/README.md] [--overlay openapi/overlay.yaml]

The pinned file is the published document byte for byte, which need not validate by itself: the overlay's
corrections are what make it valid, and the corrected document is what the pipeline generates from.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from normalize_spec import load_spec
from overlay import DEFAULT_OVERLAY, OverlayError, apply_overlay, format_report, load_overlay

ROOT = Path(__file__).resolve().parent.parent
# The README line that records the pinned spec, e.g. "- sha256: `<64 hex>`"
SHA_LINE = re.compile(r"^- sha256: `([0-9a-f]{64})`", re.MULTILINE)


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def recorded_sha256(readme: Path) -> str | None:
    match = SHA_LINE.search(readme.read_text(encoding="utf-8")) if readme.is_file() else None
    return match.group(1) if match else None


def validate(spec_path: Path, readme: Path, overlay: Path | None = DEFAULT_OVERLAY) -> list[str]:
    """Problems found (empty if none)."""
    return check(spec_path, readme, overlay)[0]


def check(spec_path: Path, readme: Path, overlay: Path | None = DEFAULT_OVERLAY) -> tuple[list[str], list[str]]:
    """Problems found (empty if none), and the overlay's no-op notes (actions the upstream document caught up with,
    which do not fail the check: they are to be dropped on the next spec update)."""
    from openapi_spec_validator import validate as validate_openapi  # slow import: only when needed

    if not spec_path.is_file():
        return [f"no spec at {spec_path}"], []
    problems: list[str] = []
    notes: list[str] = []
    try:
        document = load_spec(spec_path)
        if overlay is not None:
            document, reports = apply_overlay(document, load_overlay(overlay))
            notes = [line for line in format_report(reports) if line.startswith("no-op")]
    except OverlayError as error:
        problems.append(f"overlay {overlay} does not apply to {spec_path}: {error}")
        document = None
    if document is not None:
        try:
            validate_openapi(document)
        except Exception as error:  # the validator raises many kinds; all mean "invalid"
            first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            with_overlay = f" with {overlay.name} applied" if overlay is not None else ""
            problems.append(f"{spec_path}{with_overlay} is not a valid OpenAPI document: {first_line}")
    actual = file_sha256(spec_path)
    expected = recorded_sha256(readme)
    if expected is None:
        problems.append(f"{readme} records no sha256 (expected a line '- sha256: `<hex>`')")
    elif expected != actual:
        problems.append(
            f"sha256 of {spec_path} is {actual}, but {readme} records {expected}: "
            "update the spec with `make update-spec` (which records it), never by hand"
        )
    return problems, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("spec", type=Path, nargs="?", default=ROOT / "openapi" / "openrouter.yaml")
    parser.add_argument("--readme", type=Path, default=ROOT / "openapi" / "README.md")
    parser.add_argument("--overlay", type=Path, default=DEFAULT_OVERLAY)
    parser.add_argument("--no-overlay", action="store_true", help="validate the document as it is")
    args = parser.parse_args(argv)
    problems, notes = check(args.spec, args.readme, None if args.no_overlay else args.overlay)
    for note in notes:
        print(f"overlay: {note}")
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if not problems:
        overlaid = "" if args.no_overlay else f" with {args.overlay.name} applied"
        print(f"{args.spec}{overlaid}: valid OpenAPI, sha256 {file_sha256(args.spec)} as recorded in {args.readme}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
