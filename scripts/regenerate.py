#!/usr/bin/env python3
"""Regenerate the low-level package `openrouter_api` from an OpenAPI document.

    python scripts/regenerate.py --spec openapi/openrouter.yaml --out generated      # write generated/openrouter_api
    python scripts/regenerate.py --spec openapi/openrouter.yaml --check generated    # fail if generated/ differs

Steps: apply the overlay (openapi/overlay.yaml, scripts/overlay.py), normalize the result (scripts/normalize_spec.py)
into a temporary JSON file, run openapi-python-client with
openapi/config.yaml and the templates in openapi/templates, format the result with the pinned ruff, check that every
operation produced a module, then replace <out>/openrouter_api (or compare with it). Any generator warning fails.
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import typed_params
from facade_spec import facade_templates
from normalize_spec import HTTP_METHODS, load_spec, normalize
from overlay import DEFAULT_OVERLAY, OverlayError, apply_overlay, format_report, load_overlay

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "openapi" / "config.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
PACKAGE = "openrouter_api"
RUFF_OPTIONS = ["--isolated", "--line-length", "120", "--target-version", "py310"]
# Lines the generator prints when all went well; anything else it says is treated as a warning.
BENIGN_OUTPUT = re.compile(r"^(Generating .*)?$")


class PipelineError(Exception):
    """A step of the pipeline failed; the message says which and why."""


def tool(name: str) -> str:
    """The executable `name` installed beside this Python (the project's pinned version), else from PATH."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if not found:
        raise PipelineError(f"{name} is not installed (run `make install`)")
    return found


def operation_ids(spec: dict) -> list[str]:
    ids = []
    for item in (spec.get("paths") or {}).values():
        for method in HTTP_METHODS:
            operation = (item or {}).get(method)
            if isinstance(operation, dict) and operation.get("operationId"):
                ids.append(operation["operationId"])
    return ids


def module_name(operation_id: str) -> str:
    """The module name openapi-python-client gives an operation (its own snake_case)."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(operation_id, "field_"))


@dataclasses.dataclass(frozen=True)
class Construct:
    """A generator warning this pipeline recognises: what construct it means and which rules are about it."""

    pattern: re.Pattern[str]
    construct: str
    rules: str


# Matched against each line of the generator's output (openapi-python-client 0.29.1's own wording).
CONSTRUCTS = [
    Construct(
        re.compile(r"Unsupported content_type (?P<detail>.+?)\)?(, response will be omitted.*)?$"),
        "a media type the generator cannot read",
        "R8 makes a wildcard response media type (audio/*, */*) application/octet-stream; another binary type "
        "goes into openapi/config.yaml content_type_overrides",
    ),
    Construct(
        re.compile(r"Cannot take allOf a non-object"),
        "an allOf over a non-object (an enum, a scalar or a union)",
        "R1 (a $ref with annotations), R10 (allOf over values, or over a union of objects with objects)",
    ),
    Construct(
        re.compile(r"Could not find reference(?: in parsed models or enums|: (?P<detail>\S+))"),
        "a reference to a component the generator could not build (see that component's own warning)",
        "R2 (nullable components, enums with null), R9 (unions of const values), R10, R4",
    ),
    Construct(
        re.compile(r"Reference (?P<detail>\S+) not found"),
        "an allOf member the generator could not build",
        "R2, R4, R9, R10",
    ),
]
ENDPOINT_HEADER = re.compile(r"^WARNING parsing (?P<where>[A-Z]+ \S+) within (?P<tag>.*?)\.")
SCHEMA_HEADER = re.compile(r"^Unable to process schema (?P<where>\S+?):?$")
JSON_REF = re.compile(r'"\$ref": "(?P<ref>[^"]+)"')
RULES_DOC = 'openapi/README.md, "Normalization rules"'


def referenced_after(lines: list[str], index: int) -> str:
    """The first `$ref` in the JSON the generator prints after a message, up to the next warning."""
    for later in lines[index + 1 :]:
        if ENDPOINT_HEADER.match(later.strip()) or SCHEMA_HEADER.match(later.strip()):
            break
        found = JSON_REF.search(later)
        if found:
            return found["ref"]
    return ""


def explain_warnings(output: str) -> list[str]:
    """One line per generator warning: the construct it means (by its wording), where (operation or schema), and
    which rules of scripts/normalize_spec.py are about it; a warning no entry recognises says so."""
    found: list[str] = []
    where = "the document"
    recognised = False
    lines = output.splitlines()
    for index, raw_line in enumerate(lines):
        line = raw_line.strip()
        header = ENDPOINT_HEADER.match(line) or SCHEMA_HEADER.match(line)
        if header:
            if not recognised and where != "the document":
                found.append(f"- {where}: a warning no rule recognises (read the generator's output below)")
            where = ("operation " if header.re is ENDPOINT_HEADER else "schema ") + header["where"]
            recognised = False
            continue
        for known in CONSTRUCTS:
            match = known.pattern.search(line)
            if not match:
                continue
            detail = (match.groupdict().get("detail") or "").strip()
            if not detail and known.pattern.pattern.startswith("Could not"):
                detail = referenced_after(lines, index)
            shown = f" ({detail})" if detail else ""
            found.append(f"- {where}: {known.construct}{shown}. Rules about it: {known.rules}.")
            recognised = True
            break
    if not recognised and where != "the document":
        found.append(f"- {where}: a warning no rule recognises (read the generator's output below)")
    return found


def warning_report(returncode: int, output: str) -> str:
    explained = explain_warnings(output) or ["- a warning no rule recognises (read the generator's output below)"]
    return (
        f"openapi-python-client reported problems (exit {returncode}); the document has a construct no "
        f"normalization rule handles, so the generator dropped what follows ({RULES_DOC}: add a generic rule to "
        "scripts/normalize_spec.py, or a correction to openapi/overlay.yaml):\n"
        + "\n".join(explained)
        + "\n\nThe generator said:\n"
        + output
    )


def run_generator(spec_path: Path, workdir: Path, extra_templates: dict[str, str] | None = None) -> Path:
    """Run openapi-python-client; return the package directory. Raise on any warning or error it reports."""
    out = workdir / PACKAGE
    command = [
        tool("openapi-python-client"),
        "generate",
        "--path",
        str(spec_path),
        "--meta",
        "none",
        "--config",
        str(CONFIG),
        "--custom-template-path",
        str(facade_templates(spec_path, workdir, extra_templates)),  # openapi/templates + the facade's names
        "--output-path",
        str(out),
    ]
    env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "200"}
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=workdir, check=False)
    output = (result.stdout + result.stderr).strip()
    unexpected = [line for line in output.splitlines() if not BENIGN_OUTPUT.match(line.strip())]
    if result.returncode != 0 or unexpected:
        raise PipelineError(warning_report(result.returncode, output))
    return out


def format_package(package: Path) -> None:
    ruff = tool("ruff")
    for command in (
        [ruff, "check", *RUFF_OPTIONS, "--fix-only", "--select", "F401,I", "--exit-zero", "--quiet", str(package)],
        [ruff, "format", *RUFF_OPTIONS, "--quiet", str(package)],
    ):
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise PipelineError(f"{' '.join(command[:2])} failed:\n{result.stdout}{result.stderr}")


def tag_folder(tag: str) -> str:
    """The api/ folder openapi-python-client puts an operation's module in (its first tag's snake_case)."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(tag, "tag"))


def operation_modules(spec: dict) -> dict[str, list[str]]:
    """`api/<tag>/<module>.py` -> the operations (METHOD /path) that generate it; more than one means one was lost."""
    found: dict[str, list[str]] = {}
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = (item or {}).get(method)
            if not isinstance(operation, dict) or not operation.get("operationId"):
                continue
            tags = operation.get("tags") or ["default"]
            file = f"api/{tag_folder(str(tags[0]))}/{module_name(operation['operationId'])}.py"
            found.setdefault(file, []).append(f"{method.upper()} {path}")
    return found


def check_operations(spec: dict, package: Path) -> None:
    """Every operation of the normalized document has its own module where the generator puts it."""
    problems = []
    for file, owners in operation_modules(spec).items():
        if len(owners) > 1:
            problems.append(f"{', '.join(owners)} all generate {file}: only one of them is kept")
        elif not (package / file).is_file():
            problems.append(f"{owners[0]} has no generated module {file}")
    if problems:
        raise PipelineError("operations missing from the generated package:\n  " + "\n  ".join(problems))


def corrected_spec(spec_file: Path, overlay_file: Path | None = DEFAULT_OVERLAY) -> tuple[dict, list[str]]:
    """The pinned document with the overlay applied, and the overlay's report (one line per action)."""
    spec = load_spec(spec_file)
    if overlay_file is None:
        return spec, []
    try:
        corrected, reports = apply_overlay(spec, load_overlay(overlay_file))
    except OverlayError as error:
        raise PipelineError(f"overlay {overlay_file}: {error}") from error
    return corrected, format_report(reports)


def generate(
    spec_file: Path, workdir: Path, *, overlay_file: Path | None = DEFAULT_OVERLAY, verbose: bool = False
) -> Path:
    """Overlay + normalize + generate + format into workdir; return the package directory."""
    spec, overlay_lines = corrected_spec(spec_file, overlay_file)
    for line in overlay_lines:
        if verbose or line.startswith("no-op"):
            print(f"overlay: {line}")
    normalized, notes = normalize(spec)
    if verbose:
        print("\n".join(notes.lines))
    normalized_path = workdir / "normalized.json"
    normalized_path.write_text(json.dumps(normalized, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    # The Params (scripts/typed_params.py) come from the generator's own parser, run here on the same document: the
    # facade's signatures name them, and params.py is written beside the models.
    try:
        params = typed_params.build(normalized)
    except typed_params.ParamsError as error:
        raise PipelineError(f"params: {error}") from error
    package = run_generator(normalized_path, workdir, {typed_params.DATA_TEMPLATE: typed_params.render_data(params)})
    (package / "py.typed").write_text("# Marker file for PEP 561: this package has inline types.\n", encoding="utf-8")
    (package / "params.py").write_text(typed_params.render_module(params), encoding="utf-8")
    format_package(package)
    check_operations(normalized, package)  # normalized: an operation without operationId got one (R7)
    return package


def tree_files(root: Path) -> set[str]:
    return {
        str(path.relative_to(root))
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


def compare(fresh: Path, current: Path) -> list[str]:
    """Human-readable differences between two package trees (empty when identical)."""
    problems: list[str] = []
    fresh_files, current_files = tree_files(fresh), tree_files(current) if current.is_dir() else set()
    for name in sorted(fresh_files - current_files):
        problems.append(f"missing from {current}: {name}")
    for name in sorted(current_files - fresh_files):
        problems.append(f"not produced by the pipeline: {current / name}")
    for name in sorted(fresh_files & current_files):
        if not filecmp.cmp(fresh / name, current / name, shallow=False):
            new = (fresh / name).read_text(encoding="utf-8").splitlines()
            old = (current / name).read_text(encoding="utf-8").splitlines()
            diff = list(difflib.unified_diff(old, new, f"committed/{name}", f"regenerated/{name}", n=1, lineterm=""))
            shown = "\n".join(diff[:12]) + ("\n..." if len(diff) > 12 else "")
            problems.append(f"differs: {name} ({len(diff)} diff lines)\n{shown}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi" / "openrouter.yaml")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--out", type=Path, help="folder that receives openrouter_api/ (default: generated)")
    target.add_argument("--check", type=Path, metavar="DIR", help="compare with DIR/openrouter_api, write nothing")
    parser.add_argument("--overlay", type=Path, default=DEFAULT_OVERLAY, help="Overlay document (default: %(default)s)")
    parser.add_argument("--no-overlay", action="store_true", help="generate the document as it is, without overlay")
    parser.add_argument("--verbose", action="store_true", help="print each overlay action and normalization rewrite")
    args = parser.parse_args(argv)

    if not args.spec.is_file():
        print(f"error: no spec at {args.spec}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="openrouter-gen-") as tmp:
        try:
            overlay_file = None if args.no_overlay else args.overlay
            fresh = generate(args.spec, Path(tmp), overlay_file=overlay_file, verbose=args.verbose)
        except PipelineError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        if args.check is not None:
            problems = compare(fresh, args.check / PACKAGE)
            if problems:
                print(f"{args.check / PACKAGE} is not what {args.spec} generates:", file=sys.stderr)
                for problem in problems:
                    print("  " + problem.replace("\n", "\n    "), file=sys.stderr)
                print("Run `make generate` and commit the result.", file=sys.stderr)
                return 1
            print(f"{args.check / PACKAGE} matches {args.spec}")
            return 0
        out = (args.out if args.out is not None else ROOT / "generated") / PACKAGE
        if out.exists():
            shutil.rmtree(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(fresh, out)
        count = len(list((out / "api").rglob("*.py"))) - len(list((out / "api").rglob("__init__.py")))
        models = len(list((out / "models").glob("*.py"))) - 1
        print(f"wrote {out}: {count} endpoint modules, {models} model modules")
    return 0


if __name__ == "__main__":
    sys.exit(main())
